"""Corpus-wide answers from fact cards (issue 7, part 2): lists, rankings, comparisons, series.

A small corpus is written to a temporary folder (four class specs of two made-up
employers, plus the two seed documents from ``corpus/``), synced into a real
Chroma index with the real embedding model, and every question goes through
``Assistant.ask``. Each answer's citations must be exact spans of the registry's
document text, and every figure of a line must be in that line's quotes.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from assistant.answering.answer import Answer
from assistant.answering.chain import AnswerState
from assistant.engine import Assistant
from assistant.facts.routing.route import answer_from_cards, classify
from assistant.index.index import Index
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.query.plan import plan_query
from assistant.settings import Settings
from assistant.answering.verify import unsupported_numbers

from conftest import BUTTE_NAME, CORPUS_DIR, MCPS_NAME

EQUIPMENT = "alder-creek-equipment-operator"
ACCOUNTANT = "alder-creek-accountant"
OFFICE = "pinecrest-office-assistant"
TREATMENT = "pinecrest-water-treatment-operator"
BUTTE = BUTTE_NAME[:-4]
MCPS = MCPS_NAME[:-4]

DOCUMENTS = {
    f"{EQUIPMENT}.txt": """TOWN OF ALDER CREEK
CLASS SPECIFICATION

Title:             Equipment Operator
Class Code:        3310
FLSA Status:       Non-Exempt
Salary Range:      $24.10 - $30.80 hourly
                   $50,128.00 - $64,064.00 annually

DEFINITION

Under general supervision, operates heavy equipment such as loaders, graders and dump trucks on street, storm drain
and snow removal work; and performs related work as required.

QUALIFICATIONS

Education and Experience:
Graduation from high school or a GED, AND two (2) years of experience operating heavy construction or maintenance equipment.

Licenses and Certificates:
Possession of a valid Class A commercial driver's license with tanker endorsement at time of appointment.

PHYSICAL DEMANDS

Work is performed outdoors in all weather. Requires lifting and carrying materials weighing up to 80 pounds.

PROBATIONARY PERIOD

All appointments are subject to a probationary period of twelve (12) months.
""",
    f"{ACCOUNTANT}.txt": """TOWN OF ALDER CREEK
CLASS SPECIFICATION

Title:             Accountant
Class Code:        1520
FLSA Status:       Exempt
Salary Range:      $6,500.00 - $8,300.00 monthly
                   $78,000.00 - $99,600.00 annually

DEFINITION

Under general direction, performs professional accounting work in the Finance Department, including general ledger
maintenance, account reconciliation and financial reporting; and performs related work as required.

QUALIFICATIONS

Education and Experience:
A bachelor's degree in accounting, finance or a closely related field, AND three (3) years of professional accounting experience.

Licenses and Certificates:
No license or certificate is required for this class.

PHYSICAL DEMANDS

Office work. Requires lifting and carrying files and records boxes weighing up to 20 pounds.

PROBATIONARY PERIOD

All appointments are subject to a probationary period of twelve (12) months.
""",
    f"{OFFICE}.txt": """PINECREST WATER DISTRICT
CLASS SPECIFICATION

Title:             Office Assistant
Class Code:        PW-110
FLSA Status:       Non-Exempt
Salary Range:      $19.50 - $24.90 hourly

DEFINITION

Under immediate supervision, performs routine clerical work at the District office, including answering customer
calls, processing water service applications and filing records; and performs related work as required.

QUALIFICATIONS

Education and Experience:
A high school diploma or GED, AND one (1) year of general clerical experience.

Licenses and Certificates:
None required.

PHYSICAL DEMANDS

Office work. Requires lifting and carrying boxes of paper and supplies weighing up to 25 pounds.

PROBATIONARY PERIOD

New employees serve a probationary period of six (6) months.
""",
    f"{TREATMENT}.md": """# Water Treatment Operator I/II

Pinecrest Water District

**Class Codes:** PW-301 (I), PW-302 (II)

## Definition

Operates and monitors the District's water treatment plant, wells and pump stations. This is a flexibly staffed
series with two levels.

## Compensation

| Level | Pay Grade | Hourly |
|---|---|---|
| Water Treatment Operator I | 21 | $27.40 - $34.95 |
| Water Treatment Operator II | 24 | $31.60 - $40.35 |

## Overtime Status

Both levels are non-exempt and eligible for overtime.

## Minimum Qualifications

Education: A high school diploma or GED.

Experience: Level I: one (1) year of experience in water or wastewater operations. Level II: three (3) years of
experience in water treatment operations.

## Licenses and Certificates

Possession of a valid California Class C driver's license. Possession of a Grade T2 Water Treatment Operator
certificate issued by the State Water Resources Control Board within twelve (12) months of appointment.

## Physical Demands

Requires climbing stairs and ladders and lifting chemical containers weighing up to 50 pounds.
""",
}


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    root = tmp_path_factory.mktemp("facts-route")
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in DOCUMENTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    for name in (BUTTE_NAME, MCPS_NAME):
        shutil.copyfile(CORPUS_DIR / name, corpus / name)
    settings = Settings(data_dir=root / "data", corpus_dir=corpus)
    index = Index(settings, embeddings=shared_embeddings)
    summary = sync(index, [corpus])
    assert summary.added == len(DOCUMENTS) + 2 and not summary.failed
    assert (Path(settings.data_dir) / "facts.sqlite").exists()
    return Assistant(settings, index=index)


def _ask(assistant: Assistant, question: str) -> Answer:
    answer = assistant.ask(question)
    assert answer.answered, answer.text
    _assert_exact_quotes(assistant, answer)
    return answer


def _assert_exact_quotes(assistant: Assistant, answer: Answer) -> None:
    for c in answer.citations:
        doc = assistant.index.registry.get_document(c.doc_id)
        assert doc is not None and doc.text[c.start:c.end] == c.quote, c


def _assert_lines_supported(answer: Answer) -> None:
    """Every line states only figures its own citations quote; nothing was dropped on the way out."""
    quotes = {c.n: c.quote for c in answer.citations}
    for line in answer.text.splitlines():
        assert not unsupported_numbers(line, quotes), line
    assert "removed" not in answer.notice, answer.notice


def _cited(answer: Answer) -> set[str]:
    return {c.doc_id for c in answer.citations}


def _bullets(answer: Answer) -> dict[str, str]:
    """'- **Label** (Employer): ...' lines of a list answer, by label."""
    found = {}
    for line in answer.text.splitlines():
        match = re.match(r"- \*\*(.+?)\*\*", line)
        if match:
            found[match.group(1)] = line
    return found


def _cited_in(answer: Answer, line: str) -> list:
    numbers = {int(n) for n in re.findall(r"\[(\d+)\]", line)}
    return [c for c in answer.citations if c.n in numbers]


# --- lists -----------------------------------------------------------------------------------------------------


def test_list_commercial_license_names_class_employer_and_cites_the_license(assistant):
    answer = _ask(assistant, "Which classes require a commercial driver's license?")
    assert answer.route == "facts"
    bullets = _bullets(answer)
    assert list(bullets) == ["Equipment Operator"], answer.text
    line = bullets["Equipment Operator"]
    assert "(Town of Alder Creek)" in line
    quotes = [c.quote for c in _cited_in(answer, line)]
    assert quotes == ["valid Class A commercial driver's license with tanker endorsement"]
    assert _cited(answer) == {EQUIPMENT}
    _assert_lines_supported(answer)


def test_list_scoped_by_employer_names_levels_and_the_class_without_one(assistant):
    answer = _ask(assistant, "Which Pinecrest Water District classes require a driver's license?")
    assert answer.route == "facts"
    bullets = _bullets(answer)
    assert list(bullets) == ["Water Treatment Operator I/II"], answer.text
    assert "Class C driver's license" in bullets["Water Treatment Operator I/II"]
    # the short scope also says which class states no such requirement (uncited: there is nothing to quote)
    assert "Office Assistant (Pinecrest Water District)" in answer.text
    assert _cited(answer) == {TREATMENT}
    assert "Equipment Operator" not in answer.text and "Butte" not in answer.text


def test_list_pay_threshold_prints_only_stated_figures(assistant):
    answer = _ask(assistant, "Which classes pay over $30 an hour?")
    assert answer.route == "facts"
    bullets = _bullets(answer)
    assert {"Water Treatment Operator II", "Equipment Operator", "Information Technology Specialist",
            "Accountant"} <= set(bullets), answer.text
    assert "Water Treatment Operator I" in bullets  # tops out at $34.95
    assert "Office Assistant" not in bullets  # tops out at $24.90
    assert "$31.60–$40.35 an hour" in bullets["Water Treatment Operator II"]
    # the Treatment Operator's annual pay is computed (2,080 hours), never stated: it must not be printed
    assert not re.search(r"65,?728|83,?928", answer.text)
    # MCPS states grades but no dollars: it is named as unranked, not listed
    assert "IT Systems Specialist" in answer.text.split("\n\n")[-1]
    for label, line in bullets.items():
        assert _cited_in(answer, line), label
    _assert_lines_supported(answer)


def test_list_exempt_at_one_employer_says_which_are_not(assistant):
    answer = _ask(assistant, "Which Town of Alder Creek positions are exempt from overtime?")
    assert answer.route == "facts"
    assert list(_bullets(answer)) == ["Accountant"], answer.text
    assert re.search(r"Equipment Operator \(Town of Alder Creek\): Non-exempt", answer.text)
    assert {c.quote for c in answer.citations} == {"FLSA Status:       Exempt", "FLSA Status:       Non-Exempt"}
    assert _cited(answer) == {ACCOUNTANT, EQUIPMENT}


def test_list_lift_threshold_collapses_levels_that_share_one_statement(assistant):
    answer = _ask(assistant, "Which jobs require lifting 50 pounds or more?")
    bullets = _bullets(answer)
    assert set(bullets) == {"Equipment Operator", "IT Systems Specialist (all levels)", "Water Treatment Operator I/II"}, answer.text
    assert "80 pounds" in bullets["Equipment Operator"]
    assert _cited(answer) == {EQUIPMENT, MCPS, TREATMENT}
    _assert_lines_supported(answer)


def test_levels_of_one_series_as_a_list(assistant):
    answer = _ask(assistant, "Which MCPS IT Systems Specialist levels are eligible for overtime pay?")
    assert answer.route == "facts"
    assert list(_bullets(answer)) == ["IT Systems Specialist Intern", "IT Systems Specialist I"], answer.text
    assert re.search(r"IT Systems Specialist II .*Exempt", answer.text)
    assert _cited(answer) == {MCPS}


def test_superlative_highest_paid_class(assistant):
    answer = _ask(assistant, "What is the highest-paid class?")
    assert answer.route == "facts"
    assert list(_bullets(answer)) == ["Accountant"], answer.text
    assert "$78,000.00–$99,600.00 a year" in answer.text
    assert _cited(answer) == {ACCOUNTANT}
    _assert_lines_supported(answer)


# --- comparisons ----------------------------------------------------------------------------------------------------


def test_comparison_is_a_markdown_table_with_cited_cells(assistant):
    answer = _ask(assistant, "Compare the Alder Creek Equipment Operator and the Pinecrest Office Assistant: "
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
    experience = {c.quote for c in _cited_in(answer, rows["Experience"])}
    assert experience == {"two (2) years of experience", "one (1) year of general clerical experience"}
    assert _cited(answer) == {EQUIPMENT, OFFICE}
    _assert_lines_supported(answer)
    # the API returns the same table as its answer
    assert answer.as_dict()["answer"].startswith("| Field |")


def test_comparison_says_which_pays_more_with_stated_figures(assistant):
    answer = _ask(assistant, "Which pays more at the top of its range: the Alder Creek Accountant or the "
                             "Butte County IT Specialist?")
    assert answer.text.splitlines()[0].startswith("| Field | Accountant (Town of Alder Creek) | Information Technology Specialist")
    verdict = answer.text.splitlines()[-1]
    assert verdict.startswith("**Accountant (Town of Alder Creek)** pays more")
    assert verdict.index("99,600.00") < verdict.index("70,636.80")
    assert _cited(answer) == {ACCOUNTANT, BUTTE}
    _assert_lines_supported(answer)


def test_comparison_of_two_levels_of_one_series(assistant):
    answer = _ask(assistant, "Compare Water Treatment Operator I and Water Treatment Operator II")
    header = answer.text.splitlines()[0]
    assert header.index("Water Treatment Operator I (") < header.index("Water Treatment Operator II (")
    experience = next(line for line in answer.text.splitlines() if line.startswith("| Experience"))
    assert "one (1) year" in experience and "three (3) years" in experience
    _assert_lines_supported(answer)


def test_comparison_of_requirements_by_name(assistant):
    answer = _ask(assistant, "Compare the lifting requirements for the Alder Creek Equipment Operator and Accountant.")
    assert answer.route == "facts"
    rows = [line for line in answer.text.splitlines() if line.startswith("| Lifting")]
    assert len(rows) == 1 and "80 pounds" in rows[0] and "20 pounds" in rows[0], answer.text
    assert _cited(answer) == {EQUIPMENT, ACCOUNTANT}


def test_comparison_of_a_fact_the_cards_lack_goes_to_retrieval(assistant):
    answer = assistant.ask("How do the probationary periods for the Alder Creek Equipment Operator and Accountant compare?")
    assert answer.route == "retrieval"


# --- series ---------------------------------------------------------------------------------------------------------


def test_series_levels_in_order_with_cited_grades(assistant):
    answer = _ask(assistant, "List the ITSS levels and their grades")
    assert answer.route == "facts"
    rows = [line for line in answer.text.splitlines() if line.startswith("| IT Systems Specialist")]
    assert [re.search(r"Grade (\d+)", row).group(1) for row in rows] == ["18", "20", "23", "25"]
    assert [row.split("|")[1].strip() for row in rows] == [
        "IT Systems Specialist Intern", "IT Systems Specialist I", "IT Systems Specialist II", "IT Systems Specialist III"]
    for row in rows:
        grade = re.search(r"Grade (\d+)", row).group(1)
        assert any(grade in c.quote for c in _cited_in(answer, row)), row
    assert _cited(answer) == {MCPS}


def test_series_paid_by_grade_shows_grades_for_pay(assistant):
    answer = _ask(assistant, "What does each ITSS level pay?")
    assert answer.route == "facts"
    assert "no dollar amounts were found" in answer.text
    assert {"18", "20", "23", "25"} <= set(re.findall(r"Grade (\d+)", answer.text))
    assert not re.search(r"\$", answer.text)


def test_series_from_a_level_table_with_pay(assistant):
    answer = _ask(assistant, "What are the Water Treatment Operator levels and their pay?")
    rows = [line for line in answer.text.splitlines() if line.startswith("| Water Treatment Operator")]
    assert len(rows) == 2 and "$27.40–$34.95 an hour" in rows[0] and "$31.60–$40.35 an hour" in rows[1]
    _assert_lines_supported(answer)


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
    assert answer is not None and answer.route == "facts" and list(_bullets(answer)) == ["Equipment Operator"]
    leaning = "Does it require a commercial driver's license?"
    assert route(AnswerState(leaning, history=history, snapshot=snap,
                             plan=plan_query(leaning, history, snap.catalog))) is None
    assert "facts route failed" not in caplog.text


def test_single_document_fact_answer_is_unchanged(assistant):
    answer = _ask(assistant, "What is the salary range for the Alder Creek Equipment Operator?")
    assert answer.route == "retrieval"
    assert "24.10" in answer.text and "30.80" in answer.text
    assert _cited(answer) == {EQUIPMENT}


def test_conversation_questions(assistant):
    history = [{"role": "user", "content": "What is the salary range for the Alder Creek Equipment Operator?"},
               {"role": "assistant", "content": "$24.10–$30.80 an hour [1]"}]
    # a corpus-wide question in the middle of a conversation is still answered from the cards
    answer = assistant.ask("Which classes require a commercial driver's license?", history)
    assert answer.route == "facts" and list(_bullets(answer)) == ["Equipment Operator"]
    # one that leans on the conversation goes to the follow-up path
    answer = assistant.ask("Does it require a commercial driver's license?", history)
    assert answer.route == "retrieval"
    # "IT" is not the pronoun
    answer = assistant.ask("Which IT classes pay over $30 an hour?", history)
    assert answer.route == "facts"
    assert set(_bullets(answer)) == {"Information Technology Specialist"}, answer.text


def test_who_questions_list_classes(assistant):
    answer = _ask(assistant, "Who needs a commercial driver's license?")
    assert answer.route == "facts" and list(_bullets(answer)) == ["Equipment Operator"]


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
    }
    for question, kind in cases.items():
        assert classify(question, plan_query(question, [], snap.catalog)) == kind, question
