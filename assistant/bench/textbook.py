"""The textbook LangChain RAG retrieval, side by side with ours, on the same corpus and questions.

Textbook: the extracted text of every document (our loaders, so both sides see
the same text), ``RecursiveCharacterTextSplitter(chunk_size=1000,
chunk_overlap=200)``, the same sentence-transformers embeddings, a Chroma
collection in a temporary folder, ``similarity_search(question, k=4)``. It has
no conversation handling: a follow-up question is searched as it is.

Ours: the engine's query plan (which uses the conversation) and
:class:`~assistant.search.retrieval.HybridRetriever`, at the configured ``top_k`` and
at 4 chunks (the textbook's budget).

Figures per pipeline over the answerable questions: hit@5 (a gold document
among the first five distinct documents retrieved), context recall (every
``must_include`` pattern found in the retrieved text) and retrieval latency.

Example:
    >>> rows = compare(settings, corpus, questions, embeddings, assistant, tmp_dir)
    >>> [r.name for r in rows][:1]
    ['textbook LangChain (1000/200, Chroma top-4)']
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.documents import Document

from assistant.engine import Assistant
from assistant.bench.evaluation import _percentile
from assistant.ingest.discovery import discover, doc_id_for
from assistant.ingest.loaders import SUPPORTED_SUFFIXES, DocumentError, load_document
from assistant.query.plan import plan_query
from assistant.bench.latency_bench import clear_query_cache


@dataclass
class RetrievalRow:
    name: str
    chunks: int
    ingest_s: float | None
    questions: int
    hit5: float
    context_recall: float
    context_recall_standalone: float
    p50_ms: float
    p95_ms: float
    context_chars: float  # mean characters of retrieved text per question


def _distinct(doc_ids: list[str]) -> list[str]:
    seen: list[str] = []
    for doc_id in doc_ids:
        if doc_id not in seen:
            seen.append(doc_id)
    return seen


def _score(name: str, chunks: int, ingest_s: float | None, items: list[dict[str, Any]],
           retrieved: list[list[Document]], latencies: list[float]) -> RetrievalRow:
    hits, recalls, standalone = [], [], []
    chars = []
    for item, docs in zip(items, retrieved):
        doc_ids = _distinct([d.metadata.get("doc_id", "") for d in docs])
        text = "\n".join(d.page_content for d in docs)
        chars.append(len(text))
        hits.append(any(d in item["gold_docs"] for d in doc_ids[:5]))
        ok = all(re.search(p, text, re.IGNORECASE) for p in item.get("must_include") or [])
        recalls.append(ok)
        if not item.get("history"):
            standalone.append(ok)
    n = len(items)
    return RetrievalRow(
        name=name, chunks=chunks, ingest_s=ingest_s, questions=n,
        hit5=sum(hits) / n if n else 0.0, context_recall=sum(recalls) / n if n else 0.0,
        context_recall_standalone=sum(standalone) / len(standalone) if standalone else 0.0,
        p50_ms=_percentile(latencies, 0.5), p95_ms=_percentile(latencies, 0.95),
        context_chars=sum(chars) / n if n else 0.0,
    )


def textbook_pipeline(corpus: Path, embeddings: Any, work_dir: Path) -> tuple[Any, int, float]:
    """Build the textbook Chroma store; returns (store, chunks, ingest seconds)."""
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    started = time.perf_counter()
    files, _ = discover([corpus])
    documents = []
    for file, root in files:
        if file.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        try:
            extracted = load_document(file)
        except DocumentError:
            continue
        relative = file.relative_to(root)
        documents.append(Document(page_content=extracted.text,
                                  metadata={"doc_id": doc_id_for(relative), "source": relative.as_posix()}))
    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    chunks = splitter.split_documents(documents)
    store = Chroma(collection_name="textbook", embedding_function=embeddings, persist_directory=str(work_dir))
    for start in range(0, len(chunks), 1000):
        store.add_documents(chunks[start:start + 1000])
    return store, len(chunks), time.perf_counter() - started


def compare(
    corpus: Path, questions: list[dict[str, Any]], embeddings: Any, assistant: Assistant, work_dir: Path,
    our_ingest_s: float | None = None,
) -> list[RetrievalRow]:
    items = [q for q in questions if q.get("gold_docs")]
    store, n_chunks, ingest_s = textbook_pipeline(corpus, embeddings, work_dir)
    rows = []

    retrieved, latencies = [], []
    store.similarity_search("warm up", k=4)
    for item in items:
        started = time.perf_counter()
        docs = store.similarity_search(item["question"], k=4)
        latencies.append((time.perf_counter() - started) * 1000)
        retrieved.append(docs)
    rows.append(_score("textbook LangChain (1000/200, Chroma top-4)", n_chunks, ingest_s, items, retrieved, latencies))

    snapshot = assistant.snapshots.get(assistant.index)
    ours_chunks = len(snapshot.chunks)
    for k, name in ((assistant.settings.top_k, f"ours (hybrid, top_k={assistant.settings.top_k})"),
                    (4, "ours (hybrid, 4 chunks)")):
        clear_query_cache()
        retrieved, latencies = [], []
        for item in items:
            started = time.perf_counter()
            snap = assistant.snapshots.get(assistant.index)
            plan = plan_query(item["question"], item.get("history") or [], snap.catalog, snap.dictionary)
            docs = assistant.retriever.invoke(plan.standalone or item["question"], plan=plan, k=k)
            latencies.append((time.perf_counter() - started) * 1000)
            retrieved.append(docs)
        rows.append(_score(name, ours_chunks, our_ingest_s if k == assistant.settings.top_k else None,
                           items, retrieved, latencies))
    clear_query_cache()
    return rows
