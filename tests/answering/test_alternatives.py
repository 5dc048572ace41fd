"""Alternative ways to qualify ("Either I … Or II …") are quoted after the option that was chosen."""

from __future__ import annotations

from assistant.answering.alternatives import following_options, or_list_siblings

SERIES = """## Minimum Qualifications

## Carpenter II

### Either I

One year of varied experience as a journey level carpenter.

and

Completion of a recognized apprenticeship in carpentry.

### Or II

Five years of varied carpentry experience. An Associate of Arts Degree may be substituted for two years.

## Carpenter Supervisor

### Either I

Two years of varied experience as a journey level carpenter.

### Or II

Six years of varied carpentry experience.
"""


def _after(sentence: str) -> list[str]:
    start = SERIES.index(sentence)
    return [SERIES[s:e] for s, e in following_options(SERIES, start, start + len(sentence))]


def test_the_other_option_of_the_same_class_is_found():
    assert _after("One year of varied experience as a journey level carpenter.") == ["Five years of varied carpentry experience."]
    assert _after("Two years of varied experience as a journey level carpenter.") == ["Six years of varied carpentry experience."]


def test_an_option_under_the_next_class_is_not_taken():
    # the last option of Carpenter II is followed by Carpenter Supervisor's own options, not by more of its own
    assert _after("Five years of varied carpentry experience.") == []


def test_plain_or_lines_and_patterns():
    text = "Education: a bachelor's degree in accounting.\nOR\nFour years of accounting experience.\n"
    start = 0
    end = text.index("\n")
    assert [text[s:e] for s, e in following_options(text, start, end)] == ["Four years of accounting experience."]
    text = "Pattern I: two years as a clerk.\nPattern II\nThree years of office work.\n\n## Salary\n$20 an hour"
    end = text.index("\n")
    assert [text[s:e] for s, e in following_options(text, 0, end)] == ["Three years of office work."]
    assert following_options("Two years as a clerk.\n\n## Salary\nOr II is not here.", 0, 21) == []



NUMBERED = """REQUIREMENTS/MINIMUM QUALIFICATIONS
1. Three years of full-time paid experience as a journey-level carpenter or electrician
performing a wide variety of building construction work; or
2. Two years of full-time paid experience in the class of Building Inspector Trainee; or
3. A bachelor's degree in civil engineering and one year of experience in building inspection.

PROCESS NOTES:
1. A valid Class C driver's license is required prior to appointment.
"""


def _siblings(sentence: str) -> list[str]:
    start = NUMBERED.index(sentence)
    return [" ".join(NUMBERED[s:e].split()) for s, e in or_list_siblings(NUMBERED, start, start + len(sentence))]


def test_items_joined_by_or_are_each_others_alternatives():
    # the degree item was chosen ("can I apply without a college degree?"): the two ways without one come with it
    assert _siblings("A bachelor's degree in civil engineering") == [
        "Three years of full-time paid experience as a journey-level carpenter or electrician performing a wide "
        "variety of building construction work; or",
        "Two years of full-time paid experience in the class of Building Inspector Trainee; or",
    ]
    assert _siblings("Two years of full-time paid experience") == [
        "Three years of full-time paid experience as a journey-level carpenter or electrician performing a wide "
        "variety of building construction work; or",
        "A bachelor's degree in civil engineering and one year of experience in building inspection.",
    ]


def test_a_list_not_joined_by_or_has_no_alternatives():
    assert _siblings("A valid Class C driver's license") == []
    text = "1. Two years as a clerk; and\n2. A high school diploma.\n"
    assert or_list_siblings(text, 3, 24) == []
