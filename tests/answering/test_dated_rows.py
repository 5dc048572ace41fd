"""The latest dated row of a table answers "when was it last revised?"; dates read in the usual spellings.

The end-to-end test runs the real assistant (real model, real Chroma) over one class specification.
"""

from __future__ import annotations

from datetime import date

from assistant.answering.dated_rows import row_date

from conftest import corpus_assistant

SPEC = """# Electrician

City of Pellston Grove

## Definition

Installs, maintains and repairs electrical systems in City buildings.

## Revision History

Date | Action | Approved By
03/14/2006 | Class established | Civil Service Commission Resolution 06-11
07/01/2015 | Revised minimum qualifications; added First Aid/CPR requirement | Civil Service Commission Resolution 15-23
09/05/2019 | Added generator duties; updated physical demands | Human Resources Director
11/20/2024 | Salary range updated per the 2024-2027 MOU; license language revised | Civil Service Commission Resolution 24-40
"""


def test_dates_are_read_in_their_usual_spellings() -> None:
    assert row_date("11/20/2024 | Salary range updated") == date(2024, 11, 20)
    assert row_date("Adopted 2019-03-01; revised November 20, 2024") == date(2019, 3, 1)  # the first written
    assert row_date("Last Revised: 07/2024") == date(2024, 7, 1)
    assert row_date("Range 27 | $19.86") is None


def test_last_revised_is_the_latest_row_of_the_revision_table(tmp_path, shared_embeddings) -> None:
    pellston = corpus_assistant(tmp_path, {"pellston-electrician.md": SPEC}, shared_embeddings)
    answer = pellston.ask("When was the Pellston Grove Electrician class specification last revised, and what changed?")
    assert answer.answered and "11/20/2024" in answer.text and "license language revised" in answer.text, answer.text
    assert "03/14/2006" not in answer.text.split("[1]")[0], answer.text
