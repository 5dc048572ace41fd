"""How the rules score candidate passages (assistant.answering.sentence_ranks) for questions of when and how much
of the time: the weekdays worked, the hours work starts, a share of the time, and a class history's note of the
document's changes, which states none of them. Each test writes its own corpus into a real index.
"""

from __future__ import annotations

from pathlib import Path

from conftest import converse, corpus_assistant

COORDINATOR = """# Teen Center Coordinator

City of Ashvale

Job Code | CS-212 | FLSA | Non-exempt
Work Schedule | Tuesday - Saturday; evenings during the school year | Probation | 12 months

## Licenses

First Aid and CPR certification within ninety (90) days of hire.
Completion of mandated reporter training within thirty (30) days of hire.

## Duties

Plans after-school programs at the Ashvale Teen Center and supervises part-time recreation leaders.
"""


def test_what_days_are_worked_is_answered_by_the_weekdays(tmp_path: Path, shared_embeddings) -> None:
    """"What days …?" shares "days" with "within ninety (90) days of hire": the weekdays it asks for answer it."""
    assistant = corpus_assistant(tmp_path, {"ashvale-teen-center.md": COORDINATOR}, shared_embeddings)
    answer = assistant.ask("What days does the Teen Center Coordinator at the City of Ashvale work?")
    assert answer.answered and "Tuesday - Saturday" in answer.text.split("\n")[1], answer.text


AGENT = """CALLOWAY STATE PERSONNEL OFFICE
CLAIMS CENTER AGENT

CONDITIONS OF EMPLOYMENT
Remote work: After completing the initial training program, positions may be approved for full-time remote work
from a location within the State of Calloway, using a State-issued laptop and headset.
Overtime: Mandatory overtime may be required during periods of high claim volume.

CLASS HISTORY
11/2019 Established.
01/2026 Revised: remote work and bilingual pay provisions added; minimum qualifications updated.
"""


def test_a_note_on_the_documents_changes_is_no_statement_of_the_fact(tmp_path: Path, shared_embeddings) -> None:
    """"01/2026 Revised: remote work … added" names what is asked and states none of it; the condition of
    employment does; a question of the class's history ("when was it established?") still reads the history."""
    assistant = corpus_assistant(tmp_path, {"calloway-claims-agent.txt": AGENT}, shared_embeddings)
    answer = assistant.ask("Can State of Calloway Claims Center Agents work remotely?")
    assert answer.answered and "full-time remote work" in answer.text.split("\n")[1], answer.text
    from assistant.query.intents import asks_class_history, detect_intents
    assert asks_class_history("Which classification did the Analyst I/II series replace?")
    assert not asks_class_history("Can experience replace the degree?")
    assert "substitution" not in [i.name for i in detect_intents("Which classification did the series replace?")]


GREENS = """CASTLEMERE COUNTY
CLASS SPECIFICATION
GREENS SUPERVISOR

DEFINITION
Supervises the crews that mow and water the greens of the County's golf course.

WORKING CONDITIONS
Weekend and holiday work is required during tournaments and when irrigation failures threaten the turf.
Standby duty for irrigation emergencies rotates weekly among the supervisors, including nights and weekends.
Night shifts are scheduled during heat waves to check the irrigation of the greens.
Work hours normally begin at 5:00 a.m. from April through October and at 6:00 a.m. from November through March.
Work is performed outdoors in all weather, around turf equipment and pesticides.
"""


def test_what_time_work_starts_is_answered_by_the_hours(tmp_path: Path, shared_embeddings) -> None:
    """"what time …?" is answered by the clock times, not only the weekend-work sentence its schedule words find."""
    assistant = corpus_assistant(tmp_path, {"castlemere-greens.txt": GREENS}, shared_embeddings)
    answers = converse(assistant, ["What does Castlemere County's Greens Supervisor do?", "what time do they start work?"])
    assert answers[1].answered and "5:00 a.m." in answers[1].text, answers[1].text


TECHNICIAN = """# Controls Technician

City of Brennan Valley

## Position Summary

The position installs, calibrates, troubleshoots and repairs instruments, analyzers and SCADA field equipment at the
treatment plant, reservoirs, wells and pump stations across the service area.

## Essential Functions

Essential Function | % of Time
Calibration, preventive maintenance and repair of flow, level and pressure instruments and analyzers | 40%
PLC and HMI troubleshooting and response to SCADA alarms | 25%
Maintenance of radio telemetry equipment at remote reservoirs and wells | 15%
CMMS work orders, calibration records and updates to loop drawings | 20%

## Minimum Qualifications

(A) An associate's degree in instrumentation or electronics AND two (2) years of experience maintaining and
calibrating process instruments and control systems.

(B) Completion of an instrumentation apprenticeship AND one (1) year of experience maintaining and calibrating
process instruments in a water or wastewater plant.
"""


def test_a_share_of_time_asked_is_answered_by_the_duties_percent(tmp_path: Path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"brennan-controls-tech.md": TECHNICIAN}, shared_embeddings)
    answer = assistant.ask("How much of the Controls Technician's time goes to calibrating and maintaining instruments?")
    assert answer.answered and "40%" in answer.text, answer.text


DETENTION = """# Detention Officer I

Tarnley County Sheriff's Office

## Examples of Duties

- Supervises inmate movement on the assigned shift and keeps the housing-unit log.
- Books arrestees into custody and secures their property.

## Working Conditions

Work is performed in a secure facility that operates twenty-four hours a day. Officers walk and stand for most of a
shift and climb stairs to upper tiers.

Detention Officers work 12-hour shifts (0600-1800 or 1800-0600) on a 2-2-3 rotation that includes weekends and
holidays.

## Salary

Biweekly salary steps effective July 5, 2025: $2,412.80 to $2,932.80.
"""


def test_what_shifts_are_worked_is_answered_by_the_shifts_hours(tmp_path: Path, shared_embeddings) -> None:
    """The hours on a 24-hour clock and the shift's length state the schedule; a duty done "on the assigned shift"
    and standing "for most of a shift" only name a shift."""
    assistant = corpus_assistant(tmp_path, {"tarnley-detention-officer-1.md": DETENTION}, shared_embeddings)
    answer = assistant.ask("What shifts do Tarnley County Detention Officer I's work?")
    assert answer.answered and "0600-1800" in answer.citations[0].quote, answer.text


def test_a_date_due_asked_is_covered_by_a_passage_stating_one() -> None:
    """"By what date does X have to finish verifying meal applications?": a passage saying "by November 15 each
    year" (or "within 18 months") states the kind of fact asked; one that only names the applications does not."""
    from assistant.answering.deadlines import deadline_kinds

    kinds = deadline_kinds("By what date does the Eligibility Technician have to finish verifying meal applications?")
    assert len(kinds) == 1
    cue, evidence = kinds[0]
    assert cue.search("date") and not cue.search("meal")
    assert evidence.search("completes verification of approved applications by November 15 each year")
    assert evidence.search("Registration is required within 18 months of appointment.")
    assert not evidence.search("The 2025-26 Free and Reduced-Price Meal Application is open.")
    assert deadline_kinds("What does the Eligibility Technician do?") == []


RUTHWAITE_BULLETIN = """CITY OF RUTHWAITE - CIVIL SERVICE COMMISSION
EXAMINATION ANNOUNCEMENT 2026-031
PARATRANSIT OPERATOR

 FILING PERIOD:  Monday, March 16, 2026 through Friday, April 10, 2026,
                 5:00 p.m.

THE EXAMINATION

 Part                               Weight
 Written test ..................... 30%
 Oral interview ................... 70%

 WRITTEN TEST DATE:  Saturday, May 2, 2026, at the Ruthwaite Civic
 Auditorium, 88 Grange Avenue.
 ORAL INTERVIEWS:  Expected the week of May 18, 2026, for candidates who
 pass the written test.

THE POSITION

Paratransit Operators drive lift-equipped vans for riders with disabilities.
"""


def test_the_deadline_to_apply_for_an_exam_is_the_filing_periods_end(tmp_path, shared_embeddings) -> None:
    """"What's the deadline to apply for the … exam?": the exam names what is applied for; the answer is the filing
    period's end ("… through Friday, April 10, 2026, 5:00 p.m."), credited over the written test's date that the
    exam's name in the question lifts."""
    from conftest import corpus_assistant

    question = "What's the deadline to apply for the City of Ruthwaite Paratransit Operator exam?"
    ruthwaite = corpus_assistant(tmp_path, {"ruthwaite-paratransit-operator.txt": RUTHWAITE_BULLETIN}, shared_embeddings)
    answer = ruthwaite.ask(question)
    assert answer.answered and "April 10" in answer.citations[0].quote, answer.text


TWO_CLASS_BULLETIN = """HOLLOWAY COUNTY - EXAMINATION ANNOUNCEMENT
MAIL CLERK / MAIL COURIER

OPEN COMPETITIVE EXAMINATION

  Class Title          Code      Hourly Range
  Mail Clerk           1120      $17.94 - $22.86
  Mail Courier         1125      $19.02 - $24.25

  FILING PERIOD: Monday, March 9, 2026 through Friday, March 27, 2026, 5:00 p.m.
  Applications must be RECEIVED (not postmarked) by the close of filing.

MAIL CLERK

  Sorts, meters and routes County mail and keeps the postage log.
  WRITTEN TEST DATE: Saturday, April 18, 2026, 9:00 a.m.

MAIL COURIER

  Drives the daily delivery route between County buildings.
  WRITTEN TEST DATE: Saturday, April 18, 2026, 9:00 a.m.
  Performance tests and oral interviews will be held during the week of April 27, 2026.
"""


def test_a_follow_up_asking_the_filing_deadline_gets_the_filing_period(tmp_path, shared_embeddings) -> None:
    """"and when's the filing deadline?" after the written test's date: the filing period's end answers, though the
    class in focus has its own section of test dates and the filing period sits above every class's section."""
    from conftest import corpus_assistant

    holloway = corpus_assistant(tmp_path, {"holloway-mail-bulletin.txt": TWO_CLASS_BULLETIN}, shared_embeddings)
    history = [{"role": "user", "content": "When is the written test for the Holloway County mail courier exam?"},
               {"role": "assistant", "content": "The written test is on Saturday, April 18, 2026, at 9:00 a.m."}]
    answer = holloway.ask("and when's the filing deadline?", history)
    assert answer.answered and "March 27" in answer.citations[0].quote, answer.text


def test_the_last_day_to_apply_is_the_filing_periods_end(tmp_path, shared_embeddings) -> None:
    """"What's the last day to apply for the … exam?" asks the filing deadline in other words: "last" and "day" are
    how a date is asked, not words a passage must share, and the exam's own dates come after the filing's end."""
    from conftest import corpus_assistant

    ruthwaite = corpus_assistant(tmp_path, {"ruthwaite-paratransit-operator.txt": RUTHWAITE_BULLETIN}, shared_embeddings)
    answer = ruthwaite.ask("What's the last day to apply for the City of Ruthwaite Paratransit Operator exam?")
    assert answer.answered and "April 10" in answer.citations[0].quote, answer.text


RACE_MEET_POSTING = """HOBLEY FAIR AND RACING DISTRICT
Seasonal Recruitment - Racing Steward (Seasonal)
Pay $640 per race day
2026 race meet schedule
Week Dates Race days Post times Notes
1 July 9 - 12 4 Thu - Fri 4:15 p.m.; Sat - Sun 12:45 p.m. Opening day July 9
2 July 16 - 19 4 Thu - Fri 4:15 p.m.; Sat - Sun 12:45 p.m. Hobley Derby, Saturday, July 18
3 July 23 - 26 4 Thu - Fri 4:15 p.m.; Sat 12:45 p.m.; Sun Closing day July 26 (also Fair closing day)

FINAL FILING DATE: MONDAY, JUNE 1, 2026, 5:00 P.M. - SEASONAL RACE MEET POSITION
"""


def test_when_applications_close_is_the_filing_date_not_a_closing_day(tmp_path, shared_embeddings) -> None:
    """"When do applications close for the … posting?" asks the filing deadline: the race meet's "Closing day" row is
    another closing."""
    from conftest import corpus_assistant

    hobley = corpus_assistant(tmp_path, {"hobley-racing-steward.txt": RACE_MEET_POSTING}, shared_embeddings)
    answer = hobley.ask("When do applications close for Hobley Fair and Racing District's seasonal Racing Steward posting?")
    assert answer.answered and any("JUNE 1, 2026" in c.quote for c in answer.citations), answer.text
