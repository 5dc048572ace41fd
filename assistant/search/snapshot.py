"""An in-memory view of the live index: chunks, BM25, catalog, documents.

Rebuilt only when the registry's generation changes (after a sync), so
questions reuse one BM25 index and one catalog, and an ingest that is still
running is never visible half-done (only ``ready`` documents are loaded).

Example:
    >>> snap = SnapshotCache().get(index)
    >>> len(snap.chunks) == index.registry.counts()["chunks"]
    True
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from assistant.query.catalog import Catalog
from assistant.index.index import Index
from assistant.index.registry import ChunkRecord, DocumentRecord
from assistant.search.search_files import SearchFiles, load_search_files, save_search_files
from assistant.text import abbreviates, compound_parts, near_spelling, tokens


MIN_HEAD_CHARS = 4  # a compound's head word (its stem) this long or longer stands for the compound ("phon")


@dataclass
class Snapshot:
    generation: str
    documents: dict[str, DocumentRecord]
    chunks: list[ChunkRecord]
    chunk_by_id: dict[str, ChunkRecord]
    catalog: Catalog
    bm25: Any = None
    vocabulary: dict[str, int] = field(default_factory=dict)  # stem -> number of documents containing it

    chunks_by_doc: dict[str, list[ChunkRecord]] = field(default_factory=dict)
    _near: dict[str, bool] = field(default_factory=dict)
    _by_initial: dict[str, list[str]] = field(default_factory=dict)
    from_saved_files: bool = False  # BM25 and vocabulary loaded from search_files rather than built
    dictionary: frozenset[str] = frozenset()  # stems of words spelled right (the model's whole words): no typos

    def _words_starting_like(self, term: str) -> list[str]:
        """The vocabulary words that share ``term``'s first letter (indexed on first use)."""
        if not self._by_initial:
            for word in self.vocabulary:
                self._by_initial.setdefault(word[:1], []).append(word)
        return self._by_initial.get(term[:1], [])

    def abbreviates_vocabulary(self, term: str) -> bool:
        """Whether ``term`` abbreviates a word of the vocabulary ("cert", "drvr", "acctg")."""
        return any(abbreviates(term, word) for word in self._words_starting_like(term))

    def near_vocabulary(self, term: str) -> bool:
        """Whether ``term`` is in the vocabulary, a near spelling of a word in it (typos) or a closed compound
        of two of its words ("firefighting")."""
        if term in self.vocabulary:
            return True
        if term in self._near:
            return self._near[term]
        found = len(term) >= 5 and term not in self.dictionary and any(
            near_spelling(term, word) for word in self._words_starting_like(term))
        if not found:
            found = compound_parts(term, self.vocabulary) is not None
        if not found and len(term) >= MIN_HEAD_CHARS:
            # "phone" in "telephone", "light" in "streetlight": the asker's word is the head of a document's compound
            found = any(len(word) >= len(term) + 3 and word.endswith(term) for word in self.vocabulary)
        self._near[term] = found
        return found

    def section_at(self, doc_id: str, offset: int) -> tuple[str, str]:
        """The section and level of the document's chunk that holds ``offset`` (else of the last chunk starting
        before it): what a citation of a span there is filed under."""
        found = ("", "")
        for chunk in self.chunks_by_doc.get(doc_id, ()):
            if chunk.start <= offset:
                found = (chunk.section, chunk.level)
                if offset < chunk.end:
                    break
        return found

    def employs(self, doc_id: str, employers: list[str]) -> bool:
        """Whether the document is one of the employers a question names (any document when it names none, or when
        the document's employer is unknown)."""
        record = self.documents.get(doc_id)
        if not employers or record is None or not record.employer:
            return True
        own = record.employer.lower()
        return any(e.lower() in own or own in e.lower() for e in employers)

    def doc_text(self, doc_id: str) -> str:
        return self.documents[doc_id].text if doc_id in self.documents else ""


def bm25_text(chunk: ChunkRecord, doc: DocumentRecord) -> str:
    level = f" {chunk.level}" if chunk.level else ""
    return f"{doc.title}{level} {doc.employer} {chunk.section}\n{chunk.text}"


def build_snapshot(index: Index, generation: str) -> Snapshot:
    import bm25s

    documents = {d.doc_id: d for d in index.registry.ready_documents(with_text=True)}
    # Two reads: a document re-indexed in between must not pair new chunks with old text
    chunks = [
        c for c in index.registry.live_chunks()
        if c.doc_id in documents and documents[c.doc_id].text[c.start:c.end] == c.text
    ]
    saved = load_search_files(index.settings.data_dir, generation, [c.chunk_id for c in chunks])
    if saved is not None:
        bm25, vocabulary = saved.bm25, saved.vocabulary
    else:
        corpus_tokens = [tokens(bm25_text(c, documents[c.doc_id])) or ["_"] for c in chunks]
        bm25 = None
        if chunks:
            bm25 = bm25s.BM25()
            bm25.index(corpus_tokens, show_progress=False)
        vocabulary = {}
        for doc in documents.values():
            for token in set(tokens(doc.text)):
                vocabulary[token] = vocabulary.get(token, 0) + 1
    chunks_by_doc: dict[str, list[ChunkRecord]] = {}
    for chunk in chunks:
        chunks_by_doc.setdefault(chunk.doc_id, []).append(chunk)
    return Snapshot(
        chunks_by_doc=chunks_by_doc,
        generation=generation,
        documents=documents,
        chunks=chunks,
        chunk_by_id={c.chunk_id: c for c in chunks},
        catalog=Catalog.from_documents(list(documents.values())),
        bm25=bm25,
        vocabulary=vocabulary,
        from_saved_files=saved is not None,
        dictionary=_dictionary(index, vocabulary),
    )


def _dictionary(index: Index, vocabulary: dict[str, int]) -> frozenset[str]:
    """The words spelled right: the embedding model's whole words and every word the documents use ("agility" is
    no typo of "ability" in a corpus that says "physical agility test"). Empty when the embeddings cannot tell
    their words: then every word may be a typo."""
    words = getattr(index.embeddings, "dictionary", None)
    model_words = words() if callable(words) else frozenset()
    return model_words | frozenset(vocabulary) if model_words else frozenset()


class SnapshotCache:
    """Holds the current snapshot; rebuilds it when the index changed."""

    def __init__(self) -> None:
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()

    def get(self, index: Index) -> Snapshot:
        generation = index.registry.generation()
        snapshot = self._snapshot
        if snapshot is not None and snapshot.generation == generation:
            return snapshot
        with self._lock:
            if self._snapshot is None or self._snapshot.generation != generation:
                snapshot = build_snapshot(index, generation)
                if index.registry.generation() != generation:
                    # a sync landed while we read: read once more so documents and chunks agree
                    generation = index.registry.generation()
                    snapshot = build_snapshot(index, generation)
                if not snapshot.from_saved_files and index.registry.generation() == generation:
                    # consistent with its generation: the next process (or restart) can load it
                    save_search_files(index.settings.data_dir, generation, [c.chunk_id for c in snapshot.chunks],
                                      SearchFiles(snapshot.bm25, snapshot.vocabulary))
                self._snapshot = snapshot
            return self._snapshot
