"""The word helpers at the bottom of the package (no index, no model)."""

from __future__ import annotations

import pytest

from assistant.text import abbreviates, compound_parts, near_spelling, sentence_spans, stem


@pytest.mark.parametrize("short, word", [("cert", "certificate"), ("drvr", "driver"), ("asst", "assistant"),
                                         ("mgmt", "management"), ("eng", "engineering"), ("maint", "maintenance")])
def test_hurried_abbreviations_are_recognised(short: str, word: str) -> None:
    assert abbreviates(short, word)


@pytest.mark.parametrize("short, word", [("ot", "overtime"), ("cat", "cut"), ("drv", "dr"), ("xrt", "driver"),
                                         ("dvr", "driver"), ("cares", "career")])
def test_other_words_are_not_abbreviations(short: str, word: str) -> None:
    assert not abbreviates(short, word)


def test_sentence_spans_are_exact_and_split_bullets() -> None:
    text = "Duties\n- Files records. Answers phones.\n- Types letters"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Duties", "Files records.", "Answers phones.", "Types letters"]


def test_bare_word_drops_possessives_and_apostrophes():
    from assistant.text import bare_word

    assert [bare_word(w) for w in ("lapd's", "city’s", "don't", "clerk")] == ["lapd", "city", "dont", "clerk"]


def test_list_items_split_a_long_semicolon_list_at_its_items():
    from assistant.text import list_items

    line = ("Ability to: Learn and interpret machine responses; learn basic transcription from machine dictation; "
            "perform sustained typing at a speed accuracy rate of at least 50 words per minute; and follow "
            "difficult oral and written directions.")
    items = [line[s:e] for s, e in list_items(line, 0, len(line))]
    assert "perform sustained typing at a speed accuracy rate of at least 50 words per minute" in items
    assert items[0] == "Learn and interpret machine responses"  # the "Ability to:" label is not part of an item
    assert items[-1] == "follow difficult oral and written directions."  # nor the joining "and"
    assert list_items("Short; list; here.", 0, 18) == []
    # an order written "(1) …; (2) …" is one answer: not split into items
    ordered = ("Preference is given to qualified applicants in the following order: (1) enrolled members of the Kestrel "
               "Lake Tribal Nation; (2) enrolled members of other federally recognized tribes; (3) non-member spouses "
               "of enrolled members; (4) veterans; and (5) all other applicants.")
    assert list_items(ordered, 0, len(ordered)) == []


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


def test_a_clock_time_that_goes_on_ends_no_sentence() -> None:
    from assistant.text import sentences

    text = ("Applications must be received by 11:59 p.m. Pacific Time on Friday, August 15, 2025. "
            "The office closes at 5 p.m. Applications are online.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "Applications must be received by 11:59 p.m. Pacific Time on Friday, August 15, 2025.",
        "The office closes at 5 p.m.", "Applications are online."]
    shift = "Shift: 2:30 p.m. - 11:00 p.m., Monday - Friday. Meals are unpaid."
    assert [shift[a:b] for a, b in sentences(shift)] == ["Shift: 2:30 p.m. - 11:00 p.m., Monday - Friday.",
                                                        "Meals are unpaid."]


def test_chat_spellings_of_when_and_what_are_read() -> None:
    from assistant.text import plain_spelling

    assert plain_spelling("wen does filing close? wht is the pay?") == "when does filing close? what is the pay?"


def test_a_table_row_is_one_span_whatever_sentences_its_cells_hold() -> None:
    text = "License | Driver's license; none required. | LCSW. Valid license.\nA sentence. Another one."
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["License | Driver's license; none required. | LCSW. Valid license.", "A sentence.", "Another one."]


def test_hurried_abbreviations_are_written_out() -> None:
    from assistant.text import plain_spelling

    assert plain_spelling("animal control officer in dunmore cty - do i need cpr??") == \
        "animal control officer in dunmore county - do i need cpr??"
    assert plain_spelling("how many days a yr") == "how many days a year"
    assert plain_spelling("HR asked for 2 yrs") == "HR asked for 2 years"  # "HR" is no abbreviation of hours


def test_a_pay_tables_rows_printed_with_single_spaces_are_lines_of_their_own() -> None:
    from assistant.text import is_column_row, sentence_spans
    text = ("Class Code Classification Title Range Hourly Minimum Hourly Maximum FLSA\n"
            "1105 Accounting Technician 21 $24.18 $30.86 N\n4410 Equipment Mechanic 26 $29.04 $37.06 N\n")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Class Code Classification Title Range Hourly Minimum Hourly Maximum FLSA",
        "1105 Accounting Technician 21 $24.18 $30.86 N", "4410 Equipment Mechanic 26 $29.04 $37.06 N"]
    assert is_column_row("4410 Equipment Mechanic 26 $29.04 $37.06 N")
    assert not is_column_row("The salary range is $4,000 to $5,000 per month.")  # prose, "to" between


def test_a_classs_rates_in_other_units_continue_its_row() -> None:
    from assistant.text import sentence_spans
    text = ("Deputy Probation Officer II (4418) Hourly $34.62 $35.49 $36.38 $37.29 $38.22 $39.18 $40.16 $41.16\n"
            "Annual $72,010 $73,819 $75,670 $77,563 $79,498 $81,494 $83,533 $85,613 $87,755 $89,939\n")
    assert len(sentence_spans(text)) == 1


def test_a_table_laid_out_in_spaces_is_one_span_per_row() -> None:
    """Columns that start where the neighbouring lines' do make a table of rows, each one span, though its cells
    hold single spaces and clock times ("3:00 p.m. - 11:00 p.m."), and one cell overruns its column."""
    text = ("Differentials are paid per hour worked in addition to the base rate:\n\n"
            "  Shift                         Hours Worked                     Differential\n"
            "  ----------------------------  -------------------------------  ------------\n"
            "  Evening                       3:00 p.m. - 11:00 p.m.           $3.75/hour\n"
            "  Night                         11:00 p.m. - 7:30 a.m.           $6.50/hour\n"
            "  Weekend (any shift)           Friday 7:00 p.m. - Monday 7:00 a.m.  $2.00/hour\n"
            "  Relief Charge Nurse           Any hours worked as charge       $2.50/hour\n")
    spans = [" ".join(text[a:b].split()) for a, b in sentence_spans(text)]
    assert "Night 11:00 p.m. - 7:30 a.m. $6.50/hour" in spans
    assert "Weekend (any shift) Friday 7:00 p.m. - Monday 7:00 a.m. $2.00/hour" in spans
    assert "Relief Charge Nurse Any hours worked as charge $2.50/hour" in spans


def test_prose_with_two_spaces_after_its_sentences_is_no_table() -> None:
    text = ("The incumbent inspects buildings.  Reports are written daily and filed with the\n"
            "division office.  Inspections follow the adopted code and the inspection manual.\n")
    spans = [" ".join(text[a:b].split()) for a, b in sentence_spans(text)]
    assert "Reports are written daily and filed with the division office." in spans, spans


def test_a_bulletins_rows_of_a_title_and_its_pay_are_lines_and_short_months_end_no_sentence() -> None:
    text = ("Position Hourly Rate Season Minimum Age Usual Hours\n"
            "Golf Course Maintenance Aide $18.75 March 16 - Oct. 31, 2026 18 5:30 a.m. - 2:00 p.m., including weekends\n"
            "Starter / Player Assistant $17.50 April 1 - Oct. 31, 2026 18 6:00 a.m. - 2:30 p.m. or 11:30 a.m. - dusk\n"
            "Cart and Range Attendant $16.25 April 1 - Sept. 30, 2026 16 Weekends and summer weekdays\n")
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert "Starter / Player Assistant $17.50 April 1 - Oct. 31, 2026 18 6:00 a.m. - 2:30 p.m. or 11:30 a.m. - dusk" in spans
    assert "Cart and Range Attendant $16.25 April 1 - Sept. 30, 2026 16 Weekends and summer weekdays" in spans
