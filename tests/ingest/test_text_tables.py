"""Tables drawn in plain text (assistant.ingest.text_tables): each row read whole, its wrapped cells joined."""

from __future__ import annotations

from assistant.ingest.loaders import load_document
from assistant.ingest.text_tables import joined_text_tables

DUTIES = """ESSENTIAL DUTIES
┌─────┬──────────────────────────────────────────────┬────────┐
│  No │ Essential duty                               │ % time │
╞═════╪══════════════════════════════════════════════╪════════╡
│  1  │ Leads a crew of four to eight Nursery        │  30%   │
│     │ Workers and seasonal laborers.               │        │
├─────┼──────────────────────────────────────────────┼────────┤
│  2  │ Plans and directs digging and potting.       │  25%   │
└─────┴──────────────────────────────────────────────┴────────┘

REQUIREMENTS
┌──────────────┬────────────────────────────────────────────────┐
│ Licenses     │ Valid Class C driver's license at appointment. │
│              │ Class B commercial driver's license within six │
│              │ months of appointment.                         │
├──────────────┼────────────────────────────────────────────────┤
│ Education and│ High school diploma or GED.                    │
│ experience   │                                                │
└──────────────┴────────────────────────────────────────────────┘
"""

BOXES = """+------------------------------------------------------------+
|  JOB HIGHLIGHTS                                            |
|  Salary: $5,642.00 - $7,398.00 per month                   |
+------------------------------------------------------------+
+----------------------+----------------------+
| Class Number: 5527   | Salary Range: 58     |
+----------------------+----------------------+
| Department: Public Works                    |
| Bargaining Unit: Doverly City Employees     |
+---------------------------------------------+
"""


def test_wrapped_cells_of_a_ruled_table_are_one_row() -> None:
    text = joined_text_tables(DUTIES)
    assert "1 | Leads a crew of four to eight Nursery Workers and seasonal laborers. | 30%" in text, text
    assert ("Licenses | Valid Class C driver's license at appointment. Class B commercial driver's license within six "
            "months of appointment.") in text, text
    assert "Education and experience | High school diploma or GED." in text, text
    assert "┌" not in text and "│" not in text, text


def test_a_box_of_lines_keeps_its_lines() -> None:
    """A callout box holds one field a line: each stays a line (not joined into one run-on row)."""
    text = joined_text_tables(BOXES)
    assert "JOB HIGHLIGHTS\nSalary: $5,642.00 - $7,398.00 per month" in text, text
    assert "Class Number: 5527 | Salary Range: 58" in text, text
    assert "Department: Public Works\nBargaining Unit: Doverly City Employees" in text, text


def test_a_plain_text_file_is_read_with_its_tables_joined(tmp_path) -> None:
    path = tmp_path / "tussock-nursery-crew-leader.txt"
    path.write_text("NURSERY CREW LEADER\nCity of Tussock\n\n" + DUTIES, encoding="utf-8")
    text = load_document(path, 10**8).text
    assert "Leads a crew of four to eight Nursery Workers and seasonal laborers." in text, text
