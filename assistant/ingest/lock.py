"""One ingest at a time per data dir: an exclusive lock file that names its holder.

Why: two syncs writing the same Chroma collection and registry at once would interleave deletes and adds.

Example:
    >>> with ingest_lock(Path("index")):
    ...     pass  # sync, relabel or remove here
"""

from __future__ import annotations

import fcntl
import os
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from assistant.errors import IngestLockedError

__all__ = ["ingest_lock"]


@contextmanager
def ingest_lock(data_dir: Path, wait: bool = True, timeout_s: float = 600.0) -> Iterator[None]:
    """Exclusive lock on the data dir; a second ingest waits (or fails, naming the holder)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / "ingest.lock"
    handle = open(path, "a+")
    deadline = time.monotonic() + timeout_s
    try:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "another process"
                if not wait or time.monotonic() > deadline:
                    raise IngestLockedError(f"an ingest is already running ({holder}); try again when it finishes")
                time.sleep(0.2)
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {time.strftime('%H:%M:%S')}")
        handle.flush()
        yield
    finally:
        try:
            fcntl.flock(handle, fcntl.LOCK_UN)
        finally:
            handle.close()
