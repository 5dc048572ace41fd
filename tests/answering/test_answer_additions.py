"""Passages added to the chosen ones: "how do I apply?" is answered with the steps and the closing date.

The real assistant (real model, real Chroma) over one posting.
"""

from __future__ import annotations

from conftest import corpus_assistant

POSTING = """TRANSIT OPERATIONS DISPATCHER
Ashford Regional Transit Authority

Salary: $29.40 - $38.25 hourly
Job Type: Full-time

ABOUT THE POSITION
Dispatchers assign bus operators to their runs and fill open runs when operators call out. Dispatchers are the
voice on the radio for operators in the field.

HOW TO APPLY
Apply online at careers.ashfordtransit.example by clicking "Apply Now" and completing the online application.
Attach a resume listing your transit operations experience. Paper, mailed and emailed applications will not be
accepted.

IMPORTANT DATES
Applications must be received by 11:59 p.m. on Friday, March 14, 2025. Interviews are expected the week of
March 31, 2025.
"""


def test_how_to_apply_comes_with_the_closing_date(tmp_path, shared_embeddings) -> None:
    ashford = corpus_assistant(tmp_path, {"ashford-dispatcher.txt": POSTING}, shared_embeddings)
    answer = ashford.ask("How do I apply for the Transit Operations Dispatcher job at Ashford?")
    assert answer.answered and "Apply online" in answer.text, answer.text
    assert "March 14, 2025" in answer.text, answer.text
    assert "March 31" not in answer.text, answer.text  # the interviews' date is no deadline


CORRECTIONS = """CORRECTIONAL OFFICER
State of Talbridge

FLSA STATUS: NON-EXEMPT

HOURS OF WORK AND OVERTIME
  Officers work eight-hour shifts, including nights, weekends, and holidays, on a rotating schedule. Officers
  may be ordered to work mandatory overtime, including holding over up to four (4) hours beyond the end of a
  scheduled shift, when staffing levels require. Overtime is paid at time and one-half.

PROBATIONARY PERIOD
  The probationary period is twelve (12) months.
"""


def test_a_part_answered_stands_when_the_other_has_no_words_of_its_own_in_the_document(tmp_path, shared_embeddings):
    talbridge = corpus_assistant(tmp_path, {"talbridge-co.txt": CORRECTIONS}, shared_embeddings)
    answer = talbridge.ask("whats the overtime deal for correctional officers in talbridge, can they make u stay late")
    assert answer.answered and "mandatory overtime" in answer.text and "one-half" in answer.text, answer.text
