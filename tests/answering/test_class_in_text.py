"""A class the catalog does not list, named by a heading or title field of a retrieved document, is answered
from that document; a class named only in a site menu, or in a sentence, is not.

Pure checks of :func:`names_class_in_line`, then the real assistant (real model, real Chroma) over a series
specification whose top class has only a capitals heading, and a careers page that lists another class in its
menu.
"""

from __future__ import annotations

import pytest

from assistant.answering.class_in_text import names_class_in_line
from assistant.engine import Assistant

from conftest import corpus_assistant


@pytest.mark.parametrize("text", [
    "POLICE SERGEANT (Class Code 4105)\n\nDefinition\nUnder direction, supervises a squad of officers.",
    "## Police Sergeant\nSupervises a squad.",
    "Position Title: Police Sergeant II\nPosition Number: 00318742",
    # a cell of a table row: a job family matrix's titles, level by level
    "LEVEL      Level 1          Level 2          Level 3\nTitle      Police Officer   Senior Officer   Police Sergeant",
])
def test_a_heading_or_title_field_names_the_class(text: str) -> None:
    assert names_class_in_line(text, "Police Sergeant")


@pytest.mark.parametrize("text", [
    "Police Officers work under the general supervision of a Police Sergeant.",  # a sentence
    "Reports to: the Police Sergeant on duty",  # a field naming another class
    "Join Us\nDeputy Sheriff Trainee\nLateral Deputy\nPolice Sergeant\nDispatcher\nVolunteer Programs\nContact Us",  # a menu
])
def test_a_sentence_a_field_or_a_menu_entry_is_no_heading(text: str) -> None:
    assert not names_class_in_line(text, "Police Sergeant")


SERIES = """CITY OF KESTREL VALE
POLICE OFFICER SERIES
Class Titles: Police Officer / Police Sergeant

POLICE OFFICER (Class Code 4102)

Definition
Under general supervision, patrols an assigned beat, responds to calls for service, and enforces laws.

Minimum Qualifications
Education: High school diploma or GED. Age: 21 at appointment.

POLICE SERGEANT (Class Code 4105)

Definition
Under direction of a Police Lieutenant, supervises a squad of six to ten Police Officers on an assigned shift.

Minimum Qualifications
Experience: Four (4) years of continuous service as a sworn Police Officer with the City of Kestrel Vale.
Education: Sixty (60) semester hours of college credit or an associate's degree.
"""

CAREERS = """# Deputy Sheriff Trainee

Kestrel Vale County Sheriff's Office

Join Us
Deputy Sheriff Trainee
Lateral Deputy
Correctional Officer
Dispatcher
Volunteer Programs

## Pay

Deputy Sheriff Trainees earn $31.20 per hour while in the academy.

## Requirements

Applicants must be 21 years old and hold a valid driver's license.
"""


@pytest.fixture(scope="module")
def kestrel(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("class-in-text"),
                            {"kestrel-vale-police-series.txt": SERIES, "kestrel-vale-deputy-trainee.md": CAREERS},
                            shared_embeddings)


def test_a_class_headed_in_a_series_page_is_answered_from_it(kestrel: Assistant) -> None:
    answer = kestrel.ask("What experience does it take to be promoted to Police Sergeant in Kestrel Vale?")
    assert answer.answered, answer.text
    assert "Four (4) years" in " ".join(c.quote for c in answer.citations), answer.text
    assert {c.doc_id for c in answer.citations} == {"kestrel-vale-police-series"}


def test_a_class_named_only_in_a_menu_is_still_missing(kestrel: Assistant) -> None:
    answer = kestrel.ask("What does a Correctional Officer make at the Kestrel Vale County Sheriff's Office?")
    assert not answer.answered, answer.text


def test_a_supervisors_box_or_column_names_no_class_of_the_document() -> None:
    from assistant.answering.class_in_text import names_class_in_line

    form = ("IMMEDIATE SUPERVISOR (TITLE) SUPERVISOR POSITION NO. FTE\nMuseum Curator MUS-0102 0.75 (30 hours per week)\n")
    assert not names_class_in_line(form, "Museum Curator")
    table = ("Class Title | Class Code | Pay Grade | Reports To\nNetwork Administrator I | 2641 | 24 | IT Infrastructure Manager\n"
             "Network Administrator II | 2642 | 27 | IT Infrastructure Manager\n")
    assert not names_class_in_line(table, "IT Infrastructure Manager")
    assert names_class_in_line(table, "Network Administrator II")
    assert names_class_in_line("CLASS TITLE POSITION NO.\nMuseum Curator MUS-0102\n", "Museum Curator")


def test_a_class_whose_own_title_says_supervisor_is_named_by_its_heading_and_its_row() -> None:
    """"EXTENDED DAY SITE SUPERVISOR" between rules, and its row of the bulletin's table: the word "Supervisor" is the
    class's own, no cue that the line names someone's supervisor."""
    from assistant.answering.class_in_text import names_class_in_line

    heading = ("-----------------------------\nEXTENDED DAY SITE SUPERVISOR\n-----------------------------\n"
               "Under the general direction of the Coordinator of Expanded Learning Programs, runs the program.\n")
    assert names_class_in_line(heading, "Extended Day Site Supervisor")
    row = " CLASS                          HOURLY RATE         HOURS/DAY\n Extended Day Site Supervisor   $24.10 - $27.95     7.5\n"
    assert names_class_in_line(row, "Extended Day Site Supervisor")
    assert not names_class_in_line("Reports to: Extended Day Site Supervisor\n", "Extended Day Site Supervisor")


def test_an_item_of_a_related_classes_list_names_another_class() -> None:
    """"## Related classes" over "- Waste Reduction Program Manager (class 2870)": the page is the Recycling
    Coordinator's; it names that class, it does not describe it. A list of the page's own levels still names them."""
    from assistant.answering.class_in_text import names_class_in_line

    related = ("# Recycling Coordinator\n\nUnder general direction, plans recycling programs.\n\n## Related classes\n\n"
               "- Waste Reduction Program Manager (class 2870)\n- Solid Waste Collection Inspector (class 2852)\n")
    assert not names_class_in_line(related, "Waste Reduction Program Manager")
    assert not names_class_in_line("Promotional line:\n- Senior Recycling Coordinator\n", "Senior Recycling Coordinator")
    assert names_class_in_line("# Police Series\n\n## Levels\n\n- Police Officer\n- Police Sergeant\n", "Police Sergeant")


COURT_CLERK = """COURT CLERK I / II
Superior Court of Danforth County

DEFINITION
Processes legal documents and clerks courtroom sessions.

MINIMUM QUALIFICATIONS
Court Clerk I: Graduation from high school and one year of general clerical experience.

APPENDIX A - SALARY SCHEDULE
Code Class Title Range Hourly Min Hourly Max
2311 Court Clerk I CT-21 $22.23 $27.02
2320 Judicial Assistant (1) CT-31 $28.46 $34.59
2332 Court Interpreter (Certified) (2) CT-38 $33.83 $41.12
(1) The Judicial Assistant class specification is maintained separately.
"""


def test_a_pay_schedules_row_names_a_class_for_its_pay_only(tmp_path, shared_embeddings) -> None:
    """A class the catalog lacks, named only by a row of another class's salary appendix: its pay is that row;
    its qualifications are nowhere, and the Court Clerk's are no answer about it."""
    assert names_class_in_line(COURT_CLERK, "Court Interpreter")
    assert not names_class_in_line(COURT_CLERK, "Court Interpreter", schedule_rows=False)
    danforth = corpus_assistant(tmp_path, {"danforth-court-clerk.txt": COURT_CLERK}, shared_embeddings)
    pay = danforth.ask("What is the salary range for a Court Interpreter (Certified) at the Superior Court of Danforth County?")
    assert pay.answered and "$33.83" in pay.text and "$41.12" in pay.text, pay.text
    quals = danforth.ask("What are the minimum qualifications for a Judicial Assistant at the Superior Court of Danforth County?")
    assert not quals.answered, quals.text
