""""Does the Senior supervise?" quotes the sentence limiting what its lead role covers, with no bare "Yes"
(assistant.answering.supervision_limits). A real Chroma store and the real model index one series page."""

from __future__ import annotations

from assistant.answering.supervision_limits import asks_if_supervises, limits_supervision

from conftest import corpus_assistant

SERIES = """# Code Compliance Inspector Series

Brambleton County

## Code Compliance Inspector I
This is the entry level. Incumbents inspect properties for zoning and housing code violations.

## Senior Code Compliance Inspector
This is the lead level. A Senior plans, assigns and reviews the work of a team of five inspectors, handles the most
complex enforcement cases and trains new inspectors. In summer a Senior also directly supervises the seasonal Code
Aides assigned to the team. Seniors do not hire or discipline permanent staff.

## Salary
Code Compliance Inspector I: $28.10 - $34.16 an hour. Senior Code Compliance Inspector: $33.20 - $40.35 an hour.
"""


def test_a_yes_no_question_on_supervising_and_a_sentence_denying_a_supervisors_powers() -> None:
    assert asks_if_supervises("Does the Senior Code Compliance Inspector supervise other employees?")
    assert asks_if_supervises("Is a Senior Inspector a supervisor?")
    assert not asks_if_supervises("Who supervises the Inspector I?")
    assert limits_supervision("Seniors do not hire or discipline permanent staff.")
    assert limits_supervision("The position is not a supervisory one.")
    assert not limits_supervision("Plans, assigns and reviews the work of five inspectors.")


def test_a_lead_levels_answer_quotes_what_it_does_not_do(tmp_path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"brambleton-code-compliance-inspector-series.md": SERIES}, shared_embeddings)
    answer = assistant.ask("Does the Senior Code Compliance Inspector at Brambleton County supervise other employees?")
    assert answer.answered
    assert "do not hire or discipline permanent staff" in answer.text
    assert not answer.text.startswith("Yes")
