"""Ingest throughput from scratch, raw encode throughput on the same chunks, and unchanged re-ingest.

The pipeline run goes through :func:`assistant.ingest.sync` with an embeddings
object that records every text it is asked to embed (and the seconds spent
encoding); the raw run then encodes exactly those texts in one
``SentenceTransformer.encode`` call with the same batch size. Their ratio is
the pipeline overhead (loading, parsing, chunking, registry and Chroma writes,
smaller encode batches). Both wall time and process CPU time are recorded: on a
machine shared with other work, CPU seconds compare the two runs more fairly.
Above ``raw_max_chunks`` texts the raw run encodes a random sample of them and
its time is scaled to all of them.

Example:
    >>> result = bench_ingest(settings, Path("corpus"), "corpus/", embeddings)
    >>> result.failed
    0
"""

from __future__ import annotations

import random
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..embeddings import SentenceTransformerEmbeddings
from ..index import Index
from ..ingest import sync
from ..settings import Settings


class RecordingEmbeddings(SentenceTransformerEmbeddings):
    """The project's embeddings, remembering the texts embedded and the time spent encoding them."""

    def __init__(self, model: str, batch_size: int) -> None:
        super().__init__(model, batch_size)
        self.texts: list[str] = []
        self.encode_seconds = 0.0
        self.encode_cpu_seconds = 0.0
        self.record = True

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        started, cpu = time.perf_counter(), time.process_time()
        vectors = super().embed_documents(texts)
        if self.record:
            self.encode_seconds += time.perf_counter() - started
            self.encode_cpu_seconds += time.process_time() - cpu
            self.texts.extend(texts)
        return vectors


@dataclass
class IngestResult:
    label: str
    documents: int
    chunks: int
    failed: int
    seconds: float
    pipeline_encode_s: float
    raw_encode_s: float
    reingest_s: float
    reingest_unchanged: int
    cpu_s: float = 0.0
    pipeline_encode_cpu_s: float = 0.0
    raw_encode_cpu_s: float = 0.0
    raw_sampled: int = 0  # texts the raw run encoded (fewer than ``chunks`` when sampled)

    @property
    def docs_per_s(self) -> float:
        return self.documents / self.seconds if self.seconds else 0.0

    @property
    def chunks_per_s(self) -> float:
        return self.chunks / self.seconds if self.seconds else 0.0

    @property
    def raw_chunks_per_s(self) -> float:
        return self.chunks / self.raw_encode_s if self.raw_encode_s else 0.0

    @property
    def overhead(self) -> float:
        """Extra wall time of the whole pipeline over raw encoding, as a share of raw encoding."""
        return self.seconds / self.raw_encode_s - 1.0 if self.raw_encode_s else 0.0

    @property
    def overhead_cpu(self) -> float:
        """The same with process CPU seconds (less sensitive to other work on the machine)."""
        return self.cpu_s / self.raw_encode_cpu_s - 1.0 if self.raw_encode_cpu_s else 0.0


def make_index(settings: Settings, embeddings: SentenceTransformerEmbeddings) -> Index:
    """An ``Index`` that uses an already loaded embeddings object (the model loads once per run)."""
    index = Index(settings)
    index.__dict__["embeddings"] = embeddings  # overrides the cached_property
    return index


def _progress_printer(label: str) -> Any:
    state = {"last": 0.0}

    def progress(event: str, done: int, total: int, chunks: int) -> None:
        now = time.monotonic()
        if event == "done" or now - state["last"] >= 30:
            state["last"] = now
            print(f"  [{label}] {done}/{total} documents, {chunks} chunks", file=sys.stderr, flush=True)

    return progress


def bench_ingest(settings: Settings, corpus: Path, label: str, embeddings: RecordingEmbeddings,
                 raw_max_chunks: int = 15000) -> tuple[IngestResult, Index]:
    """Ingest ``corpus`` into the (empty) data dir of ``settings``; returns the figures and the index."""
    embeddings.texts = []
    embeddings.encode_seconds = embeddings.encode_cpu_seconds = 0.0
    embeddings.record = True
    index = make_index(settings, embeddings)
    started, cpu = time.perf_counter(), time.process_time()
    summary = sync(index, [corpus], progress=_progress_printer(label))
    seconds, cpu_s = time.perf_counter() - started, time.process_time() - cpu
    embeddings.record = False
    texts, embeddings.texts = embeddings.texts, []
    sample = texts if len(texts) <= raw_max_chunks else random.Random(0).sample(texts, raw_max_chunks)
    print(f"  [{label}] raw encode of {len(sample)} of the same {len(texts)} chunks ...", file=sys.stderr, flush=True)
    started, cpu = time.perf_counter(), time.process_time()
    if sample:
        embeddings.model.encode(sample, batch_size=embeddings.batch_size, normalize_embeddings=True,
                                convert_to_numpy=True, show_progress_bar=False)
    scale = len(texts) / len(sample) if sample else 1.0
    raw, raw_cpu = (time.perf_counter() - started) * scale, (time.process_time() - cpu) * scale
    # Unchanged re-ingest, as a new process would do it: a fresh Index on the same data dir.
    again = make_index(settings, embeddings)
    calls_before = embeddings.calls
    started = time.perf_counter()
    second = sync(again, [corpus])
    reingest = time.perf_counter() - started
    if embeddings.calls != calls_before:
        print(f"  [{label}] warning: the unchanged re-ingest embedded {embeddings.calls - calls_before} texts",
              file=sys.stderr)
    result = IngestResult(
        label=label, documents=summary.added + summary.updated, chunks=summary.chunks, failed=len(summary.failed),
        seconds=seconds, pipeline_encode_s=embeddings.encode_seconds, raw_encode_s=raw, reingest_s=reingest,
        reingest_unchanged=second.unchanged, cpu_s=cpu_s, pipeline_encode_cpu_s=embeddings.encode_cpu_seconds,
        raw_encode_cpu_s=raw_cpu, raw_sampled=len(sample),
    )
    for source, reason in summary.failed[:5]:
        print(f"  [{label}] FAILED {source}: {reason}", file=sys.stderr)
    return result, again
