"""The one follow-up rule (assistant.domain.follow_up): the planner and the facts route read the same words."""

from __future__ import annotations

import pytest

from assistant.domain.follow_up import leans_on_history


@pytest.mark.parametrize("question", [
    "And level II?", "What about the county one?", "How about the next level?", "What of the grade?",
    "Does it need a license?", "What is its pay grade?", "Do they work weekends?", "Is that job exempt?",
    "Compare both of them", "Same for this class?",
])
def test_follow_ups(question: str) -> None:
    assert leans_on_history(question)


@pytest.mark.parametrize("question", [
    "Which IT jobs pay the most?", "What does the IT Systems Specialist earn?", "Which jobs require a CDL?",
])
def test_fresh_questions(question: str) -> None:
    assert not leans_on_history(question)
