"""A class its employer names and a clause describes, asked an open question: the class's own answer.

"What do you need to apply for the City of Harlowmere job that tracks down and interviews witnesses …?": the employer
has one class, so the question names it, and the clause describing it found it too; its minimum qualifications
answer (answering/extractive.py's described-class reading). A real Chroma store and the real model index two pages.
"""

from __future__ import annotations

from conftest import corpus_assistant


CITY_INVESTIGATOR = """# City Attorney Investigator

City of Harlowmere

## The job

Investigators locate and interview witnesses, take recorded statements, photograph and measure accident scenes,
obtain records and serve subpoenas for the City's trial attorneys.

## Minimum qualifications

Two (2) years of full-time paid experience conducting civil or criminal investigations for a law office, insurance
carrier or law enforcement agency; AND graduation from high school or equivalent.

A valid Class C driver's license is required.

## How to apply

Apply online by March 6. Questions: exams@harlowmere.example or (555) 013-2650.
"""

COUNTY_CLERK = """# Legal Office Clerk

Brackwater County

## Minimum Qualifications

One year of clerical experience in a law office, including filing court documents and serving papers.
"""


def test_a_class_its_employer_names_and_a_clause_describes_gets_its_qualifications(tmp_path, shared_embeddings) -> None:
    """"What do you need to apply for the City of Harlowmere job that tracks down and interviews witnesses …?": the
    employer has one class, the clause describes it; its minimum qualifications answer, not the contact line that
    the describing words ("subpoenas", "witnesses") happen to lead to."""
    assistant = corpus_assistant(tmp_path, {"harlowmere-city-attorney-investigator.md": CITY_INVESTIGATOR,
                                            "brackwater-legal-office-clerk.md": COUNTY_CLERK}, shared_embeddings)
    answer = assistant.ask("What do you need to apply for the City of Harlowmere job that tracks down and interviews "
                           "witnesses, photographs accident scenes and serves subpoenas for the City's lawyers?")
    assert answer.answered, answer.text
    assert "2 years of full-time paid experience conducting civil or criminal investigations" in answer.text, answer.text
    assert "exams@" not in answer.text, answer.text
