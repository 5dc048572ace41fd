"""PDF text repair: pure repairs on synthetic page strings, and one PDF made with fpdf2."""

from __future__ import annotations

import re

import pytest

from assistant.ingest.pdf_text import PdfCorruptError, PdfPasswordError, pdf_to_pages, repair_page_texts


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


# --- repair on page strings ------------------------------------------------------------------


def test_one_string_per_page_in_order() -> None:
    pages = ["First page.", "", "Third page."]
    assert repair_page_texts(pages) == ["First page.", "", "Third page."]
    assert repair_page_texts([]) == []


def test_dot_leaders_become_one_space() -> None:
    pages = [
        "Examination Weight: Multiple-Choice Test . . . . . . . . . . . . 100%\n"
        "Interview ..........................50%\n"
        "Class Code 3344. . . . . . . . . . . . . . 01-12-18\n"
        "Three dots stay... and so does an ellipsis \u2026 alone."
    ]
    assert repair_page_texts(pages) == [
        "Examination Weight: Multiple-Choice Test 100%\n"
        "Interview 50%\n"
        "Class Code 3344 01-12-18\n"
        "Three dots stay... and so does an ellipsis \u2026 alone."
    ]


def test_repeated_footer_and_page_numbers_are_dropped() -> None:
    body = ["Duties include filing.", "Prepares reports.", "Answers the phone.", "Keeps records."]
    pages = [f"ACME WATER DISTRICT\n{text}\nClerk I - Rev. 03/2024\nPage {n} of 4" for n, text in enumerate(body, 1)]
    repaired = repair_page_texts(pages)
    assert repaired[0] == "ACME WATER DISTRICT\nDuties include filing."  # the first header names the document
    assert repaired[1:] == ["Prepares reports.", "Answers the phone.", "Keeps records."]


def test_lines_repeated_on_few_pages_and_two_page_documents_are_kept() -> None:
    two = ["NOTES:\nFiling is on-line.", "NOTES:\nBring a photo ID."]
    assert repair_page_texts(two) == two
    four = ["SALARY\nA", "SALARY\nB", "Duties\nC", "Duties\nD"]  # each on half the pages: not "most"
    assert repair_page_texts(four) == four


def test_page_numbers_out_of_page_order_are_kept() -> None:
    pages = ["Step\n7", "Step\n3"]  # numbers at the page edge that do not count the pages
    assert repair_page_texts(pages) == pages


def test_line_end_hyphen_kept_for_compounds_and_dropped_for_broken_words() -> None:
    pages = [
        "an accredited two-\nyear program in mechanics.\n"
        "The Engineer-\nIn-Training certificate.\n"
        "Pass the examina-\ntion first.\n"
        "Send it to the depart-\nment office.\n"
        "No evidence: exami-\nnation stays.",
        "Each department keeps a copy.",
    ]
    assert repair_page_texts(pages)[0] == (
        "an accredited two-year\nprogram in mechanics.\n"
        "The Engineer-In-Training\ncertificate.\n"
        "Pass the examination\nfirst.\n"
        "Send it to the department\noffice.\n"  # the document spells "department" elsewhere
        "No evidence: exami-nation\nstays."  # no dictionary: when unsure the hyphen stays
    )


def test_hyphen_kept_when_the_document_writes_the_compound() -> None:
    pages = ["take the multiple-\nchoice test", "A multiple-choice test; multiplechoice is a typo."]
    assert repair_page_texts(pages)[0] == "take the multiple-choice\ntest"


def test_split_words_are_rejoined_only_with_evidence() -> None:
    pages = [
        "Works with depart mental staff.\nAny one may apply.",
        "The departmental budget. Anyone else? Any applicant, one form.",
    ]
    first = repair_page_texts(pages)[0]
    assert "departmental staff" in first
    assert "Any one may apply." in first  # both halves stand alone elsewhere: left as written


def test_a_split_spelling_the_author_repeats_is_kept() -> None:
    pages = ["a data base of records; the data base is backed up", "Database administration"]
    assert repair_page_texts(pages) == pages


def test_doubled_spaces_blank_line_runs_and_trailing_spaces() -> None:
    pages = ["Annual  salary  is  at  the  start.   \n\n\n\n\nDUTIES  \n\n\nDoes work."]
    assert repair_page_texts(pages) == ["Annual salary is at the start.\n\nDUTIES\n\nDoes work."]


def test_one_word_per_line_runs_and_lone_list_markers_are_joined() -> None:
    page = (
        "NOTES:\n1.\nFor\ninformation\nregarding reciprocity between\nthe\nCity\nof\nLos\nAngeles\n"
        "departments,\ngo\nto: http://example.org/a.pdf.\n2.\nSalary is subject to change.\nDUTIES\nDoes work."
    )
    assert repair_page_texts([page]) == [
        "NOTES:\n1. For information regarding reciprocity between the City of Los Angeles departments, go "
        "to: http://example.org/a.pdf.\n2. Salary is subject to change.\nDUTIES\nDoes work."
    ]


def test_headings_and_short_lines_are_not_swallowed() -> None:
    page = "ANNUAL SALARY\n$86,312 (flat-rated)\nNOTES:\nKnowledge of:\nBudgets\nLaw\nDUTIES\nDrives."
    assert repair_page_texts([page]) == [page]


def test_curly_quotes_are_kept() -> None:
    page = "select the \u201cApply\u201d icon; a driver\u2019s license"
    assert repair_page_texts([page]) == [page]


def test_soft_hyphen_and_control_characters() -> None:
    assert repair_page_texts(["exami\u00adnation of re\u00ad\ncords\x0c"]) == ["examination of records"]


# --- a real PDF ------------------------------------------------------------------------------


def _bulletin_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_auto_page_break(False)
    pages = [
        ["FLEET MECHANIC", "Class Code: 3711", "ANNUAL SALARY", "$78,675 (flat-rated)",
         "Examination Weight: Multiple-Choice Test . . . . . . . . . . . . . . . . . . . . . 100%"],
        ["REQUIREMENTS", "1. Four years of full-time paid experience; or",
         "2. Completion of an accredited two-", "year program in automotive mechanics."],
        ["NOTES", "Candidates may take the test once a year."],
    ]
    for number, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        pdf.set_xy(10, 10)
        pdf.cell(0, 6, "City of Oakvale Personnel Department")
        y = 30
        for line in lines:
            pdf.set_xy(10, y)
            pdf.cell(0, 6, line)
            y += 8
        pdf.set_xy(10, 280)
        pdf.cell(0, 6, f"Page {number}")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.multi_cell(120, 6, "Applicants are urged to apply early to ensure that they have enough time to resolve "
                   "any technical issues they may encounter while filing.", align="J")
    return bytes(pdf.output())


def test_pdf_to_pages_reads_a_generated_pdf() -> None:
    pages = pdf_to_pages(_bulletin_pdf())
    assert len(pages) == 4
    assert pages[0].startswith("City of Oakvale Personnel Department\nFLEET MECHANIC")
    assert "Examination Weight: Multiple-Choice Test 100%" in pages[0]
    assert "2. Completion of an accredited two-year program in automotive mechanics." in collapse(pages[1])
    assert "City of Oakvale" not in pages[1] + pages[2]  # the repeated header, after the first page
    assert not any("Page " in page for page in pages)  # page numbers
    assert "any technical issues they may encounter while filing." in collapse(pages[3])


def test_pdf_to_pages_errors() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    pdf.cell(0, 6, "Secret salary table")
    pdf.set_encryption(owner_password="owner", user_password="s3cret")
    with pytest.raises(PdfPasswordError):
        pdf_to_pages(bytes(pdf.output()))
    with pytest.raises(PdfCorruptError):
        pdf_to_pages(b"%PDF-1.7\nthis is not a PDF at all")


def test_pdf_without_text_layer_gives_empty_pages() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 120, 160, style="F")
    assert pdf_to_pages(bytes(pdf.output())) == [""]


def test_a_two_page_documents_numbered_footer_is_dropped() -> None:
    """On two pages a repeated line is furniture when it holds a number ("Page 1 of 2", a revision date): the
    footer would otherwise be quoted as if the class said it."""
    footer = "Water Systems Operator III (5530) - Draft revised 05/2025 Page {} of 2"
    pages = [f"WATER SYSTEMS OPERATOR III\nDEFINITION\nOperates a water treatment plant.\n{footer.format(1)}",
             f"MINIMUM QUALIFICATIONS\nTwo years of plant operation experience.\n{footer.format(2)}"]
    repaired = repair_page_texts(pages)
    assert repaired == ["WATER SYSTEMS OPERATOR III\nDEFINITION\nOperates a water treatment plant.",
                        "MINIMUM QUALIFICATIONS\nTwo years of plant operation experience."]


def test_a_continued_running_header_is_dropped() -> None:
    pages = ["PARK MAINTENANCE WORKER\nDEFINITION\nMaintains park grounds.",
             "Park Maintenance Worker (continued)\nESSENTIAL DUTIES\nMows lawns and trims trees.",
             "Park Maintenance Worker (continued)\nPHYSICAL DEMANDS\nLifts up to 50 pounds."]
    repaired = repair_page_texts(pages)
    assert repaired == ["PARK MAINTENANCE WORKER\nDEFINITION\nMaintains park grounds.",
                        "ESSENTIAL DUTIES\nMows lawns and trims trees.", "PHYSICAL DEMANDS\nLifts up to 50 pounds."]
    assert "continued" not in " ".join(repaired)


def test_a_footer_of_fields_is_kept_once() -> None:
    """A footer that carries the class's fields ("Class Code: 3318 | Revised: 08/21/2023") is the only place they
    are printed: its repeats go, its last print stays (at the document's end, where it breaks no list running on
    over a page)."""
    footer = "Code Enforcement Officer Class Code: 3318 | Revised: 08/21/2023 Page {} of 3"
    pages = [f"CODE ENFORCEMENT OFFICER\nDEFINITION\nEnforces municipal codes.\n{footer.format(1)}",
             f"MINIMUM QUALIFICATIONS\nTwo years of code enforcement experience.\n{footer.format(2)}",
             f"PHYSICAL DEMANDS\nWalks uneven terrain.\n{footer.format(3)}"]
    repaired = repair_page_texts(pages)
    assert repaired[2].endswith(footer.format(3))
    assert "Revised" not in repaired[0] + repaired[1]


def test_each_pages_own_figures_under_a_running_header_are_content() -> None:
    """A series printed one level per page opens each page with that level's code and grade ("Class Code 6102
    Pay Range 18"): lines alike but for figures that neither repeat nor count the pages are content, kept."""
    header = "CITY OF KETTERBY - CLASS SPECIFICATION Maintenance Worker Series"
    levels = [("MAINTENANCE WORKER I", 6101, 14), ("MAINTENANCE WORKER II", 6102, 18), ("SENIOR MAINTENANCE WORKER", 6103, 22)]
    pages = [f"{header}\n{title}\nClass Code {code} Pay Range {grade}\nDEFINITION\nMaintains streets.\n"
             f"Revised 08/2024. Page {n} of 3" for n, (title, code, grade) in enumerate(levels, start=1)]
    repaired = "\n".join(repair_page_texts(pages))
    for _, code, grade in levels:
        assert f"Class Code {code} Pay Range {grade}" in repaired
    assert repaired.count(header) == 1 and "Page 2 of 3" not in repaired


def test_a_running_header_of_two_lines_opening_both_pages_of_a_two_page_spec_is_dropped_after_the_first() -> None:
    """A two-page spec repeats its header block ("STATE OF … CLASS SPECIFICATION" / the division's line) atop page
    2, in the middle of a sentence running on from page 1; the first page keeps it (it names the document)."""
    header = "STATE OF ROWANMERE CLASS SPECIFICATION\nDivision of Personnel Administration - Fish and Game"
    pages = [f"{header}\nWildlife Biologist\nA bachelor's degree in wildlife biology, with at least",
             f"{header}\n30 semester hours in the biological sciences."]
    repaired = repair_page_texts(pages)
    assert repaired[0].startswith("STATE OF ROWANMERE CLASS SPECIFICATION")
    assert repaired[1] == "30 semester hours in the biological sciences."
    assert repair_page_texts(["NOTES:\nFiling is on-line.", "NOTES:\nBring a photo ID."])[1].startswith("NOTES:")


def test_margin_line_numbers_are_dropped_a_step_tables_rows_are_kept() -> None:
    """An agenda packet numbers every line ("39 A … Inspector I may be advanced to … Inspector II without" / "40
    examination after …"): the numbers go, so the sentence reads whole; a step table's rows ("1 $71,240 $78,360")
    are data and stay."""
    body = ["SERIES CONCEPT", "Inspectors inspect the construction of State buildings and facilities built under",
            "contracts administered by the Division of Capital Construction.", "ADVANCEMENT",
            "A Construction Inspector I may be advanced to Construction Inspector II without",
            "examination after completing twenty-four (24) months of service as an Inspector I.",
            "LICENSES", "A valid driver's license.", "WORKING CONDITIONS", "Travel to project sites statewide.",
            "Work is performed outdoors in all weather.", "Climbs ladders and scaffolds.", "Walks on uneven ground."]
    page = "\n".join(f"{n} {line}" for n, line in enumerate(body, start=30))
    text = repair_page_texts([page])[0]
    assert "Inspector II without\nexamination after" in text and "\n30 " not in f"\n{text}"
    steps = "Step Monthly\n" + "\n".join(f"{n} ${60000 + 1000 * n:,} ${70000 + 1000 * n:,}" for n in range(1, 14))
    assert "1 $61,000 $71,000" in repair_page_texts([steps])[0]
