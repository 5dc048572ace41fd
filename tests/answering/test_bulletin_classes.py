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


TWO_CLASS_EXAM = """===============================================================================
                    COUNTY OF FALLOWDENE - HUMAN RESOURCES
===============================================================================

  CLASS TITLE                               CLASS NO.   BIWEEKLY SALARY
  Medicolegal Death Investigator              5731      $2,980.00 - $3,622.40
  Senior Medicolegal Death Investigator       5732      $3,286.40 - $3,995.20

THE POSITIONS
~~~~~~~~~~~~~

   Medicolegal Death Investigators respond to death scenes and prepare case
   reports for the forensic pathologist.

THE EXAMINATION
~~~~~~~~~~~~~~~

   Candidates must achieve a score of at least 70% on each part of the
   examination to be placed on the eligible list.

   MEDICOLEGAL DEATH INVESTIGATOR

      Written Test (death investigation procedures, medical
      terminology, anatomy, report writing) ................. 40%
      Oral Appraisal Interview: 60%

   SENIOR MEDICOLEGAL DEATH INVESTIGATOR

      Oral Appraisal Interview: 70%
      Evaluation of Training and Experience: 30%
"""


def test_the_plain_class_of_a_two_class_bulletin_is_answered_under_its_indented_heading(tmp_path,
                                                                                       shared_embeddings) -> None:
    """Asked of the Medicolegal Death Investigator, the weights under its own indented heading answer, not the
    Senior's (whose name holds every word of the plain class's and one more)."""
    fallowdene = corpus_assistant(tmp_path, {"fallowdene-mdi-exam.txt": TWO_CLASS_EXAM}, shared_embeddings)
    answer = fallowdene.ask("How is the exam weighted for the Fallowdene County Medicolegal Death Investigator?")
    assert answer.answered and "40%" in answer.text and "60%" in answer.text, answer.text
    assert "70%" not in " ".join(c.quote for c in answer.citations if "Oral" in c.quote), answer.text
    senior = fallowdene.ask("How is the exam weighted for the Fallowdene County Senior Medicolegal Death Investigator?")
    assert "70%" in senior.text and "40%" not in senior.text, senior.text
