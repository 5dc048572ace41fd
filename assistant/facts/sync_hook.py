"""Keep fact cards in step with the index: calls for :mod:`assistant.ingest` to make.

Ingest calls :func:`update_facts` after a document is committed, and
:func:`remove_facts` after one is removed. Neither raises: a failure to extract
facts is logged and must not stop indexing (answers then fall back to
retrieval). :func:`refresh_facts` brings an older index up to date (cards
missing, or made by an older extractor) from the registry's stored text;
it reads text only for the documents that need new cards.

Example (in ingest)::

    registry.commit_document(record, chunks)
    update_facts(index.settings.data_dir, record)
    ...
    registry.remove_document(doc_id)
    remove_facts(index.settings.data_dir, doc_id)
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Callable, Iterable, Protocol

from .extract import extract_cards
from .store import EXTRACTOR_VERSION, FactStore

log = logging.getLogger(__name__)


class _Record(Protocol):
    doc_id: str
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
            store.replace_document(record.doc_id, cards)
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

    ``records`` may come without text (``registry.ready_documents()``); then
    ``fetch(doc_id)`` (``registry.get_document``) loads the text of the few that
    need new cards. Returns counts: {"updated": n, "removed": n}.
    """
    store = FactStore.in_data_dir(data_dir)
    try:
        versions = store.versions()
    finally:
        store.close()
    wanted: set[str] = set()
    updated = 0
    for record in records:
        wanted.add(record.doc_id)
        if versions.get(record.doc_id) == EXTRACTOR_VERSION:
            continue
        full: _Record | None = record
        if not record.text and fetch is not None:
            full = fetch(record.doc_id)
        if full is not None:
            updated += update_facts(data_dir, full) > 0
    removed = 0
    for doc_id in set(versions) - wanted:
        remove_facts(data_dir, doc_id)
        removed += 1
    return {"updated": updated, "removed": removed}
