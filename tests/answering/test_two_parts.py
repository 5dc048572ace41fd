"""A question in two parts (assistant.answering.two_parts), each part answered for what it names."""

from __future__ import annotations

from conftest import corpus_assistant

SERIES = """# Survey Technician I / Survey Technician II / Survey Party Chief

City of Brisco Falls

## Series Overview

| Classes | Survey Technician I (PW-311), Survey Technician II (PW-312), Survey Party Chief (PW-315) |

## Survey Technician I

### Definition

Under close supervision of the Survey Party Chief, the Survey Technician I holds the rod and prism, sets stakes and
records measurements.

## Survey Technician II

### Definition

Under general supervision of the Survey Party Chief, the Survey Technician II operates the total station and
data collectors.

## Survey Party Chief

### Definition

Survey Party Chief is the crew leader. Under direction of the City Surveyor, the Survey Party Chief plans and directs
the work of a field survey crew and trains Survey Technicians.
"""


def test_a_part_naming_a_class_of_the_series_is_answered_for_that_class(tmp_path, shared_embeddings) -> None:
    """"… who supervises the Survey Technicians, and who does the Survey Party Chief report to?": the second part is
    the Party Chief's, whose definition says it works under direction of the City Surveyor."""
    assistant = corpus_assistant(tmp_path, {"brisco-falls-survey-series.md": SERIES}, shared_embeddings)
    answer = assistant.ask("In the City of Brisco Falls survey series, who supervises the Survey Technicians, and who "
                           "does the Survey Party Chief report to?")
    assert answer.answered and "Survey Party Chief" in answer.text and "City Surveyor" in answer.text, answer.text
