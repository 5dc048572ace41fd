"""The benchmark tooling works (issue 8): functional checks only, no timing assertions.

The real benchmark is ``python -m assistant bench`` (docs/benchmarks.md); these
tests run it on tiny corpora to prove the synthesizer and every part of the
report work.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from assistant.bench import run_bench
from assistant.bench.http_bench import bench_server, request_body, server_available
from assistant.bench.latency_bench import SEED_QUESTIONS
from assistant.bench.synth import REQUIRED, make_corpus
from assistant.ingest.docinfo import identify
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.ingest.loaders import load_document
from assistant.ingest.sections import find_sections
from assistant.settings import Settings

from conftest import CORPUS_DIR


def test_synthesizer_makes_distinct_well_formed_documents_that_ingest(tmp_path: Path, index) -> None:
    folder = tmp_path / "scaled"
    docs = make_corpus([CORPUS_DIR], 8, folder, seed=3)
    assert len(docs) == 8 == len(list(folder.iterdir()))
    texts = [d.path.read_text(encoding="utf-8") for d in docs]
    assert len(set(texts)) == 8
    assert len({(d.title, d.employer) for d in docs}) == 8 and len({d.class_code for d in docs}) == 8
    for doc, text in zip(docs, texts):
        extracted = load_document(doc.path)
        info = identify(extracted.text, doc.path.name, extracted.html_title)
        assert (info.title, info.employer, info.class_code) == (doc.title, doc.employer, doc.class_code), doc.path.name
        kinds = {s.type for s in find_sections(extracted.text)}
        assert REQUIRED <= kinds, (doc.path.name, kinds)
        assert "$" in text and len(text) > 1000
        # The source documents' names were replaced by the new ones.
        assert "Butte County" not in text and "Montgomery County Public Schools" not in text
    summary = sync(index, [folder])
    assert (summary.added, summary.failed) == (8, [])
    assert summary.chunks == index.store.count() > 8

    again = make_corpus([CORPUS_DIR], 8, tmp_path / "again", seed=3)
    assert [d.path.read_text(encoding="utf-8") for d in again] == texts  # deterministic
    other = make_corpus([CORPUS_DIR], 8, tmp_path / "other", seed=4)
    assert [d.path.read_text(encoding="utf-8") for d in other] != texts


def test_synthesizer_can_keep_the_real_documents(tmp_path: Path) -> None:
    docs = make_corpus([CORPUS_DIR], 5, tmp_path / "mixed", include_sources=True)
    names = sorted(p.name for p in (tmp_path / "mixed").iterdir())
    assert len(docs) == 5 == len(names)
    assert {p.name for p in CORPUS_DIR.iterdir() if p.suffix == ".txt"} <= set(names)


def test_http_requests_never_repeat_a_question_text() -> None:
    bodies = [request_body(SEED_QUESTIONS, n)["question"] for n in range(len(SEED_QUESTIONS) * 8)]
    assert len(set(bodies)) == len(bodies)
    follow_up = next(q for q in SEED_QUESTIONS if q["history"])
    number = SEED_QUESTIONS.index(follow_up) + len(SEED_QUESTIONS)
    assert request_body(SEED_QUESTIONS, number)["question"].startswith(follow_up["question"])
    assert request_body(SEED_QUESTIONS, number)["history"] == follow_up["history"]


def test_run_bench_writes_a_report_with_every_section(tmp_path: Path, shared_embeddings, capsys) -> None:
    settings = Settings(data_dir=tmp_path / "unused", corpus_dir=CORPUS_DIR)
    out = tmp_path / "docs" / "benchmarks.md"
    code = run_bench(settings, sizes=[4], dev_dir=tmp_path / "no-dev-here", out=out, skip_server=True, passes=1)
    assert code == 0
    text = out.read_text(encoding="utf-8")
    for heading in ("# Benchmarks", "## How to reproduce", "## Machine", "## Ingest", "## Answer latency",
                    "### Query encoding alone", "## Web server", "## Textbook LangChain pipeline vs ours",
                    "## Targets (issue 8)"):
        assert heading in text, heading
    assert "python -m assistant bench --sizes 4" in text
    assert "is missing on this machine" in text  # no dev set: said so, and only corpus/ was benched
    assert "| corpus/ | 2 |" in text and "| scaled 4 | 4 |" in text
    assert "Skipped: --skip-server was given" in text
    assert "textbook LangChain (1000/200, Chroma top-4)" in text and "ours (hybrid, top_k=8)" in text
    assert "Partial report" not in text
    if (os.cpu_count() or 1) > 1:  # on one core there is no single-thread experiment to run
        assert "| 1 (experiment) |" in text  # the single-thread query encoding experiment ran
    if importlib.util.find_spec("pyinstrument"):
        assert "### Where the answer time goes (pyinstrument)" in text and "assistant/engine.py:ask" in text
    assert "## Targets (issue 8)" in capsys.readouterr().out  # the table is printed too
    assert not (tmp_path / "unused").exists()  # indexes go to a temporary folder, not the data dir


def test_server_benchmark_against_the_real_server(tmp_path: Path, index) -> None:
    problem = server_available()
    if problem:
        pytest.skip(problem)
    summary = sync(index, [CORPUS_DIR])
    assert summary.failed == []
    result = bench_server(index.settings.data_dir, SEED_QUESTIONS, "corpus/", clients=(1, 2), min_requests=3,
                          requests_per_client=2, max_seconds=60)
    assert result.error == ""
    assert result.cold_start_s is not None and result.rss_peak_mb and result.rss_peak_mb >= (result.rss_loaded_mb or 0)
    assert [lv.clients for lv in result.levels] == [1, 2]
    assert all(lv.errors == 0 and lv.ok == lv.requests >= 3 for lv in result.levels), result.levels
