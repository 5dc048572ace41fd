"""Pay of one level read through the grade a series line gives it, and questions whose words the metadata misreads.

- "What's the top monthly pay for an Autopsy Assistant II …?" of a page saying "Salary Range 12 (I) and Range 15
  (II), monthly; see the salary table": the Range 15 row, not the first or last row of the table.
- A series page whose employer the catalog did not read (its letterhead names a personnel board) still answers a
  question naming its class and employer, from that class's passages, not "no … specification for … is in the
  documents".
- "How much does a Relocation Assistance Specialist make?": "relocation" is a word of the class's name, not a pay
  item asked ("How much relocation pay …?" still is).
- "… work a compressed schedule such as a 9/80 or a 4/10?": either arrangement answers it.

A real Chroma store and the real model index the pages.
"""

from __future__ import annotations

import pytest

from assistant.engine import Assistant

from conftest import corpus_assistant

AUTOPSY = """STATE OF BRANDERMOOR - DEPARTMENT OF HEALTH
AUTOPSY ASSISTANT I / AUTOPSY ASSISTANT II
Class codes 6621 (I); 6622 (II)
Salary Range 12 (I) and Range 15 (II), monthly; see the salary table below

DEFINITION OF SERIES
Autopsy Assistants prepare decedents for examination, assist forensic pathologists during autopsies and keep the
morgue clean and stocked.

SALARY TABLE (MONTHLY)
Range Step 1 Step 2 Step 3 Step 4
Range 11 $3,310 $3,442 $3,580 $3,723
Range 12 $3,476 $3,615 $3,759 $3,909
Range 15 $4,023 $4,184 $4,352 $4,895
Range 16 $4,224 $4,393 $4,569 $5,140
"""

LICENSING = """ARDENMOOR PERSONNEL BOARD
CLASS SPECIFICATION
LICENSE REVIEW ANALYST I / LICENSE REVIEW ANALYST II

DEFINITION
License Review Analysts review applications for the licenses the Ardenmoor Division of Trade Licensing issues.

ADVANCEMENT
A License Review Analyst I may be advanced to License Review Analyst II without examination after 12 months of
satisfactory service and completion of the Division's 40-hour Licensing Law course, on the recommendation of the
Bureau Chief.
"""

RELOCATION = """# Relocation Assistance Specialist

City of Marrowfield

Salary $34.27 - $43.74 Hourly

## Duties

Interviews displaced households and businesses and computes their moving and replacement housing payments.
"""

UTILITY = """# Utility Relocation Coordinator

Ormsby Sanitary District

- Schedule: 9/80, Monday - Thursday 7:00 a.m. - 4:30 p.m., every other Friday off

## Duties

Coordinates the relocation of gas, power and telecommunication lines that conflict with District sewer projects.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("series-pay"),
                            {"brandermoor-autopsy-assistant.txt": AUTOPSY, "ardenmoor-license-review-analyst.txt": LICENSING,
                             "marrowfield-relocation-assistance-specialist.md": RELOCATION,
                             "ormsby-utility-relocation-coordinator.md": UTILITY},
                            shared_embeddings)


def test_a_levels_pay_is_the_row_of_the_grade_its_numeral_marks(assistant: Assistant) -> None:
    answer = assistant.ask("What's the top monthly pay for an Autopsy Assistant II with the State of Brandermoor?")
    assert answer.answered and "4,895" in answer.text, answer.text
    assert "5,140" not in answer.text and "4,027" not in answer.text, answer.text


def test_a_class_whose_employer_the_catalog_missed_answers_as_that_class(assistant: Assistant) -> None:
    answer = assistant.ask("How does a License Review Analyst I with the State of Ardenmoor become an Analyst II?")
    assert answer.answered, answer.text
    assert "12 months" in answer.text and "Licensing Law" in answer.text, answer.text


def test_a_pay_item_word_in_the_class_name_asks_no_pay_item(assistant: Assistant) -> None:
    answer = assistant.ask("How much does a Relocation Assistance Specialist make at the City of Marrowfield?")
    assert answer.answered and "34.27" in answer.text, answer.text
    item = assistant.ask("How much relocation pay does the Relocation Assistance Specialist at the City of Marrowfield get?")
    assert not item.answered, item.text


def test_either_arrangement_offered_answers(assistant: Assistant) -> None:
    answer = assistant.ask("Does the Utility Relocation Coordinator at Ormsby Sanitary District work a compressed "
                           "schedule such as a 9/80 or a 4/10?")
    assert answer.answered and "9/80" in answer.text, answer.text
