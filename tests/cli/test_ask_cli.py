"""`python -m assistant ask` and `chat`, run as real subprocesses (issue 5).

The index is built once for the module, in-process, with the real model and a
real Chroma store in a temporary folder; the CLI then reads it via --data-dir.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

from assistant.index.index import Index
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.settings import Settings

from conftest import BUTTE_NAME, CORPUS_DIR, MCPS_NAME, REPO_ROOT

BUTTE = BUTTE_NAME[:-4]
MCPS = MCPS_NAME[:-4]
CITATION_FIELDS = ["n", "doc_id", "source", "title", "employer", "section", "quote", "start", "end", "page"]


def run_cli(args, env, stdin: str | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *map(str, args)],
        cwd=REPO_ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=timeout,
    )


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, shared_embeddings) -> Index:
    root = tmp_path_factory.mktemp("ask-cli")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in (BUTTE_NAME, MCPS_NAME):
        shutil.copyfile(CORPUS_DIR / name, corpus / name)
    index = Index(Settings(data_dir=root / "data", corpus_dir=corpus), embeddings=shared_embeddings)
    summary = sync(index, [corpus])
    assert summary.added == 2 and not summary.failed
    return index


@pytest.fixture(scope="module")
def data_dir(indexed):
    return indexed.settings.data_dir


def test_ask_json_prints_the_documented_fields(indexed, data_dir, clean_env):
    result = run_cli(["ask", "What is the salary range for the Butte County Information Technology Specialist?",
                      "--json", "--data-dir", data_dir], clean_env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)  # stdout is exactly one JSON document
    assert set(data) <= {"answer", "answered", "citations", "notice"}
    assert {"answer", "answered", "citations"} <= set(data)
    assert data["answered"] is True
    assert "25.34" in data["answer"] and "33.96" in data["answer"]
    assert data["citations"]
    for n, citation in enumerate(data["citations"], start=1):
        assert list(citation) == CITATION_FIELDS
        assert citation["n"] == n
        document = indexed.registry.get_document(citation["doc_id"])
        assert citation["quote"] == document.text[citation["start"]:citation["end"]]
        assert (citation["source"], citation["title"], citation["employer"]) == (
            document.source, document.title, document.employer)
        assert citation["page"] is None
    assert data["citations"][0]["doc_id"] == BUTTE
    assert "$25.34-33.96 hourly" in data["citations"][0]["quote"]
    assert sorted(set(int(m) for m in re.findall(r"\[(\d+)\]", data["answer"]))) == list(
        range(1, len(data["citations"]) + 1))


def test_ask_json_refusal(data_dir, clean_env):
    result = run_cli(["ask", "How many vacation days do MCPS IT Systems Specialists get?", "--json",
                      "--data-dir", data_dir], clean_env)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["answered"] is False and data["citations"] == []
    assert "don't answer" in data["answer"] and "IT Systems Specialist" in data["answer"]


def test_ask_text_shows_answer_and_sources(data_dir, clean_env):
    result = run_cli(["ask", "What grade is ITSS II?", "--data-dir", data_dir], clean_env)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert re.search(r"\bGrade 23\b", out)
    assert "Sources:" in out
    sources = out.split("Sources:", 1)[1]
    assert "[1] IT Systems Specialist" in sources and MCPS_NAME in sources
    assert '"IT Systems Specialist II - Grade 23' in sources  # the quote is shown


def test_ask_empty_question_is_one_error_line(data_dir, clean_env):
    result = run_cli(["ask", "   ", "--data-dir", data_dir], clean_env)
    assert result.returncode != 0
    assert "Please type a question" in result.stderr
    assert "Traceback" not in result.stderr


def _chat_answers(stdout: str) -> list[str]:
    """The assistant's turns (answer and sources) in a chat transcript."""
    return [part.split("you> ", 1)[0] for part in stdout.split("assistant> ")[1:]]


def test_chat_resolves_follow_up_and_new_resets(data_dir, clean_env):
    stdin = "What grade is ITSS II?\nand what does it need for education?\nnew\nand what does it need for education?\n"
    result = run_cli(["chat", "--data-dir", data_dir], clean_env, stdin=stdin)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    answers = _chat_answers(result.stdout)
    assert len(answers) == 3, result.stdout
    grade, education, fresh = answers
    assert re.search(r"\bGrade 23\b", grade) and MCPS_NAME in grade
    # the follow-up was resolved to the MCPS class from the first question
    assert "Bachelor's degree" in education and MCPS_NAME in education
    assert "Associate" not in education and BUTTE_NAME not in education
    assert "(new conversation)" in result.stdout
    # after `new` the same words no longer lean on ITSS II: the Butte document answers too
    assert BUTTE_NAME in fresh


def test_chat_ends_on_empty_line(data_dir, clean_env):
    result = run_cli(["chat", "--data-dir", data_dir], clean_env, stdin="\nWhat grade is ITSS II?\n")
    assert result.returncode == 0, result.stderr
    assert "assistant> " not in result.stdout


def test_chat_survives_an_overlong_question(data_dir, clean_env):
    stdin = "salary " * 300 + "\nWhat grade is ITSS II?\n"
    result = run_cli(["chat", "--data-dir", data_dir], clean_env, stdin=stdin)
    assert result.returncode == 0
    assert "Traceback" not in result.stderr
    assert "2,000" in result.stdout + result.stderr
    assert re.search(r"\bGrade 23\b", result.stdout)
