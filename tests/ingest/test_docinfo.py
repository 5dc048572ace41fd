"""Document identification: title, employer, class code and series levels, from the text."""

from __future__ import annotations


from assistant.ingest.docinfo import find_levels, identify
from assistant.ingest.employers import employer_aliases
from assistant.ingest.title_text import title_abbreviation

from conftest import BUTTE_NAME, MCPS_NAME


def test_butte_identity(seed_texts):
    info = identify(seed_texts[BUTTE_NAME], BUTTE_NAME)
    assert info.title == "Information Technology Specialist"
    assert info.title_from_filename  # the text never states its title; "Butte County" is stripped from the stem
    assert info.employer == "Butte County"
    assert info.levels == []  # one class, not a series, although it mentions "... Specialist II" once
    assert info.class_code == ""


def test_mcps_identity(seed_texts):
    info = identify(seed_texts[MCPS_NAME], MCPS_NAME)
    assert info.title == "IT Systems Specialist"
    assert not info.title_from_filename
    assert info.employer == "Montgomery County Public Schools"
    assert info.class_code == "5160"
    assert info.levels == ["Intern", "I", "II", "III"]
    assert "MCPS" in info.employer_aliases


def test_labelled_title_and_city_employer():
    info = identify("CITY OF HARLOW SPRINGS\nTitle: Bus Operator\nClass Code: 4120\n", "bus.txt")
    assert (info.title, info.employer, info.class_code) == ("Bus Operator", "City of Harlow Springs", "4120")
    assert not info.title_from_filename


def test_markdown_heading_title_skips_employer_and_boilerplate():
    text = "# County of Alder\n\n## Class Specification\n\n## Library Assistant\n\n## Definition\n\nHelps patrons.\n"
    info = identify(text, "la.md")
    assert info.title == "Library Assistant" and info.employer == "County of Alder"


def test_html_title_is_the_fallback(docs):
    from assistant.ingest.loaders import load_bytes

    html = "<html><head><title>Park Ranger | City of Oakvale</title></head><body><p>Patrols the parks.</p></body></html>"
    doc = load_bytes(html.encode(), ".html", "x.html")
    info = identify(doc.text, "x.html", doc.html_title)
    assert info.title == "Park Ranger" and info.employer == "City of Oakvale"


def test_title_from_filename_when_text_names_none():
    info = identify("Performs clerical work in an office.", "senior-office-assistant.txt")
    assert info.title == "Senior Office Assistant" and info.title_from_filename and info.employer == ""


def test_slash_series_title_has_levels():
    text = "# Network Administrator I/II\n\nCounty of Alder\n\nThe Network Administrator I learns; the II is journey level.\n"
    assert identify(text, "na.md").levels == ["I", "II"]


def test_single_level_title_has_no_levels():
    text = "# Accounting Technician II\n\nAccounting Technician I and Accounting Technician II are a series.\n"
    info = identify(text, "at.md")
    assert info.title == "Accounting Technician II" and info.levels == []


def test_find_levels_needs_two_levels_and_orders_them():
    assert find_levels("Clerk III ... Clerk I ... Clerk Trainee", "Clerk") == ["Trainee", "I", "III"]
    assert find_levels("Only a Clerk II is mentioned.", "Clerk") == []


def test_levels_written_as_digits_after_the_title() -> None:
    text = "Park Ranger 1 ... Park Ranger 3 ... Park Ranger 2 ... two years as a Park Ranger 2 with the State"
    assert find_levels(text, "Park Ranger Series") == ["I", "II", "III"]
    # a count after the title is no level; a title ending in a digit level is one level of its own
    assert find_levels("a Park Ranger 2 years; a Park Ranger 3.5 hours", "Park Ranger") == []
    assert find_levels("Park Ranger 1 and Park Ranger 2 are a series.", "Park Ranger 2") == []


def test_title_abbreviation_and_aliases():
    assert title_abbreviation("IT Systems Specialist") == "ITSS"
    assert title_abbreviation("Office of the Assistant") == "OA"
    assert employer_aliases("City of Harlow Springs") == ["City of Harlow Springs", "Harlow Springs", "HS city", "CHS", "HS"]
    assert {"LA", "Los Angeles", "LA city"} <= set(employer_aliases("City of Los Angeles"))
    assert {"the state", "California"} <= set(employer_aliases("State of California"))
    assert set(employer_aliases("Butte County")) == {"Butte County", "Butte"}
    assert employer_aliases("") == []
    # initials that spell a certificate's abbreviation name no employer: "talks callers through CPR" is no question
    # about the City of Pellston Ridge
    assert "CPR" not in employer_aliases("City of Pellston Ridge") and "PR" in employer_aliases("City of Pellston Ridge")


def test_an_employer_is_also_named_without_the_words_for_its_kind_of_body():
    """"the Ravenmoor Equipment Mechanic" names Ravenmoor Regional Water District; a county keeps its "County"
    (so "Los Angeles County …" never takes the City of Los Angeles' "Los Angeles")."""
    from assistant.ingest.employers import employer_aliases

    assert "Ravenmoor" in employer_aliases("Ravenmoor Regional Water District")
    assert "Sorrel Valley" in employer_aliases("Sorrel Valley Unified School District")
    metro = employer_aliases("Los Angeles County Metropolitan Transportation Authority")
    assert "Los Angeles County" in metro and "Los Angeles" not in metro


def test_hyphenated_employer_names_and_state_aliases():
    text = "TRI-VALLEY TRANSIT AUTHORITY JOB DESCRIPTION: COACH OPERATOR\nTRI-VALLEY TRANSIT AUTHORITY\nJob Title: Coach Operator\n"
    assert identify(text, "x.pdf").employer == "Tri-Valley Transit Authority"
    assert "state of ca" in employer_aliases("State of California")
    assert not any(alias.startswith("state of ") and alias != "state of lakeland"
                   for alias in map(str.lower, employer_aliases("State of Lakeland")))  # not "state of la"


def test_a_careers_site_name_and_its_buttons_are_no_title_and_a_footer_sentence_still_names_the_employer():
    from assistant.ingest.employers import employer_in_context

    text = ("Skip to main content\nHalloway State University Careers\nSearch Jobs\nSign In\n< Back to search results\n\n"
            "Senior Laboratory Coordinator\nApply now\nSave job\nShare\n\nRequisition Number: R-0048213\n"
            "Department: Chemistry\n\nAbout the Role\n\nHalloway State University seeks a coordinator.")
    info = identify(text, "halloway-lab.txt")
    assert (info.title, info.employer) == ("Senior Laboratory Coordinator", "Halloway State University")
    context = "An official website of the State of Westmarch Westmarch.gov … © 2025 State of Westmarch. All rights reserved."
    assert employer_in_context(context) == "State of Westmarch"


def test_a_metro_transit_is_an_employer():
    from assistant.ingest.employers import find_employer

    sentence = ("Under general supervision, the Light Rail Operator will run Silverlode Metro Transit's light rail "
                "trains on scheduled routes.")
    assert find_employer(sentence) == "Silverlode Metro Transit"
    assert identify(f"# Light Rail Operator\n\n{sentence}\n", "lro.md").employer == "Silverlode Metro Transit"


def test_a_scans_title_label_and_employer_survive_ocr_noise() -> None:
    text = ("|                                Rev. 3/98\n          CITY 0F THISTLEBROOK\n        PERS0NNEL DEPARTMENT\n\n"
            "        CLASS SPECIFICATION\n\n~ CLASS TITLE:  EQUIPMENT MECHANIC\n  CLASS CODE:   4417\n\nDEFINITION\n"
            "Under general supervision, repairs heavy equipment.\n")
    info = identify(text, "scan-0098.txt")
    assert (info.title, info.employer) == ("Equipment Mechanic", "City of Thistlebrook")


def test_an_html_title_part_that_is_the_employers_initials_is_no_title() -> None:
    from assistant.ingest.loaders import load_bytes

    html = ("<html><head><title>SRECA - Class Specification - Public Safety Telecommunicator</title></head><body>"
            "<p>Saltmarsh Regional Emergency Communications Authority</p><p>Under general supervision, receives and "
            "processes 911 calls.</p><p>Works rotating twelve-hour shifts.</p></body></html>")
    doc = load_bytes(html.encode(), ".html", "sreca-310.html")
    info = identify(doc.text, "sreca-310.html", doc.html_title)
    assert info.title == "Public Safety Telecommunicator"


def test_a_unified_school_district_is_also_named_usd() -> None:
    assert "Fernhollow USD" in employer_aliases("Fernhollow Unified School District")


def test_a_transit_is_an_employer_and_a_kind_of_document_after_the_title_is_dropped() -> None:
    text = ("# Transit Fare Inspector — Class Spec (Q&A format)\n\n*Quillon Valley Transit (QVT) — Job Class 7340*\n\n"
            "**Q: What does a Fare Inspector do?**\nA: Fare Inspectors ride Quillon Valley Transit buses.\n")
    info = identify(text, "qvt-7340.md")
    assert (info.title, info.employer) == ("Transit Fare Inspector", "Quillon Valley Transit")


def test_a_postings_working_title_is_a_second_name_for_its_class() -> None:
    text = ("Posting Details\n\nWorking Title: Research Administrator\nClassification Title: Administrative Analyst II\n"
            "Posting Number: S02514P\n\nJob Summary\nSupports faculty.\n")
    info = identify(text, "easterly.txt")
    assert [c.title for c in info.classes] == [info.title, "Research Administrator"]
    assert info.title == "Administrative Analyst II"
    # a form's rows carry two fields each: the working title is the row's first
    form = ("POSITION DESCRIPTION\nClassification Title: Program Analyst 2 | Class Code: C1842\n"
            "Working Title: Grants Compliance Analyst | Salary Range: 27\n\nPurpose\nMonitors grant agreements.\n")
    assert [c.title for c in identify(form, "deq.docx").classes] == ["Program Analyst 2", "Grants Compliance Analyst"]
    # a posting's details table: a label and its value, one row each
    rows = ("# Emergency Management Specialist\n\n## Posting Details\n\nPosting Number | EHS0417\n"
            "Working Title | Emergency Management Specialist\nClassification Title | Administrative Specialist III\n"
            "Salary Band | Band 6\n\n## Position Summary\nKeeps campus emergency plans current.\n")
    assert "Emergency Management Specialist" in [c.title for c in identify(rows, "penwyth-ems.html").classes]


def test_a_series_printed_one_class_a_page_is_titled_by_its_classes() -> None:
    page = "{title}\nClass Code {code} Pay Range {grade}\nDEFINITION\nMaintains City streets.\n\n"
    text = "CITY OF KETTERBY - CLASS SPECIFICATION\n" + "".join(page.format(title=t, code=c, grade=g) for t, c, g in [
        ("MAINTENANCE WORKER I", 6101, 14), ("MAINTENANCE WORKER II", 6102, 18), ("SENIOR MAINTENANCE WORKER", 6103, 22)])
    info = identify(text, "ketterby-maintenance.pdf")
    assert info.title == "Maintenance Worker I / Maintenance Worker II / Senior Maintenance Worker"
    assert [(c.title, c.code) for c in info.classes][2] == ("Senior Maintenance Worker", "6103")


def test_a_hiring_banner_is_no_title_and_a_slogans_verb_is_no_employer() -> None:
    text = ("CORVANE COUNTY SHERIFF'S OFFICE | SHERIFF DANA R. KETTERING\nNOW HIRING\n"
            "DEPUTY SHERIFF TRAINEE / DEPUTY SHERIFF (LATERAL)\n"
            "Two hiring tracks - one application process - Protecting Corvane County since 1871\n")
    info = identify(text, "corvane-county-deputy-sheriff.pdf")
    assert info.title == "Deputy Sheriff Trainee / Deputy Sheriff (Lateral)"
    assert info.employer == "Corvane County"


def test_a_code_of_ordinances_section_and_a_catalogs_inverted_name() -> None:
    text = "## Sec. 2-114. - Code Enforcement Officer.\n\n(a) Class code, salary range and status. The class …\n"
    context = "Search this code Ellisford, City of Code of Ordinances Supplement 12\nEllisford, City of | CodeShelf Library"
    info = identify(text, "ellisford-ceo.html", "Sec. 2-114. - Code Enforcement Officer. | Code of Ordinances", context)
    assert info.title == "Code Enforcement Officer"
    assert info.employer == "City of Ellisford"  # never "City of Code"


def test_an_openings_number_is_no_class_code() -> None:
    from assistant.ingest.docinfo import find_class_code

    assert find_class_code("Recruitment No.: 25-0417-PHN\nPUBLIC HEALTH NURSE\n") == ""
    assert find_class_code("Position Number: 00417-2298 | Class Code: C1842") == "C1842"
    assert find_class_code("Job Code: 7720") == "7720" and find_class_code("Code: 5417") == "5417"


def test_a_bulletin_of_several_different_classes_is_titled_by_all_of_them() -> None:
    """A sheriff's page announcing three classes, each under its own heading after a table of positions: titled by
    its first heading alone, one class would read as the whole bulletin."""
    text = ("Recruitment No. SO-2026-02 · Filing deadline: April 9, 2026\n\n"
            "Position | Hourly Pay | Openings\nDetention Nurse (RN) | $48.15 - $61.46 | 4\n"
            "Pharmacy Technician | $22.84 - $29.15 | 1\nDetention Medical Technician | $25.36 - $32.37 | 3\n\n"
            "## Detention Nurse (RN)\n\nClass code: 5140 FLSA: Non-exempt\n\nDetention Nurses provide nursing care.\n\n"
            "## Pharmacy Technician\n\nClass code: 5162 FLSA: Non-exempt\n\nKeeps the medication room supplied.\n\n"
            "## Detention Medical Technician\n\nClass code: 5155 FLSA: Non-exempt\n\nPerforms intake screening.\n\n"
            "Harrow County is an equal opportunity employer.\n")
    info = identify(text, "harrow-sheriff-health-services-bulletin.html")
    assert info.title == "Detention Nurse (RN) / Pharmacy Technician / Detention Medical Technician", info.title
    assert [c.title for c in info.classes] == ["Detention Nurse (RN)", "Pharmacy Technician",
                                              "Detention Medical Technician"]


def test_a_fixed_width_bulletins_class_rows_title_it_not_the_papers_kind() -> None:
    """A plain-text exam bulletin: its banner names the commission and "Examination Bulletin", a table under a rule
    names the class (one row) or the classes (several rows, "CLASS NO." as the code's header)."""
    one = ("==========\n        C I T Y   O F   M A R L O W E\n   CIVIL SERVICE COMMISSION - EXAMINATION BULLETIN\n"
           "==========\n\nCLASS TITLE           CLASS CODE   HOURLY RATE\n----------------------------------------\n"
           "Survey Technician     5120         $27.10 - $34.80\n----------------------------------------\n\n"
           "THE POSITION\nThe Survey Technician runs survey crews.\n")
    info = identify(one, "marlowe-survey-tech-bulletin.txt")
    assert info.title == "Survey Technician" and not info.title_from_filename, info.title
    two = ("==========\n      HALVERN PARK AND RECREATION DISTRICT\n==========\n\n        ANNOUNCEMENT OF EXAMINATION\n\n"
           "   CLASS TITLE                     CLASS NO.   SALARY\n   ------------------------------  ---------   -------\n"
           "   Swim Instructor                   3020      $18.10 - $22.40 per hour\n"
           "   Pool Manager                      3045      $5,100 - $6,200 per month\n\n"
           "THE POSITIONS\nSWIM INSTRUCTOR (3020) - Teaches lessons.\nPOOL MANAGER (3045) - Runs the pool.\n")
    info = identify(two, "halvern-prd-aquatics-bulletin.txt")
    assert [(c.title, c.code) for c in info.classes] == [("Swim Instructor", "3020"), ("Pool Manager", "3045")]
    assert info.title == "Swim Instructor / Pool Manager", info.title


def test_a_heading_with_its_code_in_brackets_and_a_job_of_a_body_are_titles() -> None:
    text = ("*****\n*   TARNWICK VALLEY WATER DISTRICT   *\n*****\n\n   ANNOUNCEMENT OF OPEN COMPETITIVE EXAMINATION\n\n"
            "      METER READER CUSTOMER SERVICE REPRESENTATIVE  (Class 3310)\n\nSALARY\nMonthly $4,000 - $5,000\n")
    assert identify(text, "tarnwick-meter-csr-bulletin.txt").title == "Meter Reader Customer Service Representative"
    text = ("Harwell County Board of Supervisors - Regular Meeting\nAgenda Item 9 - Attachment A\nHARWELL COUNTY\n"
            "Human Resources Department - Class Specification\nCLERK OF THE BOARD OF SUPERVISORS\nDEFINITION\n"
            "Directs the Office of the Clerk of the Board.\n")
    assert identify(text, "harwell-clerk.pdf").title == "Clerk of the Board of Supervisors"


def test_a_series_line_of_long_names_titles_the_series_with_its_levels() -> None:
    text = ("STATE OF OSTRAVEN - OFFICE OF STATE HUMAN RESOURCES\nCLASS SPECIFICATION - Department of Parks\n"
            "FOREST TRAIL WARDEN I / FOREST TRAIL WARDEN II\nClass Title Class Code Pay Range FLSA\n"
            "Forest Trail Warden I 5411 Range 14 $4,000 - $5,000 Non-exempt\n"
            "Forest Trail Warden II 5412 Range 17 $4,600 - $6,000 Non-exempt\nCLASS CONCEPT\nWardens patrol trails.\n")
    info = identify(text, "ostraven-warden.pdf")
    assert info.title == "Forest Trail Warden I / Forest Trail Warden II" and info.levels == ["I", "II"], info


def test_an_acronym_the_text_writes_in_capitals_stays_in_capitals() -> None:
    text = "PELLWORTH COUNTY\nCLASS SPECIFICATION\nGIS TECHNICIAN\nDEFINITION\nMaintains the County's GIS layers.\n"
    assert identify(text, "gis.pdf").title == "GIS Technician"
    text = "PELLWORTH COUNTY\nCLASS SPECIFICATION\nMAP TECHNICIAN\nDEFINITION\nMaintains the map layers.\n"
    assert identify(text, "map.pdf").title == "Map Technician"  # "map" in lower case: a word, no acronym
