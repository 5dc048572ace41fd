"""The web question log: questions, answers, latency and feedback in SQLite under the data dir."""

from __future__ import annotations

import csv
import io
import threading

import pytest

from assistant.answering.answer import Answer, Citation
from assistant.web.feedback_log import CSV_COLUMNS, QuestionLog


def _citation(n: int = 1) -> Citation:
    return Citation(n=n, doc_id="clerk", source="clerk.txt", title="Clerk", employer="City of Testville",
                    section="Salary", quote="$20 hourly", start=10, end=20)


@pytest.fixture()
def log(tmp_path):
    return QuestionLog(tmp_path / "data" / "web.sqlite")


def test_record_and_read_back(log, tmp_path):
    answer = Answer("Pays $20 an hour [1].", True, [_citation()], latency_ms=12.345)
    qid = log.record("What does a clerk earn?", answer, channel="api")
    row = log.get(qid)
    assert (tmp_path / "data" / "web.sqlite").exists()
    assert row["question"] == "What does a clerk earn?"
    assert row["answer"] == "Pays $20 an hour [1]."
    assert row["answered"] is True
    assert row["latency_ms"] == pytest.approx(12.3)
    assert row["channel"] == "api"
    assert [{k: s[k] for k in ("n", "title", "employer", "source", "section")} for s in row["sources"]] == [{"n": 1, "title": "Clerk", "employer": "City of Testville", "source": "clerk.txt",
                               "section": "Salary"}]
    assert row["feedback"] == "" and row["comment"] == ""


def test_unanswered_newest_first(log):
    first = log.record("Who is the mayor?", Answer("The documents don't answer that.", False))
    log.record("What does a clerk earn?", Answer("$20 [1]", True, [_citation()]))
    second = log.record("What is a parking officer's wage?", Answer("The documents don't answer that.", False))
    assert [r["id"] for r in log.unanswered()] == [second, first]
    assert log.counts()["unanswered"] == 2 and log.counts()["questions"] == 3


def test_feedback_rating_then_comment_keeps_both(log):
    qid = log.record("q", Answer("a", True))
    assert log.set_feedback(qid, rating=-1)
    assert log.set_feedback(qid, comment="  the grade is missing  ")
    row = log.get(qid)
    assert row["feedback"] == "down" and row["comment"] == "the grade is missing"
    assert log.set_feedback(qid, rating=1)  # changing the rating keeps the comment
    row = log.get(qid)
    assert row["feedback"] == "up" and row["comment"] == "the grade is missing"
    assert log.counts() == {"questions": 1, "unanswered": 0, "thumbs_up": 1, "thumbs_down": 0, "comments": 1}


def test_feedback_on_unknown_question_or_bad_rating(log):
    assert log.set_feedback(999, rating=1) is False
    qid = log.record("q", Answer("a", True))
    with pytest.raises(ValueError):
        log.set_feedback(qid, rating=5)


def test_feedback_entries_newest_feedback_first(log):
    a = log.record("first question", Answer("a", True))
    b = log.record("second question", Answer("b", True))
    log.record("no feedback", Answer("c", True))
    log.set_feedback(b, rating=1)
    log.set_feedback(a, rating=-1, comment="wrong class")
    entries = log.feedback_entries()
    assert [e["id"] for e in entries] == [a, b]
    assert entries[0]["comment"] == "wrong class"


def test_csv_export_columns_and_formula_safety(log):
    qid = log.record("=HYPERLINK(\"http://evil\")", Answer("Pays $20 [1].", True, [_citation()]))
    log.set_feedback(qid, rating=-1, comment="@SUM(A1)")
    log.record("Who is the mayor?", Answer("The documents don't answer that.", False))
    rows = list(csv.DictReader(io.StringIO(log.export_csv())))
    assert list(rows[0].keys()) == CSV_COLUMNS
    assert [r["question"] for r in rows] == ["Who is the mayor?", "'=HYPERLINK(\"http://evil\")"]
    assert rows[0]["answered"] == "no" and rows[1]["answered"] == "yes"
    assert rows[1]["feedback"] == "down" and rows[1]["comment"] == "'@SUM(A1)"
    assert rows[1]["sources"] == "[1] Clerk — City of Testville — Salary (clerk.txt)"
    assert rows[1]["time"].endswith("Z")


def test_concurrent_writers(log):
    def worker(i: int) -> None:
        for j in range(10):
            qid = log.record(f"q{i}-{j}", Answer("a", True))
            log.set_feedback(qid, rating=1)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert log.counts()["questions"] == 50 and log.counts()["thumbs_up"] == 50
