"""Make the vector store hold exactly the registry's live chunks: re-embed the missing, drop the stray.

The registry decides which documents are unchanged, so without this a deleted ``chroma/`` folder
or an emptied ``chroma.sqlite3`` made every later ingest say "unchanged" over 0 vectors, and a run
killed between committing an updated document and deleting its old vectors left those stray
vectors for good. Every sync compares the two counts (cheap); when they differ, or with
``ingest --verify``, it compares the ids and repairs. Missing vectors are re-embedded from the
registry's own chunk text, so the document's file is not needed.

Example:
    >>> reconcile_vectors(index)
    VectorRepair(restored=44, removed=0)
"""

from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass

from assistant.index.index import Index
from assistant.index.store import chunk_metadata

log = logging.getLogger("assistant.ingest")
BATCH = 256


@dataclass
class VectorRepair:
    restored: int = 0  # vectors re-embedded for live chunks that had none
    removed: int = 0  # vectors of chunks the registry does not know


def embed_text(title: str, level: str, employer: str, section: str, text: str) -> str:
    """What a chunk's vector embeds: a context header (class, level, employer, section), then its text."""
    header = " — ".join(x for x in (title + (f" {level}" if level else ""), employer, section) if x)
    return f"{header}\n{text}"


def reconcile_vectors(index: Index, verify: bool = False) -> VectorRepair:
    """Compare counts (or, with ``verify``, ids) of registry chunks and vectors; repair what differs.

    Call after the sync's crash repair, under the ingest lock: every document is ``ready`` then.
    """
    registry, store = index.registry, index.store
    live = registry.chunk_ids()
    repair = VectorRepair()
    if not verify and store.count() == len(live):
        return repair
    stored = store.all_ids()
    stray = sorted(stored - live)
    for start in range(0, len(stray), 500):
        store.delete_ids(stray[start:start + 500])
    repair.removed = len(stray)
    missing = live - stored
    by_doc: dict[str, set[str]] = defaultdict(set)
    for chunk_id in missing:
        by_doc[chunk_id.rsplit("#", 1)[0]].add(chunk_id)
    pending: list[tuple[str, str, str, dict[str, object]]] = []  # id, text embedded, text stored, metadata

    def flush() -> None:
        if pending:
            vectors = index.embeddings.embed_documents([embedded for _, embedded, _, _ in pending])
            store.upsert([cid for cid, _, _, _ in pending], vectors, [text for _, _, text, _ in pending],
                         [meta for _, _, _, meta in pending])
            repair.restored += len(pending)
            pending.clear()

    for doc_id, wanted in sorted(by_doc.items()):
        record = registry.get_document(doc_id, with_text=False)
        chunks = [c for c in registry.chunks_of(doc_id) if c.chunk_id in wanted]
        if record is None or not chunks:
            continue
        for chunk in chunks:
            embedded = embed_text(record.title, chunk.level, record.employer, chunk.section, chunk.text)
            pending.append((chunk.chunk_id, embedded, chunk.text, {**chunk_metadata(chunk, record), "ord": chunk.ord}))
            if len(pending) >= BATCH:
                flush()
    flush()
    if repair.restored < len(missing):  # ids whose prefix is not the doc_id (never, with today's ids)
        log.warning("%d vectors are missing for chunks whose document could not be found", len(missing) - repair.restored)
    if repair.restored or repair.removed:
        log.warning("the vector store did not match the registry: re-embedded %d missing vectors, removed %d stray ones",
                    repair.restored, repair.removed)
    return repair
