"""Conditions on the terms and demands of the work: pay, overtime status, lifting.

"Which jobs pay over $40 an hour?", "Which classes are exempt from
overtime?", "Which jobs require lifting 50 pounds or more?": each reader turns
the words of the question into a :class:`~assistant.facts.routing.criterion.Criterion`
or returns None when the question does not state that kind of condition.

Example:
    >>> pay_criterion("Which jobs pay over $40 an hour?").describe
    'have a pay range that reaches above forty dollars an hour'
"""

from __future__ import annotations

import re

from assistant.domain import pay
from assistant.facts.routing.criterion import CMP_LESS, CMP_MORE, Criterion, Verdict
from assistant.facts.fields import pay_keys, pay_value
from assistant.facts.model import FactCard
from assistant.facts.routing.number_words import count_word, say_number


_EXEMPT_WORDS = re.compile(
    r"(?<![\w-])exempt\b|\bnot\s+eligible\s+for\s+overtime|\bineligible\s+for\s+overtime|\bno\s+overtime\b|"
    r"\b(?:don'?t|do not|doesn'?t|does not|can'?t|cannot)\s+(?:get|earn|receive|qualify for|be paid)\s+overtime",
    re.I,
)
_NON_EXEMPT_WORDS = re.compile(
    r"\bnon[- ]?exempt\b|\bnot\s+exempt\b|(?<!not\s)(?<!in)\beligible\s+for\s+overtime|\bovertime[- ]eligible\b|"
    r"\b(?:get|gets|earn|earns|receive|receives|qualify for|qualifies for|paid)\s+overtime|\bovertime\s+pay\b",
    re.I,
)


def overtime_criterion(question: str) -> Criterion | None:
    non = _NON_EXEMPT_WORDS.search(question)
    exempt = _EXEMPT_WORDS.search(question)
    if exempt and re.match(r"exempt\s+from\s+(?!overtime|the\s+f|flsa)", question[exempt.start():], re.I):
        exempt = None  # "exempt from civil service" is not the overtime status
    if exempt and (not non or re.search(r"\bnot\s+eligible|ineligible|\bno\s+overtime|\b(?:don'?t|do not|doesn'?t|does not|can'?t|cannot)\b",
                                        exempt.group(0), re.I)):
        target, describe, found = "exempt", "are exempt from overtime (not eligible for overtime pay)", exempt
    elif non:
        target, describe, found = "non-exempt", "are eligible for overtime (non-exempt)", non
    else:
        return None

    def test(card: FactCard) -> Verdict:
        if card.overtime in (None, "mixed"):
            return None
        return card.overtime == target

    def keys(card: FactCard) -> list[str]:
        return ["overtime"] if card.overtime and "overtime" in card.spans else []

    return Criterion("overtime", describe, test, keys, found.span(), explicit_opposite=True)


_MONEY = re.compile(
    r"(?P<cmp>%s|%s)?\s*\$\s?(?P<amount>%s)\s*(?P<k>k\b|thousand\b)?\s*"
    r"(?P<plus>\+|or\s+(?:more|higher|above|over|better)|and\s+(?:up|above|over)|or\s+(?:less|lower|below|under))?\s*"
    r"(?P<unit>(?:%s)\b)?" % (CMP_MORE, CMP_LESS, pay.NUMBER, pay.UNIT_PATTERN),
    re.I,
)
_ASKED_UNITS = ("hourly", "monthly", "annual")


def _unit_asked(match: re.Match[str], question: str, amount: float) -> str:
    """The unit stated with the amount (or just after it); else the one its size suggests."""
    unit = pay.unit_of(match) if match.group("unit") else pay.unit_in(question[match.end():match.end() + 20])
    if unit in _ASKED_UNITS:
        return unit
    return "hourly" if amount < 300 else "monthly" if amount < 15000 else "annual"


def pay_criterion(question: str) -> Criterion | None:
    if not re.search(r"\b(?:pay|pays|paid|paying|salar\w*|wages?|earn\w*|make|makes|compensat\w*|start\w*|top|hour|hourly|year|annual\w*|month\w*)\b",
                     question, re.I):
        return None
    for match in _MONEY.finditer(question):
        amount = pay.amount(match.group("amount"), match.group("k"))
        comparator = (match.group("cmp") or "").lower()
        plus = (match.group("plus") or "").lower()
        if not comparator and not plus:
            continue
        less = bool(re.match(CMP_LESS, comparator) or re.search(r"less|lower|below|under", plus)) and not re.match(CMP_MORE, comparator)
        unit = _unit_asked(match, question, amount)
        starting = bool(re.search(r"\bstart\w*|\bentry\b|\bminimum\b|\bbottom\b|\blow end\b", question, re.I))
        bound = "min" if (starting or less) and not re.search(r"\btop\b|\bmaximum\b|\bup to\b", question, re.I) else "max"
        if less and bound == "max":
            bound = "max"
        words = say_number(amount)
        figure = f"{words} dollars {pay.UNIT_PHRASE[unit]}" if words else f"the amount asked ({unit})"
        at_least = "least" in comparator or "or more" in plus or "+" in plus
        if less:
            describe = (f"have a pay range that starts below {figure}" if bound == "min"
                        else f"top out below {figure}")
        elif bound == "min":
            describe = f"start at or above {figure}" if at_least else f"start above {figure}"
        else:
            describe = f"have a pay range that reaches {'at least' if at_least else 'above'} {figure}"

        def test(card: FactCard, unit: str = unit, bound: str = bound, amount: float = amount, less: bool = less) -> Verdict:
            value = pay_value(card, unit, bound)
            if value is None:
                return None
            return value < amount if less else (value >= amount if "least" in comparator or "or more" in plus or "+" in plus else value > amount)

        return Criterion("pay", describe, test, pay_keys, match.span(), explicit_opposite=True)
    return None


_LIFT_WORDS = re.compile(r"\b(?:lift\w*|carr\w+|heav\w*|weigh\w*|hoist\w*|handl\w+|move|moving)\b", re.I)
_POUNDS = re.compile(
    r"(?P<cmp>%s|%s)?\s*(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?P<plus>\+)?\s*"
    r"(?P<mid>or\s+(?:more|over|heavier|greater|above|less|fewer|under|lighter)\s+)?(?:lbs?\.?|pounds?)\b\s*"
    r"(?P<after>or\s+(?:more|over|heavier|greater|above|less|fewer|under|lighter)|and\s+(?:up|over|above))?" % (CMP_MORE, CMP_LESS),
    re.I,
)


def lift_criterion(question: str) -> Criterion | None:
    if not _LIFT_WORDS.search(question):
        return None
    for match in _POUNDS.finditer(question):
        number = count_word(match.group("n")) if not match.group("n").isdigit() else float(match.group("n"))
        if number is None:
            continue
        comparator = (match.group("cmp") or "").lower()
        after = (match.group("after") or match.group("mid") or "").lower()
        less = bool(re.match(CMP_LESS, comparator) or re.search(r"less|fewer|under|lighter", after))
        strict = bool(re.match(r"over|above|more|greater|higher|exceed|in\s+excess", comparator)) and not after
        limit = int(number)
        words = say_number(limit) or "the weight asked"
        if less:
            describe = f"require lifting less than {words} pounds" if not after else f"require lifting {words} pounds or less"

            def test(card: FactCard) -> Verdict:
                return None if card.max_lift_lbs is None else (card.max_lift_lbs <= limit if after else card.max_lift_lbs < limit)
        else:
            describe = f"require lifting more than {words} pounds" if strict else f"require lifting {words} pounds or more"

            def test(card: FactCard) -> Verdict:
                return None if card.max_lift_lbs is None else (card.max_lift_lbs > limit if strict else card.max_lift_lbs >= limit)

        def keys(card: FactCard) -> list[str]:
            return ["max_lift_lbs"] if card.max_lift_lbs is not None and "max_lift_lbs" in card.spans else []

        return Criterion("lift", describe, test, keys, match.span(), explicit_opposite=True)
    return None
