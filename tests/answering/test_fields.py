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
