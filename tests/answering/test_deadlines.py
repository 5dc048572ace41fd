"""A question asking the last day to apply is answered by the filing period's close, however the page words it
(answering/deadlines.py, read by answering/sentence_ranks.py). A real Chroma store and the real model index the page."""

from __future__ import annotations

from assistant.answering.deadlines import ASKS_DEADLINE, STATES_CLOSING

from conftest import corpus_assistant

EXAM = """# Dam Tender

Alder Water Conservancy District · Examination announcement

## The examination

| Part | Weight | Date |
|---|---|---|
| Written test (mechanical reasoning, reading gauges) | 40% | Saturday, May 16, 2026 |
| Oral interview | 60% | Week of June 1, 2026 |

## How to apply

Applications are accepted from Monday, April 6, 2026 until 5:00 p.m. on Friday, April 24, 2026. Apply online.

## Questions

Can I tour the dam before the interview? Yes. Group tours for candidates are held on Saturday, May 23, 2026.
"""


def test_applications_accepted_until_a_date_is_the_filing_close() -> None:
    assert STATES_CLOSING.search("Applications are accepted from Monday, April 6, 2026 until 5:00 p.m. on Friday, "
                                 "April 24, 2026.")
    assert STATES_CLOSING.search("Applications will be accepted through March 3.")
    assert not STATES_CLOSING.search("Group tours for candidates are held on Saturday, May 23, 2026.")
    assert ASKS_DEADLINE.search("When is the last day to apply for the Dam Tender exam?")


def test_the_last_day_to_apply_for_an_exam_is_the_filing_close_not_an_exam_date(tmp_path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"alder-wcd-dam-tender-exam.md": EXAM}, shared_embeddings)
    answer = assistant.ask("When is the last day to apply for the Dam Tender exam at Alder Water Conservancy District?")
    assert answer.answered, answer.text
    assert "April 24, 2026" in answer.text, answer.text
