"""Follow-up questions resolved from the conversation history (issue 5).

Real components: the seed corpus in a real Chroma store (one per module), the
real embedding model, ``Assistant.ask(question, history)``. Each follow-up is
also asked *without* history where that shows the history is what made it work.
"""

from __future__ import annotations

import re

import pytest

from assistant.answering.answer import Answer
from assistant.engine import Assistant
from assistant.answering.verify import numbers_in

from conftest import converse, corpus_assistant, seed_assistant, BUTTE_NAME, MCPS_NAME

BUTTE = BUTTE_NAME[:-4]
MCPS = MCPS_NAME[:-4]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    return seed_assistant(tmp_path_factory.mktemp("followups"), shared_embeddings)


def cited(answer: Answer) -> set[str]:
    return {c.doc_id for c in answer.citations}


def test_education_follow_up_stays_on_itss_ii(assistant):
    grade, education = converse(assistant, ["What grade is ITSS II?", "and what does it need for education?"])
    assert grade.answered and numbers_in(grade.text.splitlines()[0]) == {"23"}
    assert education.answered, education.text
    assert "Bachelor's degree" in education.text
    assert not re.search(r"associate[’']s", education.text, re.I)  # not the Butte document
    assert cited(education) == {MCPS}
    assert "IT Systems Specialist" in education.standalone_query  # the follow-up was made standalone


def test_education_question_alone_is_not_focused(assistant):
    """Control for the test above: without the history the same words answer from both documents."""
    alone = assistant.ask("and what does it need for education?")
    assert cited(alone) != {MCPS} or not alone.answered


def test_level_follow_up_with_intent_words_switches_level(assistant):
    answers = converse(assistant, [
        "What grade is ITSS II?", "and what does it need for education?", "what grade is level III?",
    ])
    last = answers[-1]
    assert last.answered, last.text
    assert numbers_in(last.text.splitlines()[0]) == {"25"}
    assert cited(last) == {MCPS}


def test_what_about_level_iii_after_grade_and_education(assistant):
    answers = converse(assistant, [
        "What grade is ITSS II?", "and what does it need for education?", "what about level III?",
    ])
    last = answers[-1]
    assert last.answered, last.text
    assert "25" in numbers_in(last.text)
    assert cited(last) == {MCPS}


def test_what_about_level_iii_after_grade(assistant):
    last = converse(assistant, ["What grade is ITSS II?", "what about level III?"])[-1]
    assert last.answered, last.text
    assert numbers_in(last.text.splitlines()[0]) == {"25"}
    assert cited(last) == {MCPS}


def test_drivers_license_follow_up_after_mcps_question(assistant):
    first, follow = converse(assistant, [
        "What is the class code of the MCPS IT Systems Specialist?", "Does it require a driver's license?",
    ])
    assert first.answered and "5160" in first.text
    assert follow.answered, follow.text
    assert "motor vehicle operator's license" in follow.text
    assert "California" not in follow.text
    assert cited(follow) == {MCPS}


def test_drivers_license_follow_up_after_butte_question(assistant):
    _, follow = converse(assistant, [
        "What is the salary for the Butte County IT specialist?", "Does it require a driver's license?",
    ])
    assert follow.answered, follow.text
    assert "California driver" in follow.text
    assert "motor vehicle operator" not in follow.text
    assert cited(follow) == {BUTTE}


def test_license_question_alone_is_not_focused_on_mcps(assistant):
    """Control: with no history, 'it' names nothing, so the answer is not silently the MCPS one."""
    alone = assistant.ask("Does it require a driver's license?")
    assert not (alone.answered and cited(alone) == {MCPS} and "California" not in alone.text)


def test_overtime_follow_up_uses_level_from_history(assistant):
    _, follow = converse(assistant, ["What grade is the ITSS Intern?", "Is that level eligible for overtime?"])
    assert follow.answered, follow.text
    assert cited(follow) == {MCPS}
    # the first statement, and its quote, are the Intern's: eligible with prior approval
    first = follow.citations[0]
    assert first.quote.startswith("Overtime Eligibility: Intern & ITSS I (grade 18 to 20) are eligible"), first.quote
    assert "Intern" not in "".join(c.quote for c in follow.citations if "not eligible" in c.quote)


def test_new_class_in_follow_up_replaces_the_focus(assistant):
    _, switched = converse(assistant, [
        "What grade is ITSS II?", "What is the salary range for the Butte County Information Technology Specialist?",
    ])
    assert switched.answered and "25.34" in switched.text and "33.96" in switched.text
    assert cited(switched) == {BUTTE}


def test_what_about_a_newly_named_class_asks_the_earlier_question_about_it(assistant):
    """"And what about the MCPS IT Systems Specialist II?" names a class and no fact: the earlier question
    (the education needed) is asked again about the class it names."""
    first, switched = converse(assistant, [
        "What education does the Butte County Information Technology Specialist need?",
        "And what about the MCPS IT Systems Specialist II?",
    ])
    assert first.answered and cited(first) == {BUTTE}
    assert switched.answered, switched.text
    assert "Bachelor's degree" in switched.text
    assert cited(switched) == {MCPS}


def test_follow_up_after_refusal_uses_earlier_class(assistant):
    answers = converse(assistant, [
        "What education does the MCPS IT Systems Specialist need?",
        "How many vacation days do they get?",
        "Does it require a driver's license?",
    ])
    assert answers[0].answered and not answers[1].answered
    assert not answers[1].citations and not numbers_in(answers[1].text)
    assert answers[2].answered and cited(answers[2]) == {MCPS}
    assert "motor vehicle operator's license" in answers[2].text


def test_history_from_assistant_turns_only_does_not_crash(assistant):
    history = [{"role": "assistant", "content": "Grade 23 [1] From the IT Systems Specialist II specification."}]
    answer = assistant.ask("and what does it need for education?", history)
    assert isinstance(answer.text, str) and answer.text


SERIES_PAGE = """# Environmental Scientist Series

State of Marisport

Class Title | Code | Level
Environmental Scientist (Journey) | 7411 | Journey
Senior Environmental Scientist | 7412 | Senior
Principal Environmental Scientist | 7413 | Principal

## Level Descriptions

### Senior Environmental Scientist – 7412

#### Minimum Qualifications

Two years of experience as an Environmental Scientist (Journey) in Marisport State service.

### Principal Environmental Scientist – 7413

#### Minimum Qualifications

One year of experience as a Senior Environmental Scientist in Marisport State service.
"""


def test_the_next_level_of_a_series_named_by_its_classes_is_the_next_class(tmp_path_factory, shared_embeddings) -> None:
    from conftest import corpus_assistant

    marisport = corpus_assistant(tmp_path_factory.mktemp("series-step"), {"marisport-es.md": SERIES_PAGE},
                                 shared_embeddings)
    first, answer = converse(marisport, ["What experience does a Senior Environmental Scientist need with the State "
                                         "of Marisport?", "and the next level up?"])
    assert "Two years" in " ".join(c.quote for c in first.citations), first.text
    quotes = " ".join(c.quote for c in answer.citations)
    assert answer.answered and "One year of experience as a Senior" in quotes, answer.text
    assert "Principal Environmental Scientist" in answer.text and "Two years" not in quotes


MATRIX_PAGE = """# Caseworker Job Family

Fernhill County

The matrix below shows the levels of the family.

Factor | Caseworker I | Caseworker II | Caseworker III | Casework Supervisor
Job Code | 5101 | 5102 | 5103 | 5110
Scope | Entry level; learns casework under close guidance. | Journey level; carries a full caseload. | Advanced level; carries the most complex cases. | Supervises a unit of caseworkers.
Experience | None required. | One (1) year of casework experience. | Three (3) years of casework experience, including one (1) year in child welfare. | Four (4) years of casework experience, including one (1) year as a lead.
Education | Bachelor's degree. | Bachelor's degree. | Master's degree in social work. | Master's degree in social work.

Fernhill County is an equal opportunity employer.
"""


def test_the_next_level_of_a_job_family_matrix_quotes_its_own_column(tmp_path_factory, shared_embeddings) -> None:
    from conftest import corpus_assistant

    fernhill = corpus_assistant(tmp_path_factory.mktemp("matrix-step"), {"fernhill-caseworker.md": MATRIX_PAGE},
                                shared_embeddings)
    first, answer = converse(fernhill, ["What experience does a Caseworker II need at Fernhill County?",
                                        "and the next level up?"])
    assert "1 year of casework" in first.text and "3 years" not in first.text and "Three" not in first.text, first.text
    assert answer.answered and "3 years of casework experience" in answer.text, answer.text
    # the III's column only, and its "including one (1) year" is part of its three years, not another option
    assert "One (1) year of casework experience." not in answer.text and "Four (4)" not in answer.text, answer.text
    assert answer.text.splitlines()[0] == "3 years, including 1 year [1]", answer.text


TREASURY_BULLETIN = """STAVELY COUNTY CIVIL SERVICE COMMISSION

        FISCAL OFFICER I / FISCAL OFFICER II / TREASURY ANALYST

 CLASS TITLE                       CLASS NO.     MONTHLY SALARY
 FISCAL OFFICER I                  7141          $5,318 - $6,788
 FISCAL OFFICER II                 7142          $6,105 - $7,792
 TREASURY ANALYST                  7160          $6,410 - $8,182

EXAMINATION
-------------------------------------------------------------------------

   FISCAL OFFICER I
     Written test (multiple choice) ......................... 100%
       The written test will be held on Saturday, May 2, 2026.

   TREASURY ANALYST
     Oral examination (panel interview) ...................... 100%
       Oral examinations are tentatively scheduled for the week of May 11, 2026.
       Candidates must attain a score of 70% or higher on each part.

HOW TO APPLY
-------------------------------------------------------------------------
   Fiscal Officer I applicants qualifying under option (1) must attach
   transcripts showing the accounting units.
"""


def test_a_follow_up_about_one_class_of_a_bulletin_stays_with_that_class(tmp_path_factory, shared_embeddings) -> None:
    """After the Treasury Analyst's pay, "how is the exam scored?" is the Treasury Analyst's exam: the bulletin's
    title, naming every class, must not make the Fiscal Officer's written test the answer."""
    stavely = corpus_assistant(tmp_path_factory.mktemp("treasury"), {"stavely-fiscal-treasury-bulletin.txt":
                                                                     TREASURY_BULLETIN}, shared_embeddings)
    first = "How much does a Treasury Analyst make in Stavely County?"
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": stavely.ask(first).text}]
    answer = stavely.ask("how is the exam scored?", history)
    assert answer.answered and "Oral examination" in answer.citations[0].quote, answer.text
    assert "Written test" not in answer.text.split("\n")[1], answer.text


LABORER_SERIES = """# Maintenance Laborer Series

Hollowmere County

## Classes in this Series

Class Title | Class Code | FLSA
Maintenance Laborer I | 6211 | Non-exempt
Maintenance Laborer II | 6212 | Non-exempt
Maintenance Labor Supervisor | 6218 | Exempt

## Series Concept

The Maintenance Laborer I and Maintenance Laborer II classes are flexibly staffed. A Maintenance Laborer I may be
advanced to Maintenance Laborer II without further examination after completing twelve (12) months of satisfactory
service at the I level and the 40-hour Facilities Safety Academy, upon the recommendation of the manager.

## Distinguishing Characteristics

Maintenance Laborer I: The entry and training level.

Maintenance Laborer II: The journey level.

Maintenance Labor Supervisor: The supervisory level. Plans and supervises the work of laborer crews.

## Minimum Qualifications

### Maintenance Laborer I

No experience is required.

### Maintenance Labor Supervisor

Graduation from high school or a GED and five (5) years of building maintenance experience, including two (2)
years in a lead role.

## Salary

Maintenance Laborer I | T-08 | $19.42 | $23.61
"""


def test_moving_up_to_the_ii_is_the_sentence_naming_the_i_and_the_ii(tmp_path_factory, shared_embeddings) -> None:
    """"How do you move up to the II?" after the I's pay: "A Maintenance Laborer I may be advanced to Maintenance
    Laborer II …" opens on the I, and is still how one reaches the II; a class named by its job noun ("Maintenance
    Labor Supervisor") heads no supervision section, so its requirements are its own."""
    hollowmere = corpus_assistant(tmp_path_factory.mktemp("laborer"), {"hollowmere-maintenance-laborer-series.md":
                                                                       LABORER_SERIES}, shared_embeddings)
    first = "What does a Maintenance Laborer I make at Hollowmere County?"
    history = [{"role": "user", "content": first}, {"role": "assistant", "content": hollowmere.ask(first).text}]
    answer = hollowmere.ask("how do you move up to the II?", history)
    assert answer.answered and "Safety Academy" in answer.text, answer.text
    supervisor = hollowmere.ask("What does it take to qualify as a Maintenance Labor Supervisor at Hollowmere County?")
    assert supervisor.answered and "five (5) years" in supervisor.text.replace("5 years", "five (5) years"), \
        supervisor.text
    assert "No experience is required" not in supervisor.text, supervisor.text


def test_a_follow_ups_search_names_the_class_in_focus_not_the_bulletins_every_class(tmp_path_factory,
                                                                                   shared_embeddings) -> None:
    from assistant.query.plan import plan_query

    stavely = corpus_assistant(tmp_path_factory.mktemp("treasury-plan"), {"stavely-fiscal-treasury-bulletin.txt":
                                                                          TREASURY_BULLETIN}, shared_embeddings)
    catalog = stavely.snapshots.get(stavely.index).catalog
    history = [{"role": "user", "content": "How much does a Treasury Analyst make in Stavely County?"},
               {"role": "assistant", "content": "Treasury Analyst (class 7160) pays $6,410 - $8,182 a month."}]
    plan = plan_query("how is the exam scored?", history, catalog)
    assert "TREASURY ANALYST" in plan.standalone.upper() and "FISCAL OFFICER" not in plan.standalone.upper(), \
        plan.standalone


BRIGHTWATER = """# Program Analyst 2

Brightwater University

Working Title: Research Program Coordinator

## How to Apply

Closing date: open until filled; first review 6/15/2025.
"""


def test_a_follow_up_after_a_class_the_catalog_lacks_searches_its_employer_again(tmp_path_factory,
                                                                                 shared_embeddings) -> None:
    """"when's the deadline to apply?" after "… the Research Program Coordinator at Brightwater University" (a
    working title, not the class's): the search looks at Brightwater again, under the words the user named it by."""
    from assistant.query.plan import plan_query

    brightwater = corpus_assistant(tmp_path_factory.mktemp("brightwater"), {"brightwater-program-analyst-2.md":
                                                                            BRIGHTWATER, "larchmont.md": "# Electrician\n\nCity of Larchmont\n"},
                                   shared_embeddings)
    catalog = brightwater.snapshots.get(brightwater.index).catalog
    history = [{"role": "user", "content": "What does the Research Program Coordinator at Brightwater University do?"},
               {"role": "assistant", "content": "Coordinates the Healthy Aging in Place Study."}]
    plan = plan_query("when's the deadline to apply?", history, catalog)
    assert plan.employers == ["Brightwater University"] and "Brightwater" in plan.standalone, plan
