"""Markdown definition lists read as label lines (assistant.ingest.definition_lists): the term labels its
definitions, so a fact card finds the pay a "Monthly salary" term gives and its FLSA status."""

from __future__ import annotations

from pathlib import Path

from assistant.facts import extract_cards
from assistant.ingest.loaders import load_document

SPEC = """# Detox Technician

Monthly salary
: $3,890 - $4,728

FLSA
:   Non-exempt

Probationary period
: Twelve (12) months for new hires
: Six (6) months for promotions

## Definition

Provides non-medical care to adults going through withdrawal.
"""


def test_a_definition_list_reads_as_labelled_lines(tmp_path: Path) -> None:
    path = tmp_path / "harnwell-county-detox-technician.md"
    path.write_text(SPEC)
    text = load_document(path, 10**6, display_name=path.name).text
    assert "Monthly salary: $3,890 - $4,728" in text and "FLSA: Non-exempt" in text
    assert "Probationary period:\n- Twelve (12) months for new hires\n- Six (6) months for promotions" in text
    card = extract_cards(text, path.stem, "Detox Technician", "Harnwell County", "", [])[0]
    assert (card.salary_min, card.salary_max, card.salary_unit) == (3890.0, 4728.0, "monthly")
    assert card.overtime == "non-exempt"
