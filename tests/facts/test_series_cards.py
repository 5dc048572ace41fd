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
