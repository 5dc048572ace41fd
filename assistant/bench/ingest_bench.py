"""Ingest throughput from scratch, raw encode throughput on the same chunks, and unchanged re-ingest.

The pipeline run goes through :func:`assistant.ingest.sync` with an embeddings
object that, for a sample of the batches the pipeline hands it (every batch up
to ``raw_max_chunks`` chunks in all), also encodes the same texts straight
with ``SentenceTransformer.encode`` (same batch size), alternately just before
and just after the pipeline's own encoding. Raw and pipeline runs are thus
seconds apart, so a machine whose load changes during a long ingest (other work
on a shared machine) affects both alike. The raw time is left out of the
pipeline's time and scaled to all chunks. The pipeline overhead is pipeline
time over raw time, minus one (loading, parsing, chunking, registry and Chroma
writes). Wall and process CPU time are both recorded.

Example:
    >>> result, index = bench_ingest(settings, Path("corpus"), "corpus/", embeddings)
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

from assistant.index.embeddings import SentenceTransformerEmbeddings
from assistant.index.index import Index
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.settings import Settings


class RecordingEmbeddings(SentenceTransformerEmbeddings):
    """The project's embeddings, timing the pipeline's encoding and a raw encode of sampled batches beside it."""

    def __init__(self, model: str, batch_size: int) -> None:
        super().__init__(model, batch_size)
        self.record = False
        self.reset()

    def reset(self, raw_share: float = 1.0, seed: int = 0) -> None:
        self.raw_share = raw_share
        self._rng = random.Random(seed)
        self._raw_first = False
        self.chunks = 0
        self.encode_seconds = self.encode_cpu_seconds = 0.0
        self.raw_chunks = 0
        self.raw_seconds = self.raw_cpu_seconds = 0.0

    def _raw(self, texts: list[str]) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        self.model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True,
                          show_progress_bar=False)
        self.raw_seconds += time.perf_counter() - started
        self.raw_cpu_seconds += time.process_time() - cpu
        self.raw_chunks += len(texts)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if not self.record:
            return super().embed_documents(texts)
        sampled = self._rng.random() < self.raw_share
        if sampled:
            self._raw_first = not self._raw_first
            if self._raw_first:
                self._raw(texts)
        started, cpu = time.perf_counter(), time.process_time()
        vectors = super().embed_documents(texts)
        self.encode_seconds += time.perf_counter() - started
        self.encode_cpu_seconds += time.process_time() - cpu
        self.chunks += len(texts)
        if sampled and not self._raw_first:
            self._raw(texts)
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
    return Index(settings, embeddings=embeddings)


def _progress_printer(label: str) -> Any:
    state = {"last": 0.0}

    def progress(event: str, done: int, total: int, chunks: int) -> None:
        now = time.monotonic()
        if event == "done" or now - state["last"] >= 30:
            state["last"] = now
            print(f"  [{label}] {done}/{total} documents, {chunks} chunks", file=sys.stderr, flush=True)

    return progress


def bench_ingest(settings: Settings, corpus: Path, label: str, embeddings: RecordingEmbeddings,
                 raw_max_chunks: int = 15000, chunks_per_doc_guess: float = 15.0) -> tuple[IngestResult, Index]:
    """Ingest ``corpus`` into the (empty) data dir of ``settings``; returns the figures and the index."""
    files = sum(1 for p in corpus.rglob("*") if p.is_file())
    embeddings.reset(raw_share=min(1.0, raw_max_chunks / max(1.0, files * chunks_per_doc_guess)))
    embeddings.record = True
    index = make_index(settings, embeddings)
    started, cpu = time.perf_counter(), time.process_time()
    try:
        summary = sync(index, [corpus], progress=_progress_printer(label))
    finally:
        embeddings.record = False
    seconds = time.perf_counter() - started - embeddings.raw_seconds
    cpu_s = time.process_time() - cpu - embeddings.raw_cpu_seconds
    scale = embeddings.chunks / embeddings.raw_chunks if embeddings.raw_chunks else 0.0
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
        seconds=seconds, pipeline_encode_s=embeddings.encode_seconds, raw_encode_s=embeddings.raw_seconds * scale,
        reingest_s=reingest, reingest_unchanged=second.unchanged, cpu_s=cpu_s,
        pipeline_encode_cpu_s=embeddings.encode_cpu_seconds, raw_encode_cpu_s=embeddings.raw_cpu_seconds * scale,
        raw_sampled=embeddings.raw_chunks,
    )
    for source, reason in summary.failed[:5]:
        print(f"  [{label}] FAILED {source}: {reason}", file=sys.stderr)
    return result, again
