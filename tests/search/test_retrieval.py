"""HybridRetriever (Chroma vectors + BM25, fused, class-aware) over the seed corpus (issue 5).

Real Chroma in a temporary folder, the real embedding model, built once for the module.
"""

from __future__ import annotations

import shutil

import pytest
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from assistant.index.index import Index
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.query.plan import plan_query
from assistant.search.retrieval import HybridRetriever
from assistant.settings import Settings

from conftest import BUTTE_NAME, CORPUS_DIR, MCPS_NAME

BUTTE = BUTTE_NAME[:-4]
MCPS = MCPS_NAME[:-4]
METADATA = {"chunk_id", "doc_id", "source", "title", "employer", "section", "section_type", "level", "start", "end",
            "page", "score"}


@pytest.fixture(scope="module")
def index(tmp_path_factory, shared_embeddings) -> Index:
    root = tmp_path_factory.mktemp("retrieval")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in (BUTTE_NAME, MCPS_NAME):
        shutil.copyfile(CORPUS_DIR / name, corpus / name)
    index = Index(Settings(data_dir=root / "data", corpus_dir=corpus), embeddings=shared_embeddings)
    summary = sync(index, [corpus])
    assert summary.added == 2 and not summary.failed
    return index


@pytest.fixture(scope="module")
def retriever(index) -> HybridRetriever:
    return HybridRetriever(index=index, k=8)


def doc_ids(docs: list[Document]) -> list[str]:
    return [d.metadata["doc_id"] for d in docs]


def test_is_a_langchain_retriever_returning_documents_with_metadata(retriever, index):
    assert isinstance(retriever, BaseRetriever)
    docs = retriever.invoke("salary range")
    assert 0 < len(docs) <= 8
    registry = index.registry
    for doc in docs:
        assert isinstance(doc, Document)
        assert set(doc.metadata) >= METADATA
        m = doc.metadata
        record = registry.get_document(m["doc_id"])
        assert doc.page_content == record.text[m["start"]:m["end"]]  # chunks are exact spans
        assert (m["source"], m["title"], m["employer"]) == (record.source, record.title, record.employer)
        assert doc.id == m["chunk_id"]
    scores = [d.metadata["score"] for d in docs]
    assert scores == sorted(scores, reverse=True)
    assert len({d.metadata["chunk_id"] for d in docs}) == len(docs)  # no chunk twice


def test_grade_of_itss_ii_ranks_the_level_ii_chunk_first(retriever):
    docs = retriever.invoke("grade of IT Systems Specialist II")
    top = docs[0]
    assert top.metadata["doc_id"] == MCPS
    assert top.metadata["level"] == "II"
    assert "IT Systems Specialist II - Grade 23" in top.page_content
    assert set(doc_ids(docs)) == {MCPS}  # the named class focuses the results


@pytest.mark.parametrize(("question", "level", "text"), [
    ("grade of the ITSS Intern", "Intern", "ITSS Intern - Grade 18"),
    ("grade of IT Systems Specialist III", "III", "IT Systems Specialist III (grade 25)"),
])
def test_named_level_ranks_its_chunk_first(retriever, question, level, text):
    top = retriever.invoke(question)[0]
    assert top.metadata["doc_id"] == MCPS and top.metadata["level"] == level
    assert text in top.page_content


@pytest.mark.parametrize("question", [
    "What is the wage range for Butte County?",
    "Does the Butte County Information Technology Specialist need a driver's license?",
    "Butte County IT specialist education requirements",
])
def test_butte_question_ranks_the_butte_document_first(retriever, question):
    docs = retriever.invoke(question)
    assert docs[0].metadata["doc_id"] == BUTTE
    assert docs[0].metadata["employer"] == "Butte County"


def test_butte_wage_question_finds_the_wage_line(retriever):
    docs = retriever.invoke("What is the wage range for Butte County?")
    assert "Wage Range: $25.34-33.96 hourly" in docs[0].page_content


def test_mcps_question_ranks_the_mcps_document_first(retriever):
    docs = retriever.invoke("Montgomery County Public Schools IT Systems Specialist license")
    assert docs[0].metadata["doc_id"] == MCPS
    assert "motor vehicle operator's license" in " ".join(d.page_content for d in docs[:3])


@pytest.mark.parametrize("question", [
    "What are the education requirements?",
    "What are the physical requirements?",
    "How much lifting is required?",
    "What license is required?",
])
def test_question_naming_no_class_keeps_both_documents(retriever, question):
    docs = retriever.invoke(question)
    top = doc_ids(docs[:5])
    assert BUTTE in top and MCPS in top, top


def test_k_limits_the_results(index):
    assert len(HybridRetriever(index=index, k=3).invoke("experience")) == 3
    assert len(HybridRetriever(index=index, k=1).invoke("experience")) == 1
    assert len(HybridRetriever(index=index, k=8).invoke("experience", k=2)) == 2


def test_follow_up_plan_focuses_retrieval_on_the_class_from_history(index, retriever):
    snap = retriever.snapshot()
    history = [{"role": "user", "content": "What is the salary for the Butte County IT specialist?"},
               {"role": "assistant", "content": "$25.34–$33.96 an hour [1]"}]
    plan = plan_query("Does it require a driver's license?", history, snap.catalog)
    assert plan.from_history and plan.doc_ids == [BUTTE]
    docs = retriever.invoke(plan.standalone, plan=plan)
    assert docs[0].metadata["doc_id"] == BUTTE
    assert "driver’s license" in docs[0].page_content or "driver's license" in docs[0].page_content

    mcps_history = [{"role": "user", "content": "What grade is ITSS II?"}, {"role": "assistant", "content": "Grade 23 [1]"}]
    plan = plan_query("Does it require a driver's license?", mcps_history, snap.catalog)
    assert plan.doc_ids == [MCPS]
    docs = retriever.invoke(plan.standalone, plan=plan)
    assert docs[0].metadata["doc_id"] == MCPS


def test_empty_index_returns_nothing(tmp_path, shared_embeddings):
    empty = Index(Settings(data_dir=tmp_path / "empty"), embeddings=shared_embeddings)
    assert HybridRetriever(index=empty, k=5).invoke("salary") == []


def test_snapshot_follows_a_sync(tmp_path, shared_embeddings):
    """A retriever built before a document is added sees it after the sync (no stale BM25/catalog)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copyfile(CORPUS_DIR / BUTTE_NAME, corpus / BUTTE_NAME)
    index = Index(Settings(data_dir=tmp_path / "data", corpus_dir=corpus), embeddings=shared_embeddings)
    sync(index, [corpus])
    retriever = HybridRetriever(index=index, k=5)
    assert set(doc_ids(retriever.invoke("grade of IT Systems Specialist II"))) == {BUTTE}
    shutil.copyfile(CORPUS_DIR / MCPS_NAME, corpus / MCPS_NAME)
    sync(index, [corpus])
    top = retriever.invoke("grade of IT Systems Specialist II")[0]
    assert top.metadata["doc_id"] == MCPS and top.metadata["level"] == "II"
