"""The web server under load: cold start to first answer, peak memory, concurrent clients.

The server runs as ``python -m assistant serve --host 127.0.0.1 --port P
--data-dir D --no-sync`` in a subprocess (rate limit off, no API key, no admin)
and is stopped at the end. Cold start is the wall time from starting the
process to the first ``200`` from ``POST /api/ask``. Memory is the process's
``VmRSS`` after loading and ``VmHWM`` (peak resident set) at the end, from
``/proc/<pid>/status``. Each concurrency level runs N client threads, each with
its own ``httpx.Client``, asking the question set round-robin until a request
count or a time limit is reached.

Example:
    >>> result = bench_server(data_dir, questions, clients=(1, 4))
    >>> result.levels[0].errors
    0
"""

from __future__ import annotations

import importlib.util
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.bench.evaluation import _percentile
from assistant.settings import OFFLINE_ENVIRONMENT, REPO_ROOT


def server_available() -> str | None:
    """None when the web server can be started, else why not."""
    try:
        if importlib.util.find_spec("assistant.web.server") is None:
            return "assistant.web.server does not exist yet"
    except (ImportError, ValueError) as exc:
        return f"assistant.web.server cannot be found ({exc})"
    probe = subprocess.run([sys.executable, "-c", "import assistant.web.server"], cwd=str(REPO_ROOT),
                           capture_output=True, text=True, timeout=120, env=_server_env())
    if probe.returncode != 0:
        last = (probe.stderr.strip().splitlines() or ["unknown error"])[-1]
        return f"assistant.web.server is not importable ({last})"
    return None


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _server_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("JCA_")}
    env.update(OFFLINE_ENVIRONMENT)
    env.update(PYTHONUNBUFFERED="1", JCA_RATE_LIMIT_PER_MIN="0")
    return env


def proc_memory_mb(pid: int) -> dict[str, float]:
    """VmRSS and VmHWM (peak) of a process, in MiB; empty when /proc is not there."""
    values: dict[str, float] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in {"VmRSS", "VmHWM"}:
                values[key] = int(rest.split()[0]) / 1024
    except OSError:
        pass
    return values


@dataclass
class LevelResult:
    clients: int
    requests: int
    ok: int
    errors: int
    seconds: float
    p50_ms: float
    p95_ms: float
    error_samples: list[str] = field(default_factory=list)

    @property
    def answers_per_s(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0


@dataclass
class ServerResult:
    label: str
    cold_start_s: float | None
    rss_loaded_mb: float | None
    rss_peak_mb: float | None
    levels: list[LevelResult]
    error: str = ""


class ServerProcess:
    """``python -m assistant serve`` on a free port, with its output in a log file."""

    def __init__(self, data_dir: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = tempfile.NamedTemporaryFile(prefix="jca-bench-server-", suffix=".log", delete=False)
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "assistant", "serve", "--host", "127.0.0.1", "--port", str(self.port),
             "--data-dir", str(data_dir), "--no-sync"],
            cwd=str(REPO_ROOT), env=_server_env(), stdout=self.log, stderr=subprocess.STDOUT,
        )

    def log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(Path(self.log.name).read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.log.close()
        try:
            os.unlink(self.log.name)
        except OSError:
            pass


def wait_first_answer(server: ServerProcess, question: str, timeout_s: float = 300.0) -> float:
    """Seconds from process start to the first 200 from /api/ask."""
    import httpx

    deadline = time.monotonic() + timeout_s
    with httpx.Client(timeout=60.0) as client:
        while time.monotonic() < deadline:
            if server.proc.poll() is not None:
                raise RuntimeError(f"the server exited with code {server.proc.returncode}:\n{server.log_tail()}")
            try:
                response = client.post(server.base + "/api/ask", json={"question": question, "history": []})
                if response.status_code == 200 and "answer" in response.json():
                    return time.perf_counter() - server.started
            except httpx.TransportError:
                pass
            time.sleep(0.1)
    raise RuntimeError(f"no answer from the server within {timeout_s:.0f} s:\n{server.log_tail()}")


# The server caches question vectors by question text; a polite ending makes every request's question new to it
# (an ending, not a prefix, so follow-ups still start with "And ..." / "What about ...").
VARIANTS = ["", " Thanks.", " Thank you!", " Thanks!", " Thank you.", " Thanks a lot.", " Many thanks.",
            " Thanks in advance."]


def request_body(questions: list[dict[str, Any]], number: int) -> dict[str, Any]:
    """The ``number``-th request: the questions round-robin, each round with another ending."""
    item = questions[number % len(questions)]
    variant = VARIANTS[(number // len(questions)) % len(VARIANTS)]
    return {"question": item["question"] + variant, "history": item.get("history") or []}


def run_level(base: str, questions: list[dict[str, Any]], clients: int, max_requests: int,
              max_seconds: float, request_timeout_s: float = 30.0, first: int = 0) -> LevelResult:
    """``clients`` threads ask round-robin until ``max_requests`` are sent or ``max_seconds`` pass.

    Requests are numbered from ``first`` (see :func:`request_body`), so successive levels ask new questions.
    """
    import httpx

    lock = threading.Lock()
    counter = {"next": 0}
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + max_seconds

    def worker() -> None:
        with httpx.Client(timeout=request_timeout_s) as client:
            while True:
                with lock:
                    number = counter["next"]
                    if number >= max_requests or time.monotonic() >= deadline:
                        return
                    counter["next"] += 1
                body = request_body(questions, first + number)
                started = time.perf_counter()
                try:
                    response = client.post(base + "/api/ask", json=body)
                    elapsed = (time.perf_counter() - started) * 1000
                    if response.status_code == 200 and "answer" in response.json():
                        with lock:
                            latencies.append(elapsed)
                    else:
                        with lock:
                            errors.append(f"HTTP {response.status_code}: {response.text[:120]}")
                except Exception as exc:  # noqa: BLE001 - every failure counts as an error
                    with lock:
                        errors.append(f"{exc.__class__.__name__}: {str(exc)[:120]}")

    threads = [threading.Thread(target=worker, daemon=True) for _ in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max_seconds + request_timeout_s + 5)
    seconds = time.perf_counter() - started
    return LevelResult(
        clients=clients, requests=len(latencies) + len(errors), ok=len(latencies), errors=len(errors),
        seconds=seconds, p50_ms=_percentile(latencies, 0.5), p95_ms=_percentile(latencies, 0.95),
        error_samples=sorted(set(errors))[:3],
    )


def bench_server(data_dir: Path, questions: list[dict[str, Any]], label: str,
                 clients: tuple[int, ...] = (1, 4, 16), requests_per_client: int = 6, min_requests: int = 24,
                 max_seconds: float = 120.0) -> ServerResult:
    server = ServerProcess(data_dir)
    result = ServerResult(label=label, cold_start_s=None, rss_loaded_mb=None, rss_peak_mb=None, levels=[])
    try:
        result.cold_start_s = wait_first_answer(server, questions[0]["question"] + " (cold start)")
        result.rss_loaded_mb = proc_memory_mb(server.proc.pid).get("VmRSS")
        sent = 0
        for n in clients:
            print(f"  [{label}] {n} concurrent client(s) ...", file=sys.stderr, flush=True)
            level = run_level(server.base, questions, n, max(min_requests, n * requests_per_client), max_seconds,
                              first=sent)
            sent += level.requests
            result.levels.append(level)
        result.rss_peak_mb = proc_memory_mb(server.proc.pid).get("VmHWM")
    except Exception as exc:  # noqa: BLE001 - reported in the table instead of aborting the run
        result.error = str(exc)
        print(f"  [{label}] server benchmark failed: {exc}", file=sys.stderr)
    finally:
        server.stop()
    return result
