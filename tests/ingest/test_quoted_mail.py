"""A posting forwarded in an e-mail is read without the quote marks on its lines (assistant.ingest.quoted_mail),
so its headings and its step table read as they were printed; a short quotation keeps its marks."""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.loaders import load_document
from assistant.ingest.quoted_mail import unquoted
from assistant.ingest.sections import find_sections

FORWARDED = """From: Delia Marchetti <dm@hollis.example>
Subject: JOB: Student Wellness Aide - Hollis USD

Colleagues - please share. Our announcement is pasted below.

> STUDENT WELLNESS AIDE
>
> SALARY:  Range 18 of the Classified Salary Schedule, paid monthly
>
>    RANGE 18    STEP A   STEP B   STEP C
>    Monthly      3,211    3,372    3,540
>
> MINIMUM QUALIFICATIONS
> Graduation from high school and one year of work with teenagers.

Thanks - Delia
"""


def test_a_forwarded_postings_lines_lose_their_quote_marks(tmp_path: Path) -> None:
    path = tmp_path / "hollis-usd-student-wellness-aide.txt"
    path.write_text(FORWARDED)
    text = load_document(path, 10**6, display_name=path.name).text
    assert "\nSTUDENT WELLNESS AIDE\n" in text and "\n   Monthly      3,211    3,372    3,540\n" in text
    assert ">" not in text.split("pasted below.", 1)[1]
    assert any(section.type == "qualifications" for section in find_sections(text))


def test_a_short_quotation_keeps_its_marks() -> None:
    text = "Working Conditions\n\n> Note: the shop is not air-conditioned.\n> Fans are provided.\n\nDuties\n"
    assert unquoted(text) == text
