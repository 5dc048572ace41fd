"""What kind of fact a question asks for (assistant.query.intents)."""

from __future__ import annotations

from assistant.query.intents import detect_intents


def test_counting_days_is_not_a_salary_question():
    assert "salary" not in [i.name for i in detect_intents("How many vacation days per year does a mechanic earn?")]
    assert "salary" in [i.name for i in detect_intents("How much does a mechanic earn?")]
    assert "salary" in [i.name for i in detect_intents("How many dollars an hour does it pay?")]
