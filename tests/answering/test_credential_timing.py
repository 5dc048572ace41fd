"""Whether a credential is needed at hire or may be earned after (assistant.answering.credential_timing).

Two small specifications indexed into a real Chroma store with the real model; nothing is mocked.
"""

from __future__ import annotations

import pytest

from assistant.answering.credential_timing import asks_when_needed, timing_lead
from assistant.text import plain_spelling
from assistant.engine import Assistant

from conftest import corpus_assistant

HANDLER = """# Warehouse Materials Handler

Brackenfold Water District

## Duties
Receives, stores and issues pipe, fittings, meters and chemicals; loads trucks with a forklift.

## Licenses and Certificates
- A valid Class C driver's license at the time of filing.
- Must obtain a Class B commercial driver's license (CDL) within six (6) months of appointment.
"""

SURVEYOR = """# Land Surveyor

City of Carrowfield

## Minimum Qualifications
Four years of professional land surveying experience.

License: Possession of a valid license as a Professional Land Surveyor issued by the State Board is required at the
time of appointment. A Land Surveyor-in-Training certificate alone does not qualify.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("timing"), {"brackenfold-warehouse-materials-handler.md": HANDLER,
                                                                "carrowfield-land-surveyor.md": SURVEYOR}, shared_embeddings)


def test_the_question_and_the_passage_say_whether_and_when() -> None:
    assert asks_when_needed("do i need a cdl to apply")
    assert asks_when_needed("do i need my PLS before i start or can i get it after?")
    assert not asks_when_needed("What license does a Land Surveyor need?")
    assert not asks_when_needed("When is the deadline to apply for the Permit Technician job?")  # no yes/no question
    assert not asks_when_needed("What typing speed do I need to apply for Public Safety Dispatcher I?")
    assert not asks_when_needed("Saltreach PD has a job for officers who are already sworn at another department. "
                                "How much experience do they need?")  # a statement's "has a", then a "how" question
    assert asks_when_needed("coppermarsh warehouse job do i need a cdl to apply")
    later = "Must obtain a Class B CDL within six (6) months of appointment."
    assert timing_lead("do i need a cdl to apply", later) == \
        "No: it is not required to apply; it may be obtained after hire, within six (6) months of appointment."
    assert timing_lead("do i need a cdl before i start?", later) == \
        "No: it may be obtained after hire, within six (6) months of appointment."
    assert timing_lead("can i apply without a cdl?", later).startswith("Yes: it may be obtained after hire")
    at_hire = "A PLS license is required at the time of appointment."
    assert timing_lead("do i need my PLS before i start?", at_hire) == "Yes: it is required at the time of appointment."
    assert timing_lead("do i need my PLS before i start?", "Surveys property lines.") == ""
    card = "A valid State Registered Apprentice Plumber card or a Journey Plumber license at time of appointment."
    assert timing_lead("do i need my license before i start?", card) == "Yes: it is required at time of appointment."
    listing = "Applicants must list their EIT certification number in the application at the time of filing."
    assert timing_lead("do i need my EIT to apply?", listing) == ""  # a thing to list, no requirement to hold
    # due at appointment: not needed to apply ("b4" is a chat spelling of "before"), needed to start
    permit = "Permit: Each level requires the Child Development Permit at the time of appointment."
    assert asks_when_needed(plain_spelling("feltmarsh teacher 1 - do i need the permit b4 i apply?"))
    assert timing_lead("do i need the permit before i apply?", permit) == \
        "No: it is not needed to apply; it is required at the time of appointment."
    assert timing_lead("can i apply without the permit?", permit) == \
        "Yes: you may apply; it is required at the time of appointment."
    filing = "A valid Class B CDL is required at the time of application."
    assert timing_lead("do i need a cdl to apply", filing) == "Yes: it is required at the time of application."


def test_a_license_due_months_after_appointment_is_not_needed_to_apply(assistant: Assistant) -> None:
    answer = assistant.ask("brackenfold water district warehouse job do i need a cdl to apply", [])
    assert answer.answered and answer.text.startswith("No: it is not required to apply; it may be obtained after hire, within 6 months of appointment")
    assert "Class B commercial driver's license (CDL) within 6 months of appointment" in answer.text


def test_a_license_required_at_appointment_is_needed_before_starting(assistant: Assistant) -> None:
    answer = assistant.ask("carrowfield land surveyor - do i need my PLS before i start or can i get it after?", [])
    assert answer.answered and answer.text.startswith("Yes: it is required at the time of appointment")
    assert "Professional Land Surveyor" in answer.text


def test_experience_asked_beside_the_credential_is_answered_too(assistant: Assistant) -> None:
    """"do u need experience or a cert to apply??" asks the experience as well: no timing answer that speaks of the
    license alone."""
    answer = assistant.ask("carrowfield land surveyor do u need experience or a license to apply??", [])
    assert answer.answered and "Four years of professional land surveying experience" in answer.text, answer.text
