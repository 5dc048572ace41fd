"""Who employs: the government, not its department or the union that represents the class."""

from __future__ import annotations

from assistant.ingest.employers import employer_initials, employer_of_department, find_employer


def test_a_department_and_the_words_after_it_are_no_part_of_the_government() -> None:
    text = "PROMOTIONAL EXAMINATION\nOPEN ONLY TO CURRENT CITY OF YARROWBY FIRE DEPARTMENT EMPLOYEES\nFire Engineer\n"
    assert find_employer(text) == "City of Yarrowby"
    assert find_employer("City of Vantmoor Finance Department\nAccount Clerk\n") == "City of Vantmoor"


def test_a_union_is_never_the_employer() -> None:
    text = ("Bus Maintenance Mechanic\nRepresented by Amalgamated Transit Union Local 1634.\n"
            "Represented by Amalgamated Transit Union Local 1634.\nAbout Harlow Bay Transit District\n")
    assert find_employer(text) == "Harlow Bay Transit District"  # "About" opens a heading, not the name


def test_a_sentence_ending_after_the_name_ends_the_name() -> None:
    assert find_employer("Employer: City of Tarrow Bend. Possession of a license is required.\n") == "City of Tarrow Bend"


def test_a_department_named_after_its_place_names_the_employer_when_nothing_else_does() -> None:
    assert employer_of_department("Staff Services Analyst - Class Specification | Norhaven Department of Human "
                                  "Resources\n# Staff Services Analyst\n") == "Norhaven"
    assert employer_of_department("Analysts work in every department of the state.\n") == ""


def test_the_pages_kind_and_a_units_name_after_the_government_are_no_part_of_it() -> None:
    assert find_employer("CITY OF PORT ALDER                    JOB ANNOUNCEMENT\nMaintenance Worker II\n") \
        == "City of Port Alder"
    assert find_employer("COUNTY OF BRANDEL CLASS SPECIFICATION\nELIGIBILITY WORKER I/II\n") == "County of Brandel"
    assert find_employer("The City of Port Alder Public Works Department is seeking a dependable worker.\n") \
        == "City of Port Alder"


def test_a_body_named_by_its_kind_alone_is_no_employer() -> None:
    from assistant.ingest.employers import find_employer

    text = ("Staff reports go to the Planning Commission. The Planning Commission meets twice a month.\n"
            "Associate Planners attend Planning Commission meetings.\nOne year as an Assistant Planner with the City "
            "of Brackenfield.\n")
    assert find_employer(text) == "City of Brackenfield"


def test_an_employer_named_with_an_ampersand_is_read_whole() -> None:
    from assistant.ingest.employers import find_employer

    assert find_employer("**Upper Fenwick Water & Sanitation District** | Operations Department\n"
                         "The Upper Fenwick Water & Sanitation District serves 38,000 residents.") == \
        "Upper Fenwick Water & Sanitation District"


def test_districts_named_with_and_utilities_and_courts_are_employers() -> None:
    assert find_employer("ALDER HOLLOW PARKS AND RECREATION DISTRICT\n\nJOB DESCRIPTION\n") == \
        "Alder Hollow Parks and Recreation District"
    assert find_employer("**Kestrel Basin Water Utility** · [Home](/)\n") == "Kestrel Basin Water Utility"
    assert find_employer("Superior Court of Vellamar County\nHuman Resources\n") == "Superior Court of Vellamar County"


def test_an_inverted_government_name_reads_the_usual_way() -> None:
    from assistant.ingest.employers import uninverted

    assert uninverted("Ellisford, City of Code of Ordinances") == "City of Ellisford Code of Ordinances"
    assert uninverted("Marion County, State of Oregon") == "Marion County, State of Oregon"


def test_a_union_school_district_employs_and_a_label_or_a_heading_word_is_no_part_of_a_name() -> None:
    page = ("Clerk Typist | Ashgrove Union School District | SchoolJobs\nAshgrove Union School District\n"
            "Bargaining Unit | Ashgrove Classified Employees Association\nMore jobs\n- Aide - Birchdale Elementary School District\n")
    assert find_employer(page) == "Ashgrove Union School District"
    assert find_employer("Bargaining Unit Tamsin County Deputy Sheriffs' Association (TCDSA)\nTamsin County Sheriff\n") \
        == "Tamsin County"
    assert find_employer("### Village of Orrin Falls Benefits\nMedical, dental and vision.\n") == "Village of Orrin Falls"
    assert find_employer("The City of Quenby Invites Applications for\nPOLICE RECORDS CLERK\n") == "City of Quenby"
    assert find_employer("CITY OF HALDANE        PERSONNEL/PAYROLL SYSTEM        PAGE 3\n") == "City of Haldane"


def test_a_work_location_names_a_place_not_the_employer() -> None:
    text = ("# Right-of-Way Contracts Analyst\nDepartment of Transportation\n\nWork Location: | Tolland County\n"
            "Telework: | Hybrid\n\n" + "The Division acquires property rights for highway projects. " * 12 +
            "\nAll telework must be performed within the State of Marisca.\nThe State of Marisca is an equal opportunity employer.")
    assert find_employer(text) == "State of Marisca"


def test_a_list_of_work_locations_names_places_not_the_employer() -> None:
    """"Work Locations | Nyrebrook College, Carrow Flats College, District Office": every college of the list is a
    place; the Word file's page header names the district that employs."""
    from assistant.ingest.docinfo import identify

    text = ("# Energy Conservation Specialist\n\nJob Title | Energy Conservation Specialist | Classification No. | CL-3318\n"
            "Probation | One year (12 months) | Work Locations | Nyrebrook College, Carrow Flats College, District Office\n\n"
            "## Position Summary\n\nManages the District's energy conservation program.\n")
    assert find_employer(text) == ""
    header = "Nyrebrook Community College District - Human Resources\nCLASSIFIED JOB DESCRIPTION"
    assert identify(text, "energy.docx", "", header).employer == "Nyrebrook Community College District"


def test_a_governments_name_read_on_into_the_next_capitalised_word_is_the_name_alone() -> None:
    text = ("CITY OF BELLMORA\nA RESOLUTION OF THE CITY COUNCIL OF THE CITY OF BELLMORA ADOPTING THE SALARY SCHEDULE\n"
            "PASSED by the City Council of the City of Bellmora at a regular meeting.\n")
    assert find_employer(text) == "City of Bellmora"
    menu = "[Town of Brennock Falls Home](/) | [Jobs](/jobs)\nTown of Brennock Falls - Class Specification\n" \
           "Two years with the Town of Brennock Falls.\n"
    assert find_employer(menu) == "Town of Brennock Falls"
    # a name written in full as often as its shorter form stays whole
    assert find_employer("City of San Luis Obispo\nThe City of San Luis Obispo hires.\nCity of San Luis\n") == \
        "City of San Luis Obispo"


def test_a_class_level_before_an_employers_name_ends_the_title_not_the_name() -> None:
    text = ("JOB DESCRIPTION - Water Distribution Operator II Corvell Springs Water District\nOperates valves.\n"
            "JOB DESCRIPTION - Water Distribution Operator II Corvell Springs Water District\n")
    assert find_employer(text) == "Corvell Springs Water District"


def test_a_bargaining_units_name_is_no_employer_and_the_equal_opportunity_employer_is() -> None:
    assert find_employer("Bargaining Unit: | AFSCME Local 2290 (Public Works and Utilities Unit)\n"
                         "One year with the City of Fernhollow.\n") == "City of Fernhollow"
    # a posting's table of vacancies names counties more often than the state that employs
    text = ("Location | Position\nUpper Fen County | 40018230\nRowan County | 40018231\nUpper Fen County | 40018232\n"
            "The State of Merrivale is an equal opportunity employer.\n")
    assert find_employer(text) == "State of Merrivale"


def test_a_port_authority_and_a_tribal_nation_employ() -> None:
    assert find_employer("PORT AUTHORITY OF GREYWATER BAY\nHuman Resources Department\n"
                         "The Port Authority of Greywater Bay is an equal opportunity employer.") == "Port Authority of Greywater Bay"
    assert find_employer("Kestrel Lake Tribal Nation - Human Resources Department\nHousing Inspector\n"
                         "The Kestrel Lake Tribal Nation is a drug-free workplace.") == "Kestrel Lake Tribal Nation"


def test_a_kind_of_body_after_a_or_an_is_no_employer_and_the_page_title_names_one() -> None:
    """"This position is designated a Campus Security Authority (CSA)": a kind of thing the position is; the page's
    title ("… - Careers at Wexmoor State University") names who employs, though the page's text never does."""
    from assistant.ingest.docinfo import identify

    text = ("# Parking Enforcement Officer\n\nTransportation & Parking Services · Main Campus, Wexmoor\n\n"
            "## Conditions of Employment\n\nThis position is designated a Campus Security Authority (CSA) under the "
            "Clery Act.\n")
    info = identify(text, "wexmoor-peo.html", "Parking Enforcement Officer (Job ID 58213) - Careers at Wexmoor State University")
    assert info.employer == "Wexmoor State University"
    assert find_employer("The posting is designated a Campus Security Authority under the Clery Act.") == ""


def test_two_kinds_of_government_joined_by_and_are_no_employer() -> None:
    """A typed spec's "… enforcement of STATE AND COUNTY sanitation laws …" names no employer; the county printed
    at the top does ("City and County of …" stays a name)."""
    spec = ("                    HARLOW COUNTY\n               CIVIL SERVICE COMMISSION\n\nCLASS TITLE:  SANITARIAN\n\n"
            "THIS IS PROFESSIONAL ENVIRONMENTAL HEALTH WORK IN THE ENFORCEMENT OF STATE AND COUNTY\nSANITATION LAWS. "
            "KNOWLEDGE OF STATE AND COUNTY FOOD AND POOL CODES.\n")
    assert find_employer(spec) == "Harlow County"
    assert find_employer("CITY AND COUNTY OF HARBORVIEW\nClass Specification\n") == "City and County of Harborview"


def test_a_kind_of_government_joined_on_by_and_begins_another_name() -> None:
    """"Clerk-Recorder (Recording, Vital Records and County Clerk divisions)": no "Vital Records and County"."""
    text = ("Deputy Clerk-Recorder I/II\nDepartment | Clerk-Recorder (Recording, Vital Records and County Clerk divisions)\n"
            "The County of Brayford is an equal opportunity employer.\n")
    assert find_employer(text) == "County of Brayford"
    assert find_employer("Department | Vital Records and County Clerk divisions\n") == ""


def test_a_signature_blocks_appointing_authority_is_no_employer() -> None:
    text = "POSITION DESCRIPTION\nClass Title | Homeland Security Planner 2\nSignatures\nAppointing Authority | Date\n"
    assert find_employer(text) == ""


def test_a_rank_before_a_kind_of_body_begins_a_title_not_an_employer() -> None:
    """"Deputy District Attorney I/II/III/IV": "Deputy District" is the start of the class's title."""
    text = ("# Deputy District Attorney I/II/III/IV\n\nSeries: 2810 | Department: Office of the District Attorney\n\n"
            "Incumbents prosecute criminal cases in the Superior Court of Caldmoor County.\n")
    assert find_employer(text, "Deputy District Attorney I/II/III/IV - Human Resources - County of Caldmoor") \
        == "County of Caldmoor"
    assert find_employer("Deputy District Attorney II\nAssistant County Counsel\n") == ""


def test_a_department_of_the_government_and_a_possessive_are_no_employer() -> None:
    """"Department of Water and Sewer Utilities" ends like a utility's name but is the county's department."""
    text = ("# Instrumentation Technician\n\nDepartment of Water and Sewer Utilities\n\nClass Code | 7400\n\n"
            "Works at the County's treatment plants.\n")
    assert find_employer(text, "Instrumentation Technician - Class Specification - Tamsworth County Human Resources") \
        == "Tamsworth County"
    assert find_employer("Tamsworth Water and Sewer Utilities\nMeter Reader\n") == "Tamsworth Water and Sewer Utilities"
    assert find_employer("Join the City of Grevilly's Service Desk team.\nCity of Grevilly, 1 Main St.\n") == "City of Grevilly"
    assert find_employer("Town of Pell's Crossing\nPublic Works Mechanic\n") == "Town of Pell's Crossing"


def test_a_using_agency_label_is_no_employer() -> None:
    """"Using Agency: Department of Transportation" on a state's series page labels which department uses the
    class; it names no employer."""
    text = ("# Highway Engineer Series\n\nOccupational Group: Engineering · Using Agency: Department of Transportation"
            "\n\nThe series covers civil engineering work on the state highway system.\n")
    assert find_employer(text) == ""
    assert find_employer(text, "Highway Engineer Series - State of Wendmoor") == "State of Wendmoor"


def test_a_unit_named_for_its_work_is_no_employer_beside_the_government_the_page_names() -> None:
    """'General Services Agency' under a series' heading names the county's unit, no place: the county the page
    title and the text name employs."""
    text = ("# Fleet Maintenance Series\n\nGeneral Services Agency - Fleet Services Division · Trades and Crafts Unit\n\n"
            "## Levels\n\nTwo years as a Fleet Equipment Technician II with Merrivane County.\n")
    title = "Fleet Maintenance Series - Class Specifications - Merrivane County, Human Resources"
    assert find_employer(text, title) == "Merrivane County"
    assert find_employer("Social Services Agency\nEligibility Worker\nServes residents of Dunmore County.\n") \
        == "Dunmore County"


def test_a_city_and_county_is_one_government() -> None:
    """'TRUMBOLD CITY AND COUNTY' is a consolidated government's name, not two kinds joined on; people call it
    'Trumbold'."""
    from assistant.ingest.employers import employer_aliases

    text = ("                    TRUMBOLD CITY AND COUNTY\n       DEPARTMENT OF HUMAN RESOURCES - EXAMINATION UNIT\n\n"
            "  Welfare Fraud Investigator      8420\n")
    assert find_employer(text) == "Trumbold City and County"
    assert "Trumbold" in employer_aliases("Trumbold City and County")
    assert "Trumbold City and" not in employer_aliases("Trumbold City and County")


def test_a_title_ending_in_an_before_the_employer_line_is_no_article() -> None:
    """"# Forensic Autopsy Technician" / "Caelwood Health Care District": the title's last letters "an" are not the
    article of "a Campus Security Authority", which names a kind of thing and no employer."""
    text = "# Forensic Autopsy Technician\n\nCaelwood Health Care District\n\n## Duties\n\nAssists with autopsies.\n"
    assert find_employer(text) == "Caelwood Health Care District"
    assert find_employer("The campus is designated a Campus Security Authority (CSA) under federal law.\n") == ""


def test_a_commission_named_after_its_county_gives_the_county() -> None:
    """"Mossgrave County Civil Service Commission" classifies; the county it names employs, when the page names no
    other employer. A place a notice names ("held in the Halsworthy Public Library Community Room") is a venue."""
    page_title = "Mossgrave County Civil Service Commission - Class Specification - Hazardous Materials Program Technician"
    text = ("NOTICE: The Civil Service Commission office at 77 Fenwick Street will be closed on Friday.\n\n"
            "Class Title: | HAZARDOUS MATERIALS PROGRAM TECHNICIAN\n\nDEFINITION\n\nPerforms technical field work.\n")
    assert find_employer(text, page_title) == "Mossgrave County"
    assert find_employer("Ferry Mate\n", "Ferry Vessel Series - Loughmoor State Civil Service Commission") == \
        "State of Loughmoor"
    notice = ("NOTICE: City Council meetings are temporarily held in the Halsworthy Public Library Community Room while "
              "the Council Chambers are renovated.\n\n# Audio-Visual Technician\n\nClass Code | 2214\n\n### Definition\n\n"
              + "Operates and maintains the audio-visual systems in the Council Chambers and conference rooms. " * 8)
    assert find_employer(notice, "Audio-Visual Technician - Class Specification - City of Halsworthy") == \
        "City of Halsworthy"


def test_a_bodys_initials_are_the_initials_of_all_its_kind_words() -> None:
    """"Tarnley JUHSD" names the Tarnley Joint Union High School District: the initials of every word of its kind
    after the place, not only its last three."""
    assert "juhsd" in employer_initials("Tarnley Joint Union High School District")
    assert {"usd", "svusd"} <= employer_initials("Sorrel Valley Unified School District")


def test_a_kind_of_school_a_state_runs_and_a_word_made_with_district_are_no_employer() -> None:
    """"the State University System campuses" names no employer, nor does "Applies District-approved insecticides";
    the page's own government or district does."""
    state = ("# Research Technician Series\n\nResearch Technicians work at the State University System campuses.\n"
             "Pay grades are on Salary Schedule SU-B (State University System).\n")
    assert find_employer(state) == ""
    # (a Word form whose district is named only in its page header, read apart as the page's furniture)
    form = "Duty | Percent of Time\nApplies District-approved insecticides to residential citrus | 15%\n"
    assert find_employer(form) == ""


def test_a_body_a_county_runs_goes_by_the_countys_name() -> None:
    """"Tullowgate County Health System" is asked about as "Tullowgate County"; a school district or a county named
    alone gains nothing new."""
    from assistant.ingest.employers import employer_aliases

    assert "Tullowgate County" in employer_aliases("Tullowgate County Health System")
    assert "Quintrell County" in employer_aliases("Quintrell County College")
    assert employer_aliases("Mossgrave County") == ["Mossgrave County", "Mossgrave"]
    # ... and a university's or a health body's words after the place leave the place's name
    assert "Ormeley" in employer_aliases("Ormeley University Health Sciences Authority")



def test_a_slogans_verb_before_the_county_and_a_township_named_by_its_kind() -> None:
    """"Help Redlowe County drivers get on the road": the slogan's verb is no part of the county's name; "Velderbrook
    Township" is a government named by its kind, like a county."""
    text = ("REDLOWE COUNTY TAX COLLECTOR\nNOW HIRING: Driver License Examiner\n"
            "Help Redlowe County drivers get on the road - safely.\nAT A GLANCE\nPay Grade TC-08\n")
    assert find_employer(text) == "Redlowe County"
    assert find_employer("# Senior Center Program Coordinator\n\nVelderbrook Township · Department of Senior "
                         "Services\n\n## Definition\n\nPlans programs.\n") == "Velderbrook Township"


def test_an_attachment_letter_ending_the_line_above_is_no_article() -> None:
    """"… Item 9.3 - Attachment A" over "UPTHORNE VALLEY SANITATION DISTRICT …": the letter ends its line; the
    district is named on the next one, not called "a" kind of district."""
    text = ("Board of Directors Meeting - March 12, 2026 - Item 9.3 - Attachment A\n"
            "UPTHORNE VALLEY SANITATION DISTRICT Human Resources - Class Specification\nSOURCE CONTROL INSPECTOR I / II\n")
    assert find_employer(text) == "Upthorne Valley Sanitation District"


def test_a_stamp_or_a_print_outs_field_beside_the_letterhead_is_no_part_of_the_name() -> None:
    assert find_employer("STATE OF RENNAFORD RECEIVED\nState Personnel Board - Class Specification\n") == "State of Rennaford"
    text = "1HRMS0410    STATE OF WIVELSFORD     RUN DATE: 03/18/26\n CLASS TITLE: UST INSPECTOR\n"
    assert find_employer(text) == "State of Wivelsford"


def test_a_fields_label_after_a_name_in_capitals_is_no_part_of_the_name() -> None:
    """A state spec's first line: "STATE OF DRAVENMOOR Occupational Group: Regulatory Services" (the State of
    Dravenmoor, not the "State of Dravenmoor Occupational Group"); a name that goes on in capitals is kept whole."""
    assert find_employer("STATE OF KELMORAN Occupational Group: Regulatory Services\nState Personnel Board\n"
                         "CHILD CARE LICENSING ANALYST I\n") == "State of Kelmoran"
    assert find_employer("COUNTY OF SAN TEODORO Job Code: 4410\nEligibility Worker I\n") == "County of San Teodoro"
    assert find_employer("CITY OF PORT ARDEN HARBOR Department of Public Works\nMaintenance Worker\n") \
        == "City of Port Arden Harbor"


def test_a_pension_fund_or_a_workforce_board_employs_its_own_staff() -> None:
    """A position description headed "HALBROOK COUNTY EMPLOYEES' RETIREMENT ASSOCIATION" is the association's (a
    retirement association employs its investment staff); a county page that names the association for its pension
    plan stays the county's. A regional workforce development board employs its analysts."""
    header = ("HALBROOK COUNTY EMPLOYEES' RETIREMENT ASSOCIATION\nHuman Resources - Position Description\n"
              "# Investment Officer\nClass code | 0842\n")
    assert find_employer(header) == "Halbrook County Employees' Retirement Association"
    county = ("Halbrook County\nPlanning Technician II\nHalbrook County is an equal opportunity employer.\n"
              "Benefits: membership in the Halbrook County Employees' Retirement Association (2% at 62).\n")
    assert find_employer(county) == "Halbrook County"
    board = "MARLOW REGIONAL WORKFORCE DEVELOPMENT BOARD Announcement No. MRWDB-26-07\nLabor Market Analyst\n"
    assert find_employer(board) == "Marlow Regional Workforce Development Board"
    liquor = "The Alder County ABC Board operates 11 ABC retail stores.\nInvestigator\nThe Alder County ABC Board hires.\n"
    assert find_employer(liquor) == "Alder County ABC Board"  # a county's liquor board employs its investigators
    partners = ("ALDER BASIN TRI-COUNTY EXTENSION PARTNERSHIP Position Announcement FA-2026-03\nServing Alder, Bexley "
                "and Corran Counties since 1987\nFARM ADVISOR\n")
    assert find_employer(partners) == "Alder Basin Tri-County Extension Partnership"  # a joint powers agency
    selpa = "Alder Valley Special Education Local Plan Area, a joint powers authority of six school districts\nCOTA\n"
    assert find_employer(selpa) == "Alder Valley Special Education Local Plan Area"


def test_a_fields_label_or_a_panels_heading_before_a_name_is_no_part_of_it() -> None:
    """A screen print's "PRIMARY AGENCY .. 340 EMPLOYMENT SECURITY DEPARTMENT" labels the department, no agency named
    "Primary Agency"; a brochure's panels read across run a heading into the name ("Selection Process Harwick Valley
    Water District")."""
    assert find_employer("   CLASS CODE: 1207\n   PRIMARY AGENCY .. 340 EMPLOYMENT SECURITY DEPARTMENT\n") == ""
    assert find_employer("Panel 6 - inside flap Panel 1 - front cover\nSelection Process Harwick Valley Water District\n"
                         "Human Resources NOW HIRING\n") == "Harwick Valley Water District"


def test_a_pension_system_named_in_a_benefits_sentence_is_no_employer() -> None:
    """"State health, dental and vision plans; the State Employees' Retirement System; 13 paid holidays" names a
    benefit: with no other name in the text, the page names no employer rather than the pension system."""
    benefits = ("Traffic Operations Center Operator\nBenefits\nState health, dental and vision plans; the State "
                "Employees' Retirement System; 13 paid holidays; annual and sick leave.\n")
    assert find_employer(benefits) == ""


def test_a_parish_a_consolidated_government_and_a_states_own_personnel_board() -> None:
    """Louisiana's parishes and consolidated city-county governments employ; "STATE OF HAWKESMERE STATE PERSONNEL
    BOARD" names the State (the board classifies for it), not "State of State of Hawkesmere"."""
    assert find_employer("Decedent Transport Technician\nFenmarket Parish Government, 100 Courthouse Street") \
        == "Fenmarket Parish"
    assert find_employer("GALLOWMERE CONSOLIDATED GOVERNMENT        HRIS BATCH REPORT\nJOB CLASS MASTER EXTRACT") \
        == "Gallowmere Consolidated Government"
    assert find_employer("STATE OF HAWKESMERE STATE PERSONNEL BOARD\nClass Specification - Licensing Analyst") \
        == "State of Hawkesmere"
