"""The registry kept on the Chroma server, so every app process sees the same documents.

With ``JCA_CHROMA_HOST`` set, app processes on different machines (each with its
own data dir) share one Chroma server. A registry in a local SQLite file would
leave each of them its own idea of what is indexed, so in server mode the
registry lives next to the chunks, in a second collection
``<collection>__registry`` on the same server, behind the same interface as
:class:`~assistant.index.registry.Registry`:

- ``doc:<doc_id>``: one record per document. Its Chroma *document* is the
  document's full text; its metadata holds the registry fields (``state``
  ``indexing``/``ready``, hash, title, ...) and the document's chunk list as
  JSON (offsets, section, level, page; a chunk's text is ``text[start:end]``,
  stored only where it differs). One record per document means one write makes
  a document and its chunks live together, as the SQLite transaction does.
- ``meta:generation``: a token rewritten after every change, so each
  process's snapshot (BM25, catalog) rebuilds when another process syncs.
- ``meta:last_sync``: the last sync summary. ``meta:lock``: the ingest lease (below).
- ``correction:<doc_id>``: HR's correction of a document's title, employer, ... (kept
  apart from ``doc:`` so it outlives re-indexing); ``correction_log:<time>-<id>``: one
  logged change each.

Records carry a one-number placeholder vector: the registry is read by id and
metadata filter, never searched. Every call goes through the store's retries,
so an unreachable server raises :class:`~assistant.index.store.StoreUnavailableError`
and the next call reconnects once it is back.

The data dir's lock file only serializes ingests on one machine, so
:meth:`ChromaRegistry.ingest_lease` adds a lease on the server. Chroma has no
compare-and-set: the lease is written, then read back after a pause, and kept
only if it is still ours; it is renewed while held and expires if its holder
dies (at once when the holder was a dead process on this host).

Example:
    >>> registry = ChromaRegistry(ChunkStore(settings, embeddings))
    >>> registry.counts()["documents"]
    2
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
import uuid
from contextlib import contextmanager
from typing import Any, Iterator

from assistant.index.corrections import Correction, CorrectionEntry
from assistant.index.registry import ChunkRecord, DocumentRecord
from assistant.index.store import ChunkStore

SUFFIX = "registry"
PLACEHOLDER = [1.0]  # records are fetched by id or filter, never by similarity
GENERATION_ID = "meta:generation"
LAST_SYNC_ID = "meta:last_sync"
LOCK_ID = "meta:lock"
PAGE = 200
LEASE_S = 60.0
LEASE_SETTLE_S = 0.5


def _doc_key(doc_id: str) -> str:
    return f"doc:{doc_id}"


def _correction_key(doc_id: str) -> str:
    return f"correction:{doc_id}"


def _chunk_rows(text: str, chunks: list[ChunkRecord]) -> str:
    rows = []
    for c in chunks:
        own = None if text[c.start:c.end] == c.text else c.text
        rows.append([c.chunk_id, c.ord, c.section, c.section_type, c.level, c.start, c.end, c.page, own])
    return json.dumps(rows)


def _chunks_from(doc_id: str, text: str, rows_json: str) -> list[ChunkRecord]:
    chunks = []
    for chunk_id, ordinal, section, section_type, level, start, end, page, own in json.loads(rows_json or "[]"):
        chunks.append(ChunkRecord(chunk_id, doc_id, ordinal, text[start:end] if own is None else own,
                                  section, section_type, level, start, end, page))
    return sorted(chunks, key=lambda c: c.ord)


def _metadata(record: DocumentRecord, state: str, chunks_json: str, n_chunks: int, indexed_at: float) -> dict[str, Any]:
    return {
        "kind": "doc", "doc_id": record.doc_id, "source": record.source, "root": record.root, "title": record.title,
        "employer": record.employer or "", "class_code": record.class_code or "", "levels": json.dumps(record.levels or []),
        "format": record.format or "", "content_hash": record.content_hash, "size": int(record.size or 0),
        "mtime": repr(float(record.mtime or 0.0)), "n_chunks": n_chunks, "indexed_at": float(indexed_at), "state": state,
        "page_starts": json.dumps(record.page_starts or []), "title_from_filename": bool(record.title_from_filename),
        "chunks": chunks_json, "updating": False, "detected": json.dumps(record.detected or {}),
        "classes": json.dumps(record.classes or []),
    }


def _record(meta: dict[str, Any], text: str | None) -> DocumentRecord:
    return DocumentRecord(
        doc_id=meta["doc_id"], source=meta["source"], root=meta["root"], title=meta["title"],
        employer=meta.get("employer", ""), class_code=meta.get("class_code", ""), levels=json.loads(meta.get("levels", "[]")),
        format=meta.get("format", ""), content_hash=meta["content_hash"], size=int(meta.get("size", 0)),
        mtime=float(meta.get("mtime", 0.0)), n_chunks=int(meta.get("n_chunks", 0)), indexed_at=float(meta.get("indexed_at", 0.0)),
        state=meta["state"], text=text or "", page_starts=[tuple(p) for p in json.loads(meta.get("page_starts", "[]"))],
        title_from_filename=bool(meta.get("title_from_filename", False)),
        detected=json.loads(meta.get("detected") or "{}"),
        classes=json.loads(meta.get("classes") or "[]"),  # absent in metadata written before classes were read
    )


class ChromaRegistry:
    """:class:`~assistant.index.registry.Registry`'s interface over the ``<collection>__registry`` collection."""

    def __init__(self, store: ChunkStore) -> None:
        self.store = store

    # --- plumbing
    def _run(self, action: Any) -> Any:
        return self.store.run(lambda: action(self.store.side_collection(SUFFIX)))

    def _upsert(self, ids: list[str], metadatas: list[dict[str, Any]], documents: list[str] | None = None) -> None:
        self._run(lambda col: col.upsert(ids=ids, embeddings=[PLACEHOLDER] * len(ids), metadatas=metadatas,
                                         documents=documents))

    def _get(self, ids: list[str], with_text: bool) -> list[tuple[dict[str, Any], str | None]]:
        include = ["metadatas", "documents"] if with_text else ["metadatas"]
        got = self._run(lambda col: col.get(ids=ids, include=include))
        texts = got.get("documents") or [None] * len(got["ids"])
        return list(zip(got["metadatas"], texts))

    def _docs(self, with_text: bool, kind: str = "doc") -> list[tuple[dict[str, Any], str | None]]:
        include = ["metadatas", "documents"] if with_text else ["metadatas"]

        def fetch(col: Any) -> list[tuple[dict[str, Any], str | None]]:
            out: dict[str, tuple[dict[str, Any], str | None]] = {}  # by id: pages read during a write may overlap
            offset = 0
            while True:
                got = col.get(where={"kind": kind}, include=include, limit=PAGE, offset=offset)
                texts = got.get("documents") or [None] * len(got["ids"])
                out.update(zip(got["ids"], zip(got["metadatas"], texts)))
                if len(got["ids"]) < PAGE:
                    return list(out.values())
                offset += len(got["ids"])

        return self._run(fetch)

    def _bump(self) -> None:
        token = f"{time.time():.6f}-{uuid.uuid4().hex[:8]}"
        self._upsert([GENERATION_ID], [{"kind": "meta", "value": token}])

    # --- generation
    def generation(self) -> str:
        found = self._get([GENERATION_ID], with_text=False)
        return str(found[0][0]["value"]) if found else "0"

    # --- documents
    def get_document(self, doc_id: str, with_text: bool = True) -> DocumentRecord | None:
        found = self._get([_doc_key(doc_id)], with_text)
        return _record(found[0][0], found[0][1] if with_text else None) if found else None

    def all_documents(self, with_text: bool = False) -> list[DocumentRecord]:
        records = [_record(meta, text if with_text else None) for meta, text in self._docs(with_text)]
        return sorted(records, key=lambda d: d.source)

    def ready_documents(self, with_text: bool = False) -> list[DocumentRecord]:
        return [d for d in self.all_documents(with_text) if d.state == "ready"]

    def begin_document(self, record: DocumentRecord) -> None:
        """Mark a document as being (re)indexed before its chunks are touched (its old chunk list stays known)."""
        found = self._get([_doc_key(record.doc_id)], with_text=False)
        if found:
            meta = {**found[0][0], "state": "indexing"}
            self._run(lambda col: col.update(ids=[_doc_key(record.doc_id)], metadatas=[meta]))
        else:
            self._upsert([_doc_key(record.doc_id)], [_metadata(record, "indexing", "[]", 0, 0.0)], [record.text or " "])
        self._bump()

    def begin_update(self, doc_id: str) -> None:
        """Note that new vectors of a live document are being written (it stays 'ready' meanwhile)."""
        self._set_updating(doc_id, True)

    def updating_documents(self) -> list[str]:
        return sorted(meta["doc_id"] for meta, _ in self._docs(with_text=False) if meta.get("updating"))

    def end_update(self, doc_id: str) -> None:
        self._set_updating(doc_id, False)

    def _set_updating(self, doc_id: str, value: bool) -> None:
        found = self._get([_doc_key(doc_id)], with_text=False)
        if found:
            meta = {**found[0][0], "updating": value}
            self._run(lambda col: col.update(ids=[_doc_key(doc_id)], metadatas=[meta]))

    def commit_document(self, record: DocumentRecord, chunks: list[ChunkRecord]) -> None:
        """Record a document and its chunks as live in one write."""
        meta = _metadata(record, "ready", _chunk_rows(record.text, chunks), len(chunks), time.time())
        self._upsert([_doc_key(record.doc_id)], [meta], [record.text or " "])
        self._bump()

    def touch_document(self, doc_id: str, mtime: float) -> None:
        found = self._get([_doc_key(doc_id)], with_text=False)
        if found:
            meta = {**found[0][0], "mtime": repr(float(mtime))}  # a string: exact through any server
            self._run(lambda col: col.update(ids=[_doc_key(doc_id)], metadatas=[meta]))

    def remove_document(self, doc_id: str) -> None:
        self._run(lambda col: col.delete(ids=[_doc_key(doc_id)]))
        self._bump()

    # --- chunks
    def live_chunks(self) -> list[ChunkRecord]:
        chunks: list[ChunkRecord] = []
        for meta, text in sorted(self._docs(with_text=True), key=lambda mt: mt[0]["doc_id"]):
            if meta["state"] == "ready":
                chunks.extend(_chunks_from(meta["doc_id"], text or "", meta.get("chunks", "[]")))
        return chunks

    def chunks_of(self, doc_id: str) -> list[ChunkRecord]:
        found = self._get([_doc_key(doc_id)], with_text=True)
        return _chunks_from(doc_id, found[0][1] or "", found[0][0].get("chunks", "[]")) if found else []

    def chunk_ids(self) -> set[str]:
        return {row[0] for meta, _ in self._docs(with_text=False) for row in json.loads(meta.get("chunks", "[]"))}

    def counts(self) -> dict[str, Any]:
        ready = [meta for meta, _ in self._docs(with_text=False) if meta["state"] == "ready"]
        last = self._get([LAST_SYNC_ID], with_text=False)
        return {
            "documents": len(ready),
            "chunks": sum(int(meta.get("n_chunks", 0)) for meta in ready),
            "last_sync": float(last[0][0]["finished_at"]) if last else None,
            "last_summary": json.loads(last[0][0]["summary"]) if last else None,
        }

    def log_sync(self, summary: dict[str, Any]) -> None:
        self._upsert([LAST_SYNC_ID], [{"kind": "meta", "finished_at": time.time(), "summary": json.dumps(summary)}])
        self._bump()  # also covers a process that died between a document's write and its bump

    # --- HR's corrections (see assistant.index.corrections)
    def get_correction(self, doc_id: str) -> Correction | None:
        found = self._get([_correction_key(doc_id)], with_text=False)
        return Correction.from_json(found[0][0]["fields"]) if found else None

    def all_corrections(self) -> dict[str, Correction]:
        return {meta["doc_id"]: Correction.from_json(meta["fields"]) for meta, _ in self._docs(False, "correction")}

    def set_correction(self, doc_id: str, correction: Correction | None, entry: CorrectionEntry) -> None:
        """Store (or with ``None`` drop) a document's correction and log the change."""
        if correction is None or correction.is_empty():
            self._run(lambda col: col.delete(ids=[_correction_key(doc_id)]))
        else:
            self._upsert([_correction_key(doc_id)], [{
                "kind": "correction", "doc_id": doc_id, "fields": correction.to_json(), "user": entry.user,
                "at": float(entry.at),
            }])
        self._upsert([f"correction_log:{entry.at:.6f}-{uuid.uuid4().hex[:8]}"], [{
            "kind": "correction_log", "doc_id": doc_id, "action": entry.action, "user": entry.user,
            "at": float(entry.at), "old": json.dumps(entry.old), "new": json.dumps(entry.new),
        }])
        self._bump()

    def correction_log(self, limit: int = 200) -> list[CorrectionEntry]:
        """Logged corrections, newest first."""
        entries = [
            CorrectionEntry(m["doc_id"], m["action"], m["user"], float(m["at"]), json.loads(m["old"]), json.loads(m["new"]))
            for m, _ in self._docs(False, "correction_log")
        ]
        return sorted(entries, key=lambda e: e.at, reverse=True)[:limit]

    # --- the ingest lease, shared by every process on the server
    @contextmanager
    def ingest_lease(self, wait: bool = True, timeout_s: float = 600.0) -> Iterator[None]:
        """Hold the server-wide ingest lease; a second holder waits, or gets IngestLockedError naming the holder."""
        from assistant.errors import IngestLockedError

        token = uuid.uuid4().hex
        holder = f"pid {os.getpid()} on {socket.gethostname()} since {time.strftime('%H:%M:%S')}"
        deadline = time.monotonic() + timeout_s
        while True:
            current = self._lease()
            if current is None or current.get("token") == token or _lease_dead(current):
                self._write_lease(token, holder)
                time.sleep(LEASE_SETTLE_S)  # a rival that wrote at the same moment shows up now
                current = self._lease()
                if current is not None and current.get("token") == token:
                    break
            if not wait or time.monotonic() > deadline:
                who = (current or {}).get("holder", "another process")
                raise IngestLockedError(f"an ingest is already running ({who}); try again when it finishes")
            time.sleep(0.5)
        stop = threading.Event()

        def renew() -> None:
            while not stop.wait(LEASE_S / 4):
                try:
                    self._write_lease(token, holder)
                except Exception:  # noqa: BLE001 - the server may be away; the lease then just expires
                    pass

        renewer = threading.Thread(target=renew, name="ingest-lease", daemon=True)
        renewer.start()
        try:
            yield
        finally:
            stop.set()
            renewer.join(timeout=5)
            try:
                current = self._lease()
                if current is not None and current.get("token") == token:
                    self._run(lambda col: col.delete(ids=[LOCK_ID]))
            except Exception:  # noqa: BLE001 - an unreleased lease expires by itself
                pass

    def _lease(self) -> dict[str, Any] | None:
        found = self._get([LOCK_ID], with_text=False)
        return found[0][0] if found else None

    def _write_lease(self, token: str, holder: str) -> None:
        self._upsert([LOCK_ID], [{
            "kind": "meta", "token": token, "holder": holder, "host": socket.gethostname(), "pid": os.getpid(),
            "expires": time.time() + LEASE_S,
        }])


def _lease_dead(lease: dict[str, Any]) -> bool:
    """Expired, or held by a process of this host that no longer exists."""
    if float(lease.get("expires", 0)) < time.time():
        return True
    if lease.get("host") == socket.gethostname():
        try:
            os.kill(int(lease.get("pid", 0)), 0)
        except ProcessLookupError:
            return True
        except (PermissionError, ValueError, OverflowError):
            return False
    return False
