"""Salary ranges and pay grades of fact cards, read from labelled lines, prose and table cells.

The ranges themselves are read by :func:`assistant.domain.pay.find_ranges` (the rule the lead line
shares); this module adds what only cards need: step tables, labelled min/max, single figures, grades.

Handles "$25.34-33.96 hourly ($52707.20-$70636.80/yr)", "Hourly $30.12 - $38.44 /
Monthly ...", a table column headed "Hourly", a row labelled "Salary Range
(hourly)", and "Minimum Hourly Wage: 25.34" / "Maximum Hourly Wage: 33.96".
The time unit comes from the words next to the figures, then the labels above
them; a range whose unit is not stated keeps ``unit=None`` (never guessed).

Example:
    >>> text = "Wage Range: $25.34-33.96 hourly ($52707.20-$70636.80/yr)"
    >>> [(r.low, r.high, r.unit) for r in find_ranges(text, 0, len(text), ("wage range",))]
    [(25.34, 33.96, 'hourly'), (52707.2, 70636.8, 'annual')]
"""

from __future__ import annotations

import re

from assistant.domain.grade_pay import grade_row, level_marked_grade, named_grade
from assistant.domain.levels import level_title
from assistant.domain.pay import (
    NOT_SALARY, NUMBER, PLAUSIBLE, PayRange, amount, find_ranges, unit_after, unit_in, unit_of, units_named,
)
from assistant.facts.extraction.units import Piece

__all__ = ["PayRange", "find_grade", "find_ranges", "grade_row_range", "labelled_min_max", "salary_ranges", "single_figure",
           "step_table_ranges", "to_annual", "to_hourly", "with_grade_row"]

_TO_ANNUAL = {"hourly": 2080.0, "biweekly": 26.0, "monthly": 12.0, "annual": 1.0}


_MIN_MAX = re.compile(
    r"\b(?P<which>minimum|maximum|min\.?|max\.?)\s+(?P<unit>hourly|monthly|annual|yearly|bi-?weekly)?\s*"
    r"(?:wage|salary|pay|rate)(?:\s+rate)?\s*[:|]\s*\$?\s*(?P<value>%s)" % NUMBER, re.I,
)


def labelled_min_max(text: str, pieces: list[Piece]) -> PayRange | None:
    """'Minimum Hourly Wage: 25.34' plus 'Maximum Hourly Wage: 33.96' as one range."""
    lows: dict[str | None, tuple[float, tuple[int, int]]] = {}
    highs: dict[str | None, tuple[float, tuple[int, int]]] = {}
    for piece in pieces:
        for match in _MIN_MAX.finditer(text, piece.start, piece.end):
            unit_word = (match.group("unit") or "").lower()
            unit = {"hourly": "hourly", "monthly": "monthly", "annual": "annual", "yearly": "annual"}.get(unit_word)
            if unit_word.replace("-", "") == "biweekly":
                unit = "biweekly"
            target = lows if match.group("which").lower().startswith("min") else highs
            target.setdefault(unit, (float(match.group("value").replace(",", "")), (match.start(), match.end())))
    for unit, (low, low_span) in lows.items():
        if unit in highs and unit is not None:
            high, high_span = highs[unit]
            if 0 < low <= high:
                span = (min(low_span[0], high_span[0]), max(low_span[1], high_span[1]))
                return PayRange(low, high, unit, span, span)
    return None


# "Minimum Midpoint Maximum" over "$24.62 $28.90 $33.18": a range printed as a small table of its ends
_MIN_MAX_HEADER = re.compile(r"^[ \t|]*min(?:imum)?\.?[ \t|]+(?:(?:mid(?:point)?|control point)\.?[ \t|]+)?"
                             r"max(?:imum)?\.?[ \t|]*$", re.IGNORECASE | re.MULTILINE)
_FIGURES_ONLY = re.compile(r"^[ \t|]*(?:\$\s?(?:%s)[ \t|]*){2,3}$" % NUMBER)


def header_min_max(text: str, pieces: list[Piece]) -> PayRange | None:
    """A range printed under a "Minimum Midpoint Maximum" header, its unit named on the line above the header
    ("Pay Grade H14 (hourly, …)") or left unstated."""
    for header in _MIN_MAX_HEADER.finditer(text):
        line_end = text.find("\n", header.end() + 1)
        line_end = len(text) if line_end < 0 else line_end
        figures_line = text[header.end() + 1:line_end]
        if not _FIGURES_ONLY.match(figures_line):
            continue
        if not any(p.start <= header.end() + 1 < p.end and p.topic not in {"duties", "ksa"} for p in pieces):
            continue
        values = [amount(m.group("value"), None) for m in _FIGURE.finditer(figures_line)]
        low, high = values[0], values[-1]
        if not 0 < low < high:
            continue
        above = text.rfind("\n", 0, max(0, header.start() - 1)) + 1  # the line above names the unit, if any
        unit = unit_in(text[above:header.start()], last=True)
        if unit == "other" or (unit and not PLAUSIBLE[unit][0] <= low <= PLAUSIBLE[unit][1]):
            unit = None
        span = (above if unit else header.start(), line_end)
        return PayRange(low, high, unit, span, span)
    return None


def salary_ranges(text: str, pieces: list[Piece], allow_single: bool = True) -> list[PayRange]:
    """All salary ranges stated in ``pieces`` (document order); step tables, labelled min/max, one figure as fallbacks."""
    ranges: list[PayRange] = []
    for piece in pieces:
        if piece.topic in {"duties", "ksa", "distinguishing", "summary"} and not piece.in_table:
            continue
        ranges.extend(find_ranges(text, piece.start, piece.end, piece.labels, piece.cite if piece.in_table else None))
    if not ranges:
        ranges.extend(step_table_ranges(text, pieces))
    if not ranges:
        fallback = labelled_min_max(text, pieces) or header_min_max(text, pieces)
        if fallback:
            ranges.append(fallback)
    if not ranges and allow_single:
        ranges.extend(single_figure(text, pieces))
    return ranges


_FIGURE = re.compile(r"\$\s?(?P<value>%s)\s*(?P<k>[kK])?(?![\d,])" % NUMBER)
_SALARY_LABEL = re.compile(r"salary|wage|compensation|pay\s+rate|rate\s+of\s+pay|hourly\s+rate|\brate\b|\bpay\b", re.I)


def single_figure(text: str, pieces: list[Piece]) -> list[PayRange]:
    """One stated rate when no range is given: "Pay rate: $15.50 per hour", "Starting salary: $52,000 a year".

    "Starting"/"minimum" fills only the minimum, "up to"/"maximum" only the maximum, a flat rate both.
    """
    for piece in pieces:
        if piece.topic in {"duties", "ksa", "distinguishing", "summary"} and not piece.in_table:
            continue
        body = text[piece.start:piece.end]
        if not (_SALARY_LABEL.search(body) or any(_SALARY_LABEL.search(label) for label in piece.labels)) or NOT_SALARY.search(body):
            continue
        figures = list(_FIGURE.finditer(body))
        if len(figures) != 1:
            continue
        match = figures[0]
        if not body[:match.start()].strip() and NOT_SALARY.search(text[max(0, piece.start - _LEAD_IN):piece.start]):
            continue  # "Uniform allowance:" / "$1,150 per fiscal year": the line before names what the figure is
        value = amount(match.group("value"), match.group("k"))
        line_start = max(body.rfind("\n", 0, match.start()), body.rfind("|", 0, match.start())) + 1
        before = body[line_start:match.start()]
        after = unit_after(body[match.end():])
        unit = unit_in(before, last=True) or unit_of(after)
        if unit is None:
            unit = next((unit_in(label) for label in piece.labels if unit_in(label)), None)
        if unit == "other" or (unit and not (PLAUSIBLE[unit][0] <= value <= PLAUSIBLE[unit][1])):
            continue
        qualifier = body[max(0, match.start() - 40):match.start()].lower()
        low: float | None = value
        high: float | None = value
        if re.search(r"\b(?:starting|start|minimum|min\.?|entry|from|at\s+least|begins?\s+at)\b", qualifier):
            high = None
        elif re.search(r"\b(?:up\s+to|maximum|max\.?|top|not\s+to\s+exceed)\b", qualifier):
            low = None
        end = match.end() + (after.end() if after else 0)
        start = piece.start + line_start + (len(before) - len(before.lstrip()))
        span = piece.cite if piece.in_table else (start, piece.start + end)
        return [PayRange(low, high, unit, span, span)]
    return []


_LEAD_IN = 40  # characters before a piece that opens on its figure, where its label ends a line
_SINGLE = re.compile(r"^\$\s?(%s)$" % NUMBER)


def step_table_ranges(text: str, pieces: list[Piece]) -> list[PayRange]:
    """Step tables: a row "Hourly | $19.10 | ... | $23.22" or a column headed "Monthly"."""
    rows: dict[tuple[int, int], list[Piece]] = {}
    for piece in pieces:
        if piece.in_table:
            rows.setdefault(piece.cite, []).append(piece)
    found: list[PayRange] = []
    columns: dict[str, list[tuple[float, tuple[int, int]]]] = {}
    for row_span, cells in rows.items():
        values = []
        by_unit: dict[str | None, list[float]] = {}
        for cell in cells:
            single = _SINGLE.match(text[cell.start:cell.end].strip())
            if single:
                values.append(float(single.group(1).replace(",", "")))
                if cell.labels:
                    columns.setdefault(cell.labels[0], []).append((values[-1], row_span))
                by_unit.setdefault(unit_in(cell.labels[0]) if cell.labels else None, []).append(values[-1])
        row_text = text[row_span[0]:row_span[1]]
        head = text[cells[0].start:cells[0].end] if cells else ""
        unit = unit_in(head) or next((unit_in(label) for label in cells[0].labels[1:] if unit_in(label)), None)
        if not unit:
            # "| Water System Operator II | W-21 | $35.66 | $45.52 |" under "Hourly Minimum | Hourly Maximum": the
            # figures' own column headers say the unit when the row's first cell does not; with hourly and annual
            # columns side by side, the first unit's pair is the range
            unit = next((u for u, figures in by_unit.items() if u and u != "other" and len(figures) >= 2), None)
            if unit and len(by_unit) > 1:
                values = by_unit[unit]
        if len(values) >= 2 and unit in PLAUSIBLE and not NOT_SALARY.search(row_text):
            low, high = min(values), max(values)
            if PLAUSIBLE[unit][0] <= low and high <= PLAUSIBLE[unit][1]:
                found.append(PayRange(low, high, unit, row_span, row_span))
    if found:
        return found
    for header, entries in columns.items():
        unit = unit_in(header)
        if unit and len(entries) >= 2:
            low, high = min(v for v, _ in entries), max(v for v, _ in entries)
            spans = [s for _, s in entries]
            span = (min(s[0] for s in spans), max(s[1] for s in spans))
            if PLAUSIBLE[unit][0] <= low and high <= PLAUSIBLE[unit][1]:
                found.append(PayRange(low, high, unit, span, span))
    return found


def to_annual(value: float | None, unit: str) -> float | None:
    return None if value is None else round(value * _TO_ANNUAL[unit], 2)


def to_hourly(value: float | None, unit: str) -> float | None:
    return None if value is None else round(value * _TO_ANNUAL[unit] / 2080.0, 2)


_GRADE_VALUE = r"[A-Z]{0,3}-?\d{1,3}[A-Z]?(?:\s*(?:-|–|to|through)\s*[A-Z]{0,3}-?\d{1,3}[A-Z]?)?(?![\d,.$%])"
_GRADE_INLINE = re.compile(
    # ("SALARY GRADE........: 21": a print-out's dot leaders before the colon)
    r"\b(?:(?:pay\s+|salary\s+)?grade(?!s)|(?:pay|salary)\s+band)(?:\s+level)?\s*(?:\*\*)?\s*(?:\.{2,}\s*)?[:#|]?\s*(?:\*\*)?\s*"
    r"(?P<value>%s)" % _GRADE_VALUE, re.I,
)


_RANGE_GRADE = re.compile(
    r"\b(?:(?:pay|salary)\s+(?:range|schedule)(?:\s+(?:no\.|number))?|range)\s*(?:\*\*)?\s*(?:\.{2,}\s*)?[:#|]?\s*(?:\*\*)?\s*"
    r"(?:range\s+)?"
    r"(?P<value>[A-Z]{0,2}\d{1,3}[A-Z]?)(?![\d.,$%]|\s*(?:-|–|to)\s*[\d$])(?!\s*(?:hour|month|year|annual|percent|%))",
    re.I,
)


def _normal_grade(value: str) -> str:
    return re.sub(r"\s*(?:-|–|to|through)\s*", "-", value.strip())


def level_grade(text: str, title: str, level: str) -> tuple[str, tuple[int, int]] | None:
    """The grade a series page gives ``level`` of ``title`` in a line naming every level's grade: by its numeral in
    brackets ("Range 19 (I) and Range 22 (II)") or by its whole title ("… and Title Examiner II to Range 22");
    None when none."""
    if not level:
        return None
    found = level_marked_grade(text, level) or named_grade(text, level_title(title, level))
    return (_normal_grade(found[0]), found[1]) if found else None


def find_grade(text: str, pieces: list[Piece], single_level_only: bool = False) -> tuple[str, tuple[int, int]] | None:
    """The first pay grade stated in ``pieces``: (value as stated, span)."""
    for piece in pieces:
        if single_level_only and len(piece.levels) != 1:
            continue
        if piece.in_table and piece.has_label(r"\bgrade\b|\bband\b|\brange\b|schedule"):
            cell = text[piece.start:piece.end].strip()
            # "27 (see Trades and Technical Pay Plan below)", "11 (Salary Schedule A)": the grade, then a note on
            # its pay; "31 (Interpreter I)" in a schedule's row names a class instead
            # ("Technical Grade T7 (see Attachment A, Staff Salary Grades)": the schedule's name, then the grade)
            # (not a pay schedule's own row, "Grade 12 | $19.84 | $27.61", unless it is a class's row)
            value = re.match(r"(?P<words>(?:[A-Za-z]+\s+){0,3}?(?:grade|range|band)\s+)?(%s)\s*"
                             r"(?:\((?=[^)]*(?:\bsee\b|schedule|scale|plan|table|\$|\bpay\b|salary))|$)" % _GRADE_VALUE, cell, re.I)
            if value and not (value.group("words") and not piece.levels and _row_states_dollars(text, piece)):
                return _normal_grade(value.group(2)), piece.cite
            if piece.has_label(r"\bgrade\b"):
                continue
        # "Grade 2 Water Distribution Operator" (a certificate) or "grade 12 students" (duties) are no pay grade
        if not (piece.levels or piece.topic in {"header", "salary", "other", "overtime"}
                or piece.has_label(r"grade|\bpay\b|salary|band|range|class")):
            continue
        for match in _GRADE_INLINE.finditer(text, piece.start, piece.end):
            before = text[max(0, match.start() - 12):match.start()].lower()
            if re.search(r"(?:lower|higher|same|each)[- ]$|school\s*$", before):
                continue
            return _normal_grade(match.group("value")), (match.start(), match.end())
        # "PAY RANGE: 42", "Salary Schedule: Range 14": a numbered pay range is the grade
        for match in _RANGE_GRADE.finditer(text, piece.start, piece.end):
            return _normal_grade(match.group("value")), (match.start(), match.end())
    return None


def _row_states_dollars(text: str, piece: Piece) -> bool:
    """Whether the line holding ``piece`` (a table row) states a dollar amount."""
    end = text.find("\n", piece.end)
    return bool(re.search(r"\$\s?\d", text[text.rfind("\n", 0, piece.start) + 1:end if end >= 0 else len(text)]))


_RATE_FIGURE = re.compile(r"(?<![\d,.])(%s)(?![\d,])" % NUMBER)
_UNIT_LOOKBACK = 400  # the caption or lead-in of a pay table sits a few lines above its rows


def grade_row_range(text: str, grade: str) -> PayRange | None:
    """The range on a pay table's row for ``grade`` ("27 | $62,587 | $76,668 | $90,749"): its first figure to its
    last (minimum to maximum past a midpoint or steps), the unit named in the row or in the lines above it
    ("Annual salary by pay grade …"); None when the row holds no plausible range of one unit."""
    start, end = grade_row(text, grade)
    if start < 0:
        return None
    row = text[start:end]
    body = row[len(re.match(r"\s*(?:grade\s+|range\s+)?[^\s|]+", row, re.I).group(0)):]  # past the grade's own cell
    values = [amount(m.group("value"), m.group("k")) for m in _FIGURE.finditer(body)]
    if not values:
        values = [amount(m.group(1)) for m in _RATE_FIGURE.finditer(body) if "." in m.group(1)]
    # the steps, up to a figure of another magnitude ("… $8,316 $39.47 - $47.98": the hourly equivalent after them)
    run = values[:1]
    for value in values[1:]:
        if not run[0] / 2 <= value <= run[0] * 5:
            break
        run.append(value)
    if len(run) < 2 or not 0 < run[0] < run[-1]:
        return None
    low, high = run[0], run[-1]
    lookback = text[max(0, start - _UNIT_LOOKBACK):start]
    unit = unit_in(row) or unit_in(lookback, last=True)
    if unit == "other" or (unit and not PLAUSIBLE[unit][0] <= low <= high <= PLAUSIBLE[unit][1]):
        # ("… MONTHLY …" over "Grade Step A … Hourly equivalent": the one period named above that fits the figures)
        fitting = [u for u in units_named(lookback) if PLAUSIBLE[u][0] <= low <= high <= PLAUSIBLE[u][1]]
        unit = fitting[0] if len(fitting) == 1 else None
    return PayRange(low, high, unit, (start, end), (start, end))


def with_grade_row(text: str, ranges: list[PayRange], grade: str) -> list[PayRange]:
    """The class's grade's row of a pay table first, when the range the card would take is another grade's row of
    that table ("Pay Grade | 27" above a plan whose first row is grade 25) or has no unit; a range the page states
    elsewhere for the class keeps its place."""
    graded = grade_row_range(text, grade)
    if graded is None:
        return ranges
    primary = next((r for r in ranges if r.unit), ranges[0]) if ranges else None
    if primary is not None and graded.span[0] <= primary.span[0] < graded.span[1]:
        return ranges
    if primary is None or not primary.unit or _same_table(text, primary.span[0], graded.span[0]):
        return [graded] + [r for r in ranges if not graded.span[0] <= r.span[0] < graded.span[1]]
    return ranges


def _same_table(text: str, a: int, b: int) -> bool:
    """Whether every line from offset ``a`` to offset ``b`` is a row of one table (cells in pipes, or a grade
    followed by figures)."""
    first, last = min(a, b), max(a, b)
    first = text.rfind("\n", 0, first) + 1
    lines = text[first:last].split("\n")
    if len(lines) > 1 and not lines[-1]:
        lines.pop()  # (``b`` at the start of a row: the line break before it ends no line of its own)
    return all("|" in line or re.match(r"\s*[A-Z]{0,3}-?\d{1,3}[A-Z]?\s+\$?\d", line) for line in lines)
