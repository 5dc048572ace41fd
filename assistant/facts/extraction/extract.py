"""Extract fact cards from a class specification's text.

One card for the whole document and, in a series document, one per level. A
level card holds what the document states for that level ("IT Systems
Specialist II - Grade 23", a table row "Network Administrator I | 16 | $33.85 -
$43.20", "ITSS II and III ... are not eligible for overtime pay") and inherits
what the document states for all levels (education, licenses ...). The
whole-document card of a series summarises its levels where the document gives
no single value (grade "16-19", overtime "mixed"). Rules are general: nothing
here knows a particular employer or document.

Example:
    >>> text = "Title: Clerk\\nSalary Range: $20.00 - $25.00 hourly\\nFLSA Status: Non-Exempt\\n"
    >>> card = extract_cards(text, "clerk", "Clerk")[0]
    >>> card.salary_min, card.salary_unit, card.annual_max, card.overtime
    (20.0, 'hourly', 52000.0, 'non-exempt')
"""

from __future__ import annotations

import re

from assistant.checkboxes import checked_only
from assistant.domain.levels import without_level, without_series
from assistant.domain.pay import is_hiring_range
from assistant.facts.model import LIST_FIELDS, FactCard
from assistant.facts.extraction.money import (
    PayRange, find_grade, level_grade, salary_ranges, to_annual, to_hourly, with_grade_row,
)
from assistant.facts.extraction.quals import find_credentials, find_education, find_experience, find_substitutions
from assistant.facts.extraction.units import Piece, pieces

Span = tuple[int, int]


def _collapse(value: str) -> str:
    return " ".join(value.replace("**", "").split())


# --- overtime ----------------------------------------------------------------

_OT_CONTEXT = re.compile(
    r"overtime|flsa|fair labor|\bstatus\b|(?:class|position|classification|job)\b[^.]{0,40}\b(?:non-?)?exempt\b|"
    r"\b(?:non-?)?exempt\b(?:,? [\w-]+){0,2} (?:position|class|classification|job|role)\b(?![^.]{0,60}civil service)"
)  # "This is an exempt, at-will position."
_NOT_ELIGIBLE = re.compile(
    r"eligible\s+for\s+overtime\s*[:|?]\s*(?:\*\*)?\s*no\b|\b(?:not|in)\s*eligible\s+for\s+overtime|"
    r"overtime\s+eligib\w*\s*[:|]?\s*(?:\*\*)?\s*no\b|not\s+overtime[- ]eligible|"
    r"overtime(?:\s+status)?\s*[:|]\s*(?:\*\*)?\s*(?:not|in)\s*eligible"
)
_ELIGIBLE = re.compile(
    r"\beligible\s+for\s+overtime|overtime\s+eligib\w*\s*[:|]?\s*(?:\*\*)?\s*yes\b|\bovertime[- ]eligible\b|"
    r"overtime(?:\s+status)?\s*[:|]\s*(?:\*\*)?\s*eligible"
)


def overtime_status(sentence: str, labels: tuple[str, ...] = ()) -> str | None:
    """'exempt' / 'non-exempt' from one statement, or None if it states neither.

    Overtime eligibility stands for the FLSA status: "not eligible for overtime"
    reads as exempt, "eligible for overtime" as non-exempt.
    """
    s = checked_only(sentence).lower()  # "☒ Exempt ☐ Non-Exempt": a form's ticked option
    if not (_OT_CONTEXT.search(s) or any(re.search(r"overtime|flsa|fair labor|exempt", label) for label in labels)):
        return None
    if re.search(r"\bnon[- ]?exempt\b|\bnot\s+(?:an?\s+)?exempt\b", s):
        return "non-exempt"
    if re.search(r"(?<![\w-])exempt\b", s) and not re.search(r"exempt\s+from\s+(?!(?:the\s+)?(?:overtime|f))", s):
        return "exempt"
    if _NOT_ELIGIBLE.search(s):
        return "exempt"
    if _ELIGIBLE.search(s):
        return "non-exempt"
    if labels and re.search(r"overtime", labels[0]):  # a table cell or value under an "Overtime eligible" label
        value = s.strip(" .*")
        if re.fullmatch(r"no|not eligible|ineligible", value):
            return "exempt"
        if re.fullmatch(r"yes|eligible", value):
            return "non-exempt"
    return None


def find_overtime(text: str, scope: list[Piece]) -> tuple[str, Span] | None:
    for piece in scope:
        status = overtime_status(text[piece.start:piece.end], piece.labels)
        if status:
            return status, piece.cite
    return None


# --- physical, dates, series, supervision ------------------------------------

_POUNDS = re.compile(
    r"(?:(?:up\s+to|at\s+least|a\s+minimum\s+of|maximum\s+of|in\s+excess\s+of)\s+)?"
    r"(?:[a-z]+(?:-[a-z]+)?\s+\()?(\d{1,3})\)?\+?\s*-?\s*(?:lbs?\.?|pounds?)(?!\w)",
    re.I,
)
_ACTION = re.compile(r"\b(lift\w*|carr\w+|hoist\w*|handl\w+|push\w*|pull\w*|drag\w*|mov\w+|exert\w*|tow\w*)\b", re.I)
_LIFTING = re.compile(r"lift|carr|hoist|handl", re.I)


def find_lift(text: str, scope: list[Piece]) -> tuple[int, Span] | None:
    """Heaviest weight the job requires lifting or carrying, in pounds.

    The verb nearest before the weight decides: "pushing carts weighing up to 200
    pounds" is not a lift, "lift, carry, push and pull objects up to 25 pounds" is.
    """
    best: tuple[int, Span] | None = None
    for piece in scope:
        sentence = text[piece.start:piece.end]
        for match in _POUNDS.finditer(sentence):
            window = max(0, match.start() - 160)
            verbs = list(_ACTION.finditer(sentence, window, match.start()))
            lifting = [v for v in verbs if _LIFTING.match(v.group(1))]
            if not lifting:
                if verbs or not (re.search(r"\blift", sentence[match.end():], re.I) or piece.has_label(r"lift|carry|strength")):
                    continue
                anchor = match.start()
            else:
                anchor = lifting[-1].start()
                if verbs[-1].start() > lifting[-1].start():
                    between = sentence[lifting[-1].end():verbs[-1].start()]
                    if not re.fullmatch(r"(?:[\s,/]|\band\b|\bor\b|\b(?:carr|lift|mov|push|pull|drag|hoist)\w*)*", between, re.I):
                        continue
            value = int(match.group(1))
            span = (piece.start + anchor, piece.start + match.end())
            if best is None or value > best[0]:
                best = (value, span)
    return best


_DATE = (r"(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{4}|\d{4}-\d{2}(?:-\d{2})?|"
         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2},\s*)?\d{4}|(?:19|20)\d{2})(?!\d)")
_ESTABLISHED = r"(?:class\s+)?(?:established|adopted|created|approved|effective)(?:\s+date)?|date\s+(?:established|adopted|approved|created)"
_REVISED = r"(?:last\s+)?(?:revised|amended|updated)(?:\s+date)?|revision\s+date|date\(?s?\)?\s+revised"
_DATED = re.compile(r"\b(?:(?P<est>%s)|(?P<rev>%s))\s*(?:\*\*)?\s*[:|]?\s*(?:\*\*)?\s*(?P<date>%s)" % (_ESTABLISHED, _REVISED, _DATE), re.I)


def find_dates(text: str, scope: list[Piece]) -> dict[str, tuple[str, Span]]:
    found: dict[str, tuple[str, Span]] = {}
    for piece in scope:
        if piece.in_table and piece.labels:
            kinds = [("date_established" if re.search(_ESTABLISHED, part, re.I) else
                      "date_revised" if re.search(_REVISED, part, re.I) else "") for part in piece.labels[0].split("/")]
            dates = re.findall(_DATE, text[piece.start:piece.end], re.I)
            if any(kinds) and len(dates) == len(kinds):
                for kind, value in zip(kinds, dates):
                    if kind:
                        found.setdefault(kind, (value, piece.cite))
            continue
        for match in _DATED.finditer(text, piece.start, piece.end):
            kind = "date_established" if match.group("est") else "date_revised"
            found.setdefault(kind, (match.group("date"), (match.start(), match.end())))
    return found


def find_series(text: str, title: str, levels: list[str], scope: list[Piece]) -> tuple[str, Span] | None:
    if levels:
        base = without_level(title).strip(" \t-–—:|#*")
        position = text.find(base) if base else -1
        if position < 0 and base:
            position = text.lower().find(base.lower())
        if position >= 0:
            return base, (position, position + len(base))
    for piece in scope:
        match = re.search(r"\b(?:in|of)\s+the\s+((?:[A-Z][\w&/-]*\s+){1,6})(?:class\s+)?series\b", text[piece.start:piece.end])
        if match:
            return match.group(1).strip(), (piece.start + match.start(1), piece.start + match.end(1) + len(" series") - 1)
        labelled = re.search(r"\bseries\s*[:|]\s*(?:\*\*)?\s*([^\n|*]+)", text[piece.start:piece.end], re.I)
        if labelled and labelled.group(1).strip():
            return labelled.group(1).strip(), (piece.start + labelled.start(1), piece.start + labelled.end(1))
    return None


_EXERCISED = re.compile(
    r"\bexercises\b|\bsupervises\b|\bprovides\s+(?:lead|technical|functional|work)\s+(?:\w+\s+)?(?:direction|guidance)|"
    r"\blead\s+direction\b|\bdoes\s+not\s+(?:formally\s+)?supervise|\bno\s+(?:direct\s+|formal\s+)?supervision\s*(?:[.;]|over|of|$)",
    re.I,
)


def find_supervision(text: str, scope: list[Piece]) -> tuple[str, Span] | None:
    hits = [p for p in scope if (p.topic == "supervision" or re.match(r"\W*exercises\b", text[p.start:p.end], re.I))
            and _EXERCISED.search(text[p.start:p.end])]
    if not hits:
        return None
    start, end = hits[0].start, hits[0].end
    for piece in hits[1:]:
        if piece.start - end > 200:
            break
        end = piece.end
    return _collapse(text[start:end]), (start, end)


# --- assembling cards --------------------------------------------------------

def _set(card: FactCard, name: str, value: object, span: Span) -> None:
    setattr(card, name, value)
    card.spans[name] = span


def _fill_salary(card: FactCard, text: str, ranges: list[PayRange], scope: list[Piece]) -> None:
    if not ranges:
        return
    # "Hiring Range: $31.20 - $35.90" above "Full Salary Range: $31.20 - $42.65": the class's range is the full one;
    # the hiring range is what a new employee starts within, quoted by the salary text's passage all the same
    full = [r for r in ranges if not is_hiring_range(text, r.span[0])]
    if full and any(r.unit for r in full):
        ranges = full + [r for r in ranges if r not in full]
    primary = next((r for r in ranges if r.unit), ranges[0])
    if primary.low is not None:
        _set(card, "salary_min", primary.low, primary.cite)
    if primary.high is not None:
        _set(card, "salary_max", primary.high, primary.cite)
    if primary.unit:
        _set(card, "salary_unit", primary.unit, primary.cite)
    holder = next((p for p in scope if p.start <= primary.span[0] < p.end), None)
    # the passage holding the range, and all of the range's own span (a range under a header reaches past the
    # line that names its unit)
    text_span = (min(holder.cite[0], primary.cite[0]), max(holder.cite[1], primary.cite[1])) if holder else primary.cite
    _set(card, "salary_text", _collapse(text[text_span[0]:text_span[1]]), text_span)
    by_unit: dict[str, PayRange] = {}
    for pay in ranges:
        if pay.unit:
            by_unit.setdefault(pay.unit, pay)
    for target, convert, preference in (
        ("hourly", to_hourly, ("hourly", "annual", "monthly", "biweekly")),
        ("annual", to_annual, ("annual", "hourly", "monthly", "biweekly")),
    ):
        source = next((by_unit[u] for u in preference if u in by_unit), None)
        if source is None or source.unit is None:
            continue
        for bound, value in (("min", source.low), ("max", source.high)):
            if value is not None:
                _set(card, f"{target}_{bound}", convert(value, source.unit), source.cite)
                if source.unit != target:
                    card.computed.append(f"{target}_{bound}")


def _fill(card: FactCard, text: str, scope: list[Piece], title: str, levels: list[str], level: str = "") -> None:
    single = [p for p in scope if not level or p.levels == frozenset({level})]
    # A lone figure ("Starting salary for trainees: $19.00") stands for the class only when there are no levels.
    ranges = salary_ranges(text, single, allow_single=not levels)
    grade = level_grade(text, title, level) or find_grade(text, single)
    if grade:
        _set(card, "grade", *grade)
        ranges = with_grade_row(text, ranges, grade[0])
    _fill_salary(card, text, ranges, single)
    education = find_education(text, scope)
    if education:
        (value, span), field = education
        _set(card, "education_level", value, span)
        if field:
            _set(card, "education_field", *field)
    experience = find_experience(text, scope)
    if experience:
        _set(card, "experience_months", *experience)
    substitutions = find_substitutions(text, scope)
    if substitutions:
        _set(card, "substitutions", *substitutions)
    for name, items in find_credentials(text, scope).items():
        setattr(card, name, [item for item, _ in items])
        for index, (_, span) in enumerate(items):
            card.spans[f"{name}[{index}]"] = span
    overtime = find_overtime(text, scope)
    if overtime:
        _set(card, "overtime", overtime[0], overtime[1])
        _set(card, "flsa_text", _collapse(text[overtime[1][0]:overtime[1][1]]), overtime[1])
    lift = find_lift(text, scope)
    if lift:
        _set(card, "max_lift_lbs", *lift)
    supervision = find_supervision(text, scope)
    if supervision:
        _set(card, "supervision_exercised", *supervision)
    for name, (value, span) in find_dates(text, scope).items():
        _set(card, name, value, span)
    series = find_series(text, title, levels, scope)
    if series:
        _set(card, "series", *series)


def _inherit(level_card: FactCard, doc_card: FactCard) -> None:
    for name in doc_card.fact_fields():
        value = getattr(doc_card, name)
        if value in (None, []):
            continue
        if name in LIST_FIELDS:
            own = getattr(level_card, name)
            extra = [(i, item) for i, item in enumerate(value) if item not in own]
            for i, item in extra:
                level_card.spans[f"{name}[{len(own)}]"] = doc_card.spans[f"{name}[{i}]"]
                own.append(item)
            if extra:
                level_card.inherited.append(name)
        elif getattr(level_card, name) in (None, ""):
            setattr(level_card, name, value)
            if name in doc_card.spans:
                level_card.spans[name] = doc_card.spans[name]
            level_card.inherited.append(name)
            if name in doc_card.computed:
                level_card.computed.append(name)


def _cover(spans: list[Span]) -> Span:
    return min(s[0] for s in spans), max(s[1] for s in spans)


def _aggregate(doc_card: FactCard, own: list[FactCard], text: str) -> None:
    """Fill the whole-document card of a series from what its levels state."""
    def values(name: str) -> list[tuple[object, Span]]:
        return [(getattr(c, name), c.spans[name]) for c in own if getattr(c, name) is not None and name in c.spans]

    def put(name: str, value: object, spans: list[Span]) -> None:
        _set(doc_card, name, value, _cover(spans))
        doc_card.aggregated.append(name)

    overtime = values("overtime")
    if overtime:
        kinds = {v for v, _ in overtime}
        if doc_card.overtime is None or len(kinds) > 1:
            value = kinds.pop() if len(kinds) == 1 else "mixed"
            put("overtime", value, [s for _, s in overtime])
            doc_card.spans["flsa_text"] = doc_card.spans["overtime"]
            doc_card.flsa_text = _collapse(text[doc_card.spans["overtime"][0]:doc_card.spans["overtime"][1]])
    if doc_card.salary_min is None and doc_card.salary_max is None:
        units = {c.salary_unit for c in own if c.salary_min is not None or c.salary_max is not None}
        if len(units) == 1 and None not in units:
            for name, pick in (("salary_min", min), ("salary_max", max), ("hourly_min", min), ("hourly_max", max),
                               ("annual_min", min), ("annual_max", max)):
                found = values(name)
                if found:
                    put(name, pick(v for v, _ in found), [s for _, s in found])
            found = values("salary_unit")
            put("salary_unit", found[0][0], [s for _, s in found])
            doc_card.computed = sorted({n for c in own for n in c.computed if n.startswith(("hourly", "annual"))})
    if doc_card.grade is None:
        grades = values("grade")
        if grades:
            numbers = [int(v) for v, _ in grades if re.fullmatch(r"\d+", str(v))]
            if len(numbers) == len(grades):
                low, high = min(numbers), max(numbers)
                value = str(low) if low == high else f"{low}-{high}"
            else:
                value = ", ".join(dict.fromkeys(str(v) for v, _ in grades))
            put("grade", value, [s for _, s in grades])
    education = values("education_level")
    if doc_card.education_level is None and education:
        order = ["high school", "associate", "bachelor", "master", "doctorate"]
        value, span = min(education, key=lambda item: order.index(str(item[0])))
        put("education_level", value, [span])
    for name, pick in (("experience_months", min), ("max_lift_lbs", max)):
        found = values(name)
        if getattr(doc_card, name) is None and found:
            value, span = pick(found, key=lambda item: item[0])
            put(name, value, [span])


def extract_cards(
    text: str, doc_id: str, title: str, employer: str = "", class_code: str = "", levels: list[str] | None = None,
) -> list[FactCard]:
    """The whole-document card first, then one card per level (in the order given)."""
    levels = list(levels or [])
    all_pieces = pieces(text, title, levels)
    doc_card = FactCard(doc_id=doc_id, title=title, employer=employer, class_code=class_code or None)
    if class_code:
        position = text.find(class_code)
        if position >= 0:
            doc_card.spans["class_code"] = (position, position + len(class_code))
    _fill(doc_card, text, [p for p in all_pieces if not p.levels], title, levels)
    level_cards: list[FactCard] = []
    base = without_series(without_level(title)).strip(" \t-–—:|#*")  # "… Series III" names no class
    for level in levels:
        card = FactCard(doc_id=doc_id, level=level, title=f"{base} {level}", employer=employer)
        _fill(card, text, [p for p in all_pieces if level in p.levels], title, levels, level)
        code = re.search(r"\b([A-Z]{0,4}-?\d{2,6}[A-Z]?)\s*\(\s*%s\s*\)" % re.escape(level), text[:4000])
        if code:
            _set(card, "class_code", code.group(1), (code.start(1), code.end(1)))
        level_cards.append(card)
    own = [FactCard.from_dict(card.to_dict()) for card in level_cards]
    for card in level_cards:
        _inherit(card, doc_card)
    if level_cards:
        _aggregate(doc_card, own, text)
    return [doc_card, *level_cards]
