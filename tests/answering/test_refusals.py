"""Refusals: ``answered`` is False, nothing is cited, no figure is invented, the closest documents are named.

Real components: the two seed documents plus a small two-level series document
this module writes (City of Alder "Office Assistant I/II"), synced once into a
real Chroma store with the real embedding model.
"""

from __future__ import annotations

import re
import shutil

import pytest

from assistant.answering.answer import Answer
from assistant.engine import Assistant
from assistant.index.index import Index
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.settings import Settings
from assistant.answering.verify import numbers_in

from conftest import BUTTE_NAME, CORPUS_DIR, MCPS_NAME, corpus_assistant

BUTTE = BUTTE_NAME[:-4]
MCPS = MCPS_NAME[:-4]
ALDER = "alder-office-assistant"

SERIES_DOC = """Office Assistant I/II
City of Alder

Definition
Under general supervision, performs routine clerical and office support work; answers telephones, greets visitors, files records and enters data.

Distinguishing Characteristics
Office Assistant I is the entry level in the Office Assistant series. Office Assistant II is the journey level, fully competent to perform the full range of office support duties.

Minimum Qualifications
Office Assistant I: graduation from high school or GED; no experience required.
Office Assistant II: graduation from high school or GED and one year of general clerical experience.

Licenses and Certificates
None required.

Salary
Office Assistant I: $17.50 - $21.25 hourly.
Office Assistant II: $19.75 - $24.10 hourly.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    root = tmp_path_factory.mktemp("refusals")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in (BUTTE_NAME, MCPS_NAME):
        shutil.copyfile(CORPUS_DIR / name, corpus / name)
    (corpus / f"{ALDER}.txt").write_text(SERIES_DOC, encoding="utf-8")
    settings = Settings(data_dir=root / "data", corpus_dir=corpus)
    index = Index(settings, embeddings=shared_embeddings)
    summary = sync(index, [corpus])
    assert summary.added == 3 and not summary.failed
    alder = index.registry.get_document(ALDER)
    assert alder is not None and alder.levels == ["I", "II"] and alder.employer == "City of Alder"
    return Assistant(settings, index=index)


@pytest.fixture(scope="module")
def labels(assistant) -> dict[str, str]:
    """How refusals name each document: "Title (Employer)", from the registry."""
    out = {}
    for doc in assistant.index.registry.ready_documents():
        out[doc.doc_id] = f"{doc.title} ({doc.employer})"
    assert out[BUTTE] == "Information Technology Specialist (Butte County)"
    assert out[MCPS] == "IT Systems Specialist (Montgomery County Public Schools)"
    assert out[ALDER].startswith("Office Assistant") and out[ALDER].endswith("(City of Alder)")
    return out


QUOTED = re.compile(r"“([^”]*)”")


def verbatim_quotes(assistant: Assistant, text: str) -> list[str]:
    """The “...” passages a refusal shows; each must be a document's own words (whitespace aside)."""
    quotes = QUOTED.findall(text)
    corpus = [" ".join(d.text.split()) for d in assistant.index.registry.all_documents(with_text=True)]
    for quote in quotes:
        if any(ch.isdigit() for ch in quote):
            assert any(" ".join(quote.split()) in doc for doc in corpus), f"not a verbatim passage: {quote!r}"
    return quotes


def assert_refusal(assistant: Assistant, answer: Answer, question: str) -> None:
    assert answer.answered is False, answer.text
    assert answer.citations == []
    assert answer.as_dict()["citations"] == [] and answer.as_dict()["answered"] is False
    assert answer.text.startswith("The classification documents don't answer that")
    # no figure that the question did not bring, except inside a verbatim passage of a document
    verbatim_quotes(assistant, answer.text)
    outside = QUOTED.sub(" ", answer.text)
    assert numbers_in(outside) <= numbers_in(question), answer.text
    assert "$" not in answer.text


def closest(answer: Answer) -> str:
    marker = "The closest documents I found: "
    assert marker in answer.text, answer.text
    return answer.text.split(marker, 1)[1]


def test_class_that_is_not_there(assistant, labels):
    question = "What is the salary of a Butte County Sheriff's Deputy?"
    answer = assistant.ask(question)
    assert_refusal(assistant, answer, question)
    assert "deputy" in answer.text.lower()  # says what is missing
    assert closest(answer).startswith(labels[BUTTE])  # the named employer's document comes first
    assert "25.34" not in answer.text


def test_class_and_employer_that_are_not_there(assistant):
    question = "What does a Springfield Nuclear Plant Safety Inspector earn per hour?"
    answer = assistant.ask(question)
    assert_refusal(assistant, answer, question)


def test_fact_not_stated(assistant, labels):
    question = "How many vacation days do MCPS IT Systems Specialists get?"
    answer = assistant.ask(question)
    assert_refusal(assistant, answer, question)
    assert "vacation" in answer.text
    assert closest(answer).startswith(labels[MCPS])


def test_fact_not_stated_for_named_class_with_known_words(assistant, labels):
    """Every word is in the corpus, the class is named, but its document states no probation period."""
    question = "What is the probationary period for the Butte County Information Technology Specialist?"
    answer = assistant.ask(question)
    assert_refusal(assistant, answer, question)
    assert labels[BUTTE] in answer.text


def test_dollar_salary_where_only_a_grade_is_given(assistant, labels):
    question = "What is the salary range for the MCPS IT Systems Specialist III in dollars?"
    answer = assistant.ask(question)
    assert_refusal(assistant, answer, question)
    assert "salary in dollars" in answer.text
    assert labels[MCPS] in closest(answer)
    # no other document's dollars, and no grade presented as pay
    assert not {"25.34", "33.96", "52707.2", "17.5", "19.75"} & numbers_in(answer.text)
    assert not re.search(r"\$|dollars? (?:of|is|are) \d|\d+ dollars", QUOTED.sub(" ", answer.text))
    # if the refusal points to the grade the document gives instead, it is level III's own line (grade 25)
    quotes = verbatim_quotes(assistant, answer.text)
    graded = [q for q in quotes if re.search(r"\bgrade\b", q, re.I)]
    for quote in graded:
        assert re.search(r"\bgrade 25\b", quote, re.I) and "23" not in quote and "18" not in quote, quote


def test_level_that_does_not_exist_in_a_two_level_series(assistant, labels):
    question = "What is the salary of an Office Assistant III?"
    answer = assistant.ask(question)
    assert_refusal(assistant, answer, question)
    assert "no level III of Office Assistant" in answer.text
    assert closest(answer).startswith(labels[ALDER])


def test_level_that_does_not_exist_other_intent(assistant, labels):
    question = "What education does an Office Assistant III need?"
    answer = assistant.ask(question)
    assert_refusal(assistant, answer, question)
    assert "level III" in answer.text and labels[ALDER] in closest(answer)


def test_existing_levels_of_the_series_are_answered(assistant):
    """Control for the two tests above: levels I and II are answered, each with its own range."""
    two = assistant.ask("What is the salary of a City of Alder Office Assistant II?")
    assert two.answered and {"19.75", "24.10"} <= {n if "." not in n else f"{float(n):.2f}" for n in numbers_in(two.text)}
    assert "17.50" not in two.text
    assert {c.doc_id for c in two.citations} == {ALDER}
    one = assistant.ask("What is the salary of an Office Assistant I?")
    assert one.answered and "17.50" in one.text and "21.25" in one.text
    assert "19.75" not in one.text


def test_missing_level_as_a_follow_up(assistant, labels):
    first = assistant.ask("What is the salary of an Office Assistant II?")
    assert first.answered
    history = [{"role": "user", "content": "What is the salary of an Office Assistant II?"},
               {"role": "assistant", "content": first.text}]
    question = "what about level III?"
    answer = assistant.ask(question, history)
    assert_refusal(assistant, answer, question)
    assert "no level III of Office Assistant" in answer.text
    assert labels[ALDER] in closest(answer)


def test_missing_mcps_level(assistant, labels):
    question = "What grade is the MCPS IT Systems Specialist V?"
    answer = assistant.ask(question)
    assert_refusal(assistant, answer, question)
    assert labels[MCPS] in answer.text


@pytest.mark.parametrize("question", [
    "What is the salary of a Butte County Sheriff's Deputy?",
    "What is the salary range for the MCPS IT Systems Specialist III in dollars?",
    "What is the salary of an Office Assistant III?",
])
def test_refusals_stream_the_same_refusal(assistant, question):
    events = list(assistant.stream(question))
    final = events[-1]
    assert final.kind == "answer" and final.answer is not None
    assert final.answer.answered is False and final.answer.citations == []
    assert final.answer.text == assistant.ask(question).text


def test_a_class_at_an_employer_no_document_belongs_to_is_refused(assistant):
    """"Office Assistant II at Lakeview County": the class exists, at another employer; its pay is not the answer."""
    answer = assistant.ask("What is the salary of an Office Assistant II at Lakeview County?")
    assert not answer.answered, answer.text
    assert "Lakeview County" in answer.text
    assert "19.75" not in answer.text


def test_an_abbreviation_with_its_level_attached_names_the_level(assistant):
    """"OA2" is Office Assistant II, not the series in general."""
    answer = assistant.ask("how much does an OA2 make at the City of Alder?")
    assert answer.answered, answer.text
    assert "19.75" in answer.text and "17.50" not in answer.text


def test_a_class_one_letter_from_a_document_word_is_not_there(assistant):
    """'police' is spelled right: the documents' 'policy' is another word, so no document mentions the class."""
    question = "What are the requirements to become a Police Officer with Butte County?"
    answer = assistant.ask(question)
    assert_refusal(assistant, answer, question)
    assert "police" in answer.text.lower()


def test_a_long_descriptions_own_words_and_joining_words_are_no_unknown_subject(assistant):
    """The gate on words no document uses reads the subject's words, not a description's own verbs among many known
    ones, nor joining words ('while'); a short question about a thing no document has still meets it."""
    from assistant.answering.evidence import unknown_terms
    from assistant.query.plan import plan_query

    snap = assistant.snapshots.get(assistant.index)
    long_one = plan_query("What does the clerical job pay that answers telephones, greets visitors, files records and "
                          "enters data while juggling the front counter?", [], snap.catalog)
    assert unknown_terms(long_one, snap) == []
    short = plan_query("Which job gets a snowmobile stipend?", [], snap.catalog)
    assert "snowmobile" in unknown_terms(short, snap)



def test_initials_of_a_name_the_documents_write_out_and_a_preference_are_no_unknown_subject(tmp_path,
                                                                                            shared_embeddings):
    """"LPD" typed in capitals is the Larkmoor Police Department the document writes out; "preferred" asks how much
    a thing is wanted. A word no document has is still unknown."""
    from conftest import corpus_assistant
    from assistant.answering.evidence import unknown_terms
    from assistant.query.plan import plan_query

    spec = ("# Police Service Representative\n\nCity of Larkmoor\n\n## Definition\n\nAnswers emergency and "
            "non-emergency calls for the Larkmoor Police Department and dispatches patrol units by radio.\n")
    larkmoor = corpus_assistant(tmp_path, {"larkmoor-police-service-representative.md": spec}, shared_embeddings)
    snap = larkmoor.snapshots.get(larkmoor.index)
    plan = plan_query("For the LPD's call-taker job, is any snowmobile preferred?", [], snap.catalog)
    assert unknown_terms(plan, snap) == ["snowmobile"], unknown_terms(plan, snap)


def test_a_title_word_cut_short_and_a_generic_verb_are_no_unknown_subject(assistant):
    """"butte county info technol specialist - can i bring a snowmobile?": "technol" is the title's "Technology" cut
    short, "bring" asks nothing; the snowmobile is still what no document mentions."""
    from assistant.answering.evidence import unknown_terms
    from assistant.query.plan import plan_query

    snap = assistant.snapshots.get(assistant.index)
    plan = plan_query("butte county information technol specialist - can i bring a snowmobile?", [], snap.catalog)
    assert plan.doc_ids and unknown_terms(plan, snap) == ["snowmobile"], (plan.doc_ids, unknown_terms(plan, snap))


def test_till_joins_the_question_and_names_no_subject(assistant):
    """"… if i worked there till last year?": "till" is "until", no subject the documents must mention."""
    from assistant.answering.evidence import unknown_terms
    from assistant.query.plan import plan_query

    snap = assistant.snapshots.get(assistant.index)
    plan = plan_query("butte county information technology specialist - can i apply if i worked in county service till last "
                      "year?", [], snap.catalog)
    assert plan.doc_ids and unknown_terms(plan, snap) == [], unknown_terms(plan, snap)
