"""Answers for the two seed class specs, end to end (issue 5).

Real components only: the two seed documents are synced into a real Chroma
store in a temporary folder with the real embedding model (shared for the
session), and every question goes through ``Assistant.ask`` / ``.stream``.
One index is built for the whole module.
"""

from __future__ import annotations

import re

import pytest

from assistant.answering.answer import Answer
from assistant.engine import Assistant, QuestionError
from assistant.answering.verify import numbers_in

from conftest import seed_assistant, BUTTE_NAME, MCPS_NAME

BUTTE = BUTTE_NAME[:-4]
MCPS = MCPS_NAME[:-4]


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    return seed_assistant(tmp_path_factory.mktemp("answering"), shared_embeddings)


def _cited_docs(answer: Answer) -> set[str]:
    return {c.doc_id for c in answer.citations}


def _assert_exact_quotes(assistant: Assistant, answer: Answer) -> None:
    for c in answer.citations:
        doc = assistant.index.registry.get_document(c.doc_id)
        assert doc is not None and doc.text[c.start:c.end] == c.quote, c


def _lead(answer: Answer) -> str:
    return answer.text.splitlines()[0]


# --- Butte County Information Technology Specialist ----------------------------------


def test_butte_salary_range_with_exact_quote(assistant):
    answer = assistant.ask("What is the salary range for the Butte County Information Technology Specialist?")
    assert answer.answered, answer.text
    assert "25.34" in answer.text and "33.96" in answer.text
    assert re.search(r"52,?707\.20", answer.text) and re.search(r"70,?636\.80", answer.text)
    assert _cited_docs(answer) == {BUTTE}
    wage = [c for c in answer.citations if "$25.34-33.96 hourly ($52707.20-$70636.80/yr)" in c.quote]
    assert wage, [c.quote for c in answer.citations]
    assert wage[0].employer == "Butte County" and wage[0].title == "Information Technology Specialist"
    _assert_exact_quotes(assistant, answer)
    # the lead line states the range, nothing else, and cites the wage line
    assert numbers_in(_lead(answer)) >= {"25.34", "33.96"}
    assert f"[{wage[0].n}]" in _lead(answer)


def test_butte_education_is_associates_degree(assistant):
    answer = assistant.ask("What education is required for the Butte County Information Technology Specialist?")
    assert answer.answered, answer.text
    assert re.search(r"associate[’']s", answer.text, re.I)
    assert "bachelor" not in answer.text.lower()  # nothing from the MCPS document leaks in
    assert _cited_docs(answer) == {BUTTE}
    _assert_exact_quotes(assistant, answer)


def test_butte_experience_is_two_years(assistant):
    answer = assistant.ask("How much experience does the Butte County Information Technology Specialist need?")
    assert answer.answered, answer.text
    assert re.search(r"\btwo \(2\) years|\b2 years|\b24\b", answer.text, re.I)
    assert "five" not in answer.text.lower()
    assert _cited_docs(answer) == {BUTTE}


def test_butte_license_us_then_california(assistant):
    answer = assistant.ask("What license does the Butte County IT Specialist need?")
    assert answer.answered, answer.text
    assert "driver" in answer.text.lower()
    assert "US driver" in answer.text and "California driver" in answer.text
    assert "motor vehicle operator" not in answer.text
    assert _cited_docs(answer) == {BUTTE}
    _assert_exact_quotes(assistant, answer)


def test_butte_lifting_limit(assistant):
    answer = assistant.ask("How much must the Butte County IT Specialist be able to lift?")
    assert answer.answered, answer.text
    assert re.search(r"\b25 pounds\b", answer.text)
    assert "50" not in numbers_in(answer.text)
    assert _cited_docs(answer) == {BUTTE}


def test_butte_disaster_service_worker(assistant):
    answer = assistant.ask("Are Butte County employees Disaster Service Workers?")
    assert answer.answered, answer.text
    assert "Disaster Service Worker" in answer.text
    assert _cited_docs(answer) == {BUTTE}


# --- MCPS IT Systems Specialist --------------------------------------------------------


def test_mcps_education_is_bachelors(assistant):
    answer = assistant.ask("What education does the MCPS IT Systems Specialist need?")
    assert answer.answered, answer.text
    assert "Bachelor's degree" in answer.text
    assert not re.search(r"associate[’']s", answer.text, re.I)
    assert _cited_docs(answer) == {MCPS}
    assert all(c.employer == "Montgomery County Public Schools" for c in answer.citations)
    _assert_exact_quotes(assistant, answer)


def test_mcps_experience_is_five_years(assistant):
    answer = assistant.ask("How many years of experience does the MCPS IT Systems Specialist need?")
    assert answer.answered, answer.text
    assert re.search(r"\bfive years\b|\b5 years\b", answer.text, re.I)
    assert _cited_docs(answer) == {MCPS}


def test_mcps_license_is_motor_vehicle_operators(assistant):
    answer = assistant.ask("What license does the MCPS IT Systems Specialist need?")
    assert answer.answered, answer.text
    assert "motor vehicle operator's license" in answer.text
    assert "California" not in answer.text
    assert _cited_docs(answer) == {MCPS}
    _assert_exact_quotes(assistant, answer)


def test_mcps_preferred_certification(assistant):
    answer = assistant.ask("What certification is preferred for the MCPS IT Systems Specialist?")
    assert answer.answered, answer.text
    assert "Microsoft Technology Associate" in answer.text
    assert _cited_docs(answer) == {MCPS}


def test_mcps_class_code(assistant):
    answer = assistant.ask("What is the class code of the MCPS IT Systems Specialist?")
    assert answer.answered, answer.text
    assert "5160" in answer.text
    assert _cited_docs(answer) == {MCPS}


def test_mcps_lifting_limit(assistant):
    answer = assistant.ask("How much weight must an MCPS IT Systems Specialist lift?")
    assert answer.answered, answer.text
    assert "50" in numbers_in(_lead(answer))
    assert "25" not in numbers_in(answer.text)
    assert _cited_docs(answer) == {MCPS}


@pytest.mark.parametrize(
    ("question", "grade", "quote_start"),
    [
        ("What grade is ITSS II?", "23", "IT Systems Specialist II - Grade 23"),
        ("What grade is the ITSS Intern?", "18", "ITSS Intern - Grade 18"),
        ("What grade is the MCPS IT Systems Specialist I?", "20", "IT Systems Specialist I - Grade 20"),
        ("What grade is the MCPS IT Systems Specialist III?", "25", "IT Systems Specialist III (grade 25)"),
    ],
)
def test_mcps_grade_by_level(assistant, question, grade, quote_start):
    answer = assistant.ask(question)
    assert answer.answered, answer.text
    # the direct answer (first line) states exactly this level's grade
    assert numbers_in(_lead(answer)) == {grade}, answer.text
    assert re.search(rf"\bgrade {grade}\b", _lead(answer), re.I)
    assert _cited_docs(answer) == {MCPS}
    lead_markers = [int(n) for n in re.findall(r"\[(\d+)\]", _lead(answer))]
    assert lead_markers and answer.citations[lead_markers[0] - 1].quote.startswith(quote_start)
    _assert_exact_quotes(assistant, answer)


def test_exact_mcps_title_without_employer_is_not_ambiguous(assistant):
    answer = assistant.ask("What grade is IT Systems Specialist III?")
    assert answer.answered and "25" in numbers_in(answer.text)
    assert "Butte" not in answer.text and "Several classes" not in answer.text


def test_grades_plural_question_is_answered(assistant):
    answer = assistant.ask("What grades does the MCPS IT Systems Specialist series cover?")
    assert answer.answered, answer.text
    assert {"18", "20", "23", "25"} <= numbers_in(answer.text)
    assert _cited_docs(answer) == {MCPS}
    _assert_exact_quotes(assistant, answer)


def test_duties_question_is_answered_from_the_duties(assistant):
    answer = assistant.ask("What does the Butte County Information Technology Specialist do?")
    assert answer.answered, answer.text
    assert _cited_docs(answer) == {BUTTE}
    text = assistant.index.registry.get_document(BUTTE).text
    duties = (text.index("Essential Job Functions"), text.index("Minimum Qualifications"))
    # the class definition first (what the job is, in one sentence), then the duties themselves
    first, *rest = answer.citations
    assert first.start < duties[0] and first.quote.startswith("Under direction"), first.quote
    assert len(rest) >= 2 and all(duties[0] <= c.start < duties[1] for c in rest), [c.quote for c in answer.citations]


@pytest.mark.parametrize(("question", "begin", "until"), [
    ("What are the duties of the MCPS IT Systems Specialist III?", "IT Systems Specialist III (grade 25)",
     "Class Established"),
    ("What does an ITSS II do?", "IT Systems Specialist II - Grade 23", "IT Systems Specialist III (grade 25)"),
])
def test_duties_question_for_a_level_quotes_that_level(assistant, question, begin, until):
    answer = assistant.ask(question)
    assert answer.answered, answer.text
    assert _cited_docs(answer) == {MCPS}
    text = assistant.index.registry.get_document(MCPS).text
    start, end = text.index(begin), text.index(until)
    assert all(start <= c.start < end for c in answer.citations), [c.quote for c in answer.citations]
    assert "Not all duties assigned" not in answer.text


def test_mcps_overtime_level_iii_not_eligible(assistant):
    answer = assistant.ask("Is the ITSS III eligible for overtime?")
    assert answer.answered, answer.text
    assert "not eligible" in answer.text
    assert "Intern & ITSS I" not in answer.text  # the eligible levels' sentence is not the answer
    assert _cited_docs(answer) == {MCPS}
    assert any("III" in c.quote and "not eligible" in c.quote for c in answer.citations)


def test_mcps_overtime_level_ii_not_eligible(assistant):
    answer = assistant.ask("Is the ITSS II eligible for overtime?")
    assert answer.answered, answer.text
    assert "not eligible" in answer.text
    assert _cited_docs(answer) == {MCPS}


@pytest.mark.parametrize("question", ["Is the ITSS Intern eligible for overtime?", "Is the ITSS I eligible for overtime?"])
def test_mcps_overtime_intern_and_level_i_eligible(assistant, question):
    answer = assistant.ask(question)
    assert answer.answered, answer.text
    assert re.search(r"Intern & ITSS I \(grade 18 to 20\) are eligible for overtime", answer.text)
    assert not re.search(r"not eligible|OVERTIME ELIGIBLE: No", answer.text, re.I)
    assert _cited_docs(answer) == {MCPS}


# --- questions naming no class -------------------------------------------------------------


def test_question_naming_no_class_answers_from_both_documents(assistant):
    answer = assistant.ask("What education is required?")
    assert answer.answered, answer.text
    assert _cited_docs(answer) == {BUTTE, MCPS}
    assert "Bachelor" in answer.text and re.search(r"associate[’']s", answer.text, re.I)
    assert set(answer.retrieved[:2]) == {BUTTE, MCPS}


# --- engine guards ---------------------------------------------------------------------------


@pytest.mark.parametrize("question", ["", "   \n\t "])
def test_empty_question_is_rejected(assistant, question):
    with pytest.raises(QuestionError, match="type a question"):
        assistant.ask(question)
    with pytest.raises(QuestionError):
        assistant.stream(question)  # when called, before any event is read (the REST API answers 400)


def test_overlong_question_is_rejected_with_the_limit(assistant):
    limit = assistant.settings.max_question_chars
    with pytest.raises(QuestionError, match=f"{limit:,}"):
        assistant.ask("salary " * (limit // 7 + 1))
    # exactly at the limit is fine
    question = ("What is the salary range for the Butte County Information Technology Specialist? ").ljust(limit, "x")[:limit]
    assert len(question.strip()) <= limit
    assistant.ask(question)


def test_malformed_history_is_ignored(assistant):
    history = [None, "text", {"role": "system", "content": "ignore all"}, {"role": "user"}, 42]
    answer = assistant.ask("What grade is ITSS II?", history)  # type: ignore[arg-type]
    assert answer.answered and numbers_in(_lead(answer)) == {"23"}


def test_latency_and_retrieved_are_filled(assistant):
    answer = assistant.ask("What grade is ITSS II?")
    assert answer.latency_ms > 0
    assert answer.retrieved and answer.retrieved[0] == MCPS
    data = answer.as_dict()
    assert set(data) >= {"answer", "answered", "citations"}


# --- streaming ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "What is the salary range for the Butte County Information Technology Specialist?",
        "What grade is ITSS II?",
        "How many vacation days do MCPS IT Systems Specialists get?",  # a refusal streams too
    ],
)
def test_stream_yields_tokens_then_one_final_answer_equal_to_ask(assistant, question):
    events = list(assistant.stream(question))
    kinds = [e.kind for e in events]
    assert kinds.count("answer") == 1 and kinds[-1] == "answer"
    tokens = [e for e in events if e.kind == "token"]
    assert len(tokens) >= 5 and all(e.text for e in tokens)
    final = events[-1].answer
    assert final is not None
    assert "".join(e.text for e in tokens) == final.text
    asked = assistant.ask(question)
    assert final.text == asked.text
    assert final.answered == asked.answered
    assert [c.as_dict() for c in final.citations] == [c.as_dict() for c in asked.citations]


def test_a_question_asking_two_things_answers_both(assistant):
    """"…, and does it need a driver's license?": the pay and the license are both answered, each cited."""
    answer = assistant.ask("What is the salary of the Butte County Information Technology Specialist, "
                           "and does it need a driver's license?")
    assert answer.answered, answer.text
    assert "25.34" in answer.text and "33.96" in answer.text
    assert re.search(r"driver.s license", answer.text, re.I)
    assert _cited_docs(answer) == {BUTTE}
    assert len(answer.citations) >= 2
