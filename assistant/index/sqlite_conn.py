"""SQLite connections shared by threads that come and go, without leaking file descriptors.

A connection per thread in a ``threading.local`` looked safe, but SQLite cannot close the file of a
connection while another connection of the same process holds a lock on that file (POSIX locks are
per process): it parks the descriptor until every connection is closed. With the app's long-lived
connections, each recycled worker thread left its descriptors behind (42 → 359 open files over six
load bursts). :class:`ThreadConnections` hands each thread a connection and, when the thread has
ended, gives that connection to the next new thread instead of opening another one.

Example:
    >>> conns = ThreadConnections(lambda: sqlite3.connect(path, check_same_thread=False))
    >>> conns.get().execute("SELECT 1").fetchone()
    (1,)
"""

from __future__ import annotations

import sqlite3
import threading
import weakref
from typing import Callable

MAX_IDLE = 4  # spare connections kept for the next threads; more are closed


class ThreadConnections:
    """One connection per live thread; the connections of ended threads are reused or closed.

    ``factory`` must open connections with ``check_same_thread=False``: a connection moves to another
    thread only after its first thread has ended, so it is never used by two threads at once.
    """

    def __init__(self, factory: Callable[[], sqlite3.Connection]) -> None:
        self._factory = factory
        self._lock = threading.Lock()
        self._by_thread: dict[int, tuple[weakref.ref[threading.Thread], sqlite3.Connection]] = {}
        self._idle: list[sqlite3.Connection] = []

    def get(self) -> sqlite3.Connection:
        """This thread's connection (opened, or taken over from an ended thread, on first use)."""
        thread = threading.current_thread()
        key = threading.get_ident()
        entry = self._by_thread.get(key)
        if entry is not None and entry[0]() is thread:
            return entry[1]
        with self._lock:
            self._reclaim()
            conn = self._idle.pop() if self._idle else None
        if conn is None:
            conn = self._factory()
        with self._lock:
            self._by_thread[key] = (weakref.ref(thread), conn)
        return conn

    def _reclaim(self) -> None:
        """Move the connections of ended threads to the idle list (called with the lock held)."""
        for key, (ref, conn) in list(self._by_thread.items()):
            thread = ref()
            if thread is None or not thread.is_alive():
                del self._by_thread[key]
                if conn.in_transaction:  # a thread that died mid-transaction: its writes are void
                    try:
                        conn.rollback()
                    except sqlite3.Error:
                        pass
                if len(self._idle) < MAX_IDLE:
                    self._idle.append(conn)
                else:
                    conn.close()

    def open_count(self) -> int:
        """Connections held now (live threads' and idle ones), for tests and diagnostics."""
        with self._lock:
            return len(self._by_thread) + len(self._idle)

    def close_all(self) -> None:
        with self._lock:
            for _, conn in self._by_thread.values():
                conn.close()
            for conn in self._idle:
                conn.close()
            self._by_thread.clear()
            self._idle.clear()
