"""The Chroma vector store, embedded or on a server, chosen by settings.

Everything that talks to Chroma goes through :class:`ChunkStore`: writes use
precomputed vectors (the text embedded carries a context header, the text
stored is the document's own), reads go through langchain-chroma's ``Chroma``.
Chroma's default embedding function is never used: the collection is opened
with our own ``Embeddings``.

Example:
    >>> store = ChunkStore(settings, embeddings)
    >>> store.count()
    0
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, Callable, TypeVar

from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings

from assistant.errors import AssistantError
from assistant.index.integrity import DataDirDamagedError, damaged, hnsw_damage, is_stale_read, looks_damaged
from assistant.index.registry import ChunkRecord, DocumentRecord
from assistant.settings import Settings

T = TypeVar("T")
log = logging.getLogger("assistant.index")
# Opening clients one thread at a time: two threads creating a PersistentClient for the same path at once
# (the app's warm-up and its first request) made Chroma's shared-system registry raise KeyError (a 500).
_OPEN_LOCK = threading.RLock()
UPSERT_BATCH = 2000  # below every Chroma max batch size seen (5,461 embedded)


def chunk_metadata(chunk: ChunkRecord, doc: DocumentRecord | None = None) -> dict[str, Any]:
    """Where a chunk is: ``doc_id``, the document's ``source``/``title``/``employer`` (when ``doc`` is given),
    ``section``, ``section_type``, ``level``, ``start``, ``end``, ``page``.

    The one spelling of a chunk's metadata: what the store holds for it (ingest adds ``ord``) and what the
    retriever's Documents carry (with ``chunk_id`` and ``score``).
    """
    meta: dict[str, Any] = {"doc_id": chunk.doc_id}
    if doc is not None:
        meta.update(source=doc.source, title=doc.title, employer=doc.employer)
    meta.update(section=chunk.section, section_type=chunk.section_type, level=chunk.level,
                start=chunk.start, end=chunk.end, page=chunk.page)
    return meta


class StoreUnavailableError(AssistantError, RuntimeError):
    """The Chroma server cannot be reached; the message says where and how to fix it."""


class ChunkStore:
    """Vector store for chunks, keyed by chunk id, with ``doc_id`` in every chunk's metadata."""

    def __init__(self, settings: Settings, embeddings: Embeddings, retries: int = 3) -> None:
        self.settings = settings
        self.embeddings = embeddings
        self.retries = retries
        self._vectorstore: Any = None
        self._side: dict[str, Any] = {}  # side collections by suffix (the server-mode registry)
        self._damage: DataDirDamagedError | None = None  # once seen, every call says so (Chroma is left half open)
        self.stale_reads = 0  # reads that met vectors another process wrote (see integrity.check_vectors)

    # --- connection
    def _client(self) -> Any:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
        if self.settings.uses_chroma_server:
            headers = {"Authorization": f"Bearer {self.settings.chroma_token}"} if self.settings.chroma_token else None
            return chromadb.HttpClient(
                host=self.settings.chroma_host,
                port=self.settings.chroma_port,
                ssl=self.settings.chroma_ssl,
                headers=headers,
                tenant=self.settings.chroma_tenant,
                database=self.settings.chroma_database,
                settings=chroma_settings,
            )
        path = self.settings.data_dir / "chroma"
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)

    @property
    def vectorstore(self) -> Any:
        """langchain-chroma ``Chroma`` over our collection (opened lazily, reopened after failures)."""
        if self._vectorstore is None:
            with _OPEN_LOCK:
                if self._vectorstore is None:
                    self._vectorstore = self._open_vectorstore()
        return self._vectorstore

    def _open_vectorstore(self) -> Any:
        from langchain_chroma import Chroma

        if self._damage is None and not self.settings.uses_chroma_server:
            broken = hnsw_damage(self.settings.data_dir / "chroma")  # Chroma itself reads such files without a word
            if broken is not None:
                self._damage = damaged(broken[0], self.settings.data_dir, broken[1])

        def open_store() -> Any:
            return Chroma(
                collection_name=self.settings.collection,
                embedding_function=self.embeddings,
                client=self._client(),
                collection_metadata={"hnsw:space": "cosine"},
            )

        return self._retry(open_store)

    @property
    def collection(self) -> Any:
        return self.vectorstore._collection

    def side_collection(self, suffix: str) -> Any:
        """A plain collection ``<collection>__<suffix>`` next to ours, on the same Chroma (callers pass their own
        vectors). Opened lazily and reopened after failures; call it inside :meth:`run`."""
        if suffix not in self._side:
            with _OPEN_LOCK:
                if suffix not in self._side:
                    self._side[suffix] = self._client().get_or_create_collection(
                        name=f"{self.settings.collection}__{suffix}", embedding_function=None,
                    )
        return self._side[suffix]

    def run(self, action: Callable[[], T]) -> T:
        """Run ``action`` against Chroma with the store's retries; :class:`StoreUnavailableError` when unreachable."""
        return self._retry(action)

    def where(self) -> str:
        if self.settings.uses_chroma_server:
            scheme = "https" if self.settings.chroma_ssl else "http"
            return f"Chroma server {scheme}://{self.settings.chroma_host}:{self.settings.chroma_port}"
        return f"embedded Chroma at {self.settings.data_dir / 'chroma'}"

    def _retry(self, action: Callable[[], T]) -> T:
        if self._damage is not None:
            raise self._damage
        delay = 0.2
        last: Exception | None = None
        for attempt in range(self.retries):
            try:
                return action()
            except (StoreUnavailableError, DataDirDamagedError):
                raise  # a nested call (opening the collection) already retried
            except Exception as exc:  # noqa: BLE001 - chromadb raises many transport errors
                if not self.settings.uses_chroma_server and looks_damaged(exc):
                    self._damage = self._damaged(exc)
                    raise self._damage from exc
                if not _is_connection_error(exc):
                    raise
                last = exc
                self._vectorstore = None
                self._side = {}
                if attempt + 1 < self.retries:
                    time.sleep(delay)
                    delay *= 3
        reason = (str(last).strip().splitlines() or [""])[0][:160] if last else ""
        raise StoreUnavailableError(
            f"the vector store ({self.where()}) is not reachable ({last.__class__.__name__ if last else ''}: {reason}). "
            "Check that the Chroma server is running (chroma run --host ... --port ...) and JCA_CHROMA_HOST/PORT."
        ) from last

    def _damaged(self, exc: Exception) -> DataDirDamagedError:
        folder = self.settings.data_dir / "chroma"
        text = str(exc).lower()
        path = folder if ("hnsw" in text or "segment" in text) else folder / "chroma.sqlite3"
        return damaged(path, self.settings.data_dir, exc)

    # --- writes
    def upsert(self, ids: list[str], vectors: list[list[float]], texts: list[str], metadatas: list[dict[str, Any]]) -> None:
        if not ids:
            return
        clean = [{k: v for k, v in m.items() if v is not None and v != ""} or {"_": 0} for m in metadatas]
        step = UPSERT_BATCH
        for start in range(0, len(ids), step):
            end = start + step
            self._retry(lambda start=start, end=end: self.collection.upsert(
                ids=ids[start:end], embeddings=vectors[start:end], documents=texts[start:end], metadatas=clean[start:end],
            ))

    def delete_ids(self, ids: list[str]) -> None:
        if ids:
            self._retry(lambda: self.collection.delete(ids=ids))

    def delete_document(self, doc_id: str) -> None:
        self._retry(lambda: self.collection.delete(where={"doc_id": doc_id}))

    def ids_of_document(self, doc_id: str) -> set[str]:
        return set(self._retry(lambda: self.collection.get(where={"doc_id": doc_id}, include=[])["ids"]))

    def all_ids(self) -> set[str]:
        def fetch() -> set[str]:
            ids: set[str] = set()
            offset = 0
            while True:
                batch = self.collection.get(include=[], limit=5000, offset=offset)["ids"]
                ids.update(batch)
                if len(batch) < 5000:
                    return ids
                offset += len(batch)

        return self._retry(fetch)

    # --- reads
    def count(self) -> int:
        return self._retry(lambda: self.collection.count())

    def search_by_vector(self, vector: list[float], k: int, where: dict[str, Any] | None = None) -> list[tuple[Document, float]]:
        """Nearest chunks with a similarity in [0, 1] (cosine)."""

        def run() -> list[tuple[Document, float]]:
            # No count() first: Chroma 1.x returns fewer hits when k exceeds the collection, and counting
            # cost 9 ms a question at 135,000 chunks.
            return self.vectorstore.similarity_search_by_vector_with_relevance_scores(vector, k=k, filter=where)

        try:
            results = self._retry(run)
        except Exception as exc:  # noqa: BLE001 - only the stale-read case is handled here
            if not is_stale_read(exc):
                raise
            self._stale(exc)
            return []  # the filtered chunks are not readable here: keyword search still answers
        return [(doc, 1.0 - float(distance)) for doc, distance in results]

    def similarity_among(self, vector: list[float], ids: list[str], k: int) -> list[tuple[str, float]]:
        """The ``k`` of ``ids`` nearest to ``vector`` (cosine; the stored vectors are normalised).

        Scoring a known handful of chunks directly is what a metadata-filtered query would do, without
        the filter: at 135,000 chunks Chroma's ``where={"doc_id": ...}`` query took ~90 ms, this ~1 ms.
        """
        if not ids or k < 1:
            return []
        try:
            got = self._retry(lambda: self.collection.get(ids=ids, include=["embeddings"]))
        except Exception as exc:  # noqa: BLE001 - only the stale-read case is handled here
            if not is_stale_read(exc):
                raise
            self._stale(exc)
            got = self._readable_rows(ids)
        if not len(got["ids"]):
            return []
        import numpy as np

        scores = np.asarray(got["embeddings"], dtype=np.float32) @ np.asarray(vector, dtype=np.float32)
        best = np.argsort(-scores)[:k]
        return [(got["ids"][i], float(scores[i])) for i in best]

    def readable(self, ids: list[str]) -> set[str]:
        """The ``ids`` whose vectors this process can read (a vector another process wrote into an embedded
        store that this process already had open is counted by Chroma but cannot be read)."""
        if not ids:
            return set()
        try:
            return set(self._retry(lambda: self.collection.get(ids=ids, include=["embeddings"]))["ids"])
        except Exception as exc:  # noqa: BLE001 - only the stale-read case is handled here
            if not is_stale_read(exc):
                raise
            return set(self._readable_rows(ids)["ids"])

    def _readable_rows(self, ids: list[str]) -> dict[str, Any]:
        """``get(ids, embeddings)`` one id at a time, skipping the unreadable ones (the degraded path only)."""
        rows: dict[str, Any] = {"ids": [], "embeddings": []}
        for chunk_id in ids:
            try:
                got = self._retry(lambda chunk_id=chunk_id: self.collection.get(ids=[chunk_id], include=["embeddings"]))
            except Exception as exc:  # noqa: BLE001
                if not is_stale_read(exc):
                    raise
                continue
            rows["ids"].extend(got["ids"])
            rows["embeddings"].extend(list(got["embeddings"]))
        return rows

    def _stale(self, exc: Exception) -> None:
        self.stale_reads += 1
        log.warning("%s: some vectors cannot be read by this process (%s); they are skipped. They were written by "
                    "another process while this one had the store open: restart the app, and add documents through "
                    "the admin page or API (or use a Chroma server) from now on", self.where(), exc)

    def healthy(self) -> bool:
        try:
            self._retry(lambda: self.collection.count())
            return True
        except Exception:  # noqa: BLE001
            return False


def _is_connection_error(exc: Exception) -> bool:
    name = exc.__class__.__name__.lower()
    text = str(exc).lower()
    return any(
        word in name or word in text
        for word in ("connect", "timeout", "unavailable", "refused", "could not connect", "remoteprotocol", "readerror")
    )
