"""Ingestion: files → text (loaders) → sections → chunks (+ title, employer, levels) → the index.

Example:
    >>> from assistant.ingest import sync
    >>> sync(index, [Path("corpus")]).added
    2
"""

from assistant.ingest.sync import SyncHook, SyncSummary, sync

__all__ = ["SyncHook", "SyncSummary", "sync"]
