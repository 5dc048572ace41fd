"""The question log: every question asked on the web, its answer, latency and feedback.

A small SQLite database (``web.sqlite`` under the data dir) that HR reads on the
admin page to see which questions the documents could not answer, what
employees thought of the answers, and to export everything as CSV. Nothing that
identifies the person asking is stored.

Example:
    >>> log = QuestionLog(Path("/tmp/idx/web.sqlite"))
    >>> qid = log.record("What is the salary?", Answer("$20 an hour [1].", True, []))
    >>> log.set_feedback(qid, rating=1, comment="clear")
    >>> log.feedback_entries()[0]["comment"]
    'clear'
"""

from __future__ import annotations

import csv
import io
import json
import secrets
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any, Iterator

from assistant.answering.answer import Answer

SCHEMA = """
CREATE TABLE IF NOT EXISTS questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at REAL NOT NULL,
    channel TEXT NOT NULL DEFAULT 'web',
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    answered INTEGER NOT NULL,
    sources TEXT NOT NULL DEFAULT '[]',
    latency_ms REAL NOT NULL DEFAULT 0,
    notice TEXT NOT NULL DEFAULT '',
    token TEXT
);
CREATE INDEX IF NOT EXISTS questions_time ON questions(asked_at);
CREATE TABLE IF NOT EXISTS feedback (
    question_id INTEGER PRIMARY KEY REFERENCES questions(id) ON DELETE CASCADE,
    rating INTEGER,
    comment TEXT NOT NULL DEFAULT '',
    updated_at REAL NOT NULL
);
"""

# Columns added after the first release: (name, SQL type) added to older databases on open.
_ADDED_COLUMNS = (("token", "TEXT"),)

CSV_COLUMNS = ["time", "question", "answer", "answered", "sources", "feedback", "comment", "latency_ms", "channel"]
MAX_COMMENT_CHARS = 2000


def iso_time(ts: float | None) -> str:
    """UTC time as ``2025-01-31T14:05:09Z`` (empty for None)."""
    if not ts:
        return ""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def new_token() -> str:
    """An unguessable id for an answer's share link (``/a/<token>``): the row id would let anyone read every answer."""
    return secrets.token_urlsafe(16)


def rating_label(rating: int | None) -> str:
    return {1: "up", -1: "down"}.get(rating or 0, "")


def _spreadsheet_safe(value: Any) -> Any:
    """Stop spreadsheet programs from running a cell as a formula (CSV injection)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


class QuestionLog:
    """Thread-safe question log; one short-lived connection per call."""

    def __init__(self, path: Path) -> None:
        self.path = path
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._connect() as conn:
            conn.executescript(SCHEMA)
            self._migrate(conn)

    @staticmethod
    def _migrate(conn: sqlite3.Connection) -> None:
        """Bring a database from an older version up to date: add new columns, give old answers a share token."""
        have = {row["name"] for row in conn.execute("PRAGMA table_info(questions)")}
        for name, kind in _ADDED_COLUMNS:
            if name not in have:
                conn.execute(f"ALTER TABLE questions ADD COLUMN {name} {kind}")
        missing = [row["id"] for row in conn.execute("SELECT id FROM questions WHERE token IS NULL")]
        conn.executemany("UPDATE questions SET token=? WHERE id=?", [(new_token(), qid) for qid in missing])
        conn.execute("CREATE UNIQUE INDEX IF NOT EXISTS questions_token ON questions(token)")

    def _connect(self) -> "_Conn":
        return _Conn(self.path)

    # --- writing
    def record(self, question: str, answer: Answer, channel: str = "web") -> int:
        """Store one answered (or refused) question; returns its id for feedback."""
        sources = [
            {"n": c.n, "title": c.title, "employer": c.employer, "source": c.source, "section": c.section,
             "level": c.level, "quote": c.quote, "doc_id": c.doc_id, "start": c.start, "end": c.end, "page": c.page}
            for c in answer.citations
        ]
        with self._lock, self._connect() as conn:
            cur = conn.execute(
                "INSERT INTO questions(asked_at, channel, question, answer, answered, sources, latency_ms, notice, "
                "token) VALUES(?,?,?,?,?,?,?,?,?)",
                (time.time(), channel, question, answer.text, int(bool(answer.answered)), json.dumps(sources),
                 round(float(answer.latency_ms or 0.0), 1), answer.notice or "", new_token()),
            )
            return int(cur.lastrowid)

    def set_feedback(self, question_id: int, rating: int | None = None, comment: str | None = None) -> bool:
        """Thumbs up (1) / down (-1) and/or a comment; the latest of each wins. False if no such question."""
        if rating not in (None, 1, -1):
            raise ValueError("rating must be 1 (up) or -1 (down)")
        comment = None if comment is None else comment.strip()[:MAX_COMMENT_CHARS]
        with self._lock, self._connect() as conn:
            if conn.execute("SELECT 1 FROM questions WHERE id=?", (question_id,)).fetchone() is None:
                return False
            conn.execute(
                "INSERT INTO feedback(question_id, rating, comment, updated_at) VALUES(?, ?, COALESCE(?, ''), ?) "
                "ON CONFLICT(question_id) DO UPDATE SET "
                "rating=COALESCE(excluded.rating, feedback.rating), "
                "comment=CASE WHEN ? IS NULL THEN feedback.comment ELSE excluded.comment END, "
                "updated_at=excluded.updated_at",
                (question_id, rating, comment, time.time(), comment),
            )
        return True

    # --- reading (newest first)
    def _rows(self, where: str = "", params: tuple[Any, ...] = (), limit: int | None = 200) -> list[dict[str, Any]]:
        sql = (
            "SELECT q.*, f.rating AS rating, COALESCE(f.comment, '') AS comment, f.updated_at AS feedback_at "
            "FROM questions q LEFT JOIN feedback f ON f.question_id = q.id "
            + (f"WHERE {where} " if where else "")
            + "ORDER BY q.asked_at DESC, q.id DESC"
            + (" LIMIT ?" if limit else "")
        )
        with self._connect() as conn:
            rows = conn.execute(sql, params + ((limit,) if limit else ())).fetchall()
        return [self._as_dict(r) for r in rows]

    @staticmethod
    def _as_dict(row: sqlite3.Row) -> dict[str, Any]:
        data = dict(row)
        data["answered"] = bool(data["answered"])
        data["sources"] = json.loads(data["sources"] or "[]")
        data["feedback"] = rating_label(data.get("rating"))
        return data

    def get(self, question_id: int) -> dict[str, Any] | None:
        rows = self._rows("q.id = ?", (question_id,), limit=1)
        return rows[0] if rows else None

    def by_token(self, token: str) -> dict[str, Any] | None:
        """The logged question and answer behind a share link; None for an unknown token."""
        if not token or len(token) > 64:
            return None
        rows = self._rows("q.token = ?", (token,), limit=1)
        return rows[0] if rows else None

    def token_of(self, question_id: int) -> str:
        """The share token of a logged question ('' when there is none)."""
        with self._connect() as conn:
            row = conn.execute("SELECT token FROM questions WHERE id=?", (question_id,)).fetchone()
        return str(row["token"]) if row and row["token"] else ""

    def id_of(self, token: str) -> int | None:
        """The row id behind a share token (feedback from a restored conversation names its answer by token)."""
        row = self.by_token(token)
        return int(row["id"]) if row else None

    def unanswered(self, limit: int = 200) -> list[dict[str, Any]]:
        """Questions the documents could not answer: which documents are missing."""
        return self._rows("q.answered = 0", limit=limit)

    def feedback_entries(self, limit: int = 200) -> list[dict[str, Any]]:
        """Questions with a rating or a comment, newest feedback first."""
        rows = self._rows("f.question_id IS NOT NULL", limit=None)
        rows.sort(key=lambda r: (r.get("feedback_at") or 0, r["id"]), reverse=True)
        return rows[:limit]

    def counts(self) -> dict[str, int]:
        with self._connect() as conn:
            row = conn.execute(
                "SELECT COUNT(*) AS questions, COALESCE(SUM(answered = 0), 0) AS unanswered FROM questions"
            ).fetchone()
            fb = conn.execute(
                "SELECT COALESCE(SUM(rating = 1), 0) AS up, COALESCE(SUM(rating = -1), 0) AS down, "
                "COALESCE(SUM(comment != ''), 0) AS comments FROM feedback"
            ).fetchone()
        return {"questions": row["questions"], "unanswered": row["unanswered"], "thumbs_up": fb["up"],
                "thumbs_down": fb["down"], "comments": fb["comments"]}

    # --- export
    def iter_csv(self) -> Iterator[str]:
        """The whole log as CSV text, newest first, one chunk per row."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)

        def take() -> str:
            text = buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            return text

        writer.writerow(CSV_COLUMNS)
        yield take()
        for r in self._rows(limit=None):
            sources = "; ".join(
                f"[{s['n']}] " + " — ".join(x for x in (s.get("title"), s.get("employer"), s.get("section")) if x)
                + f" ({s.get('source', '')})"
                for s in r["sources"]
            )
            writer.writerow([_spreadsheet_safe(v) for v in (
                iso_time(r["asked_at"]), r["question"], r["answer"], "yes" if r["answered"] else "no", sources,
                r["feedback"], r["comment"], r["latency_ms"], r["channel"],
            )])
            yield take()

    def export_csv(self) -> str:
        return "".join(self.iter_csv())


class _Conn:
    """A connection that commits and closes on exit."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(path, timeout=30)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA foreign_keys=ON")

    def __enter__(self) -> sqlite3.Connection:
        return self.conn

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            if exc_type is None:
                self.conn.commit()
            else:
                self.conn.rollback()
        finally:
            self.conn.close()
