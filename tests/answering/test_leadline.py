"""Lead lines: the direct answer read off a short status field, never off a passage that may cover several levels."""

from __future__ import annotations

from assistant.answering.leadline import lead_line, overtime_line


def test_overtime_status_fields_say_yes_or_no() -> None:
    assert lead_line("overtime", "FLSA Status: Non-Exempt") == "Yes: eligible for overtime (non-exempt)"
    assert lead_line("overtime", "Overtime: eligible") == "Yes: eligible for overtime"
    assert lead_line("overtime", "OVERTIME ELIGIBLE: No") == "No: not eligible for overtime"
    assert lead_line("overtime", "FLSA: Exempt") == "No: exempt from overtime"
    long = "Intern & ITSS I (grade 18 to 20) are eligible for overtime; ITSS II and III are exempt from overtime rules."
    assert lead_line("overtime", long) == ""  # several levels, several statuses: no one-line answer


def test_the_lift_line_reads_only_a_stated_maximum() -> None:
    assert lead_line("lift", "Must be able to lift up to 50 pounds unassisted.") == "Up to 50 pounds"
    assert lead_line("lift", "Occasionally lifting over 25 pounds.") == ""  # a band, not the most lifted
    assert lead_line("lift", "Lifting 11 to 25 pounds occasionally.") == ""
    assert lead_line("lift", "Lifting 11 to 25 pounds |  | X |") == ""  # a grid row is quoted as it reads


def test_durations_spelled_with_their_figures_are_read_plainly() -> None:
    from assistant.answering.leadline import duration_line

    text = "Experience: One (1) year of experience as a Deputy I; OR two (2) years as a probation officer elsewhere."
    assert duration_line(text) == "1 year or 2 years"
    assert duration_line("Probationary period: twelve (12) months.") == "12 months"
    assert duration_line("Two years of experience.") == ""  # already plain: nothing to add
    # a part of the duration before it is no second option; an "or" still is
    assert duration_line("Two (2) years of experience, including one (1) year in child welfare.") == \
        "2 years, including 1 year"
    assert duration_line("Two (2) years of experience, or one (1) year including twelve (12) months in a lead "
                         "role.") == "2 years or 1 year, including 12 months"


def test_a_passage_stating_two_weights_gets_no_lift_line() -> None:
    assert lead_line("lift", "Occasionally: lifting up to 50 pounds; lifting or dragging a student of up to 125 pounds.") == ""
    assert lead_line("lift", "Must be able to lift up to 50 pounds.") == "Up to 50 pounds"


def test_a_range_number_field_is_read_as_the_grade() -> None:
    from assistant.answering.leadline import grade_line
    from assistant.query.intents import intent_named

    assert grade_line("Class Code: 4231 | Range No.: 27") == "Range 27"
    assert grade_line("Salary Range Number: 14") == "Range 14"
    # a history naming the old grade and the new: the quote says which is which, no line reads one off
    assert grade_line("Retitled and reallocated from Grade 25 to Grade 26 effective 10/15/2025.") == ""
    assert intent_named("grade").evidence.search("Class Code: 4231 | Range No.: 27")


def test_a_spelled_deadline_is_read_plainly() -> None:
    from assistant.answering.leadline import deadline_line

    assert deadline_line("B1 certification within twelve (12) months of appointment.") == "Within 12 months"
    assert deadline_line("Two (2) years of experience.") == ""  # a duration, no deadline


def test_a_question_asking_whether_the_class_is_exempt_is_answered_yes_or_no_to_that() -> None:
    assert lead_line("overtime", "FLSA Status: Exempt", "is it exempt?") == "Yes: exempt (not eligible for overtime)"
    assert lead_line("overtime", "FLSA: Non-Exempt", "Is the Academic Advisor exempt?") == \
        "No: non-exempt (eligible for overtime)"
    assert lead_line("overtime", "FLSA: Non-Exempt", "is it non-exempt?") == "Yes: non-exempt (eligible for overtime)"
    assert lead_line("overtime", "Overtime: eligible", "is it FLSA exempt?") == "No: non-exempt (eligible for overtime)"
    # asked about overtime: the status as read; asked both ways: the status by its name, no bare yes or no
    assert lead_line("overtime", "FLSA: Exempt", "Do they get overtime?") == "No: exempt from overtime"
    assert lead_line("overtime", "FLSA: Exempt", "exempt or non-exempt?") == "Exempt (not eligible for overtime)"


def test_a_rows_one_status_cell_is_read() -> None:
    """A job family's row of fields is long; its one FLSA cell still answers "is it exempt?" (two cells, two levels'
    statuses perhaps, answer nothing)."""
    row = ("Career Level: P1; Job Code: RA1101; Standard Title: Research Administrator I; Scope: Entry professional; "
           "handles routine proposals and awards for a small portfolio under close guidance; Salary Grade: 12; "
           "FLSA: Non-exempt")
    assert overtime_line(row, "is it exempt?") == "No: non-exempt (eligible for overtime)"
    assert overtime_line(row + "; Senior FLSA: Exempt", "is it exempt?") == ""
