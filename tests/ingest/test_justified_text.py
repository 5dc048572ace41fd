"""A justified column saved as text reads as prose; a fixed-width table and a drawn box keep their spacing."""

from __future__ import annotations

from assistant.ingest.loaders import load_bytes

COLUMN = """THE ALDER LEDGER                        B9
==========================================

        LICENSE AND PERMIT ANALYST

The  Civil  Service Commission of the City
of  Alder  announces  an  open competitive
examination for License and Permit Analyst
to fill one vacancy in the Finance Depart-
ment,  Business  License  and  Permit  Di-
vision.  The  Department of Finance has  a
staff of forty and licenses 11,000 firms.
"""

TABLE = """Class                 Code    Grade   Step
Energy Auditor I      6120    42      A - E
Energy Auditor II     6121    46      A - E
Energy Auditor III    6122    49      A - E
Energy Auditor IV     6123    52      A - E
"""

BOX = """+------------------------------------------+
|  JOB HIGHLIGHTS                          |
|  Salary: $5,642.00 - $7,398.00 a month   |
|  Positions: 2 (Port Aldane)              |
|  Final Filing Date: 11/14/2025           |
+------------------------------------------+
"""


def test_a_justified_column_reads_as_prose_with_its_broken_words_whole() -> None:
    text = load_bytes(COLUMN.encode(), ".txt", "alder-ledger.txt").text
    assert "The Civil Service Commission of the City\nof Alder announces an open competitive" in text
    assert "in the Finance Department,\nBusiness License and Permit" in text, text


def test_a_fixed_width_table_and_a_drawn_box_keep_their_spacing() -> None:
    assert "Energy Auditor I      6120    42" in load_bytes(TABLE.encode(), ".txt", "table.txt").text
    # (a drawn box is read as its lines, one field a line: see test_text_tables)
    assert "\nSalary: $5,642.00 - $7,398.00 a month\n" in load_bytes(BOX.encode(), ".txt", "box.txt").text
