"""A job board's field block (label line, value line) read as "Label: value" lines; other text left alone."""

from __future__ import annotations

from assistant.ingest.label_lines import join_label_lines

POSTING = """City of Port Haven
Account Clerk
Salary
$24.10 - $30.85 Hourly
$50,128.00 - $64,168.00 Annually
Job Type
Full-Time
Job Number
25-0042
Closing Date
3/14/2025 5:00 PM

Description
The Account Clerk processes invoices."""


def test_a_field_block_becomes_label_value_lines_and_the_rest_stays() -> None:
    joined = join_label_lines(POSTING)
    assert "Salary: $24.10 - $30.85 Hourly; $50,128.00 - $64,168.00 Annually" in joined
    assert "Job Number: 25-0042" in joined and "Job Type: Full-Time" in joined
    assert "Closing Date: 3/14/2025 5:00 PM" in joined
    # the employer and the title above the block are no field; the description is untouched
    assert joined.startswith("City of Port Haven\nAccount Clerk\nSalary:")
    assert joined.endswith("Description\nThe Account Clerk processes invoices.")


def test_menus_and_headings_are_not_fields() -> None:
    menu = "Job Opportunities\nAll Jobs\nPromotional Jobs\nClass Specifications\nHome\nContact Us\n"
    assert join_label_lines(menu) == menu  # short lines, but no figure in any of them
    headed = "Duties\nProcesses invoices and payments for the department.\nQualifications\nTwo years of experience.\n"
    assert join_label_lines(headed) == headed  # two pairs are no field block


def test_an_applicant_tracking_pages_fields_with_a_blank_line_between_them_are_joined() -> None:
    text = ("Posting Details\n\nWorking Title\nResearch Administrator\n\nPosting Number\nS02514P\n\n"
            "Salary Grade\n14\n\nFLSA\nExempt\n\nJob Summary/Basic Function\nThe Research Administrator supports faculty.\n")
    joined = join_label_lines(text)
    assert "Working Title: Research Administrator\nPosting Number: S02514P\nSalary Grade: 14\nFLSA: Exempt" in joined
    assert "The Research Administrator supports faculty." in joined
    # headings over paragraphs and menus of short lines keep their lines
    menus = "Careers\nSearch Jobs\n\nSign In\nBack to results\n\nSenior Coordinator\nApply now\n\nShare\nSave job\n"
    assert join_label_lines(menus) == menus


def test_a_short_spec_of_headings_over_sentences_keeps_its_lines() -> None:
    text = ("City of Testville\nPark Gardener\nClass Code: 5120\n\nDefinition\nUnder supervision, plants and maintains "
            "city parks, flower beds and lawns.\n\nSalary\nHourly wage: $19.00 - $24.50\n")
    assert join_label_lines(text) == text


def test_dot_leader_fields_are_label_value_lines() -> None:
    from assistant.ingest.label_lines import dot_leader_fields

    text = ("CLASS TITLE ........... AIRPORT EQUIPMENT MECHANIC\n Education ....... High school diploma or GED.\n"
            "Minimum Qualifications ........ 3\nHe said... and then\nWait ... what")
    assert dot_leader_fields(text).split("\n") == [
        "CLASS TITLE: AIRPORT EQUIPMENT MECHANIC", " Education: High school diploma or GED.",
        "Minimum Qualifications ........ 3",  # a contents line and its page number
        "He said... and then", "Wait ... what"]  # an ellipsis is no leader


def test_fields_printed_side_by_side_get_lines_of_their_own() -> None:
    from assistant.ingest.label_lines import field_columns

    report = ("RUN DATE: 01/06/2025        STATE OF TALMADGE                     PAGE:   1 OF 3\n"
              "CLASS CODE: 6702          CLASS TITLE: CORRECTIONAL OFFICER\n"
              "          17        HOURLY              23.08           33.79")
    assert field_columns(report).split("\n") == [
        "RUN DATE: 01/06/2025", "STATE OF TALMADGE", "PAGE:   1 OF 3", "CLASS CODE: 6702",
        "CLASS TITLE: CORRECTIONAL OFFICER",
        "          17        HOURLY              23.08           33.79"]  # a table row's cells are no fields


def test_a_report_header_names_its_employer_and_title_not_its_page() -> None:
    from assistant.ingest.docinfo import identify

    text = join_label_lines("RUN DATE: 01/06/2025        STATE OF TALMADGE                     PAGE:   1 OF 3\n"
                            "                        CLASS SPECIFICATION REPORT\n"
                            "CLASS CODE: 6702          CLASS TITLE: CORRECTIONAL OFFICER\n\nNATURE OF WORK\n"
                            "  Under the supervision of a Correctional Sergeant, maintains custody of inmates.\n")
    info = identify(text, "talmadge-correctional-officer.txt")
    assert (info.title, info.employer) == ("Correctional Officer", "State of Talmadge")


def test_a_heading_underlined_with_dashes_and_a_place_in_capitals_are_no_fields() -> None:
    """"Full job description" over "------", "CITY OF PORT AINSLEY" over "invites applications for": a heading and a
    name, so the job's title under them stays a line of its own, not "…: Recruitment #25-0411-PD"."""
    text = ("Full job description\n--------------------\nCITY OF PORT AINSLEY\ninvites applications for\n"
            "CRIME AND INTELLIGENCE ANALYST\nRecruitment #25-0411-PD\n\nSalary: $41.15 - $52.50 hourly")
    assert join_label_lines(text) == text


def test_a_fact_sheets_labels_in_capitals_are_label_value_lines() -> None:
    """"FLSA Exempt" in a run of such lines is the field "FLSA: Exempt"; a list of certificates opening on acronyms
    ("ICC Residential Plans Examiner") and a lone line opening on one are left as they are."""
    from assistant.ingest.label_lines import caps_label_fields

    sheet = ("SALARY $6,120 - $7,810 monthly\nFINAL FILING DATE Friday, May 8, 2026 at 5:00 p.m.\nCLASS CODE 2210\n"
             "FLSA Exempt\nBARGAINING UNIT Mid-Management (Harlan County Managers Association)\nTHE POSITION\n"
             "FBI background checks are required.")
    assert caps_label_fields(sheet).split("\n")[:5] == [
        "SALARY: $6,120 - $7,810 monthly", "FINAL FILING DATE: Friday, May 8, 2026 at 5:00 p.m.", "CLASS CODE: 2210",
        "FLSA: Exempt", "BARGAINING UNIT: Mid-Management (Harlan County Managers Association)"]
    assert caps_label_fields(sheet).endswith("THE POSITION\nFBI background checks are required.")
    certificates = "ICC Residential Plans Examiner (R3)\nICC Commercial Building Inspector (B2)\nCPR Card from 2024"
    assert caps_label_fields(certificates) == certificates


def test_an_entry_wrapped_before_its_leader_is_one_line_again() -> None:
    """A bulletin wraps a long exam part before its dot leader ("Performance test (permit fee calculation" /
    "exercise) ........ 40%"): the part and its weight are one line; a sentence ended above a leader line stays."""
    text = ("    Written test (permit procedures, reading plans and\n"
            "    maps, arithmetic, customer service) .................. 60%\n"
            "    Performance test (permit fee calculation\n"
            "    exercise) ............................................ 40%\n\n"
            "  Candidates must pass both parts.\n"
            "    Oral interview ....................................... Pass/Fail\n")
    lines = join_label_lines(text).split("\n")
    assert "    Written test (permit procedures, reading plans and maps, arithmetic, customer service) " \
           ".................. 60%" in lines
    assert "    Performance test (permit fee calculation exercise) ............................................ 40%" \
        in lines
    assert "  Candidates must pass both parts." in lines
