"""A typed bulletin's masthead (assistant.ingest.title_finder): its boxed banner's web address is no title, its
publisher's mail line does not push the class's name out of reach, and a manual's banner is no section heading."""

from __future__ import annotations

from assistant.ingest.docinfo import identify


def test_a_web_address_in_a_boxed_banner_is_no_title() -> None:
    """A typed bulletin's banner of "#" marks reads like Markdown headings; its web address names no job."""
    banner = "#" * 40 + "\n#     TARNWICK COUNTY CIVIL SERVICE COMMISSION     #\n#     www.tarnwick.example/csc     #\n" + "#" * 40
    text = banner + "\n\nBULLETIN NO. 26-EP-03\n\n              EXAMINATION PROCTOR\n\nPAY\nProctor $20.75\n"
    assert identify(text, "bulletin.txt").title == "Examination Proctor"


def test_the_publishers_mail_line_does_not_push_a_typed_announcements_title_out_of_reach() -> None:
    """A typed announcement's masthead runs eight lines (rules, address, phone, mail) before "JOB ANNOUNCEMENT" and
    the class; its mail line is no line of the page's own, and a title printed over two lines, the first ending in
    "/", is read whole."""
    masthead = ("DISTRICT NAME LINE           ANNOUNCEMENT 26-14       PAGE 1 OF 3\n" + "=" * 60 + "\n\n"
                "                    COPPERMARSH VALLEY WATER DISTRICT\n"
                "                 Human Resources  *  31 Reservoir Street\n"
                "               Coppermarsh, Valley County  *  (555) 471-3300\n"
                "                        jobs@coppermarshwater.example\n\n" + "=" * 60 + "\n"
                "                           JOB ANNOUNCEMENT\n")
    text = masthead + "                      WAREHOUSE MATERIALS HANDLER\n" + "=" * 60 + "\n\nRATE OF PAY\n$22.84\n"
    assert identify(text, "announcement.txt").title == "Warehouse Materials Handler"
    two_lines = masthead + "        EQUIPMENT MECHANIC / FLEET TECHNICIAN /\n          FLEET SUPERVISOR\n\nRATE OF PAY\n"
    assert identify(two_lines, "bulletin.txt").title == "Equipment Mechanic / Fleet Technician / Fleet Supervisor"


def test_a_manuals_banner_naming_the_kind_of_document_is_no_section_heading() -> None:
    """"CLASSIFIED JOB DESCRIPTIONS MANUAL" over the class's name: a banner, not the first section (whose heading
    would end the search for a title before "INTEGRATED PEST MANAGEMENT TECHNICIAN")."""
    text = ("MUDFORD UNIFIED SCHOOL DISTRICT\nCLASSIFIED JOB DESCRIPTIONS MANUAL\n\nINTEGRATED PEST MANAGEMENT TECHNICIAN\n\n"
            "  1. DEFINITION\n  Under general supervision, inspects school sites for pests.\n")
    assert identify(text, "mudford-4480.txt").title == "Integrated Pest Management Technician"


def test_an_invitation_names_the_job_before_its_apposition() -> None:
    """"… invites applications for County Fair Manager, the District's chief" (the line ends mid-phrase): the job is
    the name before the comma."""
    text = ("The Board of Directors of the Alder County Fair District invites applications for County Fair Manager, the "
            "District's chief\nexecutive. The Manager runs the five-day fair.\n\nSalary: $98,760 - $126,048 per year\n")
    assert identify(text, "alder-fair-manager.txt").title == "County Fair Manager"
