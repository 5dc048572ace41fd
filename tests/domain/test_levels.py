"""The one level rule (assistant.domain.levels) and the readers that share it."""

from __future__ import annotations

from assistant.domain.levels import SERIES_ORDER, is_roman, level_name, roman, series_rank, without_level
from assistant.ingest.docinfo import find_levels
from assistant.domain.levels import question_levels


def test_roman_reads_digits_and_any_case() -> None:
    assert [roman(t) for t in ("1", "2", "ii", "IV", "v", "VI", "6", "x")] == ["I", "II", "II", "IV", "V", None, None, None]
    assert is_roman("iii") and not is_roman("Intern")


def test_level_names_and_series_order() -> None:
    assert level_name("ii") == "II" and level_name("INTERN") == "Intern"
    assert sorted(["III", "Senior", "I", "Trainee", "Intern"], key=series_rank) == ["Intern", "Trainee", "I", "III", "Senior"]
    assert SERIES_ORDER[:3] == ("Intern", "Trainee", "I")


def test_without_level() -> None:
    assert without_level("Technician II") == "Technician"
    assert without_level("Network Administrator I/II") == "Network Administrator"
    assert without_level("Equipment Operator 3") == "Equipment Operator"
    assert without_level("Clerk") == "Clerk"


def test_ingest_and_query_read_levels_alike() -> None:
    text = "IT Systems Specialist III leads. IT Systems Specialist I learns. ITSS Intern helps. ITSS ii assists."
    assert find_levels(text, "IT Systems Specialist") == ["Intern", "I", "II", "III"]
    assert question_levels("what about level 2 and the ITSS III?") == ["II", "III"]
    assert question_levels("tech 1 with 2 years") == ["I"]


def test_levels_listed_after_a_title_are_all_read() -> None:
    assert question_levels("What are the hourly pay ranges for Accountant I, II and III at the County?") == ["I", "II", "III"]
    assert question_levels("Office Assistant I/II duties") == ["I", "II"]
    assert question_levels("Technician 1 or 2?") == ["I", "II"]
    assert question_levels("Accountant II and I at the County") == ["II", "I"]
    # "I" the pronoun is no level
    assert question_levels("Is it Accountant II and I want to apply") == ["II"]


def test_a_level_written_onto_an_abbreviation_is_read_apart():
    from assistant.domain.levels import detached_levels

    assert detached_levels("how much does an OA2 make?") == "how much does an OA 2 make?"
    assert detached_levels("do ITSS3s get overtime") == "do ITSS 3s get overtime"
    assert detached_levels("a 401k plan, W2 forms, mp3") == "a 401k plan, W2 forms, mp3"


def test_a_bare_numeral_after_an_article_is_another_level_once_one_is_named() -> None:
    assert question_levels("How closely is a Specialist I supervised, and does a II supervise anyone?") == ["I", "II"]
    assert question_levels("what does a II do") == []  # no level named before it: no class to be a level of


def test_the_pronoun_contracted_is_no_level_one() -> None:
    """"… a county job where I'd sign up laid-off workers …": "I'd" is the asker; "Office Assistant I's pay" is level I."""
    assert question_levels("I'm looking at a county job where I'd sign up laid-off workers for training.") == []
    assert question_levels("What is an Office Assistant I's pay?") == ["I"]


def test_a_series_level_is_named_by_its_whole_title() -> None:
    from assistant.domain.levels import level_title

    assert level_title("Child Nutrition Cook Series", "II") == "Child Nutrition Cook II"
    assert level_title("Network Administrator I/II", "I") == "Network Administrator I"


def test_initials_with_an_ampersand_name_no_level() -> None:
    from assistant.domain.levels import question_levels

    assert question_levels("How much of the Harlow Water I&C technician's time goes to calibration?") == []
    assert question_levels("What does an Analyst I & II make?") == ["I", "II"]
