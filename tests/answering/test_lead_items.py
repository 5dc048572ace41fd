"""A line leading into a list ("Every item below must be complete before the first day of work:") is answered with
its items, a Markdown task list's included, and its boxes are not quoted; "a background check" asks the
pre-employment clearances (issue 13: facts outside the fixed kinds)."""

from __future__ import annotations

import pytest

from assistant.engine import Assistant

from conftest import corpus_assistant

LOCKSMITH = """# Locksmith and Access Control Technician

Sutherfield Community College District

## Definition

Under general supervision, installs and repairs locks, door hardware, keying systems and electronic access control
for the District's campuses, about 4,800 doors in all.

## Pre-employment checklist

Every item below must be complete before the first day of work:

- [ ] Live Scan fingerprint clearance through the Department of Justice and the FBI
- [ ] Tuberculosis risk assessment
- [ ] Pre-employment physical, including the ability to lift and carry 50 pounds
- [ ] Copy of driver's license and a DMV record acceptable to the District
- [ ] Signed key custody agreement

## Schedule

Technicians work five 8-hour shifts a week, including rotating weekends and holidays:

| Shift | Hours |
|---|---|
| Day | 6:30 a.m. - 3:00 p.m. |
| Evening | 2:30 p.m. - 11:00 p.m. |
| Night | 10:30 p.m. - 7:00 a.m. |

## Working Conditions

Work is performed indoors and outdoors, on ladders and in ceiling spaces.
"""


@pytest.fixture(scope="module")
def locksmith(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("lead-items"),
                            {"sutherfield-ccd-locksmith.md": LOCKSMITH}, shared_embeddings)


def test_a_lead_line_is_answered_with_all_its_task_items(locksmith: Assistant) -> None:
    answer = locksmith.ask("At Sutherfield Community College District, what has to be done before the first day for "
                           "the person who rekeys the doors and programs the card readers?")
    assert answer.answered, answer.text
    for item in ("Live Scan fingerprint clearance", "Tuberculosis risk assessment", "Pre-employment physical",
                 "Signed key custody agreement"):
        assert item in answer.text, answer.text
    assert "[ ]" not in answer.text


def test_a_background_check_is_answered_by_the_fingerprint_clearance(locksmith: Assistant) -> None:
    answer = locksmith.ask("Does the Sutherfield locksmith need a background check?")
    assert answer.answered and "fingerprint clearance" in answer.text, answer.text


def test_a_lead_line_over_a_table_is_answered_with_the_tables_rows(locksmith: Assistant) -> None:
    answer = locksmith.ask("For the Sutherfield college job that rekeys the doors and programs the card readers, what "
                           "shifts are there?")
    assert answer.answered, answer.text
    for hours in ("6:30 a.m. - 3:00 p.m.", "2:30 p.m. - 11:00 p.m.", "10:30 p.m. - 7:00 a.m."):
        assert hours in answer.text, answer.text
