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


def test_levels_named_by_the_plural_title_hold_the_requirement() -> None:
    """"Structural Welders II and III must obtain a Class B commercial driver's license …": the II and III need it,
    the I does not (the plural title names the levels as the singular does)."""
    text = ("# Structural Welder I / II / III\n\n## Special Requirements\n\nAll levels require a valid driver's license. "
            "Structural Welders II and III must obtain a Class B commercial driver's license within six months of "
            "appointment.\n")
    cards = {c.level: c for c in extract_cards(text, "welder", "Structural Welder I / II / III", "Gorseby County", "",
                                               ["I", "II", "III"])}
    assert not any("commercial" in lic for lic in cards["I"].licenses_required), cards["I"].licenses_required
    assert any("commercial" in lic for lic in cards["II"].licenses_required), cards["II"].licenses_required
    assert any("commercial" in lic for lic in cards["III"].licenses_required), cards["III"].licenses_required


def test_each_levels_grade_marked_by_its_numeral_in_brackets() -> None:
    """"Salary Biweekly Range 19 (I) and Range 22 (II); see the table": the II is on Range 22 and takes that row's
    pay, not the I's."""
    text = ("SHEET METAL MECHANIC I / SHEET METAL MECHANIC II\nSalary Biweekly Range 19 (I) and Range 22 (II); see the "
            "Biweekly Salary Ranges table\nSheet Metal Mechanic I: the working level.\nSheet Metal Mechanic II: the "
            "lead level.\nBiweekly Salary Ranges\nRange Step 1 Step 2 Step 3 Step 4 Step 5\n"
            "19 $2,268.00 $2,381.60 $2,500.80 $2,625.60 $2,756.80\n22 $2,619.20 $2,750.40 $2,888.00 $3,032.80 $3,184.00\n")
    cards = {c.level: c for c in extract_cards(text, "smm", "Sheet Metal Mechanic I / Sheet Metal Mechanic II",
                                               "State of Jessby", "", ["I", "II"])}
    assert cards["I"].grade == "19" and cards["II"].grade == "22", (cards["I"].grade, cards["II"].grade)
    assert cards["II"].salary_max == 3184.0, cards["II"].salary_max


def test_each_levels_grade_named_by_its_title_in_one_line() -> None:
    """"Title Examiner I is assigned to Range 18 and Title Examiner II to Range 22": each level's card takes its own
    range's row of the salary table (both had taken Range 20, the first row under the table's repeated header)."""
    text = ("TITLE EXAMINER I / TITLE EXAMINER II\nSalary Range 18, monthly Range 22, monthly\n\nDEFINITION\n"
            "Examines title to real property.\n\nSALARY SCHEDULE - MONTHLY\nRange Step 1 Step 2 Step 3\n"
            "Range 16 $3,950 $4,108 $4,272\nRange 18 $4,272 $4,443 $4,621\nRange Step 1 Step 2 Step 3\n"
            "Range 20 $4,621 $4,806 $4,998\nRange 22 $4,998 $5,198 $5,406\nTitle Examiner I is assigned to Range 18 "
            "and Title Examiner II to Range 22 (shaded).\n")
    cards = {c.level: c for c in extract_cards(text, "title", "Title Examiner I / Title Examiner II", "State of Palmer",
                                               "", ["I", "II"])}
    assert (cards["I"].grade, cards["I"].salary_min, cards["I"].salary_max) == ("18", 4272.0, 4621.0)
    assert (cards["II"].grade, cards["II"].salary_min, cards["II"].salary_max) == ("22", 4998.0, 5406.0)


def test_a_table_cells_requirement_is_not_optional_for_a_substitution_in_its_next_sentence() -> None:
    """A requirements row holds whole sentences: "High school diploma or GED and three years of experience …" then
    "An associate degree … may substitute for one year …". The substitution is the second sentence's, so the three
    years (and the diploma) are the class's requirement."""
    text = ("NURSERY CREW LEADER\n\nREQUIREMENTS\nEducation and experience | High school diploma or GED and three years "
            "of experience in nursery production, including one year as a lead worker. An associate degree in "
            "horticulture may substitute for one year of the non-lead experience.\nLicenses | Valid Class C driver's "
            "license at appointment.\n")
    card = extract_cards(text, "crew", "Nursery Crew Leader", "City of Tussock", "", [])[0]
    assert (card.experience_months, card.education_level) == (36, "high school")
