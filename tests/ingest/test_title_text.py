"""How titles are cleaned: what names one opening (its terms, its site, the kind of announcement) is no part of
the class's title, and a title that is nothing but a job's name keeps every word."""

from __future__ import annotations

import pytest

from assistant.ingest.title_text import clean_title, smart_case


@pytest.mark.parametrize(("raw", "clean"), [
    ("Food Service Worker I (Part-Time, 3.5 hrs/day) – Juniper Hollow Elementary", "Food Service Worker I"),
    ("Fire Engineer Promotional Exam", "Fire Engineer"),
    ("Custodian (Part-Time)", "Custodian"),
    ("Plant Operator - Main Plant", "Plant Operator"),
    ("Accountant Recruitment", "Accountant"),
    ("Assistant Principal - High School (Cedar Bluff High School)", "Assistant Principal - High School"),
    ("Risk Management Analyst (continued)", "Risk Management Analyst"),  # a later page's running header
    ("STORMWATER INSPECTOR (Cont.)", "STORMWATER INSPECTOR"),
])
def test_what_names_one_opening_is_dropped(raw: str, clean: str) -> None:
    assert clean_title(raw) == clean


@pytest.mark.parametrize("title", [
    "Laboratory Coordinator (Biology)", "Public Health Nurse I/II", "Driver Examiner", "Examination Proctor",
    "Transit Station Agent", "Recruitment Specialist",
])
def test_a_job_name_keeps_every_word(title: str) -> None:
    assert clean_title(title) == title


def test_level_numerals_and_capitals() -> None:
    assert clean_title("— Clerk I/ii") == "Clerk I/II"
    assert smart_case("HIGHWAY MAINTENANCE LEAD WORKER") == "Highway Maintenance Lead Worker"


def test_a_class_code_after_a_dash_is_no_part_of_the_title() -> None:
    assert clean_title("Senior Environmental Scientist – 7412") == "Senior Environmental Scientist"
    assert clean_title("Custodian (Job Code 7720, Grade CS04)") == "Custodian"


def test_a_forms_label_row_gives_its_titles() -> None:
    from assistant.ingest.title_text import label_row_titles

    assert label_row_titles("Classification Title Working Title\nClinical Social Worker Behavioral Health Case Manager\n") \
        == ["Clinical Social Worker", "Behavioral Health Case Manager"]
    assert label_row_titles("Position Title Position Number Job Code\nIT Support Specialist II 00318742 ITS212\n") \
        == ["IT Support Specialist II"]
    assert label_row_titles("Position Title Position Number\nto be filled by the department\n") == []
