"""Page furniture is never taken for a class's name; real job names are."""

import pytest

from assistant.ingest.page_furniture import is_page_furniture


@pytest.mark.parametrize("line", [
    "Print Friendly", "=== Job Details ===", "Agenda Item 14 - Attachment B", "Packet Pg. 212",
    "Civil Service Commission", "Human Resources Services", "About the Port", "Examination Bulletin",
    "1200 Main Street", "Class Specification", "www.nolderbycounty.example/csc", "https://jobs.example/apply",
    "hr@county.example", "(555) 402-7700", "On this page", "Job Opening ID 26-1183", "Recommendation",
    "Attachments", "Table of Contents",
    # a paper's number and a form's row of numbered labels, over the names they label
    "Job Control No. 26-OEM-0311", "1. CLASSIFICATION TITLE 2. WORKING TITLE",
    "5. DEPARTMENT 6. SECTION", "Position Title",
])
def test_furniture_lines_are_not_titles(line: str) -> None:
    assert is_page_furniture(line)


@pytest.mark.parametrize("title", [
    "GIS Technician", "Clerk of the Board of Supervisors", "Wastewater Treatment Plant Operator III",
    "Print Shop Supervisor", "Department Head Secretary", "Web Developer", "Email Systems Administrator",
    "Title Examiner", "Title IX Coordinator", "Police Officer No. 2 Trainee",
    "Resolution No. 2025-47",  # a salary resolution's own name
    "Meeting Coordinator", "Meeting Notes 7",
])
def test_job_names_are_not_furniture(title: str) -> None:
    assert not is_page_furniture(title)


@pytest.mark.parametrize("line", [
    "ERRATA - BULLETIN REISSUED MARCH 30, 2026", "Correction - Filing Deadline Extended", "Board action",
    "Exam Bulletin No. 26-09 (Reissued)", "BOARD MEETING 02/10/2026", "Regular Meeting of March 3, 2026",
    "TEXT-ONLY ACCESSIBLE VERSION", "Printable Version", "THE ALDER LEDGER-COURIER             B9",
])
def test_a_reissue_notice_and_a_boards_record_are_not_titles(line: str) -> None:
    """A box announcing a reissued bulletin, the "Board action" heading of an agenda item's page, an agenda
    packet's meeting date and the banner of an accessible copy open the page before the class's name."""
    assert is_page_furniture(line)
