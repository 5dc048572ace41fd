"""Generic English names no subject a document must mention (assistant.answering.question_words)."""

from __future__ import annotations

from assistant.answering.question_words import is_generic


def test_verbs_of_moving_between_jobs_are_generic() -> None:
    """"get moved up to Operator I", "moving to days": no document need say "moved"; the job words still count."""
    for word in ("moved", "move", "moving", "goes"):
        assert is_generic(word), word
    for word in ("probation", "forklift", "differential"):
        assert not is_generic(word), word
