"""The corpus the facts-route tests share: four small specifications of two made-up employers and the two seeds,
indexed with their fact cards, and the checks every routed answer must pass."""

from __future__ import annotations

import re
import shutil
from pathlib import Path


from assistant.answering.answer import Answer
from assistant.engine import Assistant
from assistant.index.index import Index
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
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


def route_assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    """An Assistant over a fresh index of DOCUMENTS and the two seed specifications, with their fact cards."""
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


def ask_checked(assistant: Assistant, question: str) -> Answer:
    answer = assistant.ask(question)
    assert answer.answered, answer.text
    assert_exact_quotes(assistant, answer)
    return answer


def assert_exact_quotes(assistant: Assistant, answer: Answer) -> None:
    for c in answer.citations:
        doc = assistant.index.registry.get_document(c.doc_id)
        assert doc is not None and doc.text[c.start:c.end] == c.quote, c


def assert_lines_supported(answer: Answer) -> None:
    """Every line states only figures its own citations quote; nothing was dropped on the way out."""
    quotes = {c.n: c.quote for c in answer.citations}
    for line in answer.text.splitlines():
        assert not unsupported_numbers(line, quotes), line
    assert "removed" not in answer.notice, answer.notice


def cited(answer: Answer) -> set[str]:
    return {c.doc_id for c in answer.citations}


def bullet_lines(answer: Answer) -> dict[str, str]:
    """'- **Label** (Employer): ...' lines of a list answer, by label."""
    found = {}
    for line in answer.text.splitlines():
        match = re.match(r"- \*\*(.+?)\*\*", line)
        if match:
            found[match.group(1)] = line
    return found


def cited_in(answer: Answer, line: str) -> list:
    numbers = {int(n) for n in re.findall(r"\[(\d+)\]", line)}
    return [c for c in answer.citations if c.n in numbers]


