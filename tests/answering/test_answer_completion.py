"""An answer covers every part asked, and quotes the figure or sentence the question is after.

Why: each of these questions was once answered by a passage that holds some of its words but not what it asks —
the TB row without the fingerprint row a few rows below; a refusal of "is it full-time?" that lost the FTE the
second part asked; the hourly row of a pay table asked "per month"; the night shift differential asked "how much
do they make"; a duties line about customer calls asked "on call". A real Chroma store and the real model index
six small fictional specs (HTML, Markdown and PDF-like text). The other specs say "full-time experience", so
"full" is a common word and the lab posting's own pick for "is it a full-time job?" is its "lab" lines.
A question that sets a word aside ("the knowledge part, not the experience") gets no passage added for it:
tests/answering/test_open_answers.py::test_what_a_class_must_know_is_its_knowledge_section covers that.
"""

from __future__ import annotations

import pytest

from assistant.engine import Assistant

from conftest import corpus_assistant


def _rows(rows: list[tuple[str, str]]) -> str:
    return "\n".join(f'<tr><td class="label">{label}</td><td class="value">{value}</td></tr>' for label, value in rows)


HEALTH_AIDE = f"""<html><head><meta charset="utf-8">
<title>Health Aide - Classified Job Description - Marlow Ridge Unified School District</title></head><body>
<p><a href="/">District Home</a> | <a href="/personnel">Personnel Services</a></p>
<h2>MARLOW RIDGE UNIFIED SCHOOL DISTRICT</h2><h3>Classified Job Description</h3>
<table border="1">{_rows([
    ("Job Title", "HEALTH AIDE"), ("Job Code", "C-3170"),
    ("Department / Site", "Student Support Services &ndash; Health Services; assigned to a school site"),
    ("Salary Range", "$20.14 - $24.90 per hour (Steps 1-5)")])}</table>
<p>&nbsp;</p>
<table border="1">{_rows([
    ("Basic Function", "Under the technical direction of a credentialed school nurse, the Health Aide provides first aid "
     "and routine health care to students in the school health office and keeps student health records."),
    ("Qualifications &ndash; Experience", "One year of experience working with children in a health office or clinic."),
    ("Licenses and Certificates", "Current CPR and First Aid certification must be obtained within 30 days of employment."),
    ("Physical Abilities", "Incumbents must be able to lift, carry, push and pull up to 50 pounds, including helping with "
     "student transfers with another adult; stand and walk for extended periods; and bend, stoop, kneel and reach."),
    ("Tuberculosis Clearance", "Evidence of freedom from active tuberculosis (a TB risk assessment and, if indicated, a "
     "TB test) is required before employment begins and every four years thereafter."),
    ("Work Environment", "School health office. Exposure to communicable diseases, blood and bodily fluids."),
    ("Probationary Period", "Six months or 130 days of paid service, whichever is longer."),
    ("Fingerprint / Background", "Employment is contingent upon Department of Justice and FBI fingerprint clearance. "
     "The District pays the fingerprinting fee.")])}</table>
<p><small>Marlow Ridge Unified School District is an equal opportunity employer.</small></p></body></html>
"""

LAB_COORDINATOR = """Skip to main content
Corrigan State University Careers
Search Jobs
Sign In
< Back to search results

Senior Laboratory Coordinator
Apply now
Save job
Share

Requisition Number: R-0051177
Department: Biology
Location: Main Campus - Fairleigh Hall
Salary Grade: S26
Pay Range: $54,000 - $66,000 annually (full-time equivalent; prorated by FTE)
Appointment Type: Fixed-Term Staff, 24 months, renewable contingent on funding
FTE: 0.75
Work Schedule: 30 hours per week, Monday-Friday
Posting Close Date: 05/09/2025

About the Role

The Department of Biology at Corrigan State University seeks a Senior Laboratory Coordinator to run the department's undergraduate teaching laboratories. Reporting to the Director of Undergraduate Laboratories, the Senior Laboratory Coordinator supervises two full-time Laboratory Technicians and a pool of student assistants, keeps the laboratories safe and compliant, and works with faculty and teaching assistants on laboratory instruction.

Responsibilities
- Plan and oversee preparation of media, reagents and equipment for about 60 laboratory sections per week.
- Schedule and supervise Laboratory Technicians and student assistants; approve timesheets.
- Maintain the chemical inventory and Safety Data Sheet library.
- Work with course coordinators to test new experiments and revise lab manuals.
- Train graduate teaching assistants in experiment setup and lab procedures.

Required Qualifications
- Bachelor's degree in biology or a closely related science.
- Three (3) years of experience working in a biology laboratory.

Benefits
Corrigan State University offers medical, dental and vision coverage to staff with an appointment of 0.5 FTE or greater; 12 paid holidays; and vacation accrual prorated by FTE.

Apply now
Save job
Share
Email this job to a friend

Similar jobs
Laboratory Technician II - Chemistry
Research Compliance Specialist
Lab Manager - Plant Sciences

Cookie settings | Privacy | Accessibility | (c) 2025 Corrigan State University
"""

BUDGET_ANALYST = """KINGSBURY COUNTY
Human Resources Department - Classification and Compensation
SENIOR BUDGET ANALYST
Class Code: 1342 FLSA: Exempt
Bargaining Unit: 4 - Professional Salary Grade: 40
DEFINITION
Under general direction, performs advanced professional budget analysis for County departments; prepares the
recommended budget and mid-year reports; and performs related work as required.
EXAMPLES OF ESSENTIAL FUNCTIONS
- Reviews departmental budget requests and recommends funding levels to the County Administrator.
- Prepares revenue and expenditure projections and mid-year budget reports for the Board of Supervisors.
MINIMUM QUALIFICATIONS
Bachelor's degree in public administration, finance or a related field, and three (3) years of full-time professional
budget or financial analysis experience.
SALARY - GRADE 40
Step A Step B Step C Step D Step E
Hourly $40.10 $42.11 $44.21 $46.42 $48.75
Monthly $6,951 $7,299 $7,663 $8,046 $8,450
Annual $83,408 $87,589 $91,957 $96,554 $101,400
Step advancement: New employees are normally hired at Step A. Advancement to the next step occurs after twelve
(12) months of satisfactory service at each step.
"""

MECHANIC = """TARNWELL WATER DISTRICT
invites applications for the position of
MAINTENANCE MECHANIC II
SALARY: $5,980 - $7,270 per month (5-step range)
THE POSITION
The Maintenance Mechanic II is the journey level in the mechanic series. Under general supervision, repairs and
maintains pumps, motors, valves, blowers and other mechanical equipment at District treatment plants and pump stations.
MINIMUM QUALIFICATIONS
Two (2) years of full-time experience in the repair of industrial mechanical equipment comparable to a Maintenance Mechanic I.
SPECIAL REQUIREMENTS
Possession of a valid Class C driver's license.
"""

PLANT_OPERATOR = """# Wastewater Treatment Plant Operator III

City of Cinder Hollow

Class Code: 6412

Department: Public Works – Wastewater Division

Salary: $34.12 – $43.57 per hour

Overtime Status: Non-exempt

## Definition

Under general direction, serves as the lead operator on an assigned shift at the City's Cinder Hollow Water Reclamation Facility; acts as the operator in responsible charge of the plant during the shift; operates, monitors and adjusts treatment processes and equipment; and performs related work as assigned.

## Examples of Duties

- Leads, schedules and reviews the work of Operator I and Operator II staff on the assigned shift.
- Makes process control decisions for the headworks, clarifiers, activated sludge and digesters.

## Minimum Qualifications

Three (3) years of full-time experience as a Wastewater Treatment Plant Operator II, including one year of lead or shift-in-charge responsibility.

## Working Conditions

The plant is staffed 24 hours a day. Operator III positions work rotating 12-hour shifts, including weekends and holidays.

Night shift differential: $1.10 per hour.

Work involves exposure to odors, noise, sewage, hazardous chemicals and confined spaces.
"""

WATER_OPERATOR = """HALVARD MUNICIPAL WATER AUTHORITY
WATER SYSTEMS OPERATOR III
Class Code: 5514 FLSA Status: Non-Exempt
Department: Water Operations
DEFINITION
Under general direction, operates and maintains the Authority's water treatment plant, pump stations, reservoirs,
and distribution system facilities; serves as the shift operator in responsible charge; and performs related work as required.
EXAMPLES OF DUTIES
- Monitors and controls treatment and distribution processes through the SCADA system; responds to alarms.
- Responds to customer calls about low pressure and water quality and records each call in the work order system.
MINIMUM QUALIFICATIONS
Experience: Four (4) years of full-time water treatment or water distribution operations experience.
SPECIAL REQUIREMENTS
Plant operator positions work 12-hour rotating shifts, including nights, weekends, and holidays.
Incumbents must serve on a rotating standby (on-call) schedule, approximately one week in every six, and must
be able to respond to the assigned facility within 40 minutes of being called out.
"""

LICENSING_ANALYST = """# Child Care Licensing Analyst Series

Aldercombe State Department of Social Services

## Distinguishing characteristics

### Child Care Licensing Analyst I

This is the entry level. Analysts I investigate routine complaints about licensed child care centers and family
child care homes under the guidance of an Analyst II.

### Child Care Licensing Analyst II

This is the journey level. Analysts II investigate complex complaints, including allegations of abuse and
neglect, and train and coordinate new analysts and review their complaint reports each month.

## Certification

Before investigating complaints independently, an Analyst I must be certified by the Department. Certification requires 32 hours of classroom training on the licensing regulations and eight (8) supervised inspections, completed within ninety (90) days of appointment. Certified analysts complete 12 hours of continuing education each year.

## Minimum qualifications

Graduation from a four-year college with a major in child development, social work or a related field.
"""


@pytest.fixture(scope="module")
def specs(tmp_path_factory, shared_embeddings) -> Assistant:
    files = {"marlow-ridge-usd-health-aide.html": HEALTH_AIDE, "corrigan-state-lab-coordinator.txt": LAB_COORDINATOR,
             "kingsbury-county-senior-budget-analyst.txt": BUDGET_ANALYST, "tarnwell-maintenance-mechanic-2.txt": MECHANIC,
             "cinder-hollow-wwtp-operator-3.md": PLANT_OPERATOR, "halvard-water-systems-operator-3.txt": WATER_OPERATOR,
             "aldercombe-child-care-licensing-analyst.md": LICENSING_ANALYST}
    return corpus_assistant(tmp_path_factory.mktemp("completion"), files, shared_embeddings)


def test_both_clearances_asked_are_quoted(specs: Assistant) -> None:
    """The fingerprint row stands three rows below the TB row: the answer adds it rather than quote TB alone."""
    answer = specs.ask("does the health aide job at Marlow Ridge need fingerprints or a tb test?")
    assert answer.answered, answer.text
    text = answer.text.lower()
    assert "tuberculosis" in text and "fingerprint clearance" in text, answer.text
    assert {c.doc_id for c in answer.citations} == {"marlow-ridge-usd-health-aide"}


def test_the_part_answered_is_not_lost_when_the_other_part_has_no_answer_of_its_own(specs: Assistant) -> None:
    answer = specs.ask("Is the Corrigan State senior lab coordinator a full-time job? What FTE is it posted at?")
    assert answer.answered, answer.text
    assert "0.75" in answer.text, answer.text
    assert "full-time" in answer.text  # the whole question is answered too, not the FTE part alone


def test_per_month_quotes_the_monthly_row_of_a_pay_table(specs: Assistant) -> None:
    answer = specs.ask("Who tops out higher per month: a Kingsbury County Senior Budget Analyst or a Tarnwell Water "
                       "District Maintenance Mechanic II?")
    assert answer.answered, answer.text
    assert "$8,450" in answer.text and "7,270" in answer.text, answer.text
    kingsbury = [c for c in answer.citations if c.doc_id == "kingsbury-county-senior-budget-analyst"]
    assert kingsbury and kingsbury[0].quote.startswith("Monthly"), answer.text  # not the hourly row first


def test_how_much_a_described_class_makes_is_its_pay_range_not_a_differential(specs: Assistant) -> None:
    answer = specs.ask("How much do the shift leads who run the Cinder Hollow sewage treatment plant make?")
    assert answer.answered, answer.text
    lead = answer.text.split("\n", 1)[0]
    assert "34.12" in lead and "43.57" in lead, answer.text
    assert "1.10" not in lead


def test_on_call_is_answered_by_the_standby_sentence(specs: Assistant) -> None:
    answer = specs.ask("Does a Water Systems Operator III at the Halvard Municipal Water Authority have to be on call?")
    assert answer.answered, answer.text
    assert "rotating standby (on-call) schedule" in answer.text, answer.text


def test_a_quoted_sentence_is_completed_by_the_next_one_in_its_paragraph(specs: Assistant) -> None:
    """"Before investigating complaints independently, an Analyst I must be certified" holds the question's words but
    not its "training"; the next sentence states it, so it completes the answer (neither a refusal on "training"
    nor the Analyst II line that says "train")."""
    answer = specs.ask("What training does an Aldercombe Child Care Licensing Analyst I need before investigating "
                       "complaints alone, and how soon?")
    assert answer.answered, answer.text
    assert "32 hours of classroom training" in answer.text and "90 days" in answer.text, answer.text
    assert "review their complaint reports" not in answer.text



COORDINATOR = """# Community Action Program Coordinator

County of Eddingby

## Working conditions

Work is performed in an office setting with frequent travel to community sites. Be upfront about the evening
meetings. The Coordinator staffs all six regular Community Action Board meetings a year (second Tuesday of
odd-numbered months, 6:00 p.m.) plus the Board's Planning Committee.

## Duties

Plans and runs the County's community action programs and prepares grant reports.
"""


def test_a_lone_quote_stating_no_figure_gets_the_next_sentence_stating_one(tmp_path, shared_embeddings) -> None:
    """"Does the Coordinator have to work evenings?" is answered by "… the evening meetings."; the next sentence says
    how many and when."""
    eddingby = corpus_assistant(tmp_path, {"eddingby-community-action-program-coordinator.md": COORDINATOR},
                                shared_embeddings)
    answer = eddingby.ask("Does the Community Action Program Coordinator at the County of Eddingby have to work "
                          "evenings?")
    assert answer.answered and "6:00 p.m." in answer.text and "six" in answer.text, answer.text


def test_a_formulas_legend_brings_the_formula_it_explains(tmp_path, shared_embeddings) -> None:
    """"How is the final score weighted?" finds the legend under a formula ("S: final score; …", "W: written test
    score …"); the formula above it ("S = 0.60 × W + 0.40 × T + V") states the weights and is quoted with it."""
    page = ("# Property Acquisition Technician\n\nNethermoor Regional Transportation Authority\n\n## Examination\n\n"
            "The examination has a written test and a training and experience evaluation. Your final score is computed "
            "as follows:\n\nS = 0.60 × W + 0.40 × T + V\n\nS: final score; candidates with S of 70 or more are placed "
            "on the eligible list in score order\n\nW: written test score, 0 - 100\n\nT: T&E evaluation score, 0 - 100\n\n"
            "V: veterans' preference credit of 5 or 10 points\n\n## Duties\n\nAcquires land rights for transit "
            "projects.\n")
    assistant = corpus_assistant(tmp_path, {"nethermoor-property-acquisition-technician.md": page}, shared_embeddings)
    answer = assistant.ask("For the Nethermoor Property Acquisition Technician exam, how is the final score weighted?")
    assert answer.answered and "0.60 × W + 0.40 × T" in answer.text, answer.text
