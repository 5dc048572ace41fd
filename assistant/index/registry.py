"""The side file that knows what is indexed: documents, their text, their chunks.

A SQLite database under the data dir. It is the source of truth for which
chunks are *live*: a document is ``ready`` only once all its chunks are in the
vector store, so a crash mid-write leaves it ``indexing`` and the next sync
repairs it, and retrieval never serves a half-indexed document.

Example:
    >>> reg = Registry(Path("/tmp/idx/registry.sqlite"))
    >>> reg.ready_documents()
    []
"""

from __future__ import annotations

import json
import sqlite3
import time
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ContextManager

from assistant.index.corrections import Correction, CorrectionEntry
from assistant.index.sqlite_conn import ThreadConnections

SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    root TEXT NOT NULL,
    title TEXT NOT NULL,
    employer TEXT NOT NULL DEFAULT '',
    class_code TEXT NOT NULL DEFAULT '',
    levels TEXT NOT NULL DEFAULT '[]',
    format TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL,
    size INTEGER NOT NULL DEFAULT 0,
    mtime REAL NOT NULL DEFAULT 0,
    n_chunks INTEGER NOT NULL DEFAULT 0,
    indexed_at REAL NOT NULL DEFAULT 0,
    state TEXT NOT NULL DEFAULT 'indexing',
    text TEXT NOT NULL DEFAULT '',
    page_starts TEXT NOT NULL DEFAULT '[]',
    title_from_filename INTEGER NOT NULL DEFAULT 0,
    detected TEXT NOT NULL DEFAULT '{}',
    classes TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS chunks (
    chunk_id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL,
    ord INTEGER NOT NULL,
    text TEXT NOT NULL,
    section TEXT NOT NULL,
    section_type TEXT NOT NULL,
    level TEXT NOT NULL DEFAULT '',
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    page INTEGER
);
CREATE INDEX IF NOT EXISTS chunks_doc ON chunks(doc_id);
CREATE TABLE IF NOT EXISTS sync_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    finished_at REAL NOT NULL,
    summary TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS updating (doc_id TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS corrections (doc_id TEXT PRIMARY KEY, fields TEXT NOT NULL, user TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS correction_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL,
    action TEXT NOT NULL,
    user TEXT NOT NULL,
    at REAL NOT NULL,
    old TEXT NOT NULL,
    new TEXT NOT NULL
);
"""


@dataclass
class DocumentRecord:
    """One indexed document as the registry knows it."""

    doc_id: str
    source: str
    root: str
    title: str
    employer: str
    class_code: str
    levels: list[str]
    format: str
    content_hash: str
    size: int
    mtime: float
    n_chunks: int
    indexed_at: float
    state: str
    text: str = ""
    page_starts: list[tuple[int, int]] = field(default_factory=list)
    title_from_filename: bool = False
    detected: dict[str, Any] = field(default_factory=dict)  # title, employer, ... as read from the text, before HR's correction
    # the classes a series document describes: {"title", "code", "start", "end"} each (see assistant.ingest.class_table)
    classes: list[dict[str, Any]] = field(default_factory=list)

    def page_at(self, offset: int) -> int | None:
        page = None
        for start, number in self.page_starts:
            if start <= offset:
                page = number
        return page


@dataclass
class ChunkRecord:
    chunk_id: str
    doc_id: str
    ord: int
    text: str
    section: str
    section_type: str
    level: str
    start: int
    end: int
    page: int | None


class Registry:
    """Thread-safe access to the registry database (one connection per thread)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._conns = ThreadConnections(self._open)  # ended threads' connections are reused, not leaked
        with self._connect() as conn:
            conn.executescript(SCHEMA)
            columns = {r["name"] for r in conn.execute("PRAGMA table_info(documents)")}
            if "detected" not in columns:  # a registry written before corrections existed
                conn.execute("ALTER TABLE documents ADD COLUMN detected TEXT NOT NULL DEFAULT '{}'")
            if "classes" not in columns:  # a registry written before series documents listed their classes
                conn.execute("ALTER TABLE documents ADD COLUMN classes TEXT NOT NULL DEFAULT '[]'")

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        return conn

    def _connect(self) -> sqlite3.Connection:
        return _Tx(self._conns.get())  # type: ignore[return-value]

    # --- generation: bumps on every change so caches (BM25) know to rebuild
    def generation(self) -> str:
        with self._connect() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
        return row["value"] if row else "0"

    def _bump(self, conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO meta(key, value) VALUES('generation', ?) ON CONFLICT(key) DO UPDATE SET value=excluded.value",
            (f"{time.time():.6f}",),
        )

    # --- documents
    def _doc(self, row: sqlite3.Row, with_text: bool) -> DocumentRecord:
        return DocumentRecord(
            doc_id=row["doc_id"], source=row["source"], root=row["root"], title=row["title"],
            employer=row["employer"], class_code=row["class_code"], levels=json.loads(row["levels"]),
            format=row["format"], content_hash=row["content_hash"], size=row["size"], mtime=row["mtime"],
            n_chunks=row["n_chunks"], indexed_at=row["indexed_at"], state=row["state"],
            text=row["text"] if with_text else "",
            page_starts=[tuple(p) for p in json.loads(row["page_starts"])],
            title_from_filename=bool(row["title_from_filename"]),
            detected=json.loads(row["detected"] or "{}"),
            classes=json.loads(row["classes"] or "[]"),
        )

    def get_document(self, doc_id: str, with_text: bool = True) -> DocumentRecord | None:
        with self._connect() as conn:
            row = conn.execute("SELECT * FROM documents WHERE doc_id=?", (doc_id,)).fetchone()
        return self._doc(row, with_text) if row else None

    def all_documents(self, with_text: bool = False) -> list[DocumentRecord]:
        columns = "*" if with_text else ", ".join(
            c for c in _DOC_COLUMNS if c != "text"
        ) + ", '' AS text"
        with self._connect() as conn:
            rows = conn.execute(f"SELECT {columns} FROM documents ORDER BY source").fetchall()
        return [self._doc(r, with_text) for r in rows]

    def ready_documents(self, with_text: bool = False) -> list[DocumentRecord]:
        return [d for d in self.all_documents(with_text) if d.state == "ready"]

    def begin_document(self, record: DocumentRecord) -> None:
        """Mark a document as being (re)indexed before its chunks are touched."""
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO documents(doc_id, source, root, title, content_hash, state) VALUES(?,?,?,?,?, 'indexing') "
                "ON CONFLICT(doc_id) DO UPDATE SET state='indexing'",
                (record.doc_id, record.source, record.root, record.title, record.content_hash),
            )
            self._bump(conn)
            conn.execute("COMMIT")

    def begin_update(self, doc_id: str) -> None:
        """Note that new vectors of a live document are being written; the old version stays live meanwhile.

        A crash before :meth:`commit_document` leaves the note, so the next sync can drop the stray vectors.
        """
        with self._connect() as conn:
            conn.execute("INSERT OR IGNORE INTO updating(doc_id) VALUES(?)", (doc_id,))

    def updating_documents(self) -> list[str]:
        with self._connect() as conn:
            return [r[0] for r in conn.execute("SELECT doc_id FROM updating ORDER BY doc_id")]

    def end_update(self, doc_id: str) -> None:
        with self._connect() as conn:
            conn.execute("DELETE FROM updating WHERE doc_id=?", (doc_id,))

    def commit_document(self, record: DocumentRecord, chunks: list[ChunkRecord]) -> None:
        """Record a document and its chunks as live, atomically."""
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM updating WHERE doc_id=?", (record.doc_id,))
            conn.execute("DELETE FROM chunks WHERE doc_id=?", (record.doc_id,))
            conn.executemany(
                "INSERT INTO chunks(chunk_id, doc_id, ord, text, section, section_type, level, start, end, page) "
                "VALUES(?,?,?,?,?,?,?,?,?,?)",
                [(c.chunk_id, c.doc_id, c.ord, c.text, c.section, c.section_type, c.level, c.start, c.end, c.page) for c in chunks],
            )
            conn.execute("DELETE FROM documents WHERE doc_id=?", (record.doc_id,))
            conn.execute(
                "INSERT INTO documents(doc_id, source, root, title, employer, class_code, levels, format, content_hash, size, "
                "mtime, n_chunks, indexed_at, state, text, page_starts, title_from_filename, detected, classes) "
                "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?, 'ready', ?, ?, ?, ?, ?)",
                (
                    record.doc_id, record.source, record.root, record.title, record.employer, record.class_code,
                    json.dumps(record.levels), record.format, record.content_hash, record.size, record.mtime,
                    len(chunks), time.time(), record.text, json.dumps(record.page_starts), int(record.title_from_filename),
                    json.dumps(record.detected or {}), json.dumps(record.classes or []),
                ),
            )
            self._bump(conn)
            conn.execute("COMMIT")

    def touch_document(self, doc_id: str, mtime: float) -> None:
        with self._connect() as conn:
            conn.execute("UPDATE documents SET mtime=? WHERE doc_id=?", (mtime, doc_id))

    def remove_document(self, doc_id: str) -> None:
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("DELETE FROM updating WHERE doc_id=?", (doc_id,))
            conn.execute("DELETE FROM chunks WHERE doc_id=?", (doc_id,))
            conn.execute("DELETE FROM documents WHERE doc_id=?", (doc_id,))
            self._bump(conn)
            conn.execute("COMMIT")

    # --- chunks
    def live_chunks(self) -> list[ChunkRecord]:
        with self._connect() as conn:
            rows = conn.execute(
                "SELECT c.* FROM chunks c JOIN documents d ON c.doc_id = d.doc_id WHERE d.state='ready' ORDER BY c.doc_id, c.ord"
            ).fetchall()
        return [ChunkRecord(**dict(r)) for r in rows]

    def chunks_of(self, doc_id: str) -> list[ChunkRecord]:
        with self._connect() as conn:
            rows = conn.execute("SELECT * FROM chunks WHERE doc_id=? ORDER BY ord", (doc_id,)).fetchall()
        return [ChunkRecord(**dict(r)) for r in rows]

    def chunk_ids(self) -> set[str]:
        with self._connect() as conn:
            return {r[0] for r in conn.execute("SELECT chunk_id FROM chunks")}

    def counts(self) -> dict[str, Any]:
        with self._connect() as conn:
            docs = conn.execute("SELECT COUNT(*) FROM documents WHERE state='ready'").fetchone()[0]
            chunks = conn.execute(
                "SELECT COUNT(*) FROM chunks c JOIN documents d ON c.doc_id=d.doc_id WHERE d.state='ready'"
            ).fetchone()[0]
            last = conn.execute("SELECT finished_at, summary FROM sync_log ORDER BY id DESC LIMIT 1").fetchone()
        return {
            "documents": docs,
            "chunks": chunks,
            "last_sync": last["finished_at"] if last else None,
            "last_summary": json.loads(last["summary"]) if last else None,
        }

    def log_sync(self, summary: dict[str, Any]) -> None:
        with self._connect() as conn:
            conn.execute("INSERT INTO sync_log(finished_at, summary) VALUES(?, ?)", (time.time(), json.dumps(summary)))

    # --- HR's corrections: kept per doc_id, so they outlive re-indexing and the document's replacement
    def get_correction(self, doc_id: str) -> Correction | None:
        with self._connect() as conn:
            row = conn.execute("SELECT fields FROM corrections WHERE doc_id=?", (doc_id,)).fetchone()
        return Correction.from_json(row["fields"]) if row else None

    def all_corrections(self) -> dict[str, Correction]:
        with self._connect() as conn:
            rows = conn.execute("SELECT doc_id, fields FROM corrections ORDER BY doc_id").fetchall()
        return {r["doc_id"]: Correction.from_json(r["fields"]) for r in rows}

    def set_correction(self, doc_id: str, correction: Correction | None, entry: CorrectionEntry) -> None:
        """Store (or with ``None`` drop) a document's correction and log the change, atomically."""
        with self._connect() as conn:
            conn.execute("BEGIN IMMEDIATE")
            if correction is None or correction.is_empty():
                conn.execute("DELETE FROM corrections WHERE doc_id=?", (doc_id,))
            else:
                conn.execute(
                    "INSERT INTO corrections(doc_id, fields, user, at) VALUES(?,?,?,?) ON CONFLICT(doc_id) DO UPDATE "
                    "SET fields=excluded.fields, user=excluded.user, at=excluded.at",
                    (doc_id, correction.to_json(), entry.user, entry.at),
                )
            conn.execute(
                "INSERT INTO correction_log(doc_id, action, user, at, old, new) VALUES(?,?,?,?,?,?)",
                (doc_id, entry.action, entry.user, entry.at, json.dumps(entry.old), json.dumps(entry.new)),
            )
            self._bump(conn)
            conn.execute("COMMIT")

    def correction_log(self, limit: int = 200) -> list[CorrectionEntry]:
        """Logged corrections, newest first."""
        with self._connect() as conn:
            rows = conn.execute("SELECT * FROM correction_log ORDER BY at DESC, id DESC LIMIT ?", (limit,)).fetchall()
        return [CorrectionEntry(r["doc_id"], r["action"], r["user"], r["at"], json.loads(r["old"]), json.loads(r["new"]))
                for r in rows]

    def ingest_lease(self, wait: bool = True) -> ContextManager[None]:
        """Nothing to add: the data dir's lock file already serializes ingests (see ``ChromaRegistry``)."""
        return nullcontext()


_DOC_COLUMNS = [
    "doc_id", "source", "root", "title", "employer", "class_code", "levels", "format", "content_hash", "size",
    "mtime", "n_chunks", "indexed_at", "state", "text", "page_starts", "title_from_filename", "detected", "classes",
]


class _Tx:
    """Context manager returning the connection (autocommit mode; explicit BEGIN where atomic)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        return self.conn

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is not None and self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

