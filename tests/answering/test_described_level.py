"""A series named and one of its levels described or called by a word of its page: that level's own facts answer.

"What does Brackenfold County pay the survey technician who runs the field crew, checks the other technicians'
notes and keeps the GPS equipment budget?" names the series and describes its lead level by what it does; "the lead
survey technician who …" calls it by the word its page calls it (answering/described_level.py, used by
answering/chain.py). A real Chroma store and the real model index the page.
"""

from __future__ import annotations

from assistant.query.parts import does_clause

from conftest import corpus_assistant

SERIES = """# Survey Technician Series

Brackenfold County · Public Works Department

## Series concept

Survey Technicians collect, reduce and record field survey data for County road, drainage and property projects.

## Levels

### Survey Technician I

The entry level. Holds the rod and prism, sets stakes and hubs, and records measurements under close supervision.

### Survey Technician II

The journey level. Operates the total station and GPS receivers on routine control and topographic surveys and
reduces field notes in the office.

### Survey Technician III

The lead level. Runs the field crew on boundary and construction staking surveys, checks the field notes of the other
technicians and keeps the survey equipment budget, including GPS receiver replacement.

## Class information

| Class | Code | Grade | Monthly pay |
|---|---|---|---|
| Survey Technician I | 6611 | T14 | $3,980 - $4,840 |
| Survey Technician II | 6612 | T17 | $4,610 - $5,610 |
| Survey Technician III | 6613 | T20 | $5,340 - $6,490 |
"""


def test_the_clause_saying_what_a_job_does_is_found_after_any_noun() -> None:
    assert does_clause("What does Brackenfold County pay the survey technician who runs the field crew and checks "
                       "notes?") == "who runs the field crew and checks notes"
    assert does_clause("What is the salary of the job that requires a CDL?") == ""  # what it needs, not what it does
    assert does_clause("Who is the person that pays the bills?") == ""


def test_a_described_level_of_a_named_series_gets_that_levels_pay(tmp_path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"brackenfold-survey-technician-series.md": SERIES}, shared_embeddings)
    answer = assistant.ask("What does Brackenfold County pay the survey technician who runs the field crew, checks the "
                           "other technicians' field notes and keeps the equipment budget?")
    assert answer.answered, answer.text
    assert "5,340" in answer.text and "6,490" in answer.text, answer.text
    assert "3,980" not in answer.text and "4,610" not in answer.text, answer.text
    assert "Survey Technician III" in answer.text, answer.text


def test_a_question_asking_who_does_something_has_no_such_clause() -> None:
    assert does_clause("In the survey series, who supervises the Survey Technicians, and who does the Chief "
                       "report to?") == ""
    assert does_clause("Who supervises the Survey Technicians?") == ""
    assert does_clause("Tell me the pay, and who checks the field notes of the crew?") == ""


def test_a_word_before_the_title_that_one_levels_page_calls_it_names_that_level(tmp_path, shared_embeddings) -> None:
    """No "Lead Survey Technician" class: the Survey Technician III is "the lead level", and the question says what
    the job does. A word no level is called ("chief") leaves the class not there."""
    assistant = corpus_assistant(tmp_path, {"brackenfold-survey-technician-series.md": SERIES}, shared_embeddings)
    answer = assistant.ask("At Brackenfold County, what is the monthly pay of the lead survey technician who runs "
                           "the field crew?")
    assert answer.answered, answer.text
    assert "5,340" in answer.text and "3,980" not in answer.text, answer.text
    chief = assistant.ask("At Brackenfold County, what is the monthly pay of the chief survey technician who signs "
                          "the plats?")
    assert not chief.answered, chief.text


SHEET_METAL = """STATE OF ARDWYN - DEPARTMENT OF PERSONNEL ADMINISTRATION
SHEET METAL MECHANIC I / SHEET METAL MECHANIC II
Class codes 6631 (I); 6632 (II)

Definition of Series
Sheet Metal Mechanics lay out, fabricate, install and repair sheet metal items in State buildings, including HVAC
ductwork, roof flashing, gutters and equipment guards.

Distinguishing Characteristics
Sheet Metal Mechanic I: the working level. Fabricates and installs standard fittings and flashing from layouts and
instructions; work is checked on completion.
Sheet Metal Mechanic II: the advanced and lead level. Lays out complex duct fittings and transitions by pattern
development, leads crews of up to three mechanics and helpers, and estimates material and labor.

Minimum Qualifications
Sheet Metal Mechanic I: two years of experience in sheet metal fabrication and installation.
Sheet Metal Mechanic II: four years of journey-level sheet metal experience, including one year as a lead worker.
"""


def test_a_level_described_whose_levels_are_lines_of_one_block(tmp_path, shared_embeddings) -> None:
    """The series is named by words of its title and its levels are lines of one block, not headings ("Sheet Metal
    Mechanic II: the advanced and lead level. Lays out complex duct fittings …"): the level described answers."""
    assistant = corpus_assistant(tmp_path, {"ardwyn-sheet-metal-mechanic.txt": SHEET_METAL,
                                            "brackenfold-survey-technician-series.md": SERIES}, shared_embeddings)
    answer = assistant.ask("For the State of Ardwyn job that lays out complicated duct fittings by pattern development "
                           "and leads small sheet metal crews, how much experience do you need?")
    assert answer.answered, answer.text
    assert "four years" in answer.text and "two years" not in answer.text, answer.text
