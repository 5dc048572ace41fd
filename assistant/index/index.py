"""The index as one object: settings, embeddings, vector store and registry.

Built once per process at an entry point and passed down; the embedding model
and the Chroma client are opened lazily, on first use.

Example:
    >>> index = Index(Settings.from_env())
    >>> index.registry.counts()["documents"]
    2
"""

from __future__ import annotations

import sqlite3
from functools import cached_property

from assistant.index.embeddings import SentenceTransformerEmbeddings
from assistant.index.integrity import damaged
from assistant.index.registry import Registry
from assistant.settings import Settings
from assistant.index.store import ChunkStore


class Index:
    """Everything that lives in the data dir (or on the Chroma server: chunks and registry)."""

    def __init__(self, settings: Settings, embeddings: SentenceTransformerEmbeddings | None = None) -> None:
        """``embeddings``: an already loaded model to share (tests, benchmarks); by default loaded on first use."""
        self.settings = settings
        self._embeddings = embeddings

    @property
    def embeddings(self) -> SentenceTransformerEmbeddings:
        if self._embeddings is None:
            self._embeddings = SentenceTransformerEmbeddings(
                self.settings.embedding_model, self.settings.embedding_batch_size,
            )
        return self._embeddings

    @cached_property
    def registry(self) -> Registry:
        """SQLite in the data dir; on a Chroma server, a collection there (every app process shares it)."""
        if self.settings.uses_chroma_server:
            from assistant.index.registry_chroma import ChromaRegistry

            return ChromaRegistry(self.store)  # type: ignore[return-value]  # same interface
        path = self.settings.data_dir / "registry.sqlite"
        try:
            return Registry(path)
        except sqlite3.DatabaseError as exc:  # garbled or truncated: a message naming it, not a raw traceback
            raise damaged(path, self.settings.data_dir, exc) from exc

    @cached_property
    def store(self) -> ChunkStore:
        return ChunkStore(self.settings, self.embeddings)
