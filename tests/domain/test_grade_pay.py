"""A class's pay read through its grade: the grade from the table of classes (a row, or a matrix's grade row
under the class's column), the money from the grade's row of the pay table.

Pure checks of :mod:`assistant.domain.grade_pay`, then the real assistant over a university page of classes
whose pay is given only per grade.
"""

from __future__ import annotations

import pytest

from assistant.domain.grade_pay import (
    asked_class_grade, class_grade, grade_row, level_marked_grade, named_grade, stated_grade,
)
from assistant.engine import Assistant

from conftest import corpus_assistant

ROWS = """Class Title | Job Code | Pay Grade | FLSA
Office Assistant | 10110 | S03 | Non-exempt
Administrative Assistant II | 10121 | S07 | Non-exempt

Grade | Minimum | Midpoint | Maximum
S03 | $31,200 | $37,440 | $43,680
S07 | $41,600 | $49,920 | $58,240
"""

MATRIX = """Factor | Accountant 1 | Accountant 2 | Accountant 3
Job Code | 40311 | 40312 | 40313
Salary Grade | 25 | 27 | 29

Grade | Minimum | Midpoint | Maximum
25 | $56,500 | $70,625 | $84,750
29 | $74,100 | $92,625 | $111,150
"""


def test_the_grade_of_a_class_row_and_its_pay_row() -> None:
    grade, at = class_grade(ROWS, "Administrative Assistant II")
    assert grade == "S07" and ROWS[at:].startswith("Administrative Assistant II | 10121")
    start, end = grade_row(ROWS, grade)
    assert ROWS[start:end] == "S07 | $41,600 | $49,920 | $58,240"


def test_the_grade_under_a_matrix_column_and_a_level_written_in_digits_or_numerals() -> None:
    assert asked_class_grade(MATRIX, "What's the salary range for an Accountant III?")[0] == "29"
    assert asked_class_grade(MATRIX, "How much does an Accountant 1 make?")[0] == "25"


@pytest.mark.parametrize("text", [
    "Class Title | Pay Grade\nClerk | S03\n",  # a grade and no pay table
    "Step | Hourly\nA | $19.55\nB | $20.53\n",  # a step table names no class
])
def test_no_grade_and_pay_table_no_answer(text: str) -> None:
    grade, _ = asked_class_grade(text, "What does a Clerk make?")
    assert not grade or grade_row(text, grade) == (-1, -1)


PAGE = """# Administrative Support Classifications

Northwold University

## Classifications

""" + ROWS.split("\n\n")[0] + """

## Pay Grades

Staff pay grades, annual salary.

""" + ROWS.split("\n\n")[1] + """
## Descriptions

Administrative Assistant II: provides advanced administrative support to a department chair or dean's office,
including budgets, course scheduling and supervision of student employees.
"""


@pytest.fixture(scope="module")
def northwold(tmp_path_factory, shared_embeddings) -> Assistant:
    return corpus_assistant(tmp_path_factory.mktemp("grade-pay"), {"northwold-admin-support.md": PAGE}, shared_embeddings)


def test_the_assistant_answers_pay_through_the_grade(northwold: Assistant) -> None:
    answer = northwold.ask("What's the salary range for an Administrative Assistant II at Northwold University?")
    assert answer.answered and "$41,600" in answer.text and "$58,240" in answer.text, answer.text
    assert "$31,200" not in answer.text  # another grade's row
    quotes = " ".join(c.quote for c in answer.citations)
    assert "S07 | $41,600" in quotes and "Administrative Assistant II | 10121 | S07" in quotes


def test_a_range_stated_in_words_leads_to_the_schedules_row() -> None:
    from assistant.domain.grade_pay import stated_grade

    page = ("Range | Step A | Step E\n24 | 18.65 | 22.67\n27 | 20.09 | 24.42\n\n## INSTRUCTIONAL AIDE I / II\n\n"
            "Salary: | Instructional Aide I: Range 24 / Instructional Aide II: Range 27\n\n## LIBRARY MEDIA TECHNICIAN\n\n"
            "Salary: Range 31 (Classified Salary Schedule)\n")
    assert stated_grade(page, "Instructional Aide II")[0] == "27"
    assert stated_grade(page, "Library Media Technician")[0] == "31"
    start, end = grade_row(page, "27")
    assert page[start:end] == "27 | 20.09 | 24.42"
    assert asked_class_grade(page, "Step rates for an Instructional Aide II?", ["Instructional Aide II"])[0] == "27"


def test_a_schedule_row_printed_without_separators_is_the_grades_row() -> None:
    from assistant.domain.grade_pay import grade_row, stated_grade

    text = ("NUTRITION SERVICES ASSISTANT II\nClassified Job Description\nJob Code: 7312 Salary Range: 14\n\n"
            "CLASSIFIED SALARY SCHEDULE 2025-2026\nRange Step A Step B Step C Step D Step E\n"
            "13 $19.38 $20.34 $21.36 $22.43 $23.55\n14 $19.86 $20.85 $21.90 $22.99 $24.14\n")
    assert stated_grade(text, "Nutrition Services Assistant II")[0] == "14"
    start, end = grade_row(text, "14")
    assert text[start:end] == "14 $19.86 $20.85 $21.90 $22.99 $24.14"


SECRETARY = """TAMSIN VALLEY UNIFIED SCHOOL DISTRICT
CLASSIFIED JOB DESCRIPTION

SCHOOL RECEPTIONIST
Job Code: 3105 Salary: Range 19 of the Classified Salary Schedule

DEFINITION
Greets visitors to a school office, answers telephones and keeps attendance records.
"""

SCHEDULE = """TAMSIN VALLEY UNIFIED SCHOOL DISTRICT
CLASSIFIED SALARY SCHEDULE 2025-2026 (MONTHLY RATES)
Range Step A Step B Step C Step D
18 $3,390 $3,560 $3,737 $3,924
19 $3,526 $3,702 $3,887 $4,081
20 $3,667 $3,850 $4,042 $4,245
"""


def test_a_range_of_the_employers_schedule_filed_apart_is_read_there(tmp_path, shared_embeddings) -> None:
    """The class gives its pay only as "Range 19 of the Classified Salary Schedule"; the schedule is another file of
    the same district: the answer quotes that range's row, cited to the schedule, and the class's range line."""
    assistant = corpus_assistant(tmp_path, {"tamsin-school-receptionist.txt": SECRETARY,
                                            "tamsin-classified-salary-schedule.txt": SCHEDULE}, shared_embeddings)
    answer = assistant.ask("What does a School Receptionist at Tamsin Valley Unified make?")
    assert answer.answered, answer.text
    assert "$3,526" in answer.text and "$4,081" in answer.text, answer.text
    assert "$3,390" not in answer.text  # range 18's row
    assert "tamsin-classified-salary-schedule" in {c.doc_id for c in answer.citations}


MENDOVA_SERIES = """MENDOVA UNIFIED SCHOOL DISTRICT
CHILD NUTRITION COOK SERIES
Class Title Class Code Salary Placement Work Year Hours per Day
Child Nutrition Cook I 5210 Range 18 10 months (183 days) 6.0
Child Nutrition Cook II 5211 Range 22 10 months (183 days) 7.0
Salary ranges refer to the Classified Salary Schedule (Hourly), Columns A through E, printed below.

CHILD NUTRITION COOK I
Under the direct supervision of the Kitchen Manager, prepares, cooks and serves meals in a school site kitchen.

CHILD NUTRITION COOK II
Under the general supervision of the Kitchen Manager, performs batch cooking and baking in the Central Production
Kitchen and provides lead direction to Cook I staff.

CLASSIFIED SALARY SCHEDULE (EXCERPT) - HOURLY RATES
Range Column A Column B Column C Column D Column E
18 $20.14 $21.15 $22.21 $23.32 $24.49
22 $22.23 $23.34 $24.51 $25.74 $27.03
"""


def test_a_series_levels_range_given_after_its_code_in_a_row_printed_in_spaces(tmp_path, shared_embeddings) -> None:
    """"Child Nutrition Cook II 5211 Range 22 …": the level's range comes after its code; asked what the level pays,
    and asked again as the next level up, the answer is range 22's row of the schedule."""
    from assistant.domain.grade_pay import stated_grade
    from conftest import corpus_assistant

    assert stated_grade(MENDOVA_SERIES, "Child Nutrition Cook II")[0] == "22"
    assistant = corpus_assistant(tmp_path, {"mendova-child-nutrition-cook-series.txt": MENDOVA_SERIES},
                                 shared_embeddings)
    answer = assistant.ask("What does Mendova Unified pay a Child Nutrition Cook II per hour, from Column A to Column E?")
    assert answer.answered and "$22.23" in answer.text and "$27.03" in answer.text, answer.text
    history = [{"role": "user", "content": "How much does a Child Nutrition Cook I make at Mendova Unified?"},
               {"role": "assistant", "content": answer.text.replace("22.23", "20.14")}]
    up = assistant.ask("and the next level up?", history)
    assert up.answered and "$27.03" in up.text, up.text


def test_a_grade_in_a_label_cell_and_its_value_cell_under_the_class_heading() -> None:
    """"Pay Grade | 27 (see … Pay Plan below)": the grade a one-class page gives in its label table, read to find
    the pay plan's row for 27 rather than its neighbours."""
    from assistant.domain.grade_pay import stated_grade

    page = ("# Meter Technician\n\nClass Code | 7400\nPay Grade | 27 (see Trades Pay Plan below)\n\nInstalls meters.\n\n"
            "## Trades Pay Plan\n\nGrade | Minimum | Maximum\n26 | $59,634 | $86,468\n27 | $62,587 | $90,749\n")
    grade, _ = stated_grade(page, "Meter Technician")
    assert grade == "27"
    start, end = grade_row(page, grade)
    assert page[start:end] == "27 | $62,587 | $90,749"
    assert stated_grade("# Meter Technician\n\nClass Code: | 7400 | Pay Grade: | 26\n", "Meter Technician")[0] == "26"


def test_a_grade_in_a_class_table_printed_without_rules_and_the_line_given_to_that_grade() -> None:
    """A PDF's class table without rules gives each class's grade after its code, under a header that says so;
    the pay is a line of its own per grade ("Pay Grade 22: $4,962 - $6,948 per month")."""
    text = ("Class Title Code Pay Grade FLSA Probation\n"
            "Weights and Measures Inspector I 7741 19 Non-exempt 12 months\n"
            "Weights and Measures Inspector II 7742 22 Non-exempt 6 months\n"
            "Pay Grade 19: $4,318 - $6,047 per month\n"
            "Pay Grade 22: $4,962 - $6,948 per month\n")
    grade, at = stated_grade(text, "Weights and Measures Inspector II")
    assert grade == "22" and text[at:].startswith("Weights and Measures Inspector II 7742")
    start, end = grade_row(text, grade)
    assert text[start:end] == "Pay Grade 22: $4,962 - $6,948 per month"
    # (no header naming a grade after the code: the figure after the code is nothing known)
    assert stated_grade(text.replace("Code Pay Grade", "Code Hours"), "Weights and Measures Inspector II") == ("", -1)



def test_a_range_named_with_its_word_and_a_schedule_in_brackets_find_their_rows() -> None:
    """The class table says "Range 123", the schedule's first column "123"; a level matrix's label names the
    schedule the ranges are of ("Pay range (Schedule A)")."""
    page = ("Class Title | Code | Salary Range\nFacility Security Officer II | 2742 | Range 123\n\n"
            "Range | Step 1 | Step 5\n121 | $23.00 | $27.96\n123 | $24.17 | $29.38\n")
    grade, _ = class_grade(page, "Facility Security Officer II")
    assert grade == "Range 123"
    start, end = grade_row(page, grade)
    assert page[start:end] == "123 | $24.17 | $29.38"
    matrix = ("Series facts | Case Manager I | Case Manager II\nPay range (Schedule A) | A41 | A45\n\n"
              "Range | Biweekly minimum | Biweekly maximum\nA41 | $2,512.80 | $3,208.00\nA45 | $2,772.80 | $3,540.80\n")
    assert class_grade(matrix, "Case Manager II")[0] == "A45"


PRINT_OUT = """CLASS SPECIFICATION - STATE OF ORRINGFORD
CLASS CODE..........: 47318
CLASS TITLE: AIR PERMIT INSPECTOR
CLASS SHORT TITLE...: APC INSPECTOR
SALARY GRADE........: 19
FLSA STATUS: N   (NON-EXEMPT)

DEFINITION
Under general supervision, inspects air pollution sources such as boilers, paint booths and dry cleaners.

SALARY GRADE TABLE EXTRACT - BIWEEKLY
      GRADE        MINIMUM       MIDPOINT        MAXIMUM
      -----     ----------     ----------     ----------
       18         1,984.00       2,480.00       2,976.00
       19         2,091.20       2,614.00       3,136.80
       20         2,204.00       2,755.00       3,306.00
"""


def test_a_labelled_title_and_a_dot_leader_grade_field_give_the_grade() -> None:
    """An HR system print-out: "CLASS TITLE: AIR PERMIT INSPECTOR", then "SALARY GRADE........: 19"."""
    grade, offset = stated_grade(PRINT_OUT, "Air Permit Inspector")
    assert grade == "19" and PRINT_OUT[offset:].startswith("SALARY GRADE"), (grade, offset)


def test_a_one_class_pages_grade_answers_pay_however_the_class_is_named(tmp_path, shared_embeddings) -> None:
    """"APC inspector pay?" names the class by its short title; the page's one class is still the one asked, and its
    grade's row of the table printed without "$" states the pay."""
    assistant = corpus_assistant(tmp_path, {"orringford-air-permit-inspector.txt": PRINT_OUT}, shared_embeddings)
    answer = assistant.ask("orringford APC inspector pay?")
    assert answer.answered and "2,091.20" in answer.text and "3,136.80" in answer.text, answer.text
    assert "1,984.00" not in answer.text, answer.text


def test_a_one_class_page_stating_its_own_dollars_is_not_answered_through_its_grade(tmp_path, shared_embeddings) -> None:
    """A posting with its hiring range in dollars and, beside it, its staff grade's row: "hris analyst salary?"
    quotes the posting's own range, not the grade table's."""
    posting = ("# Human Resources Information Systems Analyst\n\nOrrowmere State University\n\n## At a glance\n\n"
               "Staff grade: Grade 14\n\nHiring range: $82,500 - $90,000 per year\n\n## Staff grade table\n\n"
               "Grade | Minimum | Midpoint | Maximum\n14 | $76,700 | $95,850 | $115,000\n\n## Duties\n\n"
               "Configures the HR information system and writes reports.\n")
    assistant = corpus_assistant(tmp_path, {"orrowmere-hris-analyst.md": posting}, shared_embeddings)
    answer = assistant.ask("orrowmere hris analyst salary?")
    assert answer.answered and "82,500" in answer.text, answer.text


def test_a_grade_cell_tagged_with_its_classes_is_the_grades_row() -> None:
    """A schedule excerpt tags the series' ranges ("M-45 PIS II | $5,870 | … | $7,135"): the row is M-45's, not
    M-4's or M-451's."""
    text = ("Range | Step A | Step E\nM-44 | $5,727 | $6,961\nM-45 PIS II | $5,870 | $7,135\nM-46 | $6,017 | $7,314\n")
    start, end = grade_row(text, "M-45")
    assert text[start:end] == "M-45 PIS II | $5,870 | $7,135"
    assert grade_row(text, "M-4") == (-1, -1)


def test_a_grade_stated_in_a_sentence_or_with_a_note_is_the_grade() -> None:
    """"… is placed on Range 24 of the Classified Management Salary Schedule"; a form's "Pay grade | G-19 (General
    Salary Schedule, biweekly; see Attachment 1)": the grade without the note, and its row in the schedule below."""
    placed = "The Nutrition Education Coordinator is placed on Range 24 of the Classified Management Salary Schedule."
    assert stated_grade(placed, "Nutrition Education Coordinator")[0] == "24"
    form = ("Class title | 4-H Youth Development Coordinator\nPay grade | G-19 (General Salary Schedule, biweekly; see "
            "Attachment 1)\nFLSA status | Non-exempt\n\nGrade | Step 1 | Step 2\nG-18 | $1,732.92 | $1,802.24\n"
            "G-19 | $1,819.57 | $1,892.35\n")
    grade, _ = asked_class_grade(form, "What is the pay for the 4-H Youth Development Coordinator?",
                                 ["4-H Youth Development Coordinator"])
    assert grade == "G-19"
    start, end = grade_row(form, grade)
    assert form[start:end] == "G-19 | $1,819.57 | $1,892.35"
    assert stated_grade("Instructional Aide II: Grade G-12\n", "Instructional Aide II")[0] == "G-12"


def test_a_grade_column_named_with_its_pay_period() -> None:
    """"Hourly pay grade": the column still holds the class's grade."""
    text = ("Class title | Class code | Hourly pay grade | FLSA\nSki Patroller I | 7301 | S-12 | Non-exempt\n"
            "Ski Patroller II | 7302 | S-15 | Non-exempt\n\nGrade | Step A | Step E\nS-12 | $20.20 | $24.55\n"
            "S-15 | $23.40 | $28.44")
    assert class_grade(text, "Ski Patroller II")[0] == "S-15"


def test_each_levels_grade_in_one_line_naming_both() -> None:
    """A series page gives both levels' grades in one line: with the verb left out the second time ("Title Examiner
    I is assigned to Range 18 and Title Examiner II to Range 22"), the grade before the title ("Shaded rows: Range 11,
    Plant Propagator I; Range 14, Plant Propagator II"), or the numeral in brackets ("Range 12 (I) and Range 15
    (II)"). Each level gets its own, never the other's."""
    assigned = "Title Examiner I is assigned to Range 18 and Title Examiner II to Range 22 (shaded)."
    assert named_grade(assigned, "Title Examiner I")[0] == "18"
    assert named_grade(assigned, "Title Examiner II")[0] == "22"
    shaded = "Shaded rows: Range 11, Plant Propagator I; Range 14, Plant Propagator II. New employees start at Step 1."
    assert named_grade(shaded, "Plant Propagator I")[0] == "11"
    assert named_grade(shaded, "Plant Propagator II")[0] == "14"
    assert named_grade(shaded, "Plant Propagator III") is None
    marked = "Salary Range 12 (I) and Range 15 (II), monthly; see the salary table on page 2"
    assert level_marked_grade(marked, "II")[0] == "15" and level_marked_grade(marked, "I")[0] == "12"
    assert level_marked_grade(marked, "III") is None
