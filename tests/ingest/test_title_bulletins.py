"""Titles of examination bulletins and label-value forms: the class examined or described, never the bulletin's
banner, the body that classifies, a section heading or the file name's kind of document."""

from __future__ import annotations

from assistant.ingest.docinfo import identify
from assistant.ingest.filename_title import filename_title


def test_a_row_of_label_value_pairs_names_the_title() -> None:
    """A Word form's first table row ("Job Title | Central Kitchen Production Lead | Job Code | NS-318") names the
    job, not the first section heading that names none ("Distribution of Work")."""
    text = ("CENTRAL KITCHEN PRODUCTION LEAD\n\nNutrition Services Department - Classified Service\n\n"
            "Job Title | Central Kitchen Production Lead | Job Code | NS-318\n"
            "FLSA Status | Non-Exempt | Bargaining Unit | Classified Employees Association\n\n"
            "## Job Summary\n\nLeads a production crew in the central kitchen.\n\n"
            "## Distribution of Work\n\nEssential Function | % of Time\nBatch production | 45%\n")
    info = identify(text, "emberwold-usd-central-kitchen-production-lead.docx")
    assert info.title == "Central Kitchen Production Lead", info.title
    # a header row of labels still names nothing
    header = "Class Title | Class Code | Salary Range\nBus Operator | 4410 | $20 - $30\n"
    assert identify(header, "x.txt").title != "Class Code"


def test_an_examination_banner_and_the_classifying_body_are_no_title() -> None:
    """A school district's bulletin: its personnel commission's line and the examination's banner come before the
    class examined."""
    text = ("=" * 79 + "\n                    NORVANE UNIFIED SCHOOL DISTRICT\n"
            "                 PERSONNEL COMMISSION - CLASSIFIED SERVICE\n"
            "          2200 Larchmont Avenue, Building C, Norvane, ST 00000\n" + "=" * 79 + "\n\n"
            "                 ANNOUNCEMENT OF OPEN AND PROMOTIONAL EXAMINATION\n\n"
            "                    ASBESTOS AND LEAD PROGRAM TECHNICIAN\n\n"
            "Bulletin No. 2026-031                               Date Issued: March 16, 2026\n"
            "Class Code: 5482\n\nTHE POSITION\n\nInspects school buildings for asbestos and lead.\n")
    info = identify(text, "bulletin-2026-031.txt")
    assert info.title == "Asbestos and Lead Program Technician", info.title


def test_a_commission_with_its_notice_number_is_no_title() -> None:
    """A state's commission with its notice number beside it, then the examination's banner, then the class."""
    state = ("STATE OF SAXONDALE                                       EXAMINATION ANNOUNCEMENT\n"
             "CIVIL SERVICE COMMISSION                                 NO. 26-CS-0412\n"
             "1120 Meridian Street, Capitol City                       ISSUED: MARCH 20, 2026\n" + "=" * 80 + "\n\n"
             "                     OPEN AND PROMOTIONAL EXAMINATION\n"
             "                         SMALL BUSINESS LIAISON\n\n"
             "WHO MAY APPLY\n-------------\nAnyone who meets the minimum qualifications may compete.\n")
    assert identify(state, "announcement-0412.txt").title == "Small Business Liaison"


def test_the_file_names_kind_of_document_is_no_part_of_the_title() -> None:
    """The last resort, the file name, without its employer and without "exam bulletin" after the job."""
    assert filename_title("norvane-usd-asbestos-lead-program-technician-exam-bulletin.txt",
                          "Norvane Unified School District") == "Asbestos Lead Program Technician"
    assert filename_title("kelvarra-juvenile-probation-officer-bulletin.pdf", "State of Kelvarra") == \
        "Juvenile Probation Officer"
    assert filename_title("job-posting.pdf", "") == "Job Posting"  # nothing would be left of it
    # the employer's kind of government after its name ("kelvarra-state-…") goes with the name; alone, it may be the job's
    assert filename_title("kelvarra-state-juvenile-probation-officer-bulletin.pdf", "State of Kelvarra") == \
        "Juvenile Probation Officer"
    assert filename_title("county-surveyor.txt", "Marin County") == "County Surveyor"
    # the employer's place word alone, then the initials of the body it names ("ashvale-cmc-…" of the Ashvale Valley
    # Community Media Commission)
    assert filename_title("ashvale-cmc-channel-producer-director.txt", "Ashvale Valley Community Media Commission") == \
        "Channel Producer Director"


def test_a_bulletins_number_and_a_proposals_status_are_no_title() -> None:
    """"EXAM NO. 26-114-OC" numbers the bulletin and "NEW CLASSIFICATION - RECOMMENDED FOR ADOPTION" says what the
    board is asked to do; the class is under a fixed-width table's "CLASS TITLE" column or on its own line."""
    bulletin = ("                     OPEN COMPETITIVE EXAMINATION ANNOUNCEMENT\n"
                "                              EXAM NO. 26-114-OC\n\n" + "-" * 80 + "\n"
                " CLASS TITLE                CLASS CODE   SALARY (ANNUAL)          DEPARTMENT\n" + "-" * 80 + "\n"
                " Pharmacist                 5410         $141,876 - $172,458      Health Services\n" + "-" * 80 +
                "\n\n THE POSITIONS\n\nFills Pharmacist vacancies in the Health Services Agency.\n")
    assert identify(bulletin, "dwyford-county-exam.txt").title == "Pharmacist"
    bare_class = ("                        ANNOUNCEMENT NO. 2026-HX-031\n\n"
                  " CLASS                          CODE    SALARY RANGE   MONTHLY SALARY\n"
                  " -----------------------------  ------  -------------  ----------------------\n"
                  " Consumer Fraud Investigator    4477    62             $6,882 - $8,366\n\nFILING PERIOD\n")
    assert identify(bare_class, "hoxmoor-county-da-bulletin.txt").title == "Consumer Fraud Investigator"
    proposal = ("Elkhollow County Board of Supervisors Regular Meeting of March 24, 2026\n"
                "NEW CLASSIFICATION - RECOMMENDED FOR ADOPTION\nELKHOLLOW COUNTY\nCLASS SPECIFICATION\n"
                "Registered Veterinary Technician\nClass Code: 3418\nDEFINITION\nPerforms veterinary technician work.\n")
    assert identify(proposal, "elkhollow-county-rvt.pdf").title == "Registered Veterinary Technician"


def test_an_exhibits_class_specification_label_names_the_class() -> None:
    """An agenda packet's staff report, then its exhibit: "EXHIBIT A - CLASS SPECIFICATION: MARKET STANDARDS
    INSPECTOR" names the class, not the file name with the employer's words in it."""
    packet = ("JADDERMERE PRODUCE TERMINAL MARKET AUTHORITY - BOARD OF COMMISSIONERS\nSTAFF REPORT\n"
              "TO: Board of Commissioners\nRECOMMENDATION\nAdopt the attached class specification.\n"
              "EXHIBIT A - CLASS SPECIFICATION: MARKET STANDARDS INSPECTOR\nClass Code FLSA Bargaining Unit Probation\n")
    info = identify(packet, "jaddermere-market-authority-market-standards-inspector.pdf")
    assert info.title == "Market Standards Inspector", info.title
    report = ("STAFF REPORT\nTO: Board of Commissioners\nSUBJECT: New Classification - Market Standards Inspector\n"
              "RECOMMENDATION\nAdopt the attached class specification.\n")
    assert identify(report, "jaddermere-item-7c.pdf").title == "Market Standards Inspector"


def test_a_file_names_one_word_job_drops_the_kind_of_document() -> None:
    assert filename_title("dwyford-county-pharmacist-exam-bulletin.txt", "Dwyford County") == "Pharmacist"
    assert filename_title("job-posting.txt", "") == "Job Posting"


def test_a_proposed_specification_in_a_board_item_names_the_class_not_its_current_and_proposed_row() -> None:
    """An agenda item's summary table gives the current and the proposed title side by side ("Class title District
    Records Coordinator Records Archivist"); its attachment, "PROPOSED CLASS SPECIFICATION: RECORDS ARCHIVIST", names
    the class."""
    text = ("CORLAVEN COMMUNITY COLLEGE DISTRICT Personnel Commission - Regular Meeting of April 8, 2026\n"
            "SUBJECT: Revision of the class specification for District Records Coordinator, retitled\n"
            "Records Archivist, and reallocation to Salary Range 41\n"
            "SUMMARY OF CHANGES\nItem Current Proposed\nClass title District Records Coordinator Records Archivist\n"
            "Class code 2271 2271 (unchanged)\n"
            "ATTACHMENT A - PROPOSED CLASS SPECIFICATION: RECORDS ARCHIVIST\nDEFINITION\n"
            "Under general direction, plans and carries out the District's records management program.\n")
    info = identify(text, "corlaven-ccd-records-archivist.pdf")
    assert info.title == "Records Archivist"
    # the personnel commission classifies; the college district it is named after employs
    assert info.employer == "Corlaven Community College District"


def test_a_notices_sentence_in_a_box_of_hash_marks_is_no_title() -> None:
    """A text bulletin opens on an errata box drawn with "#" marks, its lines read as headings: neither the box's
    banner nor its sentence is the class; the bulletin's class line is."""
    text = ("#" * 60 + "\n#   ERRATA - BULLETIN REISSUED MARCH 30, 2026           #\n"
            "#   The written test date has been changed from Saturday, April 25, 2026     #\n" + "#" * 60 + "\n\n"
            "BOWERLAKE REGIONAL LIBRARY AUTHORITY\n\nOPEN COMPETITIVE EXAMINATION ANNOUNCEMENT\n\n"
            "BOOKMOBILE OPERATOR\n\nTHE POSITION\n\nDrives the bookmobile on a rotating route.\n")
    info = identify(text, "bowerlake-bookmobile-operator-exam-bulletin.txt")
    assert info.title == "Bookmobile Operator", info.title
