"""How a chosen passage is prefixed in an answer: by its section's name, never by a line with figures taken for one."""

from __future__ import annotations

from assistant.answering.answer_blocks import section_prefix
from assistant.answering.evidence import Sentence


def _sentence(section: str) -> Sentence:
    text = "$9,053.20 - $11,004.93 Monthly"
    return Sentence("doc", 0, len(text), text, section, "other", "", 0, None)


def test_a_section_name_prefixes_and_a_figure_line_does_not() -> None:
    assert section_prefix(_sentence("Preferred Qualifications")) == "Preferred Qualifications: "
    assert section_prefix(_sentence("$47.34 - $57.54 Hourly")) == ""


def test_a_status_in_a_rows_named_cell_leads_the_answer(tmp_path, shared_embeddings) -> None:
    """A job family's table row holds each level's FLSA status in a column: "is it exempt?" is answered yes or no
    from the asked level's cell, named by its header."""
    from conftest import corpus_assistant

    family = ("# Research Administration Job Family\n\nArdenvale University\n\n## Career Levels\n\n"
              "| Career Level | Standard Title | Scope | Salary Grade | FLSA |\n|---|---|---|---|---|\n"
              "| P1 | Research Administrator I | Entry professional; routine proposals under close guidance | 12 | Non-exempt |\n"
              "| P2 | Research Administrator II | Journey professional; a full portfolio | 14 | Exempt |\n")
    assistant = corpus_assistant(tmp_path, {"ardenvale-research-administration.md": family}, shared_embeddings)
    answer = assistant.ask("Is the Research Administrator I at Ardenvale University exempt?")
    assert answer.answered and answer.text.startswith("No: non-exempt (eligible for overtime)"), answer.text


def test_asked_whether_required_or_preferred_a_passage_says_its_section(tmp_path, shared_embeddings) -> None:
    """"Is SQL required or just nice to have?" answered by a bare "Demonstrated ability to write SQL queries"
    leaves the question open: the passage says it stands under the minimum qualifications."""
    from conftest import corpus_assistant

    spec = ("# Institutional Research Analyst II\n\nUnderhill State University\n\n## Summary\n\nProduces enrollment, "
            "retention and graduation reports for the university and its accreditors.\n\n## Minimum Qualifications\n\n"
            "- Bachelor's degree in statistics, economics, social science or a related field.\n"
            "- Demonstrated ability to write SQL queries against relational databases.\n\n"
            "## Preferred Qualifications\n\n- Experience with R or Python for statistical analysis.\n")
    assistant = corpus_assistant(tmp_path, {"underhill-ir-analyst.md": spec}, shared_embeddings)
    answer = assistant.ask("underhill state IR analyst - is SQL required or just nice to have?")
    assert answer.answered and "Minimum Qualifications: Demonstrated ability to write SQL" in answer.text, answer.text


def test_a_range_read_off_in_another_unit_than_asked_leaves_the_row_quoted(tmp_path, shared_embeddings) -> None:
    """"the biweekly pay range": the grade's row gives it in two cells ("Biweekly Minimum", "Biweekly Maximum") and
    an hourly range beside them; the hourly range read off as the lead answers only in part, so the row stays quoted."""
    from conftest import corpus_assistant

    series = ("# Deputy Clerk of the Board Series\n\nTarrowby County\n\n## Classes in This Series\n\n"
              "| Class Code | Class Title | Salary Grade | FLSA |\n|---|---|---|---|\n"
              "| 1741 | Deputy Clerk of the Board I | C-21 | Non-Exempt |\n"
              "| 1742 | Deputy Clerk of the Board II | C-25 | Non-Exempt |\n\n"
              "## Salary Schedule\n\nClerical salary schedule, biweekly.\n\n"
              "| Grade | Biweekly Minimum | Biweekly Maximum | Hourly Range |\n|---|---|---|---|\n"
              "| C-21 | $2,096.00 | $2,548.00 | $26.20 - $31.85 |\n"
              "| C-25 | $2,452.80 | $2,981.60 | $30.66 - $37.27 |\n")
    assistant = corpus_assistant(tmp_path, {"tarrowby-deputy-clerk-of-the-board-series.md": series}, shared_embeddings)
    answer = assistant.ask("What is the biweekly pay range for a Deputy Clerk of the Board II at Tarrowby County?")
    assert answer.answered and "2,452.80" in answer.text and "2,981.60" in answer.text, answer.text
