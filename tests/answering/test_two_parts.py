"""A question in two parts (assistant.answering.two_parts), each part answered for what it names."""

from __future__ import annotations

from conftest import corpus_assistant

SERIES = """# Survey Technician I / Survey Technician II / Survey Party Chief

City of Brisco Falls

## Series Overview

| Classes | Survey Technician I (PW-311), Survey Technician II (PW-312), Survey Party Chief (PW-315) |

## Survey Technician I

### Definition

Under close supervision of the Survey Party Chief, the Survey Technician I holds the rod and prism, sets stakes and
records measurements.

## Survey Technician II

### Definition

Under general supervision of the Survey Party Chief, the Survey Technician II operates the total station and
data collectors.

## Survey Party Chief

### Definition

Survey Party Chief is the crew leader. Under direction of the City Surveyor, the Survey Party Chief plans and directs
the work of a field survey crew and trains Survey Technicians.
"""


def test_a_part_naming_a_class_of_the_series_is_answered_for_that_class(tmp_path, shared_embeddings) -> None:
    """"… who supervises the Survey Technicians, and who does the Survey Party Chief report to?": the second part is
    the Party Chief's, whose definition says it works under direction of the City Surveyor."""
    assistant = corpus_assistant(tmp_path, {"brisco-falls-survey-series.md": SERIES}, shared_embeddings)
    answer = assistant.ask("In the City of Brisco Falls survey series, who supervises the Survey Technicians, and who "
                           "does the Survey Party Chief report to?")
    assert answer.answered and "Survey Party Chief" in answer.text and "City Surveyor" in answer.text, answer.text


def test_a_part_asks_nothing_with_the_words_that_name_its_class_and_employer(tmp_path, shared_embeddings) -> None:
    """"What hours does Orrinford Community College District's Custodial Services Supervisor work, and is there a
    shift differential?": its first part asks the hours, not education ("College") nor supervision ("Supervisor")."""
    spec = ("# Custodial Services Supervisor\n\nOrrinford Community College District\n\n## Basic Function\n\n"
            "Under the direction of the Director of Facilities Services, plans, schedules and supervises the custodial "
            "operations of the District on the evening shift.\n\n## Qualifications\n\n- **Education:** Graduation from "
            "high school or equivalent.\n- **Experience:** Four years of custodial experience, including two years in "
            "a lead or supervisory capacity.\n\n## Working Conditions\n\n- **Schedule:** Evening shift, 2:30 p.m. to "
            "11:00 p.m., Monday through Friday. A shift differential of 5% of base pay is paid for the evening shift.\n")
    assistant = corpus_assistant(tmp_path, {"orrinford-ccd-custodial-services-supervisor.md": spec}, shared_embeddings)
    answer = assistant.ask("What hours does Orrinford Community College District's Custodial Services Supervisor "
                           "work, and is there a shift differential?")
    assert answer.answered and "2:30 p.m." in answer.citations[0].quote, answer.text


def test_the_next_level_after_a_duties_question_comes_with_what_it_pays(tmp_path, shared_embeddings) -> None:
    """"and the next level up?" after "what does a Custodian I do?": the Custodian II's passages, then its pay."""
    series = ("# Custodian Series\n\nAlderwick Unified School District\n\n| Class | Range | Hourly |\n|---|---|---|\n"
              "| Custodian I | 18 | $19.42 - $23.60 |\n| Custodian II | 21 | $20.91 - $25.42 |\n\n"
              "## Custodian I\n\nDefinition: This is the entry level of the series. Under direct supervision, a "
              "Custodian I performs routine cleaning of an assigned area of a school site.\n\n"
              "## Custodian II\n\nDefinition: This is the journey level of the series. Under general supervision, a "
              "Custodian II performs the full range of custodial work, including floor stripping and refinishing.\n")
    assistant = corpus_assistant(tmp_path, {"alderwick-usd-custodian-series.md": series}, shared_embeddings)
    first = "What does a Custodian I do at Alderwick Unified School District?"
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": assistant.ask(first).text}]
    answer = assistant.ask("and the next level up?", history)
    assert answer.answered and "floor stripping" in answer.text and "20.91" in answer.text, answer.text
    assert "19.42" not in answer.text, answer.text
    again = assistant.ask("and what do they do?", history)  # no level step: no pay added
    assert "20.91" not in again.text and "19.42" not in again.text, again.text
