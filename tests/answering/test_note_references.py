"""A passage that sends the reader to a footnote is quoted with the note; a table row read under its header row
answers a second kind of fact its header names (issue 13).

Two plain-text documents indexed into a real Chroma store with the real model; nothing is mocked.
"""

from __future__ import annotations

import pytest

from assistant.answering.answer import Answer
from assistant.answering.note_references import note_span
from assistant.engine import Assistant
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.index.index import Index
from assistant.settings import Settings

AUDIT_SPEC = """ULVERTON COUNTY
Class Specification

Internal Audit Specialist

Class Code: 3115
Salary: Grade A-21 (1)

DEFINITION
Under general direction, performs professional internal audit work: financial, compliance and performance audits
of County departments, and reviews of internal controls over County information systems.

MINIMUM QUALIFICATIONS
Education: A bachelor's degree in accounting, finance or business administration.
Experience: Two (2) years of professional auditing experience.

LICENSES, CERTIFICATES AND SPECIAL REQUIREMENTS
- See footnote (3) for the certification requirement.
- Must complete at least 80 hours of continuing professional education every two years.

NOTES
(1) Grade A-21 is $6,402 - $8,577 monthly.
(2) Employees who hold a CIA or CPA receive a premium of 5% of base pay.
(3) Incumbents appointed without a CIA, CPA or CISA credential must obtain one of these credentials within
thirty-six (36) months of appointment as a condition of continued employment.
"""

TRAFFIC_BULLETIN = """CITY OF JENNERBY
Traffic Operations Classes - Continuous Recruitment

The Department of Transportation is hiring for three traffic operations classes.

Class Title | Class Code | Grade | Hourly Range | Approx. Annual
Traffic Sign Technician | 4417 | T-14 | $24.86 - $31.72 | $51,709 - $65,978
Pavement Marking Technician | 4418 | T-15 | $25.98 - $33.15 | $54,038 - $68,952
Traffic Engineering Technician | 4430 | T-19 | $31.05 - $39.62 | $64,584 - $82,410

Traffic Sign Technician (4417)
Under general supervision, fabricates, installs and maintains traffic signs, posts and street name signs.

Pavement Marking Technician (4418)
Under general supervision, lays out and applies pavement markings, crosswalks and legends.

Traffic Engineering Technician (4430)
Under direction, collects traffic counts, prepares signal timing sheets and reviews traffic control plans.
"""

CAMPUS_AIDE_MD = """# Campus Aide

**Harlan Unified School District** · Classified Service

## Position Details

| Item | Detail |
|---|---|
| Work year | 183 days (9.5 months), following the school calendar[^1] |
| Hours | 6 hours a day |
| Pay | $19.40 - $23.10 an hour |

## Duties

- Supervises students on playgrounds, in the cafeteria and at bus loading zones.
- Reports safety hazards and student conduct problems to the site administrator.

[^1]: Aides assigned to the extended school year program work twenty additional days in July at their regular hourly rate.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    root = tmp_path_factory.mktemp("notes")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "ulverton-internal-audit-specialist.txt").write_text(AUDIT_SPEC)
    (corpus / "jennerby-traffic-operations.txt").write_text(TRAFFIC_BULLETIN)
    (corpus / "harlan-usd-campus-aide.md").write_text(CAMPUS_AIDE_MD)
    settings = Settings(data_dir=root / "data", corpus_dir=corpus)
    index = Index(settings, embeddings=shared_embeddings)
    summary = sync(index, [corpus])
    assert summary.added == 3 and not summary.failed
    return Assistant(settings, index=index)


def _quoted(answer: Answer) -> str:
    return " ".join(c.quote for c in answer.citations)


def test_a_note_runs_from_its_marker_to_its_sentences_end() -> None:
    text = "Pay.\n(2) A premium of 5%.\n(3) Must obtain a CIA\nwithin 36 months of hire.\nClass history"
    start, end = note_span(text, "3")
    assert text[start:end] == "(3) Must obtain a CIA\nwithin 36 months of hire."
    assert note_span(text, "7") is None
    duties = "3. Documents work in electronic working papers.\n(3) Must obtain a CISA within 36 months.\n"
    start, end = note_span(duties, "3", bracketed=True)
    assert duties[start:end] == "(3) Must obtain a CISA within 36 months."  # "see footnote (3)": no duty "3."
    start, end = note_span(CAMPUS_AIDE_MD, "1", markdown=True)
    assert CAMPUS_AIDE_MD[start:end].startswith("[^1]: Aides assigned to the extended school year program")


def test_a_row_marked_with_a_markdown_footnote_is_quoted_with_the_note(assistant: Assistant) -> None:
    """"… following the school calendar[^1]": the note under the page says who works in July."""
    answer = assistant.ask("How many days a year does a Campus Aide at Harlan Unified School District work?", [])
    assert answer.answered and "183 days" in answer.text
    assert "twenty additional days in July" in answer.text


def test_a_passage_pointing_to_a_footnote_is_quoted_with_the_note(assistant: Assistant) -> None:
    answer = assistant.ask("What certification does the Ulverton County Internal Audit Specialist have to get?", [])
    assert answer.answered
    assert "See footnote (3)" in _quoted(answer)
    assert "36 months" in answer.text and "CISA" in answer.text


def test_a_row_under_its_header_answers_the_code_beside_the_pay(assistant: Assistant) -> None:
    """"What is the class code and hourly pay range …?": the row's header names its "Class Code" cell, so the row
    is quoted (as a statement) beside the pay read off it, and the header row alone is not quoted as if it said
    something."""
    answer = assistant.ask("What is the class code and hourly pay range for Traffic Sign Technician at the City of "
                           "Jennerby?", [])
    assert answer.answered
    assert "$24.86" in answer.text and "$31.72" in answer.text
    assert "4417" in answer.text
    assert "- Class Title | Class Code" not in answer.text
