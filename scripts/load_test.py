"""Bounded load test: N concurrent clients x M questions against /api/ask on 127.0.0.1.

Starts a real server (``python -m assistant serve``) over a private copy of corpus/
in a temporary data dir, sends every request to 127.0.0.1 only, stops by itself
(request count and a wall-clock limit), and prints errors, answers per second,
latency percentiles, whether every answer was cited (or an honest refusal), and the
server's resident memory after warm-up and at the end.

Usage:
    .venv/bin/python scripts/load_test.py [--clients 50] [--questions 20] [--limit-s 600]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

QUESTIONS = [
    "What is the salary range for the Butte County IT specialist?",
    "What grade is ITSS II?",
    "Is an ITSS III eligible for overtime?",
    "What degree does the MCPS IT Systems Specialist require?",
    "Does the Butte County IT specialist need a driver's license?",
    "How much must an MCPS IT Systems Specialist be able to lift?",
    "How many vacation days do MCPS IT Systems Specialists get?",
    "Compare the education for the Butte County IT Specialist and the MCPS IT Systems Specialist.",
    "Which classes require a driver's license?",
    "what does the butte county it guy make",
]


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main() -> int:
    import httpx

    from assistant.web.testing import corpus_copy, running_server

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--questions", type=int, default=20, help="questions per client")
    parser.add_argument("--limit-s", type=float, default=600.0, help="stop sending after this many seconds")
    args = parser.parse_args()

    base = Path(tempfile.mkdtemp(prefix="jca-load-"))
    # every client comes from 127.0.0.1, so the per-client limit must admit all of them
    env = {"JCA_RATE_LIMIT_PER_MIN": str(args.clients * args.questions)}
    print(f"starting the server over {base} ...", flush=True)
    with running_server(base / "data", corpus_copy(base), env, expect_documents=2) as server:
        pid = server.process.pid
        latencies: list[float] = []
        errors: list[str] = []
        uncited = 0
        lock = threading.Lock()
        deadline = time.monotonic() + args.limit_s
        warm_rss: list[int] = []

        def client(number: int) -> None:
            nonlocal uncited
            with httpx.Client(base_url=server.url, timeout=60) as http:
                for i in range(args.questions):
                    if time.monotonic() > deadline:
                        return
                    question = QUESTIONS[(number + i) % len(QUESTIONS)]
                    started = time.perf_counter()
                    try:
                        response = http.post("/api/ask", json={"question": question, "history": []})
                        elapsed = time.perf_counter() - started
                        with lock:
                            if response.status_code != 200:
                                errors.append(f"HTTP {response.status_code}: {response.text[:120]}")
                                continue
                            body = response.json()
                            latencies.append(elapsed)
                            if body["answered"] and not body["citations"]:
                                uncited += 1
                            if len(latencies) == 100:
                                warm_rss.append(rss_kb(pid))
                    except httpx.HTTPError as exc:
                        with lock:
                            errors.append(f"{exc.__class__.__name__}: {exc}")

        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=args.clients) as pool:
            list(pool.map(client, range(args.clients)))
        wall = time.perf_counter() - started
        end_rss = rss_kb(pid)

    total = len(latencies) + len(errors)
    ordered = sorted(latencies)
    pct = lambda q: ordered[min(len(ordered) - 1, int(q * (len(ordered) - 1)))] if ordered else 0.0  # noqa: E731
    print(f"clients {args.clients} x {args.questions} questions: {total} requests in {wall:.1f} s")
    print(f"errors {len(errors)}; answered without a citation {uncited}")
    print(f"answers/s {len(latencies) / wall:.1f}; latency p50 {pct(0.5) * 1000:.0f} ms, p95 {pct(0.95) * 1000:.0f} ms, "
          f"max {max(ordered, default=0) * 1000:.0f} ms, mean {statistics.mean(ordered) * 1000 if ordered else 0:.0f} ms")
    if warm_rss:
        print(f"server RSS after 100 answers {warm_rss[0] / 1024:.0f} MB, at the end {end_rss / 1024:.0f} MB")
    for line in errors[:10]:
        print("  " + line)
    return 1 if errors or uncited else 0


if __name__ == "__main__":
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.exit(main())
