"""A question that describes its class in its own words still gets the passage about the kind of fact it asks.

"how much weight do the granite valley sewer guys have to lift": the words "sewer" and "valley" are in the
class's header rows (unit, department, salary lines), not in its lifting sentence. The header rows carry the
question's words but say nothing about lifting; the answer is the lifting passage. A real Chroma store and the
real model index one small page.
"""

from __future__ import annotations

import pytest

from assistant.engine import Assistant

from conftest import corpus_assistant

SEWER_WORKER = """# Utility Worker II

Granite Valley Water Agency

Job Code: 6120 | Salary Grade: 24 | Overtime Status: Non-Exempt
Department: Field Services | Unit: Sewer Collection | Adopted: 03/2012
SALARY (Grade 24): Monthly | $5,914 | $6,210 | $6,521

## Definition

Under general supervision, cleans, inspects and repairs sewer mains, manholes and lift stations.

## Physical Demands

Incumbents must be able to lift and carry up to 60 pounds and work in confined spaces.

## Special Requirements

New employees serve a probationary period of nine (9) months.
"""


@pytest.fixture(scope="module")
def granite(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("granite"), {"granite-utility-worker-ii.md": SEWER_WORKER},
                            shared_embeddings)


def test_words_describing_the_class_do_not_pull_the_answer_to_its_header_rows(granite: Assistant) -> None:
    answer = granite.ask("hey how much weight do the granite valley sewer guys have to be able to lift")
    assert answer.answered
    assert "60 pounds" in answer.text
    assert "Job Code" not in answer.text and "$5,914" not in answer.text


def test_a_named_unit_does_not_hide_the_probation_sentence(granite: Assistant) -> None:
    answer = granite.ask("How long is probation for the Granite Valley sewer collection Utility Worker II?")
    assert answer.answered
    assert "probationary period of 9 months" in answer.text


POSTING = """Skip to Main Content
Sign In
City of Port Haven
Account Clerk
Salary
$24.10 - $30.85 Hourly
Job Type
Full-Time
Job Number
25-0042
Opening Date
02/20/2025
Closing Date
3/14/2025 5:00 PM

Description
The Account Clerk processes invoices, reconciles vendor statements and answers billing questions.

Examination Weights: Written Test Qualifying
Interview 100%
"""


@pytest.fixture(scope="module")
def port_haven(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("haven"), {"port-haven-account-clerk.txt": POSTING},
                            shared_embeddings)


def test_a_job_board_field_answers_what_it_names(port_haven: Assistant) -> None:
    answer = port_haven.ask("What's the job number on the Port Haven account clerk opening?")
    assert answer.answered and "25-0042" in answer.text


def test_a_field_is_quoted_with_its_later_rows(port_haven: Assistant) -> None:
    answer = port_haven.ask("How is the Port Haven Account Clerk examination weighted?")
    assert answer.answered and "Qualifying" in answer.text and "Interview 100%" in answer.text


def test_the_words_printed_with_the_title_name_the_class() -> None:
    from assistant.answering.naming_texts import title_line

    text = "Job Descriptions » Field Operations\n\nBAYSIDE UTILITY DISTRICT\n\nUTILITY WORKER II – SEWER COLLECTION\n\n" \
           "Job Code: 6120 | Unit: Sewer Collection\n"
    assert title_line(text, "Utility Worker II") == "UTILITY WORKER II – SEWER COLLECTION"
    assert title_line("Job Code: 6120 | Utility Worker II\n", "Utility Worker II") == ""  # a field row is no title


FENWRIGHT = """From: City of Fenwright Human Resources <jobalerts@fenwright.example>
Subject: PROMOTIONAL OPPORTUNITY: Police Corporal

=======================================================================
                 PROMOTIONAL EXAMINATION ANNOUNCEMENT
                           POLICE CORPORAL
=======================================================================
  CITY OF FENWRIGHT - POLICE DEPARTMENT

THE POSITION
Police Corporals serve as lead officers on an assigned patrol shift and act for the Police Sergeant in the
Sergeant's absence.

-----------------------------------------------------------------------
EXAMINATION PROCESS
-----------------------------------------------------------------------
  COMPONENT                    WEIGHT    DATE (TENTATIVE)
  ---------------------------  --------  --------------------------
  Written Job Knowledge Exam   40%       Tuesday, April 14, 2026
  Oral Board Interview         60%       Week of April 27, 2026

Candidates must pass the written exam to be invited to the oral board.
"""


def test_the_banner_over_the_title_names_the_posting(tmp_path, shared_embeddings) -> None:
    """"PROMOTIONAL EXAMINATION ANNOUNCEMENT" over "POLICE CORPORAL": a question about "the promotional
    examination" shares "promotional" with that banner, and is answered by the examination's weights."""
    from assistant.answering.naming_texts import banner_line
    from conftest import corpus_assistant

    assert banner_line(FENWRIGHT, "Police Corporal") == "PROMOTIONAL EXAMINATION ANNOUNCEMENT"
    assert banner_line("Definition\nPolice Corporal\n", "Police Corporal") == ""  # a heading in mixed case is none
    assistant = corpus_assistant(tmp_path, {"fenwright-police-corporal.txt": FENWRIGHT}, shared_embeddings)
    answer = assistant.ask("How is the City of Fenwright's Police Corporal promotional examination weighted?")
    assert answer.answered and "40%" in answer.text and "60%" in answer.text, answer.text


STEPS = """# Groundskeeper II

Pinecrest County

## Salary

Step | Hourly | Annual
1 | $22.10 | $45,968.00
2 | $23.20 | $48,256.00
3 | $24.36 | $50,668.80

## Definition

Maintains county parks and grounds.
"""


def test_the_top_of_a_pay_table_answers_what_it_tops_out_at(tmp_path, shared_embeddings) -> None:
    pinecrest = corpus_assistant(tmp_path, {"pinecrest-groundskeeper-ii.md": STEPS}, shared_embeddings)
    answer = pinecrest.ask("What does a Pinecrest County Groundskeeper II top out at per hour?")
    assert answer.answered
    first = answer.text.split("\n- ")[1]  # the first quoted passage
    assert "$24.36" in first


NO_PAY = """# Building Inspector II

Pinecrest County

## Definition

Inspects residential and commercial construction for compliance with building codes.

## Note

Class specifications are intended to present a descriptive list of the range of duties performed.
"""


def test_a_pay_question_is_not_answered_by_a_passage_without_an_amount(tmp_path, shared_embeddings) -> None:
    pinecrest = corpus_assistant(tmp_path, {"pinecrest-building-inspector-ii.md": NO_PAY}, shared_embeddings)
    answer = pinecrest.ask("What's the salary range for a Building Inspector II at Pinecrest County?")
    assert not answer.answered
    assert "range of duties" not in answer.text.split("closest passage")[0]  # not passed off as the answer


NURSE = """# Community Health Nurse

Kessling County

Class Code: 4417 | Bargaining Unit: Kessling County Nurses Association (KCNA), Unit 7
Salary Grade: N-12

## Definition

Provides nursing services to individuals and families in homes, clinics and schools.

## Licenses

A current Registered Nurse license and BLS certification within thirty (30) days of appointment.
"""


def test_which_union_represents_a_class_is_its_bargaining_unit(tmp_path, shared_embeddings) -> None:
    kessling = corpus_assistant(tmp_path, {"kessling-nurse.md": NURSE}, shared_embeddings)
    answer = kessling.ask("Which union represents Community Health Nurses at Kessling County?")
    assert answer.answered and "Kessling County Nurses Association" in answer.text, answer.text


def test_by_when_reads_the_time_plainly_first(tmp_path, shared_embeddings) -> None:
    kessling = corpus_assistant(tmp_path, {"kessling-nurse.md": NURSE.replace(
        "BLS certification within thirty (30) days", "BLS certification within twelve (12) months")}, shared_embeddings)
    answer = kessling.ask("What certification does a Community Health Nurse at Kessling County need, and by when?")
    assert answer.answered and answer.text.startswith("12 months"), answer.text


def test_a_credentials_deadline_is_read_plainly_first(tmp_path, shared_embeddings) -> None:
    kessling = corpus_assistant(tmp_path, {"kessling-nurse.md": NURSE.replace(
        "BLS certification within thirty (30) days", "BLS certification within twelve (12) months")}, shared_embeddings)
    answer = kessling.ask("What certification does a Community Health Nurse at Kessling County need?")
    assert answer.answered and answer.text.startswith("Within 12 months"), answer.text
    assert "BLS certification within 12 months of appointment" in answer.text, answer.text  # the passage itself still quoted


CHEMIST = """# Laboratory Chemist II

Pryorsfield State University

Job Title | Laboratory Chemist II | Job Code | 5521
Remote Work Eligibility | Not eligible (on-site laboratory position) | Probationary Period | Six (6) months

## Conditions of Employment

- Must complete the University's Chemical Hygiene Plan training within 30 days of hire.
- Must be able to lift and carry sample boxes weighing up to 40 pounds.
- This position is eligible for overtime. Hours worked over 40 in a workweek are paid at one and one-half times the regular rate.
- Appointment is subject to a satisfactory criminal background check.
"""


def test_a_name_cut_short_and_an_abbreviated_kind_ask_nothing_a_passage_must_repeat(tmp_path, shared_embeddings) -> None:
    """"lab" is the class's "Laboratory" cut short, "OT" is overtime, the kind asked: the overtime item answers,
    its two sentences are one item (not the whole list); "any days" at home is the remote-work field of a row of
    label and value pairs."""
    pryorsfield = corpus_assistant(tmp_path, {"pryorsfield-lab-chemist.md": CHEMIST}, shared_embeddings)
    overtime = pryorsfield.ask("pryorsfield lab chemist - do they get OT??")
    assert overtime.answered and "one and one-half times" in overtime.text, overtime.text
    assert "background check" not in overtime.text and "Hygiene" not in overtime.text, overtime.text
    remote = pryorsfield.ask("pryorsfield lab chemist - can i work from home any days")
    assert remote.answered and "Remote Work Eligibility: Not eligible" in remote.text, remote.text


def test_a_title_word_cut_short_and_an_abbreviated_kind_are_no_terms_a_passage_must_carry(tmp_path,
                                                                                          shared_embeddings) -> None:
    from assistant.answering.evidence import question_terms
    from assistant.query.plan import plan_query

    pryorsfield = corpus_assistant(tmp_path, {"pryorsfield-lab-chemist.md": CHEMIST}, shared_embeddings)
    snap = pryorsfield.snapshots.get(pryorsfield.index)
    plan = plan_query("pryorsfield laboratory chemist - do they get OT??", [], snap.catalog)
    plan.question = "pryorsfield lab chemist - do they get OT??"  # the words as typed, the class as matched
    terms = question_terms(plan, snap)
    assert "lab" not in terms and "ot" not in terms, terms


FIELD_SUPERVISOR = """# Transportation Field Supervisor

Pemberlow Unified School District

## Compensation

This class is placed on Range 34 of the Classified Supervisory Salary Schedule.

Supervisors who hold a current State School Bus Driver Instructor certificate receive an instructor stipend of $125
per month.

## Duties

Supervises school bus drivers on assigned routes and investigates student conduct reports.
"""


def test_extra_pay_on_top_of_the_salary_is_a_stipend_too(tmp_path, shared_embeddings) -> None:
    """"is there any extra pay on top of that?": "on top of that" is an idiom naming nothing a passage must say, and
    an instructor stipend is pay on top."""
    from conftest import corpus_assistant

    pemberlow = corpus_assistant(tmp_path, {"pemberlow-field-supervisor.md": FIELD_SUPERVISOR}, shared_embeddings)
    history = [{"role": "user", "content": "What's the pay range for Pemberlow USD's Transportation Field Supervisor?"},
               {"role": "assistant", "content": "It is on Range 34 of the Classified Supervisory Salary Schedule."}]
    answer = pemberlow.ask("is there any extra pay on top of that?", history)
    assert answer.answered and "$125" in answer.text, answer.text


LABOR_RELATIONS = """# Labor Relations Representative I / II

State of Oskerby

## Series Concept

Labor Relations Representatives represent the State as employer with its bargaining units. Incumbents are
designated confidential employees and are excluded from all bargaining units.

## Level Comparison

Labor Relations Representative I: Second chair in bargaining for the smaller bargaining units.

Labor Relations Representative II: Chief spokesperson in bargaining for up to three bargaining units.

Bargaining role: Team member for the larger bargaining units.
"""


def test_whether_a_class_is_in_a_union_is_its_own_status_not_its_bargaining_work(tmp_path, shared_embeddings) -> None:
    """A labor relations class bargains for a living: the lines about its bargaining work name unions as often as
    the line that says the class itself is excluded from every bargaining unit, which is the answer."""
    oskerby = corpus_assistant(tmp_path, {"oskerby-labor-relations.md": LABOR_RELATIONS}, shared_embeddings)
    answer = oskerby.ask("Are Labor Relations Representatives at the State of Oskerby in a union?")
    assert answer.answered and "excluded from all bargaining units" in answer.text, answer.text


PHARMACY_TECH = """# Pharmacy Technician Series

Ashbury County

## Salary Schedule

See the Salary Schedules page for the full County schedule and the Overtime Policy for premium pay rules.

## Working Conditions

Employees in positions designated as requiring Spanish or Vietnamese receive bilingual pay of $60.00 per biweekly
pay period.

Technicians receive an evening shift differential of $1.75 per hour for hours worked between 6:00 p.m. and
7:00 a.m.

Shifts are 7:00 a.m. to 3:30 p.m. or 10:30 a.m. to 7:00 p.m., Monday through Friday.
"""


def test_the_kind_of_extra_pay_asked_is_the_passage_that_names_it(tmp_path, shared_embeddings) -> None:
    """"What evening shift differential …?": of the extra pays, the evening one (not only the bilingual pay and a
    pointer to premium pay rules)."""
    ashbury = corpus_assistant(tmp_path, {"ashbury-county-pharmacy-technician-series.md": PHARMACY_TECH},
                               shared_embeddings)
    answer = ashbury.ask("What evening shift differential does Ashbury County pay its pharmacy technicians?")
    assert answer.answered and "$1.75" in answer.text, answer.text


EXAM_BULLETIN = """<html><body><h1>Deputy City Treasurer</h1><p>City of Ambrook - Examination Bulletin</p>
<h2>Special Requirements</h2><ul><li>Pass a background investigation that includes a credit history review.</li></ul>
<p>Requests for testing accommodation must be made by the filing deadline to the Examinations Division.</p>
<h2>Examination</h2><table><thead><tr><th>Part</th><th>Weight</th><th>Date</th></tr></thead><tbody>
<tr><td>Part I - Written treasury management exercise (in-basket of cash and banking problems)</td><td>40%</td>
<td>Saturday, May 30, 2026</td></tr><tr><td>Part II - Oral board interview</td><td>60%</td><td>Week of June 15, 2026</td>
</tr></tbody></table></body></html>"""


def test_what_is_on_the_test_is_its_parts_where_no_topics_are_listed(tmp_path, shared_embeddings) -> None:
    """"whats on the test and when is it": a bulletin that lists no topics says it by the exam's parts (a written
    exercise, an oral board), each with its weight and date, not by its accommodation line."""
    ambrook = corpus_assistant(tmp_path, {"ambrook-deputy-city-treasurer.html": EXAM_BULLETIN}, shared_embeddings)
    answer = ambrook.ask("ambrook deputy treasurer exam - whats on the test and when is it")
    assert "Written treasury management exercise" in answer.text and "May 30" in answer.text, answer.text
    lead = answer.text.split("\n")[1]  # the first quote is the exam's first part
    assert "Part I - Written" in lead and "June 15" in answer.text, answer.text
