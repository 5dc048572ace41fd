"""The one sentence splitter (assistant.sentences): sentences, logical lines, table rows and list items as spans of
the text, as each reader uses them."""

from __future__ import annotations

from assistant.answering.verify import split_sentences
from assistant.sentences import sentence_breaks, sentence_spans, sentences


def test_sentence_spans_are_exact_and_split_bullets() -> None:
    text = "Duties\n- Files records. Answers phones.\n- Types letters"
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["Duties", "Files records.", "Answers phones.", "Types letters"]


def test_list_items_split_a_long_semicolon_list_at_its_items():
    from assistant.sentences import list_items

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


def test_a_clock_time_that_goes_on_ends_no_sentence() -> None:
    from assistant.sentences import sentences

    text = ("Applications must be received by 11:59 p.m. Pacific Time on Friday, August 15, 2025. "
            "The office closes at 5 p.m. Applications are online.")
    assert [text[a:b] for a, b in sentences(text)] == [
        "Applications must be received by 11:59 p.m. Pacific Time on Friday, August 15, 2025.",
        "The office closes at 5 p.m.", "Applications are online."]
    shift = "Shift: 2:30 p.m. - 11:00 p.m., Monday - Friday. Meals are unpaid."
    assert [shift[a:b] for a, b in sentences(shift)] == ["Shift: 2:30 p.m. - 11:00 p.m., Monday - Friday.",
                                                        "Meals are unpaid."]
    noted = "Shifts: 6:00 a.m. - 6:00 p.m. (days) and 6:00 p.m. - 6:00 a.m. (nights). Crews rotate every four weeks."
    assert [noted[a:b] for a, b in sentences(noted)] == [
        "Shifts: 6:00 a.m. - 6:00 p.m. (days) and 6:00 p.m. - 6:00 a.m. (nights).", "Crews rotate every four weeks."]


def test_a_table_row_is_one_span_whatever_sentences_its_cells_hold() -> None:
    text = "License | Driver's license; none required. | LCSW. Valid license.\nA sentence. Another one."
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert spans == ["License | Driver's license; none required. | LCSW. Valid license.", "A sentence.", "Another one."]


def test_a_pay_tables_rows_printed_with_single_spaces_are_lines_of_their_own() -> None:
    from assistant.sentences import is_column_row, sentence_spans
    text = ("Class Code Classification Title Range Hourly Minimum Hourly Maximum FLSA\n"
            "1105 Accounting Technician 21 $24.18 $30.86 N\n4410 Equipment Mechanic 26 $29.04 $37.06 N\n")
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Class Code Classification Title Range Hourly Minimum Hourly Maximum FLSA",
        "1105 Accounting Technician 21 $24.18 $30.86 N", "4410 Equipment Mechanic 26 $29.04 $37.06 N"]
    assert is_column_row("4410 Equipment Mechanic 26 $29.04 $37.06 N")
    assert not is_column_row("The salary range is $4,000 to $5,000 per month.")  # prose, "to" between


def test_a_classs_rates_in_other_units_continue_its_row() -> None:
    from assistant.sentences import sentence_spans
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


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_breaks_skip_abbreviations_and_initials() -> None:
    text = "Works for the Dept. of Labor. Needs e.g. a license from the U.S. Army. Reports to J. Smith daily."
    assert _texts(text, sentences(text)) == [
        "Works for the Dept. of Labor.", "Needs e.g. a license from the U.S. Army.", "Reports to J. Smith daily."]


def test_a_level_numeral_ends_a_sentence() -> None:
    text = "Promotes to Technician II. Performs repairs."
    assert _texts(text, sentences(text)) == ["Promotes to Technician II.", "Performs repairs."]


def test_a_sentence_keeps_its_closing_quote_and_citation_markers() -> None:
    text = 'He said "go." Then 2 more. It pays $20. [1][2] Next one.'
    assert _texts(text, sentences(text)) == ['He said "go."', "Then 2 more.", "It pays $20. [1][2]", "Next one."]


def test_breaks_are_end_and_next_start() -> None:
    assert sentence_breaks("One. Two.") == [(4, 5)]
    assert sentence_breaks("One. two.") == []  # a lower-case word does not start a sentence
    assert sentence_breaks("Wait... Then") == []  # nor after an ellipsis


def test_readers_share_the_rule() -> None:
    answer = "The pay is $20 an hour. [1] It is exempt. [2]"
    assert split_sentences(answer) == ["The pay is $20 an hour. [1]", "It is exempt. [2]"]
    text = "Duties\n- Drives a bus. Checks tires.\nMaintains logs; 1. Fuels the bus"
    assert _texts(text, sentence_spans(text)) == ["Duties", "Drives a bus.", "Checks tires.", "Maintains logs;", "Fuels the bus"]


def test_a_fixed_width_reports_rows_are_lines_of_their_own() -> None:
    text = ("CLASS  CLASS TITLE                    GRADE   HOURLY MIN   HOURLY MAX  FLSA\n"
            "6034   PLUMBER                          G30        29.66        38.56     N\n"
            "6036   ELECTRICIAN                      G31        30.64        39.83     N\n")
    rows = [text[a:b] for a, b in sentence_spans(text)]
    assert len(rows) == 3 and rows[2].startswith("6036   ELECTRICIAN")
    prose = ("Under general supervision, operates and monitors the processes and equipment of the plant and\n"
             "its wells and reservoirs on an assigned shift.\n")
    assert len(sentence_spans(prose)) == 1  # wrapped prose still reads as one sentence


def test_a_differential_tables_rows_end_at_their_rates() -> None:
    """"Evening shift 3:00 p.m. - 11:30 p.m. $2.25 per hour" over "Night shift …": each row one span, its hours
    and rate together (a clock time before a rate ends no sentence; a row ending in its rate is not wrapped prose)."""
    text = ("Shift Differentials\nDifferential Hours Rate\n"
            "Evening shift 3:00 p.m. - 11:30 p.m. $2.25 per hour\n"
            "Night shift 11:00 p.m. - 7:30 a.m. $4.00 per hour\n"
            "Weekend Friday 11:00 p.m. - Monday 7:00 a.m. $1.75 per hour, in addition to any shift differential\n"
            "A shift differential is paid when at least half of the scheduled shift falls within the differential\n"
            "hours.\n")
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert "Evening shift 3:00 p.m. - 11:30 p.m. $2.25 per hour" in spans, spans
    assert "Night shift 11:00 p.m. - 7:30 a.m. $4.00 per hour" in spans, spans
    assert spans[4].startswith("Weekend Friday 11:00 p.m. - Monday 7:00 a.m. $1.75 per hour"), spans


def test_rows_printed_with_single_spaces_are_lines_of_their_own() -> None:
    """A PDF table's rows ("Child Nutrition Cook I 5210 Range 18 10 months (183 days) 6.0 Non-exempt") run past
    the width at which prose wraps, but each carries as many figures as the next: rows, not one wrapped sentence;
    the note after the last row is a sentence of its own, and a line running on ("… moved from T-35 to") still joins."""
    text = ("Child Nutrition Cook I 5210 Range 18 10 months (183 days) 6.0 Non-exempt\n"
            "Child Nutrition Cook II 5211 Range 22 10 months (183 days) 7.0 Non-exempt\n"
            "Kitchen Manager 5215 Range 26 10.5 months (193 days) 8.0 Non-exempt\n"
            "Salary ranges refer to the 2025-2026 Classified Salary Schedule (Hourly), Columns A through E.\n\n"
            "Revised: March 2025 - ASE requirement added, salary range 35 moved from grade 12 to\n"
            "Grade 14 of 2025 schedule 3 by the Board.\n")
    found = [text[a:b] for a, b in sentence_spans(text)]
    assert "Child Nutrition Cook II 5211 Range 22 10 months (183 days) 7.0 Non-exempt" in found
    assert "Kitchen Manager 5215 Range 26 10.5 months (193 days) 8.0 Non-exempt" in found
    assert any(s.startswith("Salary ranges refer") for s in found)
    assert any(s.startswith("Revised:") and s.endswith("by the Board.") for s in found)


def test_a_line_ending_on_and_runs_on_into_a_line_that_looks_like_a_label() -> None:
    """"… twelve (12) months.  Inspector I and" / "Inspector II: six (6) months." is one sentence: no line ends on
    "and"; a numbered item after "… or" still starts its own."""
    text = ("  PROBATION ....... Trainee: twelve (12) months.  Inspector I and\n"
            "                    Inspector II: six (6) months.\n"
            "  OVERTIME ........ All three classes are non-exempt.\n")
    texts = [" ".join(text[a:b].split()) for a, b in sentence_spans(text)]
    assert "Inspector I and Inspector II: six (6) months." in texts, texts
    options = "1. Three years as a journey-level carpenter; or\n2. Two years as a Building Inspector Trainee.\n"
    assert len(sentence_spans(options)) == 2


def test_a_sentence_wrapped_under_a_row_of_figures_stays_one_sentence() -> None:
    """A PDF's header grid line, then a pay sentence whose next sentence wraps onto the following line: the wrapped
    sentence ("Positions at Harl Ridge … / Camp receive a … differential of $350 …") is one, however many figures the
    lines carry or however its second line ends on a dollar figure after lower-case words."""
    text = ("Probation 12 months Work Week Monday - Friday, 0700-1530\n"
            "Salary: Range 21, $6,988 - $9,361 per month. Positions at Harl Ridge Correctional Facility and Tamber Flats\n"
            "Conservation Camp receive a remote-location differential of $350 per month in addition to base salary.\n"
            "CLASS CONCEPT\n")
    spans = [text[a:b] for a, b in sentence_spans(text)]
    assert ("Positions at Harl Ridge Correctional Facility and Tamber Flats\nConservation Camp receive a "
            "remote-location differential of $350 per month in addition to base salary.") in spans, spans


def test_a_typed_rule_line_is_no_part_of_the_sentence_under_it() -> None:
    """A plain-text bulletin rules its headings with a full-width line of "=": the sentence under the heading
    starts after the rule, not with it, though the rule is as long as a wrapped line."""
    rule = "=" * 78
    text = (f"{rule}\nMINIMUM QUALIFICATIONS\n{rule}\nPossession of a bachelor's degree from an accredited college or "
            "university\nin criminal justice, social work, psychology, sociology or a related field\n\nAND EITHER\n")
    found = [text[a:b] for a, b in sentence_spans(text)]
    degree = next(s for s in found if "bachelor" in s)
    assert degree.startswith("Possession") and "criminal justice" in degree, found


def test_a_field_ending_in_its_figure_is_no_part_of_the_prose_indented_under_it() -> None:
    """A bulletin's dot-leader weight ("Training and experience evaluation: 30%") over an indented paragraph: the
    weight is a line of its own; an indented second figure still continues its field."""
    text = ("          Written test: 70%\n          Training and experience evaluation: 30%\n"
            "            The written test covers turf management and pesticide\n"
            "            safety. Candidates must pass the written test.\n\n"
            "Salary Range:  $25.00 - $31.00 hourly\n              $4,333 - $5,373 monthly\n")
    found = [text[a:b] for a, b in sentence_spans(text)]
    assert "Training and experience evaluation: 30%" in found, found
    assert any(s.startswith("Salary Range:") and "monthly" in s for s in found), found


def test_a_bullets_hanging_indent_goes_on_with_its_item() -> None:
    """A plain-text e-mail wraps each bullet under its text: "• EPA … (RRP)" / "  certified renovator certificate …"
    is one item, not a bullet and a line of its own."""
    text = ("WHAT YOU NEED\n• EPA Renovation, Repair and Painting (RRP)\n  certified renovator certificate at time of "
            "hire.\n• ICC Residential Building Inspector (B1)\n  certification within 12 months of hire.\n")
    found = [text[a:b] for a, b in sentence_spans(text)]
    assert "ICC Residential Building Inspector (B1)\n  certification within 12 months of hire." in found, found
