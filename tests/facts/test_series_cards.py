"""The level cards of a series document (facts/extraction/extract.py): what each level is called."""

from __future__ import annotations

from assistant.facts import extract_cards


def test_a_level_card_of_a_series_page_names_the_class_not_the_series() -> None:
    """"Environmental Health Specialist Series" with levels I-III: the level card is "Environmental Health
    Specialist III", the name a list answer prints and a reader looks for, not "… Series III"."""
    text = ("# Environmental Health Specialist Series\n\nCounty of Westmarch\n\n"
            "## Environmental Health Specialist I\n\nInspects food facilities under close supervision.\n\n"
            "## Environmental Health Specialist III\n\nLeads inspection teams. FLSA: Exempt.\n")
    cards = extract_cards(text, "ehs", "Environmental Health Specialist Series", "County of Westmarch", "", ["I", "III"])
    assert [card.label for card in cards[1:]] == ["Environmental Health Specialist I", "Environmental Health Specialist III"]
    assert cards[2].overtime == "exempt"


SERIES_TABLE = """# Accounting Technician Series

City of Lanterbury

Class Code | Class Title | Grade | Hourly Minimum | Hourly Maximum | Annual Minimum | Annual Maximum
2211 | Accounting Technician I | 14 | $21.35 | $27.25 | $44,408 | $56,680
2212 | Accounting Technician II | 16 | $23.54 | $30.04 | $48,963 | $62,483

## Definition

Performs paraprofessional accounting work. FLSA: Non-Exempt.
"""


def test_a_series_tables_row_gives_its_level_the_grade_and_the_range_of_its_own_row() -> None:
    """The class's name in the title column after its code ("2212 | Accounting Technician II | 16 | …") gives
    that row to level II, and of the hourly and annual columns side by side the hourly pair is its range (the
    whole series' card had read the hourly minimum column from the first row down: $21.35 to $30.04)."""
    cards = extract_cards(SERIES_TABLE, "acct", "Accounting Technician Series", "City of Lanterbury", "", ["I", "II"])
    by_level = {card.level: card for card in cards}
    assert (by_level["I"].grade, by_level["I"].salary_min, by_level["I"].salary_max) == ("14", 21.35, 27.25)
    assert (by_level["II"].grade, by_level["II"].salary_min, by_level["II"].salary_max) == ("16", 23.54, 30.04)
    assert by_level["II"].salary_unit == "hourly"
