"""The query plan of a follow-up (assistant.query.plan): what it asks, which class it is about (no index)."""

from __future__ import annotations

import pytest

from assistant.query.catalog import Catalog
from assistant.query.plan import plan_query

from query.test_catalog import SEEDS


def _history(question: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": "From the specification: ..."}]


@pytest.mark.parametrize("follow_up, asked_again", [
    ("and level I?", True),
    ("What about for the Office Assistant I?", True),
    ("Is there a background check?", False),
    ("Do they have to pass a drug screening?", False),
    ("are they armed?", False),  # a yes/no question of its own on one word
    ("and is it the same for level I?", True),
])
def test_a_follow_up_asks_the_last_thing_again_only_when_it_asks_nothing_of_its_own(follow_up: str,
                                                                                      asked_again: bool) -> None:
    plan = plan_query(follow_up, _history("What are the requirements for the Office Assistant II?"),
                      Catalog.from_documents(SEEDS))
    assert ("qualifications" in plan.intent_names) == asked_again, plan.intent_names


@pytest.mark.parametrize("follow_up, level", [("and the next rank up?", "III"), ("what about one rank down?", "I")])
def test_a_rank_steps_along_a_series_as_a_level_does(follow_up: str, level: str) -> None:
    """A fire or police series is climbed by rank: "the next rank up" after the ITSS II is the ITSS III."""
    plan = plan_query(follow_up, _history("What grade is an ITSS II at MCPS?"), Catalog.from_documents(SEEDS))
    assert plan.from_history and plan.levels == [level], plan.levels


def test_is_it_different_asks_the_last_thing_again_in_another_case() -> None:
    """"Is it different if you work for DWP?" after a pay question asks about pay, not how two classes differ."""
    plan = plan_query("is it different if you work for the water department?",
                      _history("How much does the City of Alder pay an Office Assistant II?"), Catalog.from_documents(SEEDS))
    assert plan.intent_names == ["salary"]
    assert "  " not in plan.standalone  # the earlier question without its names, spaces collapsed


def test_misspelled_cue_words_cue_their_kind_of_fact_with_a_dictionary(shared_embeddings) -> None:
    catalog = Catalog.from_documents([])
    question = "wat do u need to be a permit tech? like the minmum stuff"
    plan = plan_query(question, [], catalog, shared_embeddings.dictionary())
    assert "qualifications" in plan.intent_names
    assert "minimum" in plan.question and plan.standalone == question  # the typed question is kept for display


def test_initials_the_question_defines_are_a_name_not_an_asked_word() -> None:
    catalog = Catalog.from_documents(SEEDS)
    plan = plan_query("Who does a Transit Operations Dispatcher at ART (Ashgrove Regional Transit Authority) report to?",
                      [], catalog)
    assert "art" in plan.name_tokens
    plan = plan_query("Does the Ashgrove Regional Transit Authority (ART) pay overtime?", [], catalog)
    assert "art" in plan.name_tokens
    assert "art" not in plan_query("Is ART (a class in painting) taught?", [], catalog).name_tokens


def test_a_clause_describing_the_job_asks_nothing_when_the_rest_asks() -> None:
    """"… helps them apply for victim compensation, what are the minimum qualifications?": the describing clause's
    "compensation" is a duty, not a pay question."""
    catalog = Catalog.from_documents(SEEDS)
    plan = plan_query("For the county job that helps crime victims apply for victim compensation, what are the minimum "
                      "qualifications?", [], catalog)
    assert plan.intent_names == ["qualifications"]
    # a description with nothing asked after it keeps what it asks
    assert "salary" in plan_query("How much does the job that handles victim compensation pay?", [], catalog).intent_names


def test_a_bodys_capitalised_name_asks_nothing() -> None:
    """"… at the Madrone County Office of Education": the employer's office is named; no education is asked."""
    plan = plan_query("Do Head Start teachers at the Madrone County Office of Education get a bilingual stipend?", [],
                      Catalog.from_documents(SEEDS))
    assert "education" not in plan.intent_names and "differential" in plan.intent_names, plan.intent_names
    asked = plan_query("What education does a Head Start teacher need?", [], Catalog.from_documents(SEEDS))
    assert "education" in asked.intent_names


def test_a_school_by_its_name_asks_no_diploma() -> None:
    """"… the night custodian job at Brackenridge High School": a place; "a High School diploma" is still asked."""
    plan = plan_query("What are the hours of the night custodian job at Brackenridge High School?", [],
                      Catalog.from_documents(SEEDS))
    assert "education" not in plan.intent_names and "on_call" in plan.intent_names, plan.intent_names
    for question in ("Do I need a High School diploma for the custodian job?", "Does the job need High School?"):
        assert "education" in plan_query(question, [], Catalog.from_documents(SEEDS)).intent_names, question


def test_the_asked_words_a_describing_clause_runs_over_lead_the_kinds_of_fact() -> None:
    """"Who does the college district employee who runs the motor pool, … and driver authorizations report to?": the
    clause describing the job runs to the question's end, over "report to"; that is what is asked, not the licence
    its "driver authorizations" would cue, nor the education its "college district" would."""
    plan = plan_query("Who does the college district employee who runs the motor pool, the fuel card program and "
                      "driver authorizations report to?", [], Catalog.from_documents([]))
    assert plan.intent_names[0] == "reports_to" and "education" not in plan.intent_names, plan.intent_names


def test_a_describing_clause_lends_no_kind_of_fact_to_the_question_after_it() -> None:
    """"For the state job that runs … 911 location data …, how much travel is involved?": travel is what is asked, a
    kind no rule knows; the clause's "location" asks nothing. A clause run on to the question's end still lends its
    ending ("Who does the employee who keeps the judge's calendar report to?")."""
    catalog = Catalog.from_documents(SEEDS)
    travel = plan_query("For the state job that runs the VoIP call control platform, SIP trunks and 911 location data "
                        "for state agencies, how much travel is involved?", [], catalog)
    assert "location" not in travel.intent_names, travel.intent_names
    run_on = plan_query("Who does the court employee who keeps the judge's calendar report to?", [], catalog)
    assert "reports_to" in run_on.intent_names, run_on.intent_names
