"""A "Label: value" field that states what a question asks, by its label's words."""

from __future__ import annotations

from assistant.answering.fields import label_names_asked, names_the_date_asked


def test_a_field_whose_label_is_the_questions_words() -> None:
    assert label_names_asked("Job Number: 24-0117", "What's the job number on the opening?")
    assert not label_names_asked("Job Type: Full-Time", "What's the job number on the opening?")
    assert not label_names_asked("Under general supervision, performs work.", "What's the job number?")


def test_a_when_question_names_the_date_field_beside_its_own_word() -> None:
    question = "When does the Research Administrator posting at Easterly State University close?"
    assert names_the_date_asked("Close Date: 06/30/2025", question)
    assert not names_the_date_asked("Open Date: 06/02/2025", question)
    assert not names_the_date_asked("Close Date: 06/30/2025", "What is the close date rule?")  # no "when"


def test_a_field_whose_value_is_a_date_is_a_date_field() -> None:
    question = "When does the Food Service Worker I posting at Tressel Valley School District close?"
    assert names_the_date_asked("Closes: 08/18/2025 11:59 PM", question)
    assert not names_the_date_asked("Posted: 08/04/2025", question)
    assert not names_the_date_asked("Closes: when filled", question)


def test_a_deadline_to_apply_names_a_filing_close_date() -> None:
    """"What's the deadline to apply?" asks the date the filing closes ("FILING CLOSES: Friday, April 3"), though it
    says neither "when" nor "close"; an exam date's field names no deadline."""
    question = "What's the deadline to apply for the Cinderford Fire Protection District EMS exams?"
    assert names_the_date_asked("FILING CLOSES:  Friday, April 3, 2026, 4:30 p.m.", question)
    assert not names_the_date_asked("WRITTEN TEST:  Saturday, April 25, 2026", question)


def test_the_documents_own_dates_answer_no_when_question() -> None:
    from assistant.answering.fields import dates_the_document_only

    footer = "Bulletin issued 03/02/2026                                HR Form T-12 (rev. 01/26)"
    assert dates_the_document_only(footer, "What's the deadline to apply?")
    assert not dates_the_document_only(footer, "When was the bulletin issued?")
    assert not dates_the_document_only("FILING CLOSES: Friday, April 3, 2026", "What's the deadline to apply?")
    assert not dates_the_document_only("Closing date: open until filled; first review 6/15/2025.", "when's the deadline?")
