"""A class described rather than named, asked an open question: the whole answer for the class found.

"the minimum qualifications for the university staffer who crunches enrollment numbers": the passage that
supports the question best (a preferred qualification mentioning enrollment) finds the class; the answer then
quotes that class's minimum qualifications as a question naming it would get, not the one passage. A real
Chroma store and the real model index two small pages.
"""

from __future__ import annotations

from conftest import corpus_assistant

ANALYST = """# Enrollment Research Analyst

Westbrook State University

## Position Summary

Produces enrollment, retention and graduation statistics and federal reports for the Office of Institutional Research.

## Minimum Qualifications

Bachelor's degree in statistics, mathematics or a related field, and two (2) years of professional experience in data analysis.

Master's degree in one of the fields above may substitute for one year of the experience.

## Preferred Qualifications

Experience compiling enrollment and graduation reports at a college or university.
"""

GARDENER = """# Gardener

Westbrook State University

## Definition

Maintains campus lawns, shrubs and flower beds.

## Minimum Qualifications

One year of experience in landscape maintenance.
"""


def test_the_class_a_description_finds_gets_its_whole_answer(tmp_path, shared_embeddings) -> None:
    westbrook = corpus_assistant(tmp_path, {"westbrook-enrollment-analyst.md": ANALYST, "westbrook-gardener.md": GARDENER},
                                 shared_embeddings)
    answer = westbrook.ask("What are the minimum qualifications for the university staffer who crunches "
                           "enrollment and graduation numbers?")
    assert answer.answered
    assert "Bachelor's degree in statistics" in answer.text and "two (2) years" in answer.text
    assert "landscape" not in answer.text
