"""Which app serves a data dir: ``server.json`` there, written when the app starts, removed when it stops.

Embedded Chroma has one writer per data dir: an app keeps its Chroma client open, and vectors that
another process (``python -m assistant ingest``) writes meanwhile are counted but never readable by
the app, so questions reaching those documents failed until a restart. The CLI reads this file to
refuse (or hand the work to the app's admin API) while an app serves the data dir. A file left by a
process that no longer exists (killed, crashed) is ignored and removed.

Example:
    >>> with mark_serving(data_dir, "http://127.0.0.1:7860", corpus_dir):
    ...     serving_app(data_dir).url
    'http://127.0.0.1:7860'
"""

from __future__ import annotations

import json
import os
import socket
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from assistant.errors import AssistantError

SERVER_FILE = "server.json"


class DataDirInUseError(AssistantError, RuntimeError):
    """Another live app serves this data dir (embedded Chroma allows one writer process)."""


@dataclass
class ServingApp:
    pid: int
    host: str
    url: str
    corpus_dir: str
    started: float

    def describe(self) -> str:
        return f"pid {self.pid} on {self.host}, {self.url}"


def serving_app(data_dir: Path) -> ServingApp | None:
    """The live app serving ``data_dir`` (never this process), or None; a stale file is removed."""
    path = data_dir / SERVER_FILE
    try:
        raw = json.loads(path.read_text())
        app = ServingApp(int(raw["pid"]), str(raw["host"]), str(raw["url"]), str(raw.get("corpus_dir", "")),
                         float(raw.get("started", 0)))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        _remove(path)  # unreadable (a crash while writing it): nobody can be using it
        return None
    if app.pid == os.getpid() and app.host == socket.gethostname():
        return None
    if app.host == socket.gethostname() and not _alive(app.pid):
        _remove(path)
        return None
    return app


@contextmanager
def mark_serving(data_dir: Path, url: str, corpus_dir: Path) -> Iterator[None]:
    """Claim ``data_dir`` for this app process; :class:`DataDirInUseError` when another live app holds it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    other = serving_app(data_dir)
    if other is not None:
        raise DataDirInUseError(
            f"another app already serves {data_dir} ({other.describe()}). Stop it first, give this one its own "
            "--data-dir, or use a Chroma server (JCA_CHROMA_HOST) for several app processes."
        )
    path = data_dir / SERVER_FILE
    record = {"pid": os.getpid(), "host": socket.gethostname(), "url": url, "corpus_dir": str(corpus_dir),
              "started": time.time()}
    tmp = path.with_name(f".{SERVER_FILE}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(record))
    os.replace(tmp, path)
    try:
        yield
    finally:
        try:
            if json.loads(path.read_text()).get("pid") == os.getpid():
                _remove(path)
        except (OSError, ValueError):
            pass


def _alive(pid: int) -> bool:
    """The process exists and is a Python process (a reused pid of another program does not count)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        cmdline = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return True  # no /proc (not Linux): trust the pid
    return b"python" in cmdline.lower() or b"assistant" in cmdline


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
