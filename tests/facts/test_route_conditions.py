"""The fact-card route reads a list question's condition ("pay over $40 an hour", "exempt from overtime") and
tests cards against it; no index is needed."""

from __future__ import annotations

import re

import pytest

from assistant.facts.fields import parse_superlative
from assistant.facts.routing.conditions import parse_criteria
from assistant.facts.routing.number_words import say_number


@pytest.mark.parametrize("question, field", [
    ("Which jobs require a commercial driver's license?", "license"),
    ("Which jobs need a CDL?", "license"),
    ("Which IT classes pay over $40 an hour?", "pay"),
    ("Which jobs pay more than $70k a year?", "pay"),
    ("Which jobs require lifting 50 pounds or more?", "lift"),
    ("Which positions are exempt from overtime?", "overtime"),
    ("Which positions are eligible for overtime?", "overtime"),
    ("Which classes require a bachelor's degree?", "education"),
    ("Which classes require three or more years of experience?", "experience"),
])
def test_conditions_read_from_questions(question, field):
    assert [c.field for c in parse_criteria(question)] == [field]


def test_condition_details():
    from assistant.facts.model import FactCard

    exempt = parse_criteria("Which positions are exempt from overtime?")[0]
    eligible = parse_criteria("Which positions are eligible for overtime?")[0]
    card = FactCard(doc_id="x", overtime="exempt", spans={"overtime": (0, 5)})
    assert exempt.test(card) is True and eligible.test(card) is False
    pay = parse_criteria("Which jobs pay over $40 an hour?")[0]
    assert pay.test(FactCard(doc_id="a", hourly_max=40.15, annual_max=83512.0)) is True
    assert pay.test(FactCard(doc_id="b", hourly_max=34.69, annual_max=72155.2)) is False
    assert pay.test(FactCard(doc_id="c", grade="23")) is None
    assert not re.search(r"\d", pay.describe)  # the header cites nothing, so it prints no figure
    lift = parse_criteria("Which jobs require lifting 50 pounds or more?")[0]
    assert lift.test(FactCard(doc_id="d", max_lift_lbs=50)) is True
    assert lift.test(FactCard(doc_id="e", max_lift_lbs=40)) is False
    assert parse_criteria("Which jobs don't require a driver's license?") == []  # absence cannot be cited
    assert parse_superlative("What is the highest-paid class?").field == "pay"
    assert parse_superlative("Which job requires the most experience?").field == "experience"
    assert say_number(40) == "forty" and say_number(70000) == "seventy thousand" and say_number(40.5) is None


def test_credentials_either_named_and_an_endorsement_that_narrows() -> None:
    from assistant.facts.model import FactCard

    either = parse_criteria("Which jobs require first aid or CPR certification?")[0]
    assert either.test(FactCard(doc_id="bus", certifications_required=["First Aid"],
                                spans={"certifications_required[0]": (0, 9)})) is True
    assert either.test(FactCard(doc_id="air", certifications_required=["CPR/AED"],
                                spans={"certifications_required[0]": (0, 7)})) is True
    passenger = parse_criteria("Which jobs require a commercial driver's license with a passenger endorsement?")[0]
    plain = FactCard(doc_id="streets", licenses_required=["Class B Commercial Driver's License (CDL)"],
                     spans={"licenses_required[0]": (0, 9)})
    bus = FactCard(doc_id="bus", licenses_required=["Class B CDL with Passenger (P) endorsement"],
                   spans={"licenses_required[0]": (0, 9)})
    assert passenger.test(plain) is None and passenger.test(bus) is True
    assert "passenger endorsement" in passenger.describe


def test_a_colleges_or_schools_name_asks_for_no_degree() -> None:
    """"… the maintenance worker job at Thornbury Community College District?" names the employer: no list of the
    classes that need an associate's degree."""
    assert parse_criteria("What's the salary range for the maintenance worker job at Thornbury Community College "
                          "District?") == []
    assert [c.field for c in parse_criteria("which jobs require a community college degree?")] == ["education"]
    assert [c.field for c in parse_criteria("Which Fenwick Valley High School jobs need a bachelor's degree?")] == ["education"]


def test_a_credential_whose_name_opens_with_certified_is_that_credential() -> None:
    """"Which jobs require a Certified Energy Manager (CEM) certification?": "Certified" opens the credential's
    name; the list is of the jobs requiring it, not of every job requiring any certification."""
    from assistant.facts.model import FactCard

    cem = parse_criteria("Which of these jobs require a Certified Energy Manager (CEM) certification?")[0]
    assert cem.test(FactCard(doc_id="energy", certifications_required=["Certified Energy Manager (CEM)"],
                             spans={"certifications_required[0]": (0, 30)})) is True
    assert cem.test(FactCard(doc_id="relay", certifications_required=["NETA Level II"],
                             spans={"certifications_required[0]": (0, 13)})) is None
    assert cem.describe == "require a Certified Energy Manager CEM certification"
    # "which jobs mention it?" asks for any passage naming it: a premium paid for holding it mentions it too, and the
    # cards hold only what a job requires or prefers
    assert parse_criteria("Which of these jobs mention the Certified Internal Auditor (CIA) credential?") == []
    assert [c.field for c in parse_criteria("Which jobs require the Certified Internal Auditor (CIA) credential?")] == [
        "certification"]
