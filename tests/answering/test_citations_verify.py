"""Citations are exact spans of the registry's text, markers resolve, and numbers are verified (issue 5).

The answer-level checks run real questions through ``Assistant.ask`` over the
seed corpus in a real Chroma store (one per module); ``enforce_numbers`` and
``verify_answer`` are also exercised directly, the latter with the real snapshot.
"""

from __future__ import annotations

import re

import pytest

from assistant.answering.answer import Answer
from assistant.answering.chain import verify_answer
from assistant.answering.citations import CitationBuilder, markers, strip_markers
from assistant.engine import Assistant
from assistant.answering.verify import enforce_numbers, numbers_in, split_sentences, unsupported_numbers

from conftest import seed_assistant, BUTTE_NAME, MCPS_NAME

BUTTE = BUTTE_NAME[:-4]
MCPS = MCPS_NAME[:-4]
WAGE_LINE = "Wage Range: $25.34-33.96 hourly ($52707.20-$70636.80/yr)"


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    return seed_assistant(tmp_path_factory.mktemp("citations"), shared_embeddings)


@pytest.fixture(scope="module")
def snap(assistant):
    return assistant.snapshots.get(assistant.index)


def span_of(snap, doc_id: str, needle: str) -> tuple[int, int]:
    text = snap.documents[doc_id].text
    start = text.index(needle)
    return start, start + len(needle)


def check_citations(assistant: Assistant, answer: Answer) -> None:
    """Every invariant a cited answer must satisfy against the registry."""
    registry = assistant.index.registry
    numbers = [c.n for c in answer.citations]
    assert numbers == list(range(1, len(numbers) + 1)), numbers
    used = markers(answer.text)
    # every marker resolves, every citation is used, and they are numbered in order of first use
    assert used == numbers, (used, numbers, answer.text)
    assert all(1 <= int(n) <= len(numbers) for n in re.findall(r"\[(\d+)\]", answer.text))
    for c in answer.citations:
        doc = registry.get_document(c.doc_id)
        assert doc is not None, c.doc_id
        assert 0 <= c.start < c.end <= len(doc.text)
        assert c.quote == doc.text[c.start:c.end], c
        assert c.quote.strip() == c.quote and c.quote
        assert (c.source, c.title, c.employer) == (doc.source, doc.title, doc.employer)
        assert c.section  # every quote says which section it is from
        assert c.page is None  # the seed documents are .txt files
        data = c.as_dict()
        assert list(data) == ["n", "doc_id", "source", "title", "employer", "section", "quote", "start", "end", "page"]
    # the answer passes its own number check: nothing left to drop
    text, dropped = enforce_numbers(answer.text, {c.n: c.quote for c in answer.citations})
    assert dropped == [], dropped


QUESTIONS = [
    "What is the salary range for the Butte County Information Technology Specialist?",
    "What education is required for the Butte County Information Technology Specialist?",
    "What license does the Butte County IT Specialist need?",
    "How much experience does the Butte County Information Technology Specialist need?",
    "What grade is ITSS II?",
    "What grade is the ITSS Intern?",
    "Is the ITSS III eligible for overtime?",
    "What education does the MCPS IT Systems Specialist need?",
    "How much weight must an MCPS IT Systems Specialist lift?",
    "What is the class code of the MCPS IT Systems Specialist?",
    "What education is required?",  # no class named: two documents, citations from both
    "What are the physical requirements?",
    "Is the ITSS I eligible for overtime?",
]


@pytest.mark.parametrize("question", QUESTIONS)
def test_answer_citations_are_exact_registry_spans(assistant, question):
    answer = assistant.ask(question)
    assert answer.answered, answer.text
    assert answer.citations
    check_citations(assistant, answer)


def test_follow_up_answer_citations_are_exact(assistant):
    history: list[dict[str, str]] = []
    for question in ["What grade is ITSS II?", "and what does it need for education?", "Does it require a driver's license?"]:
        answer = assistant.ask(question, history)
        assert answer.answered, answer.text
        check_citations(assistant, answer)
        history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]


def test_two_document_answer_cites_each_document_under_its_heading(assistant):
    answer = assistant.ask("What education is required?")
    check_citations(assistant, answer)
    by_n = {c.n: c for c in answer.citations}
    for block in [b for b in answer.text.split("\n\n") if re.search(r"\[\d+\]", b)]:
        docs = {by_n[n].doc_id for n in markers(block)}
        assert len(docs) == 1, block  # a paragraph never mixes documents
        employer = by_n[markers(block)[0]].employer
        assert employer in block


def test_salary_citation_is_the_wage_line(assistant):
    answer = assistant.ask("What is the salary range for the Butte County Information Technology Specialist?")
    check_citations(assistant, answer)
    first = answer.citations[0]
    assert first.doc_id == BUTTE and first.quote == WAGE_LINE
    doc = assistant.index.registry.get_document(BUTTE)
    assert doc.text.index(WAGE_LINE) == first.start


def test_stream_final_answer_citations_are_exact(assistant):
    events = list(assistant.stream("What grade is the ITSS Intern?"))
    final = events[-1].answer
    assert final is not None and final.answered
    check_citations(assistant, final)


# --- enforce_numbers / unsupported_numbers ----------------------------------------------------


def test_sentence_with_number_not_in_its_quote_is_dropped():
    text, dropped = enforce_numbers("It pays $99.99 [1].", {1: WAGE_LINE})
    assert text == "" and dropped == ["It pays $99.99 [1]."]


def test_formatted_amount_matches_unformatted_quote():
    sentence = "The annual range is $52,707.20 to $70,636.80 [1]."
    text, dropped = enforce_numbers(sentence, {1: WAGE_LINE})
    assert dropped == [] and text == sentence
    assert unsupported_numbers("$52,707.20 [1]", {1: "($52707.20-$70636.80/yr)"}) == []


def test_only_the_bad_sentence_is_dropped():
    answer = "The wage is $25.34 to $33.96 an hour [1]. It also pays a $99.99 bonus [1]. Grade 23 applies [2]."
    quotes = {1: WAGE_LINE, 2: "IT Systems Specialist II - Grade 23 - Able to perform the duties"}
    text, dropped = enforce_numbers(answer, quotes)
    assert dropped == ["It also pays a $99.99 bonus [1]."]
    assert "$25.34" in text and "Grade 23 applies [2]." in text and "99.99" not in text


def test_number_must_be_in_the_sentence_own_citation():
    """23 is in quote 2, but the sentence cites only quote 1."""
    quotes = {1: WAGE_LINE, 2: "IT Systems Specialist II - Grade 23"}
    text, dropped = enforce_numbers("It is grade 23 [1].", quotes)
    assert dropped == ["It is grade 23 [1]."] and text == ""
    assert enforce_numbers("It is grade 23 [2].", quotes)[1] == []
    assert enforce_numbers("It is grade 23 [1][2].", quotes)[1] == []


def test_uncited_sentence_with_a_number_is_dropped():
    text, dropped = enforce_numbers("Grade 23 [1]. Most staff get 15 days off.", {1: "Grade 23"})
    assert dropped == ["Most staff get 15 days off."] and text == "Grade 23 [1]."


def test_uncited_sentence_without_numbers_is_kept():
    answer = "From the specification:\n- Grade 23 [1]"
    assert enforce_numbers(answer, {1: "Grade 23"}) == (answer, [])


def test_the_source_line_naming_a_class_with_a_digit_is_kept():
    """"From the Environmental Scientist 2 (State of Calverra) specification:" names the class; its "2" is no figure
    (dropped, the answer lost the class's name that a "what job is that?" asks)."""
    answer = ("$61,200 a year [1]\nFrom the Environmental Scientist 2 (State of Calverra) specification.\n"
              "From the Environmental Scientist 2 (State of Calverra) specification:\n- Travel: up to 40% [2]")
    assert enforce_numbers(answer, {1: "$61,200 - $80,400 annually", 2: "Travel: up to 40%"}) == (answer, [])
    assert enforce_numbers("From the 3 best passages: 40% [1]", {1: "40%"})[1] == ["From the 3 best passages: 40% [1]"]


def test_number_words_in_the_quote_support_digits():
    quote = "Two (2) years of increasingly responsible experience"
    assert enforce_numbers("It needs 2 years [1].", {1: quote})[1] == []
    assert enforce_numbers("It needs 5 years [1].", {1: "A minimum of five years of experience"})[1] == []
    assert enforce_numbers("It needs 3 years [1].", {1: quote})[1] == ["It needs 3 years [1]."]


def test_marker_numbers_are_not_figures():
    assert numbers_in("Grade 23 [12]") == {"23"}
    assert enforce_numbers("See the wage line [7].", {7: WAGE_LINE})[1] == []


def test_table_row_with_unsupported_figure_is_dropped():
    answer = "| Level | Grade |\n|---|---|\n| II | 23 [1] |\n| III | 27 [1] |"
    text, dropped = enforce_numbers(answer, {1: "IT Systems Specialist II - Grade 23"})
    assert dropped == ["| III | 27 [1] |"]
    assert "| II | 23 [1] |" in text and "|---|---|" in text


def test_numbers_in_canonical_forms():
    assert numbers_in("$52,707.20 a year, grade 23") == {"52707.2", "23"}
    assert numbers_in("$25.00 hourly") == {"25"}
    assert "2" in numbers_in("two (2) years")


def test_split_sentences_keeps_markers_with_their_sentence():
    parts = split_sentences("Grade 23 [1]. Not eligible for overtime [2][3]. Done.")
    assert parts == ["Grade 23 [1].", "Not eligible for overtime [2][3].", "Done."]


# --- verify_answer with the real snapshot ----------------------------------------------------------


def test_verify_answer_drops_invented_sentence_and_renumbers(snap):
    builder = CitationBuilder(snap)
    n_wage = builder.cite(BUTTE, *span_of(snap, BUTTE, WAGE_LINE), "Wage Range")
    n_min = builder.cite(BUTTE, *span_of(snap, BUTTE, "Minimum Hourly Wage: 25.34"), "Minimum Education and Experience")
    n_grade = builder.cite(MCPS, *span_of(snap, MCPS, "IT Systems Specialist II - Grade 23"), "Duties")
    text = (f"A $99.99 signing bonus is paid [{n_wage}]. The wage starts at $25.34 an hour [{n_min}]. "
            f"ITSS II is grade 23 [{n_grade}].")
    draft_text, citations = builder.finalize(text)
    draft = Answer(text=draft_text, answered=True, citations=citations)
    checked = verify_answer(draft, snap)
    assert checked.answered
    assert "99.99" not in checked.text and "$25.34" in checked.text and "grade 23" in checked.text
    assert [c.n for c in checked.citations] == [1, 2] and markers(checked.text) == [1, 2]
    assert checked.citations[0].quote == "Minimum Hourly Wage: 25.34"
    assert checked.citations[1].quote == "IT Systems Specialist II - Grade 23"
    assert "1 unsupported statement(s) removed" in checked.notice
    for c in checked.citations:
        assert snap.documents[c.doc_id].text[c.start:c.end] == c.quote


def test_verify_answer_refuses_when_nothing_survives(snap):
    builder = CitationBuilder(snap)
    n = builder.cite(BUTTE, *span_of(snap, BUTTE, WAGE_LINE), "Wage Range")
    text, citations = builder.finalize(f"It pays $99.99 an hour [{n}].")
    checked = verify_answer(Answer(text=text, answered=True, citations=citations), snap)
    assert checked.answered is False and checked.citations == []
    assert "99.99" not in checked.text


def test_verify_answer_leaves_supported_answer_untouched(snap):
    builder = CitationBuilder(snap)
    n = builder.cite(BUTTE, *span_of(snap, BUTTE, WAGE_LINE), "Wage Range")
    text, citations = builder.finalize(f"$25.34–$33.96 an hour ($52,707.20–$70,636.80 a year) [{n}]")
    draft = Answer(text=text, answered=True, citations=citations)
    assert verify_answer(draft, snap) is draft


# --- CitationBuilder / markers ---------------------------------------------------------------------


def test_builder_same_span_same_number_and_finalize_renumbers_by_first_use(snap):
    builder = CitationBuilder(snap)
    a = builder.cite(BUTTE, *span_of(snap, BUTTE, WAGE_LINE), "Wage Range")
    b = builder.cite(MCPS, *span_of(snap, MCPS, "IT Systems Specialist II - Grade 23"), "Duties")
    c = builder.cite(MCPS, *span_of(snap, MCPS, "Ability to lift up to 50lbs."), "Physical Demands")
    assert (a, b, c) == (1, 2, 3)
    assert builder.cite(BUTTE, *span_of(snap, BUTTE, WAGE_LINE), "Wage Range") == 1
    text, citations = builder.finalize("Lifts 50 pounds [3]. Pays hourly [1]. Lifts again [3]. Bad [9].")
    assert text == "Lifts 50 pounds [1]. Pays hourly [2]. Lifts again [1]. Bad ."
    assert [(x.n, x.quote) for x in citations] == [(1, "Ability to lift up to 50lbs."), (2, WAGE_LINE)]
    assert citations[0].employer == "Montgomery County Public Schools" and citations[1].employer == "Butte County"


def test_markers_and_strip_markers():
    assert markers("Pays well [2][1]. Grade [2].") == [2, 1]
    assert strip_markers("Grade 23 [1][2].") == "Grade 23 ."
    assert markers("no markers here, [a] [1000]") == []


def test_joined_answers_renumber_markers_and_drop_repeated_lines(assistant):
    """Two parts' answers become one: the second part's [1] follows the first part's numbers, a span both
    parts cite keeps one number, and a line that only repeats an earlier quote is left out."""
    from assistant.answering.citations import join_answers

    snap = assistant.snapshots.get(assistant.index)
    doc_id = next(iter(snap.documents))
    first = CitationBuilder(snap)
    a = first.cite(doc_id, 0, 20, "Header")
    text_one, cites_one = first.finalize(f"- first quote [{a}]")
    second = CitationBuilder(snap)
    b = second.cite(doc_id, 0, 20, "Header")
    c = second.cite(doc_id, 30, 60, "Header")
    text_two, cites_two = second.finalize(f"- first quote [{b}]\n- new quote [{c}]")
    text, citations = join_answers([(text_one, cites_one), (text_two, cites_two)])
    assert text == "- first quote [1]\n\n- new quote [2]"
    assert [(c.n, c.start, c.end) for c in citations] == [(1, 0, 20), (2, 30, 60)]
    # another thing said of the same passage ("Grade 0312 [1]", then "$34.62–$44.87 an hour [1]") stays
    third = CitationBuilder(snap)
    d = third.cite(doc_id, 0, 20, "Header")
    text_three, cites_three = third.finalize(f"$34.62–$44.87 an hour [{d}]")
    text, _ = join_answers([(text_one, cites_one), (text_three, cites_three)])
    assert text == "- first quote [1]\n\n$34.62–$44.87 an hour [1]"


def test_a_class_named_in_bold_is_a_name_not_a_figure():
    line = "- **Environmental Scientist 2** (State of Calverra): Exempt (not eligible for overtime) [1]"
    assert enforce_numbers(line, {1: "FLSA: Exempt"}) == (line, [])
    assert enforce_numbers("- **Planner 3**: $99.99 a month [1]", {1: "FLSA: Exempt"})[1]  # its figures still count


def test_a_repeated_line_is_dropped_though_the_second_part_labels_it_with_its_section():
    """A second part quoting the same passage as the first, but under its section's label ("Distinguishing
    Characteristics: …"), repeats it: the line is left out."""
    from assistant.answering.answer import Citation
    from assistant.answering.citations import join_answers

    def cite(n: int) -> Citation:
        return Citation(n, "d", "d.md", "Epidemiologist", "Carnwick County", "Distinguishing Characteristics",
                        "Epidemiologist II | Journey level.", 100, 134)

    text, _ = join_answers([("- Level: Epidemiologist II; Role: Journey level. [1]", [cite(1)]),
                            ("- Distinguishing Characteristics: Level: Epidemiologist II; Role: Journey level. [1]",
                             [cite(1)])])
    assert text == "- Level: Epidemiologist II; Role: Journey level. [1]", text
