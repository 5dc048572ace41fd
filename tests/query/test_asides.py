"""What a question says besides what it asks (assistant.query.asides): the asker's own aside after the question
is no part of it."""

from __future__ import annotations

from assistant.query.asides import without_set_aside
from assistant.query.intents import detect_intents

from conftest import corpus_assistant


def test_the_askers_aside_after_the_question_is_left_out() -> None:
    assert without_set_aside("how much does a stagehand lift? my back isnt great lol") == \
        "how much does a stagehand lift?"
    assert without_set_aside("I mean the knowledge part, not the experience.").strip(" .,") == "I mean the knowledge part"
    assert without_set_aside("Is it exempt? Is it union?") == "Is it exempt? Is it union?"
    assert without_set_aside("do i have to be a cop? im not POST certified").endswith("POST certified")
    # a clarification of what is asked stays ("I mean the knowledge part"), its set-aside part aside
    assert "knowledge" in without_set_aside("What must they know? I mean the knowledge part, not the experience.")


def test_the_heaviest_thing_asks_the_lifting_requirement() -> None:
    assert detect_intents("whats the heaviest stuff a stagehand has to lift")[0].name == "lift"
    assert detect_intents("what's the heaviest thing they carry?")[0].name == "lift"


BULLETIN = """TRELLOWAY CIVIC AUDITORIUM DISTRICT
EXAMINATION BULLETIN: STAGEHAND

THE POSITION
  STAGEHAND: Loads in and loads out touring productions; builds and strikes
  sets; hangs and focuses lighting.

CONDITIONS OF EMPLOYMENT
  Schedule: Calls may begin as early as 6:00 a.m. and end as late as 2:00 a.m.
  Physical: Lift and carry up to 75 pounds; climb ladders and work
                     at heights on the grid and the loading rail.
  Probation: Six (6) months.
  Eligible list: Remains in effect for twelve (12) months.
"""


def test_an_informal_lifting_question_with_an_aside_is_answered(tmp_path, shared_embeddings) -> None:
    """"whats the heaviest stuff … has to lift? my back isnt great lol": the asker's back is no word a passage must
    say; the "Physical:" line answers."""
    trelloway = corpus_assistant(tmp_path, {"trelloway-stagehand-bulletin.txt": BULLETIN}, shared_embeddings)
    answer = trelloway.ask("whats the heaviest stuff a trelloway stagehand has to lift? my back isnt great lol")
    assert answer.answered, answer.text
    assert "75 pounds" in answer.text or "75 pounds" in " ".join(c.quote for c in answer.citations), answer.text
