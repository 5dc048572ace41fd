"""Who employs: the government, not its department or the union that represents the class."""

from __future__ import annotations

from assistant.ingest.employers import find_employer


def test_a_department_and_the_words_after_it_are_no_part_of_the_government() -> None:
    text = "PROMOTIONAL EXAMINATION\nOPEN ONLY TO CURRENT CITY OF YARROWBY FIRE DEPARTMENT EMPLOYEES\nFire Engineer\n"
    assert find_employer(text) == "City of Yarrowby"
    assert find_employer("City of Vantmoor Finance Department\nAccount Clerk\n") == "City of Vantmoor"


def test_a_union_is_never_the_employer() -> None:
    text = ("Bus Maintenance Mechanic\nRepresented by Amalgamated Transit Union Local 1634.\n"
            "Represented by Amalgamated Transit Union Local 1634.\nAbout Harlow Bay Transit District\n")
    assert find_employer(text) == "Harlow Bay Transit District"  # "About" opens a heading, not the name
