"""The one sentence rule (assistant.text.sentence_breaks) as each reader uses it."""

from __future__ import annotations

from assistant.answering.verify import split_sentences
from assistant.text import sentence_breaks, sentence_spans, sentences


def _texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[a:b] for a, b in spans]


def test_breaks_skip_abbreviations_and_initials() -> None:
    text = "Works for the Dept. of Labor. Needs e.g. a license from the U.S. Army. Reports to J. Smith daily."
    assert _texts(text, sentences(text)) == [
        "Works for the Dept. of Labor.", "Needs e.g. a license from the U.S. Army.", "Reports to J. Smith daily."]


def test_a_level_numeral_ends_a_sentence() -> None:
    text = "Promotes to Technician II. Performs repairs."
    assert _texts(text, sentences(text)) == ["Promotes to Technician II.", "Performs repairs."]


def test_a_sentence_keeps_its_closing_quote_and_citation_markers() -> None:
    text = 'He said "go." Then 2 more. It pays $20. [1][2] Next one.'
    assert _texts(text, sentences(text)) == ['He said "go."', "Then 2 more.", "It pays $20. [1][2]", "Next one."]


def test_breaks_are_end_and_next_start() -> None:
    assert sentence_breaks("One. Two.") == [(4, 5)]
    assert sentence_breaks("One. two.") == []  # a lower-case word does not start a sentence
    assert sentence_breaks("Wait... Then") == []  # nor after an ellipsis


def test_readers_share_the_rule() -> None:
    answer = "The pay is $20 an hour. [1] It is exempt. [2]"
    assert split_sentences(answer) == ["The pay is $20 an hour. [1]", "It is exempt. [2]"]
    text = "Duties\n- Drives a bus. Checks tires.\nMaintains logs; 1. Fuels the bus"
    assert _texts(text, sentence_spans(text)) == ["Duties", "Drives a bus.", "Checks tires.", "Maintains logs;", "Fuels the bus"]


def test_a_fixed_width_reports_rows_are_lines_of_their_own() -> None:
    text = ("CLASS  CLASS TITLE                    GRADE   HOURLY MIN   HOURLY MAX  FLSA\n"
            "6034   PLUMBER                          G30        29.66        38.56     N\n"
            "6036   ELECTRICIAN                      G31        30.64        39.83     N\n")
    rows = [text[a:b] for a, b in sentence_spans(text)]
    assert len(rows) == 3 and rows[2].startswith("6036   ELECTRICIAN")
    prose = ("Under general supervision, operates and monitors the processes and equipment of the plant and\n"
             "its wells and reservoirs on an assigned shift.\n")
    assert len(sentence_spans(prose)) == 1  # wrapped prose still reads as one sentence
