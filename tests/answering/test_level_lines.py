"""A level's block under a plain line naming it ("Deputy Probation Officer II") answers for that level.

A PDF series specification gives each level its qualifications under a line that is only the level's name; the
II block's experience sentence names level I ("equivalent to a Deputy Probation Officer I"). Asked about level
II, the answer quotes the II block, not the I block's "None required". A real Chroma store and the real model
index one small plain-text specification.
"""

from __future__ import annotations

import pytest

from assistant.answering.level_lines import is_level_name_line, level_line_before
from assistant.engine import Assistant

from conftest import corpus_assistant

PROBATION = """HOLLOWAY COUNTY
CLASS SPECIFICATION
DEPUTY PROBATION OFFICER I/II

DEFINITION
Supervises adult and juvenile probationers and prepares reports for the Superior Court.

MINIMUM QUALIFICATIONS
Deputy Probation Officer I
Education: Graduation from a four-year college with a bachelor's degree in criminal justice or a related field.
Experience: None required. Volunteer work with at-risk youth is desirable.
Deputy Probation Officer II
Education: Same as Deputy Probation Officer I.
Experience: One (1) year of experience performing duties equivalent to a Deputy Probation Officer I with Holloway
County; OR two (2) years as a sworn probation officer with another agency.

SPECIAL REQUIREMENTS
Must possess a valid driver's license.
"""


def test_the_level_line_above_a_passage_names_its_level() -> None:
    title, levels = "Deputy Probation Officer I/II", ["I", "II"]
    second = PROBATION.index("Experience: One")
    first = PROBATION.index("Experience: None")
    assert level_line_before(PROBATION, second, title, levels) == "II"
    assert level_line_before(PROBATION, first, title, levels) == "I"
    assert level_line_before(PROBATION, PROBATION.index("Must possess"), title, levels) == ""  # a new section
    assert is_level_name_line("Deputy Probation Officer II", title, levels)
    assert not is_level_name_line("Deputy Probation Officer II: This is the journey level.", title, levels)


@pytest.fixture(scope="module")
def holloway(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("holloway"), {"holloway-dpo.txt": PROBATION}, shared_embeddings)


def test_a_levels_requirement_is_quoted_from_its_own_block(holloway: Assistant) -> None:
    answer = holloway.ask("How much experience does a Deputy Probation Officer II at Holloway County need?")
    assert answer.answered, answer.text
    quotes = " ".join(c.quote for c in answer.citations)
    assert "One (1) year of experience" in quotes, answer.text
    assert answer.text.startswith("1 year or 2 years [1]")  # the spelled durations, read plainly first
    assert "None required" not in quotes and "- Deputy Probation Officer II [" not in answer.text
    first = holloway.ask("How much experience does a Deputy Probation Officer I at Holloway County need?")
    assert "None required" in " ".join(c.quote for c in first.citations), first.text


def test_a_passage_labelled_with_the_series_class_asked_is_credited() -> None:
    from assistant.answering.level_lines import series_class_credit
    from assistant.text import tokens

    classes = [{"title": "Planner I"}, {"title": "Planner II"}, {"title": "Senior Planner"}]
    asked = set(tokens("senior planner at merriwick - do i need a masters??"))
    assert series_class_credit("Senior Planner: A bachelor's degree and four years.", classes, asked, True) > 0
    assert series_class_credit("Senior Planner is assigned to the Mid-Management Unit.", classes, asked, True) > 0
    assert series_class_credit("Senior Planner: A bachelor's degree and four years.", classes, asked, False) == 0
    assert series_class_credit("Planner I: A bachelor's degree.", classes, asked, False) < 0
    assert series_class_credit("UNIT: Planner I and Planner II are represented by Local 5.", classes, asked, True) < 0
    assert series_class_credit("A master's degree may substitute for one year.", classes, asked, True) == 0
    # the series' own word sets no class apart: nothing is credited
    plain = set(tokens("what does a planner need"))
    assert series_class_credit("Planner I: A bachelor's degree.", classes, plain, True) == 0


def test_a_series_page_passage_belongs_to_the_class_heading_above_its_subsection() -> None:
    from assistant.answering.level_lines import class_heading_before

    text = ("# Environmental Scientist Series\n## Level Descriptions\n### Senior Environmental Scientist – 7412\n"
            "#### Minimum Qualifications\nTwo years as a Journey scientist.\n### Principal Environmental Scientist – 7413\n"
            "#### Minimum Qualifications\nOne year as a Senior Environmental Scientist.\n"
            "## Knowledge and Abilities (All Levels)\nKnowledge of sampling.\n")
    titles = ["Senior Environmental Scientist", "Principal Environmental Scientist"]
    assert class_heading_before(text, text.index("Two years"), titles) == "Senior Environmental Scientist"
    assert class_heading_before(text, text.index("One year as"), titles) == "Principal Environmental Scientist"
    assert class_heading_before(text, text.index("Knowledge of sampling"), titles) == ""


def test_the_longest_class_title_a_heading_opens_with_is_its_class() -> None:
    from assistant.answering.level_lines import class_heading_before

    text = "## Engineering Technician III\n### Education/Experience\nFour years of experience.\n"
    titles = ["Engineering Technician I", "Engineering Technician II", "Engineering Technician III"]
    assert class_heading_before(text, text.index("Four years"), titles) == "Engineering Technician III"


def test_a_level_line_with_its_code_and_a_capitals_heading_above_a_block() -> None:
    from assistant.answering.level_lines import class_heading_before, is_level_name_line

    assert is_level_name_line("PROGRAM ANALYST II (44712)", "Program Analyst Series", ["I", "II", "III"])
    assert is_level_name_line("Program Analyst II – 44712", "Program Analyst I/II/III", ["I", "II", "III"])
    text = ("PROGRAM ANALYST I (44711)\n\nLevel Definition\n\nEntry level.\n\nMinimum Qualifications\n\nEither Pattern I: A "
            "degree.\n\nPROGRAM ANALYST II (44712)\n\nMinimum Qualifications\n\nEither Pattern I: A degree and one year.\n")
    titles = ["Program Analyst I", "Program Analyst II", "Program Analyst III"]
    assert class_heading_before(text, text.index("Either Pattern I: A degree."), titles) == "Program Analyst I"
    assert class_heading_before(text, text.index("Either Pattern I: A degree and"), titles) == "Program Analyst II"


def test_a_capitals_class_heading_with_its_code_in_brackets_owns_what_follows() -> None:
    from assistant.answering.level_lines import class_heading_before

    titles = ["Building Inspector I", "Building Inspector II", "Building Inspector III"]
    text = ("BUILDING INSPECTOR I / II / III\n\nSeries concept.\n\nBUILDING INSPECTOR II (Class Code 4412)\n\n"
            "Minimum Qualifications\n\nFour years of building inspection experience.\n")
    assert class_heading_before(text, text.index("Four years"), titles) == "Building Inspector II"
    # the series heading "I / II / III" names no one level
    assert class_heading_before(text, text.index("Series concept"), titles) == ""


RANGER = """STATE OF FALLOWMERE
CLASS SPECIFICATION
PARK RANGER SERIES

DEFINITION
Rangers patrol state parks, staff entrance stations and lead interpretive walks.

MINIMUM QUALIFICATIONS
Park Ranger 1
An associate degree in park management or a related field; OR a high school diploma and two years of visitor
services experience.
Park Ranger 2
One year of experience as a Park Ranger 1 with the State of Fallowmere; OR a bachelor's degree in natural resources
and one year of park operations experience.
Park Ranger 3
Two years of experience as a Park Ranger 2 with the State of Fallowmere, including lead duties.

PROBATION
Park Ranger 1: 12 months. Park Ranger 2 and Park Ranger 3: six months.
"""


def test_levels_written_as_digits_are_levels_of_the_series() -> None:
    title, levels = "Park Ranger Series", ["I", "II", "III"]
    assert is_level_name_line("Park Ranger 2", title, levels)
    assert level_line_before(RANGER, RANGER.index("One year of experience"), title, levels) == "II"
    assert not is_level_name_line("Park Ranger 2 years", title, levels)


@pytest.fixture(scope="module")
def fallowmere(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("fallowmere"), {"fallowmere-park-ranger.txt": RANGER}, shared_embeddings)


def test_the_next_level_after_a_digit_level_is_the_next_digit(fallowmere: Assistant) -> None:
    history = [{"role": "user", "content": "What are the minimum qualifications for a Park Ranger 1 with the State of Fallowmere?"},
               {"role": "assistant", "content": "An associate degree in park management [1]"}]
    answer = fallowmere.ask("and the next level up?", history)
    assert answer.answered, answer.text
    quotes = " ".join(c.quote for c in answer.citations)
    assert "One year of experience as a Park Ranger 1" in quotes, answer.text
    assert "An associate degree" not in quotes, answer.text
    assert "Park Ranger II (State of Fallowmere)" in answer.text and "Series II" not in answer.text, answer.text



def test_the_next_level_after_an_open_question_is_no_unknown_word(fallowmere: Assistant) -> None:
    """"What's the Park Ranger 1 job?" then "and the next level up?": no kind of fact asked, and "next" is no word a
    document must contain (it points at the level the conversation named)."""
    history = [{"role": "user", "content": "What's the Park Ranger 1 job with the State of Fallowmere?"},
               {"role": "assistant", "content": "Rangers patrol state parks and staff entrance stations [1]"}]
    answer = fallowmere.ask("and the next level up?", history)
    assert answer.answered and "next" not in answer.text.split(":")[0], answer.text
    assert "Park Ranger II" in answer.text, answer.text


def test_a_level_line_with_its_code_and_grade_opens_that_levels_block() -> None:
    text = ("1. CLASS TITLES, CODES AND PAY\n\n   a. Fleet Mechanic I     Class Code 6611   Pay Grade 14\n"
            "      Hourly: $22.41 - $29.12\n\n   b. Fleet Mechanic II    Class Code 6612   Pay Grade 16\n"
            "      Hourly: $25.18 - $32.73\n\n   c. Fleet Mechanic III   Class Code 6613   Pay Grade 18\n"
            "      Hourly: $28.30 - $36.79\n")
    title, levels = "Fleet Mechanic Series", ["I", "II", "III"]
    assert level_line_before(text, text.index("Hourly: $28.30"), title, levels) == "III"
    assert level_line_before(text, text.index("Hourly: $22.41"), title, levels) == "I"
    # it states the level's code and grade: it is no bare level name
    assert not is_level_name_line("Fleet Mechanic III   Class Code 6613   Pay Grade 18", title, levels)


ACCOUNTANT = """# Accountant I / Accountant II / Senior Accountant

City of Harwick Falls

## Accountant I

This is the entry level class. Salary range: $68,432 - $87,339 annually.

## Accountant II

This is the journey level class. Salary range: $76,502 - $97,640 annually.

## Senior Accountant

This is the supervisory class. Salary range: $88,514 - $112,970 annually.
"""


def test_a_title_naming_each_class_names_the_asked_level_alone(tmp_path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"harwick-accountant-series.md": ACCOUNTANT}, shared_embeddings)
    answer = assistant.ask("What does an Accountant II at the City of Harwick Falls earn?")
    assert "76,502" in answer.text, answer.text
    assert "Accountant II (City of Harwick Falls)" in answer.text and "Senior Accountant II" not in answer.text, answer.text


def test_a_digit_after_the_title_is_a_level_only_in_a_series_document() -> None:
    from assistant.answering.evidence import level_mentions

    assert level_mentions("Park Ranger 3: two years as a Park Ranger 2.", "Park Ranger Series", ["I", "II", "III"]) == [
        "III", "II"]
    # a one-level document's own title ("Environmental Scientist 2") names no level of a series
    assert level_mentions("is recruiting to fill two Environmental Scientist 2 positions", "Environmental Scientist 2",
                          []) == []
    assert level_mentions("Office Assistant I duties", "Office Assistant II", []) == ["I"]  # as before: a numeral


def test_a_class_heading_led_by_its_exam_number_holds_the_lines_under_it() -> None:
    """"  26-119  SENIOR PARK GROUNDS WORKER": a bulletin's class heading, indented and led by the exam's number."""
    from assistant.answering.level_lines import class_heading_before

    text = ("MINIMUM QUALIFICATIONS\n\n  26-118  PARK GROUNDS WORKER\n          (A) One year of paid experience.\n\n"
            "  26-119  SENIOR PARK GROUNDS WORKER\n          (A) Two years as a Park Grounds Worker.\n")
    titles = ["Park Grounds Worker", "Senior Park Grounds Worker"]
    assert class_heading_before(text, text.index("Two years"), titles) == "Senior Park Grounds Worker"
    assert class_heading_before(text, text.index("One year"), titles) == "Park Grounds Worker"


def test_the_plain_class_named_in_short_is_the_one_asked() -> None:
    """"ulsworth laundry worker exam": the plain class ("Laundry and Linen Worker") named in short, no word that sets
    its "Senior …" apart: the plain class's passages are wanted, the senior's are not."""
    from assistant.answering.level_lines import series_class_credit
    from assistant.text import tokens

    classes = [{"title": "Laundry and Linen Worker"}, {"title": "Senior Laundry and Linen Worker"}]
    asked = set(tokens("ulsworth laundry worker exam - is it a written test or hands on?"))
    assert series_class_credit("Physical ability test: Pass/Fail", classes, asked, True, "LAUNDRY AND LINEN WORKER") > 0
    assert series_class_credit("Oral examination: 50%", classes, asked, True, "SENIOR LAUNDRY AND LINEN WORKER") < 0
