"""The numbered row a question asks for ("the fifth period", "step 5") in a pay or progression table."""

from __future__ import annotations

from assistant.answering.numbered_rows import asked_row_number, opens_numbered_row


def test_the_period_or_step_asked_is_read_in_words_or_figures() -> None:
    assert asked_row_number("What does an apprentice earn in the fifth period?") == 5
    assert asked_row_number("what's step 3 pay") == 3
    assert asked_row_number("What is the 2nd year rate?") == 2
    assert asked_row_number("How many years of experience are required?") is None
    assert asked_row_number("What does Level II pay?") is None  # a level's numeral is no row number


def test_a_row_opens_on_its_number_and_states_a_figure() -> None:
    assert opens_numbered_row("5 4,001 - 5,000 80% $46.72", 5)
    assert opens_numbered_row("Step 5 | $31.20 | $64,896", 5)
    assert not opens_numbered_row("4,001 - 5,000 hours", 4)
    assert not opens_numbered_row("5.5 hours of training at $3", 5)
    assert not opens_numbered_row("5 years of experience", 5)  # no figure stated


def test_the_row_of_the_period_asked_answers_what_it_pays(tmp_path, shared_embeddings) -> None:
    """An apprentice scale printed one period a row: "… in the sixth period" is answered by the row opening on 6."""
    from conftest import corpus_assistant

    spec = ("# Lineworker Series\n\nHarlan Valley Power District\n\n## Lineworker Apprentice\n\nUnder close supervision, "
            "learns the line trade in a four-year apprenticeship of eight periods. An apprentice earns a higher "
            "rate in each period.\n\n## Apprentice Scale\n\n"
            "Period Hours % of Journey Rate Hourly\n1 0 - 1,000 60% $33.00\n2 1,001 - 2,000 65% $35.75\n"
            "3 2,001 - 3,000 70% $38.50\n4 3,001 - 4,000 75% $41.25\n5 4,001 - 5,000 80% $44.00\n"
            "6 5,001 - 6,000 85% $46.75\n7 6,001 - 7,000 90% $49.50\n8 7,001 - 8,000 95% $52.25\n\n"
            "## Journey Lineworker\n\nPerforms journey-level line work. Journey rate: $55.00 an hour.\n")
    assistant = corpus_assistant(tmp_path, {"harlan-lineworker-series.md": spec}, shared_embeddings)
    answer = assistant.ask("What does a Lineworker Apprentice at Harlan Valley earn in the sixth period?")
    assert answer.answered and "46.75" in answer.text, answer.text
