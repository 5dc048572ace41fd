"""A question a posting asks itself (its FAQ) is quoted with the reply under it, never alone (issue 13).

One Markdown posting indexed into a real Chroma store with the real model; nothing is mocked.
"""

from __future__ import annotations

import pytest

from assistant.answering.replies import reply_end
from assistant.engine import Assistant

from conftest import corpus_assistant

POSTING_MD = """# Compensation Analyst

**City of Marrowdene** · Human Resources Department

## About the position
The Compensation Analyst conducts salary surveys, writes class specifications and recommends the placement of
classes on the City's salary schedule.

## Minimum qualifications
- A bachelor's degree in business or public administration.
- Two years of professional classification or compensation experience.

## Ask the recruiter

Applicant How long is probation?

Recruiter Twelve months, the same as every full-time class in the Professional Unit.

Applicant Can this job be done remotely?

Recruiter No. The position works on site at City Hall five days a week.

## Supplemental questions
- How many years of compensation experience do you have?
- Describe a salary survey you designed.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("replies"), {"marrowdene-compensation-analyst.md": POSTING_MD},
                            shared_embeddings)


def test_a_question_line_ends_with_its_reply_and_a_bare_no_with_the_sentence_after_it() -> None:
    text = "How long is probation?\n\nTwelve months, as for every class.\nNext"
    assert text[:reply_end(text, len("How long is probation?"))] == "How long is probation?\n\nTwelve months, as for every class."
    text = "Will I supervise anyone?\nYes. You lead two clerks. Other text.\n"
    assert text[:reply_end(text, len("Will I supervise anyone?"))].endswith("\nYes. You lead two clerks.")


def test_questions_asked_in_a_list_or_answered_with_options_have_no_reply() -> None:
    listed = "- How many years of experience do you have?\n- Describe a survey you designed.\n"
    assert reply_end(listed, listed.index("?") + 1) is None
    form = "Do you have a valid driver's license?\nYes  /  No\n"
    assert reply_end(form, form.index("?") + 1) is None
    helpful = "Was this page helpful?\n\n\n\nPage last updated: 09/02/2025\n"
    assert reply_end(helpful, helpful.index("?") + 1) is None
    statement = "Describes the work. Who supervises?\nThe manager.\n"
    assert reply_end(statement, statement.index(".") + 1) is None  # no question ends there


def test_a_question_the_posting_answers_in_its_faq_is_answered_with_the_reply(assistant: Assistant) -> None:
    answer = assistant.ask("How long is probation for the Compensation Analyst at the City of Marrowdene?", [])
    assert answer.answered
    assert "Twelve months" in answer.text


def test_the_yes_or_no_of_an_faq_comes_from_its_reply_not_from_its_question(assistant: Assistant) -> None:
    """The FAQ's question names what is asked ("remotely"), so it would read as a "Yes"; its reply says "No"."""
    answer = assistant.ask("Can the Marrowdene Compensation Analyst work remotely?", [])
    assert answer.answered and answer.text.startswith("No.")
    assert "works on site at City Hall" in answer.text
