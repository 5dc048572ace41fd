"""Fact cards extracted from the seed documents and from small documents in unusual shapes.

Every filled fact must carry a span whose text states it (``check_spans``).
Nothing here reads the shared dev corpus: the seeds come from ``corpus/`` and
the other documents from ``tests/fixtures/facts/`` or are written by the tests.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.ingest.docinfo import identify
from assistant.facts import FactCard, extract_cards
from assistant.ingest.loaders import load_document

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
FIXTURES = REPO / "tests" / "fixtures" / "facts"

_EDUCATION_WORDS = {
    "high school": r"high school|GED|twelfth|12th", "associate": r"associate|two-year", "bachelor": r"bachelor|baccalaureate|four-year|\bb\.?[as]\b",
    "master": r"master|graduate", "doctorate": r"doctor|ph\.?\s?d",
}
_UNIT_WORDS = {"hourly": r"hour|hr", "monthly": r"month|/mo", "annual": r"year|yr|annual", "biweekly": r"bi-?weekly|pay period"}


def _money_forms(value: float) -> set[str]:
    return {f"{value:.2f}", f"{value:,.2f}", f"{value:,.0f}", f"{value:.0f}"}


def check_spans(card: FactCard, text: str) -> None:
    """Each filled fact has a span (one per list item) whose quote contains the value's source words."""
    for name, value in card.filled().items():
        for key in card.span_keys(name):
            assert key in card.spans, f"{card.label}: {key} has no span"
            start, end = card.spans[key]
            assert 0 <= start < end <= len(text), f"{card.label}: {key} span {start, end} outside the text"
        quote = text[card.spans[card.span_keys(name)[0]][0]:card.spans[card.span_keys(name)[0]][1]]
        flat = " ".join(quote.replace("**", "").split())
        lowered = flat.lower().replace("’", "'")
        where = f"{card.label}: {name}={value!r} quoted {flat!r}"
        if name in {"salary_min", "salary_max", "hourly_min", "hourly_max", "annual_min", "annual_max"}:
            if name in card.computed:
                assert re.search(r"\d", flat), where  # the stated figure it was computed from
            else:
                assert any(form in flat for form in _money_forms(value)), where
        elif name == "salary_unit":
            assert re.search(_UNIT_WORDS[value], lowered) or "|" in flat, where  # table rows: unit in the header
        elif name == "grade":
            assert all(number in flat for number in re.findall(r"\d+", value)), where
        elif name == "education_level":
            assert re.search(_EDUCATION_WORDS[value], lowered, re.I), where
        elif name == "experience_months":
            if value == 0:
                assert re.search(r"\bno\b|none", lowered), where
            else:
                assert re.search(r"year|month", lowered) and re.search(r"\d|one|two|three|four|five|six|ten|twelve|eighteen", lowered), where
        elif name in {"licenses_required", "licenses_preferred"}:
            for index, item in enumerate(value):
                start, end = card.spans[f"{name}[{index}]"]
                item_quote = " ".join(text[start:end].split()).lower().replace("’", "'")
                assert re.search(r"licen[cs]e|permit|cdl", item_quote), where
                core = re.sub(r"\s*\(.*?\)$", "", item).lower().replace("’", "'")
                assert core.split()[-1] in item_quote, where
        elif name in {"certifications_required", "certifications_preferred"}:
            for index, item in enumerate(value):
                start, end = card.spans[f"{name}[{index}]"]
                first_word = re.sub(r"\s*\(.*$", "", item).split()[0].lower()
                assert first_word in text[start:end].lower(), where
        elif name == "overtime":
            assert re.search(r"exempt|overtime|eligible", lowered), where
        elif name == "max_lift_lbs":
            assert str(value) in flat and re.search(r"lb|pound", lowered), where
        elif name in {"salary_text", "flsa_text", "substitutions", "supervision_exercised", "education_field"}:
            assert " ".join(value.replace("**", "").split()) == flat, where
        else:  # dates, series, class code: the value as written
            assert str(value).lower() in lowered, where


def cards_of(path: Path) -> tuple[str, list[FactCard]]:
    document = load_document(path)
    info = identify(document.text, path.name, document.html_title)
    cards = extract_cards(document.text, path.stem, info.title, info.employer, info.class_code, info.levels)
    for card in cards:
        check_spans(card, document.text)
    return document.text, cards


def by_level(cards: list[FactCard]) -> dict[str, FactCard]:
    return {card.level: card for card in cards}


# --- the seed documents ------------------------------------------------------


def test_butte_county_card() -> None:
    text, cards = cards_of(CORPUS / "butte-county-information-technology-specialist.txt")
    assert len(cards) == 1
    card = cards[0]
    assert (card.salary_min, card.salary_max, card.salary_unit) == (25.34, 33.96, "hourly")
    assert (card.annual_min, card.annual_max) == (52707.20, 70636.80)
    assert "annual_min" not in card.computed  # the document states the annual figures
    assert card.quote("salary_min", text).startswith("Wage Range: $25.34-33.96 hourly")
    assert card.education_level == "associate"
    assert card.experience_months == 24
    licenses = " / ".join(card.licenses_required).lower().replace("’", "'")
    assert "us driver's license" in licenses and "california driver's license" in licenses
    assert card.licenses_preferred == []
    assert card.max_lift_lbs == 25
    assert card.grade is None and card.overtime is None  # not stated: never guessed


def test_mcps_series_cards() -> None:
    text, cards = cards_of(CORPUS / "mcps-it-systems-specialist.txt")
    levels = by_level(cards)
    assert list(levels) == ["", "Intern", "I", "II", "III"]
    assert levels[""].grade == "18-25"
    assert {lv: levels[lv].grade for lv in ("Intern", "I", "II", "III")} == {"Intern": "18", "I": "20", "II": "23", "III": "25"}
    assert levels["II"].quote("grade", text) == "Grade 23"
    for card in cards:
        assert card.education_level == "bachelor"
        assert card.experience_months == 60
        assert any("motor vehicle operator's license" in item for item in card.licenses_required)
        assert any("Microsoft Technology Associate" in item for item in card.certifications_preferred)
        assert card.salary_min is None
        assert card.max_lift_lbs == 50
    assert levels["Intern"].overtime == levels["I"].overtime == "non-exempt"
    assert levels["II"].overtime == levels["III"].overtime == "exempt"
    assert "eligible for overtime" in levels["I"].quote("overtime", text)
    assert "not eligible for overtime" in levels["III"].quote("overtime", text)
    assert levels[""].overtime == "mixed" and "overtime" in levels[""].aggregated
    assert "education_level" in levels["II"].inherited and "grade" not in levels["II"].inherited


# --- small documents in unusual shapes ---------------------------------------


def test_grade_number_only() -> None:
    _, cards = cards_of(FIXTURES / "grade-only.txt")
    card = cards[0]
    assert card.grade == "23"
    assert card.salary_min is None and card.hourly_min is None and card.annual_min is None
    assert card.education_level == "associate" and card.experience_months == 24
    assert card.licenses_required == [] and card.certifications_required == []  # "No license ... is required"


def test_hourly_and_annual_both_stated() -> None:
    text, cards = cards_of(FIXTURES / "hourly-and-annual.md")
    card = cards[0]
    assert (card.salary_min, card.salary_max, card.salary_unit) == (22.0, 28.0, "hourly")
    assert (card.hourly_min, card.hourly_max, card.annual_min, card.annual_max) == (22.0, 28.0, 45760.0, 58240.0)
    assert card.computed == []
    assert card.quote("annual_max", text) == "$45,760.00 - $58,240.00 per year"
    assert card.experience_months == 18
    assert card.overtime == "non-exempt"
    assert card.max_lift_lbs == 60  # the 300 pounds are pushed, not lifted
    assert card.licenses_required == ["valid Class C driver's license"]
    assert card.certifications_required == ["Grade II Water Treatment Operator"]


def test_monthly_only_computes_hourly_and_annual() -> None:
    text, cards = cards_of(FIXTURES / "monthly-only.txt")
    card = cards[0]
    assert (card.salary_min, card.salary_max, card.salary_unit) == (4000.0, 5200.0, "monthly")
    assert (card.annual_min, card.annual_max) == (48000.0, 62400.0)
    assert (card.hourly_min, card.hourly_max) == (23.08, 30.0)
    assert set(card.computed) == {"hourly_min", "hourly_max", "annual_min", "annual_max"}
    assert not card.is_stated("annual_min") and card.is_stated("salary_min")
    assert card.quote("annual_min", text) == "Monthly Salary Range: $4,000.00 - $5,200.00"
    assert card.date_established == "June 2019" and card.date_revised == "02/2024"


def test_or_equivalent_substitution_and_preferred_license() -> None:
    _, cards = cards_of(FIXTURES / "monthly-only.txt")
    card = cards[0]
    assert card.education_level == "bachelor"
    assert card.substitutions is not None and "or equivalent" in card.substitutions
    assert card.experience_months == 48
    assert card.licenses_required == []
    assert card.licenses_preferred == ["valid driver's license"]
    assert card.overtime == "exempt"


def test_series_table_with_a_row_per_level() -> None:
    text, cards = cards_of(FIXTURES / "series-table.md")
    levels = by_level(cards)
    assert set(levels) == {"", "I", "II"}
    one, two = levels["I"], levels["II"]
    assert (one.grade, one.salary_min, one.salary_max, one.annual_max) == ("10", 18.0, 22.0, 45760.0)
    assert (two.grade, two.salary_min, two.salary_max, two.annual_max) == ("12", 20.0, 25.0, 52000.0)
    assert two.quote("salary_min", text).startswith("Clerk II | 12")
    assert (one.experience_months, two.experience_months) == (6, 24)
    assert one.overtime == two.overtime == "non-exempt"
    assert two.class_code == "C-102"
    whole = levels[""]
    assert whole.grade == "10-12" and (whole.salary_min, whole.salary_max) == (18.0, 25.0)
    assert {"grade", "salary_min", "salary_max"} <= set(whole.aggregated)


def test_nothing_stated_stays_none() -> None:
    _, cards = cards_of(FIXTURES / "unstated.txt")
    card = cards[0]
    assert (card.salary_min, card.salary_max) == (50000.0, 60000.0)
    assert card.salary_unit is None and card.annual_min is None and card.hourly_min is None  # unit not stated
    assert card.max_lift_lbs is None  # pushing carts is not lifting
    for name in ("grade", "education_level", "experience_months", "overtime", "substitutions"):
        assert getattr(card, name) is None, name


def test_docx_key_value_table_and_pdf(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    fpdf = pytest.importorskip("fpdf")
    document = docx.Document()
    document.add_heading("Harbor Transit Authority", 1)
    document.add_heading("Fleet Mechanic", 2)
    table = document.add_table(rows=0, cols=2)
    for key, value in [("Pay Grade", "T-12"), ("Hourly Rate", "$31.20 - $39.85"), ("FLSA Status", "Non-exempt")]:
        row = table.add_row().cells
        row[0].text, row[1].text = key, value
    document.add_heading("Licenses and Certifications", 2)
    document.add_paragraph("Must possess a valid Class A Commercial Driver's License (CDL) within six months of hire.", style="List Bullet")
    document.add_paragraph("ASE Master Truck Technician certification is highly desirable.", style="List Bullet")
    document.add_paragraph("Lift and carry parts weighing 50 lbs. and occasionally up to 80 lbs. with assistance.")
    document.save(tmp_path / "fleet-mechanic.docx")
    _, cards = cards_of(tmp_path / "fleet-mechanic.docx")
    card = cards[0]
    assert (card.grade, card.salary_min, card.salary_max, card.salary_unit) == ("T-12", 31.2, 39.85, "hourly")
    assert card.overtime == "non-exempt" and card.max_lift_lbs == 80
    assert card.licenses_required == ["valid Class A Commercial Driver's License (CDL)"]
    assert card.certifications_preferred == ["ASE Master Truck Technician"]

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    lines = [
        "COUNTY OF REDFIELD", "CLASS SPECIFICATION", "Title: Librarian II", "Salary Grade: 27",
        "Salary: $2,412.80 - $3,216.00 Biweekly", "FLSA: Exempt", "MINIMUM QUALIFICATIONS",
        "Education: Master's degree in Library Science from an ALA-accredited program.",
        "Experience: Two years of professional librarian experience.",
        "PHYSICAL DEMANDS", "Ability to lift up to 30 pounds and to push loaded book carts weighing up to 150 pounds.",
    ]
    for line in lines:
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "librarian.pdf"))
    _, cards = cards_of(tmp_path / "librarian.pdf")
    card = cards[0]
    assert (card.grade, card.salary_unit, card.salary_min) == ("27", "biweekly", 2412.8)
    assert card.annual_min == 62732.8 and "annual_min" in card.computed
    assert (card.education_level, card.experience_months, card.overtime, card.max_lift_lbs) == ("master", 24, "exempt", 30)


def test_card_round_trips_through_dict() -> None:
    _, cards = cards_of(CORPUS / "mcps-it-systems-specialist.txt")
    for card in cards:
        assert FactCard.from_dict(card.to_dict()) == card


def test_assorted_layouts() -> None:
    def card_of(text: str, title: str = "Clerk", levels: list[str] | None = None) -> FactCard:
        cards = extract_cards(text, "doc", title, levels=levels)
        for each in cards:
            check_spans(each, text)
        return cards[0]

    flat = card_of("Position: Lifeguard\nPay Rate: $17.25 per hour\nEmployment Status: Non-Exempt, Seasonal\n")
    assert (flat.salary_min, flat.salary_max, flat.salary_unit, flat.overtime) == (17.25, 17.25, "hourly", "non-exempt")
    starting = card_of("Salary\n\nStarting salary: $52,000 a year.\n")
    assert (starting.salary_min, starting.salary_max, starting.annual_min) == (52000.0, None, 52000.0)
    weekly = card_of("Salary Range: $800.00 - $1,000.00 weekly\n")
    assert weekly.salary_min is None  # not a unit a card holds: left out rather than mislabelled
    table = card_of(
        "# Library Page\n\n| Item | Detail |\n|---|---|\n| Pay Band | 2 |\n| Wage | $16.50/hr - $19.25/hr |\n"
        "| Eligible for overtime | Yes |\n| Driver's License | Not required |\n\n## Qualifications\n\n"
        "No prior experience is required.\n"
    )
    assert (table.grade, table.salary_min, table.salary_max, table.salary_unit) == ("2", 16.5, 19.25, "hourly")
    assert table.overtime == "non-exempt" and table.experience_months == 0 and table.licenses_required == []
    steps = card_of("## Salary\n\n| Step | A | B | C |\n|---|---|---|---|\n| Hourly | $19.10 | $20.06 | $21.06 |\n")
    assert (steps.salary_min, steps.salary_max, steps.salary_unit) == (19.10, 21.06, "hourly")
    labelled = card_of("QUALIFICATIONS\n\nDriver's License: Class C required.\nEducation: BA/BS degree in finance.\n"
                       "Experience: 3-5 years of accounting experience.\n")
    assert labelled.licenses_required == ["Class C Driver's License"]
    assert (labelled.education_level, labelled.experience_months) == ("bachelor", 36)
    levels = card_of(
        "# Equipment Operator I/II\n\n| Level | Grade | Hourly Range | FLSA |\n|---|---|---|---|\n"
        "| I | 11 | $21.00 - $26.00 | Non-exempt |\n| II | 13 | $23.50 - $29.00 | Exempt |\n",
        "Equipment Operator I/II", ["I", "II"],
    )
    assert (levels.grade, levels.salary_min, levels.salary_max, levels.overtime) == ("11-13", 21.0, 29.0, "mixed")
    substitute_only = card_of("MINIMUM QUALIFICATIONS\n\nA master's degree may substitute for one year of experience.\n")
    assert substitute_only.education_level is None and substitute_only.experience_months is None


def test_a_credential_listed_as_held_is_required() -> None:
    """"1. Valid Class B Commercial Driver's License …" under a heading the PDF wrapped onto two lines."""
    text = ("# School Bus Driver\n\nHarlan Unified School District\n\n## Qualifications\n\n"
            "Education: Graduation from high school.\nLicenses and Certificates (must be held at the time of appointment,"
            " or within 90 days of hire as a Driver\nTrainee):\n1. Valid Class B Commercial Driver's License (CDL) with"
            " Passenger (P) and School Bus (S)\nendorsements, without air brake restriction.\n"
            "2. Valid First Aid certificate, which must be kept current.\n")
    card = extract_cards(text, "harlan-bus-driver", "School Bus Driver", "Harlan Unified School District", "", [])[0]
    check_spans(card, text)
    assert any("Commercial Driver's License" in item and "School Bus (S)" in item for item in card.licenses_required)
    assert "First Aid" in card.certifications_required


def test_exempt_from_the_overtime_provisions_is_exempt() -> None:
    from assistant.facts.extraction.extract import overtime_status

    assert overtime_status("All four levels are exempt from the overtime provisions of the Fair Labor Standards Act "
                           "(FLSA); employees receive 40 hours of administrative leave instead of overtime pay.") == "exempt"
    assert overtime_status("Exempt from the civil service rules; overtime is paid at time and a half.") is None
    assert overtime_status("This is an exempt, at-will position.") == "exempt"
    assert overtime_status("This is an exempt position under the civil service rules.") is None


def test_a_level_rows_figures_take_their_unit_from_their_own_column_headers(tmp_path: Path) -> None:
    """"Hourly Minimum | Hourly Maximum" over each level's row: the row's first cell names the class, not the unit."""
    path = tmp_path / "harlow-creek-water-system-operator-series.md"
    path.write_text(
        "# Water System Operator I / II / III\n\nHarlow Creek Public Utility District\n\n## Classes and Pay\n\n"
        "| Class Title | Class Code | Grade | Hourly Minimum | Hourly Maximum | FLSA |\n|---|---|---|---|---|---|\n"
        "| Water System Operator I | 5311 | W-18 | $31.24 | $39.87 | Non-exempt |\n"
        "| Water System Operator II | 5312 | W-21 | $35.66 | $45.52 | Non-exempt |\n\n"
        "## Series Concept\n\nOperators run the District's water treatment plant and distribution system.\n",
        encoding="utf-8")
    _, cards = cards_of(path)
    levels = by_level(cards)
    assert (levels["I"].hourly_min, levels["I"].hourly_max) == (31.24, 39.87)
    assert (levels["II"].hourly_min, levels["II"].hourly_max, levels["II"].salary_unit) == (35.66, 45.52, "hourly")


def test_a_postings_full_salary_range_is_the_classs_range_not_its_hiring_range() -> None:
    """"Hiring Range" above "Full Salary Range": the class tops out at the full range's maximum."""
    text = ("# Zoning Technician\n\nCity of Arlen Falls\n\nJob Number: 2025-0311\n\n"
            "Hiring Range: $28.10 - $31.75 per hour ($58,448 - $66,040 annually)\n\n"
            "Full Salary Range: $28.10 - $38.40 per hour ($58,448 - $79,872 annually)\n\n"
            "FLSA: Non-Exempt\n\n## About the Position\n\nThe Zoning Technician reviews permit applications.\n")
    card = extract_cards(text, "arlen-falls-zoning-technician", "Zoning Technician", "City of Arlen Falls", "", [])[0]
    check_spans(card, text)
    assert (card.hourly_min, card.hourly_max) == (28.10, 38.40)
    assert card.annual_max == 79872


def test_a_series_pdfs_rows_of_code_grade_and_pay_give_each_level_its_own_range() -> None:
    """A PDF's pay table printed with single spaces: each class's row ("Zoning Inspector I 6121 24 $30.10 - …")
    starts a line of its own, and names its level though the document's title is the series'."""
    text = ("# Zoning Inspector Series\n\nCity of Marlow Bend\n\nZoning Inspectors enforce the zoning code.\n\n"
            "SALARY\nSalary ranges effective July 1, 2025. Annual amounts assume\n2,080 hours; monthly amounts are "
            "annual divided by twelve.\nLevel Class Code Pay Grade Hourly Range Monthly Range Annual Range\n"
            "Zoning Inspector Trainee 6120 21 $26.02 - $33.20 $4,510.13 - $5,754.67 $54,121.60 - $69,056.00\n"
            "Zoning Inspector I 6121 24 $30.10 - $38.45 $5,217.33 - $6,664.67 $62,608.00 - $79,976.00\n"
            "Zoning Inspector II 6122 27 $34.88 - $44.51 $6,045.87 - $7,715.07 $72,550.40 - $92,580.80\n"
            "Each pay grade has seven steps.\n")
    cards = extract_cards(text, "marlow-bend-zoning", "Zoning Inspector Series", "City of Marlow Bend", "",
                          ["Trainee", "I", "II"])
    levels = by_level(cards)
    for card in cards:
        check_spans(card, text)
    assert (levels["I"].salary_min, levels["I"].salary_max) == (30.10, 38.45)
    assert (levels["II"].salary_min, levels["II"].salary_max) == (34.88, 44.51)


def test_a_range_printed_under_a_minimum_midpoint_maximum_header_is_the_classs_range() -> None:
    """"Minimum Midpoint Maximum" over "$24.62 $28.90 $33.18", its unit named above: the range, quoted alone (the
    shift differential table after it is no part of the salary's passage)."""
    text = ("# Pharmacy Technician\n\nHarlow Valley Hospital District\n\nCOMPENSATION\nPay Grade H14 (hourly, effective "
            "July 1, 2025). Placement within the range depends on experience.\nMinimum Midpoint Maximum\n"
            "$24.62 $28.90 $33.18\nShift Differentials\nDifferential Hours Rate\n"
            "Evening shift 3:00 p.m. - 11:30 p.m. $2.25 per hour\nNight shift 11:00 p.m. - 7:30 a.m. $4.00 per hour\n")
    card = extract_cards(text, "harlow-pharmacy-technician", "Pharmacy Technician", "Harlow Valley Hospital District",
                         "", [])[0]
    check_spans(card, text)
    assert (card.salary_min, card.salary_max, card.salary_unit) == (24.62, 33.18, "hourly")
    assert "$24.62 $28.90 $33.18" in card.salary_text and "Differential" not in card.salary_text


def test_a_series_pages_level_headings_hold_their_facts_and_a_sibling_class_is_kept_apart() -> None:
    """"## Buyer II" over its "Salary Range | 46: …" rows: Buyer II's pay; "## Senior Buyer" (a class of the kind, no
    level of the series) holds its exempt status and pay apart from the levels and from the series as a whole."""
    text = ("# Buyer Series\n\nBuyer I (2310) · Buyer II (2311) · Senior Buyer (2313)\n\nCounty of Harrow\n\n"
            "## Buyer I\n\nClass Code | 2310\nSalary Range | 41: $5,412 - $6,906 monthly\nFLSA Status | Non-exempt\n\n"
            "### Definition\n\nThe entry level of the series.\n\n"
            "## Buyer II\n\nClass Code | 2311\nSalary Range | 46: $6,118 - $7,809 monthly\nFLSA Status | Non-exempt\n\n"
            "### Definition\n\nThe journey level of the series.\n\n"
            "## Senior Buyer\n\nClass Code | 2313\nSalary Range | 52: $7,094 - $9,055 monthly\nFLSA Status | Exempt\n\n"
            "## Minimum Qualifications\n\nTwo years of purchasing experience.\n")
    cards = extract_cards(text, "harrow-buyer-series", "Buyer Series", "County of Harrow", "", ["I", "II"])
    for card in cards:
        check_spans(card, text)
    levels = by_level(cards)
    assert (levels["II"].salary_min, levels["II"].salary_max) == (6118, 7809)
    assert (levels["I"].salary_min, levels["I"].salary_max) == (5412, 6906)
    assert levels[""].overtime == "non-exempt" and levels[""].salary_max == 7809  # Senior Buyer's is no level's
