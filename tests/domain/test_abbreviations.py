"""Abbreviations in questions are read with their expansions, and never count as unknown words."""

from __future__ import annotations

from assistant.domain.abbreviations import expansion_kinds, is_abbreviation, with_expansions, without_expansions


def test_known_abbreviations_are_expanded_in_place():
    question = "x-ray tech, do i need BLS/CPR?"
    expanded = with_expansions(question)
    assert expanded == "x-ray tech, do i need BLS (basic life support)/CPR (cardiopulmonary resuscitation)?"
    assert without_expansions(expanded) == question


def test_ordinary_words_in_lower_case_are_not_expanded():
    assert with_expansions("ms word and pe teacher, ot") == "ms word and pe teacher, ot"
    assert with_expansions("Is OT paid?") == "Is OT (overtime) paid?"


def test_an_abbreviation_spelt_out_already_is_left_alone():
    assert with_expansions("CDL (commercial driver's license) needed?") == "CDL (commercial driver's license) needed?"


def test_a_passage_spelling_out_the_abbreviation_states_it():
    (cue, evidence), = expansion_kinds("do i need BLS?")
    assert cue.search("bls")
    assert evidence.search("A valid Basic Cardiac Life Support certificate is required")
    assert not evidence.search("Basic knowledge of office support software")
    assert is_abbreviation("CPR") and not is_abbreviation("carpenter")


def test_hours_weeks_and_special_education_shorthand_is_expanded():
    """"how many hrs a wk is the sped aide?" finds "hours per week" and "Special Education" passages, and none of
    its shorthand counts as a word the documents lack."""
    question = "how many hrs a wk is the sped aide? does it need an IEP meeting?"
    expanded = with_expansions(question)
    assert expanded == ("how many hrs (hours) a wk (week) is the sped (special education) aide? "
                        "does it need an IEP (individualized education program) meeting?")
    assert without_expansions(expanded) == question
    assert all(is_abbreviation(word) for word in ("hrs", "hr", "wk", "wks", "sped", "SPED", "iep"))
    (_, evidence), = expansion_kinds("is the SPED aide full time?")
    assert evidence.search("Student Services – Special Education") and not evidence.search("speed limit")


def test_an_everyday_word_is_read_with_the_word_specifications_write() -> None:
    from assistant.domain.abbreviations import with_expansions

    assert with_expansions("do they carry a gun?") == "do they carry a gun (firearm)?"


def test_capitals_spell_the_initials_of_a_name_written_out() -> None:
    from assistant.domain.abbreviations import spells_initials

    text = "Applications are reviewed by the Los Angeles Police Department and the Department of Water and Power."
    assert spells_initials("LAPD", text) and spells_initials("DWP", text)
    assert not spells_initials("lapd", text)  # typed in lower case: a word, not initials
    assert not spells_initials("LAFD", text)


def test_texting_shorthand_and_a_raise_are_read_as_the_documents_write_them() -> None:
    """"what step do new ppl start on and how do raises work": "ppl" is people, and a raise is what a pay plan calls
    a step increase; neither is a word the documents lack."""
    expanded = with_expansions("what step do new ppl start on and how do raises work")
    assert "ppl (people)" in expanded and "raises (step increases)" in expanded
    assert is_abbreviation("ppl") and is_abbreviation("raise")
