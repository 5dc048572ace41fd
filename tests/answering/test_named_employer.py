"""A question naming an employer but not its class is answered from that employer's documents, not from another
employer's passage that happens to match its words better (answering/chain.py). A real Chroma store and the real
model index both pages."""

from __future__ import annotations

from conftest import corpus_assistant

QUAYMOUTH = """# Orientation and Mobility Specialist

State of Quaymouth · Quaymouth State School for the Blind

## Definition

Teaches students who are blind or have low vision to travel safely on campus and in the community.

## Minimum qualifications

A master's degree in orientation and mobility; or a bachelor's degree and completion of a university orientation
and mobility certificate program. No paid experience is required.
"""

NANTGARROW = """# School Physical Therapist Series

Nantgarrow County Office of Education

## Minimum qualifications

Education: A master's or doctoral degree in physical therapy.

Experience, level I: None; new graduates who hold a license qualify. Do you need experience or just the degree?
The degree and a license are enough at level I.
"""


def test_the_named_employers_document_answers_when_its_class_is_not_named(tmp_path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"quaymouth-state-orientation-and-mobility-specialist.md": QUAYMOUTH,
                                            "nantgarrow-coe-school-physical-therapist-series.md": NANTGARROW},
                                 shared_embeddings)
    answer = assistant.ask("quaymouth o&m specialist do i need experience or just the degree")
    assert answer.answered, answer.text
    assert "No paid experience is required" in answer.text, answer.text
    assert "Nantgarrow" not in answer.text and "new graduates" not in answer.text, answer.text
