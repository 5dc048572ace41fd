"""What HR does to the corpus from the admin page: upload, delete, re-index, correct, status.

Every upload is checked before it enters the corpus folder: its name is made
safe, it is read with the same loaders the index uses (so a corrupt PDF or an
empty file is refused with the reason), then it replaces any file of the same
name. The accepted files are indexed in one sync (one summary: two files are
"added 2"); a file that fails has its previous version put back, so a failure
leaves everything else untouched. The report says what was detected in each
saved file and what looks wrong (:mod:`assistant.web.doc_checks`).

HR's corrections of a document's title, employer, class code or levels are
stored in the registry and applied at once by re-indexing that document
(:func:`assistant.ingest.relabel.relabel`); each is logged with who and when.

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
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

from assistant.index.index import Index
from assistant.errors import IngestLockedError
from assistant.facts.storage.sync_hook import FactCardsHook, remove_with_fact_cards, sync_with_fact_cards
from assistant.index.corrections import FIELDS, Correction, CorrectionEntry, make_correction
from assistant.index.registry import DocumentRecord
from assistant.ingest.relabel import relabel, source_file
from assistant.ingest.discovery import doc_id_for
from assistant.ingest.limits import ParseLimits
from assistant.ingest.loaders import DocumentError, load_document
from assistant.web.doc_checks import DocumentCheck, check_documents
from assistant.web.security import FileNameError, safe_filename

Progress = Callable[[float, str], None]
"""progress(fraction 0..1, description)"""


@dataclass
class UploadReport:
    saved: list[str] = field(default_factory=list)        # file names now in the corpus folder and indexed
    replaced: list[str] = field(default_factory=list)     # of those, the ones that replaced an older version
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file name as uploaded, reason)
    chunks: int = 0
    added: int = 0    # new documents
    updated: int = 0  # documents whose file was replaced by a changed one
    checks: dict[str, DocumentCheck] = field(default_factory=dict)  # file name -> what was detected in it
    notes: list[str] = field(default_factory=list)  # what the user should know, e.g. a file replaced under another case

    def as_dict(self) -> dict[str, Any]:
        return {"saved": self.saved, "replaced": self.replaced, "chunks": self.chunks, "added": self.added,
                "updated": self.updated, "failed": [{"file": f, "reason": r} for f, r in self.failed],
                "documents": [self.checks[n].as_dict() for n in self.saved if n in self.checks], "notes": self.notes}


def _values(record: DocumentRecord) -> dict[str, Any]:
    return {"title": record.title, "employer": record.employer, "class_code": record.class_code,
            "levels": list(record.levels)}


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
                case_twins: dict[str, DocumentRecord] = {}  # new name -> the indexed document it replaces
                total = max(1, len(files))
                for i, (temp_path, given_name) in enumerate(files):
                    progress(0.3 * i / total, f"Checking {given_name}")
                    try:
                        name = safe_filename(given_name)
                        if name.lower() in names_seen:
                            raise FileNameError(f"{name} was uploaded twice in this batch")
                        case_twin = self._check_id_clash(name)
                        staged = staging / name
                        shutil.copyfile(temp_path, staged)
                        extracted = load_document(staged, self.settings.max_file_bytes, display_name=name,
                                                  limits=ParseLimits.from_settings(self.settings))
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
                    if case_twin is not None:
                        case_twins[name] = case_twin
                if accepted:
                    progress(0.3, f"Indexing {len(accepted)} file(s)")
                    self._install(accepted, report)
                    self._retire_case_twins(case_twins, report)
                progress(1.0, "Done")
            finally:
                shutil.rmtree(staging, ignore_errors=True)
        if report.saved:
            self._changed()
        return report

    def _check_id_clash(self, name: str) -> DocumentRecord | None:
        """Refuse ``clerk.md`` while ``clerk.txt`` is indexed: both would be document ``clerk``.

        Letter case does not count (HR's file systems ignore it): ``CLERK.TXT`` is ``clerk.txt``, and its
        record is returned for the upload to replace; ``CLERK.md`` is refused like ``clerk.md``."""
        doc_id = doc_id_for(Path(name))
        for existing in self.index.registry.all_documents():
            if existing.doc_id.casefold() != doc_id.casefold() or Path(existing.root) != self.corpus_dir:
                continue
            if existing.source == name:
                continue
            if existing.source.casefold() == name.casefold():
                return existing
            raise FileNameError(
                f"{existing.source} is already indexed as document {existing.doc_id!r}"
                + (" (letter case does not count)" if existing.doc_id != doc_id else "")
                + "; delete it first or rename this file"
            )
        return None

    def _retire_case_twins(self, case_twins: dict[str, DocumentRecord], report: UploadReport) -> None:
        """After ``DUP-CASE.TXT`` is indexed, the ``Dup-Case.txt`` it replaces leaves the index and the folder."""
        for name, old in case_twins.items():
            if name not in report.saved:
                continue
            remove_with_fact_cards(self.index, [old.doc_id], wait_for_lock=False)
            old_path, new_path = self.corpus_dir / old.source, self.corpus_dir / name
            if old_path.is_file() and not os.path.samefile(old_path, new_path):  # one file where case is ignored
                old_path.unlink()
            if name not in report.replaced:
                report.replaced.append(name)
            report.notes.append(
                f"{name} replaced {old.source}: names that differ only in letter case are the same file on "
                "Windows and macOS, so they are one document"
            )

    def _install(self, accepted: list[tuple[str, Path]], report: UploadReport) -> None:
        """Move the accepted files into the corpus folder and index them in one sync (one summary for all)."""
        targets: dict[str, Path] = {}
        backups: dict[str, Path | None] = {}
        # What a server killed from here on must undo at its next start (web/upload_cleanup.py).
        (accepted[0][1].parent / ".installing").write_text("\n".join(name for name, _ in accepted), encoding="utf-8")
        for name, staged in accepted:
            target = self.corpus_dir / name
            backups[name] = None
            if target.exists():
                backups[name] = staged.with_name(f".previous-{name}")
                shutil.copy2(target, backups[name])
            os.replace(staged, target)
            targets[name] = target
        try:
            summary = sync_with_fact_cards(self.index, list(targets.values()), wait_for_lock=False)
        except Exception as exc:  # lock held, store down...: put the old versions back
            from assistant.errors import user_message

            for name, target in targets.items():
                self._restore(target, backups[name])
                report.failed.append((name, user_message(exc) or f"indexing failed ({exc.__class__.__name__})"))
            return
        failed = {source: reason for source, reason in summary.failed}
        restored = []
        for name, target in targets.items():
            if name in failed:
                self._restore(target, backups[name])
                report.failed.append((name, failed[name]))
                if backups[name] is not None:
                    restored.append(target)
                continue
            report.saved.append(name)
            if backups[name] is not None:
                report.replaced.append(name)
        if restored:  # the old files are back: re-index them so the index matches the folder
            try:
                sync_with_fact_cards(self.index, restored, wait_for_lock=False)
            except Exception:  # noqa: BLE001 - the failure above is what the user needs to see
                pass
        report.chunks += summary.chunks
        report.added += summary.added
        report.updated += summary.updated
        ids = {doc_id_for(Path(name)): name for name in report.saved}
        for check in check_documents(self.index, self.settings.data_dir, list(ids)):
            report.checks[ids[check.doc_id]] = check

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

    # --- corrections
    def checks(self, doc_ids: list[str] | None = None) -> list[DocumentCheck]:
        """What was detected in each document (all by default) and what looks wrong."""
        return check_documents(self.index, self.settings.data_dir, doc_ids)

    def correct(self, doc_id: str, user: str, **fields: Any) -> DocumentRecord:
        """Set HR's correction of a document (title, employer, class_code, levels; ``None`` = as detected).

        Fields not given keep an earlier correction. Raises KeyError (no such document), CorrectionError
        (bad values), DocumentError (its file cannot be read) or IngestLockedError (busy)."""
        unknown = set(fields) - set(FIELDS)
        if unknown:
            raise TypeError(f"unknown fields: {sorted(unknown)}")
        with self._busy():
            record = self._record(doc_id)
            earlier = self.index.registry.get_correction(doc_id) or Correction()
            given = make_correction(**fields).overrides()
            correction = Correction.from_dict({**earlier.overrides(), **given})
            old = _values(record)
            entry = CorrectionEntry(doc_id, "set", user, time.time(), {k: old[k] for k in given},
                                    {k: v for k, v in given.items()})
            return self._apply(record, correction, entry)

    def clear_correction(self, doc_id: str, user: str) -> DocumentRecord:
        """Drop HR's correction of a document: the detected values come back."""
        with self._busy():
            record = self._record(doc_id)
            earlier = self.index.registry.get_correction(doc_id)
            if earlier is None:
                raise KeyError(doc_id)
            old = _values(record)
            fields = list(earlier.overrides())
            entry = CorrectionEntry(doc_id, "cleared", user, time.time(), {k: old[k] for k in fields},
                                    {k: record.detected.get(k, "") for k in fields})
            return self._apply(record, None, entry)

    def correction_log(self, limit: int = 200) -> list[CorrectionEntry]:
        return self.index.registry.correction_log(limit)

    @contextmanager
    def _busy(self) -> Iterator[None]:
        """Hold the corpus lock, or fail at once (a correction never queues behind a long re-index)."""
        if not self._lock.acquire(blocking=False):
            raise IngestLockedError("an upload, delete, re-index or correction is running; try again when it finishes")
        try:
            yield
        finally:
            self._lock.release()

    def _record(self, doc_id: str) -> DocumentRecord:
        record = self.index.registry.get_document(doc_id, with_text=False)
        if record is None or record.state != "ready":
            raise KeyError(doc_id)
        return record

    def _apply(self, record: DocumentRecord, correction: Correction | None, entry: CorrectionEntry) -> DocumentRecord:
        if not source_file(record).is_file():
            raise DocumentError(record.source, f"its file is no longer at {source_file(record)}; re-index first")
        self.index.registry.set_correction(record.doc_id, correction, entry)
        fresh = relabel(self.index, record.doc_id, hook=FactCardsHook(), wait_for_lock=False)
        self._changed()
        return fresh

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
