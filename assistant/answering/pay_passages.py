"""Which pay passage answers a pay question: the range asked for, in the period asked, from its step table's ends.

Why: a class's pay passages rank by shared words, so "how much do the shift leads make?" led with the night shift
differential, "per month" with the hourly row, "what does it top out at?" with the first step, and a step table's
answer with steps A, B and C. These choices are made here, once, for the rule reader.

Example:
    >>> pay_passage(best, grounded, "Who tops out higher per month?").text  # doctest: +SKIP
    'Monthly $7,284 $7,648 $8,031 $8,432 $8,854'
"""

from __future__ import annotations

import dataclasses
import re

from assistant.answering.evidence import Sentence
from assistant.domain.grade_pay import asked_class_grade, grade_row, level_marked_grade, stated_grade
from assistant.domain.levels import level_title
from assistant.query.intents import gives_grade
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.domain.pay import (
    HIRING_LABEL, NOT_SALARY, SHIFT_RATE, UNCARDED_PERIODS, UNIT_PHRASE, asks_top_of_range, find_ranges, largest_dollars,
    pay_periods, states_amount, unit_in, units_named,
)
from assistant.table_rows import table_cells, table_header

TOP_ROW_REACH = 1.0  # a level's bonus and another level's debit in rank_sentences are further apart than this
def _bare_pay_row(text: str) -> bool:
    """A row of three figures or more printed without "$" ("L07  MONTHLY  3,549.87  3,726.67 …"), not a sentence
    holding one figure ("District Policy 4.12", "22,000 metered connections")."""
    return len(_PAY_FIGURE.findall(text)) >= BARE_ROW_FIGURES


BARE_ROW_FIGURES = 3
_PAY_FIGURE = re.compile(r"\d+\.\d{2}\b|\b\d{1,3},\d{3}\b")  # "20.48", "3,549.87": a pay table's figures, "$" or not
_STEP_CELL = re.compile(r"^(?:step\s*)?[A-Z0-9]{1,2}$", re.IGNORECASE)
# what a benefit costs or pays ("The County contributes up to $1,640 per month toward medical … premiums"): no salary
_BENEFIT_AMOUNT = re.compile(r"\b(?:insurance|premiums?|coverage|cash[- ]in[- ]lieu|deferred compensation|contributes|"
                             r"contributions?|retirement|pension|401\(?k\)?|457)\b", re.IGNORECASE)


def _stated_unit(text: str) -> str | None:
    """The period ``text``'s pay is stated in: its range's, which may be named after the figures ("The biweekly
    salary range equals $25.20 to $32.01 an hour"), else the first period it names."""
    ranges = find_ranges(text, 0, len(text), ())
    return ranges[0].unit if ranges else unit_in(text)


def states_pay_asked(question: str, quote: str) -> bool:
    """Whether ``quote`` states the amount a pay question asks: a grade counts, unless the question names the
    grade itself ("the annual salary for Range 24": a passage repeating "Range 24" tells nothing asked)."""
    if gives_grade(question):
        return bool(largest_dollars(quote))
    return states_amount(quote) or _bare_pay_row(quote)  # (or a grade table's row printed without "$")


def pay_passage(best: Sentence, grounded: list[Sentence], question: str) -> Sentence:
    """Of the pay passages of ``best``'s document (``grounded``, in rank order), the one that answers ``question``."""
    # (a table laid out in spaces prints its figures bare: "L07    MONTHLY   3,549.87  3,726.67 …")
    rows = [s for s in grounded if s.doc_id == best.doc_id and s.intent_hit
            and (largest_dollars(s.text) or _bare_pay_row(s.text))]
    # ("Similar jobs: Airfield Lighting Technician · $31.44 - $40.13 Hourly": another posting's pay, not this one's)
    rows = [s for s in rows if s.section_type != "elsewhere"] or rows
    if not NOT_SALARY.search(question):
        # "how much do the shift leads make?": the pay range, not the night shift differential that shares a word
        # (nor a differential table's row, "Night shift 11:00 p.m. - 7:30 a.m. $4.00 per hour")
        rows = [s for s in rows if not NOT_SALARY.search(s.text) and not SHIFT_RATE.search(s.text)] or rows
    if not _BENEFIT_AMOUNT.search(question):
        rows = [s for s in rows if not _BENEFIT_AMOUNT.search(s.text)] or rows
    if HIRING_LABEL.search(question):
        # "what is the hiring range?": the line labelled so, not the full range ranked above it
        rows = [s for s in rows if HIRING_LABEL.search(s.text)] or rows
    unit = unit_in(question)
    if unit in UNIT_PHRASE:
        # "how much per month?": the pay table's monthly row, not its hourly one that ranks first
        rows = [s for s in rows if _stated_unit(s.text) == unit] or rows
        # ("per hr?": "Salary: $24.31 - $31.02 Hourly", not "… appointed at Step 1 ($24.31 per hour) …" ranked above)
        rows = [s for s in rows if find_ranges(s.text, 0, len(s.text), ())] or rows
    if rows and asks_top_of_range(question):
        # "what does it top out at?": the passage with the largest figure (a pay table's last step), not the first
        # step that leads the table; among the rows about as well ranked as the first (another level's row, ranked
        # down for its level, "tops out" higher but is no answer)
        near = [s for s in rows if s.score >= rows[0].score - TOP_ROW_REACH]
        return max(near, key=lambda s: largest_dollars(s.text))
    return rows[0] if rows else best


def pay_answer_passages(best: Sentence, ranked: list[Sentence], chosen: list[Sentence], limit: int,
                        question: str, text: str = "") -> list[Sentence]:
    """A pay answer's passages: no benefit's cost, and a step table's ends unless the top of the range is asked."""
    chosen = without_benefit_amounts(best, chosen, question)
    if not NOT_SALARY.search(question) and not NOT_SALARY.search(best.text):
        # "what does it pay?" quotes the range, not the bilingual differential ranked above it under a pay heading
        chosen = [s for s in chosen if s is best or not NOT_SALARY.search(s.text)]
    chosen = with_other_period_rows(best, ranked, chosen, question, text)
    chosen = with_period_line(best, ranked, chosen, text)
    return chosen if asks_top_of_range(question) else step_table_ends(best, ranked, chosen, limit, text)


PERIOD_LINE_REACH = 3  # lines looked up from a row of bare figures for the line naming their period


def with_period_line(best: Sentence, ranked: list[Sentence], chosen: list[Sentence], text: str) -> list[Sentence]:
    """A row of figures that names no period ("$2,318.50 $2,434.43 … $2,818.15") with the line above its table that
    does ("SALARY SCHEDULE - RANGE 118 - SEMI-MONTHLY RATES (24 PAY PERIODS)"): the figures mean nothing without it."""
    if not text or best.header or unit_in(best.text) is not None or len(_PAY_FIGURE.findall(best.text)) < 2:
        return chosen  # (a row read under its header row is quoted with it: the header names each figure's period)
    end = text.rfind("\n", 0, best.start)
    for _ in range(PERIOD_LINE_REACH):
        if end <= 0:
            break
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if unit_in(line) is not None and not _PAY_FIGURE.search(line):
            if any(c.start <= start < c.end for c in chosen):
                return chosen
            period = _row_passage(ranked, text, start + len(line) - len(line.lstrip()), end, best.doc_id)
            return [best, period] + [c for c in chosen if c is not best]
        end = start - 1
    return chosen


def with_other_period_rows(best: Sentence, ranked: list[Sentence], chosen: list[Sentence], question: str,
                           text: str) -> list[Sentence]:
    """A pay table's row for one period ("L07  MONTHLY  3,549.87 …") with the rows right beside it in ``text`` (the
    document's) for the other periods ("L07  HOURLY  20.48 …"), in the table's order, unless the question asks the
    best row's period only."""
    unit = unit_in(best.text)
    # the period asked is that period's row; two ("hourly … per year") are both rows; another period than the best
    # row's ("… and what does that come to per year?") is the row beside it
    asked = units_named(question)
    asked_periods, best_periods = pay_periods(question), pay_periods(best.text)
    if unit is None or asked == {unit} or (asked_periods and best_periods and best_periods <= asked_periods) \
            or "\n" in best.text.strip() \
            or text[best.start:best.end].split() != best.text.split():  # (a row laid out in spaces reads collapsed)
        return chosen
    rows = [best]
    line_start = text.rfind("\n", 0, best.start) + 1
    line_end = text.find("\n", best.end)
    for start, end in ((text.rfind("\n", 0, max(0, line_start - 1)) + 1, line_start - 1),
                       (line_end + 1, text.find("\n", line_end + 1) if text.find("\n", line_end + 1) >= 0 else len(text))):
        line = text[start:end] if line_end >= 0 and 0 <= start < end else ""
        if line.strip() and unit_in(line) not in (None, unit, "other") and _PAY_FIGURE.search(line) \
                and (not asked or unit_in(line) in asked):
            rows.append(_row_passage(ranked, text, start + len(line) - len(line.lstrip()), end, best.doc_id))
    if len(rows) == 1:
        return chosen
    rows.sort(key=lambda s: s.start)
    return rows + [s for s in chosen if s is not best and not any(s.overlaps(r) for r in rows)]


def without_benefit_amounts(best: Sentence, chosen: list[Sentence], question: str) -> list[Sentence]:
    """A pay answer's passages without what a benefit costs or pays ("… contributes up to $1,640 per month toward
    medical premiums"), unless the question asks about that benefit."""
    if _BENEFIT_AMOUNT.search(question):
        return chosen
    return [s for s in chosen if s is best or not _BENEFIT_AMOUNT.search(s.text)]


def step_table_ends(best: Sentence, ranked: list[Sentence], chosen: list[Sentence], limit: int,
                    text: str = "") -> list[Sentence]:
    """A pay answer from a step table ("Step | Hourly | Annual" with rows A–E, or lines "STEP A $31.06 PER HOUR" …
    "STEP E $37.75 PER HOUR") quotes its first and last steps, the range, rather than the steps that ranked first
    (A, B, C); a table of levels is left as chosen."""
    if not best.header:
        rows = _step_lines(best, ranked, text)
        if len(rows) < 3:
            return chosen
    else:
        rows = sorted((s for s in ranked if s.doc_id == best.doc_id and s.header_start == best.header_start and s.header),
                      key=lambda s: s.start)
        first_cells = [table_cells(s.text)[0] for s in rows]
        if len(rows) < 3 or not (re.search(r"\bstep\b", table_cells(best.header)[0], re.I)
                                 or all(_STEP_CELL.match(cell) for cell in first_cells)):
            return chosen
    ends = [rows[0], rows[-1]]
    return (ends + [c for c in chosen if c not in rows and not any(c.overlaps(e) for e in ends)])[:max(limit, 2)]


_STEP_LINE = re.compile(r"^\W*step\s+[A-Z0-9]{1,2}\b", re.IGNORECASE)


def _step_lines(best: Sentence, ranked: list[Sentence], text: str) -> list[Sentence]:
    """The run of lines, one step each with its pay ("STEP A $31.06 PER HOUR"), that holds ``best``, in order."""
    def is_step(s: Sentence) -> bool:
        return bool(_STEP_LINE.match(s.text) and _PAY_FIGURE.search(s.text))
    if not text or not is_step(best):
        return []
    lines = sorted((s for s in ranked if s.doc_id == best.doc_id and is_step(s)), key=lambda s: s.start)
    runs: list[list[Sentence]] = []
    for s in lines:
        if runs and re.fullmatch(r"[ \t]*\n[ \t]*", text[runs[-1][-1].end:s.start]):
            runs[-1].append(s)
        else:
            runs.append([s])
    return next((run for run in runs if best in run), [])


def graded_pay(plan: QueryPlan, ranked: list[Sentence], snap: Snapshot) -> list[Sentence]:
    """For a class whose page gives its pay as a grade ("Administrative Assistant II | 10121 | S07") and the
    grade's range in a pay table ("S07 | $41,600 | $49,920 | $58,240"): that range's row, then the row giving the
    grade; [] when the page does not give pay that way."""
    if not ranked:
        return []
    doc_id = ranked[0].doc_id
    text = snap.doc_text(doc_id)
    doc = snap.documents.get(doc_id)
    titles = [str(c.get("title", "")) for c in doc.classes] + [doc.title] if doc is not None else []
    if doc is not None:  # a series page's levels by their whole titles ("Child Nutrition Cook II")
        titles += [level_title(doc.title, level) for level in doc.levels]
    grade, class_at = asked_class_grade(text, plan.standalone, titles)
    if not grade and doc is not None and len(plan.levels) == 1 and plan.levels[0] in doc.levels:
        # "Salary: Range 12 (I) and Range 15 (II), monthly": the level asked by its numeral in brackets
        marked = level_marked_grade(text, plan.levels[0])
        if marked is not None:
            grade, class_at = marked[0], text.rfind("\n", 0, marked[1][0]) + 1
    if not grade and doc is not None and len(doc.classes) <= 1 and not doc.levels \
            and not any(s.doc_id == doc_id and largest_dollars(s.text) for s in ranked):
        # a one-class page's own grade, however the question names the class ("UST inspector pay?" of the
        # Underground Storage Tank Inspector's "SALARY GRADE........: 21"), when it states no dollars of its own
        grade, class_at = stated_grade(text, doc.title)
    if not grade:
        return []
    class_end = text.find("\n", class_at)
    class_row = _row_passage(ranked, text, class_at, class_end if class_end >= 0 else len(text))
    start, end = grade_row(text, grade)
    if start >= 0:
        return [_row_passage(ranked, text, start, end), class_row]
    # "Salary: Range 22 of the Classified Salary Schedule": the range's row in the employer's schedule, filed apart
    for other_id, other in snap.documents.items():
        if other_id == doc_id or doc is None or other.employer != doc.employer or not _SCHEDULE.search(other.title):
            continue
        other_text = snap.doc_text(other_id)
        start, end = grade_row(other_text, grade)
        if start >= 0:
            return [_row_passage(ranked, other_text, start, end, other_id), class_row]
    return []


_SCHEDULE = re.compile(r"\b(?:salary|pay|wage|compensation)\s+(?:schedule|table|plan|scale)s?\b", re.I)


def _row_passage(ranked: list[Sentence], text: str, start: int, end: int, doc_id: str = "") -> Sentence:
    """The candidate quoting that row, or one made for it (a row the retrieved chunks did not reach), of ``doc_id``
    (the first candidate's document unless named)."""
    doc_id = doc_id or ranked[0].doc_id
    found = next((s for s in ranked if s.doc_id == doc_id and s.start == start and s.end == end), None)
    if found is not None:
        return found
    header_start, header = table_header(text, start)
    return dataclasses.replace(ranked[0], doc_id=doc_id, start=start, end=end, text=text[start:end], header=header,
                               header_start=header_start, section_type="salary",
                               page=ranked[0].page if doc_id == ranked[0].doc_id else None)


PERIOD_CREDIT = 0.7  # a passage stating pay by the period asked, over one stating it by another


def period_credit(asked_periods: set[str], text: str) -> float:
    """For a pay question naming a period the fact cards do not hold ("how much … per day?"): credit for a passage
    with figures stated by that period ("Daily rate | $348.20 | …"), a debit for one stating them by another only
    ("Annual (196 days) | $68,247"). Hourly, monthly and annual questions are ranked as before: their answers quote
    the other periods' rows beside the one asked, and a differential "per hour" is no hourly range."""
    if not asked_periods & UNCARDED_PERIODS or not (_PAY_FIGURE.search(text) or "$" in text):
        return 0.0
    stated = pay_periods(text)
    if not stated:
        return 0.0
    return PERIOD_CREDIT if stated & asked_periods else -PERIOD_CREDIT
