"""The ``facts`` command: print every class's fact card as a table, CSV or JSON."""

from __future__ import annotations

from assistant.facts.rendering.format import format_cards
from assistant.facts.storage.store import FactStore
from assistant.settings import Settings


def print_facts(settings: Settings, fmt: str) -> int:
    store = FactStore.in_data_dir(settings.data_dir)
    try:
        cards = store.all_cards()
    finally:
        store.close()
    if not cards:
        print(f"No fact cards in {settings.data_dir}. Run: python -m assistant ingest")
        return 0
    print(format_cards(cards, fmt))
    return 0
