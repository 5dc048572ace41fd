"""Section detection: headings in their many spellings, spans that tile the document."""

from __future__ import annotations

import pytest

from assistant.ingest.sections import SECTION_LABELS, classify_heading, find_sections

from conftest import BUTTE_NAME, MCPS_NAME


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Essential Job Functions", "duties"),
        ("EXAMPLES OF DUTIES AND RESPONSIBILITIES", "duties"),
        ("Typical Duties", "duties"),
        ("Minimum Qualifications", "qualifications"),
        ("Education and Experience", "qualifications"),
        ("EDUCATION, TRAINING, AND EXPERIENCE", "qualifications"),
        ("Certifications and Licenses", "licenses"),
        ("CERTIFICATE AND LICENSE REQUIREMENTS", "licenses"),
        ("Licenses or Certificates", "licenses"),
        ("Wage Range", "salary"),
        ("Salary Range", "salary"),
        ("Pay Grade", "salary"),
        ("Environmental Factors and Conditions/Physical Requirements", "physical"),
        ("PHYSICAL DEMANDS", "physical"),
        ("Working Conditions", "physical"),
        ("SUMMARY DESCRIPTION OF CLASSIFICATION", "summary"),
        ("Definition", "summary"),
        ("SPECIAL REQUIREMENTS", "special"),
        ("Supervision Received and Exercised", "supervision"),
        ("Distinguishing Characteristics", "distinguishing"),
        ("What Sets This Job Apart", "distinguishing"),
        ("Knowledge, Skills and Abilities", "ksa"),
        ("Knowledge of", "ksa"),
        ("Ability to", "ksa"),
        ("FLSA Status", "overtime"),
        ("Class Specification", "header"),
        ("Disaster Service Worker", None),
        # a class's name with its code names no section, whatever word is in it
        ("Environmental Health Specialist I (47310)", None),
        ("Compensation Analyst II - 4410", None),
        ("Bargaining Unit", None),
        ("Similar jobs near Pinecrest Valley", "elsewhere"),
        ("Jobs you might also like", "elsewhere"),
        ("Other requirements", "special"),
        ("Trial Service Period", "special"),
        ("Working Test Period", "special"),
        ("WORK YEAR", "special"),  # a school job's calendar ("WORK YEAR:  11 months (212 duty days …)")
        ("Work Calendar", "special"),
        ("ELIGIBILITY TO COMPETE", "qualifications"),  # a promotional bulletin's requirements
        ("Who May Apply", "qualifications"),
        ("Eligibility List", None),  # the list of those who passed, no requirement
    ],
)
def test_classify_heading(heading, expected):
    assert classify_heading(heading) == expected


def test_classify_licensing_requirements():
    assert classify_heading("Licensing Requirements") == "licenses"


def test_classify_minimum_requirements():
    assert classify_heading("Minimum Requirements") == "qualifications"


def test_classify_knowledge_heading_mentioning_environment():
    assert classify_heading("Knowledge of Environmental Regulations") == "ksa"


def _assert_tiles(text, sections):
    """Sections are ordered, contiguous, and run from the first heading to the end of the text."""
    assert sections, "no sections found"
    assert sections[-1].end == len(text)
    for before, after in zip(sections, sections[1:]):
        assert before.end == after.start
    for section in sections:
        assert section.start < section.end
        assert section.type in SECTION_LABELS
        assert text[section.start:section.end].strip()


def test_butte_sections(seed_texts):
    text = seed_texts[BUTTE_NAME]
    sections = find_sections(text)
    _assert_tiles(text, sections)
    assert sections[0].start == 0 and sections[0].type == "header"  # untitled summary/supervision paragraphs
    by_heading = {s.heading: s for s in sections}
    expected = {
        "Essential Job Functions": "duties",
        "Education and Experience": "qualifications",
        "Certifications and Licenses": "licenses",
        "Environmental Factors and Conditions/Physical Requirements": "physical",
        "Wage Range": "salary",
    }
    for heading, section_type in expected.items():
        assert by_heading[heading].type == section_type
        assert text[by_heading[heading].start:].startswith(heading)
    wage = by_heading["Wage Range"]
    assert "$25.34-33.96 hourly" in text[wage.start:wage.end]
    licenses = by_heading["Certifications and Licenses"]
    assert "driver\u2019s license" in text[licenses.start:licenses.end]
    assert "Wage Range" not in text[licenses.start:licenses.end]
    # "Minimum Qualifications" then "Knowledge of:" are one KSA section
    ksa = [s for s in sections if s.type == "ksa"]
    assert len(ksa) == 1 and ksa[0].heading.startswith("Minimum Qualifications")
    assert "Ability To:" in text[ksa[0].start:ksa[0].end]


def test_mcps_run_in_labels(seed_texts):
    text = seed_texts[MCPS_NAME]
    sections = find_sections(text)
    _assert_tiles(text, sections)
    types = [s.type for s in sections]
    for section_type in ("summary", "qualifications", "licenses", "physical", "special", "duties"):
        assert section_type in types
    by_type = {s.type: s for s in sections if s.type != "header"}
    assert by_type["summary"].heading == "SUMMARY DESCRIPTION OF CLASSIFICATION"
    assert text[by_type["summary"].start:].startswith("SUMMARY DESCRIPTION OF CLASSIFICATION: Staff")
    assert by_type["licenses"].heading == "CERTIFICATE AND LICENSE REQUIREMENTS"
    assert "motor vehicle operator's license" in text[by_type["licenses"].start:by_type["licenses"].end]
    assert "Ability to lift up to 50lbs" in text[by_type["physical"].start:by_type["physical"].end]
    duties = by_type["duties"]
    assert duties.heading == "EXAMPLES OF DUTIES AND RESPONSIBILITIES"
    assert "IT Systems Specialist II - Grade 23" in text[duties.start:duties.end]
    assert "IT Systems Specialist III (grade 25)" in text[duties.start:duties.end]
    # the level paragraphs are not headings of their own
    assert types.count("duties") == 1


def test_markdown_document_sections():
    text = (
        "# Bus Operator\n\nCity of Harlow Springs\n\n## Definition\n\nUnder general supervision, operates buses.\n\n"
        "## Essential Duties\n\n- Drives buses safely.\n- Collects fares.\n\n"
        "## Minimum Qualifications\n\n**Knowledge of:**\n\n- Traffic laws.\n\n**Ability to:**\n\n- Drive safely.\n\n"
        "## Salary\n\n$20.00 - $30.00 hourly.\n"
    )
    sections = find_sections(text)
    _assert_tiles(text, sections)
    assert [s.type for s in sections[1:]] == ["summary", "duties", "ksa", "salary"]
    ksa = sections[3]
    assert "Ability to" in text[ksa.start:ksa.end] and "Traffic laws" in text[ksa.start:ksa.end]
    assert text[sections[-1].start:].startswith("## Salary")


def test_all_caps_headings_and_run_in_labels():
    text = (
        "DEFINITION\nUnder general supervision, operates buses on fixed routes and performs related work.\n\n"
        "EXAMPLES OF DUTIES\n1. Drives buses safely.\n2. Collects fares.\n\n"
        "LICENSE REQUIRED: Possession of a valid Class B California driver's license with passenger endorsement.\n\n"
        "SALARY RANGE\n$20.00 - $30.00 hourly.\n"
    )
    sections = find_sections(text)
    _assert_tiles(text, sections)
    assert sections[0].start == 0
    assert [(s.type, s.heading) for s in sections] == [
        ("summary", "DEFINITION"),
        ("duties", "EXAMPLES OF DUTIES"),
        ("licenses", "LICENSE REQUIRED"),
        ("salary", "SALARY RANGE"),
    ]


def test_text_without_headings_is_one_header_section():
    text = "Just a paragraph of text about nothing in particular, lower case and long enough."
    sections = find_sections(text)
    assert [(s.type, s.start, s.end) for s in sections] == [("header", 0, len(text))]


def test_sentences_are_not_headings():
    text = (
        "DEFINITION\n\nPerforms work.\n\nThe Salary is paid twice a month.\n\n"
        "Employees may be required to work overtime, including evenings and weekends as needed.\n"
    )
    assert [s.heading for s in find_sections(text)] == ["DEFINITION"]


def test_option_headings_of_a_requirement_are_qualifications():
    from assistant.ingest.sections import classify_heading

    for heading in ("Either I", "Or II", "Or II / Experience", "Pattern 2", "Alternative B"):
        assert classify_heading(heading) == "qualifications", heading
    assert classify_heading("Orientation") is None and classify_heading("Operations") is None


def _headings(text):
    sections = find_sections(text)
    _assert_tiles(text, sections)
    return [s.heading for s in sections]


_SERIES_TOP = "# Carpenter Series\n\nCity of Birch\n\n## Definition\n\nPerforms carpentry work.\n\n"


def test_markdown_option_headings_are_named_after_their_class():
    """'Or II' alone does not say which class it qualifies for: under '## Carpenter II' it is named
    'Carpenter II / Or II', like the 'Either I' before it."""
    text = (_SERIES_TOP + "## Carpenter II\n\n### Either I\n\nTwo years of carpentry experience.\n\n"
            "### Or II\n\nFour years of construction experience.\n")
    sections = find_sections(text)
    _assert_tiles(text, sections)
    options = [s for s in sections if s.heading.endswith(("Either I", "Or II"))]
    assert [s.heading for s in options] == ["Carpenter II / Either I", "Carpenter II / Or II"]
    assert all(s.type == "qualifications" for s in options)
    assert "Four years" in text[options[1].start:options[1].end]


def test_two_empty_headings_fold_into_the_option_heading():
    """An empty '## A' then an empty '## B' then '### Either I': the option section is named after both
    (the merged heading's own last line ends it, so the option heading folds in too)."""
    headings = _headings(_SERIES_TOP + "## Carpenter II\n\n## Carpenter Supervisor\n\n### Either I\n\n"
                                       "Two years as a journey level carpenter.\n")
    last = headings[-1]
    assert "Carpenter II" in last and "Carpenter Supervisor" in last and last.endswith("Either I"), headings


def test_option_after_an_option_is_not_named_after_it():
    """'### Or II' after '## Minimum Qualifications' / '### Either I' is an alternative to Either I,
    not a part of it: 'Minimum Qualifications / Or II'."""
    headings = _headings(_SERIES_TOP + "## Minimum Qualifications\n\n### Either I\n\nTwo years of experience.\n\n"
                                       "### Or II\n\nFour years of experience.\n")
    assert headings[-1] == "Minimum Qualifications / Or II"
    assert not any("Either I / Or II" in h for h in headings)


def test_plain_text_option_lines_are_left_alone():
    """Only Markdown headings give option headings a parent: a plain 'Either I' / 'Or II' line (here under a
    Markdown class heading, but not a Markdown heading itself) keeps its own heading, as before."""
    text = (_SERIES_TOP + "## Carpenter II\n\nPerforms journey level carpentry.\n\nEither I\n\n"
            "Two years of carpentry experience.\n\nOr II\n\nFour years of construction experience.\n")
    headings = _headings(text)
    assert headings[-3:] == ["Carpenter II", "Either I", "Or II"]


def test_a_connective_line_between_requirement_options_opens_no_section() -> None:
    """'AND EITHER', 'OR' and '- OR -' alone on a line join a requirement's parts: every option stays in the
    qualifications section (as a heading, 'AND EITHER' had cut option (1) off from the requirement)."""
    text = ("THE POSITION\n\nOfficers assess youth referred by the courts.\n\nMINIMUM QUALIFICATIONS\n\n"
            "Possession of a bachelor's degree in criminal justice or a related field\n\nAND EITHER\n\n"
            " (1) One year of full-time paid experience in casework;\n\nOR\n\n"
            " (2) A master's degree in social work.\n\n- OR -\n\n (3) Two years as a Probation Aide.\n\n"
            "**Or**\n\n (4) Completion of the academy.\n\nEXAMINATION\n\nA written test weighted 100%.\n")
    sections = find_sections(text)
    _assert_tiles(text, sections)
    assert [(s.type, s.heading) for s in sections] == [
        ("other", "THE POSITION"), ("qualifications", "MINIMUM QUALIFICATIONS"), ("other", "EXAMINATION")]
    requirement = text[sections[1].start:sections[1].end]
    assert all(part in requirement for part in ("(1) One year", "(2) A master's", "(3) Two years", "(4) Completion"))


def test_a_line_of_fields_opens_no_section() -> None:
    text = ("Environment: PROD   Records selected: 1   Filter: JOB_CODE = 'AOS-2210'\nJOB CODE:   AOS-2210\n"
            "FLSA:       NON-EXEMPT\n\nWORKING CONDITIONS\nWork is performed outdoors in all weather.\n")
    types = [s.type for s in find_sections(text)]
    assert types.count("physical") == 1, types


def test_a_work_schedule_heading_is_a_special_requirement_and_a_salary_schedule_is_pay() -> None:
    assert classify_heading("Work Schedule") == "special" and classify_heading("Hours of Work") == "special"
    assert classify_heading("Salary Schedule") == "salary"


def test_a_class_heading_naming_special_education_is_no_qualifications_section() -> None:
    from assistant.ingest.sections import classify_heading
    assert classify_heading("Paraeducator II - Special Education") is None
    assert classify_heading("Education and Experience") == "qualifications"


def test_a_class_heading_under_a_kind_of_section_is_of_that_kind() -> None:
    """"### Accountant II" under "## Level Distinctions" is the distinguishing text of that level, as the first
    level's heading (folded into the empty "Level Distinctions") already is; a heading under a section of no kind
    stays other."""
    text = ("# Accountant I / Accountant II\n\nCity of Harwick Falls\n\n## Level Distinctions\n\n### Accountant I\n\n"
            "This is the entry level.\n\n### Accountant II\n\nThis is the journey level.\n\n"
            "## Minimum Qualifications\n\nA bachelor's degree.\n\n## Employment Information\n\nSee the website.\n\n"
            "### Accountant II\n\nTwo vacancies.\n")
    kinds = [(s.type, s.heading) for s in find_sections(text)]
    assert ("distinguishing", "Level Distinctions / Accountant I") in kinds
    assert ("distinguishing", "Accountant II") in kinds
    assert kinds[-1] == ("other", "Accountant II")


def test_a_tables_column_names_printed_in_spaces_open_no_section() -> None:
    """"CLASS   CLASS NO.   MONTHLY SALARY" between rules names a table's columns; the filing dates under the
    table are no part of a section of that name."""
    text = ("EXAMINATION BULLETIN\n\n-----\n CLASS                                   CLASS NO.    MONTHLY SALARY\n-----\n"
            " EMS Paramedic                              7104      $6,412 - $7,794\n-----\n\n"
            " FILING CLOSES:  Friday, April 3, 2026, 4:30 p.m.\n")
    assert not any("MONTHLY SALARY" in s.heading for s in find_sections(text))


def test_a_class_name_is_no_kind_of_section_though_a_sections_word_is_in_it() -> None:
    """"Maintenance Labor Supervisor" names a class, not a supervision section; "Typical Duties of a Park Ranger"
    still names duties."""
    assert classify_heading("Maintenance Labor Supervisor") is None
    assert classify_heading("SUPERVISING PUBLIC HEALTH EPIDEMIOLOGIST") is None
    assert classify_heading("Supervision Exercised") == "supervision"
    assert classify_heading("Typical Duties of a Park Ranger") == "duties"


def test_a_trainee_class_heading_under_distinguishing_characteristics_keeps_that_kind() -> None:
    """"### Operator-in-Training" names a class, not a training section: the levels under "## Distinguishing
    Characteristics" are all distinguishing characteristics (they had become qualifications)."""
    text = ("# Plant Operator Series\n\nOperators run the plant.\n\n## Distinguishing Characteristics\n\n"
            "### Plant Operator-in-Training\n\nThis is the trainee class.\n\n### Plant Operator III\n\nThis is the shift "
            "lead level.\n\n## Minimum Qualifications\n\nTwo years.\n")
    kinds = {s.heading.split(" / ")[-1]: s.type for s in find_sections(text)}
    assert kinds["Plant Operator-in-Training"] == "distinguishing" and kinds["Plant Operator III"] == "distinguishing"


def test_class_headings_one_after_another_in_plain_text_share_the_kind_of_the_first() -> None:
    """A bulletin in plain text lists each class's requirements under "MINIMUM QUALIFICATIONS" (over a rule):
    "FISCAL OFFICER II:" is as much a qualifications section as "FISCAL OFFICER I:" folded into the heading."""
    text = ("MINIMUM QUALIFICATIONS\n----------\n\nFISCAL OFFICER I:\n   A bachelor's degree in accounting.\n\n"
            "FISCAL OFFICER II:\n   Two years of professional fiscal experience.\n\n"
            "STATISTICIAN:\n   A master's degree in statistics.\n\n"
            "HOW TO APPLY\n----------\n\nApply online at www.stavely.example.\n")
    kinds = [(s.type, s.heading) for s in find_sections(text)]
    assert ("qualifications", "MINIMUM QUALIFICATIONS / FISCAL OFFICER I") in kinds, kinds
    assert ("qualifications", "FISCAL OFFICER II") in kinds and ("qualifications", "STATISTICIAN") in kinds, kinds
    assert kinds[-1][1] == "HOW TO APPLY" and kinds[-1][0] != "qualifications", kinds



BULLETIN_QUALIFICATIONS = """------------------------------------------------------------------------------
MINIMUM QUALIFICATIONS
------------------------------------------------------------------------------

  26-118  SCHOOL GROUNDS WORKER
          EITHER:
          (A) One year of paid experience in grounds maintenance; OR
          (B) Completion of a one-year certificate program in horticulture.

  26-119  SENIOR SCHOOL GROUNDS WORKER
          EITHER:
          (A) Two years of permanent competitive status as a School
              Grounds Worker; OR
          (B) Four years of paid experience in grounds maintenance.

------------------------------------------------------------------------------
APPLICATION FEE
------------------------------------------------------------------------------

  The fee is non-refundable.
"""


def test_a_second_class_block_under_a_typed_heading_shares_its_type() -> None:
    """The first class's heading is folded into "MINIMUM QUALIFICATIONS" with its empty "EITHER:"; the next class's
    heading is a sibling and its requirements are qualifications too."""
    sections = find_sections(BULLETIN_QUALIFICATIONS)
    senior = next(s for s in sections if "SENIOR SCHOOL GROUNDS WORKER" in s.heading)
    assert senior.type == "qualifications", [(s.type, s.heading) for s in sections]


def test_class_headings_in_capitals_joined_by_and_are_parts_of_the_typed_section_above() -> None:
    """"SENIOR LAUNDRY AND LINEN WORKER" after "LAUNDRY AND LINEN WORKER" under "MINIMUM QUALIFICATIONS" names a
    class (its "AND" joins two words of the name): its block is qualifications too, not an untyped section."""
    text = ("THE POSITIONS\n\n LAUNDRY AND LINEN WORKER. Processes the hospital's linen.\n\n"
            "MINIMUM QUALIFICATIONS\n\n LAUNDRY AND LINEN WORKER\n   No experience is required.\n\n"
            " SENIOR LAUNDRY AND LINEN WORKER\n   EITHER (1) one year of service as a Laundry and Linen Worker;\n"
            "   OR (2) two years of laundry experience, including one year in a lead capacity.\n\n"
            "HOW TO APPLY\n\nApply online.\n")
    senior = next(s for s in find_sections(text) if s.heading.endswith("SENIOR LAUNDRY AND LINEN WORKER"))
    assert senior.type == "qualifications", [(s.type, s.heading) for s in find_sections(text)]


def test_a_known_sections_name_after_a_sentences_end_opens_it_without_a_blank_line() -> None:
    """A PDF's text runs headings into the paragraphs: "Required Qualifications" on its own line after "… Records
    Specialist." opens the qualifications section; a table's column names after a sentence ("Event Description
    Passing Standard"), a line that continues a sentence and a name cut short at a column's edge ("Licenses and")
    open none."""
    text = ("ROSSMERE STATE UNIVERSITY\nLaw Office Administrator\nResponsibilities\nManages the office budget and "
            "support staff. The Student Assistant is supervised by the Records Specialist.\nRequired Qualifications\n"
            "A bachelor's degree and five (5) years of experience in law office administration.\nPreferred "
            "Qualifications\n- Experience in a public-sector law office.\nThe physical ability test has four events.\n"
            "Event Description Passing Standard\nBody Drag Lift and drag a 165-pound dummy 32 feet 30 seconds or less\n"
            "Candidates who are appointed must possess a valid\nDriver License\nissued by the State.\nLicenses and\n"
            "Valid Class C driver's license.\nFLSA Non-exempt\nThis position is funded by a State contract.\n")
    sections = {s.heading: s.type for s in find_sections(text)}
    assert sections.get("Required Qualifications") == "qualifications"
    assert "Event Description Passing Standard" not in sections
    assert "Driver License" not in sections and "Licenses and" not in sections and "FLSA Non-exempt" not in sections
    required = next(s for s in find_sections(text) if s.heading == "Required Qualifications")
    assert "five (5) years" in text[required.start:required.end]


def test_a_heading_in_capitals_with_a_note_in_parentheses_opens_its_section() -> None:
    """A PDF's "COMPENSATION (effective July 1, 2025)": the note's lower case is no part of the heading's case."""
    text = ("PHYSICAL DEMANDS\nLifts equipment trunks weighing up to 75 pounds.\nCOMPENSATION (effective July 1, 2025)\n"
            "Class Range Biweekly minimum Biweekly maximum\nEquipment Manager I 14 $1,842.40 $2,468.80\n")
    kinds = [(s.type, s.heading) for s in find_sections(text)]
    assert ("salary", "COMPENSATION (effective July 1, 2025)") in kinds, kinds
