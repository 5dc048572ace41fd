"""Which words of a question no document has (assistant.answering.evidence.unknown_terms): a class's initials typed
in lower case and "supposed to" are no such word; a thing the documents lack is."""

from __future__ import annotations

from assistant.answering.evidence import unknown_terms
from assistant.query.plan import plan_query

from conftest import corpus_assistant

SPEC = """# Substance Use Disorder Counselor I

Harnwell County

## Definition

Provides individual and group counseling to adults in outpatient substance use disorder treatment. The mobile
team arrives at a referral within 60 minutes.

## Licenses

A Counselor I must be registered with a state-approved certifying organization within 30 days of hire.
"""


def test_initials_in_lower_case_and_supposed_to_are_known_a_missing_thing_is_not(tmp_path, shared_embeddings) -> None:
    harnwell = corpus_assistant(tmp_path, {"harnwell-county-sud-counselor.md": SPEC}, shared_embeddings)
    snap = harnwell.snapshots.get(harnwell.index)

    def unknown(question: str) -> list[str]:
        return unknown_terms(plan_query(question, [], snap.catalog), snap)

    assert unknown("harnwell sud counselor job - do i have to be registered when i apply?") == []
    assert unknown("How soon is the Harnwell mobile team supposed to arrive at a referral?") == []
    assert unknown("do harnwell sud counselors get a flu shot?") == ["flu"]  # (a shot is a vaccination)
    # the words of the phrase that asks the kind of fact are its cue, not a thing a passage must name
    assert unknown("Does a harnwell sud counselor start at a higher rate?") == []
    # buying is how one gets a thing, not the thing asked ("… or do i have to buy my own")
    assert unknown("harnwell sud counselor - is outpatient group counseling given or do i have to buy my own?") == []


def test_yet_names_nothing_asked(tmp_path, shared_embeddings) -> None:
    """"… if i dont have my license yet?": "yet" is how the question is put, no term a passage must hold."""
    from assistant.answering.evidence import question_terms

    harnwell = corpus_assistant(tmp_path, {"harnwell-county-sud-counselor.md": SPEC}, shared_embeddings)
    snap = harnwell.snapshots.get(harnwell.index)
    plan = plan_query("harnwell sud counselor I - can i apply if i dont have my registration yet??", [], snap.catalog)
    assert "yet" not in question_terms(plan, snap)
