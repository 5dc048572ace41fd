"""Words that name an organisation (assistant.query.name_words): an employer called by its full name is a name,
not words of the asked fact a passage must share."""

from __future__ import annotations

from assistant.query.name_words import organisation_name_words

from conftest import corpus_assistant


def test_an_employers_full_name_is_all_name() -> None:
    assert {"suvarro", "community", "college", "district"} <= organisation_name_words(
        "How long is probation for an Event Coordinator at Suvarro Community College District?", ["Suvarro College"])
    assert {"cawdor", "valley", "water", "authority"} <= organisation_name_words(
        "Is the Cawdor Valley Water Authority's Publications Specialist exempt?", ["Cawdor Valley Water Authority"])
    assert "district" not in organisation_name_words("How long is probation in this district?", [])
    # a county named as where the vacancy is: a place whose row must be found, not the employer's name
    assert "greyfield" not in organisation_name_words(
        "What is the salary range for the State of Merrivale Food Safety Inspector vacancy in Greyfield County?",
        ["State of Merrivale"])


TIRRELL = """# Event Coordinator

City of Tirrell

## Selection Process

Applicants will be invited to an oral panel interview. The probationary period for this classification is six (6) months.
"""

SUVARRA = """# Event Coordinator

Suvarra College

Class Title | Event Coordinator | Department | Performing Arts Center
Probationary Period | One year (12 months) | Location | Suvarra College, Main Campus

## Job Summary

Plans and coordinates facility rentals and campus events in the Performing Arts Center.
"""


def test_a_comparison_naming_an_employer_in_full_answers_for_both(tmp_path, shared_embeddings) -> None:
    """"… at Tirrell compared with Suvarra Community College District?": "Community" and "District" name the
    college (its documents say "Suvarra College"); they are no words its probation passage must share."""
    both = corpus_assistant(tmp_path, {"tirrell-event-coordinator.md": TIRRELL, "suvarra-event-coordinator.md": SUVARRA},
                            shared_embeddings)
    answer = both.ask("How long is probation for an Event Coordinator at Tirrell compared with Suvarra Community "
                      "College District?")
    assert answer.answered, answer.text
    assert "6 months" in answer.text or "six (6) months" in answer.text, answer.text
    assert "One year (12 months)" in answer.text, answer.text
