"""Corpus-wide answers from fact cards (issue 7, part 2): comparisons, series, and what the route leaves alone
(lists and rankings: ``test_facts_route_lists.py``; the shared corpus: ``route_corpus.py``).

A small corpus is written to a temporary folder (four class specs of two made-up
employers, plus the two seed documents from ``corpus/``), synced into a real
Chroma index with the real embedding model, and every question goes through
``Assistant.ask``. Each answer's citations must be exact spans of the registry's
document text, and every figure of a line must be in that line's quotes.
"""

from __future__ import annotations

import re

import pytest

from assistant.answering.chain import AnswerState
from assistant.engine import Assistant
from assistant.facts.routing.route import answer_from_cards, classify
from assistant.query.plan import plan_query

from route_corpus import (ACCOUNTANT, BUTTE, EQUIPMENT, MCPS, OFFICE, ask_checked, assert_lines_supported, bullet_lines,
                          cited, cited_in, route_assistant)

@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    return route_assistant(tmp_path_factory, shared_embeddings)


# --- comparisons ----------------------------------------------------------------------------------------------------


def test_comparison_is_a_markdown_table_with_cited_cells(assistant):
    answer = ask_checked(assistant, "Compare the Alder Creek Equipment Operator and the Pinecrest Office Assistant: "
                             "education, experience, pay")
    assert answer.route == "facts"
    lines = answer.text.splitlines()
    assert lines[0] == "| Field | Equipment Operator (Town of Alder Creek) | Office Assistant (Pinecrest Water District) |"
    assert lines[1] == "|---|---|---|"
    rows = {line.split("|")[1].strip(): line for line in lines[2:] if line.startswith("|")}
    assert set(rows) == {"Pay", "Education", "Experience"}
    for name, row in rows.items():
        cells = [cell.strip() for cell in row.strip().strip("|").split("|")][1:]
        assert len(cells) == 2 and all(re.search(r"\[\d+\]$", cell) for cell in cells), row
    assert "$24.10–$30.80 an hour" in rows["Pay"] and "$19.50–$24.90 an hour" in rows["Pay"]
    assert not re.search(r"40,?560|51,?792", answer.text)  # the Office Assistant's annual pay is only computed
    experience = {c.quote for c in cited_in(answer, rows["Experience"])}
    assert experience == {"two (2) years of experience", "one (1) year of general clerical experience"}
    assert cited(answer) == {EQUIPMENT, OFFICE}
    assert_lines_supported(answer)
    # the API returns the same table as its answer
    assert answer.as_dict()["answer"].startswith("| Field |")


def test_comparison_says_which_pays_more_with_stated_figures(assistant):
    answer = ask_checked(assistant, "Which pays more at the top of its range: the Alder Creek Accountant or the "
                             "Butte County IT Specialist?")
    assert answer.text.splitlines()[0].startswith("| Field | Accountant (Town of Alder Creek) | Information Technology Specialist")
    verdict = answer.text.splitlines()[-1]
    assert verdict.startswith("**Accountant (Town of Alder Creek)** pays more")
    assert verdict.index("99,600.00") < verdict.index("70,636.80")
    assert cited(answer) == {ACCOUNTANT, BUTTE}
    assert_lines_supported(answer)


def test_comparison_of_two_levels_of_one_series(assistant):
    answer = ask_checked(assistant, "Compare Water Treatment Operator I and Water Treatment Operator II")
    header = answer.text.splitlines()[0]
    assert header.index("Water Treatment Operator I (") < header.index("Water Treatment Operator II (")
    experience = next(line for line in answer.text.splitlines() if line.startswith("| Experience"))
    assert "one (1) year" in experience and "three (3) years" in experience
    assert_lines_supported(answer)


def test_comparison_of_requirements_by_name(assistant):
    answer = ask_checked(assistant, "Compare the lifting requirements for the Alder Creek Equipment Operator and Accountant.")
    assert answer.route == "facts"
    rows = [line for line in answer.text.splitlines() if line.startswith("| Lifting")]
    assert len(rows) == 1 and "80 pounds" in rows[0] and "20 pounds" in rows[0], answer.text
    assert cited(answer) == {EQUIPMENT, ACCOUNTANT}


def test_comparison_of_a_fact_the_cards_lack_goes_to_retrieval(assistant):
    answer = assistant.ask("How do the probationary periods for the Alder Creek Equipment Operator and Accountant compare?")
    assert answer.route == "retrieval"


# --- series ---------------------------------------------------------------------------------------------------------


def test_series_levels_in_order_with_cited_grades(assistant):
    answer = ask_checked(assistant, "List the ITSS levels and their grades")
    assert answer.route == "facts"
    rows = [line for line in answer.text.splitlines() if line.startswith("| IT Systems Specialist")]
    assert [re.search(r"Grade (\d+)", row).group(1) for row in rows] == ["18", "20", "23", "25"]
    assert [row.split("|")[1].strip() for row in rows] == [
        "IT Systems Specialist Intern", "IT Systems Specialist I", "IT Systems Specialist II", "IT Systems Specialist III"]
    for row in rows:
        grade = re.search(r"Grade (\d+)", row).group(1)
        assert any(grade in c.quote for c in cited_in(answer, row)), row
    assert cited(answer) == {MCPS}


def test_series_paid_by_grade_shows_grades_for_pay(assistant):
    answer = ask_checked(assistant, "What does each ITSS level pay?")
    assert answer.route == "facts"
    assert "no dollar amounts were found" in answer.text
    assert {"18", "20", "23", "25"} <= set(re.findall(r"Grade (\d+)", answer.text))
    assert not re.search(r"\$", answer.text)


def test_series_from_a_level_table_with_pay(assistant):
    answer = ask_checked(assistant, "What are the Water Treatment Operator levels and their pay?")
    rows = [line for line in answer.text.splitlines() if line.startswith("| Water Treatment Operator")]
    assert len(rows) == 2 and "$27.40–$34.95 an hour" in rows[0] and "$31.60–$40.35 an hour" in rows[1]
    assert_lines_supported(answer)


# --- what the route leaves alone -------------------------------------------------------------------------------------


@pytest.mark.parametrize("question", [
    "What is the salary range for the Alder Creek Equipment Operator?",
    "What driver's license does the Butte County IT specialist need?",
    "Which certification is preferred for the MCPS IT Systems Specialist?",
    "Which clerical jobs require a driver's license?",  # a qualifier the corpus does not know
    "Which jobs offer tuition reimbursement?",
])
def test_other_questions_are_not_routed(assistant, question, caplog):
    snap = assistant.snapshots.get(assistant.index)
    plan = plan_query(question, [], snap.catalog)
    route = assistant.routes[0]
    assert route(AnswerState(question, snapshot=snap, plan=plan)) is None
    assert "facts route failed" not in caplog.text  # declined, not broken


def test_route_reads_a_follow_up_by_the_chains_plan_of_the_question_alone(assistant, caplog):
    snap = assistant.snapshots.get(assistant.index)
    history = [{"role": "user", "content": "What is the salary range for the Alder Creek Equipment Operator?"},
               {"role": "assistant", "content": "$24.10–$30.80 an hour [1]"}]
    route = assistant.routes[0]
    question = "Which classes require a commercial driver's license?"
    state = AnswerState(question, history=history, snapshot=snap, plan=plan_query(question, history, snap.catalog))
    assert state.plan is not None and state.plan.from_history  # the conversation's class is in focus ...
    assert not state.question_plan.from_history  # ... the route reads the question on its own
    answer = route(state)
    assert answer is not None and answer.route == "facts" and list(bullet_lines(answer)) == ["Equipment Operator"]
    leaning = "Does it require a commercial driver's license?"
    assert route(AnswerState(leaning, history=history, snapshot=snap,
                             plan=plan_query(leaning, history, snap.catalog))) is None
    assert "facts route failed" not in caplog.text


def test_single_document_fact_answer_is_unchanged(assistant):
    answer = ask_checked(assistant, "What is the salary range for the Alder Creek Equipment Operator?")
    assert answer.route == "retrieval"
    assert "24.10" in answer.text and "30.80" in answer.text
    assert cited(answer) == {EQUIPMENT}


def test_conversation_questions(assistant):
    history = [{"role": "user", "content": "What is the salary range for the Alder Creek Equipment Operator?"},
               {"role": "assistant", "content": "$24.10–$30.80 an hour [1]"}]
    # a corpus-wide question in the middle of a conversation is still answered from the cards
    answer = assistant.ask("Which classes require a commercial driver's license?", history)
    assert answer.route == "facts" and list(bullet_lines(answer)) == ["Equipment Operator"]
    # one that leans on the conversation goes to the follow-up path
    answer = assistant.ask("Does it require a commercial driver's license?", history)
    assert answer.route == "retrieval"
    # "IT" is not the pronoun
    answer = assistant.ask("Which IT classes pay over $30 an hour?", history)
    assert answer.route == "facts"
    assert set(bullet_lines(answer)) == {"Information Technology Specialist"}, answer.text


def test_who_questions_list_classes(assistant):
    answer = ask_checked(assistant, "Who needs a commercial driver's license?")
    assert answer.route == "facts" and list(bullet_lines(answer)) == ["Equipment Operator"]


def test_no_cards_means_no_route(assistant):
    snap = assistant.snapshots.get(assistant.index)
    question = "Which classes require a commercial driver's license?"
    assert answer_from_cards(question, plan_query(question, [], snap.catalog), snap, lambda: []) is None


def test_stream_ends_with_the_same_verified_table(assistant):
    question = "Compare the Alder Creek Equipment Operator and the Pinecrest Office Assistant: education, experience, pay"
    events = list(assistant.stream(question))
    final = events[-1].answer
    assert final is not None and final.route == "facts"
    assert final.text == assistant.ask(question).text


def test_kinds_read_from_questions(assistant):
    snap = assistant.snapshots.get(assistant.index)
    cases = {
        "Which classes require a commercial driver's license?": "list",
        "What is the highest-paid class?": "superlative",
        "Compare the Alder Creek Equipment Operator and the Pinecrest Office Assistant": "comparison",
        "List the ITSS levels and their grades": "series",
        "What is the grade of each Pinecrest Water District position?": "listing",
        "What is the salary range for the Alder Creek Equipment Operator?": None,
        "Does the Alder Creek Equipment Operator need a CDL?": None,
        # one job described, then asked about: no class is listed
        "I'd like a county job that operates heavy equipment on road crews. What licenses does that job require?": None,
    }
    for question, kind in cases.items():
        assert classify(question, plan_query(question, [], snap.catalog)) == kind, question


def test_a_class_of_a_series_page_that_is_no_level_is_answered_from_its_passages(tmp_path, shared_embeddings) -> None:
    """"… a Senior Buyer …, and is the job exempt?" on a Buyer I / Buyer II / Senior Buyer page: the level cards
    (Buyer I and II, both non-exempt) do not describe the Senior Buyer; its own passages answer."""
    from conftest import corpus_assistant

    text = ("# Buyer Series\n\nBuyer I (2310) · Buyer II (2311) · Senior Buyer (2313)\n\nCounty of Harrow\n\n"
            "## Buyer I\n\nClass Code | 2310\nSalary Range | 41: $5,412 - $6,906 monthly\nFLSA Status | Non-exempt\n\n"
            "Buyer I is the entry level.\n\n"
            "## Buyer II\n\nClass Code | 2311\nSalary Range | 46: $6,118 - $7,809 monthly\nFLSA Status | Non-exempt\n\n"
            "Buyer II is the journey level.\n\n"
            "## Senior Buyer\n\nClass Code | 2313\nSalary Range | 52: $7,094 - $9,055 monthly\nFLSA Status | Exempt\n\n"
            "Senior Buyer leads the work of Buyers.\n")
    assistant = corpus_assistant(tmp_path, {"harrow-buyer-series.md": text}, shared_embeddings)
    answer = assistant.ask("What is the salary range for a Senior Buyer at the County of Harrow, and is the job "
                           "exempt from overtime?")
    assert answer.answered and "9,055" in answer.text and "None of the levels" not in answer.text, answer.text


def test_a_comparison_naming_one_class_of_a_bulletin_of_several_is_no_card_comparison(tmp_path, shared_embeddings) -> None:
    """"Compare the top hourly pay for a Pharmacy Technician at A and at B's Sheriff's Office": B's bulletin
    announces three classes, and its card holds its first class's pay; the Pharmacy Technician's row answers."""
    from conftest import corpus_assistant

    bulletin = ("# Now Hiring: Detention Health Services\n\nHarrow County Sheriff's Office\n\n"
                "Position | Hourly Pay | Openings\nDetention Nurse (RN) | $48.15 - $61.46 | 4\n"
                "Pharmacy Technician | $22.84 - $29.15 | 1\nDetention Medical Technician | $25.36 - $32.37 | 3\n\n"
                "## Detention Nurse (RN)\n\nClass code: 5140\n\nDetention Nurses provide nursing care.\n\n"
                "## Pharmacy Technician\n\nClass code: 5162\n\nKeeps the medication room supplied.\n\n"
                "## Detention Medical Technician\n\nClass code: 5155\n\nPerforms intake screening.\n")
    hospital = ("# Pharmacy Technician\n\nBelden Valley Hospital District\n\n## Compensation\n\n"
                "Salary Range: $24.62 - $33.18 per hour.\n\n## Duties\n\nPrepares sterile IV admixtures.\n\n"
                "Belden Valley Hospital District is an equal opportunity employer.\n")
    assistant = corpus_assistant(tmp_path, {"harrow-sheriff-health-bulletin.md": bulletin,
                                            "belden-pharmacy-technician.md": hospital}, shared_embeddings)
    answer = assistant.ask("Compare the top hourly pay for a Pharmacy Technician at Belden Valley Hospital District "
                           "and at the Harrow County Sheriff's Office.")
    assert answer.answered and "29.15" in answer.text and "33.18" in answer.text, answer.text


def test_the_starting_pay_compared_of_a_posting_with_a_hiring_range_is_its_hiring_line(tmp_path, shared_embeddings) -> None:
    """A posting printing "Hiring Range: $52,000 - $58,500" above "Grade Range: $48,930 - $73,395": its card holds the
    class's full range, but "compare the starting pay …" is answered by the hiring line."""
    from conftest import corpus_assistant

    posting = ("# Financial Aid Advisor I\n\nHarlan State University\n\n## Pay\n\nHiring Range: $52,000 - $58,500 "
               "annually\n\nGrade Range: $48,930 - $73,395 annually\n\n## Duties\n\nAdvises students on aid.\n\n"
               "Harlan State University is an equal opportunity employer.\n")
    spec = ("# Financial Aid Technician\n\nBelden Community College District\n\n## Salary\n\nMonthly salary: $4,412 - "
            "$5,634 per month.\n\n## Duties\n\nProcesses aid files.\n\n"
            "Belden Community College District is an equal opportunity employer.\n")
    assistant = corpus_assistant(tmp_path, {"harlan-state-financial-aid-advisor-1.md": posting,
                                            "belden-ccd-financial-aid-technician.md": spec}, shared_embeddings)
    answer = assistant.ask("Compare the starting pay of the Belden Financial Aid Technician and Harlan State "
                           "University's Financial Aid Advisor I.")
    assert answer.answered and "52,000" in answer.text and "4,412" in answer.text, answer.text
