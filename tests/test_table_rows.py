"""Pipe-table rows quoted as statements: which row above a quoted row is its header, and how the row then reads.

Why: a spec's table is quoted one row at a time, and a row is only understood with what names its cells. A
label/value table has no header row (its first row is a label and a value), so a row of it reads "Label: value"
and never takes the row above as column names; a frequency grid ("Lifting 11 to 25 pounds | | X |" under
"Physical Demand | Never | Occasional | Frequent | Constant") reads as the column its mark stands in; and a row
whose trailing empty cells were dropped when the page was read still gets its header. Pure functions: the text
is built here, no index or model.
"""

from __future__ import annotations

import pytest

from assistant.table_rows import readable_row, table_cells, table_header


def statement(text: str, row: str) -> str:
    """``row`` of ``text`` as a quote shows it (as evidence.Sentence does: its header found, then read)."""
    _, header = table_header(text, text.index(row))
    return readable_row(header, row) if header or " | " in row else row


# --- label/value tables: no header row ---------------------------------------------------------------------------

HEALTH_AIDE_TABLE = (
    "Physical Abilities | Incumbents must be able to lift and carry students weighing up to 50 pounds, stand and "
    "walk for long periods, and bend, stoop and kneel while assisting students with daily care routines.\n"
    "Tuberculosis Clearance | Evidence of freedom from active tuberculosis is required before employment.\n"
)


def test_a_label_row_below_a_long_label_row_has_no_header_and_reads_label_colon_value() -> None:
    row = "Tuberculosis Clearance | Evidence of freedom from active tuberculosis is required before employment."
    assert table_header(HEALTH_AIDE_TABLE, HEALTH_AIDE_TABLE.index(row)) == (-1, "")
    assert statement(HEALTH_AIDE_TABLE, row) == (
        "Tuberculosis Clearance: Evidence of freedom from active tuberculosis is required before employment.")


DEPARTMENT_TABLE = (
    "Department | Student Services – Special Education\n"
    "Reports To | Program Manager, Special Education\n"
    "Work Year | 183 days; 6.5 hours per day\n"
)


@pytest.mark.parametrize("row, reads", [
    ("Reports To | Program Manager, Special Education", "Reports To: Program Manager, Special Education"),
    ("Work Year | 183 days; 6.5 hours per day", "Work Year: 183 days; 6.5 hours per day"),
])
def test_a_two_column_label_value_tables_first_row_is_no_header(row: str, reads: str) -> None:
    """"Department | Student Services – Special Education" is a label and its value, not two column names: the
    rows below are not "Department: Reports To; Student Services – Special Education: Program Manager …"."""
    assert table_header(DEPARTMENT_TABLE, DEPARTMENT_TABLE.index(row)) == (-1, "")
    assert statement(DEPARTMENT_TABLE, row) == reads


def test_a_two_column_table_with_short_column_names_keeps_its_header() -> None:
    """The other side of the rule: "Step | Hourly Rate" names its columns."""
    text = "Step | Hourly Rate\nA | $19.55\nB | $20.53\n"
    assert table_header(text, text.index("B | $20.53")) == (0, "Step | Hourly Rate")
    assert statement(text, "B | $20.53") == "Step: B; Hourly Rate: $20.53"


# --- frequency grids -----------------------------------------------------------------------------------------------

GRID = (
    "Physical Demand | Never | Occasional | Frequent | Constant\n"
    "--- | --- | --- | --- | ---\n"
    "Lifting 11 to 25 pounds |  | X |  | \n"
    "Sitting |  |  |  | X\n"
    "Climbing ladders | X |  |  | \n"
)


@pytest.mark.parametrize("row, reads", [
    ("Lifting 11 to 25 pounds |  | X |  | ", "Lifting 11 to 25 pounds: Occasional"),
    ("Sitting |  |  |  | X", "Sitting: Constant"),
    ("Climbing ladders | X |  |  | ", "Climbing ladders: Never"),
])
def test_a_frequency_grid_row_reads_as_the_column_its_mark_stands_in(row: str, reads: str) -> None:
    assert table_header(GRID, GRID.index(row))[1] == "Physical Demand | Never | Occasional | Frequent | Constant"
    assert statement(GRID, row) == reads


def test_checkbox_marks_read_the_same_as_an_x() -> None:
    text = ("Physical Demand | Never | Occasional | Frequent | Constant\n"
            "Lifting 11 to 25 pounds | ☐ | ☒ | ☐ | ☐\n"
            "Kneeling | ☐ | ☐ | ☒ | ☐\n")
    assert statement(text, "Lifting 11 to 25 pounds | ☐ | ☒ | ☐ | ☐") == "Lifting 11 to 25 pounds: Occasional"
    assert statement(text, "Kneeling | ☐ | ☐ | ☒ | ☐") == "Kneeling: Frequent"


def test_a_row_of_figures_under_column_names_is_no_grid() -> None:
    text = "Step | A | B | C\nHourly | $19.55 | $20.53 | $21.55\n"
    assert statement(text, "Hourly | $19.55 | $20.53 | $21.55") == "Step: Hourly; A: $19.55; B: $20.53; C: $21.55"


# --- rows shorter than their header --------------------------------------------------------------------------------


def test_a_row_shorter_than_its_header_still_gets_it() -> None:
    """Trailing empty cells are dropped when a table is read: "Sitting | | | X" under five column names."""
    text = "Physical Demand | Never | Occasional | Frequent | Constant\nSitting |  |  | X\nStanding |  | X\n"
    assert table_header(text, text.index("Sitting")) == (0, "Physical Demand | Never | Occasional | Frequent | Constant")
    assert statement(text, "Sitting |  |  | X") == "Sitting: Frequent"
    assert statement(text, "Standing |  | X") == "Standing: Occasional"
    pay = "Range | Step A | Step B | Step C\n22 | $19.55 | $20.53\n"
    assert statement(pay, "22 | $19.55 | $20.53") == "Range: 22; Step A: $19.55; Step B: $20.53"


def test_a_row_longer_than_the_row_above_has_no_header() -> None:
    text = "Step | Hourly\nA | $19.55 | $40,664\n"
    assert table_header(text, text.index("A | $19.55")) == (-1, "")


def test_a_label_value_table_opening_with_a_short_value_has_no_header() -> None:
    text = ("Job Title | HEALTH AIDE\nJob Code | C-3170\n"
            "Tuberculosis Clearance | Evidence of freedom from active tuberculosis is required before employment.\n")
    row = "Tuberculosis Clearance | Evidence of freedom from active tuberculosis is required before employment."
    assert statement(text, row) == (
        "Tuberculosis Clearance: Evidence of freedom from active tuberculosis is required before employment.")


def test_a_header_row_opening_on_a_pipe_it_does_not_close_has_an_empty_first_cell() -> None:
    assert table_cells("| Associate | Senior") == ["", "Associate", "Senior"]
    assert table_cells("| Associate | Senior |") == ["Associate", "Senior"]  # a bordered Markdown row
    text = "| Associate | Senior\nEducation | High school. | Bachelor's degree."
    start, header = table_header(text, text.index("Education"))
    assert readable_row(header, "Education | High school. | Bachelor's degree.") == \
        "Education — Associate: High school.; Senior: Bachelor's degree."


def test_a_row_read_for_one_column_keeps_its_label_cell_and_that_column() -> None:
    header = "Factor | Caseworker I | Caseworker II"
    row = "Experience | None required. | One (1) year."
    assert readable_row(header, row, column=2) == "Factor: Experience; Caseworker II: One (1) year."
    assert readable_row(header, row) == "Factor: Experience; Caseworker I: None required.; Caseworker II: One (1) year."



def test_a_row_of_label_and_value_pairs_has_no_header_and_reads_as_its_pairs() -> None:
    """A Word job description's first table holds two fields a row ("Job Code | CL-2231 | Salary Range | Range 24 …"):
    its first row is no header, and each row reads "label: value; label: value"."""
    text = ("Job Code | CL-2231 | Salary Range | Range 24: $4,486 - $5,726 monthly\n"
            "Remote Work Eligibility | Not eligible (on-site facilities position) | Probationary Period | Six (6) months\n")
    row_start = text.index("Remote")
    assert table_header(text, row_start) == (-1, "")
    assert readable_row("", text[row_start:].strip()) == (
        "Remote Work Eligibility: Not eligible (on-site facilities position); Probationary Period: Six (6) months")
    # a header of column names keeps its rows
    table = "Class | Code | Grade | Probation\nFiscal Officer I | 7141 | 21 | 12 months\n"
    assert table_header(table, table.index("Fiscal")) == (0, "Class | Code | Grade | Probation")


def test_a_label_cells_own_colon_is_not_doubled() -> None:
    assert readable_row("", "Class Code: | 07632 | Pay Grade: | 26") == "Class Code: 07632; Pay Grade: 26"
    assert readable_row("Grade: | Minimum:", "26 | $71,412") == "Grade: 26; Minimum: $71,412"
