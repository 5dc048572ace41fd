"""Passages added to the chosen ones: "how do I apply?" is answered with the steps and the closing date.

The real assistant (real model, real Chroma) over one posting.
"""

from __future__ import annotations

from conftest import converse, corpus_assistant

POSTING = """TRANSIT OPERATIONS DISPATCHER
Ashford Regional Transit Authority

Salary: $29.40 - $38.25 hourly
Job Type: Full-time

ABOUT THE POSITION
Dispatchers assign bus operators to their runs and fill open runs when operators call out. Dispatchers are the
voice on the radio for operators in the field.

HOW TO APPLY
Apply online at careers.ashfordtransit.example by clicking "Apply Now" and completing the online application.
Attach a resume listing your transit operations experience. Paper, mailed and emailed applications will not be
accepted.

IMPORTANT DATES
Applications must be received by 11:59 p.m. on Friday, March 14, 2025. Interviews are expected the week of
March 31, 2025.
"""


def test_how_to_apply_comes_with_the_closing_date(tmp_path, shared_embeddings) -> None:
    ashford = corpus_assistant(tmp_path, {"ashford-dispatcher.txt": POSTING}, shared_embeddings)
    answer = ashford.ask("How do I apply for the Transit Operations Dispatcher job at Ashford?")
    assert answer.answered and "Apply online" in answer.text, answer.text
    assert "March 14, 2025" in answer.text, answer.text
    assert "March 31" not in answer.text, answer.text  # the interviews' date is no deadline


CORRECTIONS = """CORRECTIONAL OFFICER
State of Talbridge

FLSA STATUS: NON-EXEMPT

HOURS OF WORK AND OVERTIME
  Officers work eight-hour shifts, including nights, weekends, and holidays, on a rotating schedule. Officers
  may be ordered to work mandatory overtime, including holding over up to four (4) hours beyond the end of a
  scheduled shift, when staffing levels require. Overtime is paid at time and one-half.

PROBATIONARY PERIOD
  The probationary period is twelve (12) months.
"""


def test_a_part_answered_stands_when_the_other_has_no_words_of_its_own_in_the_document(tmp_path, shared_embeddings):
    talbridge = corpus_assistant(tmp_path, {"talbridge-co.txt": CORRECTIONS}, shared_embeddings)
    answer = talbridge.ask("whats the overtime deal for correctional officers in talbridge, can they make u stay late")
    assert answer.answered and "mandatory overtime" in answer.text and "one-half" in answer.text, answer.text


SERIES = """# Water Treatment Plant Operator Series

City of Ostrand Falls

## Contents

- [Water Treatment Plant Operator II](#operator-ii)
- [Water Treatment Plant Operator III](#operator-iii)

## Series concept

Each level is tied to the grade of State Water Treatment Operator Certificate the incumbent must hold. Trainees
must also obtain a Grade T1 certificate within eighteen (18) months of appointment.

## Levels

### Water Treatment Plant Operator II (5412)

**Definition.** This is the journey level; independently operates the entire plant during an assigned shift.

**Minimum qualifications.** Grade T3 certificate, and two (2) years of experience as a Water Treatment Plant
Operator I.

### Water Treatment Plant Operator III (5413)

**Definition.** This is the advanced and shift supervisory level.

**Minimum qualifications.** Grade T4 certificate, and three (3) years of experience as a Water Treatment Plant
Operator II.
"""


def test_each_level_compared_gets_its_own_passage(tmp_path, shared_embeddings) -> None:
    ostrand = corpus_assistant(tmp_path, {"ostrand-wtp-operator.md": SERIES}, shared_embeddings)
    answer = ostrand.ask("In the Ostrand Falls water treatment plant operator series, what certificate does an "
                         "Operator II need compared with an Operator III?")
    assert answer.answered and "Grade T3" in answer.text and "Grade T4" in answer.text, answer.text
    assert "](#operator" not in answer.text, answer.text  # a contents link states nothing


NURSES = """<html><head><title>Public Health Nurse I / II | Wyndham County</title></head><body>
<h1>PUBLIC HEALTH NURSE I / II</h1>
<p>Wyndham County</p>
<h3>Public Health Nurse I</h3>
<dl><dt>Class Code:</dt><dd>4620</dd><dt>Salary:</dt><dd>$43.27 - $55.22 Hourly</dd><dt>FLSA:</dt><dd>Non-Exempt</dd></dl>
<h3>Public Health Nurse II</h3>
<dl><dt>Class Code:</dt><dd>4621</dd><dt>Salary:</dt><dd>$47.70 - $60.89 Hourly</dd><dt>FLSA:</dt><dd>Non-Exempt</dd></dl>
<h2>Definition</h2>
<p>Public Health Nurse I: This is the entry level of the series. Public Health Nurse II: This is the journey level.</p>
<h2>Minimum Qualifications</h2>
<p>A current license as a Registered Nurse issued by the State Board of Nursing.</p>
</body></html>
"""


def test_two_levels_of_one_document_are_not_given_its_one_card_value(tmp_path, shared_embeddings) -> None:
    wyndham = corpus_assistant(tmp_path, {"wyndham-phn.html": NURSES}, shared_embeddings)
    answer = wyndham.ask("What does a Public Health Nurse II make at Wyndham County, compared with a Public Health "
                         "Nurse I?")
    assert answer.answered and "47.70" in answer.text, answer.text


FORM = """# Code Enforcement Officer

City of Fernhollow - Position Description Questionnaire

Class code / Pay grade | 3318 / Grade 118
Current pay range | $27.40 - $35.62 hourly ($56,992 - $74,090 annually)
Regular work schedule | Monday - Friday, 7:30 a.m. - 4:00 p.m.

## Purpose of the Position

The Code Enforcement Officer investigates complaints about property maintenance, inoperable vehicles and weeds,
and issues administrative citations.
"""


def test_the_pay_range_asked_beside_a_grade_is_quoted_from_a_forms_rows(tmp_path, shared_embeddings) -> None:
    """"What pay grade and range is it?": the grade row answers the first, the pay range row (a form's row, under no
    pay heading) the second."""
    assistant = corpus_assistant(tmp_path, {"fernhollow-code-enforcement-officer.md": FORM}, shared_embeddings)
    answer = assistant.ask("What pay grade and range is the Fernhollow Code Enforcement Officer?")
    assert answer.answered and "118" in answer.text and "$27.40" in answer.text, answer.text


def test_a_hiring_range_row_is_the_pay_asked_beside_a_band(tmp_path, shared_embeddings) -> None:
    from conftest import corpus_assistant

    posting = ("# Emergency Management Specialist\n\nPenwyth State University\n\n## Posting Details\n\n"
               "Posting Number | EHS0417\nSalary Band | Band 6\nHiring Range | $62,000 - $71,500 annually, commensurate "
               "with experience\nFLSA | Exempt\n\n## Position Summary\n\nKeeps campus emergency plans current.\n")
    assistant = corpus_assistant(tmp_path, {"penwyth-ems.md": posting}, shared_embeddings)
    answer = assistant.ask("What is the hiring range and salary band for the Emergency Management Specialist at Penwyth "
                           "State University?")
    assert answer.answered and "Band 6" in answer.text and "62,000" in answer.text, answer.text


GROUNDS = """# Ballfield Maintenance Supervisor

Whitfell Park District

Job Code | Grade | FLSA | Unit | Probation
PO-118 | 29 | Non-exempt | General Employees Unit | 6 months

## Definition

Supervises the crews that mow, line and irrigate the District's ballfields and prepares fields for league play.

## Working conditions

Normal hours are Monday through Friday, 6:00 a.m. to 2:30 p.m., with weekend tournament coverage by rotation.
Work is performed outdoors in all weather. Overtime is paid at one and one-half times the regular rate.

Whitfell Park District is an equal opportunity employer.
"""


def test_overtime_asked_gets_the_status_and_how_overtime_is_paid(tmp_path, shared_embeddings) -> None:
    """The status cell answers yes; the sentence on how overtime is paid, far from it, comes with it."""
    whitfell = corpus_assistant(tmp_path, {"whitfell-ballfield-supervisor.md": GROUNDS}, shared_embeddings)
    answers = converse(whitfell, ["What grade is the Whitfell Park District Ballfield Maintenance Supervisor?",
                                  "do they get overtime?"])
    assert answers[1].answered and "non-exempt" in answers[1].text.lower(), answers[1].text
    assert "one and one-half" in answers[1].text, answers[1].text


def test_a_status_asked_both_ways_reads_as_stated() -> None:
    from assistant.answering.leadline import overtime_line

    assert overtime_line("FLSA: Non-exempt", "lornavale ranger - exempt or do they get OT") \
        == "Non-exempt (eligible for overtime)"
    assert overtime_line("Overtime eligible: No", "is accountant 2 salaried exempt or do they get OT?") \
        == "Exempt (not eligible for overtime)"
    assert overtime_line("FLSA: Non-exempt", "are they exempt?").startswith("No")


BULLETIN = """                     HARTLEY SPRINGS WATER DISTRICT
                ANNOUNCEMENT OF OPEN COMPETITIVE EXAMINATION

          METER SERVICES REPRESENTATIVE  (Class 3320)

------------------------------------------------------------------------------
FILING
------------------------------------------------------------------------------

     FINAL FILING DATE ........................ Friday, March 27, 2026
     FILING TIME .............................. 5:00 p.m.

     Applications must be received by the final filing time. Apply online at
     www.hartleywater.example/jobs.

------------------------------------------------------------------------------
THE POSITION
------------------------------------------------------------------------------
     Meter Services Representatives read meters and answer billing questions.
"""


def test_a_closing_date_comes_with_the_hour_on_the_next_line(tmp_path, shared_embeddings) -> None:
    hartley = corpus_assistant(tmp_path, {"hartley-meter-rep-bulletin.txt": BULLETIN}, shared_embeddings)
    answer = hartley.ask("What's the deadline to apply for the Hartley Springs Meter Services Representative job?")
    assert answer.answered and "March 27, 2026" in answer.text and "5:00 p.m." in answer.text, answer.text



def test_education_asked_with_experience_is_its_requirement_not_a_substitution() -> None:
    """"What education and experience …?": a master's degree that may substitute for the experience states no
    education requirement; the bachelor's degree line is added first."""
    from assistant.answering.answer_additions import with_second_intent
    from assistant.answering.evidence import Sentence
    from assistant.query.intents import detect_intents
    from assistant.query.plan import QueryPlan

    def sentence(text: str, start: int, section: str) -> Sentence:
        return Sentence("d", start, start + len(text), text, section, "qualifications", "", 0, None)

    substitution = sentence("Substitution: A master's degree in a related field may substitute for the required "
                            "experience.", 400, "Experience")
    experience = sentence("Experience: EITHER (a) one (1) year as a Correctional Officer; OR (b) one (1) year of "
                          "professional casework or counseling experience.", 200, "Experience")
    education = sentence("Education: A bachelor's degree from an accredited college or university in criminal "
                         "justice, psychology or sociology; AND", 50, "MINIMUM QUALIFICATIONS")
    question = "What education and experience do you need for the state prison job?"
    plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question))
    chosen = with_second_intent(plan, [substitution, experience, education], [substitution, experience], 3,
                                {"duties", "overview"})
    assert chosen[0] is education and experience in chosen, [s.text[:20] for s in chosen]
    # a full answer makes room for the experience asked by letting a substitution go, not the education line
    other = sentence("Additional qualifying experience may substitute for the required education.", 500, "Experience")
    chosen = with_second_intent(plan, [substitution, other, education, experience], [substitution, other, education],
                                3, {"duties", "overview"})
    assert education in chosen and experience in chosen, [s.text[:20] for s in chosen]


DESIGNER_SPEC = """ARDMOOR COMMUNITY COLLEGE DISTRICT - HUMAN RESOURCES
Classified Class Specification | hr.ardmoorccd.example/classspecs
GRAPHIC ARTIST
Classification No. 3410 FLSA Status Non-Exempt
Salary Range Range 41 (monthly) Bargaining Unit Classified Professionals Assn.
DEFINITION
Under general supervision, designs and produces print and digital materials that promote the District's colleges.
WORK SCHEDULE
Occasional evening and weekend assignments are required to photograph commencement and athletics events; hours are
adjusted within the same workweek or paid as overtime at the District's discretion.
"""


def test_overtime_answered_by_how_it_is_paid_gets_the_status_too(tmp_path, shared_embeddings) -> None:
    """"Does the Graphic Artist get paid overtime?" answered by the schedule's "… or paid as overtime at the
    District's discretion": the status cell ("FLSA Status Non-Exempt") says whether it is owed, and leads."""
    ardmoor = corpus_assistant(tmp_path, {"ardmoor-graphic-artist.txt": DESIGNER_SPEC}, shared_embeddings)
    answer = ardmoor.ask("Does the Graphic Artist at Ardmoor Community College District get paid overtime?")
    assert answer.answered and "non-exempt" in answer.text.lower(), answer.text


GRANT_SERIES = """# Grant Program Specialist Series

Kestrelmoor County

## Classes in this series

| Class | Code | Grade |
|---|---|---|
| Grant Program Specialist I | 2611 | 28 |
| Grant Program Specialist II | 2612 | 31 |
| Principal Grant Program Specialist | 2615 | 35 |

## Minimum Qualifications

### Grant Program Specialist I

A bachelor's degree in public administration, business or a related field.

### Grant Program Specialist II

The education required for the I and two (2) years of grant administration experience.

### Principal Grant Program Specialist

The education required for the I and five (5) years of grant administration experience, including one (1) year
supervising professional staff.

## Licenses and Certificates

- All levels: a valid driver's license.
- Principal: the Certified Grants Management Specialist (CGMS) credential must be obtained within eighteen (18)
  months of appointment.
"""


def test_a_class_qualifications_bring_its_line_of_the_licenses(tmp_path, shared_embeddings) -> None:
    """"What do you need to qualify as a Principal …?": the class's own block under Minimum Qualifications, and the
    licenses section's line for it, which names it in short ("Principal: …")."""
    assistant = corpus_assistant(tmp_path, {"kestrelmoor-grant-program-specialist-series.md": GRANT_SERIES}, shared_embeddings)
    answer = assistant.ask("What do you need to qualify as a Principal Grant Program Specialist at Kestrelmoor County?")
    assert answer.answered and "5 years" in answer.text, answer.text
    assert "CGMS" in answer.text and "18 months" in answer.text, answer.text


def test_the_labelled_license_and_certificate_lines_after_the_qualifications_are_part_of_them(tmp_path,
                                                                                               shared_embeddings):
    """"What are the minimum qualifications …?" under "Minimum Qualifications": "Education and experience: …",
    then "License: …" and "Certificate: …" on lines of their own; all three are what is required."""
    from conftest import corpus_assistant

    spec = ("# Fare Enforcement Officer\n\nCity of Jorrington\n\n## Definition\n\nPatrols the streetcar and checks "
            "fares.\n\n## Minimum Qualifications\n\nEducation and experience: Equivalent to graduation from high school "
            "AND two (2) years of full-time experience in work involving extensive contact with the public.\n\n"
            "License: Possession of a valid Class C driver's license.\n\n"
            "Certificate: Must obtain a first aid and CPR certificate within three (3) months of appointment.\n\n"
            "## Compensation\n\nSalary Grade T-14 (biweekly).\n")
    jorrington = corpus_assistant(tmp_path, {"jorrington-fare-enforcement-officer.md": spec}, shared_embeddings)
    answer = jorrington.ask("What are the minimum qualifications for a Fare Enforcement Officer with the City of "
                            "Jorrington?")
    assert answer.answered, answer.text
    assert "graduation from high school" in answer.text
    assert "Class C driver's license" in answer.text and "first aid and CPR" in answer.text, answer.text


CLAIMS = """# Workers' Compensation Claims Examiner Series

Thornbeck County · Risk Management Division

## Series concept

Workers' Compensation Claims Examiners administer the County's self-insured workers' compensation claims.

## Distinguishing characteristics

### Workers' Compensation Claims Examiner I

The entry and training level. Handles a caseload of medical-only claims and learns the benefit rules. An Examiner I
sets reserves up to $10,000 per claim and has no settlement authority.

### Workers' Compensation Claims Examiner II

The journey level. Handles a caseload of indemnity claims and settles claims up to $25,000 by stipulation.

### Workers' Compensation Claims Examiner III

The lead level. Reviews the files of the other examiners. An Examiner III settles claims up to $75,000; settlements
above $75,000 require the Risk Manager's approval.

## Examples of duties

### Examiner II and III

- Presents claims over $75,000 to the Risk Manager with a settlement recommendation.

## Class information

| Class | Code | Annual salary |
|---|---|---|
| Workers' Compensation Claims Examiner I | 5101 | $58,240 - $78,620 |
| Workers' Compensation Claims Examiner II | 5102 | $67,410 - $91,000 |
| Workers' Compensation Claims Examiner III | 5103 | $78,030 - $105,340 |
"""


def test_each_level_of_a_series_asked_gets_its_own_passage(tmp_path, shared_embeddings) -> None:
    """"How much settlement authority does each level … have?": every level's own sentence, not the series' pay table
    ("Workers' Compensation" names the series, not its pay), nor a duty that speaks for two levels at once."""
    thornbeck = corpus_assistant(tmp_path, {"thornbeck-claims-examiner-series.md": CLAIMS}, shared_embeddings)
    answer = thornbeck.ask("How much settlement authority does each level of Thornbeck County's Workers' Compensation "
                           "Claims Examiner series have?")
    assert answer.answered, answer.text
    assert "no settlement authority" in answer.text and "25,000" in answer.text and "settles claims up to $75,000" \
        in answer.text, answer.text
    assert "58,240" not in answer.text, answer.text
