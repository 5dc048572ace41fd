"""Persist fact cards in a small SQLite file next to the index (``data_dir/facts.sqlite``).

Cards are re-extracted whenever a document is (re)indexed, so the store only
needs whole-document replace and remove. Each row records the extractor
version and the content hash of the document text it was made from, so
:func:`assistant.facts.storage.sync_hook.refresh_facts` can redo cards made by an older
extractor, or from an older text (a document another process re-indexed on a
shared Chroma server), without re-indexing anything.

Example:
    >>> store = FactStore(Path("/tmp/idx/facts.sqlite"))
    >>> store.replace_document("clerk", [FactCard(doc_id="clerk", title="Clerk", grade="12")])
    >>> [c.grade for c in store.cards_for("clerk")]
    ['12']
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from assistant.facts.model import FactCard
from assistant.index.sqlite_conn import ThreadConnections

EXTRACTOR_VERSION = "3"  # bump when fact-card extraction changes, so every document's cards are made again
FACTS_FILE = "facts.sqlite"


SCHEMA = """
CREATE TABLE IF NOT EXISTS fact_cards (
    doc_id TEXT NOT NULL,
    level TEXT NOT NULL DEFAULT '',
    ord INTEGER NOT NULL DEFAULT 0,
    version TEXT NOT NULL,
    card TEXT NOT NULL,
    content_hash TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (doc_id, level)
);
CREATE INDEX IF NOT EXISTS fact_cards_doc ON fact_cards(doc_id);
"""


class FactStore:
    """Fact cards per document; safe to share between threads (one connection per thread)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._conns = ThreadConnections(self._open)  # ended threads' connections are reused, not leaked
        self._connection().executescript(SCHEMA)  # executescript manages its own transaction
        self._add_hash_column()

    @classmethod
    def in_data_dir(cls, data_dir: Path) -> "FactStore":
        return cls(Path(data_dir) / FACTS_FILE)

    def _open(self) -> sqlite3.Connection:
        conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA busy_timeout=30000")
        return conn

    def _connection(self) -> sqlite3.Connection:
        return self._conns.get()

    def _add_hash_column(self) -> None:
        """Files written before cards carried a content hash get the column (rows read as hash '': stale)."""
        conn = self._connection()
        columns = {row[1] for row in conn.execute("PRAGMA table_info(fact_cards)")}
        if "content_hash" not in columns:
            try:
                conn.execute("ALTER TABLE fact_cards ADD COLUMN content_hash TEXT NOT NULL DEFAULT ''")
            except sqlite3.OperationalError as exc:  # another process added it first
                if "duplicate column" not in str(exc):
                    raise

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def replace_document(self, doc_id: str, cards: list[FactCard], version: str = EXTRACTOR_VERSION,
                         content_hash: str = "") -> None:
        """Make ``cards`` the only cards of ``doc_id`` (atomically); ``content_hash``: of the text they came from."""
        with self._transaction() as conn:
            conn.execute("DELETE FROM fact_cards WHERE doc_id = ?", (doc_id,))
            conn.executemany(
                "INSERT OR REPLACE INTO fact_cards (doc_id, level, ord, version, card, content_hash) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [(doc_id, card.level, index, version, json.dumps(card.to_dict(), ensure_ascii=False), content_hash)
                 for index, card in enumerate(cards)],
            )

    def remove_document(self, doc_id: str) -> None:
        with self._transaction() as conn:
            conn.execute("DELETE FROM fact_cards WHERE doc_id = ?", (doc_id,))

    def _select(self, where: str = "", params: tuple[object, ...] = ()) -> list[FactCard]:
        rows = self._connection().execute(
            f"SELECT card FROM fact_cards {where} ORDER BY doc_id, ord", params
        ).fetchall()
        return [FactCard.from_dict(json.loads(row[0])) for row in rows]

    def all_cards(self) -> list[FactCard]:
        """Every card, grouped by document (whole-document card first, then its levels)."""
        return self._select()

    def cards_for(self, doc_id: str) -> list[FactCard]:
        return self._select("WHERE doc_id = ?", (doc_id,))

    def doc_ids(self) -> set[str]:
        return {row[0] for row in self._connection().execute("SELECT DISTINCT doc_id FROM fact_cards")}

    def versions(self) -> dict[str, str]:
        """doc_id -> extractor version its cards were made with."""
        rows = self._connection().execute("SELECT doc_id, MIN(version) FROM fact_cards GROUP BY doc_id")
        return {doc_id: version for doc_id, version in rows}

    def stamps(self) -> dict[str, tuple[str, str]]:
        """doc_id -> (extractor version, content hash) its cards were made with."""
        rows = self._connection().execute(
            "SELECT doc_id, MIN(version), MIN(content_hash) FROM fact_cards GROUP BY doc_id"
        )
        return {doc_id: (version, content_hash) for doc_id, version, content_hash in rows}

    def close(self) -> None:
        self._conns.close_all()
