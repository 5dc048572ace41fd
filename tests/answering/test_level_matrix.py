"""What a level does beyond another where a page says it as a table (a job family matrix: factors by level) or
under each level's own heading: the asked level's column row by row, and both levels' passages when two are named.
A real Chroma store and the real model index one small page per test.
"""

from __future__ import annotations

from conftest import corpus_assistant


GARDENER_MATRIX = """# Gardener Series

Tollwick Parks District

## Series Concept

Positions in this series cultivate and maintain the living plant collections of the Tollwick Botanic Garden.

## Job Family Matrix

| Factor | Gardener 1 | Gardener 2 | Gardener 3 |
|---|---|---|---|
| Role | Entry and training level; routine garden maintenance. | Journey level; responsible for a garden section. | Section lead and curator; plans exhibits and manages a collection budget. |
| Supervision received | Close supervision from a Gardener 3. | General supervision from a Gardener 3. | General direction from the Garden Director. |
| Supervision exercised | None. | Leads volunteers; no authority over staff. | Supervises Gardener 1s and 2s and seasonal crews. |
| Plant records | Records plantings. | Accessions and labels plants. | Approves accessions and deaccessions. |

## Minimum Qualifications

Gardener 2: one year of horticultural experience. Gardener 3: four years of horticultural experience.
"""


def test_what_a_level_does_beyond_another_is_its_column_of_a_job_family_matrix(tmp_path, shared_embeddings) -> None:
    """A matrix of factors by level: what a Gardener 3 does that a 2 doesn't is its column's cell in every row
    (role, supervision exercised, records), not the one row that ranked first."""
    tollwick = corpus_assistant(tmp_path, {"tollwick-gardener-series.md": GARDENER_MATRIX}, shared_embeddings)
    answer = tollwick.ask("What does a Gardener 3 do that a Gardener 2 doesn't at Tollwick Parks District?")
    assert answer.answered, answer.text
    for cell in ("manages a collection budget", "Supervises Gardener 1s and 2s", "Approves accessions"):
        assert cell in answer.text, answer.text
    assert "Accessions and labels plants" not in answer.text, answer.text


INSPECTOR_MATRIX = """# Code Enforcement Officer I / II / III

Harlowe County

## Classes in this Series

| Class Title | Code | Grade | FLSA |
|---|---|---|---|
| Code Enforcement Officer I | 6121 | 16 | Non-exempt |
| Code Enforcement Officer II | 6122 | 18 | Non-exempt |
| Code Enforcement Officer III | 6123 | 20 | Non-exempt |

## Job Family Matrix

| Factor | Officer I | Officer II | Officer III |
|---|---|---|---|
| Level | Entry / trainee level | Journey level | Advanced journey and lead level |
| Case types | Weeds and inoperable vehicles | Full range of zoning, sign and housing cases | Complex, multi-violation and repeat-offender cases and abatement warrants |
| Lead and training | None | May train Officer I staff | Provides lead direction to Officers I and II; does not hire or discipline |

## Movement Between Levels

Appointment to Officer III is made only from a competitive promotional examination.

## Minimum Qualifications

### Code Enforcement Officer III

Three (3) years of code enforcement experience at a level equivalent to Code Enforcement Officer II with Harlowe County.
"""


def test_what_a_level_does_beyond_another_is_its_column_even_where_its_cells_name_other_levels(
        tmp_path, shared_embeddings) -> None:
    """The matrix's rows name the lower levels in their cells ("May train Officer I staff", "Provides lead direction
    to Officers I and II"), which ranks them low for the Officer III; the matrix is still where the page tells the III
    apart, its column the answer, not the promotion rule and the III's experience."""
    harlowe = corpus_assistant(tmp_path, {"harlowe-code-enforcement-officer-series.md": INSPECTOR_MATRIX},
                               shared_embeddings)
    answer = harlowe.ask("What does a Harlowe County Code Enforcement Officer III do that a II doesn't?")
    assert answer.answered, answer.text
    for cell in ("repeat-offender cases", "Provides lead direction to Officers I and II"):
        assert cell in answer.text, answer.text
    assert "Full range of zoning" not in answer.text, answer.text


LIBRARY_SERIES = """# Library Assistant I & II

Gorsey Public Library District

## Library Assistant I

Supervision: Library Assistant I works under close supervision of the Circulation Supervisor and receives lead
direction from a Library Assistant II.

Typical duties: checks materials in and out and issues library cards.

## Library Assistant II

Supervision: Library Assistant II works under general supervision of the Branch Manager and gives lead direction to
Library Assistant I staff and Library Pages.

Typical duties: prepares daily cash reports and deposits for the branch.
"""


def test_a_question_naming_two_levels_is_answered_from_under_each_levels_heading(tmp_path, shared_embeddings) -> None:
    """"who supervises a Library Assistant I, and who does a Library Assistant II report to?": the II's sentence
    stands under its own heading, and is part of the answer though the best sentence is the I's."""
    gorsey = corpus_assistant(tmp_path, {"gorsey-library-assistant-series.md": LIBRARY_SERIES}, shared_embeddings)
    answer = gorsey.ask("At the Gorsey library, who supervises a Library Assistant I, and who does a Library Assistant "
                        "II report to?")
    assert "Circulation Supervisor" in answer.text and "Branch Manager" in answer.text, answer.text


INSPECTOR_SERIES = """# Environmental Compliance Inspector Series

Quillby County

## Level Definitions

### Environmental Compliance Inspector I (6210)

This is the entry and training level. Under close supervision, incumbents learn to inspect small dischargers and grease interceptors.

### Environmental Compliance Inspector II (6220)

This is the journey level. Incumbents independently inspect industrial dischargers and lead sampling crews of seasonal aides. Environmental Compliance Inspector II is distinguished from the Compliance Supervisor in that the latter supervises permanent staff.

## Examples of Duties

- Inspects industrial and commercial dischargers for compliance with the pretreatment ordinance.
- Collects wastewater samples and maintains chain-of-custody records.

## Minimum Qualifications

### Environmental Compliance Inspector I

Education: An associate degree in environmental science or a closely related field.

Experience: None required.

### Environmental Compliance Inspector II

Education: Same as Environmental Compliance Inspector I.

Experience: Three years of industrial pretreatment inspection experience.

Certificate: A Grade 2 Environmental Compliance Inspector certificate from the Water Environment Association.
"""


def test_two_levels_differ_by_their_blocks_openings_and_their_own_requirements(tmp_path, shared_embeddings) -> None:
    """Asked the difference between two levels, each level's block from its opening ("This is the journey level",
    though its later "distinguished from" sentence ranks first) and each level's own requirements, under its
    heading in the qualifications section: the levels differ in the years and the certificate they ask. A level's
    heading with its code ("… Inspector II (6220)") stays a class's heading, not a "physical" section by its
    word "Environmental"."""
    quillby = corpus_assistant(tmp_path, {"quillby-environmental-compliance-inspector.md": INSPECTOR_SERIES},
                               shared_embeddings)
    answer = quillby.ask("What's the difference between an Environmental Compliance Inspector I and II at Quillby County?")
    assert answer.answered, answer.text
    for said in ("This is the journey level", "entry and training level", "Three years of industrial pretreatment",
                 "Grade 2 Environmental Compliance Inspector certificate"):
        assert said in answer.text, answer.text
    assert "Same as" not in answer.text, answer.text


INTERPRETER_SIDE_BY_SIDE = """EDUCATIONAL INTERPRETER I
EDUCATIONAL INTERPRETER II

Tarnley Joint Union High School District

# Distinguishing Characteristics

Educational Interpreter I is the entry level. Incumbents interpret in general education classes under guidance.

Educational Interpreter II is the journey level. Incumbents interpret independently in all settings.

# Minimum Qualifications

Educational Interpreter I | Educational Interpreter II
High school diploma. An EIPA score of 3.5 or higher; must reach 4.0 within 24 months. | High school diploma and two years of K-12 interpreting experience. An EIPA score of 4.0 or higher.

# Physical Demands

Interpreting requires continuous use of the hands and arms.
"""


def test_two_levels_qualifications_side_by_side_are_the_row_under_their_names(tmp_path, shared_embeddings) -> None:
    """A table whose header names the two levels ("Educational Interpreter I | Educational Interpreter II") holds
    each level's qualifications in its row below: that row answers how they differ, its cells named by the levels,
    and the header alone is quoted as nothing; "JUHSD" names the district and asks nothing."""
    tarnley = corpus_assistant(tmp_path, {"tarnley-juhsd-educational-interpreter.txt": INTERPRETER_SIDE_BY_SIDE},
                               shared_embeddings)
    answer = tarnley.ask("At Tarnley JUHSD, how do the qualifications for Educational Interpreter II differ from "
                         "Educational Interpreter I?")
    assert answer.answered, answer.text
    assert "3.5" in answer.text and "two years of K-12" in answer.text, answer.text
    assert "Educational Interpreter I: Educational Interpreter II" not in answer.text
