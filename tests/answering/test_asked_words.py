"""The words a question asks about that a quote must state (assistant.answering.asked_thing.unstated_words): a
general word is stated by naming one of its kind, and the verb of working names nothing."""

from __future__ import annotations

from assistant.answering.answer import Citation
from assistant.answering.asked_thing import asked_words, unstated_words
from assistant.query.intents import detect_intents
from assistant.query.plan import QueryPlan


def _plan(question: str) -> QueryPlan:
    return QueryPlan(question=question, standalone=question, intents=detect_intents(question))


def test_training_is_stated_by_the_course_or_academy_it_is() -> None:
    course = [Citation(1, "d", "d.html", "Juvenile Probation Officer", "Orrin County", "Special Requirements",
                       "Appointees must complete the state Probation Officer Core Course within the first year.", 0, 88)]
    question = "What training course do Orrin County juvenile probation officers have to finish in their first year?"
    assert unstated_words(_plan(question), course) == []
    caseload = [Citation(1, "d", "d.html", "Juvenile Probation Officer", "Orrin County", "Duties",
                         "Supervises a caseload of youth on formal probation.", 0, 50)]
    assert unstated_words(_plan("What training do Orrin County juvenile probation officers get?"), caseload) == \
        ["training"]


def test_working_names_nothing_a_quote_must_say() -> None:
    assert asked_words("is there extra pay for working nights?", set()) == ["nights"]
    shifts = [Citation(1, "d", "d.html", "Staff Nurse I", "Ardmore County", "Shift Differentials",
                       "Shift | Hours | Differential Night shift | 2300-0730 | 12.5% of base hourly rate", 0, 79)]
    assert unstated_words(_plan("is there extra pay for working nights?"), shifts) == []


def test_the_date_of_an_exam_must_be_quoted_with_the_exam() -> None:
    """"When is the written exam?" is not answered by the closing date beside an oral interview; a test's date is an
    exam's date."""
    closing = [Citation(1, "d", "d.html", "Juvenile Probation Officer", "Orrin County", "Job Summary",
                        "Closing Date: 3/16/2026 5:00 PM", 0, 30),
               Citation(2, "d", "d.html", "Juvenile Probation Officer", "Orrin County", "Selection Process",
                        "Candidates will be invited to a structured oral panel interview, weighted 100%.", 0, 78)]
    assert unstated_words(_plan("When is the written exam for the Orrin County Juvenile Probation Officer job?"),
                          closing) == ["exam"]
    dated = [Citation(1, "d", "d.txt", "School Grounds Worker", "Orrin County", "Dates",
                      "DATE OF WRITTEN TEST: Saturday, May 16, 2026", 0, 44)]
    assert unstated_words(_plan("When is the written exam for Orrin County's School Grounds Worker?"), dated) == []


def test_an_exam_named_for_its_filing_period_is_no_event_asked() -> None:
    """"When was the filing period for the … exam?" asks the filing period: the exam names the announcement."""
    filing = [Citation(1, "d", "d.pdf", "Civil Engineering Associate", "City of Orrin", "Application Deadline",
                       "Applications will be accepted from June 27 to June 29, 2017.", 0, 60)]
    assert unstated_words(_plan("When was the filing period for the City of Orrin Civil Engineering Associate exam?"),
                          filing) == []


def test_the_value_of_a_second_kind_asked_does_not_answer_the_first() -> None:
    """"How much on-call pay … for the Duty Officer rotation?": the rotation's "12-hour shifts" state the schedule
    asked beside the pay, not the pay (nor does a share of time travelled)."""
    rows = [Citation(1, "d", "d.docx", "Homeland Security Planner 2", "State of Orrin", "WORKING CONDITIONS",
                     "Statewide travel, including overnight stays (approximately 25% of time)\n"
                     "After-hours, weekend and holiday work during State EOC activations (12-hour shifts)\n"
                     "On-call rotation (one week in six) as Duty Officer", 0, 200)]
    question = "How much on-call pay does Orrin's Homeland Security Planner 2 get for the Duty Officer rotation?"
    assert unstated_words(_plan(question), rows) == ["pay"]


def test_night_hours_are_stated_on_a_twenty_four_hour_clock() -> None:
    """"A shift differential … for all hours worked between 1800 and 0600" pays for night hours, as "between
    6:00 p.m. and 6:00 a.m." does; a day shift's "0700 - 1530" states no night."""
    question = "What shift differential do Tarrow Power District's plant operators get for night hours?"
    night = [Citation(1, "d", "d.html", "Plant Operator", "Tarrow Power District", "Working Conditions",
                      "A shift differential of $2.75 per hour is paid for all hours worked between 1800 and 0600.", 0, 90)]
    assert unstated_words(_plan(question), night) == []
    day = [Citation(1, "d", "d.html", "Plant Operator", "Tarrow Power District", "Working Conditions",
                    "A shift differential of $1.25 per hour is paid for all hours worked between 0700 and 1530.", 0, 90)]
    assert unstated_words(_plan(question), day) == ["night"]


def test_a_kind_of_pay_in_the_class_name_is_no_kind_asked() -> None:
    """"Does Kirkhallow pay its Bilingual Interpreter/Translators extra for ATA certification?": "Bilingual" is the
    class's name; the stipend for the certification answers, though it never says "bilingual"."""
    question = "Does Kirkhallow Unified pay its Bilingual Interpreter/Translators extra for ATA certification?"
    plan = _plan(question)
    plan.name_tokens = {"Bilingual", "Interpreter", "Translator", "Kirkhallow"}
    stipend = [Citation(1, "d", "d.docx", "Bilingual Interpreter/Translator", "Kirkhallow Unified", "Compensation",
                        "Employees who hold a current American Translators Association (ATA) certification receive an "
                        "annual stipend of $1,500.", 0, 120)]
    assert unstated_words(plan, stipend) == []
    plan.name_tokens = {"Interpreter", "Translator", "Kirkhallow"}
    assert unstated_words(plan, stipend) == ["bilingual"]


def test_people_counted_are_named_by_their_job() -> None:
    """"How many people does the manager supervise?" is answered by "a unit of up to 14 Medical Interpreters":
    "people" names no thing a quote must say."""
    unit = [Citation(1, "d", "d.pdf", "Language Access Program Manager", "Jesmond County", "Supervision Exercised",
                     "Supervises a unit of up to 14 Medical Interpreters and Translators.", 0, 70)]
    assert unstated_words(_plan("How many people does the Language Access Program Manager at Jesmond County "
                                "supervise?"), unit) == []



def test_a_yes_no_object_before_a_long_name_of_the_job() -> None:
    """"Is there a hiring bonus for the Redlowe County Tax Collector's Driver License Examiner job?": the bonus is
    asked, however long the name of the job after it; "NOW HIRING: Driver License Examiner" states none."""
    question = "Is there a hiring bonus for the Redlowe County Tax Collector's Driver License Examiner job?"
    assert asked_words(question, set()) == ["hiring", "bonus"]
    banner = [Citation(1, "d", "d.pdf", "Driver License Examiner", "Redlowe County", "", "NOW HIRING: Driver License "
                       "Examiner", 0, 36)]
    assert unstated_words(_plan(question), banner) == ["bonus"]
