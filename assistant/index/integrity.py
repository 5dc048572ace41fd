"""Is the data dir whole? Damaged files, vectors missing or unreadable, and moving a damaged dir aside.

The registry (SQLite) says which chunks are live; the vector store should hold exactly those. A
deleted ``chroma/`` folder, an emptied ``chroma.sqlite3`` or vectors another process wrote (which an
embedded Chroma client that is already open never sees) break that silently: answers lose their
semantic half, or a question reaching the new document failed with "Error finding id". This module
names such problems so that ingest repairs them and ``/api/health`` reports them, and turns a
damaged file's raw database error into a message naming the file and the command that fixes it.

Example:
    >>> check = check_vectors(index)
    >>> check.ok, check.problem
    (True, '')
"""

from __future__ import annotations

import shutil
import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError

REBUILD_COMMAND = "python -m assistant ingest --rebuild"
_DAMAGE_WORDS = (
    "database disk image is malformed", "file is not a database", "file is encrypted or is not a database",
    "unable to open database", "error loading hnsw", "failed to load hnsw", "hnsw segment", "disk i/o error",
    "no such table", "truncated", "corrupt", "rustbindingsapi' object has no attribute",
)
STALE_READ = "error finding id"  # Chroma: an id the metadata knows but this client's vector index does not


class DataDirDamagedError(AssistantError, RuntimeError):
    """A file of the data dir cannot be read; the message names it and how to rebuild."""


def damaged(path: Path, data_dir: Path, exc: BaseException | str) -> DataDirDamagedError:
    """The error for a file of ``data_dir`` that cannot be read, naming it and the rebuild command."""
    text = str(exc).strip()
    reason = text.splitlines()[0][:200] if text else exc.__class__.__name__
    return DataDirDamagedError(
        f"{path} is damaged and cannot be read ({reason}). Rebuild the index from the corpus folder with "
        f"`{REBUILD_COMMAND} --data-dir {data_dir} [FOLDER]` (the damaged data dir is kept, moved aside)."
    )


def looks_damaged(exc: BaseException) -> bool:
    """True for the errors a damaged SQLite or HNSW file raises (not for unreachable servers or bugs)."""
    text = f"{exc.__class__.__name__}: {exc}".lower()
    return any(word in text for word in _DAMAGE_WORDS)


def is_stale_read(exc: BaseException) -> bool:
    return STALE_READ in str(exc).lower()


def hnsw_damage(chroma_dir: Path) -> tuple[Path, str] | None:
    """The first damaged HNSW file of an embedded Chroma folder, and why; None when they look whole.

    Chroma 1.x keeps a collection's vectors in ``<chroma>/<segment uuid>/`` once a collection passes its
    ``sync_threshold``: ``header.bin`` (version, then max and current element count and bytes per element),
    ``data_level0.bin`` (the vectors), ``length.bin`` and ``index_metadata.pickle`` (id to label). An emptied or
    truncated file there made Chroma fail reads with "Error getting embedding" / "Error finding id" (taken for
    another process's vectors) or silently return fewer hits, while ingest said "unchanged". Sizes only: cheap.
    """
    try:
        headers = sorted(chroma_dir.glob("*/header.bin"))
    except OSError:
        return None
    for header in headers:
        folder = header.parent
        raw = header.read_bytes() if header.is_file() else b""
        if len(raw) < 36:
            return header, f"{len(raw)} bytes, an HNSW header has at least 36"
        _version, _offset, capacity, count, per_element = struct.unpack_from("<i4Q", raw)
        if count > capacity or capacity > 1 << 40 or not 0 < per_element < 1 << 24:
            return header, f"garbled: {count} vectors of {per_element} bytes in room for {capacity}"
        if not count:
            continue
        wanted = {"data_level0.bin": count * per_element, "length.bin": count * 4, "index_metadata.pickle": 1}
        for name, least in wanted.items():
            path = folder / name
            size = path.stat().st_size if path.is_file() else -1
            if size < least:
                found = "missing" if size < 0 else f"{size} bytes"
                return path, f"{found}, {least} bytes or more expected for {count} vectors"
    return None


@dataclass
class VectorCheck:
    """Registry chunks against the vectors the store can count and read."""

    registry_chunks: int
    vectors: int
    unreadable: int = 0  # live chunks of the newest document that this process cannot read
    problem: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def check_vectors(index: Any, probe: int = 3) -> VectorCheck:
    """``index``: an :class:`~assistant.index.index.Index` (not imported: the store imports this module).

    Counts, plus a read of the newest document's first chunks (cheap: one count, one ``get``).

    The read catches vectors written by another process that this process's embedded Chroma
    cannot see: the counts agree then, but reading the chunks fails.
    """
    registry, store = index.registry, index.store
    if not store.settings.uses_chroma_server:
        broken = hnsw_damage(store.settings.data_dir / "chroma")
        if broken is not None:
            raise damaged(broken[0], store.settings.data_dir, broken[1])
    registry_chunks = int(registry.counts()["chunks"])
    vectors = store.count()
    check = VectorCheck(registry_chunks, vectors)
    if vectors < registry_chunks:
        check.problem = (f"the vector store holds {vectors} vectors for {registry_chunks} chunks: answers miss "
                         f"documents' meaning. Run `python -m assistant ingest` (or re-index on the admin page) "
                         "to re-embed them")
        return check
    if vectors > registry_chunks:
        check.problem = (f"the vector store holds {vectors} vectors for {registry_chunks} chunks (stray vectors). "
                         "Run `python -m assistant ingest` (or re-index on the admin page) to remove them")
        return check
    ready = registry.ready_documents()
    if not ready:
        return check
    newest = max(ready, key=lambda d: d.indexed_at)
    ids = [c.chunk_id for c in registry.chunks_of(newest.doc_id)[:probe]]
    readable = store.readable(ids)
    check.unreadable = len(ids) - len(readable)
    if check.unreadable:
        check.problem = (f"{check.unreadable} vectors of {newest.source} cannot be read by this process "
                         "(written by another process while this one had the store open). Restart the app; "
                         "next time add documents on the admin page or the admin API, or use a Chroma server "
                         "(JCA_CHROMA_HOST) for several processes")
    return check


def move_aside(data_dir: Path) -> Path:
    """Rename ``data_dir`` to ``<name>.damaged-<timestamp>`` next to it; returns the new path.

    The question log (``web.sqlite``) is not part of the index: it is copied back so no history is lost.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = data_dir.with_name(f"{data_dir.name}.damaged-{stamp}")
    n = 2
    while target.exists():
        target = data_dir.with_name(f"{data_dir.name}.damaged-{stamp}-{n}")
        n += 1
    data_dir.rename(target)
    data_dir.mkdir(parents=True)
    log = target / "web.sqlite"
    if log.is_file() and _sqlite_ok(log):
        for suffix in ("", "-wal", "-shm"):
            part = target / f"web.sqlite{suffix}"
            if part.is_file():
                shutil.copy2(part, data_dir / part.name)
    return target


def _sqlite_ok(path: Path) -> bool:
    import sqlite3

    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        return False
