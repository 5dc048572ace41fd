"""Which passage a pay question quotes (assistant.answering.pay_passages), and a field named by the question.

- "What is the salary range?" quotes the class's range, not what a benefit costs or pays ("The County contributes
  up to $1,640 per month toward medical premiums"), unless the question asks about that benefit.
- A field whose label is the question's own word ("SEASON: May 16 … through September 7") answers a question
  outside every kind of fact the rules know, though the class's name shares that word ("Seasonal Park Aide").

- "What pay grade and hourly range …?" gets the range read off the pay line and that line quoted for its grade.
- "What does it pay?" quotes the salary range, not the bilingual pay ranked above it under a pay heading.
- "What is the annual salary for Range 24?" where the page only places the class on Range 24 of a linked schedule
  is refused (the closest passage shown): the question gave the range, a passage repeating it states no amount.

A real Chroma store and the real model index three small specifications.
"""

from __future__ import annotations

import pytest

from assistant.engine import Assistant

from conftest import corpus_assistant

PLANNING = """## PLANNING TECHNICIAN II

Tressock County

Class Code: 3217

Salary: $4,512.00 - $6,048.00 Monthly

FLSA: Non-Exempt

Established and revision dates: Jun 1, 2009; Feb 12, 2024

### Definition

Performs technical planning work and staffs the planning counter.

### Benefits Summary

Health Insurance: The County contributes up to $1,640 per month toward medical, dental and vision premiums for the
employee and eligible dependents.

Employees who waive medical coverage with proof of other group coverage receive $300 per month in cash-in-lieu.

Deferred Compensation: The County matches employee contributions up to $50 per pay period.
"""

PARK_AIDE = """TALLOWMERE REGIONAL PARK DISTRICT
SEASONAL PARK AIDE

STATUS:           Seasonal / temporary
SEASON:           May 16, 2026 through September 7, 2026 (Labor Day)
APPLY BY:         Open until filled

DUTIES
Greets visitors, collects day-use fees and keeps picnic areas clean.

Page last updated 02/09/2026.
"""


WATER = """# Water Distribution Operator II

Corvell Springs Water District

Pay: Grade 14: $38.45 - $51.20 per hour

## Job Summary

Operates and repairs the District's potable water distribution system.
"""


TRANSPORT = """# Transportation Supervisor

Linden Valley Unified School District

Salary Placement: Range 24, Classified Management Salary Schedule

## Definition

Supervises the District's school bus drivers, routing and vehicle maintenance.

## Salary

Salary amounts for Range 24 are published only on the Classified Management Salary Schedule.
"""


NURSE = """PUBLIC HEALTH NURSE
County of Corwith
Hourly Salary: $44.12 - $56.31
Annual Salary: $91,769.60 - $117,124.80
Bilingual Pay: $175.00 per month (designated positions)

DEFINITION
Provides public health nursing services to families in their homes and in clinics.

BILINGUAL PAY
Employees in designated positions who pass the County's oral proficiency test receive a bilingual pay differential of
$175.00 per month in addition to base salary.
"""


LIBRARY = """THORNBURY PUBLIC LIBRARY DISTRICT
CLASS TITLE:                LIBRARY ASSISTANT
CLASS CODE:                 4110
SALARY GRADE:               L07

DUTIES:
CHECKS MATERIALS IN AND OUT AT THE CIRCULATION DESK AND ISSUES LIBRARY CARDS.

SALARY STEPS:

GRADE  BASIS       STEP A    STEP B    STEP C    STEP D    STEP E    STEP F
-----  -------   --------  --------  --------  --------  --------  --------
L07    HOURLY       20.48     21.50     22.58     23.71     24.90     26.14
L07    MONTHLY   3,549.87  3,726.67  3,913.87  4,109.73  4,316.00  4,530.93

STEP NOTES:
NEW HIRES ARE PLACED AT STEP A.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("pay-passages"),
                            {"tressock-planning-technician-2.md": PLANNING, "tallowmere-park-aide.txt": PARK_AIDE,
                             "corvell-water-distribution-operator-2.md": WATER,
                             "linden-valley-transportation-supervisor.md": TRANSPORT,
                             "corwith-public-health-nurse.txt": NURSE, "thornbury-library-assistant.txt": LIBRARY},
                            shared_embeddings)


def test_a_pay_question_quotes_the_range_not_what_a_benefit_costs(assistant: Assistant) -> None:
    answer = assistant.ask("What is the salary range for Planning Technician II at Tressock County?")
    assert answer.answered and answer.text.startswith("$4,512–$6,048 a month"), answer.text
    assert "1,640" not in answer.text and "cash-in-lieu" not in answer.text, answer.text
    asked = assistant.ask("How much does Tressock County contribute toward health insurance premiums?")
    assert "1,640" in asked.text, asked.text


def test_a_field_labelled_with_the_questions_word_answers_it(assistant: Assistant) -> None:
    answer = assistant.ask("What are the season dates for Tallowmere Regional Park District's Seasonal Park Aide job?")
    assert answer.answered and "May 16, 2026 through September 7, 2026" in answer.text, answer.text


def test_a_grade_and_its_range_asked_together_are_both_answered(assistant: Assistant) -> None:
    answer = assistant.ask("What pay grade and hourly range is the Water Distribution Operator II at Corvell Springs "
                           "Water District?")
    assert answer.text.startswith("$38.45–$51.20 an hour"), answer.text
    assert "Grade 14" in answer.text, answer.text


def test_the_money_of_a_range_the_question_names_is_not_the_range_repeated(assistant: Assistant) -> None:
    asked = assistant.ask("What is the annual salary for Range 24 on Linden Valley USD's Classified Management "
                          "Salary Schedule for the Transportation Supervisor?")
    assert not asked.answered
    assert "Range 24" in asked.text  # the closest passage is shown
    placed = assistant.ask("What salary range is the Linden Valley Transportation Supervisor on?")
    assert placed.answered and "Range 24" in placed.text


def test_pay_on_top_is_not_quoted_for_the_pay(assistant: Assistant) -> None:
    answer = assistant.ask("What does a Public Health Nurse at Corwith County make?")
    assert answer.answered and "$44.12" in answer.text and "$175" not in answer.text, answer.text
    asked = assistant.ask("How much is bilingual pay for the Corwith Public Health Nurse?")
    assert asked.answered and "$175" in asked.text, asked.text


def test_a_pay_tables_row_comes_with_its_other_periods_row(assistant: Assistant) -> None:
    """A fixed-width table gives the grade's pay per hour and per month on two rows: a question naming no period
    gets both; one naming the month gets that row first."""
    answer = assistant.ask("How much does a Library Assistant make at the Thornbury Public Library?")
    assert answer.answered and "20.48" in answer.text and "3,549.87" in answer.text, answer.text
    monthly = assistant.ask("How much does a Thornbury Library Assistant make per month?")
    assert monthly.answered and "3,549.87" in monthly.citations[0].quote, monthly.text  # the month's row first


def test_the_hiring_range_asked_is_quoted_before_the_full_range(tmp_path, shared_embeddings) -> None:
    """A posting with a "Hiring Range" and a "Full Salary Range": "what is the hiring range?" asks pay (the word
    "hiring" alone names no pay), and the line labelled so answers it, not the full range ranked above it."""
    from conftest import corpus_assistant

    posting = ("# Shelter Attendant\n\nBelden County\n\n## Salary\n\n**Hiring Range:** $19.80 - $21.84 per hour "
               "($41,184 - $45,427 annually). Appointments above Step 3 need approval.\n\n**Full Salary Range:** "
               "$19.80 - $24.07 per hour ($41,184 - $50,066 annually).\n\n## Typical Duties\n\n- Cleans kennels and "
               "runs.\n- Feeds and waters animals.\n")
    assistant = corpus_assistant(tmp_path, {"belden-shelter-attendant.md": posting}, shared_embeddings)
    answer = assistant.ask("What is the hiring range for the Shelter Attendant job at Belden County?")
    assert answer.answered and "21.84" in answer.text.split("\n")[0], answer.text


def test_another_period_asked_of_a_step_tables_row_adds_that_periods_row() -> None:
    """"… and what does that come to per year?" of the HOURLY row of a table laid out in spaces: the ANNUAL row under
    it too; the period the row already states asks nothing more."""
    from assistant.answering.evidence import Sentence
    from assistant.answering.pay_passages import with_other_period_rows

    text = ("  STEP        A        B        C        D        E\n"
            "  HOURLY   27.10    28.46    29.88    31.37    32.94\n"
            "  ANNUAL  56,368   59,197   62,150   65,250   68,515\n")
    start = text.index("HOURLY")
    end = text.index("\n", start)
    hourly = Sentence("d", start, end, text[start:end], "Salary", "salary", "", 0, None)
    rows = with_other_period_rows(hourly, [hourly], [hourly], "and what does that come to per year?", text)
    assert [r.text.split()[0] for r in rows] == ["HOURLY", "ANNUAL"]
    rows = with_other_period_rows(hourly, [hourly], [hourly], "What is the top-step hourly rate?", text)
    assert [r.text.split()[0] for r in rows] == ["HOURLY"]


def test_a_row_of_bare_figures_comes_with_the_line_naming_their_period() -> None:
    """A mainframe report's step row ("$2,318.50 … $2,818.15") says no period; the schedule's title line above its
    step header does ("… SEMI-MONTHLY RATES (24 PAY PERIODS)") and is quoted with it. A row naming its own does not."""
    from assistant.answering.evidence import Sentence
    from assistant.answering.pay_passages import with_period_line

    text = (" SALARY SCHEDULE - RANGE 118 - SEMI-MONTHLY RATES (24 PAY PERIODS) - EFF 07/01/2025\n"
            "   STEP 01      STEP 02      STEP 03\n"
            "   $2,318.50    $2,434.43    $2,556.15\n")
    start = text.index("$2,318")
    row = Sentence("d", start, len(text) - 1, text[start:-1], "Salary", "salary", "", 0, None)
    quoted = with_period_line(row, [row], [row], text)
    assert [q.text.split(" - ")[0] for q in quoted] == ["$2,318.50    $2,434.43    $2,556.15", "SALARY SCHEDULE"]
    hourly = text.replace("$2,318.50", "Hourly $2,318.50")
    start = hourly.index("Hourly")
    named = Sentence("d", start, len(hourly) - 1, hourly[start:-1], "Salary", "salary", "", 0, None)
    assert with_period_line(named, [named], [named], hourly) == [named]


def test_the_top_pay_asked_is_the_ranges_not_a_shift_differentials_row(tmp_path, shared_embeddings) -> None:
    """"… the top hourly pay …" of a job description with a Minimum/Midpoint/Maximum range and a table of shift
    differentials ("Night shift 11:00 p.m. - 7:30 a.m. $4.00 per hour"): the range's maximum, not a shift's rate."""
    from conftest import corpus_assistant

    spec = ("# Sterile Processing Technician\n\nHarlow Valley Hospital District\n\n## Position Summary\n\n"
            "Cleans, inspects and sterilizes surgical instruments.\n\n## Compensation\n\n"
            "Pay Grade H12 (hourly, effective July 1, 2025). Placement within the range depends on experience.\n"
            "Minimum Midpoint Maximum\n$22.10 $25.95 $29.80\nShift Differentials\nDifferential Hours Rate\n"
            "Evening shift 3:00 p.m. - 11:30 p.m. $2.25 per hour\nNight shift 11:00 p.m. - 7:30 a.m. $4.00 per hour\n")
    assistant = corpus_assistant(tmp_path, {"harlow-sterile-processing-technician.md": spec}, shared_embeddings)
    answer = assistant.ask("What is the top hourly pay for the Sterile Processing Technician at Harlow Valley?")
    assert answer.answered and "29.80" in answer.text, answer.text


def test_a_step_table_printed_one_step_a_line_is_quoted_by_its_ends(tmp_path, shared_embeddings) -> None:
    """"STEP A $31.06 PER HOUR" … "STEP E $37.75 PER HOUR": the range runs from the first step to the last, not
    through the first three steps."""
    spec = ("CONSTRUCTION INSPECTOR\nCOUNTY OF DARROWBY\n\nDEFINITION\n-------\nINSPECTS COUNTY PUBLIC WORKS "
            "CONSTRUCTION FOR CONFORMANCE WITH PLANS AND SPECIFICATIONS.\n\nSALARY AMENDMENT - RESOLUTION NO. 2024-88\n"
            "RANGE 41 HOURLY RATES BY STEP:\nSTEP A $31.06 PER HOUR\nSTEP B $32.61 PER HOUR\nSTEP C $34.24 PER HOUR\n"
            "STEP D $35.95 PER HOUR\nSTEP E $37.75 PER HOUR\nSTEP B AFTER 6 MONTHS; EACH LATER STEP AFTER 12 MONTHS.\n")
    darrowby = corpus_assistant(tmp_path, {"darrowby-construction-inspector.txt": spec}, shared_embeddings)
    answer = darrowby.ask("What does a Construction Inspector in Darrowby County pay?")
    assert answer.answered and "31.06" in answer.text and "37.75" in answer.text, answer.text
    assert "32.61" not in answer.text, answer.text


TALLOWAY_POSTING = """## Position Details

Salary: $24.31 - $31.02 Hourly

Job Type: Full-Time

## Compensation

The annual salary range is $50,564.80 - $64,521.60. New hires are generally appointed at Step 1 ($24.31 per hour)
and advance through five steps on the anniversary date with satisfactory performance. Employees in
bilingual-designated positions receive bilingual pay of $1.00 per hour.

## Duties

Answers customer calls about water and sewer bills at the City of Talloway.
"""


def test_a_period_asked_is_answered_by_that_periods_range_not_one_step(tmp_path, shared_embeddings) -> None:
    """"per hr??": the hourly range, not the sentence naming the first step's hourly rate, leads the answer."""
    talloway = corpus_assistant(tmp_path, {"talloway-billing-rep.md": "# Utility Billing Representative\n\nCity of "
                                           "Talloway\n\n" + TALLOWAY_POSTING}, shared_embeddings)
    answer = talloway.ask("how much does talloway pay utility billing reps per hr??")
    assert answer.answered and answer.text.startswith("$24.31–$31.02 an hour"), answer.text


def test_a_rows_header_line_carries_the_asked_words_but_a_row_with_figures_above_is_no_header() -> None:
    """"Grade Step A … Step E" over "LP-14 $36.10 … $43.89" says what the figures are ("the top step"); a row above
    that holds figures of its own ("4 years of experience …") is another row, not the header of the one below."""
    from assistant.answering.evidence import Sentence
    from assistant.answering.sentence_choice import _headed_by_asked_words

    def line(start: int, text: str, lexical: float) -> Sentence:
        sentence = Sentence("brimlow", start, start + len(text), text, "SALARY", "salary", "", 0, None)
        sentence.lexical = lexical
        return sentence

    header = line(0, "Grade Step A Step B Step C Step D Step E", 0.44)
    row = line(len(header.text) + 1, "LP-14 $36.10 $37.91 $39.81 $41.80 $43.89", 0.0)
    assert _headed_by_asked_words(row, [row, header])
    experience = line(0, "Requirement: Experience; Details: 4 years as a transit bus operator", 0.3)
    licenses = line(len(experience.text) + 1, "Requirement: Licenses; Details: Valid Class B license", 0.0)
    assert not _headed_by_asked_words(licenses, [licenses, experience])


DAILY_SCHEDULE = """# School Psychologist

Harrowgate Unified School District

## Salary
Certificated Support Salary Schedule S. The work year is 196 days, paid in twelve monthly installments.

Schedule S | Step 1 | Step 2 | Step 3
Annual (196 days) | $68,247 | $70,466 | $72,755
Daily rate | $348.20 | $359.52 | $371.20
Hourly | $46.43 | $47.94 | $49.49

## Duties
Assesses students referred for special education and consults with teachers and families.
"""


def test_a_pay_question_naming_its_period_quotes_the_row_stated_by_that_period(tmp_path, shared_embeddings) -> None:
    """"How much … per day?": the "Daily rate" row, not the "Annual (196 days)" row whose "days" shares the word."""
    assistant = corpus_assistant(tmp_path, {"harrowgate-usd-school-psychologist.md": DAILY_SCHEDULE}, shared_embeddings)
    answer = assistant.ask("How much does Harrowgate Unified School District pay a School Psychologist per day?")
    assert answer.answered
    first_quote = next(line for line in answer.text.splitlines() if line.startswith("- "))
    assert "$348.20" in first_quote and "$371.20" in first_quote, answer.text


def test_a_pay_question_naming_a_period_the_cards_hold_still_quotes_the_other_periods_rows(tmp_path, shared_embeddings) -> None:
    """"What is the annual salary at the top step …?": the annual row first, the hourly row beside it still quoted
    (only a period the fact cards do not hold, daily or weekly, ranks other periods' rows down)."""
    assistant = corpus_assistant(tmp_path, {"harrowgate-usd-school-psychologist.md": DAILY_SCHEDULE}, shared_embeddings)
    answer = assistant.ask("What is the annual salary at the top step for a School Psychologist at Harrowgate Unified "
                           "School District?")
    assert answer.answered and "$72,755" in answer.text and "$49.49" in answer.text, answer.text


SIMILAR_JOBS_POSTING = """<html><head><title>Stock Clerk | Quillmoor Port Authority Careers</title></head><body>
<main><h1>Stock Clerk</h1><p>Quillmoor Port Authority</p>
<p>Salary: $1,840.00 - $2,348.80 Biweekly</p>
<h2>Shifts and pay</h2>
<p>The biweekly salary range equals $23.00 to $29.36 an hour in five steps. New clerks start at Step 1.</p>
<h2>Duties</h2><ul><li>Receives, stores and issues parts and supplies.</li></ul>
<aside><h2>Similar jobs</h2><ul>
<li><a href="/jobs/1">Harbor Electrician</a> &middot; $38.10 - $48.62 Hourly</li>
<li><a href="/jobs/2">Buyer</a> &middot; $28.35 - $36.18 Hourly</li></ul></aside>
</main></body></html>"""


def test_an_hourly_question_quotes_this_postings_hourly_range_not_a_similar_jobs_listing(tmp_path, shared_embeddings) -> None:
    """"how much per hour?": the sentence whose range is stated by the hour after its figures ("The biweekly salary
    range equals $23.00 to $29.36 an hour"), not another posting's "$38.10 - $48.62 Hourly" in a "Similar jobs" box."""
    assistant = corpus_assistant(tmp_path, {"quillmoor-port-stock-clerk.html": SIMILAR_JOBS_POSTING}, shared_embeddings)
    answer = assistant.ask("quillmoor port stock clerk how much per hour")
    assert answer.answered and "23.00" in answer.text and "29.36" in answer.text, answer.text
    assert "38.10" not in answer.text, answer.text


REPORTERS = """# Official Court Reporter Series

Superior Court of Bexham County

## Class information

| Class title | Class code | Pay grade | FLSA |
|---|---|---|---|
| Official Court Reporter I | 7301 | CR-31 | Non-exempt |
| Official Court Reporter II | 7302 | CR-34 | Non-exempt |

## Duties

Official Court Reporters make the verbatim record of court proceedings by stenographic machine.

## Salary grades (excerpt)

Court Professional Unit biweekly salary grades, effective July 1, 2025

| Grade | Biweekly minimum | Biweekly maximum | Annual equivalent |
|---|---|---|---|
| CR-31 | $3,058.40 | $3,717.60 | $79,518 - $96,658 |
| CR-34 | $3,412.80 | $4,148.00 | $88,733 - $107,848 |
"""


def test_a_grade_row_holding_two_units_is_quoted_whole(tmp_path, shared_embeddings) -> None:
    """The range read off the row ("$88,733–$107,848") is one of two it holds: the row, quoted under its header,
    gives the biweekly minimum and maximum too."""
    bexham = corpus_assistant(tmp_path, {"bexham-official-court-reporter-series.md": REPORTERS}, shared_embeddings)
    answer = bexham.ask("What is the salary range for an Official Court Reporter II at the Bexham County Superior "
                        "Court?")
    assert answer.answered, answer.text
    assert "3,412.80" in answer.text and "4,148" in answer.text, answer.text
    assert "3,058.40" not in answer.text, answer.text
