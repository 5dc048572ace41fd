"""The thing a question asks for must be in the answer's quotes (assistant.answering.asked_thing).

"How many paid holidays …" answered by "… full-time paid experience …" shares a word and states nothing
asked. A small corpus (one made-up employer) is indexed into a real Chroma store with the real model: a
holiday count stated for one class is answered, the same question about a class whose document lacks it is
refused naming the word, and a question whose words differ from the passage's but mean the same is answered.
"""

from __future__ import annotations

import pytest

from assistant.answering.asked_thing import asked_words
from assistant.answering.word_neighbours import says_in_other_words
from assistant.engine import Assistant

from conftest import corpus_assistant

CLERK = """CITY OF ELMFORD
CLASS SPECIFICATION

Title: Records Clerk
Class Code: 1105

DEFINITION
Under general supervision, files, retrieves and maintains City records and answers public requests for them.

MINIMUM QUALIFICATIONS
Six months of full-time paid experience in clerical work or retail sales.
Knowledge of Microsoft Office applications including Word, Excel and Outlook.

EXAMINATION
A final average score of 70% is required to be placed on the eligible list.
Applications remain on file for two years from the filing period.
"""

PARK_AIDE = """CITY OF ELMFORD
CLASS SPECIFICATION

Title: Park Aide
Class Code: 4410

DEFINITION
Under close supervision, maintains park grounds, picnic areas and trails.

BENEFITS
Park Aides receive eleven paid holidays each calendar year.
Park Aides must furnish their own work boots and hand tools.
Park Aides who are certified bilingual receive a bilingual differential of five percent (5%).

SPECIAL REQUIREMENTS
Basic computer skills are helpful for entering visitor counts.
"""


@pytest.fixture(scope="module")
def elmford(tmp_path_factory, shared_embeddings) -> Assistant:
    files = {"elmford-records-clerk.txt": CLERK, "elmford-park-aide.txt": PARK_AIDE}
    return corpus_assistant(tmp_path_factory.mktemp("elmford"), files, shared_embeddings)


def test_the_asked_noun_phrase_is_read() -> None:
    assert asked_words("How many paid holidays does a clerk get?", set()) == ["paid", "holidays"]
    assert asked_words("What bilingual pay differential does an Office Technician receive?", {"office", "technician"}) == [
        "bilingual", "pay", "differential"]
    assert asked_words("What kind of license is required?", set()) == ["license"]
    assert asked_words("Does a clerk get paid holidays?", set()) == []  # not asked in that form: nothing to check
    assert asked_words("How long is the probationary period for a clerk?", set()) == ["probationary", "period"]
    assert asked_words("Does the State give mechanics a tool allowance?", set()) == ["tool", "allowance"]
    # a measure of the thing asked names nothing a passage must say ("Outdoor 70%" is the share of the time outdoors)
    assert asked_words("What share of the time does an officer work outdoors?", {"officer"}) == []
    assert asked_words("What is the staff-to-student ratio in the Extended Day Program?", set()) == [
        "staff", "student", "ratio"]
    # a comparison asked names what is compared, not a "difference" a passage must write
    assert asked_words("What's the difference in certification requirements between an Operator I and II?",
                       set()) == []


def test_a_fact_stated_for_the_class_is_answered(elmford: Assistant) -> None:
    answer = elmford.ask("How many paid holidays does an Elmford Park Aide get?")
    assert answer.answered, answer.text
    assert "eleven paid holidays" in " ".join(c.quote for c in answer.citations)


def test_a_passage_sharing_only_a_common_word_is_no_answer(elmford: Assistant) -> None:
    answer = elmford.ask("How many paid holidays does an Elmford Records Clerk get?")
    assert not answer.answered, answer.text
    assert "holidays" in answer.text and answer.citations == []
    assert "full-time paid experience" in answer.text  # the closest passage is shown, as a quote


def test_the_same_thing_in_other_words_is_recognised(shared_embeddings) -> None:
    """The meaning check behind a missing word, with the real model: a paraphrase passes, a shared word does not."""
    import numpy as np

    def vectors(texts):
        rows = np.asarray(shared_embeddings.embed_documents(list(texts)))
        return rows / np.linalg.norm(rows, axis=1, keepdims=True)

    assert says_in_other_words("computer skills", ["Knowledge of Microsoft Office applications including Word, Excel and Outlook."], vectors)
    assert not says_in_other_words("paid holidays", ["Six months of full-time paid experience in clerical work or retail sales."], vectors)


def test_another_classs_passage_is_no_answer_about_the_named_class(elmford: Assistant) -> None:
    """'What computer skills does the Records Clerk need?': the Park Aide's "computer skills" passage matches the
    words, but it is about another class."""
    answer = elmford.ask("What computer skills does an Elmford Records Clerk need?")
    assert "elmford-park-aide" not in {c.doc_id for c in answer.citations}, answer.text
    assert "visitor counts" not in answer.text


def test_a_differential_answer_must_name_the_differential_asked(elmford: Assistant) -> None:
    """"Extra for being bilingual?" is not answered by "a final average score of 70%"."""
    refused = elmford.ask("Does the City of Elmford pay Records Clerks extra for being bilingual?")
    assert not refused.answered and "bilingual" in refused.text, refused.text
    answered = elmford.ask("Does the City of Elmford pay Park Aides extra for being bilingual?")
    assert answered.answered and "five percent" in " ".join(c.quote for c in answered.citations), answered.text



def test_one_kind_of_differential_does_not_answer_another(tmp_path, shared_embeddings) -> None:
    """"Bilingual pay?" is not answered by the shift differential the document does pay (nor led by "Yes.")."""
    operator = ("# Treatment Plant Operator\n\nRavensford Water Authority\n\n## Pay\n\nHourly Pay $27.45 - $33.37.\n"
                "Operators assigned to rotating shifts receive a shift differential of $1.50 per hour for hours worked "
                "between 6:00 p.m. and 6:00 a.m.\n")
    assistant = corpus_assistant(tmp_path, {"ravensford-operator.md": operator}, shared_embeddings)
    refused = assistant.ask("Do Ravensford Water Authority operators get bilingual pay?")
    assert not refused.answered and "bilingual" in refused.text, refused.text
    answered = assistant.ask("Do Ravensford operators get a shift differential?")
    assert answered.answered and "$1.50" in answered.text


def test_a_figure_of_the_asked_kind_without_the_asked_thing_is_no_answer(elmford: Assistant) -> None:
    """"Two years … filing period" is a duration close in meaning, but no probationary period: a kind of fact the
    rules know is stated in its own words or not at all."""
    refused = elmford.ask("How long is the probationary period for an Elmford Records Clerk?")
    assert not refused.answered and "probationary" in refused.text, refused.text


def test_generic_words_in_the_asked_phrase_name_nothing_a_quote_must_say() -> None:
    assert asked_words("How much of the time is a Bus Maintenance Technician expected to be standing?", set()) == []
    assert asked_words("How many paid holidays does a clerk get?", set()) == ["paid", "holidays"]


def test_a_yes_no_question_names_its_object_before_a_phrase_saying_for_whom() -> None:
    assert asked_words("Does Elmford offer a hiring bonus to new park aides?", set()) == ["hiring", "bonus"]
    assert asked_words("Is there a uniform allowance for them?", set()) == ["uniform", "allowance"]


def test_pay_on_top_of_the_salary_must_be_named_not_only_close_in_meaning(elmford: Assistant) -> None:
    """"Must furnish their own … hand tools" is close in meaning to a tool allowance, but states no allowance is
    paid: an allowance, a bonus, a stipend is stated by name or not at all."""
    refused = elmford.ask("Do Elmford Park Aides get a tool allowance?")
    assert not refused.answered and "allowance" in refused.text, refused.text
    refused = elmford.ask("Does Elmford offer a hiring bonus to new Park Aides?")
    assert not refused.answered and "bonus" in refused.text, refused.text


OPERATOR = """CITY OF ELMFORD
CLASS SPECIFICATION

Title: Water Plant Operator
Class Code: 5120

WORKING CONDITIONS
Operators work 12-hour rotating shifts, including nights, weekends, and holidays.
Employees on standby must be able to report to the plant within one hour of being called out.

SELECTION PROCESS
Candidates must achieve a passing score of 70% on each part to be placed on the eligible list.
"""


def test_a_differential_the_passages_only_come_near_is_not_stated(tmp_path_factory, shared_embeddings) -> None:
    """"Night shift differential?" is not answered by night work, nor "how much is standby pay?" by a 70% passing
    score: the differential is named, and an examination's mark is no amount paid."""
    plant = corpus_assistant(tmp_path_factory.mktemp("elmford-plant"), {"elmford-operator.txt": OPERATOR},
                             shared_embeddings)
    refused = plant.ask("Do Elmford Water Plant Operators get a night shift differential?")
    assert not refused.answered, refused.text
    how_much = plant.ask("How much is standby pay for an Elmford Water Plant Operator?")
    assert not how_much.answered, how_much.text
    answered = plant.ask("Do Elmford Water Plant Operators work nights?")
    assert answered.answered, answered.text


LIBRARY = """# Circulation Associate

Saltmere Public Library District

## Schedule

Tuesday and Thursday 1:00 p.m. - 9:00 p.m.; alternating Saturdays and Sundays 1:00 p.m. - 5:00 p.m.

## Pay

Hourly Rate: $17.25 - $19.80 per hour, depending on qualifications.

## Benefits

Eligible for pro-rated vacation, sick and holiday pay.
"""

DISPATCHER = """# Police Dispatcher

City of Saltmere

## Salary

$28.10 - $36.40 hourly. Some positions may be entitled to additional negotiated compensation for MOU provisions
such as some shift assignments and authorized bilingual pay.
"""


def test_extra_pay_must_be_stated_not_only_the_day_and_the_rate(tmp_path, shared_embeddings) -> None:
    from conftest import corpus_assistant

    saltmere = corpus_assistant(tmp_path, {"saltmere-circulation-associate.md": LIBRARY,
                                           "saltmere-police-dispatcher.md": DISPATCHER}, shared_embeddings)
    sundays = saltmere.ask("Does the Saltmere library pay Circulation Associates extra for working Sundays?")
    assert not sundays.answered, sundays.text
    shifts = saltmere.ask("do Saltmere police dispatchers get extra $$ for working certain shifts?")
    assert shifts.answered and "additional negotiated compensation" in shifts.text, shifts.text


def test_an_arrangement_written_in_figures_must_be_quoted(tmp_path, shared_embeddings) -> None:
    from conftest import corpus_assistant

    planner = ("# Senior Planner\n\nCity of Saltmere\n\n## Working Conditions\n\nEvening meetings of the Planning "
               "Commission are required about twice a month; work is performed in an office setting.\n")
    saltmere = corpus_assistant(tmp_path, {"saltmere-senior-planner.md": planner}, shared_embeddings)
    answer = saltmere.ask("Can Senior Planners at the City of Saltmere work a 9/80 schedule?")
    assert not answer.answered and "9/80" in answer.text, answer.text


def test_an_arrangement_offered_as_a_guess_with_the_question_open_is_answered_by_the_one_stated() -> None:
    """"… schedule, is it 48/96 or what": the asker wants the schedule, whatever it is; "… a 9/80 schedule?" asks
    about that one arrangement, and a quote without it does not answer."""
    from assistant.answering.answer import Citation
    from assistant.answering.asked_thing import unstated_words
    from assistant.query.intents import detect_intents
    from assistant.query.plan import QueryPlan

    shifts = [Citation(1, "d", "d.txt", "Fire Captain", "Glenbrook", "WORK SCHEDULE",
                       "Captains work 24-hour shifts on a rotation of 24 hours on and 48 hours off.", 0, 74)]
    for question, unstated in (("glenbrook fire captain schedule, is it 48/96 or what", []),
                               ("Do Glenbrook fire captains work a 48/96 schedule?", ["48/96"])):
        plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question))
        assert unstated_words(plan, shifts) == unstated, question


def test_a_differential_named_but_unpaid_in_the_quote_is_not_stated() -> None:
    """"… get a language or bilingual stipend?" answered by "Bilingual English/Spanish skills are desirable": the
    kind is named, no pay for it; "… a bilingual premium of 5% …" states it."""
    from assistant.answering.answer import Citation
    from assistant.answering.asked_thing import unstated_words
    from assistant.query.intents import detect_intents
    from assistant.query.plan import QueryPlan

    question = "Do Head Start teachers get a language or bilingual stipend?"
    plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question))
    skills = [Citation(1, "d", "d.html", "Head Start Teacher", "Madrone", "Qualifications",
                       "Bilingual English/Spanish skills are desirable for many classrooms.", 0, 66)]
    assert unstated_words(plan, skills) == ["stipend"]
    paid = [Citation(1, "d", "d.html", "Head Start Teacher", "Madrone", "Pay",
                     "Teachers certified as bilingual receive a premium of 5% of base pay.", 0, 66)]
    assert unstated_words(plan, paid) == []


def test_the_kind_of_extra_pay_asked_and_its_pay_must_be_stated_by_one_quote() -> None:
    """"How much on-call pay …?" is not answered by the on-call rotation beside the pay grade's steps; a quote
    giving the on-call rate is."""
    from assistant.answering.answer import Citation
    from assistant.answering.asked_thing import unstated_words
    from assistant.query.intents import detect_intents
    from assistant.query.plan import QueryPlan

    question = "How much on-call pay does an IT Systems Analyst get?"
    plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question))
    apart = [Citation(1, "d", "d.md", "IT Systems Analyst", "Wexcombe", "Pay", "Pay grade IT-27 has ten steps of 3.75%.",
                      0, 40),
             Citation(2, "d", "d.md", "IT Systems Analyst", "Wexcombe", "Duties",
                      "Participates in the after-hours on-call rotation, typically one week in six.", 50, 120)]
    assert unstated_words(plan, apart) == ["on-call"]
    paid = [Citation(1, "d", "d.md", "IT Systems Analyst", "Wexcombe", "Pay",
                     "On-call employees receive $3.00 per hour for each hour on call.", 0, 60)]
    assert unstated_words(plan, paid) == []


def test_a_kind_of_time_asked_must_be_the_one_a_paying_quote_names() -> None:
    """"Is there a weekend differential?" is not answered by the night differential; "is there a night
    differential?" is."""
    from assistant.answering.answer import Citation
    from assistant.answering.asked_thing import unstated_words
    from assistant.query.intents import detect_intents
    from assistant.query.plan import QueryPlan

    night = [Citation(1, "d", "d.md", "EMS Field Supervisor", "Drumlin County", "Compensation",
                      "Employees assigned to the night shift receive a night differential of 5% of base pay.", 0, 90)]
    for question, unstated in (("Is there a weekend differential at Drumlin County?", ["weekend"]),
                               ("Is there a night differential at Drumlin County?", [])):
        plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question))
        assert unstated_words(plan, night) == unstated, question
    # mileage is a kind of its own: a bilingual premium does not reimburse it
    bilingual = [Citation(1, "d", "d.md", "Caseworker", "City of Alder", "Salary",
                          "Employees in designated positions receive a bilingual premium of $100 per month.", 0, 80)]
    question = "Does the City of Alder reimburse Caseworkers for mileage?"
    plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question))
    assert unstated_words(plan, bilingual) == ["mileage"]
    # an insurance premium the employer pays is no premium pay
    insurance = [Citation(1, "d", "d.md", "Coordinator", "City of Alder", "Benefits",
                          "The District pays the full premium for the employee and dependents on its base plan.", 0, 80)]
    question = "Does the Coordinator get extra pay for holding certifications?"
    plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question))
    assert unstated_words(plan, insurance) == ["extra pay"]
    licensed = [Citation(1, "d", "d.md", "Engineer", "City of Alder", "Salary",
                         "Engineers who hold a current PE registration receive a 5% license premium on base pay.", 0, 80)]
    question = "Do Engineers get extra pay for a PE license?"
    plan = QueryPlan(question=question, standalone=question, intents=detect_intents(question))
    assert unstated_words(plan, licensed) == []  # a license premium on base pay is premium pay
