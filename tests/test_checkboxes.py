"""A form's ticked options (assistant.checkboxes), and the overtime status read from them."""

from __future__ import annotations

from assistant.answering.leadline import overtime_line
from assistant.checkboxes import checked_only
from assistant.facts.extraction.extract import overtime_status


def test_unticked_options_are_not_stated() -> None:
    assert checked_only("FLSA: ☒ Exempt ☐ Non-Exempt") == "FLSA: ☒ Exempt"
    assert checked_only("Supervisory status: ☐ Supervisory ☒ Non-supervisory ☐ Lead worker") == \
        "Supervisory status: ☒ Non-supervisory"
    assert checked_only("FLSA: Non-Exempt") == "FLSA: Non-Exempt"


def test_the_ticked_overtime_status_is_read() -> None:
    """"Non-Exempt" printed beside an empty box is no status: the lead line and the fact card read the ticked one."""
    assert overtime_line("FLSA Status: ☒ Exempt ☐ Non-Exempt", "is it exempt?") == "Yes: exempt (not eligible for overtime)"
    assert overtime_status("FLSA status: ☒ Exempt ☐ Non-Exempt") == "exempt"
    assert overtime_status("FLSA status: ☐ Exempt ☒ Non-Exempt") == "non-exempt"
