"""Sync folders of classification documents into the index, incrementally.

A content hash per document decides what happens: new files are added, changed
files have their chunks replaced, files gone from a synced folder are removed,
unchanged files are skipped without embedding anything. A document is marked
``indexing`` in the registry before its chunks change and ``ready`` after, so a
run that dies half-way is repaired by the next one. Only one sync runs at a time
(a lock file in the data dir).

Example:
    >>> index = Index(settings)
    >>> summary = sync(index, [Path("corpus")])
    >>> summary.added, summary.failed
    (2, [])
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Protocol

from assistant.ingest.chunking import chunk_text
from assistant.ingest.discovery import discover, doc_id_for
from assistant.ingest.lock import ingest_lock
from assistant.ingest.docinfo import apply_correction, identify
from assistant.index.index import Index
from assistant.ingest.reconcile import embed_text, reconcile_vectors
from assistant.ingest.loaders import SUPPORTED_SUFFIXES, DocumentError, ExtractedDocument, load_document
from assistant.ingest.limits import ParseLimits
from assistant.index.corrections import Correction, tag_of_hash
from assistant.index.registry import ChunkRecord, DocumentRecord
from assistant.index.store import chunk_metadata


@dataclass
class SyncSummary:
    """What a sync did, with counts, failures (file, reason) and seconds."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    chunks: int = 0
    seconds: float = 0.0
    vectors_restored: int = 0  # re-embedded: live chunks the vector store had lost (see ingest/reconcile.py)
    vectors_removed: int = 0  # stray vectors of chunks the registry does not know

    def as_dict(self) -> dict[str, object]:
        return {
            "added": self.added, "updated": self.updated, "removed": self.removed, "unchanged": self.unchanged,
            "failed": [{"source": s, "reason": r} for s, r in self.failed], "chunks": self.chunks,
            "seconds": round(self.seconds, 3),
            "vectors_restored": self.vectors_restored, "vectors_removed": self.vectors_removed,
        }

    def line(self) -> str:
        repaired = (f"; repaired the vector store: {self.vectors_restored} missing vectors re-embedded, "
                    f"{self.vectors_removed} stray vectors removed") if self.vectors_restored or self.vectors_removed else ""
        return (
            f"added {self.added} / updated {self.updated} / removed {self.removed} / unchanged {self.unchanged} / "
            f"failed {len(self.failed)} — {self.chunks} chunks written in {self.seconds:.2f} s{repaired}"
        )


Progress = Callable[[str, int, int, int], None]
"""progress(event, documents_done, documents_total, chunks_done)"""


class SyncHook(Protocol):
    """Work that follows the index (fact cards): told of each committed or removed document.

    Passed into :func:`sync` by the layer that owns the work, so ingest knows nothing of it.
    Implementations must not raise: a failure there must never stop indexing.
    """

    def document_committed(self, data_dir: Path, record: DocumentRecord) -> None: ...

    def document_removed(self, data_dir: Path, doc_id: str) -> None: ...

    def sync_finished(
        self, data_dir: Path, ready: Iterable[DocumentRecord], fetch: Callable[[str], DocumentRecord | None],
    ) -> None: ...


class _NoHook:
    def document_committed(self, data_dir: Path, record: DocumentRecord) -> None:
        pass

    def document_removed(self, data_dir: Path, doc_id: str) -> None:
        pass

    def sync_finished(
        self, data_dir: Path, ready: Iterable[DocumentRecord], fetch: Callable[[str], DocumentRecord | None],
    ) -> None:
        pass


PIPELINE_VERSION = "152"  # bump when extraction or chunking changes, so every document is re-indexed


def pipeline_fingerprint(index: Index) -> str:
    """Changes when anything that shapes the chunks or vectors changes."""
    s = index.settings
    key = f"{PIPELINE_VERSION}|{s.embedding_model}|{s.chunk_size}|{s.chunk_overlap}"
    return hashlib.sha256(key.encode()).hexdigest()[:8]


@dataclass
class _Prepared:
    record: DocumentRecord
    chunks: list[ChunkRecord]
    embed_texts: list[str]
    metadatas: list[dict[str, object]]
    is_update: bool


def content_digest(data: bytes, fingerprint: str, correction: Correction | None) -> str:
    """The registry's content hash: the file's bytes, HR's correction of it (if any) and the pipeline."""
    tag = correction.tag() if correction is not None else ""
    return hashlib.sha256(data).hexdigest()[:40] + (f"+{tag}" if tag else "") + ":" + fingerprint


def _prepare(
    file: Path, root: Path, data: bytes, digest: str, index: Index, is_update: bool, doc_id: str | None = None,
    correction: Correction | None = None,
) -> _Prepared:
    relative = file.relative_to(root)
    source = relative.as_posix()
    extracted: ExtractedDocument = load_document(
        file, index.settings.max_file_bytes, display_name=source, limits=ParseLimits.from_settings(index.settings)
    )
    detected = identify(extracted.text, file.name, extracted.html_title, extracted.context_text)
    info = apply_correction(detected, correction, extracted.text)  # HR's correction wins everywhere downstream
    # Chunk ids are built from the final doc_id: two files whose ids would clash ("a.txt" and "a.md")
    # must not share chunk ids even when their contents (and so their digests) are identical.
    doc_id = doc_id or doc_id_for(relative)
    pieces = chunk_text(
        extracted.text, info.title, info.employer, info.levels,
        chunk_size=index.settings.chunk_size, chunk_overlap=index.settings.chunk_overlap,
    )
    if not pieces:
        raise DocumentError(source, "no text could be extracted")
    record = DocumentRecord(
        doc_id=doc_id, source=source, root=str(root), title=info.title, employer=info.employer,
        class_code=info.class_code, levels=info.levels, format=extracted.format, content_hash=digest,
        size=len(data), mtime=file.stat().st_mtime, n_chunks=len(pieces), indexed_at=time.time(), state="indexing",
        text=extracted.text, page_starts=extracted.page_starts, title_from_filename=info.title_from_filename,
        detected={"title": detected.title, "employer": detected.employer, "class_code": detected.class_code,
                  "levels": detected.levels},
        classes=[c.to_dict() for c in info.classes],
    )
    chunks: list[ChunkRecord] = []
    embed_texts: list[str] = []
    metadatas: list[dict[str, object]] = []
    for ordinal, piece in enumerate(pieces):
        chunk_id = f"{doc_id}#{digest[:8]}{digest[-4:]}-{ordinal}"
        page = extracted.page_at(piece.start)
        chunk = ChunkRecord(chunk_id, doc_id, ordinal, piece.text, piece.section, piece.section_type,
                            piece.level, piece.start, piece.end, page)
        chunks.append(chunk)
        embed_texts.append(embed_text(info.title, piece.level, info.employer, piece.section, piece.text))
        metadatas.append({**chunk_metadata(chunk, record), "ord": ordinal})
    return _Prepared(record, chunks, embed_texts, metadatas, is_update)


def sync(
    index: Index,
    paths: list[Path],
    progress: Progress | None = None,
    wait_for_lock: bool = True,
    hook: SyncHook | None = None,
    verify: bool = False,
) -> SyncSummary:
    """Make the index match ``paths`` (folders are mirrored; single files are upserted).

    ``verify``: compare every vector id with the registry (``ingest --verify``), not only the counts."""
    started = time.perf_counter()
    summary = SyncSummary()
    hook = hook or _NoHook()
    with ingest_lock(index.settings.data_dir, wait=wait_for_lock), index.registry.ingest_lease(wait=wait_for_lock):
        files, mirrored = discover(paths)
        registry = index.registry
        _repair(index, hook)
        repair = reconcile_vectors(index, verify=verify)
        summary.vectors_restored, summary.vectors_removed = repair.restored, repair.removed
        known = {d.doc_id: d for d in registry.all_documents()}
        corrections = registry.all_corrections()
        fingerprint = pipeline_fingerprint(index)
        seen: set[str] = set()
        pending: list[_Prepared] = []
        pending_chunks = 0
        total = len(files)
        done = 0

        def flush() -> None:
            nonlocal pending, pending_chunks
            if not pending:
                return
            texts = [t for p in pending for t in p.embed_texts]
            vectors = index.embeddings.embed_documents(texts)
            _write_documents(index, pending, vectors, hook)
            for prepared in pending:
                summary.chunks += len(prepared.chunks)
                if prepared.is_update:
                    summary.updated += 1
                else:
                    summary.added += 1
            pending = []
            pending_chunks = 0

        case_twins: dict[tuple[str, str], tuple[str, str]] = {}
        for file, root in files:
            source = file.relative_to(root).as_posix()
            doc_id = doc_id_for(file.relative_to(root))
            # Dup-Case.txt and DUP-CASE.TXT (or dup-case.md) are one file, or one document, on the case-insensitive
            # file systems HR staff use: index the first (in sorted order) and report the others, never both.
            twin, twin_id = case_twins.setdefault((str(root), doc_id.casefold()), (source, doc_id))
            if twin_id != doc_id:
                summary.failed.append((source, (
                    f"its name differs from {twin} only in letter case, and on Windows and macOS they are the same "
                    f"document; only {twin} is indexed: delete or rename one of them")))
                done += 1
                if progress:
                    progress("document", done, total, summary.chunks + pending_chunks)
                continue
            if doc_id in seen:
                doc_id = doc_id_for(file.relative_to(root).with_name(file.name.replace(".", "-")))
            base_id, n = doc_id, 2
            while doc_id in seen:  # e.g. the same name in two synced folders
                doc_id, n = f"{base_id}-{n}", n + 1
            seen.add(doc_id)
            existing = known.get(doc_id)
            try:
                if file.suffix.lower() not in SUPPORTED_SUFFIXES:
                    raise DocumentError(source, f"unsupported file type {file.suffix or '(none)'}; supported: .txt .md .html .htm .pdf .docx")
                size = file.stat().st_size
                if size > index.settings.max_file_bytes:
                    raise DocumentError(source, f"the file is {size / 1048576:.1f} MB, over the {index.settings.max_file_mb:g} MB limit (JCA_MAX_FILE_MB)")
                if (
                    existing and existing.state == "ready" and existing.size == size and existing.mtime == file.stat().st_mtime and existing.root == str(root)
                    and existing.content_hash.endswith(":" + fingerprint)
                    and tag_of_hash(existing.content_hash) == (corrections[doc_id].tag() if doc_id in corrections else "")
                ):
                    summary.unchanged += 1
                else:
                    data = file.read_bytes()
                    digest = content_digest(data, fingerprint, corrections.get(doc_id))
                    if existing and existing.state == "ready" and existing.content_hash == digest and existing.root == str(root):
                        registry.touch_document(doc_id, file.stat().st_mtime)
                        summary.unchanged += 1
                    else:
                        prepared = _prepare(file, root, data, digest, index, is_update=existing is not None, doc_id=doc_id,
                                            correction=corrections.get(doc_id))
                        pending.append(prepared)
                        pending_chunks += len(prepared.chunks)
                        if pending_chunks >= 256:
                            flush()
            except DocumentError as exc:
                summary.failed.append((exc.source, exc.reason))
            except OSError as exc:
                summary.failed.append((source, f"cannot be read ({exc.strerror or exc})"))
            done += 1
            if progress:
                progress("document", done, total, summary.chunks + pending_chunks)
        flush()
        # Files gone from a mirrored folder (or documents of folders no longer synced there)
        for doc_id, record in known.items():
            if doc_id in seen:
                continue
            if mirrored:
                registry.begin_document(record)
                index.store.delete_document(doc_id)
                registry.remove_document(doc_id)
                hook.document_removed(index.settings.data_dir, doc_id)
                summary.removed += 1
        hook.sync_finished(index.settings.data_dir, registry.ready_documents(), registry.get_document)
        summary.seconds = time.perf_counter() - started
        registry.log_sync(summary.as_dict())
    if progress:
        progress("done", done, total, summary.chunks)
    return summary


def _write_documents(index: Index, batch: list[_Prepared], vectors: list[list[float]], hook: SyncHook) -> None:
    """Make the new versions of a batch of documents live, with one vector write for the whole batch.

    New documents are marked 'indexing' until their vectors are written. A live document that changed
    stays answerable from its old version while its new vectors go in under new chunk ids (they embed the
    content hash); the registry then switches to the new chunks in one write per document, and only then
    are the old vectors deleted. Questions asked meanwhile never lose a document or see half of one. A
    crash anywhere leaves 'indexing' or 'updating' marks that the next sync's repair acts on.
    """
    registry, store = index.registry, index.store
    replacing: set[str] = set()
    for prepared in batch:
        record = prepared.record
        current = registry.get_document(record.doc_id, with_text=False) if prepared.is_update else None
        if current is not None and current.state == "ready":
            registry.begin_update(record.doc_id)
            replacing.add(record.doc_id)
        else:
            registry.begin_document(record)
            if current is not None:  # left half-written by an earlier run
                store.delete_document(record.doc_id)
    store.upsert(
        [c.chunk_id for p in batch for c in p.chunks], vectors,
        [c.text for p in batch for c in p.chunks], [m for p in batch for m in p.metadatas],
    )
    for prepared in batch:
        record = prepared.record
        stale: set[str] = set()
        if record.doc_id in replacing:
            stale = store.ids_of_document(record.doc_id) - {c.chunk_id for c in prepared.chunks}
        registry.commit_document(record, prepared.chunks)
        store.delete_ids(sorted(stale))
        hook.document_committed(index.settings.data_dir, record)


def remove_documents(
    index: Index, doc_ids: list[str], hook: SyncHook | None = None, wait_for_lock: bool = True,
) -> int:
    """Remove documents from the index (not from disk); ``wait_for_lock=False`` fails at once when busy."""
    hook = hook or _NoHook()
    removed = 0
    with ingest_lock(index.settings.data_dir, wait=wait_for_lock), index.registry.ingest_lease(wait=wait_for_lock):
        for doc_id in doc_ids:
            record = index.registry.get_document(doc_id, with_text=False)
            if record:
                index.registry.begin_document(record)
                index.store.delete_document(doc_id)
                index.registry.remove_document(doc_id)
                hook.document_removed(index.settings.data_dir, doc_id)
                removed += 1
    return removed


def _repair(index: Index, hook: SyncHook) -> None:
    """Undo what a crashed run left: half-indexed documents and orphan vectors."""
    registry = index.registry
    for doc_id in registry.updating_documents():  # an update cut short: its old version is still the live one
        live = {c.chunk_id for c in registry.chunks_of(doc_id)}
        index.store.delete_ids(sorted(index.store.ids_of_document(doc_id) - live))
        registry.end_update(doc_id)
    broken = [record for record in registry.all_documents() if record.state != "ready"]
    if not broken:
        return  # new documents are marked "indexing" and updates "updating" first, so nothing else can be orphaned
    for record in broken:
        index.store.delete_document(record.doc_id)
        registry.remove_document(record.doc_id)
        hook.document_removed(index.settings.data_dir, record.doc_id)
    live = registry.chunk_ids()
    orphans = [i for i in index.store.all_ids() if i not in live]
    for start in range(0, len(orphans), 500):
        index.store.delete_ids(orphans[start:start + 500])
