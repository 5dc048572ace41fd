"""Text set sideways in a PDF's margin band is read along its own baseline, as one line after the page's text."""

from __future__ import annotations

from fpdf import FPDF

from assistant.ingest.pdf_text import pdf_to_pages


def _banded_pdf(angle: float) -> bytes:
    """A posting whose filing deadline is printed only in a band turned ``angle`` degrees down the left margin."""
    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.set_xy(25, 20)
    pdf.multi_cell(170, 5, "RACING STEWARD (SEASONAL)\nPay $640 per race day. The steward watches every race "
                           "from the stand and rules on objections.")
    with pdf.rotation(angle, x=12, y=200):
        pdf.text(12, 200, "FINAL FILING DATE: MONDAY, JUNE 1, 2026, 5:00 P.M.")
    return bytes(pdf.output())


def test_a_margin_band_turned_either_way_reads_as_one_line() -> None:
    for angle in (90, -90):
        text = pdf_to_pages(_banded_pdf(angle))[0]
        assert "FINAL FILING DATE: MONDAY, JUNE 1, 2026, 5:00 P.M." in text, (angle, text)
        assert "LANIF" not in text and "RACING STEWARD (SEASONAL)" in text.splitlines()[0]
