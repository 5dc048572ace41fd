"""The lines that carry on a passage: every row of a short table (how an exam is weighted), and the next item of
a list stating the same kind of fact (a second weight lifted).

The real assistant (real model, real Chroma) over one exam bulletin.
"""

from __future__ import annotations

import pytest

from assistant.engine import Assistant

from conftest import corpus_assistant

BULLETIN = """# Correctional Officer

State of Calloway

## Examination

Candidates must pass the written test and the physical ability test to be scheduled for the interview.
A final score of 70% is required to be placed on the eligible list. Veterans receive 5 points added to a passing
final score. The eligible list will remain in effect for one year.

Part | Weight
Written Test (reading comprehension, report writing) | 40%
Physical Ability Test (1/4-mile run, dummy drag) | Pass/Fail
Qualifications Appraisal Interview | 60%

## Physical Demands

Occasionally: lifting and pushing up to 50 pounds when restraining inmates; lifting or dragging a person of up to
165 pounds during an emergency evacuation.
"""


@pytest.fixture(scope="module")
def calloway(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("list-run"), {"calloway-correctional-officer.md": BULLETIN},
                            shared_embeddings)


def test_how_an_exam_is_weighted_is_every_row_of_its_table(calloway: Assistant) -> None:
    answer = calloway.ask("How is the State of Calloway Correctional Officer examination weighted?")
    assert answer.answered and "40%" in answer.text and "60%" in answer.text, answer.text


def test_two_weights_in_one_passage_are_both_stated(calloway: Assistant) -> None:
    answer = calloway.ask("How much lifting does a Calloway Correctional Officer do?")
    assert answer.answered and "165 pounds" in answer.text and "Up to 50 pounds" not in answer.text, answer.text


CADET_PAGE = """CORRECTIONAL OFFICER CADET
State of Harrowgate, Department of Corrections

MINIMUM REQUIREMENTS
Be at least 21 years old at appointment. Hold a high school diploma or GED.

PHYSICAL FITNESS TEST (PFT)
The PFT is given at hiring events and regional testing centers. You must complete all three events:
  1. 1.5-mile run in 15 minutes 54 seconds or less
  2. 99-yard obstacle course in 26 seconds or less. The course has six obstacles, among them a 6-foot wall.
  3. 165-pound dummy drag of 32 feet in 20 seconds or less
Wear athletic clothing and running shoes.

THE ACADEMY
Cadets attend a 16-week paid academy. Training covers use of force, firearms and report writing.
"""


def test_a_short_numbered_list_is_quoted_whole(tmp_path_factory, shared_embeddings) -> None:
    from conftest import converse

    harrowgate = corpus_assistant(tmp_path_factory.mktemp("short-list"), {"harrowgate-cadet.txt": CADET_PAGE},
                                  shared_embeddings)
    _, answer = converse(harrowgate, ["What are the minimum requirements to become a Correctional Officer Cadet in "
                                      "Harrowgate?", "whats on the fitness test?"])
    assert answer.answered and "1.5-mile run" in answer.text and "obstacle course" in answer.text, answer.text
    assert "dummy drag" in answer.text, answer.text  # the third event too: two of three items are no answer
    assert answer.text.index("1.5-mile") < answer.text.index("obstacle") < answer.text.index("dummy drag")
    assert "6-foot wall" in answer.text, answer.text  # an item's every sentence


ELIGIBILITY = """FIRE CAPTAIN - PROMOTIONAL EXAMINATION
Glenbrook Fire Protection District

ELIGIBILITY TO COMPETE

By the close of the filing period (March 20, 2026), candidates must:

  1. Hold permanent (non-probationary) status as a Fire Engineer with
     the Glenbrook Fire Protection District; AND
  2. Have at least three (3) years of service as a Fire Engineer with
     the District (acting Captain time does not count toward this
     requirement); AND
  3. Hold State Company Officer certification (or the former State
     Fire Officer certification); AND
  4. Possess a valid State Class C driver license with firefighter
     endorsement.

THE EXAMINATION

The written examination is weighted 30% and the assessment center 70%.
"""


def test_a_numbered_list_whose_items_wrap_onto_indented_lines_is_one_list() -> None:
    from assistant.answering.list_run import _list_items_around

    items = _list_items_around(ELIGIBILITY, ELIGIBILITY.index("the District (acting"))
    assert [ELIGIBILITY[a:b].split()[:2] for a, b in items] == [["Hold", "permanent"], ["Have", "at"], ["Hold", "State"],
                                                                ["Possess", "a"]]
    assert ELIGIBILITY[items[1][0]:items[1][1]].endswith("requirement); AND")


def test_what_it_takes_to_be_eligible_is_the_whole_list_of_requirements(tmp_path, shared_embeddings) -> None:
    """"What do you need to be eligible to take the exam?": the requirements section's four items, not two of them
    (nor "the eligible list", which shares a word)."""
    glenbrook = corpus_assistant(tmp_path, {"glenbrook-fire-captain.txt": ELIGIBILITY}, shared_embeddings)
    answer = glenbrook.ask("What do you need to be eligible to take the Fire Captain exam at the Glenbrook Fire "
                           "Protection District?")
    assert answer.answered and "Company Officer" in answer.text and "firefighter endorsement" in answer.text, answer.text


DOT_LEADER_BULLETIN = """CITY OF TOLLERBY - EXAMINATION BULLETIN

PERMIT INSPECTOR / SENIOR PERMIT INSPECTOR

  CLASS TITLE                          CLASS NO.   MONTHLY SALARY     BASIS
  -----------------------------------  ---------   ----------------   ----------------
  Permit Inspector                       2614      $5,512 - $6,701    Open
  Senior Permit Inspector                2615      $6,088 - $7,401    Promotional/Open

  THE EXAMINATION

  Candidates must attain a score of 70% or higher on each part to be placed
  on the eligible list.

  Permit Inspector
     Written test (building codes, math, report writing) ...... 40%
     Structured oral interview ..................................... 60%

  Senior Permit Inspector
     Training and experience evaluation ............................ 30%
     Structured oral interview ..................................... 70%

  The written test is tentatively scheduled for Saturday, May 2, 2026, at the
  Tollerby Community Center. Oral interviews are expected the week of May 18.
"""


def test_how_an_exam_is_weighted_is_every_line_that_ends_with_a_weight(tmp_path, shared_embeddings) -> None:
    """A weights table printed with dot leaders and no rules ("Written test ...... 40%", "Structured oral interview
    ...... 60%"): both parts are the answer, not the class table's row under the bulletin's "EXAMINATION" heading;
    each class's exam is the block under its own name."""
    tollerby = corpus_assistant(tmp_path, {"tollerby-permit-inspector.txt": DOT_LEADER_BULLETIN}, shared_embeddings)
    answer = tollerby.ask("How is the Permit Inspector exam weighted in Tollerby?")
    assert answer.answered and "40%" in answer.text and "60%" in answer.text, answer.text
    assert "30%" not in answer.text, answer.text
    senior = tollerby.ask("How is the Senior Permit Inspector exam weighted in Tollerby?")  # the block under its name
    assert "30%" in senior.text and "70%" in senior.text and "40%" not in senior.text, senior.text


LABELS_OVER_VALUES = """CITY OF TARNBY - CLASS SPECIFICATION
Deputy City Clerk
Class No. Pay Grade FLSA Unit Probation
0418 M-14 Exempt Mid-Management/Confidential 12 months
Hourly: $41.27 - $52.68
DEFINITION
Under direction of the City Clerk, assists in supervising the City Clerk's Office, including Council agendas and
minutes, municipal elections and the records management program.
LICENSES AND CERTIFICATES
Notary Public commission within six (6) months of appointment.
"""


def test_a_line_of_labels_is_answered_with_the_line_of_values_under_it(tmp_path, shared_embeddings) -> None:
    """A PDF's label table without rules: "Class No. Pay Grade FLSA Unit Probation" over "0418 M-14 Exempt … 12
    months". Asked the probation, the labels' line names it and the values' line under it states it."""
    tarnby = corpus_assistant(tmp_path, {"tarnby-deputy-city-clerk.txt": LABELS_OVER_VALUES}, shared_embeddings)
    answer = tarnby.ask("How long is probation for the Tarnby Deputy City Clerk?")
    assert answer.answered and "12 months" in answer.text, answer.text


SERIES_LABELS_OVER_VALUES = """HADLEIGH HOSPITAL AUTHORITY - BOARD OF COMMISSIONERS
CLASS SPECIFICATION
Patient Navigator I / Patient Navigator II
Hadleigh Regional Medical Center - Patient Access Services
Class Code Pay Grade FLSA Union Probation
Patient Navigator I 6611 H-22 Non-exempt Allied Professionals 180 days
Patient Navigator II 6612 H-26 Non-exempt Allied Professionals 180 days
SERIES CONCEPT
Patient Navigators guide patients with complex care needs through scheduling, referrals and financial counseling.
"""


def test_a_series_line_of_labels_is_answered_with_each_classs_line_of_values(tmp_path, shared_embeddings) -> None:
    """The labels' line ends a passage that runs on from the title lines above it (no full stop between them), and
    a line of values follows for each class of the series: the values are still the answer."""
    hadleigh = corpus_assistant(tmp_path, {"hadleigh-patient-navigator.txt": SERIES_LABELS_OVER_VALUES},
                                shared_embeddings)
    answer = hadleigh.ask("how long is probation for the patient navigator jobs at hadleigh?")
    assert answer.answered and "180 days" in answer.text, answer.text


THREE_CLASS_EXAM = """STAVERTON COUNTY - EXAMINATION BULLETIN
FISCAL OFFICER I / FISCAL OFFICER II / TREASURY ANALYST

THE EXAMINATION

   FISCAL OFFICER I
     Written test (multiple choice): 100%

   FISCAL OFFICER II
     Training and experience evaluation: 40%
     Oral examination: 60%

   TREASURY ANALYST
     Oral examination (panel interview): 100%
       Oral examinations are tentatively scheduled for the week of May 11, 2026.

   Candidates must attain a score of 70% or higher on each part.
"""


def test_a_class_whose_exam_is_one_part_keeps_that_part(tmp_path, shared_embeddings) -> None:
    """The Treasury Analyst's exam is one part (100%): its line is the answer, not the Fiscal Officer II's block of
    two, the only block of several on the page."""
    staverton = corpus_assistant(tmp_path, {"staverton-fiscal-treasury-exam.txt": THREE_CLASS_EXAM}, shared_embeddings)
    answer = staverton.ask("How is the Staverton County Treasury Analyst exam weighted?")
    assert answer.answered and "panel interview): 100%" in answer.text, answer.text
    assert "40%" not in answer.text and "60%" not in answer.text, answer.text


LEAD_INTO_ITEMS = """STATE OF MARLOWE - COURT INTERPRETER PROGRAM
OPEN COMPETITIVE EXAMINATION BULLETIN
REGISTERED COURT INTERPRETER

==============================================================================
CONDITIONS OF EMPLOYMENT
==============================================================================

 *  The class is FLSA non-exempt. Work week is 40 hours, Monday
    through Friday; assignments may begin as early as 7:30 a.m. for
    in-custody calendars.

 *  Probationary period: six (6) months.

 *  Assignments may require travel to any courthouse in the Northern
    Circuit, up to 90 miles one way; mileage is reimbursed at the state
    rate.

 *  To keep the registration or certification on which appointment is
    based, interpreters must meet the Judicial Council's compliance
    requirements:
      - complete 30 hours of approved continuing education, and
      - document at least 40 interpreting assignments,
    every two years. Failure to remain in compliance results in removal
    from the roster and separation from the class.

 *  Candidates must pass a background investigation including
    fingerprinting.
"""


def test_a_passage_ending_in_a_colon_is_answered_with_the_items_it_leads_into(tmp_path, shared_embeddings) -> None:
    """"… must meet the compliance requirements:" states nothing alone; its items ("complete 30 hours …",
    "document at least 40 …") are the answer."""
    marlowe = corpus_assistant(tmp_path, {"marlowe-court-interpreter.txt": LEAD_INTO_ITEMS}, shared_embeddings)
    answer = marlowe.ask("What do the State of Marlowe's court interpreters have to do every two years to keep their "
                         "certification or registration?")
    assert answer.answered and "30 hours" in answer.text and "40 interpreting assignments" in answer.text, answer.text


STRIPER_BULLETIN = """FARRINGDALE COUNTY ROAD COMMISSION
EXAMINATION ANNOUNCEMENT No. 26-11
PAVEMENT STRIPING EQUIPMENT OPERATOR

THE POSITION
Operates truck-mounted striping equipment to paint center lines, edge lines and crosswalks on county roads.

EXAMINATION
Equipment performance test: Pass/Fail
   (pre-trip inspection, backing, and a striper pump and gun check)
Oral appraisal: 100%

   The performance test will be held the week of May 4, 2026 at the Quarry Lane Yard.

CONDITIONS OF EMPLOYMENT
Probation: Six (6) months
"""


def test_a_parts_note_between_two_weighted_parts_keeps_them_one_exam(tmp_path, shared_embeddings) -> None:
    """"(pre-trip inspection, backing, …)" notes what the performance test is, on a line of its own: the oral
    appraisal under it is still part of the same exam, and "what's on the exam?" is answered with both parts."""
    farringdale = corpus_assistant(tmp_path, {"farringdale-striping-operator.txt": STRIPER_BULLETIN}, shared_embeddings)
    history = [{"role": "user", "content": "What does the Farringdale County pavement striping operator do?"},
               {"role": "assistant", "content": "Operates truck-mounted striping equipment on county roads."}]
    answer = farringdale.ask("what's on the exam?", history)
    assert answer.answered and "Pass/Fail" in answer.text and "Oral appraisal: 100%" in answer.text, answer.text


SIGN_SHOP = """# Sign Shop Technician

Town of Dapplemoor

## Definition

Fabricates, installs and maintains the Town's traffic control signs and street name signs, and gives seasonal
workers their safety training.

## Qualifications

**Education and experience.** A high school diploma or GED and two (2) years of experience in sign fabrication.

**Required during the first year.**

- [x] Valid Class C driver's license (at hire)
- [ ] Town MUTCD sign and marking course (16 hours) within six (6) months of hire
- [ ] ATSSA Traffic Control Technician certification within twelve (12) months of hire

## Working conditions

Work is split between the Sign Shop and the field, outdoors in all weather and next to traffic.
"""


def test_a_question_asking_for_several_gets_the_whole_short_list_of_one_item_found(tmp_path, shared_embeddings) -> None:
    """"… what training or certifications do I have to get after I'm hired?": the ATSSA item ranks first, and the
    list it stands in (three items) is the answer, the MUTCD course included."""
    dapplemoor = corpus_assistant(tmp_path, {"dapplemoor-sign-shop-technician.md": SIGN_SHOP}, shared_embeddings)
    answer = dapplemoor.ask("For the Town of Dapplemoor job that makes and puts up the town's road signs, what "
                            "training or certifications do I have to get after I'm hired, and how soon?")
    assert answer.answered and "ATSSA" in answer.text and "MUTCD" in answer.text, answer.text
