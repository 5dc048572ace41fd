"""'Do I need a degree?' read from the quotes: a degree that something else may replace, or no degree asked for.

Pure checks of :func:`degree_optional`, then the real assistant (real model, real Chroma) over a small
specification whose education can be replaced by experience.
"""

from __future__ import annotations

import pytest

from assistant.answering.degree_need import NOT_ASKED, REPLACEABLE, degree_optional

from conftest import corpus_assistant


@pytest.mark.parametrize("quotes", [
    ["Equivalent to an associate's degree in business and one year of purchasing experience.",
     "Additional qualifying experience may substitute for the required education on a year-for-year basis."],
    ["Bachelor's degree in computer science.", "Four years of experience in lieu of the degree."],
    # the options of a table read as statements: the third asks a high school diploma
    ["Alternative: A; Education: Bachelor's degree in human resources; Experience: 2 years",
     "Alternative: C; Education: High school diploma or GED; Experience: 6 years of human resources experience"],
    # a list of ways in, one of them no degree
    ["Education: A high school diploma or equivalent, AND one of the following:",
     "(b) An associate's degree or higher", "(c) A passing score on the Paraeducator Proficiency Assessment"],
])
def test_a_degree_something_else_may_replace(quotes: list[str]) -> None:
    assert degree_optional(quotes) == REPLACEABLE


@pytest.mark.parametrize("quotes", [
    ["Education: Graduation from high school or GED equivalent."],
    ["Education: No formal education requirement.", "A high school diploma or GED is desirable."],
])
def test_no_degree_asked_for(quotes: list[str]) -> None:
    assert degree_optional(quotes) == NOT_ASKED


@pytest.mark.parametrize("quotes", [
    # the degree replaces experience, not the other way round
    ["Bachelor's degree in planning.", "A master's degree may substitute for one year of the required experience."],
    ["Additional qualifying college education may be substituted for the required experience."],
    # a high school diploma beside a degree that is asked outright
    ["Graduation from high school.", "Bachelor's degree in accounting from an accredited college."],
    # a high school diploma only wanted, a degree asked
    ["A high school diploma is preferred.", "An associate degree in early childhood education."],
])
def test_a_degree_asked_outright_is_not_optional(quotes: list[str]) -> None:
    assert degree_optional(quotes) is None


BUYER = """# Buyer I

County of Corliss

## Minimum Qualifications

Education equivalent to an associate's degree in business, public administration or a related field, and one
year of experience in purchasing or procurement support work.

Additional qualifying experience may substitute for the required education on a year-for-year basis.

## Duties

Prepares requests for quotations and purchase orders for supplies and services.
"""


def test_the_assistant_says_a_degree_is_not_the_only_way_in(tmp_path, shared_embeddings) -> None:
    corliss = corpus_assistant(tmp_path, {"corliss-buyer-1.md": BUYER}, shared_embeddings)
    answer = corliss.ask("do u need a degree to be a buyer 1 in corliss county??")
    assert answer.answered and answer.text.startswith("No, not necessarily: "), answer.text
    assert "year-for-year" in answer.text, answer.text
    without = corliss.ask("can i apply for buyer 1 at corliss county w/o a college degree?")
    assert without.answered and without.text.startswith("Yes: a degree is not the only way"), without.text
