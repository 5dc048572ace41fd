"""The one pay rule (assistant.domain.pay) and the readers that share it: lead line, cards, conditions."""

from __future__ import annotations

import pytest

from assistant.answering.leadline import salary_line
from assistant.domain.pay import UNIT_PHRASE, amount, asks_amount, find_ranges, money, pay_periods, states_amount, unit_in
from assistant.facts.rendering.card_writer import money as card_money, unit_asked
from assistant.facts.rendering.format import _money as table_money
from assistant.facts.routing.work_conditions import pay_criterion


def _ranges(text: str, labels: tuple[str, ...] = ()) -> list[tuple[float | None, float | None, str | None]]:
    return [(r.low, r.high, r.unit) for r in find_ranges(text, 0, len(text), labels)]


def test_find_ranges_reads_units_before_and_after_the_figures() -> None:
    assert _ranges("Wage Range: $25.34-33.96 hourly ($52707.20-$70636.80/yr)") == [
        (25.34, 33.96, "hourly"), (52707.2, 70636.8, "annual")]
    assert _ranges("Salary: Monthly $4,000 - $5,000") == [(4000.0, 5000.0, "monthly")]


def test_the_unit_after_the_figures_wins_when_the_one_before_them_cannot_be_theirs() -> None:
    """"The biweekly salary range equals $25.20 to $32.01 an hour": an hourly range, not a biweekly one (nor none)."""
    text = "The biweekly salary range equals $25.20 to $32.01 an hour in five steps."
    assert [(r.low, r.high, r.unit) for r in find_ranges(text, 0, len(text), ())] == [(25.2, 32.01, "hourly")]
    text = "Biweekly salary: $2,016.00 - $2,560.80 a month"  # plausible either way: the label before counts
    assert [r.unit for r in find_ranges(text, 0, len(text), ())] == ["biweekly"]


def test_a_grade_number_before_the_pay_is_no_low_end() -> None:
    # "11 – $3,412" is no range: the pay range opens at its second figure, and the yearly one keeps its own unit
    assert _ranges("Salary: Grade 11 – $3,412 to $4,118 monthly ($40,944 to $49,416 annually)") == [
        (3412.0, 4118.0, "monthly"), (40944.0, 49416.0, "annual")]
    assert salary_line("Grade 11 – $3,412 to $4,118 monthly ($40,944 to $49,416 annually)") == \
        "$3,412–$4,118 a month ($40,944–$49,416 a year)"


def test_a_range_number_close_to_the_pay_is_no_low_end() -> None:
    # "24 - $28.11" would pass as an hourly range: the pay's own range follows ("to $34.17"), so 24 is its number
    assert _ranges("Salary Range: 24 - $28.11 to $34.17 per hour ($4,872.40 to $5,922.80 per month)") == [
        (28.11, 34.17, "hourly"), (4872.4, 5922.8, "monthly")]
    assert salary_line("Salary Range: 24 - $28.11 to $34.17 per hour") == "$28.11–$34.17 an hour"
    assert _ranges("Pay: 18.50 - $22.75 hourly") == [(18.5, 22.75, "hourly")]


def test_find_ranges_leaves_an_unstated_unit_unknown_and_skips_non_pay() -> None:
    assert _ranges("Salary: $40,000 - $50,000") == [(40000.0, 50000.0, None)]
    assert _ranges("Salary $4,500 - $6,000 monthly plus a bilingual differential") == []
    assert _ranges("Requires 2-3 years of experience") == []


def test_amount_and_money() -> None:
    assert amount("52,707.20") == 52707.2 and amount("80", "k") == 80000
    assert money(52707.2) == "$52,707.20"
    assert money(4500) == "$4,500"
    assert money(25.5) == "$25.50"
    assert money(4500, cents=True) == "$4,500.00"


def test_unit_words() -> None:
    assert unit_in("paid every two weeks") == "biweekly"
    assert unit_in("per annum") == "annual"
    assert unit_in("$20 per day") == "other"
    assert unit_in("Hourly $1 / Monthly $2", last=True) == "monthly"
    assert UNIT_PHRASE["hourly"] == "an hour"


def test_lead_line_reads_what_the_cards_read() -> None:
    text = "Wage Range: $25.34-33.96 hourly ($52707.20-$70636.80/yr)"
    assert salary_line(text) == "$25.34–$33.96 an hour ($52,707.20–$70,636.80 a year)"
    assert salary_line("Salary: $4,000.00 - $5,000.00 monthly") == "$4,000–$5,000 a month"


def test_lead_line_prints_no_figure_the_text_does_not_state() -> None:
    assert salary_line("Salary: $50k-$60k") == ""  # $50,000 is computed from "$50k"


def test_card_writer_and_table_print_money_through_the_one_rule() -> None:
    assert card_money(4500) == "$4,500.00"
    assert table_money(4500) == "$4,500" and table_money(25.34) == "$25.34" and table_money(None) == ""
    assert unit_asked("What is the hourly rate?") == "hourly"
    assert unit_asked("What is the salary per year?") == "annual"
    assert unit_asked("What is the bi-weekly pay?") == "biweekly"
    assert unit_asked("What does it pay per day?") == ""


def test_pay_conditions_read_amounts_and_units_with_the_same_words() -> None:
    assert pay_criterion("Which jobs pay over $40 an hour?").describe == \
        "have a pay range that reaches above forty dollars an hour"
    assert pay_criterion("Which classes start above $5,000 a month?").describe == "start above five thousand dollars a month"
    assert "eighty thousand dollars a year" in pay_criterion("Which jobs pay more than $80k?").describe
    assert "thirty dollars an hour" in pay_criterion("Which jobs pay under $30/hr?").describe


@pytest.mark.parametrize("question, asks", [
    ("How much bilingual pay does a certified bilingual nurse receive?", True),
    ("What is the shift differential rate, as a percentage or dollars per hour?", True),
    ("how much does an accountant II make?", True),
    ("How much experience do I need?", False),
    ("How much weight must they lift?", False),
    ("How many years of college are required?", False),
])
def test_asks_amount(question, asks):
    assert asks_amount(question) is asks


def test_states_amount():
    assert states_amount("Salary: $4,000 a month") and states_amount("a 5% differential") and states_amount("Grade 23")
    assert not states_amount("A shift differential is paid for hours worked between 6:00 p.m. and 6:00 a.m.")
    assert not states_amount("Bilingual pay as provided in the Memorandum of Understanding.")
    # a pay table's row printed without "$" states its amounts; hours of a schedule do not
    assert states_amount("17        BIWEEKLY         1,846.40        2,703.20") and states_amount("17 HOURLY 23.08 33.79")
    assert not states_amount("Works 40 hours weekly, 8.00 a.m. to 4.30 p.m.")


def test_a_bulletin_with_four_ranges_gives_all_four_in_the_lead_line():
    """A City bulletin lists a range per pay grade; the fourth range is part of the answer too."""
    text = "$66,231 to $94,252; $74,082 to $105,444; $82,496 to $117,345; and $89,855 to $127,555"
    line = salary_line(text)
    assert line.startswith("$66,231–$94,252")
    assert "$89,855–$127,555" in line


def test_the_top_of_a_range_is_asked_and_read_from_the_largest_figure() -> None:
    from assistant.domain.pay import asks_top_of_range, largest_dollars

    assert asks_top_of_range("what does a maintenance worker II top out at per hour?")
    assert asks_top_of_range("What is the maximum salary?") and asks_top_of_range("the top step")
    assert asks_top_of_range("What is the top-step hourly rate for a Refuse Collector?")  # (written with a hyphen)
    assert asks_top_of_range("Which pays more at the top of its range?")
    assert asks_top_of_range("How does the top hourly rate for a Tree Trimmer II compare?")
    assert not asks_top_of_range("How much does a clerk make?")
    assert largest_dollars("Step: 5; Hourly: $33.00; Annual: $68,640.00") == 68640.0
    assert largest_dollars("No pay is stated.") == 0.0


def test_a_minimum_midpoint_maximum_chain_is_one_range_to_the_maximum() -> None:
    text = "Salary Range | $58,400 – $81,760 – $105,120 (minimum – midpoint – maximum, annual)"
    (found,) = find_ranges(text, 0, len(text), ("salary",))
    assert (found.low, found.high) == (58400, 105120)
    assert text[found.span[0]:found.span[1]].endswith("$105,120")
    steps = "Pay: $20.00 - $21.00 - $22.05 - $23.15 hourly; $3,500 - $3,900 monthly"
    assert [(r.low, r.high, r.unit) for r in find_ranges(steps, 0, len(steps), ("salary",))] == [
        (20.0, 23.15, "hourly"), (3500.0, 3900.0, "monthly"),
    ]


def test_an_examinations_mark_is_no_amount_paid() -> None:
    assert not states_amount("Candidates must achieve a passing score of 70% on each part to be placed on the list.")
    assert not states_amount("Written Examination - Weighted 40%")
    assert states_amount("A $1,000 bonus is paid after passing probation.")


def test_pay_figures_are_two_dollar_amounts_the_size_of_pay() -> None:
    from assistant.domain.pay import states_pay_figures

    assert states_pay_figures("| E | $27.25 | $4,723 |")
    assert not states_pay_figures("Grade 22. Parking costs $5 a day; meals $8.")


def test_a_biweekly_range_is_pay_without_any_other_pay_word() -> None:
    """"Biweekly Range | $3,412.80 - $4,357.60": the cell's label, a pay period alone, says its figures are pay."""
    assert _ranges("$3,412.80 - $4,357.60", ("biweekly range",)) == [(3412.8, 4357.6, "biweekly")]


def test_pay_periods_names_daily_and_weekly_too() -> None:
    assert pay_periods("How much does it pay per day?") == {"daily"}
    assert pay_periods("Daily rate | $348.20 | $359.52") == {"daily"}
    assert pay_periods("Annual (196 days) | $68,247 | $70,466") == {"annual"}
    assert pay_periods("$25.20 to $32.01 an hour, or $2,016.00 biweekly") == {"hourly", "biweekly"}
    assert pay_periods("Works 8 hours a day, five days a week.") == {"weekly"}


def test_a_paycheck_is_a_pay_period() -> None:
    """"the most … per paycheck" asks the biweekly figure, as "per pay period" does."""
    assert pay_periods("What is the most an Equipment Manager I can make per paycheck?") == {"biweekly"}
    assert pay_periods("how much is each pay period?") == {"biweekly"}
    assert unit_in("$1,842.40 - $2,468.80 per paycheck") == "biweekly"
