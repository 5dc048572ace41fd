"""Hybrid retrieval: Chroma vectors plus BM25, fused, with class-aware boosting.

Class specifications in a series, or the same title at several employers, are
nearly identical text, so when the question (or the conversation) names a
class, a level or an employer, the chunks of that document are boosted; when it
names none, nothing is boosted and several documents stay in the results.

Example:
    >>> retriever = HybridRetriever(index=index, k=5)
    >>> docs = retriever.invoke("grade of IT Systems Specialist II")
    >>> docs[0].metadata["doc_id"], docs[0].metadata["level"]
    ('mcps-it-systems-specialist', 'II')
"""

from __future__ import annotations

from typing import Any

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from assistant.index.index import Index
from assistant.index.store import chunk_metadata
from assistant.query.plan import QueryPlan, plan_query
from assistant.search.snapshot import Snapshot, SnapshotCache
from assistant.text import tokens

RRF_K = 60
CANDIDATES = 40


class HybridRetriever(BaseRetriever):
    """A LangChain retriever over the live index; pass ``plan=`` to focus it on named classes."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    index: Index
    k: int = 8
    snapshots: SnapshotCache | None = None

    def snapshot(self) -> Snapshot:
        if self.snapshots is None:
            self.snapshots = SnapshotCache()
        return self.snapshots.get(self.index)

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun | None = None, plan: QueryPlan | None = None,
        k: int | None = None, snapshot: Snapshot | None = None, **_: Any,
    ) -> list[Document]:
        snap = snapshot if snapshot is not None else self.snapshot()
        if not snap.chunks:
            return []
        if plan is None:
            plan = plan_query(query, [], snap.catalog, snap.dictionary)
        return self.rank(snap, plan.standalone if plan.standalone else query, plan, k or self.k)

    # --- scoring
    def rank(self, snap: Snapshot, query: str, plan: QueryPlan, k: int) -> list[Document]:
        fused: dict[str, float] = {}
        for rank, chunk_id in enumerate(self._dense(snap, query, plan)):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank)
        for rank, chunk_id in enumerate(self._keyword(snap, query)):
            fused[chunk_id] = fused.get(chunk_id, 0.0) + 1.0 / (RRF_K + rank)
        focus = set(plan.doc_ids)
        # Make sure every chunk of a focused document can compete (small documents, exact answers)
        for doc_id in focus:
            for chunk in snap.chunks_by_doc.get(doc_id, []):
                fused.setdefault(chunk.chunk_id, 0.0)
        section_types = {s for intent in plan.intents[:2] for s in intent.sections}
        unit = 1.0 / RRF_K
        scored: list[tuple[float, str]] = []
        for chunk_id, score in fused.items():
            chunk = snap.chunk_by_id.get(chunk_id)
            if chunk is None:
                continue
            if chunk.doc_id in focus:
                score += 2.0 * unit
            elif plan.employers and not focus and snap.employs(chunk.doc_id, plan.employers):
                score += 1.0 * unit  # "the City of Brackenridge's job that …": that employer's documents first
            if plan.levels and chunk.level:
                score += 0.5 * unit if chunk.level in plan.levels else -0.5 * unit
            if chunk.section_type in section_types:
                score += 0.3 * unit
            for intent in plan.intents[:1]:
                if intent.name not in {"duties"} and intent.evidence.search(chunk.text):
                    score += 0.3 * unit
            scored.append((score, chunk_id))
        scored.sort(reverse=True)
        results = []
        for score, chunk_id in scored[:k]:
            chunk = snap.chunk_by_id[chunk_id]
            doc = snap.documents[chunk.doc_id]
            results.append(Document(
                id=chunk_id,
                page_content=chunk.text,
                metadata={"chunk_id": chunk_id, **chunk_metadata(chunk, doc), "score": round(score * RRF_K, 4)},
            ))
        return results

    def _dense(self, snap: Snapshot, query: str, plan: QueryPlan) -> list[str]:
        vector = _cached_query_vector(self.index, query)
        hits = self.index.store.search_by_vector(vector, CANDIDATES)
        ids = [doc.id or doc.metadata.get("chunk_id", "") for doc, _ in hits]
        if plan.doc_ids:
            own = [c.chunk_id for doc_id in plan.doc_ids for c in snap.chunks_by_doc.get(doc_id, ())]
            ids += [chunk_id for chunk_id, _ in self.index.store.similarity_among(vector, own, 12)]
        seen: set[str] = set()
        ordered = []
        for chunk_id in ids:
            if chunk_id in snap.chunk_by_id and chunk_id not in seen:
                seen.add(chunk_id)
                ordered.append(chunk_id)
        return ordered

    def _keyword(self, snap: Snapshot, query: str) -> list[str]:
        query_tokens = [t for t in tokens(query) if t in snap.vocabulary or t.isdigit()]
        if not query_tokens or snap.bm25 is None:
            return []
        scores = snap.bm25.get_scores(query_tokens)
        top = np.argsort(-scores)[:CANDIDATES]
        return [snap.chunks[i].chunk_id for i in top if scores[i] > 0]


def _cached_query_vector(index: Index, query: str) -> list[float]:
    return _query_vector(id(index.embeddings), query, index)


_VECTOR_CACHE: dict[tuple[int, str], list[float]] = {}


def _query_vector(key: int, query: str, index: Index) -> list[float]:
    cache_key = (key, query)
    vector = _VECTOR_CACHE.get(cache_key)
    if vector is None:
        vector = index.embeddings.embed_query(query)
        if len(_VECTOR_CACHE) > 4096:
            _VECTOR_CACHE.clear()
        _VECTOR_CACHE[cache_key] = vector
    return vector
