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
