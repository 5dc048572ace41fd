"""A list question naming the family it lists across ("Which of the coroner and medical examiner jobs pay a shift
differential?"): every document is one of those jobs, so the family's words neither pick one class (the Medical
Examiner Investigator's title holds two of them) nor tell documents apart; and a document quotes its passage stating
the kind asked first (the differential), not its shift hours under the same heading.

A real Chroma store and the real model index three pages.
"""

from __future__ import annotations

from conftest import corpus_assistant

INVESTIGATOR = """# Medical Examiner Investigator I/II/III

Amberlow County

## Working Conditions

Investigators staff the Investigations Section 24 hours a day in 12-hour shifts. Investigators receive a night shift
differential of $2.10 per hour for hours worked between 6:00 p.m. and 6:00 a.m.
"""

ATTENDANT = """CITY OF ELDERSMOOR - CLASS SPECIFICATION
MORGUE ATTENDANT

--------------------------------------------------------------------------------
 DUTIES
--------------------------------------------------------------------------------

   Receives decedents, keeps the cooler log and cleans the autopsy suite.

--------------------------------------------------------------------------------
 SHIFTS AND SHIFT DIFFERENTIAL
--------------------------------------------------------------------------------

   Days ......... 7:00 a.m. - 3:00 p.m.
   Evenings ..... 3:00 p.m. - 11:00 p.m.
   Nights ....... 11:00 p.m. - 7:00 a.m.

   New attendants are usually assigned to nights. A shift differential of
   $0.90 per hour is paid for the evening shift and $1.35 per hour for the
   night shift.
"""

CORONER = """# Deputy Coroner

Calderwick County

## Duties

Investigates deaths reported to the Coroner, examines scenes and notifies next of kin. Works with the medical
examiner and coroner staff of the Coroner and Medical Examiner Office on each death.

## Schedule

Deputy Coroners work a 4/10 schedule on one of three shifts. Shift assignments are bid by seniority twice a year.
"""


def test_a_list_across_a_named_family_lists_each_differential(tmp_path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"amberlow-medical-examiner-investigator.md": INVESTIGATOR,
                                            "eldersmoor-morgue-attendant.txt": ATTENDANT,
                                            "calderwick-deputy-coroner.md": CORONER}, shared_embeddings)
    answer = assistant.ask("Which of the coroner and medical examiner jobs pay a shift differential?")
    assert answer.answered, answer.text
    assert "Amberlow" in answer.text and "2.10" in answer.text, answer.text
    assert "Eldersmoor" in answer.text and "1.35" in answer.text, answer.text


PROPAGATOR = """# Plant Propagator I / Plant Propagator II

State of Teaselmoor

## Special Requirements

Both levels: a valid driver's license.

Plant Propagator II: a Class A commercial driver's license (CDL) at appointment, to haul seedling orders to distribution
points with the Nursery's tractor-trailer.
"""

CREW_LEADER = """# Nursery Crew Leader

City of Tussockmere

## Licenses

A valid Class C driver's license at appointment. A Class B commercial driver's license with air brake endorsement
within six months of appointment.
"""

GROWER = """# Greenhouse Grower

City of Vetchmoor

## Licenses and Certificates

A valid Class C driver's license. A State pesticide applicator certificate is desirable but not required.
"""


def test_a_listed_document_quotes_its_passage_saying_more_of_what_is_asked(tmp_path, shared_embeddings) -> None:
    """Two passages of one page support "… require a commercial driver's license?" about as well; the one that says
    "commercial" (the Class A CDL of the II) is quoted, not "Both levels: a valid driver's license."."""
    assistant = corpus_assistant(tmp_path, {"teaselmoor-plant-propagator.md": PROPAGATOR,
                                            "tussockmere-nursery-crew-leader.md": CREW_LEADER,
                                            "vetchmoor-greenhouse-grower.md": GROWER}, shared_embeddings)
    answer = assistant.ask("Which of these nursery and garden jobs require a commercial driver's license?")
    assert answer.answered and "Class A commercial" in answer.text and "Both levels" not in answer.text, answer.text
