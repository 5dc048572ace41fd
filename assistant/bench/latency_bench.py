"""Answer latency of ``Assistant.ask`` in process (offline extractive mode), with quality on the side.

Every question of the question set is asked ``passes`` times; the query-vector
cache of the retriever is emptied before each pass so every ask embeds its
question (as a new question would). Latency is ``Answer.latency_ms``; hit@5 and
answer accuracy come from :func:`assistant.bench.evaluation.judge` on the first pass.

Example:
    >>> result = bench_latency(settings, index, questions, label="dev")
    >>> result.p50_ms < result.p95_ms
    True
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from assistant.search import retrieval
from assistant.engine import Assistant
from assistant.bench.evaluation import _percentile, judge, summarize
from assistant.index.index import Index
from assistant.settings import Settings

# Used when the dev question file is missing: questions about the two documents in corpus/.
SEED_QUESTIONS: list[dict[str, Any]] = [
    {"id": "seed01", "type": "fact", "question": "What is the hourly wage range for the Butte County IT specialist?",
     "must_include": [r"25\.34", r"33\.96"], "gold_docs": ["butte-county-information-technology-specialist"], "history": []},
    {"id": "seed02", "type": "fact", "question": "What degree is required for the Butte County information technology specialist?",
     "must_include": ["associate"], "gold_docs": ["butte-county-information-technology-specialist"], "history": []},
    {"id": "seed03", "type": "fact", "question": "How much can a Butte County IT specialist be required to lift?",
     "must_include": ["25"], "gold_docs": ["butte-county-information-technology-specialist"], "history": []},
    {"id": "seed04", "type": "fact", "question": "What is the class code of the MCPS IT Systems Specialist?",
     "must_include": ["5160"], "gold_docs": ["mcps-it-systems-specialist"], "history": []},
    {"id": "seed05", "type": "level", "question": "What grade is an IT Systems Specialist II at MCPS?",
     "must_include": ["23"], "gold_docs": ["mcps-it-systems-specialist"], "history": []},
    {"id": "seed06", "type": "fact", "question": "What education does the MCPS IT Systems Specialist require?",
     "must_include": ["bachelor"], "gold_docs": ["mcps-it-systems-specialist"], "history": []},
    {"id": "seed07", "type": "fact", "question": "How much weight must an MCPS IT Systems Specialist be able to lift?",
     "must_include": ["50"], "gold_docs": ["mcps-it-systems-specialist"], "history": []},
    {"id": "seed08", "type": "follow-up", "question": "And how many years of experience?",
     "must_include": ["five|5"], "gold_docs": ["mcps-it-systems-specialist"],
     "history": [{"role": "user", "content": "What education does the MCPS IT Systems Specialist require?"},
                 {"role": "assistant", "content": "A bachelor's degree or equivalent education, training and experience."}]},
    {"id": "seed09", "type": "unanswerable", "question": "What is the salary of the Butte County fire chief?",
     "must_include": [], "gold_docs": [], "history": []},
]


@dataclass
class LatencyResult:
    label: str
    torch_threads: int
    documents: int
    questions: int
    asks: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    warm_up_s: float
    summary: dict[str, Any]


def clear_query_cache() -> None:
    """Forget cached question vectors so the next asks embed their questions again."""
    cache = getattr(retrieval, "_VECTOR_CACHE", None)
    if isinstance(cache, dict):
        cache.clear()


def bench_latency(settings: Settings, index: Index, questions: list[dict[str, Any]], label: str,
                  passes: int = 2, torch_threads: int | None = None,
                  assistant: Assistant | None = None) -> tuple[LatencyResult, Assistant]:
    """Latency of every question; with ``torch_threads`` torch runs that many threads meanwhile (an experiment)."""
    import torch

    default_threads = torch.get_num_threads()
    warm_up_s = 0.0
    if assistant is None:
        assistant = Assistant(settings, index=index)
        started = time.perf_counter()
        assistant.warm_up()
        warm_up_s = time.perf_counter() - started
    latencies: list[float] = []
    judged = []
    if torch_threads:
        torch.set_num_threads(torch_threads)
    try:
        for number in range(passes):
            clear_query_cache()
            for item in questions:
                answer = assistant.ask(item["question"], item.get("history") or [])
                latencies.append(answer.latency_ms)
                if number == 0:
                    judged.append(judge(item, answer.as_dict(), answer.retrieved, answer.latency_ms))
    finally:
        torch.set_num_threads(default_threads)
        clear_query_cache()
    return LatencyResult(
        label=label, torch_threads=torch_threads or default_threads,
        documents=index.registry.counts()["documents"], questions=len(questions), asks=len(latencies),
        p50_ms=_percentile(latencies, 0.50), p95_ms=_percentile(latencies, 0.95), p99_ms=_percentile(latencies, 0.99),
        warm_up_s=warm_up_s, summary=summarize(judged),
    ), assistant


@dataclass
class EncoderResult:
    torch_threads: int
    queries: int
    p50_ms: float
    p95_ms: float
    cpu_ms_per_query: float


def bench_query_encoder(embeddings: Any, questions: list[dict[str, Any]], threads: list[int]) -> list[EncoderResult]:
    """``embed_query`` alone on every question, once per torch thread count."""
    import torch

    default_threads = torch.get_num_threads()
    texts = [q["question"] for q in questions]
    results = []
    try:
        for count in threads:
            torch.set_num_threads(count)
            embeddings.embed_query("warm up")
            latencies = []
            cpu = time.process_time()
            for text in texts:
                started = time.perf_counter()
                embeddings.embed_query(text)
                latencies.append((time.perf_counter() - started) * 1000)
            cpu_ms = (time.process_time() - cpu) * 1000 / max(1, len(texts))
            results.append(EncoderResult(count, len(texts), _percentile(latencies, 0.5), _percentile(latencies, 0.95),
                                         cpu_ms))
    finally:
        torch.set_num_threads(default_threads)
    return results


@dataclass
class HotSpot:
    where: str  # file:function
    seconds: float
    share: float  # of the profiled time


@dataclass
class ProfileResult:
    label: str
    asks: int
    seconds: float
    inclusive: list[HotSpot]  # the project's functions, time including what they call
    self_time: list[HotSpot]  # any function, time spent in its own code


def profile_asks(assistant: Assistant, questions: list[dict[str, Any]], label: str, top: int = 12) -> ProfileResult | None:
    """One pass over the questions under pyinstrument (None when pyinstrument is not installed)."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        return None
    clear_query_cache()
    profiler = Profiler(interval=0.002)
    profiler.start()
    try:
        for item in questions:
            assistant.ask(item["question"], item.get("history") or [])
    finally:
        session = profiler.stop()
        clear_query_cache()
    root = session.root_frame()
    if root is None:
        return None
    total = root.time or 1e-9
    inclusive: dict[str, float] = {}
    self_time: dict[str, float] = {}

    def name(frame: Any) -> str:
        path = (frame.file_path_short or frame.file_path or "?").replace("\\", "/")
        return f"{path}:{frame.function}"

    def walk(frame: Any, stack: frozenset[str], parent: str) -> None:
        if frame.is_synthetic:  # "[self]" time of the parent, or hidden frames
            self_time[parent] = self_time.get(parent, 0.0) + frame.time
            return
        key = name(frame)
        own = frame.time - sum(c.time for c in frame.children)
        if own > 0:
            self_time[key] = self_time.get(key, 0.0) + own
        if "assistant/" in key and "assistant/bench/" not in key and key not in stack:
            inclusive[key] = inclusive.get(key, 0.0) + frame.time
        for child in frame.children:
            walk(child, stack | {key}, key)

    walk(root, frozenset(), name(root))

    def spots(values: dict[str, float]) -> list[HotSpot]:
        ranked = sorted(values.items(), key=lambda kv: -kv[1])[:top]
        return [HotSpot(where, seconds, seconds / total) for where, seconds in ranked]

    return ProfileResult(label=label, asks=len(questions), seconds=total, inclusive=spots(inclusive),
                         self_time=spots(self_time))
