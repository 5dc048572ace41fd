"""A mainframe print file's carriage-control column is read as spacing, not as text (ingest/carriage_control.py,
applied by ingest/plain_text.py)."""

from __future__ import annotations

from assistant.ingest.carriage_control import is_carriage_controlled, printed
from assistant.ingest.plain_text import readable_plain_text

PRINT = ("1  ALDER COUNTY CIVIL SERVICE COMMISSION                 PAGE    1\n"
         "   CLASS SPECIFICATION LISTING\n"
         "0  CLASS TITLE ......... WATERCRAFT INSPECTOR\n"
         "   HOURLY RATE ......... $18.62 - $21.95 PER HOUR\n"
         "-  SEASON AND SCHEDULE\n"
         "+  ___________________\n"
         "0  Inspection season: April 15 through October 31.\n"
         "   Shifts are 8 hours.\n")


def test_a_print_file_reads_without_its_control_column_and_underlines() -> None:
    text = readable_plain_text(PRINT, markdown=False)
    assert "\n  Inspection season: April 15 through October 31." in text, text
    assert "0  Inspection" not in text and "___" not in text, text
    assert "\n\n\n  SEASON AND SCHEDULE\n\n  Inspection season" in text, text


def test_ordinary_text_is_no_print_file() -> None:
    bullets = "- Inspects boats.\n- Keeps records.\n0 to 5 years.\n1 year of experience.\n"
    assert not is_carriage_controlled(bullets)  # (bullets and figures, but not every line a control character)
    plain = "WATERCRAFT INSPECTOR\n\nInspects boats.\n"
    assert printed(plain) == plain
