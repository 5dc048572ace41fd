"""The word helpers at the bottom of the package (no index, no model)."""

from __future__ import annotations

import pytest

from assistant.text import abbreviates, compound_parts, near_spelling, stem


@pytest.mark.parametrize("short, word", [("cert", "certificate"), ("drvr", "driver"), ("asst", "assistant"),
                                         ("mgmt", "management"), ("eng", "engineering"), ("maint", "maintenance")])
def test_hurried_abbreviations_are_recognised(short: str, word: str) -> None:
    assert abbreviates(short, word)


@pytest.mark.parametrize("short, word", [("ot", "overtime"), ("cat", "cut"), ("drv", "dr"), ("xrt", "driver"),
                                         ("dvr", "driver"), ("cares", "career")])
def test_other_words_are_not_abbreviations(short: str, word: str) -> None:
    assert not abbreviates(short, word)


def test_bare_word_drops_possessives_and_apostrophes():
    from assistant.text import bare_word

    assert [bare_word(w) for w in ("lapd's", "city’s", "don't", "clerk")] == ["lapd", "city", "dont", "clerk"]


def test_a_closed_compound_splits_into_two_words_of_the_text() -> None:
    assert compound_parts("firefight", {"fights", "fires"}) == ("fire", "fight")
    assert compound_parts("downtown", {"down", "towns"}) == ("down", "town")
    assert compound_parts("firewall", {"fires"}) is None
    assert compound_parts("cargo", {"car", "go"}) is None  # too short to be a compound
    assert compound_parts("allowanc", {"allowed", "and", "any"}) is None  # "anc" is no word of its own
    # "pushups" for a text's "push-ups": the head is a word of the text, the tail a particle it drops as a stopword
    assert compound_parts("pushup", {"push", "run"}) == ("push", "up")
    assert compound_parts("checkin", {"check", "desk"}) == ("check", "in")
    assert compound_parts("cabin", {"cab"}) is None
    assert compound_parts("situp", {"sit", "ups"}) == ("sit", "up")


@pytest.mark.parametrize("typed, word", [("accross", "across"), ("educaton", "education"), ("offce", "office"),
                                         ("maintanence", "maintenance"), ("certifcation", "certification")])
def test_a_typo_is_a_near_spelling(typed: str, word: str) -> None:
    assert near_spelling(typed, word)


@pytest.mark.parametrize("other, word", [("electrician", "electrical"), ("transit", "transfer"), ("helper", "holder"),
                                         ("audit", "auditor"), ("cat", "car")])
def test_another_word_is_not_a_near_spelling(other: str, word: str) -> None:
    """A different ending is a different word, not a typo; short words must match exactly."""
    assert not near_spelling(other, word)


def test_plain_spelling_writes_out_chat_spellings_and_fixes_misspelled_known_words() -> None:
    from assistant.text import plain_spelling

    dictionary = {stem(w) for w in ("what", "you", "need", "minimum", "stuff", "police", "policy", "permit")}
    known = ("minimum", "qualifications", "policy")
    assert plain_spelling("wat do u need? the minmum stuff", known, dictionary) == "what do you need? the minimum stuff"
    assert plain_spelling("police rules", known, dictionary) == "police rules"  # spelled right: not "policy"
    assert plain_spelling("wat do u need", known) == "what do you need"  # without a dictionary: chat forms only
    # a dropped final g ("startin pay") is the word it drops it from, when that is a word and this is none
    assert plain_spelling("the startin pay", known, dictionary | {stem("starting"), "the", "pay"}) == "the starting pay"
    assert plain_spelling("a cabin", known, dictionary | {"cabin"}) == "a cabin"
    assert plain_spelling("is it mon-fri or weekends") == "is it Monday through Friday or weekends"


def test_chat_spellings_of_when_and_what_are_read() -> None:
    from assistant.text import plain_spelling

    assert plain_spelling("wen does filing close? wht is the pay?") == "when does filing close? what is the pay?"


def test_hurried_abbreviations_are_written_out() -> None:
    from assistant.text import plain_spelling

    assert plain_spelling("animal control officer in dunmore cty - do i need cpr??") == \
        "animal control officer in dunmore county - do i need cpr??"
    assert plain_spelling("how many days a yr") == "how many days a year"
    assert plain_spelling("HR asked for 2 yrs") == "HR asked for 2 years"  # "HR" is no abbreviation of hours
    assert plain_spelling("do they work nites?") == "do they work nights?"




def test_a_word_cut_short_of_a_name_word() -> None:
    from assistant.text import cut_short

    assert cut_short("vet", {"veterinary", "technician"}) and cut_short("tech", {"technician"})
    assert not cut_short("technician", {"technician"})  # the whole word is no shortening
    assert not cut_short("ve", {"veterinary"})  # too short to tell
