"""How the rules score candidate passages (assistant.answering.sentence_ranks), seen through the answers they give
on a real index: the row naming the asked class in a schedule of many, and a job board's other listings."""

from __future__ import annotations

from pathlib import Path

from conftest import corpus_assistant

SCHEDULE = """# Town of Quillmere Salary Schedule

Effective July 1, 2025. Monthly rates by step.

## Monthly Salary Schedule

| Code | Class Title | Range | Step A | Step B | Step C | Step D |
|---|---|---|---|---|---|---|
| 1101 | Account Clerk | 20 | $3,310 | $3,476 | $3,650 | $3,832 |
| 1150 | Benefits Technician | 29 | $4,102 | $4,307 | $4,522 | $4,748 |
| 2210 | Engineering Aide | 25 | $3,728 | $3,914 | $4,110 | $4,316 |
| 3301 | Groundskeeper I | 21 | $3,391 | $3,561 | $3,739 | $3,926 |
| 3302 | Groundskeeper II | 24 | $3,637 | $3,819 | $4,010 | $4,210 |
| 4410 | Permit Clerk | 23 | $3,546 | $3,723 | $3,909 | $4,104 |
| 5120 | Recreation Leader | 18 | $3,150 | $3,308 | $3,473 | $3,647 |

New employees start at Step A and move one step a year with satisfactory performance.

# Class Specification: Permit Clerk

## Definition
Under general supervision, receives and processes building permit applications at the public counter.

## Minimum Qualifications
Two years of general clerical experience dealing with the public.
"""

POSTING = """Harborview Jobs | Find your next job

# Water Meter Reader
Larkspur Valley Water Agency - Larkspur Valley

## Pay
$23.40 - $29.85 an hour, under the agency's memorandum of understanding.

## About the job
Reads water meters on assigned routes, records readings on a handheld device, and reports leaks and tampering.

## Requirements
Valid driver's license and one year of experience working outdoors.

## Similar jobs near Larkspur Valley
- Meter Technician · Corbin Utilities Inc. · Larkspur Valley · $31 an hour
- Field Meter Reader · Redmond Energy Services · Ashgrove · $19 - $21 an hour
- Utility Worker · Larkspur Valley Water Agency · $25 - $30 an hour
"""


def test_the_schedule_row_naming_the_asked_class_answers_among_many(tmp_path: Path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"quillmere-permit-clerk.md": SCHEDULE}, shared_embeddings)
    answer = assistant.ask("On the Town of Quillmere salary schedule, what is the Step D monthly rate for Groundskeeper II?")
    assert answer.answered
    first_line = next(line for line in answer.text.splitlines() if "$" in line)
    assert "4,210" in first_line, answer.text  # the Groundskeeper II row, not the schedule's first row
    assert "3,832" not in answer.text  # the Account Clerk row


def test_a_job_boards_other_listings_do_not_answer_for_its_posting(tmp_path: Path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"larkspur-water-meter-reader.md": POSTING}, shared_embeddings)
    answer = assistant.ask("whats the pay for a meter reader at larkspur valley water")
    assert answer.answered
    assert "23.40" in answer.text and "29.85" in answer.text, answer.text
    assert "$19" not in answer.text and "$31" not in answer.text, answer.text  # other employers' listings


REPORT = """CITY OF HALDANE                   PERSONNEL/PAYROLL SYSTEM                 PAGE  2 OF 9
REPORT CLS410                  CLASSIFICATION AND PAY PLAN            RUN DATE 07/01/2025

CLASS  CLASS TITLE                         GRADE   HOURLY MIN   HOURLY MAX  FLSA  UNIT
-----  ----------------------------------  -----  -----------  -----------  ----  ----
4005   ACCOUNT CLERK                         G19        21.02        27.33     N  HMEA
4010   PAYROLL TECHNICIAN                    G24        24.41        31.73     N  HMEA
4020   PLUMBER                               G30        29.66        38.56     N  HMEA
4022   LOCKSMITH                             G27        26.91        34.98     N  HMEA
4030   PARKING ENFORCEMENT OFFICER           G20        21.44        27.87     N  HMEA

SPEC DETAIL REQUESTED: CLASS 4010 (NEXT PAGE)

PAYROLL TECHNICIAN
DEFINITION
Under general supervision, processes the city's biweekly payroll and answers employees' pay questions.
"""


def test_a_reports_row_naming_a_class_the_catalog_lacks_answers(tmp_path: Path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"haldane-pay-plan.txt": REPORT}, shared_embeddings)
    answer = assistant.ask("What is the hourly pay range for a Locksmith at the City of Haldane?")
    assert answer.answered, answer.text
    assert "26.91" in answer.text and "34.98" in answer.text, answer.text


BULLETIN = """# Parking Enforcement Officer

Town of Orrin Falls

## Examination Plan

The written test is weighted 40% and the oral interview 60% of the final score.

## Hours

Back to Open Examinations | Privacy Policy | Accessibility Copyright © 2025 Town of Orrin Falls. Last modified: 06/02/2025
"""


def test_a_footer_row_naming_the_employer_is_no_answer(tmp_path: Path, shared_embeddings) -> None:
    """The employer's name in a page's footer row names the page, not what the question asks."""
    assistant = corpus_assistant(tmp_path, {"orrin-falls-parking-enforcement-officer.md": BULLETIN}, shared_embeddings)
    answer = assistant.ask("How is the Town of Orrin Falls Parking Enforcement Officer examination weighted?")
    assert "40%" in answer.text and "60%" in answer.text, answer.text
    assert "Privacy Policy" not in answer.text.split("\n")[1], answer.text


AIDE = """# Instructional Aide - Special Education

Brackenridge Unified School District

| Field | Value |
|---|---|
| Salary | $21.47 - $26.11 Per Hour |
| Length of Work Year | 10 months (school year calendar) |
| Work Days | 203 |
| Hours per day | 6 |

## Duties
Assists the teacher with students with disabilities in a special day class.

## Requirements
High school diploma. CPR and First Aid certification must be obtained within 90 days of hire.
"""

SECRETARY = """# School Secretary

Ellery Springs Unified School District

Department: Assigned School Site
Work Year: 206 days
Hours: 8 hours per day

## Duties
Manages the school office, keeps attendance records and greets visitors.
"""


def test_a_number_in_a_field_the_question_asks_is_no_class_code(tmp_path: Path, shared_embeddings) -> None:
    """"Work Days | 203" answers "how many days a year": a short label naming the asked kind of fact, with a
    number for its value, is a field, not a row of class codes."""
    assistant = corpus_assistant(tmp_path, {"brackenridge-aide.md": AIDE}, shared_embeddings)
    answer = assistant.ask("how many days a yr do the brackenridge sped aides work + how many hrs a day")
    assert answer.answered and "203" in answer.text, answer.text


def test_work_year_and_hours_compared_across_two_employers(tmp_path: Path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"brackenridge-aide.md": AIDE, "ellery-secretary.md": SECRETARY},
                                 shared_embeddings)
    answer = assistant.ask("How do the work year and daily hours compare between Brackenridge's Instructional Aide "
                           "and Ellery Springs' School Secretary?")
    assert answer.answered, answer.text
    for fact in ("206", "8 hours"):
        assert fact in answer.text, answer.text
    aide = answer.text.split("Brackenridge", 1)[1]  # the other employer's block: its work year and its hours
    assert ("203" in aide or "10 months" in aide) and "Hours per day" in aide, answer.text


PAY_SUMMARY = """CITY OF PELLBROOK
Position Classification and Pay Summary
Fiscal Year 2025-26 | Effective July 1, 2025
Class Code Classification Title Range Hourly Minimum Hourly Maximum FLSA
1105 Accounting Technician 21 $24.18 $30.86 N
1210 Administrative Assistant 18 $21.64 $27.62 N
3120 Code Enforcement Officer 25 $28.19 $35.98 N
4410 Equipment Mechanic 26 $29.04 $37.06 N
5140 Planning Technician 23 $26.09 $33.30 N
Notes
1. Each range has five steps of approximately 5% each.
"""


def test_a_pay_summary_row_printed_with_single_spaces_answers_for_its_class(tmp_path: Path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"pellbrook-pay-summary.txt": PAY_SUMMARY}, shared_embeddings)
    answer = assistant.ask("What is the hourly pay range for an Equipment Mechanic at the City of Pellbrook?")
    assert answer.answered and "29.04" in answer.text and "37.06" in answer.text, answer.text


def test_a_field_of_the_asked_kind_with_its_value_answers_first(tmp_path, shared_embeddings) -> None:
    """"What are the hours?": the "Work Schedule: … 10:00 p.m. - 6:30 a.m." field, before sentences that only
    mention nights or shifts."""
    from conftest import corpus_assistant

    posting = ("# Custodian - Night Shift\n\nWhitcombe State University\n\n## Job Details\n\n"
               "- Work Schedule: Sunday-Thursday nights, 10:00 p.m. - 6:30 a.m.\n- Union: SEIU Local 2208\n\n"
               "## About the Job\n\nThe night custodian cleans classroom buildings while they are unoccupied.\n\n"
               "## Conditions of Employment\n\nNight custodians may be required to work overtime during building "
               "emergencies and may be designated essential personnel during campus closures.\n\n"
               "Shift Differential: An additional $1.15 per hour is paid for all hours worked on the night shift.\n")
    assistant = corpus_assistant(tmp_path, {"whitcombe-custodian-nights.md": posting}, shared_embeddings)
    answer = assistant.ask("What are the hours for the Whitcombe night custodian?")
    assert answer.answered and "10:00 p.m." in answer.citations[0].quote, answer.text


def test_words_of_the_class_title_are_no_evidence_of_the_asked_kind(tmp_path, shared_embeddings) -> None:
    """In a "Custodian I - Night Shift" posting every passage may say "night" or "shift": "what are the hours?" is
    answered by the Hours and Shift fields, not by the night differential that names the title's words."""
    from conftest import corpus_assistant

    posting = ("CUSTODIAN I - NIGHT SHIFT\nOrrinwood Unified School District\n\nJOB DETAILS\n\n"
               "Salary:            $19.10 - $24.40 per hour\n"
               "Night Differential: an additional 5% of base pay for shifts ending after 10:00 p.m.\n"
               "Positions:         3\n"
               "Hours:             8 hours per day / 40 hours per week\n"
               "Shift:             3:00 p.m. - 11:30 p.m., Monday - Friday\n"
               "FLSA:              Non-exempt\n\n"
               "JOB DESCRIPTION\n\nWe are seeking three night custodians for Orrinwood High School.\n")
    assistant = corpus_assistant(tmp_path, {"orrinwood-usd-custodian.txt": posting}, shared_embeddings)
    answer = assistant.ask("What are the hours of the night custodian job at Orrinwood High School?")
    assert answer.answered and "8 hours per day" in answer.text and "3:00 p.m." in answer.text, answer.text
    assert "Differential" not in answer.citations[0].quote, answer.text


def test_the_thing_a_many_sided_kind_asks_is_quoted_first(tmp_path, shared_embeddings) -> None:
    """"Is there standby?" asks one of the things the work-schedule kind covers: the standby sentence first, not the
    regular hours or the paid holidays that also speak of when work is done."""
    from conftest import corpus_assistant

    posting = ("ELECTRICIAN\nCity of Pellham Ridge\n\nBENEFITS State pension; City-paid medical coverage; 12 paid "
               "holidays; vacation starting at 10 days per year.\n\nWORKING CONDITIONS Work is performed indoors and "
               "outdoors. The regular schedule is Monday through Friday, 7:00 a.m. to 3:30 p.m.\n\nSTANDBY The "
               "Electrician participates in a rotating after-hours standby schedule, approximately one week in six.\n")
    assistant = corpus_assistant(tmp_path, {"pellham-ridge-electrician.txt": posting}, shared_embeddings)
    answer = assistant.ask("Is there standby for the Pellham Ridge Electrician?")
    assert answer.answered and "one week in six" in answer.citations[0].quote, answer.text


def test_a_tables_value_row_answers_not_its_header_row(tmp_path, shared_embeddings) -> None:
    """"What grade and class code …?": the row "FN-2210 | T14 | …" under "Class Code | Grade | …" states them; the
    header row has the question's words but states nothing."""
    from conftest import corpus_assistant

    spec = ("# Accounting Technician\n\nCorliss Regional Transit Authority\n\n"
            "| Class Code | Grade | Hourly Range | FLSA |\n|---|---|---|---|\n| FN-2210 | T14 | $25.86 - $33.62 | Non-Exempt |\n\n"
            "## Definition\n\nPerforms paraprofessional accounting work and verifies financial transactions.\n")
    assistant = corpus_assistant(tmp_path, {"corliss-accounting-technician.md": spec}, shared_embeddings)
    answer = assistant.ask("What grade and class code does the Accounting Technician have at Corliss Regional Transit?")
    assert answer.answered and "FN-2210" in answer.text and "T14" in answer.text, answer.text


def test_a_one_level_documents_own_level_named_in_a_sentence_earns_nothing_extra(tmp_path, shared_embeddings) -> None:
    """The spec of "Code Enforcement Officer II" is that level's throughout: "… promoted to Code Enforcement Officer
    II after … obtaining the required certification" is no better an answer to "what certification …?" than the
    Special Requirements sentence that names it and its deadline."""
    from conftest import corpus_assistant

    spec = ("# Code Enforcement Officer II\n\nWillet County\n\n## Distinguishing Characteristics\n\n"
            "Incumbents may be flexibly promoted to Code Enforcement Officer II after completing twelve (12) months of "
            "satisfactory service and obtaining the required certification.\n\n## Minimum Qualifications\n\n"
            "Graduation from high school and three years of code enforcement experience.\n\n## Special Requirements\n\n"
            "Incumbents must obtain the Certified Code Enforcement Officer (CCEO) certification within eighteen (18) "
            "months of appointment to this class and maintain it thereafter.\n")
    assistant = corpus_assistant(tmp_path, {"willet-code-enforcement-officer-2.md": spec}, shared_embeddings)
    answer = assistant.ask("What certification does a Willet County Code Enforcement Officer II need to get?")
    assert answer.answered and "CCEO" in answer.citations[0].quote, answer.text


NIGHT_POSTING = ("Skip to main content\nTillery Health System | Careers\n\n"
                 "Clinical Nurse II - Medical/Surgical (Nights)\nCorbin Flats Medical Center\n[ Apply Now ]\n\n"
                 "About Corbin Flats Medical Center\nCorbin Flats Medical Center is a 212-bed acute care teaching "
                 "hospital of the Tillery Health System.\n\nShift Differentials\n"
                 "Note: Hours worked on a 7:00 p.m. - 7:30 a.m. shift are paid the evening differential until "
                 "11:00 p.m. and the night differential after 11:00 p.m.\n"
                 "Night shift differential: $6.50 per hour worked.\n\n"
                 "Minimum Qualifications\nOne year of recent experience as a Registered Nurse.\n")


def test_an_amount_asked_is_answered_by_the_passage_stating_one(tmp_path, shared_embeddings) -> None:
    """"How much is the night differential?": the passage stating "$6.50", ahead of the note that names the night
    differential and gives clock times."""
    from conftest import corpus_assistant

    assistant = corpus_assistant(tmp_path, {"tillery-clinical-nurse-2.txt": NIGHT_POSTING}, shared_embeddings)
    answer = assistant.ask("How much is the night shift differential for the Tillery Health System Clinical Nurse II?")
    assert answer.answered and "6.50" in answer.citations[0].quote, answer.text



def test_what_share_or_percentage_asks_a_quantity() -> None:
    """"What share of … time is spent doing field inspections?" is answered by a passage stating a figure ("60%")."""
    from assistant.answering.sentence_ranks import QUANTITY_QUESTION

    assert QUANTITY_QUESTION.search("What share of an Inspector II's time is spent doing field inspections?")
    assert QUANTITY_QUESTION.search("what percentage of the job is outdoors?")
    assert not QUANTITY_QUESTION.search("What does the Inspector II share with the Inspector I?")


def test_a_passage_under_another_class_of_the_page_is_no_answer_about_a_level(tmp_path, shared_embeddings) -> None:
    """"… the top of the range for a Plans Checker II?" on a page of Plans Checker I, II and Senior Plans Checker:
    the Senior's figures (the largest on the page, under its own heading) are not the level's."""
    page = ("# Plans Checker Series\n\nCounty of Arbel\n\n## Plans Checker I\n\nClass Code: 2741\n\n"
            "Salary Range: $36.00 - $45.95 Hourly\n\n$74,880 - $95,576 Annually\n\n### Definition\n\n"
            "The entry level of the series.\n\n## Plans Checker II\n\nClass Code: 2742\n\n"
            "Salary Range: $41.29 - $52.70 Hourly\n\n$85,883 - $109,616 Annually\n\n### Definition\n\n"
            "The journey level of the series; performs the full range of plan review.\n\n"
            "## Senior Plans Checker\n\nClass Code: 2745\n\nSalary Range: $47.48 - $60.60 Hourly\n\n"
            "$98,758 - $126,048 Annually\n\n### Definition\n\nThe lead level of the series.\n")
    assistant = corpus_assistant(tmp_path, {"arbel-plans-checker-series.md": page}, shared_embeddings)
    answer = assistant.ask("What does a Plans Checker II at Arbel County make at the top of its range?")
    assert answer.answered and ("52.70" in answer.text or "109,616" in answer.text), answer.text
    assert "126,048" not in answer.text and "60.60" not in answer.text, answer.text


def test_a_row_naming_columns_over_a_row_of_figures_is_a_header_row() -> None:
    """An HTML table read as pipe rows has no "|---|" separator: the row of column names over a row of as many cells
    giving figures is its header, which states nothing and is no answer."""
    from assistant.answering.sentence_ranks import _is_header_row

    text = "Pay Grade | Annual Minimum | Annual Maximum\n26 | $71,412 | $107,118\n27 | $74,980 | $112,470\n"
    assert _is_header_row(text, text.index("\n"))
    second = text.index("\n") + 1
    assert not _is_header_row(text, text.index("\n", second))
    assert not _is_header_row("Class Code | 07632\nPay Grade | 26\n", len("Class Code | 07632"))
    pairs = "FLSA | Exempt\nProbation | 12 months\n"  # a label and its value over the next pair
    assert not _is_header_row(pairs, pairs.index("\n"))
    rows = "Class B license with air brakes | At appointment | Yes\nP endorsement | Within 90 days | Yes\n"
    assert not _is_header_row(rows, rows.index("\n"))


MECHANIC = """# Housing Maintenance Mechanic

Merrow Housing Authority

## Salary

Salary Range M-22: $26.10 - $31.73 per hour.

## Work Schedule and Standby

The regular schedule is Monday through Friday, 7:00 a.m. to 3:30 p.m. Time actually worked on a call-back is paid at
the overtime rate with a two (2) hour minimum. Mechanics rotate through a weekly after-hours emergency standby
assignment. While on standby, a Mechanic receives standby pay of $3.00 per hour and must be able to arrive at any
Authority property within sixty (60) minutes of a call.
"""


def test_extra_pay_asked_is_answered_by_the_passage_stating_its_amount(tmp_path, shared_embeddings) -> None:
    """"do they get paid extra for being on call?": the standby rule and the call-back rule name the extra pay; the
    passage giving its amount ("standby pay of $3.00 per hour") answers."""
    assistant = corpus_assistant(tmp_path, {"merrow-housing-maintenance-mechanic.md": MECHANIC}, shared_embeddings)
    answer = assistant.ask("Do Merrow Housing Authority Housing Maintenance Mechanics get paid extra for being on call?")
    assert answer.answered and "$3.00 per hour" in answer.text, answer.text
