"""Keep fact cards in step with the index: calls for :mod:`assistant.ingest.sync` to make.

Ingest calls :func:`update_facts` after a document is committed, and
:func:`remove_facts` after one is removed. Neither raises: a failure to extract
facts is logged and must not stop indexing (answers then fall back to
retrieval). :func:`refresh_facts` brings the cards in line with the ready
documents (cards missing, made by an older extractor or from an older text,
or of documents no longer ready) from the registry's stored text; it reads
text only for the documents that need new cards. The facts route calls it when
the index generation changes, since in Chroma server mode another process (with
its own data dir, hence its own card store) may have synced.

Example (in ingest)::

    registry.commit_document(record, chunks)
    update_facts(index.settings.data_dir, record)
    ...
    registry.remove_document(doc_id)
    remove_facts(index.settings.data_dir, doc_id)

and in the route, before it reads cards::

    reconciler.ensure(snap.generation, snap.documents.values())
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any, Callable, Iterable, Protocol

from assistant.facts.extraction.extract import extract_cards
from assistant.facts.storage.store import EXTRACTOR_VERSION, FactStore

log = logging.getLogger(__name__)


class _Record(Protocol):
    doc_id: str
    content_hash: str
    title: str
    employer: str
    class_code: str
    levels: list[str]
    text: str


def cards_for_record(record: _Record) -> list[Any]:
    """Extract the cards of a registry record (its text must be loaded)."""
    return extract_cards(
        record.text, record.doc_id, record.title, record.employer or "", record.class_code or "", list(record.levels or []),
    )


def update_facts(data_dir: Path, record: _Record) -> int:
    """Replace the cards of ``record.doc_id``; returns how many cards were stored (0 on failure)."""
    try:
        if not record.text:
            log.warning("facts: %s has no text loaded; cards not updated", record.doc_id)
            return 0
        cards = cards_for_record(record)
        store = FactStore.in_data_dir(data_dir)
        try:
            store.replace_document(record.doc_id, cards, content_hash=record.content_hash or "")
        finally:
            store.close()
        return len(cards)
    except Exception:  # noqa: BLE001 - facts must never break indexing
        log.exception("facts: could not extract or store cards for %s", record.doc_id)
        return 0


def remove_facts(data_dir: Path, doc_id: str) -> None:
    """Drop the cards of ``doc_id`` (no error if it has none)."""
    try:
        store = FactStore.in_data_dir(data_dir)
        try:
            store.remove_document(doc_id)
        finally:
            store.close()
    except Exception:  # noqa: BLE001
        log.exception("facts: could not remove cards for %s", doc_id)


def refresh_facts(
    data_dir: Path, records: Iterable[_Record], fetch: Callable[[str], _Record | None] | None = None,
) -> dict[str, int]:
    """Make the store match ``records`` (the ready documents): add missing or outdated cards, drop the rest.

    Cards are outdated when an older extractor made them or the document's
    ``content_hash`` changed since. ``records`` may come without text
    (``registry.ready_documents()``); then ``fetch(doc_id)``
    (``registry.get_document``) loads the text of the few that need new cards.
    Returns counts: {"updated": n, "removed": n}.
    """
    store = FactStore.in_data_dir(data_dir)
    try:
        stamps = store.stamps()
    finally:
        store.close()
    wanted: set[str] = set()
    updated = 0
    for record in records:
        wanted.add(record.doc_id)
        if stamps.get(record.doc_id) == (EXTRACTOR_VERSION, record.content_hash or ""):
            continue
        full: _Record | None = record
        if not record.text and fetch is not None:
            full = fetch(record.doc_id)
        if full is not None:
            updated += update_facts(data_dir, full) > 0
    removed = 0
    for doc_id in set(stamps) - wanted:
        remove_facts(data_dir, doc_id)
        removed += 1
    return {"updated": updated, "removed": removed}


class CardReconciler:
    """Keeps one data dir's cards in line with the ready documents, checked once per index generation.

    In Chroma server mode the registry is shared but each process keeps its own
    card store, so a document another process synced shows here only as a new
    generation. While the generation is unchanged, :meth:`ensure` compares two
    strings and reads nothing.
    """

    def __init__(self, data_dir: Path, fetch: Callable[[str], _Record | None] | None = None) -> None:
        self.data_dir = Path(data_dir)
        self.fetch = fetch
        self.generation: str | None = None  # the last generation the cards were reconciled with
        self._lock = threading.Lock()

    def ensure(self, generation: str, records: Iterable[_Record]) -> None:
        """Reconcile with ``records`` (the ready documents of ``generation``) unless done for that generation."""
        if self.generation == generation:
            return
        with self._lock:
            if self.generation == generation:
                return
            try:
                counts = refresh_facts(self.data_dir, records, fetch=self.fetch)
            except Exception:  # noqa: BLE001 - answers fall back to the cards there are, then to retrieval
                log.exception("facts: could not reconcile the cards with the index")
                return
            if counts["updated"] or counts["removed"]:
                log.info("facts: cards reconciled with the index: %(updated)d updated, %(removed)d removed", counts)
            self.generation = generation


class FactCardsHook:
    """The fact-card step of a sync: the :class:`~assistant.ingest.sync.SyncHook` the facts layer provides.

    Example:
        >>> summary = sync(index, [Path("corpus")], hook=FactCardsHook())
    """

    def document_committed(self, data_dir: Path, record: Any) -> None:
        update_facts(data_dir, record)

    def document_removed(self, data_dir: Path, doc_id: str) -> None:
        remove_facts(data_dir, doc_id)

    def sync_finished(self, data_dir: Path, ready: Iterable[Any], fetch: Callable[[str], Any]) -> None:
        refresh_facts(data_dir, ready, fetch=fetch)


def sync_with_fact_cards(index: Any, paths: list[Path], **kwargs: Any) -> Any:
    """:func:`assistant.ingest.sync` with the fact cards kept in step (what every entry point runs)."""
    from assistant.ingest.sync import sync

    return sync(index, paths, hook=FactCardsHook(), **kwargs)


def remove_with_fact_cards(index: Any, doc_ids: list[str], wait_for_lock: bool = True) -> int:
    """:func:`assistant.ingest.sync.remove_documents` with the documents' fact cards dropped too."""
    from assistant.ingest.sync import remove_documents

    return remove_documents(index, doc_ids, hook=FactCardsHook(), wait_for_lock=wait_for_lock)
