"""'What's the difference between Custodian I and Custodian II?' on a series page: each level's own passages.

The page describes each level under its own heading, with "Distinguishing Characteristics:" and
"Definition:" label lines; the answer quotes what each named level's own passages say of it, one level after
the other, and prefixes a definition with its class ("Custodian I: Definition: …"), not with the whole heading
path. A real Chroma store and the real model index one small page.
"""

from __future__ import annotations

from conftest import corpus_assistant

SERIES = """# Groundskeeper Series

Pinecrest Unified School District

## GROUNDSKEEPER I

Definition: Under direct supervision, mows, trims and waters school lawns and athletic fields.

Distinguishing Characteristics: This is the entry level of the series; incumbents learn district methods.

## GROUNDSKEEPER II

Definition: Under general supervision, maintains irrigation systems and operates tractors and large mowers.

Distinguishing Characteristics: This is the journey level; incumbents work independently at several sites.

## MINIMUM QUALIFICATIONS

Groundskeeper I: No experience is required.

Groundskeeper II: One year of groundskeeping experience.
"""


def test_each_named_level_is_told_apart_by_its_own_passages(tmp_path, shared_embeddings) -> None:
    pinecrest = corpus_assistant(tmp_path, {"pinecrest-groundskeeper-series.md": SERIES}, shared_embeddings)
    answer = pinecrest.ask("What's the difference between Groundskeeper I and Groundskeeper II at Pinecrest?")
    assert answer.answered
    assert "entry level" in answer.text and "journey level" in answer.text
    assert answer.text.index("entry level") < answer.text.index("journey level")  # level I first
    assert "GROUNDSKEEPER I / Definition" not in answer.text
