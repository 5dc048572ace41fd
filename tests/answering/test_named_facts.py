"""Facts a passage must name, and facts stated where the rules did not look.

- Remote work is stated by name or not at all: "Field work includes home visits" does not say a probation
  officer may work from home.
- "is it on call?" (with a space) asks about on-call duty, even as a follow-up about another fact.
- A heading can state the figure asked ("Oral Examination (Weighted 100%)").
- "if they didn't" has no word a document must mention.

A real Chroma store and the real model index two small specifications.
"""

from __future__ import annotations

import pytest

from assistant.answering.passage_scores import content_terms
from assistant.engine import Assistant

from conftest import converse, corpus_assistant

PROBATION = """# Deputy Probation Officer

Varley County

## Definition

Supervises adult probationers and prepares presentence reports for the Superior Court.

## Working Conditions

Field work includes home visits in all neighborhoods of the County and contact with hostile individuals.

## Probationary Period

Twelve (12) months.
"""

CREW_LEADER = """# Road Crew Leader

Varley County

## Definition

Leads a crew that maintains county roads, shoulders and drainage ditches.

## License

Must possess a valid Class A Commercial Driver License at the time of appointment.

## Special Requirements

Must be available for on-call duty for snow and ice control and other 24-hour road emergencies.

## Examination

The most qualified candidates will be invited to an oral examination on road maintenance methods.

### Oral Examination (Weighted 100%)

Candidates must achieve a minimum score of 70% to be placed on the eligible list.
"""


@pytest.fixture(scope="module")
def varley(tmp_path_factory, shared_embeddings) -> Assistant:
    files = {"varley-dpo.md": PROBATION, "varley-crew-leader.md": CREW_LEADER}
    return corpus_assistant(tmp_path_factory.mktemp("varley"), files, shared_embeddings)


def test_remote_work_is_stated_by_name_or_not_at_all(varley: Assistant) -> None:
    answer = varley.ask("Can Varley County Deputy Probation Officers work from home part of the week?")
    assert not answer.answered, answer.text
    assert "remote work" in answer.text or "from home" in answer.text


def test_on_call_with_a_space_is_asked_in_a_follow_up(varley: Assistant) -> None:
    _, answer = converse(varley, ["What license does a Varley County Road Crew Leader need?", "is it on call?"])
    assert answer.answered, answer.text
    assert "on-call duty for snow" in " ".join(c.quote for c in answer.citations), answer.text


def test_a_heading_that_states_the_figure_asked_is_quoted(varley: Assistant) -> None:
    answer = varley.ask("How much does the oral exam count for the Varley County Road Crew Leader?")
    assert answer.answered, answer.text
    assert "Weighted 100%" in " ".join(c.quote for c in answer.citations), answer.text


def test_a_negative_contraction_names_nothing() -> None:
    assert content_terms("can write them a ticket if they didn't pay", set()) == ["writ", "ticket", "pay"]
