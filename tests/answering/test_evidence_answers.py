"""Answers from evidence on documents in layouts nobody tuned for (issue 13).

A small corpus written here, in two unfamiliar layouts (a posting with page furniture around it and a
key/value spec), indexed into a real Chroma store with the real model. The questions ask facts outside
every intent (union, drug test, share of time sitting), with typos, and facts the documents lack; the
follow-ups switch employer and step through a series. Nothing is mocked.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from assistant.answering.answer import Answer
from assistant.bench.evaluation import run_eval
from assistant.engine import Assistant
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.index.index import Index
from assistant.settings import Settings

from conftest import converse

POSTING = """Home > Careers > Job Details
Print Friendly
Share this page

=== Job Details ===

TRANSIT MAINTENANCE HELPER
Metro Valley Transit Authority

Class Code: 7712
Salary: $22.10 - $27.45 hourly

Job Summary
Assists mechanics in the maintenance and repair of buses and light rail vehicles at the central garage.

Typical Duties
Refuels and washes buses; puts out small fires in the garage with hand extinguishers.
Uses hand tools and power tools to replace brake pads, filters and tires.
Escorts children and disabled riders across the rail yard during service disruptions.

Union Representation
This classification is represented by Amalgamated Transit Union Local 1555.

Pre-Employment Requirements
Candidates must pass a pre-employment drug and alcohol screening under federal transit rules.
Must pass a medical examination.

Working Conditions
Approximately 20% of the time is spent sitting; the rest is spent standing, kneeling and climbing.
Work is performed in a noisy garage with exposure to grease and fumes.

How to Apply
Applications are kept on file for one year from the filing date.

An Equal Opportunity Employer
"""

COUNTY_CLERK_I = """COUNTY OF PINE RIDGE
Class Specification

Records Clerk I

Class Code: 3101

Definition
Under close supervision, files, retrieves and indexes public records at the entry level of the Records Clerk series.

Minimum Qualifications
Education: High school diploma or equivalent.
Experience: Six months of clerical experience.

Salary
$3,410 - $4,150 monthly
"""

COUNTY_CLERK_II = """COUNTY OF PINE RIDGE
Class Specification

Records Clerk II

Class Code: 3102

Definition
Under general supervision, maintains complex records systems and trains Records Clerk I staff; the journey level of the series.

Minimum Qualifications
Education: High school diploma or equivalent.
Experience: Two years of clerical records experience.

Salary
$3,890 - $4,730 monthly

Labor Relations
Represented by the Pine Ridge County Employees Union, Local 12.
"""

CITY_CLERK = """CITY OF PINE RIDGE
Human Resources - Class Specification

Records Clerk I

Class Code: R-10

Definition
Under immediate supervision, performs routine records work for city departments.

Minimum Qualifications
Experience: One year of general office experience.

Salary
$3,120 - $3,980 monthly
"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("unfamiliar") / "corpus"
    folder.mkdir()
    (folder / "transit-maintenance-helper.txt").write_text(POSTING)
    (folder / "county-records-clerk-1.txt").write_text(COUNTY_CLERK_I)
    (folder / "county-records-clerk-2.txt").write_text(COUNTY_CLERK_II)
    (folder / "city-records-clerk-1.txt").write_text(CITY_CLERK)
    return folder


@pytest.fixture(scope="module")
def assistant(corpus: Path, tmp_path_factory, shared_embeddings) -> Assistant:
    settings = Settings(data_dir=tmp_path_factory.mktemp("unfamiliar-data"), corpus_dir=corpus)
    index = Index(settings, embeddings=shared_embeddings)
    assert sync(index, [corpus]).added == 4
    return Assistant(settings, index=index)


def quoted(answer: Answer) -> str:
    return " ".join(c.quote for c in answer.citations)


def test_page_furniture_is_not_the_title(assistant: Assistant) -> None:
    titles = {d.doc_id: d.title for d in assistant.index.registry.ready_documents()}
    assert titles["transit-maintenance-helper"] == "Transit Maintenance Helper"


@pytest.mark.parametrize("question, fact", [
    ("Which union represents the Transit Maintenance Helper?", r"Amalgamated Transit Union Local 1555"),
    ("Is there a drug test for the transit maintenance helper job?", r"drug and alcohol screening"),
    ("How much of the time does a Transit Maintenance Helper spend sitting?", r"20% of the time"),
    ("wat union are transit maintenence helpers in", r"Amalgamated Transit Union"),
    # words no document has: a closed compound of two words it has, a word it says in other words
    ("Does a Transit Maintenance Helper do any firefighting?", r"small fires"),
    ("Does a transit maintenance helper deal with kids?", r"Escorts children"),
    ("Do transit maintenance helpers ever walk kids across the yard?", r"Escorts children"),
])
def test_a_fact_outside_every_intent_is_answered_and_cited(assistant: Assistant, question: str, fact: str) -> None:
    answer = assistant.ask(question)
    assert answer.answered, answer.text
    assert re.search(fact, answer.text) and re.search(fact, quoted(answer))
    assert {c.doc_id for c in answer.citations} == {"transit-maintenance-helper"}


@pytest.mark.parametrize("question", [
    "How many vacation days does a Transit Maintenance Helper get?",
    "What retirement plan covers the Pine Ridge County Records Clerk II?",
    # a duration and tools are in the posting, a probationary period and a tool allowance are not
    "How long is the probationary period for a Transit Maintenance Helper?",
    "Does Metro Valley Transit give Transit Maintenance Helpers a tool allowance?",
])
def test_a_fact_the_documents_lack_is_refused(assistant: Assistant, question: str) -> None:
    answer = assistant.ask(question)
    assert not answer.answered, answer.text
    assert answer.citations == []


def test_a_description_then_a_fact_finds_the_class_then_answers_about_it(assistant: Assistant) -> None:
    """The first part names no class but describes one; the second asks a fact of the class it describes."""
    answer = assistant.ask("Which job refuels and washes buses at the garage, and what is its class code?")
    assert answer.answered, answer.text
    assert "Transit Maintenance Helper" in answer.text and "7712" in answer.text
    assert {c.doc_id for c in answer.citations} == {"transit-maintenance-helper"}


def test_which_classes_lists_every_document_that_states_it(assistant: Assistant) -> None:
    answer = assistant.ask("Which classes are represented by a union?")
    assert answer.answered, answer.text
    assert {c.doc_id for c in answer.citations} == {"transit-maintenance-helper", "county-records-clerk-2"}
    assert "Local 1555" in answer.text and "Local 12" in answer.text


@pytest.mark.parametrize("first_question, follow_up, first_fact, fact, cited", [
    pytest.param("What is the salary of the Transit Maintenance Helper?",
                 "And what does the County of Pine Ridge pay a Records Clerk II?", "22.10", "3,890",
                 "county-records-clerk-2", id="a class named in the follow-up replaces the class in focus"),
    pytest.param("What experience does a Pine Ridge County Records Clerk I need?", "and the city one?",
                 "Six months", "One year", "city-records-clerk-1", id="the city one switches employer"),
    pytest.param("What experience does a Pine Ridge County Records Clerk I need?", "And the next level?",
                 "Six months", "Two years", "county-records-clerk-2", id="the next level follows the series"),
    pytest.param("What experience does a Pine Ridge County Records Clerk II need?", "Is there a labor union for them?",
                 "Two years", "Local 12", "county-records-clerk-2", id="a question with its own subject asks it"),
])
def test_follow_ups_change_the_class_in_focus(assistant: Assistant, first_question: str, follow_up: str,
                                              first_fact: str, fact: str, cited: str) -> None:
    first, second = converse(assistant, [first_question, follow_up])
    assert first_fact in first.text
    assert second.answered and fact in second.text
    assert {c.doc_id for c in second.citations} == {cited}


def test_eval_reports_the_same_figures_on_a_small_file(assistant: Assistant, corpus: Path, tmp_path: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    questions = [
        {"id": "u1", "type": "fact", "question": "Which union represents the Transit Maintenance Helper?",
         "must_include": ["Local 1555"], "gold_docs": ["transit-maintenance-helper"], "history": []},
        {"id": "u2", "type": "unanswerable", "question": "How many vacation days does a Transit Maintenance Helper get?",
         "must_include": [], "gold_docs": [], "history": []},
    ]
    qa = tmp_path / "qa.jsonl"
    qa.write_text("".join(json.dumps(q) + "\n" for q in questions))
    assert run_eval(assistant.settings, qa, as_json=True) == 0
    summary = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    overall = summary["summary"]
    assert overall["answer_accuracy"] == 1.0 and overall["false_refusals"] == 0.0 and overall["hit@5"] == 1.0
    assert overall["refusal_precision"] == 1.0 and overall["refusal_recall"] == 1.0


KETTLEBY_POSTING = """# Consumer Fraud Investigator

Salary $37.12 - $47.38 Hourly

Location Kettleby City Hall, 300 Market Street

Job Type Full-Time

Job Number 26-0417-CA

Department Office of the City Attorney - Consumer Protection Unit

Opening Date 03/23/2026

Closing Date 04/17/2026 5:00 PM Pacific

FLSA Non-Exempt

Bargaining Unit Kettleby Professional and Technical Employees Association (KPTEA)

## The Position

The Consumer Fraud Investigator investigates complaints of deceptive business practices for the City of Kettleby.

## Minimum Qualifications

Two years of full-time investigative experience in consumer protection.
"""


def test_a_field_read_as_a_heading_still_states_its_value(tmp_path, shared_embeddings) -> None:
    """A posting's details list ("FLSA Non-Exempt" alone on its line) reads as a heading over the next field; the line
    states the overtime status asked, so it is quoted, not the bargaining unit under it."""
    from conftest import corpus_assistant

    kettleby = corpus_assistant(tmp_path, {"city-of-kettleby-consumer-fraud-investigator.md": KETTLEBY_POSTING},
                                shared_embeddings)
    answer = kettleby.ask("Is the Consumer Fraud Investigator at the City of Kettleby eligible for overtime?")
    assert answer.answered, answer.text
    assert "Non-Exempt" in " ".join(c.quote for c in answer.citations), answer.text


DWYFORTH_BULLETIN = """DWYFORTH COUNTY
PHARMACIST

THE POSITIONS
Pharmacists dispense medications in the County's detention health pharmacy.

CONDITIONS OF EMPLOYMENT
PROBATION: 12 months
FLSA STATUS: Exempt
BARGAINING UNIT: Professional Unit (PEA Local 16)

Pharmacists are exempt from the overtime provisions of the FLSA. Under the Professional Unit agreement, a Pharmacist who
is required to work more than 80 hours in a biweekly pay period is paid straight-time pay for the extra hours.

WORK SCHEDULE: Pharmacists work 8-hour or 10-hour shifts, including weekends.
"""


def test_an_exempt_class_is_told_how_its_extra_hours_are_paid(tmp_path, shared_embeddings) -> None:
    """"Do they get overtime?" of a class exempt from overtime: the sentence on the pay for hours past the pay period's
    (straight-time) is part of the answer, not only the FLSA field."""
    from conftest import corpus_assistant

    dwyforth = corpus_assistant(tmp_path, {"dwyforth-county-pharmacist.txt": DWYFORTH_BULLETIN}, shared_embeddings)
    answer = dwyforth.ask("Do Pharmacists at Dwyforth County get overtime?")
    assert answer.answered, answer.text
    assert "straight-time" in answer.text, answer.text


def test_a_listed_passage_that_names_the_pay_is_followed_by_the_sentence_stating_its_amount(tmp_path, shared_embeddings) -> None:
    """"Which of these jobs pay standby for after-hours duty, and how much?": a page whose standby sentence states no
    amount has it in the next one ("Standby is paid at $3.00 per hour."), which the list quotes with it."""
    from conftest import corpus_assistant

    county = ("# Public Information Specialist\n\nMorlow County\n\n## Standby\n\nSpecialists rotate through a one-week "
              "after-hours media standby assignment, about one week in six. Standby is paid at $3.00 per hour.\n\n"
              "## Duties\n\nWrites news releases and social media posts.\n")
    transit = ("# Digital Content Specialist\n\nQuarrow Regional Transit Authority\n\n## Standby\n\nEmployees on the "
               "after-hours standby rotation receive standby pay of $2.50 per hour.\n\n## Duties\n\nEdits the rider "
               "website.\n")
    clerk = "# Records Clerk\n\nMorlow County\n\n## Duties\n\nFiles records and answers the telephone.\n"
    assistant = corpus_assistant(tmp_path, {"morlow-pi.md": county, "quarrow-digital.md": transit,
                                            "morlow-clerk.md": clerk}, shared_embeddings)
    answer = assistant.ask("Which of these jobs pay standby for after-hours duty, and how much?")
    assert "$2.50" in answer.text and "$3.00" in answer.text, answer.text
    assert "Records Clerk" not in answer.text, answer.text
    which = assistant.ask("Which of these jobs pay standby for after-hours duty?")  # the amount is what it pays
    assert "$2.50" in which.text and "$3.00" in which.text, which.text
