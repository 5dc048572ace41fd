"""'Yes.' before a quote that plainly affirms a yes/no question, and never a guessed polarity.

Pure checks of :func:`states_yes`, then the real assistant (real model, real Chroma) over two small
specifications: a plain requirement gets "Yes.", a hedged or negated one and a choice question do not.
"""

from __future__ import annotations

import pytest

from assistant.answering.yes_no import states_yes
from assistant.engine import Assistant

from conftest import corpus_assistant

CREW_LEADER = """# Road Crew Leader

Varley County

## License

Must possess a valid Class A Commercial Driver License at the time of appointment.

## Working Conditions

Work is performed outdoors on rotating shifts, including nights, weekends and holidays.

## Education

A high school diploma is preferred but not required.

## FLSA Status

Non-Exempt.
"""


@pytest.mark.parametrize(("question", "quote"), [
    ("do u need a cdl to do streets maintenance for halvern springs", "Must possess a valid Class B Commercial Driver's License (CDL)."),
    ("do dispatchers at marrowick county sherrif have to work weekends n holidays",
     "Work is performed on rotating 12-hour shifts, including nights, weekends, and holidays."),
    # a negation about something else ("no more than two moving violations") leaves the license required
    ("do u need a drivers licence for the halvern springs dispatcher job",
     "Valid driver's license with no more than two moving violations in the past three years and no DUI."),
    # "on-call" is one thing asked, though "on" and "call" alone ask nothing
    ("is there on-call?", "Participates in an after-hours on-call rotation, about one weekend a month."),
    # the subject first, the yes/no question after a dash
    ("electrician job at halvern springs - do u have to climb ladders or work up high??",
     "Work requires lifting tools weighing up to 60 pounds; climbing ladders; working from aerial lifts."),
    # the subject first, the asking after it with no mark between
    ("halvern springs library page do i need cpr", "First Aid and CPR certification must be obtained within 90 days."),
    # a condition well after the asked thing bears on something else ("… immediately when notified")
    ("Is the Halvern Springs mechanic subject to random drug testing?",
     "Incumbents are subject to random, post-accident and follow-up drug and alcohol testing, and must report to a "
     "collection site immediately when notified."),
])
def test_a_plain_statement_of_the_asked_thing_is_a_yes(question: str, quote: str) -> None:
    assert states_yes(question, ["halvern", "springs", "marrowick", "county", "dispatchers"], quote)


@pytest.mark.parametrize(("question", "quote"), [
    ("Is a CPA required?", "A CPA certificate is preferred but not required."),  # hedged, negated
    ("Can I apply if I'm not a county employee?", "Open to current permanent employees of the County."),  # negation asked
    ("Is it exempt or non-exempt?", "FLSA: Exempt."),  # a choice, not a yes/no
    # a question about several (both levels, all classes): one quote answers for one of them
    ("Do both paraeducator levels need First Aid and CPR certification?",
     "Paraeducator II: Must obtain First Aid and CPR certification within 60 days of assignment."),
    # a second question offered instead of the first
    ("can a CO with like 18 months in apply for sergeant or do u need more time",
     "Appointees serve a probationary period of 12 months in the Correctional Sergeant classification."),
    ("Does the job require a master's degree?", "Graduation from a four-year college with a bachelor's degree."),
    ("What license is required?", "Must possess a valid Class A Commercial Driver License."),  # no yes/no question
    ("what do i need for the cpr class", "First Aid and CPR certification must be obtained within 90 days."),
    ("Do they have to work weekends?", "Some positions may be required to work weekends."),  # hedged
    ("Do you need a license?", "No license is required."),  # negated where the license is
    ("Do you need a license?", "A license is not required for this class."),
    ("Do you need a CDL?", "Must possess a valid Class B CDL when assigned to snow removal."),  # a condition on it
])
def test_a_hedge_a_negation_a_choice_or_another_thing_is_no_yes(question: str, quote: str) -> None:
    assert not states_yes(question, [], quote)


@pytest.fixture(scope="module")
def varley(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("yes-no"), {"varley-crew-leader.md": CREW_LEADER}, shared_embeddings)


def test_the_assistant_leads_with_yes_only_where_the_quote_affirms(varley: Assistant) -> None:
    answer = varley.ask("Does a Varley County Road Crew Leader have to work weekends?")
    assert answer.answered and answer.text.startswith("Yes. "), answer.text
    assert "weekends" in answer.citations[0].quote
    hedged = varley.ask("Does a Varley County Road Crew Leader need a high school diploma?")
    assert hedged.answered and not hedged.text.startswith("Yes"), hedged.text


def test_a_follow_up_is_read_in_its_own_words_not_with_the_class_its_standalone_form_adds(varley: Assistant) -> None:
    first = "What license does a Varley County Road Crew Leader need?"
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": varley.ask(first).text}]
    answer = varley.ask("would I have to work weekends or holidays?", history)
    assert answer.answered and answer.text.startswith("Yes. "), answer.text


def test_a_name_word_cut_short_names_the_class_not_what_is_asked() -> None:
    quote = "Incumbents work a rotating weekend schedule of one weekend in three, with two weekdays off."
    assert states_yes("does the vet tech at calderon county have to work weekends??",
                      ["veterinary", "technician", "calderon", "county"], quote)
    assert not states_yes("does the vet tech at calderon county have to work weekends??", ["calderon", "county"], quote)


def test_saturdays_and_sundays_say_weekends() -> None:
    assert states_yes("does the library assistant have to work weekends", ["library", "assistant"],
                      "Library Assistants work a regular 40-hour week that includes rotating Saturdays and Sundays.")


ANALYST = """# Payroll Specialist II

Halvern University

## Minimum Qualifications

High school diploma or GED and three (3) years of payroll processing experience.

## Preferred Qualifications

- Fundamental Payroll Certification (FPC) or Certified Payroll Professional (CPP) designation.
- Experience with an enterprise payroll system.
"""


def test_a_preferred_passage_says_it_is_preferred_even_alone(tmp_path, shared_embeddings) -> None:
    halvern = corpus_assistant(tmp_path, {"halvern-payroll.md": ANALYST}, shared_embeddings)
    answer = halvern.ask("halvern payroll specialist job - do i need my CPP to apply")
    assert answer.answered and "Certified Payroll Professional" in answer.text, answer.text
    assert "Preferred Qualifications: " in answer.text and not answer.text.startswith("Yes"), answer.text
    assert answer.text.startswith("No: it is listed as preferred"), answer.text  # needed? no: wanted


def test_a_second_quote_affirms_when_the_first_says_nothing_of_what_is_asked(tmp_path, shared_embeddings) -> None:
    """"… have to work nights n weekends??": "The Operations Center is staffed 24 hours a day" then "Specialists work
    rotating 12-hour shifts …, including nights, weekends and holidays"."""
    spec = ("# Airport Operations Specialist\n\nBellwood Regional Airport Authority\n\n## Schedule\n\n"
            "The Operations Center is staffed 24 hours a day, 365 days a year. Specialists work rotating 12-hour "
            "shifts on a 2-2-3 rotation, including nights, weekends and holidays.\n\n## Definition\n\n"
            "Monitors the airfield and responds to emergencies.\n")
    bellwood = corpus_assistant(tmp_path, {"bellwood-airport-operations-specialist.md": spec}, shared_embeddings)
    answer = bellwood.ask("do airport ops specialists at bellwood have to work nights n weekends??")
    assert answer.answered and answer.text.startswith("Yes. "), answer.text


def test_a_later_quote_that_names_the_asked_thing_affirms_it(tmp_path, shared_embeddings) -> None:
    """"… what are the shifts? do u have to do nights": the rotation, then the day shift's row, then the night
    shift's row: the third quote names nights and says yes."""
    spec = ("# Sobering Center Technician\n\nLyndham Regional Health District\n\n## Schedule\n\n"
            "Technicians work 12-hour shifts on a repeating 28-day rotation.\n\n"
            "D: Day shift, 7:00 a.m. - 7:00 p.m.\n\nN: Night shift, 7:00 p.m. - 7:00 a.m.\n\n"
            "## Definition\n\nMonitors intoxicated adults as they sober up.\n")
    lyndham = corpus_assistant(tmp_path, {"lyndham-sobering-center-technician.md": spec}, shared_embeddings)
    answer = lyndham.ask("lyndham sobering center tech - what are the shifts? do u have to do nights")
    assert answer.answered and "Night shift" in answer.text, answer.text
    assert answer.text.startswith("Yes. "), answer.text


def test_a_question_of_how_long_after_a_clause_is_no_yes_no_question() -> None:
    """"If the State hires me under a license waiver, how long do I have to get licensed?" asks a time, though
    "do I have to get licensed" sits inside it."""
    question = "If the State of Brennavar hires me as a Clinical Psychologist under a license waiver, how long do I have to get licensed?"
    assert not states_yes(question, ["brennavar", "clinical", "psychologist"],
                          "Incumbents appointed under a license waiver must obtain licensure within three (3) years.")


def test_a_question_word_a_few_words_before_do_you_asks_no_yes_or_no() -> None:
    from assistant.answering.yes_no import _yes_no_clause

    assert _yes_no_clause("For the county social worker job where you visit people at home, how many cases do you "
                          "carry?") == ""
    assert _yes_no_clause("what kind of license do you need for the job?") == ""
    assert _yes_no_clause("calloway springs school secretary do i need cpr") != ""


PEST_MANUAL = """MUDFORD UNIFIED SCHOOL DISTRICT
CLASSIFIED JOB DESCRIPTIONS MANUAL

INTEGRATED PEST MANAGEMENT TECHNICIAN

  1. DEFINITION
  -------------
  Under general supervision, inspects school sites for pests and applies
  pesticides under the District's integrated pest management plan.

  6. LICENSES AND CERTIFICATES
  ----------------------------
  1. Valid Class C driver's license at appointment.
  2. State Commercial Pesticide Applicator license within twelve (12) months
     of appointment.
"""


def test_a_quoted_heading_over_its_list_does_not_hide_the_item_that_says_yes(tmp_path, shared_embeddings) -> None:
    """"do they need a driver's license?" quoted "LICENSES AND CERTIFICATES" (its list's heading) first: the
    "Yes" comes from the item under it, "Valid Class C driver's license at appointment"."""
    assistant = corpus_assistant(tmp_path, {"mudford-ipm-technician.txt": PEST_MANUAL}, shared_embeddings)
    answer = assistant.ask("Does the Mudford Unified Integrated Pest Management Technician need a driver's license?")
    assert answer.answered and answer.text.startswith("Yes"), answer.text
    assert "Class C" in answer.text, answer.text


def test_their_own_car_is_not_affirmed_by_a_fleet_vehicle_nor_by_personal_vehicles_denied() -> None:
    """"do they have to use their own vehicle?": "Home visits are made in a District fleet vehicle …; personal
    vehicles are not used" says no; "must provide a personal vehicle" says yes."""
    question = "do they have to use their own vehicle?"
    fleet = ("Home visits are made in a District fleet vehicle assigned to the program; personal vehicles are not used "
             "for patient visits.")
    assert not states_yes(question, [], fleet)
    assert not states_yes(question, [], "Home visits are made in a District fleet vehicle.")
    assert states_yes(question, [], "Incumbents must provide a personal vehicle for field work; mileage is reimbursed.")
