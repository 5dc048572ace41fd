"""What HR does to the corpus from the admin page: upload, delete, re-index, status.

Every upload is checked before it enters the corpus folder: its name is made
safe, it is read with the same loaders the index uses (so a corrupt PDF or an
empty file is refused with the reason), then it replaces any file of the same
name and is indexed. If indexing fails, the previous version is put back, so a
failure leaves everything else untouched.

Example:
    >>> manager = CorpusManager(index)
    >>> report = manager.upload([("/tmp/gradio/abc/clerk.txt", "clerk.txt")])
    >>> report.saved, report.failed
    (['clerk.txt'], [])
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from assistant.index.index import Index
from assistant.errors import IngestLockedError
from assistant.facts.storage.sync_hook import remove_with_fact_cards, sync_with_fact_cards
from assistant.ingest.sync import doc_id_for
from assistant.ingest.loaders import DocumentError, load_document
from assistant.web.security import FileNameError, safe_filename

Progress = Callable[[float, str], None]
"""progress(fraction 0..1, description)"""


@dataclass
class UploadReport:
    saved: list[str] = field(default_factory=list)        # file names now in the corpus folder and indexed
    replaced: list[str] = field(default_factory=list)     # of those, the ones that replaced an older version
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name as uploaded, reason)
    chunks: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {"saved": self.saved, "replaced": self.replaced, "chunks": self.chunks,
                "failed": [{"file": f, "reason": r} for f, r in self.failed]}


class CorpusManager:
    """Changes to the corpus folder and the index, one at a time within this process."""

    def __init__(self, index: Index, on_change: Callable[[], None] | None = None) -> None:
        self.index = index
        self.settings = index.settings
        self.corpus_dir = self.settings.corpus_dir
        self._lock = threading.Lock()
        self._on_change = on_change  # e.g. rebuild the answer engine's snapshot now, not on the next question

    def _changed(self) -> None:
        if self._on_change is not None:
            self._on_change()

    # --- status
    def status(self) -> dict[str, Any]:
        counts = self.index.registry.counts()
        last = counts.get("last_summary") or {}
        return {
            "documents": counts["documents"],
            "chunks": counts["chunks"],
            "last_sync": counts["last_sync"],
            "last_summary": last,
            "failures": list(last.get("failed") or []),
            "corpus_dir": str(self.corpus_dir),
        }

    # --- upload
    def upload(self, files: list[tuple[str, str]], progress: Progress | None = None) -> UploadReport:
        """``files``: (path of the uploaded temporary file, name the user gave it)."""
        report = UploadReport()
        progress = progress or (lambda fraction, desc: None)
        with self._lock:
            self.corpus_dir.mkdir(parents=True, exist_ok=True)
            staging = Path(tempfile.mkdtemp(prefix=".upload-", dir=self.corpus_dir))  # hidden: never synced
            try:
                accepted: list[tuple[str, Path]] = []
                names_seen: set[str] = set()
                total = max(1, len(files))
                for i, (temp_path, given_name) in enumerate(files):
                    progress(0.3 * i / total, f"Checking {given_name}")
                    try:
                        name = safe_filename(given_name)
                        if name.lower() in names_seen:
                            raise FileNameError(f"{name} was uploaded twice in this batch")
                        self._check_id_clash(name)
                        staged = staging / name
                        shutil.copyfile(temp_path, staged)
                        extracted = load_document(staged, self.settings.max_file_bytes, display_name=name)
                        if not extracted.text.strip():
                            raise DocumentError(name, "no text could be extracted")
                    except (FileNameError, DocumentError) as exc:
                        reason = exc.reason if isinstance(exc, DocumentError) else str(exc)
                        report.failed.append((str(given_name), reason))
                        continue
                    except OSError as exc:
                        report.failed.append((str(given_name), f"cannot be read ({exc.strerror or exc})"))
                        continue
                    names_seen.add(name.lower())
                    accepted.append((name, staged))
                for j, (name, staged) in enumerate(accepted):
                    progress(0.3 + 0.7 * j / max(1, len(accepted)), f"Indexing {name}")
                    self._install(name, staged, report)
                progress(1.0, "Done")
            finally:
                shutil.rmtree(staging, ignore_errors=True)
        if report.saved:
            self._changed()
        return report

    def _check_id_clash(self, name: str) -> None:
        """Refuse ``clerk.md`` while ``clerk.txt`` is indexed: both would be document ``clerk``."""
        doc_id = doc_id_for(Path(name))
        existing = self.index.registry.get_document(doc_id, with_text=False)
        if existing and existing.source != name and Path(existing.root) == self.corpus_dir:
            raise FileNameError(
                f"{existing.source} is already indexed as document {doc_id!r}; delete it first or rename this file"
            )

    def _install(self, name: str, staged: Path, report: UploadReport) -> None:
        target = self.corpus_dir / name
        backup = None
        if target.exists():
            backup = staged.with_name(f".previous-{name}")
            shutil.copy2(target, backup)
        os.replace(staged, target)
        try:
            summary = sync_with_fact_cards(self.index, [target], wait_for_lock=False)
        except Exception as exc:  # lock held, store down...: put the old version back
            self._restore(target, backup)
            from assistant.errors import user_message

            report.failed.append((name, user_message(exc) or f"indexing failed ({exc.__class__.__name__})"))
            return
        if summary.failed:
            self._restore(target, backup)
            report.failed.extend((name, reason) for _source, reason in summary.failed)
            if backup is not None:  # the old file is back: re-index it so the index matches the folder
                try:
                    sync_with_fact_cards(self.index, [target], wait_for_lock=False)
                except Exception:  # noqa: BLE001 - the failure above is what the user needs to see
                    pass
            return
        report.saved.append(name)
        report.chunks += summary.chunks
        if backup is not None:
            report.replaced.append(name)

    @staticmethod
    def _restore(target: Path, backup: Path | None) -> None:
        if backup is not None and backup.exists():
            os.replace(backup, target)
        else:
            target.unlink(missing_ok=True)

    # --- delete
    def delete(self, doc_id: str) -> str:
        """Remove a document from the index and (if it lives there) from the corpus folder; returns its title.

        Never waits for another change to finish (a client would give up while the delete still ran later):
        raises IngestLockedError at once, which the API answers with 409."""
        if not self._lock.acquire(blocking=False):
            raise IngestLockedError("an upload, delete or re-index is running; try again when it finishes")
        try:
            record = self.index.registry.get_document(doc_id, with_text=False)
            if record is None:
                raise KeyError(doc_id)
            path = (Path(record.root) / record.source).resolve()
            corpus = self.corpus_dir.resolve()
            remove_with_fact_cards(self.index, [doc_id], wait_for_lock=False)
            if path.is_relative_to(corpus) and path.is_file():
                path.unlink()
        finally:
            self._lock.release()
        self._changed()
        return record.title

    # --- re-index
    def reindex(self, progress: Progress | None = None) -> dict[str, Any]:
        """Make the index match the corpus folder exactly (new, changed and removed files)."""
        progress = progress or (lambda fraction, desc: None)

        def on_progress(event: str, done: int, total: int, chunks: int) -> None:
            if event == "document" and total:
                progress(done / total, f"{done}/{total} documents, {chunks} chunks")

        with self._lock:
            self.corpus_dir.mkdir(parents=True, exist_ok=True)
            summary = sync_with_fact_cards(self.index, [self.corpus_dir], progress=on_progress, wait_for_lock=False)
        self._changed()
        progress(1.0, "Done")
        return summary.as_dict()
