"""A terminal progress bar for long syncs (documents and chunks), built on tqdm."""

from __future__ import annotations

import sys


class ProgressBar:
    """Callable as ``progress(event, done, total, chunks)`` from :func:`assistant.ingest.sync`."""

    def __init__(self) -> None:
        self._bar = None

    def update(self, event: str, done: int, total: int, chunks: int) -> None:
        from tqdm import tqdm

        if self._bar is None:
            self._bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, desc="Indexing")
        self._bar.n = done
        self._bar.set_postfix_str(f"{chunks} chunks", refresh=False)
        self._bar.refresh()

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
