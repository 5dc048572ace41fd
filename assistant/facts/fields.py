"""Which card fields a question asks about, and which one it ranks by ("the highest-paid class").

Comparisons and tables name the fields to show ("education, experience,
pay"); a superlative names a field and a direction. Both are read from general
wording and mapped to the card fields (and their citable span keys) that hold
the answer.

Example:
    >>> fields_asked("Compare A and B: education, experience, pay", [])
    (['pay', 'education', 'experience'], [])
    >>> parse_superlative("What is the highest-paid class?").field
    'pay'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.pay import PAY_COMPENSATION
from assistant.facts.model import EDUCATION_LEVELS, FactCard


# --- the fields a question can ask about -----------------------------------------------------------

FIELD_LABELS = {
    "pay": "Pay", "grade": "Grade", "education": "Education", "experience": "Experience", "license": "Licenses",
    "certification": "Certifications", "overtime": "Overtime", "lift": "Lifting", "code": "Class code",
    "supervision": "Supervision exercised",
}
# detect_intents names -> card fields; any other intent is a fact the cards do not hold
INTENT_FIELDS = {
    "salary": "pay", "grade": "grade", "education": "education", "experience": "experience", "license": "license",
    "certification": "certification", "overtime": "overtime", "lift": "lift", "code": "code",
}
# words that name a field even where no intent cue fires ("Compare X and Y: education, experience, pay")
_FIELD_WORDS = [
    ("pay", r"\b(?:pay(?!\s+grades?)|salary(?!\s+grades?)|salaries|wages?|%s)\b" % PAY_COMPENSATION),
    ("grade", r"\bgrades?\b"),
    ("education", r"\b(?:education|degrees?)\b"),
    ("experience", r"\bexperience\b"),
    ("license", r"\blicen[cs]es?\b"),
    ("certification", r"\bcertific\w*\b"),
    ("overtime", r"\b(?:overtime|flsa)\b"),
    ("lift", r"\b(?:lifting|lift)\b"),
]
DEFAULT_COMPARE_FIELDS = ["pay", "grade", "education", "experience", "license", "overtime"]


def field_keys(card: FactCard, name: str) -> list[str]:
    """Span keys of ``card`` that state field ``name`` (empty when the card does not state it)."""
    if name == "pay":
        return [key for key in pay_keys(card)]
    simple = {"grade": "grade", "education": "education_level", "experience": "experience_months",
              "overtime": "overtime", "lift": "max_lift_lbs", "code": "class_code", "supervision": "supervision_exercised"}
    if name in simple:
        key = simple[name]
        return [key] if getattr(card, key) not in (None, "") and key in card.spans else []
    if name == "license":
        return [k for k in card.span_keys("licenses_required") if k in card.spans]
    if name == "certification":
        return [k for k in card.span_keys("certifications_required") if k in card.spans]
    return []


def pay_keys(card: FactCard) -> list[str]:
    """Span keys of the pay figures the document states (never the computed ones)."""
    keys: list[str] = []
    if (card.salary_min is not None or card.salary_max is not None) and "salary_min" not in card.computed:
        for key in ("salary_min", "salary_max"):
            if getattr(card, key) is not None and key in card.spans:
                keys.append(key)
                break
    for prefix in ("annual", "hourly"):
        if card.salary_unit == prefix:
            continue
        for key in (f"{prefix}_min", f"{prefix}_max"):
            if getattr(card, key) is not None and key in card.spans and key not in card.computed:
                keys.append(key)
                break
    return keys


def has_pay(card: FactCard) -> bool:
    return card.annual_max is not None or card.annual_min is not None


# Broad intents ("requirements", "tell me about") that name no single fact: the card fields that answer them
GENERIC_INTENTS = {
    "qualifications": ["education", "experience", "license", "certification"],
    "overview": [],
}


def generic_fields(intent_names: list[str]) -> list[str]:
    """Card fields behind the broad intents of a question ("requirements" -> education, experience, licenses)."""
    found: list[str] = []
    for name in intent_names:
        for target in GENERIC_INTENTS.get(name, []):
            if target not in found:
                found.append(target)
    return found


def fields_asked(question: str, intent_names: list[str]) -> tuple[list[str], list[str]]:
    """(card fields the question asks for, intents the cards cannot answer); broad intents are neither."""
    wanted: list[str] = []
    unsupported: list[str] = []
    for name in intent_names:
        if name in GENERIC_INTENTS:
            continue
        target = INTENT_FIELDS.get(name)
        if target is None:
            unsupported.append(name)
        elif target not in wanted:
            wanted.append(target)
    for name, pattern in _FIELD_WORDS:
        if name not in wanted and re.search(pattern, question, re.I):
            if name == "grade" and re.search(r"\b(?:pay|salary|wage)\s+ranges?\b", question, re.I):
                continue
            wanted.append(name)
    return wanted, unsupported


def pay_value(card: FactCard, unit: str, bound: str) -> float | None:
    annual = getattr(card, f"annual_{bound}")
    hourly = getattr(card, f"hourly_{bound}")
    if unit == "hourly":
        return hourly if hourly is not None else (annual / 2080 if annual is not None else None)
    if annual is None:
        return None
    return annual / 12 if unit == "monthly" else annual


# --- rankings ("the highest-paid class") -----------------------------------------------------------------------

@dataclass
class Superlative:
    field: str  # pay / experience / lift / education / grade
    highest: bool
    bound: str = "max"  # pay: compare the top ("max") or the start ("min") of ranges
    span: tuple[int, int] = (0, 0)

    def value(self, card: FactCard) -> float | None:
        if self.field == "pay":
            return pay_value(card, "annual", self.bound)
        if self.field == "experience":
            return card.experience_months
        if self.field == "lift":
            return card.max_lift_lbs
        if self.field == "education":
            return EDUCATION_LEVELS.index(card.education_level) if card.education_level in EDUCATION_LEVELS else None
        if self.field == "grade":
            return float(card.grade) if card.grade and re.fullmatch(r"\d+(?:\.\d+)?", card.grade) else None
        return None

    def keys(self, card: FactCard) -> list[str]:
        return field_keys(card, self.field)

    def describe(self, plural: bool = False) -> str:
        """'requires the most experience' (or 'require ...' for several classes)."""
        verb, phrase = {
            ("pay", True): ("has", "the highest pay"), ("pay", False): ("has", "the lowest pay"),
            ("experience", True): ("requires", "the most experience"),
            ("experience", False): ("requires", "the least experience"),
            ("lift", True): ("requires", "the heaviest lifting"), ("lift", False): ("requires", "the lightest lifting"),
            ("education", True): ("requires", "the most education"),
            ("education", False): ("requires", "the least education"),
            ("grade", True): ("has", "the highest grade"), ("grade", False): ("has", "the lowest grade"),
        }[(self.field, self.highest)]
        if plural:
            verb = {"has": "have", "requires": "require"}[verb]
        return f"{verb} {phrase}"


_HIGH = r"highest|best|top|most|greatest|largest|biggest|maximum|heaviest|longest"
_LOW = r"lowest|worst|least|smallest|minimum|fewest|lightest|shortest|cheapest"
_SUPERLATIVES = [
    ("pay", re.compile(r"\b(?P<dir>%s|%s|better|higher|lower)[- ](?:paid|paying|pay(?:s|ing)?|salar\w*|wages?|compensat\w*|earning)\b" % (_HIGH, _LOW), re.I)),
    ("pay", re.compile(r"\b(?:pays?|paid|earns?|makes?)\s+(?:the\s+)?(?P<dir>most|least|best|worst)\b", re.I)),
    ("pay", re.compile(r"\b(?P<dir>%s|%s)\s+(?:starting|top|maximum|minimum|entry)\s+(?:pay|salary|wage|rate)" % (_HIGH, _LOW), re.I)),
    ("pay", re.compile(r"\b(?P<dir>most|least)\s+money\b", re.I)),
    ("experience", re.compile(r"\b(?P<dir>most|least|fewest|longest|shortest|highest|lowest)\s+(?:years?\s+of\s+)?(?:\w+\s+)?experience\b", re.I)),
    ("lift", re.compile(r"\b(?P<dir>heaviest|lightest|most\s+weight|least\s+weight|most\s+pounds)\b|\blift(?:s|ing)?\s+the\s+(?P<dir2>most|least)\b", re.I)),
    ("education", re.compile(r"\b(?P<dir>most|least|highest|lowest)\s+(?:\w+\s+)?(?:education|degree)\b", re.I)),
    ("grade", re.compile(r"\b(?P<dir>highest|lowest|top|bottom)\s+(?:pay\s+|salary\s+)?grade\b", re.I)),
]


def parse_superlative(question: str) -> Superlative | None:
    for name, pattern in _SUPERLATIVES:
        match = pattern.search(question)
        if not match:
            continue
        word = (match.groupdict().get("dir") or match.groupdict().get("dir2") or "").lower()
        highest = not re.match(r"lowest|worst|least|smallest|minimum|fewest|lightest|shortest|cheapest|lower|bottom", word)
        bound = "max"
        if name == "pay" and re.search(r"\bstart\w*|\bentry\b|\bminimum\s+(?:pay|salary)|\bbottom\b", question, re.I):
            bound = "min"
        return Superlative(name, highest, bound, match.span())
    return None
