"""Re-index one document at once after HR sets or clears a correction of its title, employer, ...

A correction changes what every chunk says about its document (the embedded header,
the chunk metadata, the registry record, the fact cards), so the document is
re-ingested from its file through the same steps as a sync (:mod:`assistant.ingest.sync`),
now with the correction applied; its unchanged file would otherwise be skipped.

Example:
    >>> index.registry.set_correction("clerk", Correction(title="Office Clerk"), entry)
    >>> relabel(index, "clerk").title
    'Office Clerk'
"""

from __future__ import annotations

from pathlib import Path

from assistant.index.index import Index
from assistant.index.registry import DocumentRecord
from assistant.ingest.loaders import DocumentError
from assistant.ingest.lock import ingest_lock
from assistant.ingest.sync import (
    SyncHook, _NoHook, _prepare, _write_documents, content_digest, pipeline_fingerprint,
)


def source_file(record: DocumentRecord) -> Path:
    """Where the document's file lives on this machine."""
    return Path(record.root) / record.source


def relabel(index: Index, doc_id: str, hook: SyncHook | None = None, wait_for_lock: bool = False) -> DocumentRecord:
    """Re-ingest ``doc_id`` from its file with its current correction; returns the new record.

    Raises KeyError when the document is not indexed, DocumentError when its file is gone or unreadable
    (the stored correction then applies when the file is indexed again), IngestLockedError when busy.
    """
    hook = hook or _NoHook()
    registry = index.registry
    with ingest_lock(index.settings.data_dir, wait=wait_for_lock), registry.ingest_lease(wait=wait_for_lock):
        record = registry.get_document(doc_id, with_text=False)
        if record is None:
            raise KeyError(doc_id)
        file = source_file(record)
        try:
            data = file.read_bytes()
        except OSError as exc:
            raise DocumentError(record.source, f"its file {file} cannot be read ({exc.strerror or exc}); "
                                               "the correction applies when the file is indexed again") from exc
        correction = registry.get_correction(doc_id)
        digest = content_digest(data, pipeline_fingerprint(index), correction)
        prepared = _prepare(file, Path(record.root), data, digest, index, is_update=True, doc_id=doc_id,
                            correction=correction)
        vectors = index.embeddings.embed_documents(prepared.embed_texts)
        _write_documents(index, [prepared], vectors, hook)
    fresh = registry.get_document(doc_id, with_text=False)
    assert fresh is not None
    return fresh
