"""Two-column PDF pages are read one column after the other; tables and label boxes are not."""

from __future__ import annotations

import re

from fpdf import FPDF

from assistant.ingest.pdf_text import pdf_to_pages

LEFT = (
    "This is the journey-level class in the analyst series. Incumbents are expected to "
    "independently perform the full range of professional analytical duties within an "
    "assigned area, such as enterprise applications or network administration."
)
RIGHT = (
    "Duties may include, but are not limited to, the following: analyzes business processes "
    "and user requirements; recommends and documents technology solutions; installs and "
    "maintains servers and network devices for the department."
)


def _two_column_pdf() -> bytes:
    pdf = FPDF(format="letter")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.set_xy(20, 20)
    pdf.cell(0, 8, "INFORMATION TECHNOLOGY ANALYST II")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(20, 32)
    pdf.multi_cell(170, 5, "Under general supervision, performs professional analysis of the City's business applications across all departments.")
    pdf.set_font("Helvetica", "B", 10)
    pdf.set_xy(20, 48)
    pdf.cell(80, 5, "DISTINGUISHING CHARACTERISTICS")
    pdf.set_xy(110, 48)
    pdf.cell(80, 5, "EXAMPLES OF DUTIES")
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(20, 55)
    pdf.multi_cell(80, 5, LEFT)
    pdf.set_xy(110, 55)
    pdf.multi_cell(80, 5, RIGHT)
    pdf.set_xy(20, 100)
    pdf.multi_cell(170, 5, "Equivalent to a bachelor's degree and three years of professional experience in systems analysis.")
    return bytes(pdf.output())


def _label_box_and_table_pdf() -> bytes:
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    rows = [
        ("Job Title", "Financial Aid Counselor", "Job Code", "40218"),
        ("Pay Grade", "S07", "FLSA", "Non-Exempt"),
        ("Job Family", "Student Services", "Department", "Office of Student Financial Aid"),
        ("Reports To", "Associate Director", "Employment", "Full-time, 12 months"),
        ("Step A", "$42.02", "Step B", "$44.12"),
        ("Step C", "$46.33", "Step D", "$48.65"),
    ]
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            pdf.set_xy(20 + j * 45, 20 + i * 6)
            pdf.cell(44, 6, cell)
    return bytes(pdf.output())


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_each_column_reads_as_whole_sentences() -> None:
    (page,) = pdf_to_pages(_two_column_pdf())
    text = _collapse(page)
    assert _collapse(LEFT) in text
    assert _collapse(RIGHT) in text
    assert text.index("DISTINGUISHING CHARACTERISTICS") < text.index("journey-level") < text.index("EXAMPLES OF DUTIES")
    # full-width text above and below the columns keeps its place
    assert text.index("Under general supervision") < text.index("journey-level")
    assert text.index("maintains servers") < text.index("Equivalent to a bachelor's degree")


def test_label_boxes_and_tables_keep_their_rows() -> None:
    (page,) = pdf_to_pages(_label_box_and_table_pdf())
    lines = page.splitlines()
    assert "Job Title Financial Aid Counselor Job Code 40218" in lines
    assert "Reports To Associate Director Employment Full-time, 12 months" in lines
    assert "Step A $42.02 Step B $44.12" in lines


def test_a_forms_row_of_boxes_gives_each_label_its_own_value() -> None:
    """"REPORTS TO:  FLSA:" over "Sterile Processing Supervisor  Non-Exempt": read across, the second box's value
    would run on into the first's; each value is cut at the next box's left edge."""
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    rows = [("JOB TITLE:", "JOB CODE:", "Sterile Processing Technician", "60412"),
            ("REPORTS TO:", "FLSA:", "Sterile Processing Supervisor", "Non-Exempt"),
            ("PAY GRADE:", "UNION / BARGAINING UNIT:", "H-14 ($23.85 - $33.40 per hour)", "Healthcare Workers, Local 88")]
    y = 20.0
    for left_label, right_label, left_value, right_value in rows:
        for x, label, value in ((16, left_label, left_value), (120, right_label, right_value)):
            pdf.set_xy(x, y)
            pdf.cell(90, 4, label)
            pdf.set_xy(x, y + 4)
            pdf.cell(90, 5, value)
        y += 11
    text = pdf_to_pages(bytes(pdf.output()))[0]
    assert "REPORTS TO: Sterile Processing Supervisor\nFLSA: Non-Exempt" in text
    assert "JOB TITLE: Sterile Processing Technician\nJOB CODE: 60412" in text
    assert "PAY GRADE: H-14 ($23.85 - $33.40 per hour)\nUNION / BARGAINING UNIT: Healthcare Workers, Local 88" in text


def test_a_table_whose_last_column_holds_figures_keeps_its_rows() -> None:
    """A test-events table ("1. Push-ups | Maximum correct repetitions in one minute | 18 repetitions") has a
    gutter and words on both sides, but its right-hand cells are figures, not a column of prose: each row stays
    one line, so the passing standard sits beside its event."""
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    rows = [("Event", "Description", "Passing Standard"),
            ("1. Push-ups", "Maximum correct repetitions in one minute", "18 repetitions"),
            ("2. Sit-ups", "Maximum correct repetitions in one minute", "25 repetitions"),
            ("3. 300-meter run", "Timed sprint on a 400-meter track", "76 seconds or less"),
            ("4. Dummy drag", "Drag a 165-pound dummy 32 feet", "28 seconds or less"),
            ("5. Stair climb", "Climb and descend 3 flights of stairs twice", "1:45 or less"),
            ("6. 1.5-mile run", "Run or walk six laps of a 400-meter track", "16:28 or less")]
    pdf.set_xy(15, 15)
    pdf.multi_cell(180, 5, "All applicants must pass every event of the physical ability test, performed in the order "
                           "below on the same day with a rest period of up to five minutes between events.")
    y = 32.0
    for event, description, standard in rows:
        pdf.set_xy(15, y)
        pdf.cell(40, 6, event)
        pdf.set_xy(55, y)
        pdf.cell(95, 6, description)
        pdf.set_xy(150, y)
        pdf.cell(45, 6, standard)
        y += 6
    pdf.set_xy(15, y + 4)
    pdf.multi_cell(180, 5, "SELECTION PROCESS: applicants who pass the written examination are invited to the "
                           "physical ability test and then to an oral board interview.")
    (page,) = pdf_to_pages(bytes(pdf.output()))
    lines = page.splitlines()
    assert "1. Push-ups Maximum correct repetitions in one minute 18 repetitions" in lines, page
    assert "6. 1.5-mile run Run or walk six laps of a 400-meter track 16:28 or less" in lines, page
