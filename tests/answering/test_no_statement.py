"""Lines that state nothing: headings, a text scrape's menus and breadcrumbs; a grid's or a table's row is no menu."""

from __future__ import annotations

import pytest

from assistant.answering.no_statement import is_heading_only, is_menu_line


@pytest.mark.parametrize("line", [
    "About Us    Facilities    Careers    Visitors    Victim Services    Reentry    Newsroom    Contact",
    "Home > Careers > Custody Careers > Correctional Officer Cadet",
    "Find jobs    Company reviews    Find salaries",
    # a Markdown export's link bar (a target with its own brackets) and breadcrumb ending in the page's own name
    "[Print](javascript:window.print()) | [View current openings](https://hr.example/openings/)",
    "[Home](https://hr.example/) › [Careers](https://hr.example/careers/) › Housing Specialist",
    # a link bar under its name
    "Menu: [Home](/) / [Town Hall](/town-hall/) / [Jobs](/jobs/) / [Salary Schedules](/jobs/salary-schedules/)",
])
def test_a_menu_or_a_breadcrumb_states_nothing(line: str) -> None:
    assert is_menu_line(line)


@pytest.mark.parametrize("line", [
    "Monthly    $5,870    $7,135",  # a pay table's row
    "Kneeling    Occasionally    X",  # a checklist's row
    "Knowledge of    Ability to",  # two columns side by side
    "Step 1 | Step 2 | Step 3",  # a pipe table's header
    "Operators work rotating shifts, including nights, weekends, and holidays.",
    "See the [salary schedule](https://hr.example/s.pdf) for the full range.",
    "[Apply](https://hr.example/apply) by March 3.",
    "Salary: see [the schedule](/s.pdf) and [benefits](/b) for details",
])
def test_rows_and_sentences_are_no_menu(line: str) -> None:
    assert not is_menu_line(line)


def test_a_heading_states_nothing() -> None:
    assert is_heading_only("MINIMUM QUALIFICATIONS") and is_heading_only("Education:")
    assert not is_heading_only("Salary: $4,000 a month")
    assert is_heading_only("=" * 78) and is_heading_only("*  *  *  *  *")  # a rule drawn in characters


def test_a_field_in_capitals_states_its_value_and_a_numbered_section_line_is_a_heading() -> None:
    assert not is_heading_only("FLSA:                NON-EXEMPT")
    assert is_heading_only("[SECTION 08] OVERTIME ELIGIBILITY")
    assert not is_heading_only("40 HOURS PER WEEK")  # a figure, not a section number


def test_a_line_of_links_alone_is_a_menu() -> None:
    from assistant.answering.no_statement import is_menu_line

    assert is_menu_line("[Water Treatment Plant Operator II](#water-treatment-plant-operator-ii-5412)")
    assert is_menu_line("[Home](../i.md) / [Library](../index.md)")
    assert not is_menu_line("See [the salary page](https://pay.example) for the current ranges.")


def test_a_heading_between_rules_is_no_statement() -> None:
    assert is_heading_only("===============================================================\n THE EXAMINATION")
    assert not is_heading_only("FILING CLOSES:  Friday, April 3, 2026, 4:30 p.m.")


def test_a_path_of_a_sites_sections_written_with_slashes_states_nothing() -> None:
    from assistant.answering.no_statement import is_menu_line

    assert is_menu_line("Jobs / Procurement & Contracts / Buyer II")
    assert not is_menu_line("Human Services Eligibility Technician I / II / III: this is the series.")
    assert not is_menu_line("Welfare Fraud Investigator / Senior Welfare Fraud Investigator")


def test_a_question_the_page_asks_its_reader_is_no_candidate_passage(tmp_path, shared_embeddings) -> None:
    """A posting's supplemental question ("Do you currently hold VA accreditation …? (Yes / No)") names what a list
    question asks about but states nothing of the job: the requirement's own sentence answers."""
    from conftest import corpus_assistant

    from assistant.answering.no_statement import is_question_line

    assert is_question_line("Do you currently hold VA accreditation as a claims representative? (Yes / No)")
    assert is_question_line("- Do you have a valid driver's license?")
    assert not is_question_line("Accreditation: VA accreditation is required within six (6) months of hire.")
    page = ("# Veterans Service Officer\n\nCaddon County\n\n## Requirements\n\nThe person hired must obtain VA "
            "accreditation within six (6) months of hire.\n\n## Supplemental Questions\n\n- Do you currently hold VA "
            "accreditation as a claims representative? (Yes / No)\n- Describe your experience with VA claims.\n")
    caddon = corpus_assistant(tmp_path, {"caddon-veterans-service-officer.md": page}, shared_embeddings)
    answer = caddon.ask("Does the Caddon County Veterans Service Officer need VA accreditation?")
    assert "six (6) months" in answer.text or "6 months" in answer.text, answer.text
    assert "Do you currently hold" not in answer.text, answer.text
