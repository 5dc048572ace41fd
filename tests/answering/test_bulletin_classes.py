"""A plain-text exam bulletin for two classes, numbered "26-118" and "26-119": each class's requirements are read
under its own numbered heading, and the heading line alone is never quoted. Real index, real embedding model."""

from __future__ import annotations

from pathlib import Path

from conftest import corpus_assistant

RULE = "-" * 78
BULLETIN = f"""{'=' * 78}
                    MARLOWE COUNTY DEPARTMENT OF CIVIL SERVICE
{'=' * 78}

                 OPEN COMPETITIVE EXAMINATION ANNOUNCEMENT

  EXAM NO.   TITLE                          SALARY                      FEE
  --------   ----------------------------   -------------------------   ----
  26-118     Park Grounds Worker            $19.75 - $24.60 per hour    $15
  26-119     Senior Park Grounds Worker     $22.90 - $28.45 per hour    $20

{RULE}
DUTIES
{RULE}

  PARK GROUNDS WORKER: Mows, trims and edges park lawns and athletic fields.

  SENIOR PARK GROUNDS WORKER: Leads a crew of Park Grounds Workers and lays out
  the daily work.

{RULE}
MINIMUM QUALIFICATIONS
{RULE}

  26-118  PARK GROUNDS WORKER
          EITHER:
          (A) One year of paid experience in grounds maintenance or
              landscaping; OR
          (B) Completion of a one-year certificate program in horticulture.

  26-119  SENIOR PARK GROUNDS WORKER
          EITHER:
          (A) Two years of permanent competitive status as a Park Grounds
              Worker; OR
          (B) Four years of paid experience in grounds maintenance, one
              year of which must have included lead responsibility.

{RULE}
APPLICATION FEE
{RULE}

  The fee is non-refundable. It is waived for candidates who receive public
  assistance.
"""


def test_the_senior_classs_requirements_are_quoted_and_no_heading_line(tmp_path: Path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"marlowe-county-park-grounds-worker-exam.txt": BULLETIN}, shared_embeddings)
    answer = assistant.ask("What do I need to qualify for Senior Park Grounds Worker in Marlowe County?")
    assert answer.answered and "Four years of paid experience" in answer.text, answer.text
    assert not any(c.quote.strip().upper().endswith("PARK GROUNDS WORKER") for c in answer.citations), answer.text
