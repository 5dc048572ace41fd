"""Generic English names no subject a document must mention (assistant.answering.question_words)."""

from __future__ import annotations

from assistant.answering.question_words import is_generic


def test_verbs_of_moving_between_jobs_are_generic() -> None:
    """"get moved up to Operator I", "moving to days": no document need say "moved"; the job words still count."""
    for word in ("moved", "move", "moving", "goes"):
        assert is_generic(word), word
    for word in ("probation", "forklift", "differential"):
        assert not is_generic(word), word


def test_how_many_classes_are_compared_is_no_word_a_passage_must_hold() -> None:
    """"Which of the two labor market jobs lets you work from home more: …?": "two" counts the classes compared; a
    passage that says "Supervise two graduate research assistants" holds none of what is asked."""
    from assistant.answering.question_words import without_idioms

    asked = without_idioms("Which of the two labor market jobs lets you work from home more?")
    assert "two" not in asked.split() and "home" in asked
    assert "two" in without_idioms("Do they supervise two assistants?").split()  # a count asked about stays


def test_how_fast_or_how_soon_asks_a_time_and_names_nothing() -> None:
    """"how fast do u have to offer modified duty after restrictions come in?": the passage says "within 3 working
    days", never "fast"."""
    for word in ("fast", "quickly", "quick", "soon"):
        assert is_generic(word), word
