"""How quoted passages are written into answers (assistant.answering.wording)."""

from __future__ import annotations

from assistant.answering.wording import clean_quote


def test_quotes_end_at_the_item_not_at_its_joining_word():
    assert clean_quote("- a typing speed of at least 32 net words per minute; and") == "a typing speed of at least 32 net words per minute"
    assert clean_quote("Two years of college or") == "Two years of college"
    assert clean_quote("Salt and pepper") == "Salt and pepper"


def test_quotes_lose_markdown_bold_marks():
    assert clean_quote("**Education:** Bachelor's degree in accounting.") == "Education: Bachelor's degree in accounting."
    assert clean_quote("Education:** Bachelor's degree") == "Education: Bachelor's degree"


def test_a_count_spelled_and_in_figures_reads_once_in_figures() -> None:
    from assistant.answering.wording import clean_quote

    assert clean_quote("Three (3) years of service, including probation.") == "3 years of service, including probation."
    assert clean_quote("within twelve (12) months; B2 within twenty-four (24) months") == "within 12 months; B2 within 24 months"
    # only where the word is that number
    assert clean_quote("Two (3) letters; Local (88) members") == "Two (3) letters; Local (88) members"
