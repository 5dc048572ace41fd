"""Finding a document's title: labels, form boxes, headings, the page title, standalone lines, the file name."""

from __future__ import annotations

from assistant.ingest.docinfo import identify


def test_all_caps_title_line_is_the_title():
    text = (
        "CITY OF HARLOW SPRINGS\nCLASS SPECIFICATION\n\nBUS OPERATOR\n\n"
        "DEFINITION\nUnder general supervision, operates buses on fixed routes.\n"
    )
    info = identify(text, "spec-0412.txt")
    assert info.title == "Bus Operator"


def test_a_title_label_in_a_table_header_is_no_title_and_the_page_title_is_used():
    text = ("## CEDAR CREEK UNIFIED SCHOOL DISTRICT\n\n### CLASSIFIED JOB DESCRIPTION — CUSTODIAN SERIES\n\n"
            "Class Title | Class Code | Salary Range\nCustodian I | 2210 | Range 22\nCustodian II | 2211 | Range 25\n")
    info = identify(text, "cedar-creek.html", "Custodian Series - Human Resources - Cedar Creek USD")
    assert info.title == "Custodian Series"
    assert info.employer == "Cedar Creek Unified School District"
    assert [c.code for c in info.classes] == ["2210", "2211"]


def test_a_job_board_posting_names_its_title_twice_under_the_site_menus():
    text = ("Skip to Main Content\nCreate a Job Alert\nSign In\nCity of Port Alden\n\nJob Opportunities\nAll Jobs\n"
            "Promotional Jobs\nClass Specifications\n\nPermit Technician\nPrint Job Information | Apply\n\n"
            "City of Port Alden\nPermit Technician\nSalary\n$30.47 - $39.06 Hourly\n")
    info = identify(text, "port-alden-posting.txt")
    assert (info.title, info.title_from_filename) == ("Permit Technician", False)


def test_a_yaml_front_matter_title_loses_its_quotes():
    text = '---\ntitle: "Park Ranger"\nemployer: City of Larkspur Bay\n---\n\n## Definition\n\nPatrols city parks.\n'
    info = identify(text, "larkspur-ranger.md")
    assert (info.title, info.title_from_filename) == ("Park Ranger", False)
    assert identify(text.replace('"Park Ranger"', "'Park Ranger'"), "larkspur-ranger.md").title == "Park Ranger"


def test_a_pages_one_top_heading_is_its_title_though_a_section_word_is_in_it():
    """"Special Education" is also a department's name; as the page's one "# " heading, ending in a job noun, it
    opens the class's title, which is not replaced by the file name."""
    text = ("# Special Education Instructional Assistant\n\nWillow Creek Unified School District\n\n## Definition\n\n"
            "Assists teachers of students with disabilities.\n\n## Essential Duties\n\nWorks with small groups.\n")
    info = identify(text, "wcusd-sped-ia.md")
    assert (info.title, info.title_from_filename) == ("Special Education Instructional Assistant", False)
    assert info.employer == "Willow Creek Unified School District"


def test_the_html_title_part_that_is_not_the_employer_or_a_kind_of_page_is_the_title():
    from assistant.ingest.loaders import load_bytes

    html = ("<html><head><title>City of Oxbow Falls - Job Descriptions - Wastewater Treatment Plant Operator III"
            "</title></head><body><p>Under general supervision, operates and maintains the wastewater treatment "
            "plant.</p><p>Two years of experience operating a treatment plant.</p></body></html>")
    doc = load_bytes(html.encode(), ".html", "oxbow-3314.html")
    info = identify(doc.text, "oxbow-3314.html", doc.html_title)
    assert (info.title, info.title_from_filename) == ("Wastewater Treatment Plant Operator III", False)
    assert info.employer == "City of Oxbow Falls"


def test_a_recruitment_bulletin_banner_is_no_title():
    text = ("RECRUITMENT BULLETIN\n\nFIREFIGHTER/PARAMEDIC\n\nCity of Harlow Springs\n\nDEFINITION\n"
            "Responds to fires and medical emergencies.\n")
    info = identify(text, "bulletin-0412.txt")
    assert info.title.casefold() == "firefighter/paramedic" and not info.title_from_filename
    assert info.employer == "City of Harlow Springs"


def test_an_employment_opportunity_banner_is_no_title() -> None:
    text = ("SWANMERE COMMUNITY COLLEGE DISTRICT Human Resources | jobs.swanmere.example\nClassified Employment Opportunity\n"
            "Residence Hall Director\nStudent Life and Housing - Mariner Village Residence Halls\n"
            "APPLICATION DEADLINE: Friday, March 13, 2026, 4:00 p.m.\n")
    assert identify(text, "swanmere-posting.pdf").title == "Residence Hall Director"


def test_a_series_line_is_the_title_and_a_kind_of_document_is_not() -> None:
    text = ("CITY OF MERRIWICK\n\nPLANNER I / PLANNER II / SENIOR PLANNER\n\nClass Series Specification\n\n"
            "Department: Community Development\n\nSERIES CONCEPT\n\nThe Planner series performs planning work.\n")
    info = identify(text, "planners.docx")
    assert (info.title, info.title_from_filename) == ("Planner I / Planner II / Senior Planner", False)


def test_a_class_specification_banner_does_not_hide_the_title_under_it() -> None:
    text = ("HOLLOWAY COUNTY\nCLASS SPECIFICATION\nDEPUTY PROBATION OFFICER I/II\n\nDEFINITION\n"
            "Supervises probationers.\n")
    info = identify(text, "hc-dpo.txt")
    assert (info.title, info.title_from_filename) == ("Deputy Probation Officer I/II", False)


def test_title_labels_alone_on_a_line_or_numbered_and_section_headings_that_name_no_job() -> None:
    text = "MARROWICK COUNTY\n\nCLASS SPECIFICATION\n\nCLASS TITLE\n\nSheriff's Dispatcher II\n\nCLASS CODE\n\n4417\n"
    assert identify(text, "doc.html").title == "Sheriff's Dispatcher II"
    form = "ELLSMERE UNIVERSITY\n1. Position Number: 00048213 2. Job Code: 7412\n3. Title: Research Laboratory Technician 4. Pay Grade: T04\n"
    assert identify(form, "pd.pdf").title == "Research Laboratory Technician"
    page = "## About the Job\n\nDrive buses.\n\n## Benefits\n\nMedical.\n"
    assert identify(page, "p.html", "Bus Operator Trainee | Careers | Pellham Valley Transit").title == "Bus Operator Trainee"
    from assistant.ingest.employers import find_employer
    assert find_employer("MOSSGROVE UNIFIED SCHOOL DISTRICT — Classified Job Description | Code 6240") == \
        "Mossgrove Unified School District"
    assert find_employer("Issued by the City of Vantmoor Finance Department") == "City of Vantmoor"


def test_page_title_parts_are_cased_and_a_bare_code_is_no_title() -> None:
    """A <pre> page whose HTML title is "6612 - HIGHWAY MAINTENANCE LEAD WORKER"."""
    info = identify("STATE OF KELVARY\n\nCLASS SPECIFICATION\n\nNATURE OF WORK\nLeads a crew.\n", "k.html",
                    html_title="6612 - HIGHWAY MAINTENANCE LEAD WORKER")
    assert info.title == "Highway Maintenance Lead Worker"


def test_a_series_heading_is_the_title_and_class_series_is_a_section() -> None:
    text = "# Environmental Scientist Series\n\nSeries Codes | 7410, 7411\n\n## Class Series\n\nThis series describes work.\n"
    assert identify(text, "m.html").title == "Environmental Scientist Series"


def test_a_capitals_title_naming_its_field_after_a_comma_under_an_office_line() -> None:
    text = ("LINDEN GROVE UNIFIED SCHOOL DISTRICT\n\nClassified Personnel Services\n\n"
            "INSTRUCTIONAL ASSISTANT, SPECIAL EDUCATION\n\nDepartment: Special Education\n\nBASIC FUNCTION:\nAssists.\n")
    info = identify(text, "linden-ia.html")
    assert info.title == "Instructional Assistant, Special Education"
    assert info.employer == "Linden Grove Unified School District"


def test_a_breadcrumbs_last_step_names_the_page() -> None:
    text = ("Skip to main content\nWESTERHOLD DEPARTMENT OF CORRECTIONS\n"
            "Home > Careers > Custody Careers > Correctional Officer Cadet\n\nCareers menu\n  Custody Careers\n"
            "  Correctional Sergeant\n\nBECOME A CORRECTIONAL OFFICER\nStart a career with purpose.\n")
    assert identify(text, "westerhold-doc-cadet.txt").title == "Correctional Officer Cadet"


def test_a_listing_names_its_job_above_its_employer_under_the_board_name() -> None:
    text = ("\nJobNest\nFind jobs    Company reviews\n\n< Back to search results\n\nLibrary Page\nFenner County Library\n"
            "Marlow, ST 63044\n$17.25 - $19.10 an hour - Part-time\n\nFull job description\nFenner County Library is hiring.\n")
    assert identify(text, "listing.txt").title == "Library Page"
    # an e-mail signature (a person's job over the employer) is no title: the file name is kept
    mail = ("From: Dana Whitcomb\nSent: Tuesday\nTo: Library Staff\nSubject: FW: posting\n\nHi everyone,\n\n"
            "We're hiring! Please pass this along to anyone you think would be a good fit -\npatrons, neighbors, whoever.\n"
            "The posting from HR is below.\nQuestions about the job can come to me;\nquestions about the application\n"
            "go to Marisol in HR.\n\nThanks!\nDana\n\nDana Whitcomb\nLibrary Director\nWrenfield Public Library\n40 Elm Street\n")
    assert identify(mail, "wrenfield-library-assistant.txt").title == "Library Assistant"


def test_level_title_lines_one_under_another_make_the_series_title() -> None:
    text = ("\nCOUNTY OF BRENMOOR CLASS SPECIFICATION\nELIGIBILITY WORKER I\nELIGIBILITY WORKER II\n"
            "Class Codes: 3021 (I) / 3022 (II)\nDEFINITION\nDetermines eligibility. An Eligibility Worker II works alone.\n")
    info = identify(text, "brenmoor.pdf")
    assert info.title == "Eligibility Worker I/II" and info.levels == ["I", "II"]


def test_a_forms_label_row_over_its_value_row_gives_the_title_and_form_sections_are_none() -> None:
    text = ("WESTFALL STATE UNIVERSITY\nSTAFF POSITION DESCRIPTION\nSECTION A - POSITION IDENTIFICATION\n"
            "Position Title Position Number Job Code\nIT Support Specialist II 00318742 ITS212\n"
            "SECTION B - POSITION SUMMARY\nProvides technical support.\n")
    assert identify(text, "form.pdf").title == "IT Support Specialist II"


def test_a_title_stops_at_the_next_field_on_its_line_and_about_the_library_is_no_title() -> None:
    text = "Job Title: School Bus Driver Department: Transportation Services\nWork Year: 185 days\n"
    assert identify(text, "driver.pdf").title == "School Bus Driver"
    text = "# About the Library\n\nSaltmere Public Library District serves four towns.\n"
    assert identify(text, "saltmere-circulation-associate.docx").title != "About the Library"


def test_a_bare_position_label_names_the_job_and_an_address_is_no_title() -> None:
    text = ("                DUNMORE COUNTY\n        ROAD AND BRIDGE DEPARTMENT\n    410 COURTHOUSE SQUARE - HOLLIS SPRINGS\n\n"
            "POSITION:        ROAD MAINTENANCE WORKER (FULL-TIME)\n\nDEPARTMENT:      ROAD AND BRIDGE\n")
    assert identify(text, "announcement.txt").title == "Road Maintenance Worker"
    assert identify("POSITION:   FULL-TIME\n\n# Librarian\n", "x.txt").title == "Librarian"


def test_a_newsletters_now_hiring_line_names_the_job() -> None:
    text = ("From: City of Fernhaven Careers <careers@fernhaven.example>\nDate: Tue, 18 Mar 2025 07:02:14 -0700\n"
            "Subject: [Fernhaven Careers Weekly] Now Hiring: Customer Service Representative II - Utility Billing\n"
            "Reply-To: no-reply@fernhaven.example\n\n" + "Having trouble reading this email? View it online.\n" * 20 +
            "CUSTOMER SERVICE REPRESENTATIVE II - UTILITY BILLING\nThe City of Fernhaven bills 31,000 customers.\n")
    info = identify(text, "fernhaven-csr2-utility-billing.txt")
    assert info.title == "Customer Service Representative II - Utility Billing"
    assert identify("DUNMORE REGIONAL TRANSIT AUTHORITY\nNOW HIRING: BUS OPERATOR (TRAINEE)\nWe train you!\n",
                    "dunmore-rta-bus-operator.pdf").title == "Bus Operator (Trainee)"
    # an announcement of something else is no title
    other = identify("Now Hiring: apply by Friday, April 4\n\nACCOUNT CLERK\nCity of Fernhaven\n", "x.txt")
    assert other.title == "Account Clerk"
    # an internal announcement's subject: the job, then the site it is at and the posting's number
    memo = ("Subject: INTERNAL JOB ANNOUNCEMENT - Lead Custodian (Night Shift), Harlan Ridge High School - Posting "
            "#IN-24-117\nFrom: Human Resources <hr@ashby.example>\n\nGood morning, classified colleagues,\n")
    assert identify(memo, "ashby-lead-custodian-internal.txt").title == "Lead Custodian (Night Shift)"


def test_a_forms_title_label_and_value_on_one_line_without_a_colon() -> None:
    text = ("LARKWOOD UNIVERSITY | OFFICE OF HUMAN RESOURCES\nPOSITION DESCRIPTION\nSECTION A - POSITION IDENTIFICATION\n"
            "Position Title (Classification) Accountant\nWorking Title General Ledger Accountant\n"
            "Position Number 00412873\nJob Code / Pay Grade F2310 / Grade 13\n")
    info = identify(text, "larkwood-university-accountant.pdf")
    assert info.title == "Accountant"
    assert [c.title for c in info.classes] in ([], ["Accountant", "General Ledger Accountant"])  # never "Position Number"
    # a row of titles after the label is no one title
    row = identify("Class Title Records Specialist I Records Specialist II\nCity of Alder\n", "alder-records.pdf")
    assert row.title != "Records Specialist I Records Specialist II"


def test_a_series_page_lists_its_classes_each_with_its_code_after_a_gap() -> None:
    text = ("SALTMARSH FIRE PROTECTION DISTRICT\nHUMAN RESOURCES DIVISION\nCLASS SPECIFICATION - SERIES\n\n"
            "FIREFIGHTER TRAINEE          CLASS CODE 7101\nFIREFIGHTER                  CLASS CODE 7102\n"
            "FIRE ENGINEER                CLASS CODE 7104\n\nADOPTED: 09/2016\n\n1. SERIES CONCEPT\n\nThe series …\n")
    info = identify(text, "saltmarsh-fpd-firefighter-series.txt")
    assert info.title == "Firefighter Trainee / Firefighter / Fire Engineer"  # never "… Class Code 7101"
    assert [(c.title, c.code) for c in info.classes] == [
        ("Firefighter Trainee", "7101"), ("Firefighter", "7102"), ("Fire Engineer", "7104")]


def test_a_brochures_invitation_names_the_job_on_its_next_line() -> None:
    text = ("The Velmont Regional Airport Authority invites applications for\nDIRECTOR OF AIRPORT OPERATIONS\n"
            "Velmont Regional Airport (VRA) | Velmont\nSalary: $148,000 - $192,000 annually, DOQ\n")
    assert identify(text, "velmont-airport-director-of-operations.pdf").title == "Director of Airport Operations"


def test_pay_and_a_deadline_after_an_alerts_job_name_are_no_part_of_the_title() -> None:
    text = ("From: Dunmore Bay Sanitation District <jobs@dbsd.example>\n"
            "Subject: Job Alert: Wastewater Treatment Plant Operator II - $38.12-$46.35/hr - Apply by Oct 24\n\nHello,\n")
    assert identify(text, "dbsd-operator.txt").title == "Wastewater Treatment Plant Operator II"


def test_a_job_named_above_a_heading_that_names_none_is_the_title() -> None:
    text = ("JOB POSTING\n\nMaintenance Electrician\n\nPosting Number: 2025-047\n\nSalary: $89,440 - $114,650\n\n"
            "## About the Port\n\nThe Port of Kestrel Bay is a public port district.\n\n## The Position\n\nInstalls …\n")
    assert identify(text, "port-electrician.docx").title == "Maintenance Electrician"


def test_a_forms_label_row_with_colons_over_its_value_row() -> None:
    text = ("ROSMERE VALLEY HOSPITAL DISTRICT\nJOB DESCRIPTION\nJOB TITLE: JOB CODE:\nSterile Processing Technician 60412\n"
            "DEPARTMENT: COST CENTER:\nSurgical Services - Sterile Processing 7420\n")
    assert identify(text, "rosmere-valley-hd-spt.pdf").title == "Sterile Processing Technician"


def test_a_job_line_with_its_unit_after_a_dash_under_a_sites_menus() -> None:
    text = ("Skip to main content\nTillery County Health System | Careers\nHome | Search Jobs | Nursing | Benefits\n"
            "Search jobs by keyword or location   [ Search ]\nWe use cookies. [Accept All]\n\n"
            "Home > Search Jobs > Nursing > Clinical Nurse II - Medical/Surgical (Nights)\n\n"
            "Clinical Nurse II - Medical/Surgical (Nights)\nCorbin Flats Medical Center\n[ Apply Now ]\n")
    info = identify(text, "corbin-flats-clinical-nurse-2.txt")
    assert info.title == "Clinical Nurse II - Medical/Surgical (Nights)" and not info.title_from_filename
    assert info.employer == "Tillery County Health System"


def test_a_forms_title_box_ends_where_the_next_box_label_begins() -> None:
    text = ("HALVERING UNIVERSITY\nSTAFF POSITION DESCRIPTION\nSECTION A – POSITION INFORMATION\n"
            "Classification Title Fleet Mechanic Working Title Fleet Mechanic – Transportation & Parking Services\n"
            "Job Code 7342 Pay Grade T08\n\nSECTION D – ESSENTIAL FUNCTIONS\n# Essential function % of time\n")
    assert identify(text, "halvering-university-fleet-mechanic.pdf").title == "Fleet Mechanic"


def test_a_council_reports_subject_names_the_class_and_its_packet_marks_are_no_title() -> None:
    text = ("                                   Agenda Item 6.B\n                                   Packet Pg. 57\n\n"
            "            TOWN OF GARRICK FALLS\n          TOWN COUNCIL STAFF REPORT\n\nMEETING DATE:  March 4, 2025\n\n"
            "SUBJECT:       ESTABLISH THE CLASSIFICATION OF STORMWATER TECHNICIAN, AMEND THE\n"
            "               SALARY SCHEDULE\n\nRECOMMENDATION\n\nAdopt the resolution.\n")
    info = identify(text, "garrick-falls-item-6b.txt")
    assert info.title == "Stormwater Technician" and info.employer == "Town of Garrick Falls"
    memo = "MEMORANDUM\nTO: All staff\nRE: Reclassification of the Senior Account Clerk position\n\nBody.\n"
    assert identify(memo, "memo.txt").title == "Senior Account Clerk"


def test_a_bare_classification_label_holding_a_group_is_no_title() -> None:
    text = ("[Skip to main content](#main)\n\n# Payroll Technician\n\n**Class Code:** 3120\n"
            "**Classification:** Classified, Business Services Family\n**Salary Grade:** 31\n")
    assert identify(text, "payroll.md").title == "Payroll Technician"
    assert identify("Classification: Environmental Scientist 2\nClass Code: 3271\n", "x.txt").title == \
        "Environmental Scientist 2"


def test_a_series_line_over_a_box_of_class_fields_and_a_payroll_reports_header_lines() -> None:
    text = ("WASTEWATER COLLECTION OPERATOR SERIES\n\nOperator I  •  Operator II\n\n## Class Information\n\n"
            "Class Title | Class Code | Pay Grade | Hourly Range\n"
            "Wastewater Collection Operator I | 5301 | 19 | $27.10 - $32.94\n"
            "Wastewater Collection Operator II | 5302 | 22 | $31.16 - $37.88\n")
    assert identify(text, "series.docx").title == "Wastewater Collection Operator Series"
    report = ("CITY OF HALDANE          PERSONNEL/PAYROLL SYSTEM          PAGE  3 OF 11\n"
              "REPORT CLS410            CLASSIFICATION AND PAY PLAN       RUN DATE 07/01/2025\nPLAN YEAR FY2025-26\n")
    assert "Fy2025" not in identify(report, "haldane-plan.txt").title


def test_the_employer_after_a_jobs_name_is_no_part_of_its_title() -> None:
    text = "Jobs > Listing\n\n# Library Page - Orrin Falls Unified School District\n\nOrrin Falls Unified School District\n"
    info = identify(text, "page.txt")
    assert info.employer == "Orrin Falls Unified School District" and info.title == "Library Page"


def test_a_job_named_for_a_school_or_a_county_is_a_title_line() -> None:
    text = "TAMSIN VALLEY UNIFIED SCHOOL DISTRICT\nCLASSIFIED JOB DESCRIPTION\n\nSCHOOL RECEPTIONIST\nJob Code: 3105\n"
    assert identify(text, "tamsin-receptionist.txt").title == "School Receptionist"


def test_a_banner_label_a_job_family_and_a_file_name_give_the_title() -> None:
    card = ("CITY OF SALTMARSH COVE | PUBLIC WORKS\nJOB AT A GLANCE: GROUNDSKEEPER\nRecruitment #25-031 | Class Code 7120\n"
            "KEY FACTS\nPay $19.85 - $24.12 per hour\n")
    assert identify(card, "card.pdf").title == "Groundskeeper"
    # a family standard: the family's name, not a level's box or a line of its levels' working titles
    standard = ("Calloway State University | Office of Human Resources\nCLASSIFICATION STANDARD\n"
                "Job Family: Information Technology Client Support (ITS)\nJob Family Concept\n"
                "Work is organized in four skill levels. Typical working title: Help Desk Technician.\n"
                "Foundation (Job Code ITS1)\nEntry level. Typical\nworking title: Desktop Support Technician.\n"
                "Advanced (Job Code ITS3)\nWorks under general direction.\n")
    assert identify(standard, "cs-it-04.pdf").title == "Information Technology Client Support"
    # … only where nothing else names the job: a class's own title line comes before its family's field
    spec = ("Redvale Community College District - Classified Class Specification\n\n   LIBRARY SERVICES TECHNICIAN\n\n"
            "Class Code: 2286\nJob Family: Library and Learning Resources\n")
    assert identify(spec, "spec.txt").title == "Library Services Technician"
    # the file name without the employer's name (its apostrophe dropped) or its initials
    info = identify("Town of Pell's Crossing\nThe Town is looking for a mechanic to keep its trucks running.\n",
                    "pells-crossing-public-works-mechanic.txt")
    assert info.title == "Public Works Mechanic" and info.title_from_filename
    info = identify("CORVANE METROPOLITAN UTILITY DISTRICT\nHow to read this matrix: each row is an attribute.\n",
                    "corvane-mud-engineering-job-family-matrix.txt")
    assert info.title == "Engineering Job Family Matrix", info.title


def test_a_document_kind_label_holding_a_note_is_no_title() -> None:
    text = ("DUNMERROW COUNTY - DEPARTMENT OF HUMAN RESOURCES\nClass Specification | Official copy on file with the Civil "
            "Service Commission\nPERMIT TECHNICIAN\nClass Code: 4412 FLSA: Non-Exempt\nDEFINITION\nProcesses permits.\n")
    assert identify(text, "dunmerrow.pdf").title == "Permit Technician"
    # the label holding a job's name is still its title
    assert identify("Class Specification: Accounting Technician\nDEFINITION\nKeeps books.\n", "x.txt").title == \
        "Accounting Technician"


def test_the_body_that_classifies_printed_under_the_employer_is_no_title() -> None:
    """A typed spec's banner: the county, then its civil service commission, then the class."""
    text = ("CALDRY COUNTY\nCIVIL SERVICE COMMISSION\nCONSTRUCTION INSPECTOR\nCLASS NO.: 7315 DEPARTMENT: PUBLIC WORKS\n"
            "DEFINITION\n----------\nUNDER GENERAL SUPERVISION, TO INSPECT THE CONSTRUCTION OF ROADS.\n")
    assert identify(text, "caldry-7315.pdf").title == "Construction Inspector"


def test_a_forms_classification_box_between_code_boxes_gives_the_title() -> None:
    text = ("CITY OF ASHCOMBE - HUMAN RESOURCES Form HR-PD-2\nPOSITION DESCRIPTION\nSECTION 1. POSITION IDENTIFICATION\n"
            "POSITION NUMBER CLASSIFICATION CLASS CODE\nMUS-0217 Museum Collections Technician 6604\n"
            "WORKING TITLE DEPARTMENT / DIVISION\nCollections Technician Community Services / Ashcombe Heritage Museum\n"
            "SECTION 2. POSITION PURPOSE\nThe Collections Technician documents and cares for the collection.\n")
    assert identify(text, "ashcombe-pd.pdf").title == "Museum Collections Technician"


def test_a_row_of_label_and_value_pairs_gives_its_title_value() -> None:
    """A Word job description's first table: "Job Title | Speech-Language Pathologist | Job Code | C-214" is a row
    of pairs, not a header row; its title is the job, not a later heading ("Distribution of Time")."""
    text = ("Speech-Language Pathologist\n\nStudent Services Division\n\n"
            "Job Title | Speech-Language Pathologist | Job Code | C-214\n"
            "Department | Special Education | Reports To | Director of Special Education\n\n"
            "## Position Summary\n\nScreens and evaluates students.\n\n## Distribution of Time\n\n"
            "Essential Function | Percent of Time\nProvides therapy | 55%\n")
    assert identify(text, "cobbleton-usd-slp.docx").title == "Speech-Language Pathologist"


def test_a_bulletin_titled_only_by_its_file_name_is_titled_by_its_classes() -> None:
    """A text bulletin whose heading the title finder cannot read, but whose class table names three classes, is
    titled by them, not "Fire District Ems Exam Bulletin" from its file name."""
    text = ("==========\n   CINDERFORD FIRE PROTECTION DISTRICT\n==========\n\n"
            " CLASS                                   CLASS NO.    MONTHLY SALARY\n"
            " Emergency Medical Technician (Ambulance)   7101      $4,690 - $5,701\n"
            " EMS Paramedic                              7104      $6,412 - $7,794\n"
            " EMS Field Supervisor                       7110      $7,981 - $9,702\n\n"
            " FILING CLOSES:  Friday, April 3, 2026\n")
    info = identify(text, "cinderford-fire-district-ems-exam-bulletin.txt")
    assert not info.title_from_filename, info.title
    assert info.title.startswith("Emergency Medical Technician (Ambulance) / EMS Paramedic"), info.title


def test_a_classification_specification_banner_is_no_title() -> None:
    text = ("STATE OF QUARRENDON - DEPARTMENT OF TRANSPORTATION\nOffice of Human Resources - Classification\n"
            "CLASSIFICATION SPECIFICATION\nHIGHWAY EQUIPMENT MECHANIC\nClass Code 5617\nPay Grade 14\n"
            "DEFINITION\nUnder general supervision, repairs heavy equipment.\n")
    assert identify(text, "spec-5617.pdf").title == "Highway Equipment Mechanic"


def test_a_class_tables_column_names_after_class_title_are_no_title() -> None:
    """'CLASS TITLE   CLASS NO.   HOURLY RATE   MONTHLY EQUIV.' heads a table of the bulletin's classes."""
    text = ("                         G L E N M A R R O W   C O U N T Y\n\n"
            "                    OPEN COMPETITIVE EXAMINATION ANNOUNCEMENT\n\n"
            "  CLASS TITLE                       CLASS NO.   HOURLY RATE        MONTHLY EQUIV.\n"
            "  -------------------------------   ---------   ----------------   -----------------\n"
            "  Harbor Maintenance Worker I         4411      $25.96 - $31.56    $4,500 - $5,470\n"
            "  Harbor Maintenance Worker II        4412      $29.84 - $36.28    $5,172 - $6,289\n\n"
            "  APPLICATIONS ACCEPTED:  Monday, March 16, 2026 through\n                          Friday, April 10, 2026\n\n"
            "-------------------------------------------------------------------------------\nTHE POSITIONS\n"
            "-------------------------------------------------------------------------------\n"
            "The Department of Harbors and Waterways maintains Glenmarrow Harbor.\n\n"
            "HARBOR MAINTENANCE WORKER I performs semi-skilled maintenance of docks.\n")
    info = identify(text, "bulletin-hw-26-02.txt")
    assert "Rate" not in info.title and "Harbor Maintenance Worker" in info.title, info.title


def test_a_heading_cut_by_the_end_of_the_opening_read_is_read_whole() -> None:
    """The opening a title is looked for in ends in the middle of "## Working Conditions": the heading is read whole
    (a section, no title), not as "Working C"."""
    head = "EXECUTIVE ASSISTANT TO THE BOARD\n\nKestrel Community College District\n\n## Summary\n\n"
    filler = ("Prepares agendas and minutes for the Board. " * 80)[:3000 - len("## Working C") - len(head) - 2]
    text = head + filler + "\n\n## Working Conditions\n\nOffice environment.\n"
    assert text[:3000].endswith("## Working C")
    info = identify(text, "kestrel-exec-assistant.docx")
    assert "Working" not in info.title, info.title

