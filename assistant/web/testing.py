"""Start a real ``python -m assistant serve`` on a free 127.0.0.1 port, for tests and benchmarks.

Example:
    >>> with running_server(tmp / "data", corpus_copy(tmp)) as server:
    ...     httpx.get(server.url + "/api/health").json()["documents"]
    2
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Mapping

from assistant.settings import OFFLINE_ENVIRONMENT, REPO_ROOT

SEED_CORPUS = REPO_ROOT / "corpus"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def corpus_copy(dest: Path) -> Path:
    """A private copy of the repo's seed corpus (uploads and deletes must not touch the real one)."""
    target = dest / "corpus"
    shutil.copytree(SEED_CORPUS, target)
    return target


@dataclass
class ServerProcess:
    url: str
    process: subprocess.Popen
    log_path: Path

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_server(
    data_dir: Path, corpus_dir: Path, env: Mapping[str, str] | None = None, timeout_s: float = 300.0,
    expect_documents: int | None = None,
) -> ServerProcess:
    """Start the server and wait until ``/api/health`` answers (and the corpus is indexed)."""
    import httpx

    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    log_path = data_dir.parent / f"server-{port}.log"
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith("JCA_")
    } | OFFLINE_ENVIRONMENT | {"PYTHONUNBUFFERED": "1", **(env or {})}
    log_file = log_path.open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "assistant", "serve", "--host", "127.0.0.1", "--port", str(port),
         "--data-dir", str(data_dir), "--corpus", str(corpus_dir)],
        cwd=REPO_ROOT, env=environment, stdout=log_file, stderr=subprocess.STDOUT,
    )
    server = ServerProcess(f"http://127.0.0.1:{port}", process, log_path)
    deadline = time.monotonic() + timeout_s
    headers = {"X-API-Key": environment["JCA_API_KEY"]} if environment.get("JCA_API_KEY") else {}
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}:\n{server.log_text()[-4000:]}")
        try:
            health = httpx.get(server.url + "/api/health", headers=headers, timeout=5)
            if health.status_code == 200 and (expect_documents is None or health.json()["documents"] >= expect_documents):
                if "warm-up done" in server.log_text() or "warm-up failed" in server.log_text():
                    return server
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    server.stop()
    raise RuntimeError(f"the server did not start within {timeout_s:.0f} s:\n{server.log_text()[-4000:]}")


@contextlib.contextmanager
def running_server(data_dir: Path, corpus_dir: Path, env: Mapping[str, str] | None = None,
                   expect_documents: int | None = None) -> Iterator[ServerProcess]:
    server = start_server(data_dir, corpus_dir, env, expect_documents=expect_documents)
    try:
        yield server
    finally:
        server.stop()
