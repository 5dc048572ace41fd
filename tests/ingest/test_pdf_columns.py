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
