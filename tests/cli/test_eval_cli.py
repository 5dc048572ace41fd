"""`python -m assistant eval QA.jsonl`, run as a real subprocess on a question file the test writes (issue 5).

The first test syncs the seed corpus through `--corpus` into a fresh data dir
(real model, real Chroma); the JSON test reuses that data dir without `--corpus`.
``judge`` and ``summarize`` are checked directly as well.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.bench.evaluation import judge, load_questions, summarize

from conftest import BUTTE_NAME, CORPUS_DIR, MCPS_NAME, REPO_ROOT

BUTTE = BUTTE_NAME[:-4]
MCPS = MCPS_NAME[:-4]

QUESTIONS = [
    {"id": "salary-butte", "type": "salary",
     "question": "What is the salary range for the Butte County Information Technology Specialist?",
     "history": [], "must_include": [r"25\.34", r"33\.96"], "gold_docs": [BUTTE]},
    {"id": "grade-itss2", "type": "grade", "question": "What grade is ITSS II?",
     "history": [], "must_include": [r"\b23\b"], "gold_docs": [MCPS]},
    {"id": "followup-license", "type": "followup", "question": "Does it require a driver's license?",
     "history": [{"role": "user", "content": "What is the class code of the MCPS IT Systems Specialist?"},
                 {"role": "assistant", "content": "CODE: 5160 [1]"}],
     "must_include": [r"motor vehicle operator"], "gold_docs": [MCPS]},
    {"id": "refuse-vacation", "type": "refusal",
     "question": "How many vacation days do MCPS IT Systems Specialists get?",
     "history": [], "must_include": [], "gold_docs": []},
    # deliberately wrong expectation: the answer says grade 18, so this one must be reported as failed
    {"id": "wrong-expectation", "type": "grade", "question": "What grade is the ITSS Intern?",
     "history": [], "must_include": [r"Grade 99"], "gold_docs": [MCPS]},
]
SUMMARY_KEYS = {"questions", "hit@1", "hit@5", "answer_accuracy", "citation_precision", "refusal_accuracy",
                "false_refusals", "refusal_precision", "refusal_recall", "latency_p50_ms", "latency_p95_ms"}


def run_cli(args, env, timeout: int = 400) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *map(str, args)],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("eval-cli")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in (BUTTE_NAME, MCPS_NAME):
        shutil.copyfile(CORPUS_DIR / name, corpus / name)
    qa = root / "qa.jsonl"
    qa.write_text("\n".join(json.dumps(q) for q in QUESTIONS) + "\n\n", encoding="utf-8")  # a blank line is skipped
    return root


@pytest.fixture(scope="module")
def text_run(workdir, clean_env) -> subprocess.CompletedProcess:
    return run_cli(["eval", workdir / "qa.jsonl", "--corpus", workdir / "corpus", "--data-dir", workdir / "data"],
                   clean_env)


def test_eval_with_corpus_prints_summary_table(text_run):
    assert text_run.returncode == 0, text_run.stderr
    assert "Traceback" not in text_run.stderr
    assert "Synced" in text_run.stderr and "added 2" in text_run.stderr
    lines = text_run.stdout.splitlines()
    header = lines[0].split()
    for column in ("type", "n", "hit@1", "hit@5", "answer", "cite-prec", "refusal", "false-ref", "ref-prec", "ref-rec"):
        assert column in header, lines[0]
    assert "p50 ms" in lines[0] and "p95 ms" in lines[0]
    rows = {line.split()[0]: line.split() for line in lines[1:] if line.strip() and not line.startswith((" ", "-"))
            and line.split()[0] in {"overall", "salary", "grade", "followup", "refusal"}}
    overall = rows["overall"]
    # type n hit@1 hit@5 answer cite-prec refusal false-ref ref-prec ref-rec p50 p95
    assert overall[1:10] == ["5", "1.000", "1.000", "0.800", "1.000", "1.000", "0.000", "1.000", "1.000"], overall
    assert rows["grade"][1] == "2" and rows["grade"][4] == "0.500" and rows["grade"][8:10] == ["-", "-"]
    assert rows["refusal"][1:4] == ["1", "-", "-"] and rows["refusal"][4] == "1.000"
    assert float(overall[10]) > 0 and float(overall[11]) >= float(overall[10])
    assert re.search(r"latency p50 [\d.]+ ms, p95 [\d.]+ ms", text_run.stdout)


def test_eval_lists_the_failed_question(text_run):
    out = text_run.stdout
    assert "Failed questions (1):" in out
    failed = out.split("Failed questions (1):", 1)[1]
    assert "- wrong-expectation [grade] What grade is the ITSS Intern?" in failed
    assert "missing: ['Grade 99']" in failed
    assert "salary-butte" not in failed and "refuse-vacation" not in failed


def test_eval_json_prints_one_record_per_question_then_summary(workdir, text_run, clean_env):
    assert text_run.returncode == 0  # the data dir is synced by the text run
    result = run_cli(["eval", workdir / "qa.jsonl", "--json", "--data-dir", workdir / "data"], clean_env)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    records = [json.loads(line) for line in lines]  # every stdout line is JSON
    assert len(records) == len(QUESTIONS) + 1
    per_question, summary = records[:-1], records[-1]
    assert [r["id"] for r in per_question] == [q["id"] for q in QUESTIONS]
    for record in per_question:
        assert set(record) == {"id", "answer", "answered", "citations", "retrieved", "route", "support", "latency_ms"}
        assert isinstance(record["route"], str) and record["route"]
        assert record["support"] is None or isinstance(record["support"], float)  # set when the evidence reader ran
        assert isinstance(record["latency_ms"], (int, float)) and record["latency_ms"] > 0
        assert isinstance(record["retrieved"], list)
    by_id = {r["id"]: r for r in per_question}
    assert by_id["salary-butte"]["answered"] and "25.34" in by_id["salary-butte"]["answer"]
    assert by_id["salary-butte"]["retrieved"][0] == BUTTE
    assert {c["doc_id"] for c in by_id["salary-butte"]["citations"]} == {BUTTE}
    assert by_id["followup-license"]["answered"]  # the history in the file was used
    assert "motor vehicle operator" in by_id["followup-license"]["answer"]
    assert by_id["refuse-vacation"]["answered"] is False and by_id["refuse-vacation"]["citations"] == []

    assert set(summary) == {"summary", "by_type"}
    assert set(summary["summary"]) == SUMMARY_KEYS
    s = summary["summary"]
    assert s["questions"] == 5 and s["hit@1"] == 1.0 and s["hit@5"] == 1.0
    assert s["answer_accuracy"] == 0.8 and s["citation_precision"] == 1.0 and s["refusal_accuracy"] == 1.0
    assert s["false_refusals"] == 0.0 and s["refusal_precision"] == 1.0 and s["refusal_recall"] == 1.0
    assert set(summary["by_type"]) == {"salary", "grade", "followup", "refusal"}
    assert summary["by_type"]["grade"]["answer_accuracy"] == 0.5


def test_eval_bad_question_file_is_one_error_line(tmp_path, clean_env):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "question": "What grade is ITSS II?"}\n{not json}\n', encoding="utf-8")
    result = run_cli(["eval", bad, "--data-dir", tmp_path / "data"], clean_env)
    assert result.returncode == 2
    assert "bad.jsonl:2: not valid JSON" in result.stderr and "Traceback" not in result.stderr
    missing = run_cli(["eval", tmp_path / "nope.jsonl", "--data-dir", tmp_path / "data"], clean_env)
    assert missing.returncode == 2 and "no such file" in missing.stderr


def test_eval_on_empty_index_says_so(tmp_path, clean_env):
    qa = tmp_path / "qa.jsonl"
    qa.write_text(json.dumps(QUESTIONS[0]) + "\n", encoding="utf-8")
    result = run_cli(["eval", qa, "--data-dir", tmp_path / "data"], clean_env)
    assert result.returncode == 2
    assert "the index is empty" in result.stderr


# --- judge / summarize, directly ------------------------------------------------------------------


def test_load_questions_reports_missing_fields(tmp_path):
    path = tmp_path / "qa.jsonl"
    path.write_text('{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"qa.jsonl:1: missing field 'question'"):
        load_questions(path)


def test_judge_and_summarize():
    answer = {"answer": "Grade 23 [1]", "answered": True,
              "citations": [{"doc_id": MCPS}, {"doc_id": BUTTE}]}
    hit = judge(QUESTIONS[1], answer, [MCPS, BUTTE], 12.0)
    assert hit.hit1 and hit.hit5 and hit.correct and hit.missing_patterns == []
    miss = judge(QUESTIONS[1], {"answer": "Grade 20 [1]", "answered": True, "citations": []}, [BUTTE, MCPS], 30.0)
    assert miss.hit1 is False and miss.hit5 is True and not miss.correct and miss.missing_patterns == [r"\b23\b"]
    refused_ok = judge(QUESTIONS[3], {"answer": "no", "answered": False, "citations": []}, [MCPS], 5.0)
    assert refused_ok.correct and refused_ok.refusal_ok and refused_ok.hit1 is None
    wrongly_answered = judge(QUESTIONS[3], {"answer": "10 days", "answered": True, "citations": []}, [MCPS], 5.0)
    assert not wrongly_answered.correct and not wrongly_answered.refusal_ok
    summary = summarize([hit, miss, refused_ok, wrongly_answered])
    assert summary["questions"] == 4
    assert summary["hit@1"] == 0.5 and summary["hit@5"] == 1.0
    assert summary["answer_accuracy"] == 0.5
    assert summary["citation_precision"] == 0.5  # one of the two cited documents is gold
    assert summary["refusal_accuracy"] == 0.75
    assert summary["false_refusals"] == 0.0
    assert summary["latency_p50_ms"] == 12.0 and summary["latency_p95_ms"] == 30.0
