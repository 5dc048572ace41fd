"""Benchmarks (issue 8): ingest, answer latency, web server, concurrency, textbook comparison.

``python -m assistant bench`` runs everything and writes ``docs/benchmarks.md``;
nothing here is a test and nothing asserts a time. Scaled corpora (real
sections recombined into new documents, see :mod:`.synth`) and every index are
built in a temporary folder, never in the repository.

Example:
    $ python -m assistant bench --sizes 1000,10000 --dev ../shared/dev --out docs/benchmarks.md
"""

from __future__ import annotations

import gc
import os
import shlex
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from assistant.settings import Settings, use_offline_environment

__all__ = ["run_bench"]


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _command(sizes: list[int], dev_dir: Path, out: Path, skip_server: bool) -> str:
    parts = ["python", "-m", "assistant", "bench", "--sizes", ",".join(str(s) for s in sizes) or "''",
             "--dev", str(dev_dir), "--out", str(out)]
    if skip_server:
        parts.append("--skip-server")
    return "HF_HUB_OFFLINE=1 " + " ".join(shlex.quote(p) if p != "''" else p for p in parts)


def run_bench(
    settings: Settings,
    sizes: list[int],
    dev_dir: Path,
    out: Path,
    skip_server: bool = False,
    *,
    passes: int = 2,
    clients: tuple[int, ...] = (1, 4, 16),
    work_dir: Path | None = None,
    keep: bool = False,
    seed: int = 8,
    command: str | None = None,
    raw_max_chunks: int = 15000,
    thread_experiment: bool = True,
) -> int:
    """Run the benchmarks, print the report and write it to ``out``. Returns an exit code."""
    use_offline_environment()
    from assistant.bench.evaluation import load_questions
    from assistant.bench.http_bench import bench_server, server_available
    from assistant.bench.ingest_bench import RecordingEmbeddings, bench_ingest
    from assistant.bench.latency_bench import SEED_QUESTIONS, bench_latency, bench_query_encoder, profile_asks
    from assistant.bench.report import BenchRun, machine_info, render
    from assistant.bench.synth import make_corpus
    from assistant.bench.textbook import compare

    begun = time.perf_counter()
    run = BenchRun(command=command or _command(sizes, dev_dir, out, skip_server),
                   started_at=time.strftime("%Y-%m-%d %H:%M:%S %Z"), machine=machine_info(),
                   load_before=os.getloadavg() if hasattr(os, "getloadavg") else None)
    run.model = settings.embedding_model
    run.notes.append("Other work may share the machine: the load averages above say how busy it was. "
                     "Timings on a shared 2-core machine vary by tens of percent from run to run.")

    dev_corpus, qa_file = dev_dir / "corpus", dev_dir / "qa.jsonl"
    has_dev = dev_corpus.is_dir() and qa_file.is_file()
    repo_corpus = settings.corpus_dir
    if has_dev:
        questions = load_questions(qa_file)
        run.question_set = f"{qa_file} ({len(questions)} questions) on the dev corpus and scaled corpora; " \
                           f"{len(SEED_QUESTIONS)} built-in questions on corpus/"
        sources = [dev_corpus]
    else:
        questions = SEED_QUESTIONS
        run.question_set = f"{len(SEED_QUESTIONS)} built-in questions about corpus/ (no dev set)"
        sources = [repo_corpus]
        message = (f"The dev set ({dev_corpus} and {qa_file}) is missing on this machine: benchmarking only "
                   f"corpus/ and corpora made from its sections, with built-in questions.")
        run.notes.append(message)
        _say(message)

    server_problem = None if not skip_server else "--skip-server was given"
    if server_problem is None:
        server_problem = server_available()
        if server_problem:
            _say(f"Skipping the web server benchmarks: {server_problem}.")
    run.server_skipped = server_problem or ""

    root = Path(work_dir) if work_dir else Path(tempfile.mkdtemp(prefix="jca-bench-"))
    root.mkdir(parents=True, exist_ok=True)
    _say(f"Working in {root}")

    corpora: list[tuple[str, Path, list[dict[str, Any]], bool]] = [
        ("corpus/", repo_corpus, SEED_QUESTIONS, not has_dev),
    ]
    if has_dev:
        corpora.append(("dev corpus", dev_corpus, questions, True))
    for size in sorted(set(sizes)):
        corpora.append((f"scaled {size}", Path(), questions, True))
    run.notes.append(
        "Scaled corpora: the real documents of " + ", ".join(str(s) for s in sources) + " plus synthetic ones, "
        "each made of one section of every kind taken from a random real document, renamed to a new class, employer, "
        f"class code, salary and dates (assistant/bench/synth.py, seed {seed}); written to a temporary folder. "
        f"Sizes run: {', '.join(str(s) for s in sorted(set(sizes))) or 'none'}."
    )

    started = time.perf_counter()
    embeddings = RecordingEmbeddings(settings.embedding_model, settings.embedding_batch_size)
    embeddings.model.encode(["warm up the model"], show_progress_bar=False)
    run.model_load_s = time.perf_counter() - started
    import torch

    # The embeddings set torch's process-wide thread count on every encode (one thread for a question, every
    # core for a batch), so torch.get_num_threads() only says what the caller's last encode left behind (1 after
    # a question: then no single-thread experiment ran). Start from what the app uses for bulk work, and set it
    # again before each timed part.
    default_threads = max(1, os.cpu_count() or 1)
    torch.set_num_threads(default_threads)
    thread_counts = [default_threads] + ([1] if thread_experiment and default_threads != 1 else [])
    run.encoder = bench_query_encoder(embeddings, questions, thread_counts)

    def save() -> None:
        run.load_after = os.getloadavg() if hasattr(os, "getloadavg") else None
        run.finished_at = time.strftime("%Y-%m-%d %H:%M:%S %Z")
        run.seconds = time.perf_counter() - begun
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(render(run), encoding="utf-8")

    try:
        for label, corpus, qs, with_server in corpora:
            if label.startswith("scaled"):
                size = int(label.split()[1])
                corpus = root / f"corpus-{size}"
                _say(f"[{label}] writing {size} documents to {corpus} ...")
                made = make_corpus(sources, size, corpus, seed=seed, include_sources=True)
                synthetic = [d for d in made if d.title]
                run.notes.append(f"{label}: {len(made) - len(synthetic)} real + {len(synthetic):,} synthetic documents "
                                 f"from {len({d.employer for d in synthetic}):,} synthetic employers.")
            data_dir = root / f"index-{label.replace('/', '').replace(' ', '-')}"
            shutil.rmtree(data_dir, ignore_errors=True)
            local = settings.with_overrides(data_dir=data_dir, corpus_dir=corpus)
            _say(f"[{label}] ingest ...")
            ingest, index = bench_ingest(local, corpus, label, embeddings, raw_max_chunks=raw_max_chunks)
            run.ingest.append(ingest)
            _say(f"[{label}] {ingest.documents} documents, {ingest.chunks} chunks in {ingest.seconds:.1f} s; "
                 f"raw encode {ingest.raw_encode_s:.1f} s; re-ingest {ingest.reingest_s:.2f} s")
            _say(f"[{label}] answer latency ({len(qs)} questions × {passes}) ...")
            torch.set_num_threads(default_threads)  # the ingest's last encode may have left one thread
            latency, assistant = bench_latency(local, index, qs, label, passes=passes)
            run.latency.append(latency)
            _say(f"[{label}] p50 {latency.p50_ms:.0f} ms, p95 {latency.p95_ms:.0f} ms, p99 {latency.p99_ms:.0f} ms")
            for threads in thread_counts[1:]:
                experiment, _ = bench_latency(local, index, qs, label, passes=passes, torch_threads=threads,
                                              assistant=assistant)
                run.latency.append(experiment)
                _say(f"[{label}] with torch.set_num_threads({threads}): p50 {experiment.p50_ms:.0f} ms, "
                     f"p95 {experiment.p95_ms:.0f} ms")
            if label != "corpus/" or not has_dev:
                _say(f"[{label}] profiling one pass with pyinstrument ...")
                profile = profile_asks(assistant, qs, label)
                if profile is not None:
                    run.profiles.append(profile)
                elif not any("pyinstrument" in note for note in run.notes):
                    run.notes.append("pyinstrument is not installed: no profile of the answer path "
                                     "(pip install pyinstrument).")
            if label == ("dev corpus" if has_dev else "corpus/"):
                _say(f"[{label}] textbook LangChain pipeline ...")
                run.textbook_corpus = label
                run.textbook = compare(corpus, qs, embeddings, assistant, root / "textbook", ingest.seconds)
            del assistant, index
            gc.collect()
            if with_server and not server_problem:
                _say(f"[{label}] web server ...")
                run.servers.append(bench_server(data_dir, qs, label, clients=clients))
            if not keep and label.startswith("scaled"):
                shutil.rmtree(corpus, ignore_errors=True)
            if not keep:
                shutil.rmtree(data_dir, ignore_errors=True)
            save()  # a partial report survives a later failure
    finally:
        if not keep and not work_dir:
            shutil.rmtree(root, ignore_errors=True)

    run.complete = True
    save()
    print(out.read_text(encoding="utf-8"))
    _say(f"Wrote {out}")
    return 0
