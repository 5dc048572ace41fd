"""A PDF checklist's marks are read as the column headings they sit under."""

from __future__ import annotations

from fpdf import FPDF

from assistant.ingest.pdf_text import pdf_to_pages


def _checklist_pdf(headings: list[str], rows: list[tuple[str, int]], gap: float, mark: str = "X") -> bytes:
    """A physical-demands checklist: a label column at x=15 mm, the headings from x=90 mm set ``gap`` mm apart,
    each row's one mark centred under its heading."""
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(15, 15)
    pdf.multi_cell(180, 5, "PHYSICAL DEMANDS. Mark one column for each activity of the position.")
    y = 30.0
    pdf.set_xy(15, y)
    pdf.cell(60, 5, "Physical Activity")
    centres: list[float] = []
    x = 90.0
    for heading in headings:
        width = pdf.get_string_width(heading)
        pdf.set_xy(x, y)
        pdf.cell(width, 5, heading)
        centres.append(x + width / 2)
        x += width + gap
    for label, column in rows:
        y += 6
        pdf.set_xy(15, y)
        pdf.cell(60, 5, label)
        width = pdf.get_string_width(mark)
        pdf.set_xy(centres[column] - width / 2, y)
        pdf.cell(width, 5, mark)
    pdf.set_xy(15, y + 10)
    pdf.multi_cell(180, 5, "Reasonable accommodations may be made for individuals with disabilities.")
    return bytes(pdf.output())


def test_each_marked_row_names_the_heading_its_mark_sits_under() -> None:
    """"Kneeling / crawling  X" read across says nothing of how often: the X sits under "Occasionally"."""
    headings = ["Never", "Occasionally", "Frequently", "Constantly"]
    rows = [("Sitting (driving)", 3), ("Kneeling / crawling (pre-trip inspection)", 1), ("Working at heights", 0),
            ("Climbing bus steps", 2)]
    text = pdf_to_pages(_checklist_pdf(headings, rows, gap=8.0))[0]
    assert "Kneeling / crawling (pre-trip inspection): Occasionally" in text
    assert "Sitting (driving): Constantly" in text
    assert "Working at heights: Never" in text
    assert "Climbing bus steps: Frequently" in text
    assert "Physical Activity Never Occasionally Frequently Constantly" in text  # the header stays as printed


def test_headings_with_their_own_notes_set_close_together_stay_apart() -> None:
    """Headings that carry their definitions ("Occasionally (1-33%)") sit only a little further apart than the
    words within them: each is still a heading of its own, so a mark reads as one of them, not all three."""
    headings = ["Never (0%)", "Occasionally (1-33%)", "Frequently (34-66%)", "Constantly (67-100%)"]
    rows = [("Standing", 3), ("Sitting", 1), ("Lifting / carrying 26 - 50 lbs", 0)]
    text = pdf_to_pages(_checklist_pdf(headings, rows, gap=1.8, mark="x"))[0]
    assert "Standing: Constantly (67-100%)" in text
    assert "Sitting: Occasionally (1-33%)" in text
    assert "Lifting / carrying 26 - 50 lbs: Never (0%)" in text


def test_a_table_of_figures_under_headings_is_left_as_printed() -> None:
    """Rows whose cells are figures, not lone marks, are an ordinary table: nothing is rewritten."""
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 9)
    y = 20.0
    for label, cells in (("Step", ("A", "B", "C")), ("Hourly", ("$24.10", "$25.31", "$26.58")),
                         ("Monthly", ("$4,177", "$4,387", "$4,607"))):
        pdf.set_xy(15, y)
        pdf.cell(40, 5, label)
        for x, cell in zip((100, 130, 160), cells):
            pdf.set_xy(x, y)
            pdf.cell(20, 5, cell)
        y += 6
    text = pdf_to_pages(bytes(pdf.output()))[0]
    assert "Hourly $24.10 $25.31 $26.58" in text
    assert "Monthly $4,177 $4,387 $4,607" in text
