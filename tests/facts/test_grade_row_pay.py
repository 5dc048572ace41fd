"""A class whose page gives its pay grade and, further down, a pay plan of several grades: the card's pay is its
grade's row (assistant.facts.extraction.money.grade_row_range), not the plan's first row, and a comparison of pay
prints that row's figures."""

from __future__ import annotations

from assistant.facts import extract_cards
from assistant.facts.extraction.money import grade_row_range

from conftest import corpus_assistant

GRADED_SPEC = """HARLOWE COUNTY

# Instrumentation Technician

Class Code | 7421
Pay Grade | 27 (see Trades and Technical Pay Plan below)
FLSA Status | Non-exempt

## Definition

Installs, calibrates and repairs process instruments, analyzers and control panels at the county's treatment plants.

## Trades and Technical Pay Plan (excerpt)

Annual salary by pay grade, effective July 1, 2025.

Grade | Minimum | Midpoint | Maximum
25 | $56,794 | $69,572 | $82,350
26 | $59,634 | $73,051 | $86,468
27 | $62,587 | $76,668 | $90,749
28 | $65,716 | $80,502 | $95,287
"""

HOURLY_POSTING = """BELLWEATHER WATER AUTHORITY

# Instrumentation Technician

## Pay

$41.12 - $52.48 per hour.

## Duties

Maintains flow meters, level transmitters and PLC panels at the authority's pump stations.
"""


def test_the_grade_in_a_label_cell_with_a_note_and_its_row_of_the_plan() -> None:
    card = extract_cards(GRADED_SPEC, "harlowe", "Instrumentation Technician", "Harlowe County")[0]
    assert card.grade == "27", card.grade
    assert (card.salary_min, card.salary_max, card.salary_unit) == (62587.0, 90749.0, "annual"), card.to_dict()
    assert "62,587" in card.salary_text and "56,794" not in card.salary_text, card.salary_text


def test_a_grade_cell_naming_its_schedule_before_the_grade_gives_that_grade() -> None:
    """"Pay grade | Technical Grade 27 (see the plan below)": the schedule's name, then the grade."""
    named = GRADED_SPEC.replace("Pay Grade | 27 (see Trades and Technical Pay Plan below)",
                                "Pay Grade | Technical Grade 27 (see the Trades and Technical Pay Plan below)")
    card = extract_cards(named, "harlowe", "Instrumentation Technician", "Harlowe County")[0]
    assert card.grade == "27", card.grade
    assert (card.salary_min, card.salary_max) == (62587.0, 90749.0), card.to_dict()
    # a pay plan's own row ("Grade 25 | $56,794 | …") names no grade of the class
    unnamed = GRADED_SPEC.replace("Pay Grade | 27 (see Trades and Technical Pay Plan below)\n", "").replace(
        "\n25 |", "\nGrade 25 |").replace("\n26 |", "\nGrade 26 |")
    assert extract_cards(unnamed, "harlowe", "Instrumentation Technician", "Harlowe County")[0].grade != "25"


def test_a_grade_row_reads_minimum_to_maximum_and_the_unit_of_the_tables_caption() -> None:
    found = grade_row_range(GRADED_SPEC, "26")
    assert found is not None and (found.low, found.high, found.unit) == (59634.0, 86468.0, "annual"), found
    assert grade_row_range(GRADED_SPEC, "31") is None


def test_a_schedule_row_naming_a_class_in_its_grade_cell_gives_no_grade() -> None:
    schedule = ("# Educational Interpreter I/II\n\nWrenly Joint Union High School District\n\n"
                "## Salary Schedule (Hourly)\n\nRange | Step 1 | Step 2 | Step 3\n"
                "31 (Interpreter I) | $26.10 | $27.41 | $28.78\n35 (Interpreter II) | $28.80 | $30.24 | $31.75\n")
    card = extract_cards(schedule, "wrenly", "Educational Interpreter", "Wrenly Joint Union High School District")[0]
    assert card.grade != "31", card.grade


def test_a_pay_comparison_prints_the_graded_row_of_each_class(tmp_path, shared_embeddings) -> None:
    assistant = corpus_assistant(tmp_path, {"harlowe-instrumentation-technician.md": GRADED_SPEC,
                                            "bellweather-instrumentation-technician.md": HOURLY_POSTING},
                                 shared_embeddings)
    answer = assistant.ask("Which pays more at the top of the range: the Instrumentation Technician at Harlowe County "
                           "or the one at Bellweather Water Authority?")
    assert answer.answered and "90,749" in answer.text and "52.48" in answer.text, answer.text
    assert "56,794" not in answer.text, answer.text


def test_a_step_row_ending_in_its_hourly_equivalent_reads_the_steps_in_the_period_named_above() -> None:
    """A PDF's row without cell separators: the monthly steps, then the hourly equivalent as a range; the caption
    says MONTHLY and the header "Hourly equivalent": the steps are monthly."""
    text = ("RESPIRATORY THERAPIST\nGrade: 318\n\nSALARY (EXCERPT FROM ATTACHMENT C, MONTHLY, EFFECTIVE 07/01/2025)\n"
            "Grade Step A Step B Step C Step D Step E Hourly equivalent\n"
            "318 $6,842 $7,184 $7,543 $7,920 $8,316 $39.47 - $47.98\n")
    found = grade_row_range(text, "318")
    assert found is not None and (found.low, found.high, found.unit) == (6842.0, 8316.0, "monthly"), found



def test_the_grades_row_right_under_the_first_row_of_the_plan_is_the_classs() -> None:
    """"Salary Grade | 12" over a plan whose first row is grade 10: the card reads the row for 12, the next line
    of the same table."""
    text = ("# Senior Nutrition Site Manager\n\nSalary Grade | 12 (see Authority Pay Grade Table)\n\n"
            "## Duties\n\nRuns the congregate meal site.\n\n# Authority Pay Grade Table (hourly)\n\n"
            "Grade | Minimum | Midpoint | Maximum\n10 | $18.90 | $22.68 | $26.46\n12 | $20.45 | $24.54 | $28.63\n")
    card = extract_cards(text, "yardleigh", "Senior Nutrition Site Manager", "Yardleigh Authority")[0]
    assert card.grade == "12"
    assert (card.salary_min, card.salary_max, card.salary_unit) == (20.45, 28.63, "hourly"), card.to_dict()


def test_a_header_table_of_two_label_value_pairs_a_row_gives_each_value_its_own_label() -> None:
    """"Job Code | 3460 | Pay Grade | 27": the 27 is the pay grade (not a job code), so the card's pay is grade 27's
    row, and "FLSA Status | Exempt" in the second pair of the next row is the overtime status."""
    text = """ELDMOOR COUNTY

# Outreach Program Coordinator

Job Code | 3460 | Pay Grade | 27
Department | Public Library | FLSA Status | Exempt
Probation | 12 months | Location | Main Library

## Position Summary

Plans and manages the library's outreach program.

## Salary

Annual salary ranges, Management and Professional Pay Plan:

Pay Grade | Minimum | Midpoint | Maximum
26 | $52,208 | $60,040 | $67,870
27 | $54,912 | $63,148 | $71,384
28 | $57,740 | $66,401 | $75,062
"""
    card = extract_cards(text, "eldmoor-outreach", "Outreach Program Coordinator", "Eldmoor County", "", [])[0]
    assert card.grade == "27"
    assert (card.salary_min, card.salary_max, card.salary_unit) == (54912.0, 71384.0, "annual")
    assert card.overtime == "exempt"


PRINTOUT = """1HRMS0410    STATE OF TARNHOLT                                   RUN DATE: 03/18/26
OCLASS CODE..........: 47215
 CLASS TITLE: UNDERGROUND STORAGE TANK INSPECTOR
 SALARY GRADE........: 21
 FLSA STATUS.........: NON-EXEMPT
OSEG 020  DEFINITION
 Inspects underground storage tank systems at fuel stations for leak detection and corrosion protection.
OSEG 090  SALARY GRADE TABLE EXTRACT - PAY PLAN SE - BIWEEKLY - EFFECTIVE 07/01/2025
      GRADE        MINIMUM       MIDPOINT        MAXIMUM
      -----     ----------     ----------     ----------
       20         2,104.80       2,630.80       3,156.80
       21         2,218.40       2,772.80       3,327.20
       22         2,338.00       2,922.40       3,506.80
"""


def test_a_printouts_grade_field_with_dot_leaders_gives_its_row_of_the_grade_table() -> None:
    """"SALARY GRADE........: 21": the dot leaders before the colon still label the grade, whose row is the pay."""
    card = extract_cards(PRINTOUT, "tarnholt-ust-inspector", "Underground Storage Tank Inspector", "State of Tarnholt",
                         "47215", [])[0]
    assert card.grade == "21"
    assert (card.salary_min, card.salary_max, card.salary_unit) == (2218.4, 3327.2, "biweekly")
