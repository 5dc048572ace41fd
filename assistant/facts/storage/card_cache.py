"""Reading the fact cards for the corpus-wide route: once per index generation and file change.

At 10,000 documents reading the 20,000 cards of ``facts.sqlite`` takes over a second, so the cards are
kept until the index generation or the file changes. Before reading, the store is reconciled with the
snapshot's documents once per generation: in Chroma server mode other processes sync into the shared
registry but not into this data dir's cards.

Example:
    >>> load = card_loader(index)
    >>> cards = load(snapshot)   # the same list object until the index or the file changes
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Callable

from assistant.search.snapshot import Snapshot
from assistant.facts.model import FactCard
from assistant.facts.storage.store import FACTS_FILE, FactStore
from assistant.facts.storage.sync_hook import CardReconciler


def card_loader(index: Any) -> Callable[[Snapshot], list[FactCard]]:
    """A function returning the cards of ``index``'s data dir that go with a snapshot."""
    data_dir = Path(index.settings.data_dir)
    lock = threading.Lock()
    cache: dict[str, Any] = {"key": None, "cards": []}
    store: dict[str, FactStore] = {}
    reconciler = CardReconciler(data_dir, fetch=lambda doc_id: index.registry.get_document(doc_id))

    def load(snap: Snapshot) -> list[FactCard]:
        reconciler.ensure(snap.generation, snap.documents.values())
        path = data_dir / FACTS_FILE
        if not path.exists():
            return []

        def stamps() -> tuple[int, ...]:
            found = []
            for name in (path, Path(str(path) + "-wal")):
                try:
                    found.append(os.stat(name).st_mtime_ns)
                except OSError:
                    found.append(0)
            return tuple(found)

        key = (snap.generation, stamps())
        with lock:
            if cache["key"] != key:
                if "store" not in store:
                    store["store"] = FactStore(path)
                cache["cards"] = store["store"].all_cards()
                # Stamped after reading: opening the file in WAL mode can itself create or remove the -wal
                # file, which would otherwise make the next question read all the cards again.
                cache["key"] = (snap.generation, stamps())
            return cache["cards"]

    return load
