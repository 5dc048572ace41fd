"""One stated figure read as the class's pay (facts/extraction/money.py), and a figure that is no pay."""

from __future__ import annotations

from assistant.facts import extract_cards


def test_an_allowance_whose_label_ends_the_line_before_is_no_pay() -> None:
    """A PDF's salary section breaks "Uniform allowance:" from its "$1,150 per fiscal year": still an allowance."""
    text = ("# Harbor Patrol Officer\n\n## Salary\n\nStep advancement: one step each year. Uniform allowance:\n"
            "$1,150 per fiscal year, paid in two equal installments.\n\n## Duties\n\nPatrols the harbor.\n")
    card = extract_cards(text, "doc", "Harbor Patrol Officer")[0]
    assert card.salary_min is None and card.salary_max is None, (card.salary_min, card.salary_max)
    paid = extract_cards("# Aide\n\n## Salary\n\nPay rate:\n$15.50 per hour.\n", "doc", "Aide")[0]
    assert paid.salary_min == 15.5
