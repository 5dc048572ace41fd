"""Pay figures: how amounts, pay units and salary ranges are written, and how they are printed back.

One home for the rule: the extractive lead line, the fact cards, the card writer, the CLI table and the
pay conditions of list questions all read "$25.34-33.96 hourly" the same way. A range whose unit is not
stated keeps ``unit=None`` (never guessed); units are ``hourly``, ``biweekly``, ``monthly``, ``annual``.

Example:
    >>> text = "Wage Range: $25.34-33.96 hourly ($52707.20-$70636.80/yr)"
    >>> [(r.low, r.high, r.unit) for r in find_ranges(text, 0, len(text), ("wage range",))]
    [(25.34, 33.96, 'hourly'), (52707.2, 70636.8, 'annual')]
    >>> money(52707.2), money(4500), money(4500, cents=True)
    ('$52,707.20', '$4,500', '$4,500.00')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# An amount as written: "52,707.20", "25.34", "4500".
NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"

_UNIT_WORDS = [
    ("other", r"semi-?monthly|twice\s+(?:a|per)\s+month|weekly|per\s+week|/\s*week|/\s*wk|daily|per\s+day|/\s*day"),
    ("hourly", r"hourly|per\s+hour|an\s+hour|/\s*hour|/\s*hr\.?|hour|hr\.?"),
    # ("per paycheck": the period most public employers pay by, and the one "per pay period" is read as)
    ("biweekly", r"bi-?weekly|every\s+two\s+weeks|per\s+pay\s+period|/\s*pay\s+period|(?:per|a|each|every)\s+pay\s?check"),
    ("monthly", r"monthly|per\s+month|a\s+month|/\s*month|/\s*mo\.?|month"),
    ("annual", r"annually|annual|per\s+year|a\s+year|/\s*year|/\s*yr\.?|year|yearly|per\s+annum|/\s*annum|annum"),
]
# Any unit word, one named group per unit (for re.search) and anchored after a figure (for re.match).
UNIT_PATTERN = "|".join(f"(?P<{name}>{pattern})" for name, pattern in _UNIT_WORDS)
_AFTER = re.compile(r"^\s*(?:%s)\b" % UNIT_PATTERN, re.I)
_ANY_UNIT = re.compile(r"\b(?:%s)\b" % UNIT_PATTERN, re.I)

# How each unit is said after a figure.
UNIT_PHRASE = {"hourly": "an hour", "monthly": "a month", "annual": "a year", "biweekly": "every two weeks"}

_RANGE = re.compile(
    r"(?P<d1>\$)?\s?(?P<low>%s)\s*(?P<k1>[kK])?(?P<u1>\s*/\s*(?:hr|hour|mo|month|yr|year)\b\.?)?\s*(?P<sep>-|–|—|to|through|and)\s*"
    r"(?P<d2>\$)?\s?(?P<high>%s)\s*(?P<k2>[kK])?(?![\d%%])" % (NUMBER, NUMBER)
)
# A further figure after a range ("$58,400 – $81,760 – $105,120": minimum – midpoint – maximum).
_FURTHER_FIGURE = re.compile(r"\s*(?:-|–|—)\s*\$\s?(?P<high>%s)(?![\d%%])" % NUMBER)
_NEXT_FIGURE = re.compile(r"\s*(?:-|–|—|to)\s*\$\s?\d")
# a field's label naming pay ("Hiring Range", "Rate of Pay", "Compensation")
PAY_LABEL = re.compile(r"\b(?:range|rate|wages?|compensation|salary|pay)\b", re.IGNORECASE)
# "compensation" as pay, not as a program's name ("Workers' Compensation Claims Examiner", "unemployment compensation")
PAY_COMPENSATION = (r"(?<!workers' )(?<!workers’ )(?<!worker' )(?<!worker’ )(?<!workers )(?<!worker )(?<!worker's )"
                    r"(?<!unemployment )compensation")
# "Night shift 11:00 p.m. - 7:30 a.m. $4.00 per hour": a shift's row in a table of differentials, pay on top of the rate
SHIFT_RATE = re.compile(r"\b(?:evening|night|swing|graveyard|weekend)\s+shift\b[^\n]{0,60}?\$\s?\d", re.IGNORECASE)
# the range a posting hires within ("Hiring Range: $31.20 - $35.90"), beside the class's full range
HIRING_LABEL = re.compile(r"\b(?:hiring|starting|entry|recruit(?:ing|ment))\s+(?:salary\s+|pay\s+|wage\s+)?"
                          r"(?:range|rate|salary|pay)\b", re.IGNORECASE)


def is_hiring_range(text: str, start: int) -> bool:
    """Whether the range starting at ``start`` of ``text`` is on a line labelled as the range hired within."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(HIRING_LABEL.search(text, line_start, start))


_HIRING_LINE = re.compile(HIRING_LABEL.pattern + r"[^\n$]{0,20}\$\s?\d", re.IGNORECASE)


def states_hiring_range(text: str) -> bool:
    """Whether ``text`` prints a hiring range ("Hiring Range: $52,000 - $58,500"), a line of its own beside the
    class's full range."""
    return bool(_HIRING_LINE.search(text))


SALARY_WORDS = re.compile(r"salary|wage|compensation|\bpay\b|pay range|pay rate|rate of pay|hourly|bi-?weekly|monthly|annual|/\s*yr|/\s*hr", re.I)
NOT_SALARY = re.compile(
    r"standby|stand-by|differential|bilingual|stipend|allowance|premium|bonus|reimburs|incentive|per diem|mileage|"
    r"below the first step|uniform|tuition|overtime is paid|on-call pay|call-back|callback", re.I,
)
# Plausible pay for each unit; a figure outside is not read as that unit.
PLAUSIBLE = {"hourly": (5, 500), "biweekly": (200, 40000), "monthly": (500, 80000), "annual": (8000, 1000000)}


@dataclass
class PayRange:
    """One stated range: ``low``-``high`` per ``unit``; ``span`` covers label, figures and unit."""

    low: float | None
    high: float | None
    unit: str | None
    span: tuple[int, int]
    cite: tuple[int, int]


def amount(number: str, thousands: str | None = None) -> float:
    """'52,707.20' -> 52707.2; with a 'k' (or 'thousand') after it, times a thousand."""
    value = float(number.replace(",", ""))
    return value * 1000 if thousands else value


def money(value: float, cents: bool | None = None) -> str:
    """'$52,707.20'. ``cents=None`` prints cents only where they say something: below $1,000 or not whole."""
    if cents is None:
        cents = value < 1000 or abs(value - round(value)) >= 0.005
    return f"${value:,.2f}" if cents else f"${value:,.0f}"


def unit_of(match: re.Match[str] | None) -> str | None:
    """The unit a match of a unit pattern found (its named group), or None."""
    if not match:
        return None
    for name, _ in _UNIT_WORDS:
        if match.group(name):
            return name
    return None


def unit_in(text: str, last: bool = False) -> str | None:
    """The unit ``text`` names ('other' for weekly, daily ...): the first one, or the ``last`` one."""
    if last:
        found = list(_ANY_UNIT.finditer(text))
        return unit_of(found[-1]) if found else None
    return unit_of(_ANY_UNIT.search(text))


def units_named(text: str) -> set[str]:
    """Every pay period ``text`` names ("the top-step hourly rate, and what is that per year?": hourly, annual)."""
    return {unit for unit in (unit_of(m) for m in _ANY_UNIT.finditer(text)) if unit and unit != "other"}


# Every pay period by name, those cards cannot hold included ("daily rate", "per day"): what a question asks and a
# passage states, compared ("how much … per day?" is the "Daily rate" row, not the "Annual (196 days)" one)
_PERIODS = re.compile(
    r"\b(?:(?P<semimonthly>semi-?monthly|twice\s+(?:a|per)\s+month)|(?P<biweekly>bi-?weekly|every\s+two\s+weeks|"
    r"(?:per|a|each|every)\s+pay\s+period|(?:per|a|each|every)\s+pay\s?check)|"
    r"(?P<weekly>weekly|per\s+week|a\s+week)|(?P<daily>daily|per\s+day|/\s*day|day\s+rate)|"
    r"(?P<hourly>hourly|per\s+hour|an\s+hour|/\s*h(?:ou)?r)|(?P<monthly>monthly|per\s+month|a\s+month|/\s*mo(?:nth)?)|"
    r"(?P<annual>annual(?:ly)?|yearly|per\s+year|a\s+year|/\s*y(?:ea)?r|per\s+annum))\b", re.I)


UNCARDED_PERIODS = frozenset({"daily", "weekly", "semimonthly"})  # the periods find_ranges reads as "other": no card holds them


def pay_periods(text: str) -> set[str]:
    """The pay periods ``text`` names, daily and weekly among them ("Daily rate | $348.20 …": {"daily"})."""
    return {name for match in _PERIODS.finditer(text) for name, value in match.groupdict().items() if value}


def unit_after(text: str) -> re.Match[str] | None:
    """A unit word right at the start of ``text`` ("  hourly ..."), as a match (its end is where it stops)."""
    return _AFTER.match(text)


def find_ranges(text: str, start: int, end: int, labels: tuple[str, ...], cite: tuple[int, int] | None = None) -> list[PayRange]:
    """Pay ranges in text[start:end] whose context (the text or its ``labels``) marks them as salary."""
    found: list[PayRange] = []
    consumed = start
    body = text[start:end]
    context_is_salary = bool(SALARY_WORDS.search(body)) or any(SALARY_WORDS.search(label) for label in labels)
    if not context_is_salary or NOT_SALARY.search(body):
        return found
    pos = start
    while pos < end:
        match = _RANGE.search(text, pos, end)
        if match is None:
            break
        pos = match.end()
        if match.start() < consumed:
            continue
        has_dollar = bool(match.group("d1") or match.group("d2"))
        low, high = amount(match.group("low"), match.group("k1")), amount(match.group("high"), match.group("k2"))
        if not has_dollar and not ("." in match.group("low") and "." in match.group("high")):
            continue  # "18-25" is a grade, "2-3 years" a duration: pay needs a $ or cents
        # "Salary Range: 24 - $28.11 to $34.17": a range number before the pay, the pay's own range after it
        range_number = match.group("d2") and not match.group("d1") and _NEXT_FIGURE.match(text, match.end(), end)
        if not (0 < low <= high) or high > 5 * low or range_number:
            # "Grade 11 – $3,412 to $4,118": a grade before the pay is no range's low end; its second figure may
            # open the range
            pos = match.start("d2") if match.group("d2") else match.start("high")
            continue
        if match.group("sep") == "and" and not re.search(r"between\s*$", text[max(start, match.start() - 12):match.start()], re.I):
            continue
        stop = match.end()
        while has_dollar and match.group("sep") in "-–—":  # "min – midpoint – max": the range is min to max
            further = _FURTHER_FIGURE.match(text, stop, end)
            if not further or not high < amount(further.group("high")) <= 5 * low:
                break
            high, stop = amount(further.group("high")), further.end()
        # Unit: a label right before the figures ("Hourly $30.12"), then a word after ("33.96 hourly").
        boundary = max(consumed, text.rfind("\n", start, match.start()) + 1, text.rfind("|", start, match.start()) + 1,
                       text.rfind("/", start, match.start()) + 1, text.rfind(";", start, match.start()) + 1)
        before = text[boundary:match.start()]
        unit = None
        before_units = list(_ANY_UNIT.finditer(before))
        span_start = match.start() + (1 if text[match.start()].isspace() else 0)
        if before_units:
            unit = unit_of(before_units[-1])
            span_start = boundary + before_units[-1].start()
        after = _AFTER.match(text[stop:end])
        span_end = stop
        if unit is None and after:
            unit = unit_of(after)
        if after and (unit == unit_of(after)):
            span_end = stop + after.end()
        if unit is None and match.group("u1"):
            unit = unit_in(match.group("u1"))
        if unit is None:
            for label in labels:
                label_unit = unit_in(label)
                if label_unit:
                    unit = label_unit
                    break
        if unit == "other":
            consumed = stop
            continue  # weekly, daily, semi-monthly: not a unit cards hold; better none than a wrong one
        if unit is not None and after and unit_of(after) not in (unit, "other", None) \
                and not _plausible(low, high, unit) and _plausible(low, high, unit_of(after)):
            # "The biweekly salary range equals $25.20 to $32.01 an hour": the unit written right after the figures
            # is theirs, when the one named before them cannot be
            unit, span_end = unit_of(after), stop + after.end()
        if unit is not None and not _plausible(low, high, unit):
            continue
        label = re.search(r"(?:salary|wage|pay|compensation)[\w ()]*:\s*$", before, re.I)
        if label and not before_units:
            span_start = boundary + label.start()
        consumed = span_end
        found.append(PayRange(low, high, unit, (span_start, span_end), cite or (span_start, span_end)))
    return found


def _plausible(low: float, high: float, unit: str | None) -> bool:
    """Whether figures from ``low`` to ``high`` can be pay by ``unit`` (an hourly $25.20 is no biweekly pay)."""
    bounds = PLAUSIBLE.get(unit or "")
    return bounds is not None and bounds[0] <= low and high <= bounds[1]


# A question that asks for a sum of money or a rate: "how much bilingual pay …", "the differential rate, as a
# percentage", "how much does it pay". "How much experience" and "how much weight" ask for no money.
_ASKS_AMOUNT = re.compile(
    r"\bhow much\b[^?.]{0,40}?\b(?:pay|paid|salary|wages?|differential|allowance|stipend|bonus|make|earn|money|cost)\b"
    r"|\b(?:as a )?percentage\b|\bin dollars\b|\bdollars? (?:per|an?) hour\b|\b(?:differential|pay) rate\b|\brate of pay\b",
    re.IGNORECASE,
)
_STATES_AMOUNT = re.compile(r"\$\s?\d|\d\s?%|\bpercent\b|\bdollars?\b|\b(?:grade|range|step)\s+[A-Z]?\d|"
                            # a pay table's row without "$": "17   HOURLY   23.08   33.79", "BIWEEKLY 1,846.40"
                            r"\b(?:hourly|bi-?weekly|semi-?monthly|monthly|annual(?:ly)?|yearly)\b\W+(?:\w+\W+)?"
                            r"\d{1,3}(?:,\d{3})*\.\d{2}\b|"
                            # a report's row: a grade, then its two rates ("LOCKSMITH   G27   26.91   34.98")
                            r"\b[A-Z]{1,3}-?\d{1,3}\s+\d{1,3}(?:,\d{3})*\.\d{2}\s+\d{1,3}(?:,\d{3})*\.\d{2}\b", re.IGNORECASE)


def asks_amount(question: str) -> bool:
    """Whether ``question`` asks for an amount of money or a percentage (not a count or a duration)."""
    return bool(_ASKS_AMOUNT.search(question))


# "what percentage of time …": a passage stating a percentage ("35%  E  Compliance monitoring.") states the kind of
# fact asked, whatever its other words
PERCENT_KIND = (re.compile(r"^(?:percentages?|percent|share)$", re.IGNORECASE),
                re.compile(r"\d\s?%|\d\s+percent\b", re.IGNORECASE))


def amount_kinds(question: str) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(cue, evidence) pairs for the amounts ``question`` asks: a percentage asked is covered by one stated."""
    return [PERCENT_KIND] if re.search(r"\bpercent(?:age)?s?\b|\bwhat share\b", question, re.IGNORECASE) else []


_SCORE_WORDS = re.compile(r"\b(?:score|scores|scored|weighted|weight|passing|pass|points?|examination|exam|test)\b",
                          re.IGNORECASE)


def states_amount(text: str) -> bool:
    """Whether ``text`` states an amount of money, a percentage or a pay grade ("a passing score of 70%" is an
    examination's mark, not an amount paid)."""
    found = [m.group(0) for m in _STATES_AMOUNT.finditer(text)]
    if not found:
        return False
    if all("%" in f or "percent" in f.lower() for f in found) and _SCORE_WORDS.search(text):
        return False
    return True


# "What does it top out at?", "the top step", "the most it pays", "maximum salary": the top of the range
_ASKS_TOP = re.compile(
    r"\btops? out\b|\btop[- ](?:step|of (?:the |its |their )?(?:pay |salary )?(?:range|scale)|"
    r"(?:hourly |monthly |annual |biweekly |pay )?(?:rate|pay|salary|wage))\b|\b(?:highest|maximum|max)\b"
    r"|\bthe most (?:it|they|you|one) (?:can )?(?:pays?|makes?|earns?|gets?)\b",
    re.IGNORECASE,
)
_DOLLARS = re.compile(r"\$\s?(%s)" % NUMBER)


def asks_top_of_range(question: str) -> bool:
    """Whether ``question`` asks for the top of a pay range ("what does it top out at?")."""
    return bool(_ASKS_TOP.search(question))


def dollar_figures(text: str) -> set[str]:
    """The dollar figures ``text`` states, as written ("3,412.80"): whether a line read off a row says all of them."""
    return {m.group(1) for m in _DOLLARS.finditer(text)}


def largest_dollars(text: str) -> float:
    """The largest dollar figure ``text`` states (0 when none): the top step of a pay table is its largest row."""
    return max((amount(m.group(1)) for m in _DOLLARS.finditer(text)), default=0.0)


PAY_FIGURE_MIN = 10.0  # an hourly rate at least: smaller dollar figures are fees, allowances per meal or per mile


def states_pay_figures(text: str) -> bool:
    """Whether ``text`` states at least two dollar figures the size of pay (a range, a step table's row): a fact card
    that found none of them missed them, and saying the document "states no dollar amounts" would be wrong."""
    return sum(1 for m in _DOLLARS.finditer(text) if amount(m.group(1)) >= PAY_FIGURE_MIN) >= 2
