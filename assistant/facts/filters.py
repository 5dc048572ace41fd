"""Read what a corpus-wide question asks of the fact cards: a filter, a ranking, the fields, the scope.

A list question names a condition ("require a commercial driver's license",
"pay over $40 an hour", "lift 50 pounds or more", "exempt from overtime",
"require a bachelor's degree", "three or more years of experience"); a
superlative names a field and a direction ("highest-paid", "most experience");
comparisons and series tables name the fields to show ("education, experience,
pay"). The scope is the part of the corpus the question is about: employers
the catalog recognises, job-family words that appear in class titles or
employer names ("IT", "library district"), or the classes it names. Everything
is read from general wording; nothing here knows a particular document.

Example:
    >>> [c.field for c in parse_criteria("Which jobs require lifting 50 pounds or more?")]
    ['lift']
    >>> parse_superlative("What is the highest-paid class?").field
    'pay'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from ..catalog import Catalog, normalize_title_tokens
from ..text import raw_tokens
from .model import EDUCATION_LEVELS, FactCard

Verdict = bool | None  # True: the card meets the condition; False: it states otherwise; None: it does not say

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
    ("pay", r"\b(?:pay(?!\s+grades?)|salary(?!\s+grades?)|salaries|wages?|compensation)\b"),
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


# --- numbers in words (an answer may not print a figure its quotes do not state) ----------------------

_ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def say_number(value: float) -> str | None:
    """'forty', 'eighty thousand', 'one hundred twenty-five'; None for fractions or huge numbers."""
    if value != int(value) or not 0 <= value < 10_000_000:
        return None
    n = int(value)

    def below_thousand(k: int) -> str:
        words = []
        if k >= 100:
            words.append(f"{_ONES[k // 100]} hundred")
            k %= 100
        if k >= 20:
            words.append(_TENS[k // 10] + (f"-{_ONES[k % 10]}" if k % 10 else ""))
        elif k or not words:
            words.append(_ONES[k])
        return " ".join(words)

    if n < 1000:
        return below_thousand(n)
    parts = []
    for size, name in ((1_000_000, "million"), (1000, "thousand")):
        if n >= size:
            parts.append(f"{below_thousand(n // size)} {name}")
            n %= size
    if n:
        parts.append(below_thousand(n))
    return " ".join(parts)


_COUNT_WORDS = {w: i for i, w in enumerate(_ONES)} | {"a": 1, "an": 1, "twenty": 20, "thirty": 30}


def _count(word: str) -> float | None:
    word = word.lower()
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    return _COUNT_WORDS.get(word)


# --- conditions ("which classes require X?") -------------------------------------------------------------

@dataclass
class Criterion:
    """One condition on a card: ``test`` says whether it holds, ``keys`` which spans show the value."""

    field: str
    describe: str  # "require a commercial driver's license" (no digits: the header cites nothing)
    test: Callable[[FactCard], Verdict]
    keys: Callable[[FactCard], list[str]]
    span: tuple[int, int]  # the words of the question that state the condition
    explicit_opposite: bool = False  # a card that fails states another value (worth citing when few)


_NEGATION = re.compile(r"\b(?:don'?t|do not|doesn'?t|does not|not|no|without|never|aren'?t|isn'?t)\b", re.I)

_DRIVER = re.compile(r"\bdriver'?s'?|\bdriving\b|\bmotor vehicle\b|\bclass\s+c\b|\bauto(?:mobile)? licen", re.I)
_COMMERCIAL = re.compile(r"\bcommercial\b|\bcdl\b|\bclass\s+[ab]\b", re.I)
_DRIVER_ITEM = re.compile(r"driv|motor vehicle|operator'?s licen|\bclass\s*[abc]\b|commercial|\bcdl\b|chauffeur", re.I)
_COMMERCIAL_ITEM = re.compile(r"commercial|\bcdl\b|\bclass\s*['\"]?[ab]['\"]?(?![a-z])", re.I)
_CREDENTIAL = re.compile(r"\b(?:licen[cs]e[sd]?|certificat\w*|certified|credentials?|permits?)\b", re.I)
_CREDENTIAL_STOP = {
    "a", "an", "the", "any", "some", "valid", "current", "require", "requires", "required", "need", "needs", "have",
    "has", "hold", "holding", "possess", "possession", "of", "with", "and", "or", "to", "jobs", "job", "classes", "class",
    "positions", "position", "which", "what", "professional", "special", "state", "obtain", "get", "prefer", "preferred",
    "want", "ask", "for", "specific", "type", "kind", "such", "as", "other", "their", "its", "own", "be", "must",
}


def _items(card: FactCard, lists: tuple[str, ...]) -> list[tuple[str, str]]:
    """(value, span key) for every item of the named list fields."""
    found = []
    for name in lists:
        for index, value in enumerate(getattr(card, name)):
            key = f"{name}[{index}]"
            if key in card.spans:
                found.append((value, key))
    return found


def _credential_criterion(question: str) -> Criterion | None:
    match = _CREDENTIAL.search(question) or re.search(r"\bcdls?\b", question, re.I)
    if not match:
        return None
    preferred = bool(re.search(r"\bprefer\w*|\bdesir\w*|\bplus\b|nice to have", question, re.I))
    before_start = max(0, match.start() - 60)
    before = question[before_start:match.start()]
    if _NEGATION.search(before[-30:]):
        return None  # "no license needed": absence is not a stated fact to cite
    word = match.group(0).lower()
    is_cert = word.startswith(("certif", "credential"))
    kind = "certification" if is_cert else "license"
    required_lists = ("certifications_required",) if is_cert else ("licenses_required",)
    preferred_lists = ("certifications_preferred",) if is_cert else ("licenses_preferred",)
    lists = preferred_lists if preferred else required_lists
    verb = "prefer" if preferred else "require"
    span_start = match.start()
    commercial = _COMMERCIAL.search(before) or (word.startswith("cdl") and match)
    driver = _DRIVER.search(before)
    pattern: re.Pattern[str] | None = None
    if not is_cert and commercial:
        letter = re.search(r"\bclass\s+([ab])\b", question, re.I)
        pattern = re.compile(r"\bclass\s*['\"]?%s['\"]?(?![a-z])" % letter.group(1), re.I) if letter else _COMMERCIAL_ITEM
        what = f"a Class {letter.group(1).upper()} license" if letter else "a commercial driver's license"
        if commercial is not match:
            span_start = before_start + commercial.start()
    elif not is_cert and driver:
        pattern = _DRIVER_ITEM
        what = "a driver's license"
        span_start = before_start + driver.start()
        # "a California driver's license": a place name the license must carry
        place = [w for w in re.findall(r"\b([A-Z][a-z]+)\s+(?=(?:[A-Z][a-z]+\s+)*(?i:driver|motor|operator|class\s+c))",
                                      before[:driver.end()])
                 if w[0].isupper() and w.lower() not in _CREDENTIAL_STOP and w.lower() not in ("class", "which", "what", "who")]
        if place:
            names = "|".join(re.escape(p) for p in place)
            pattern = re.compile(r"^(?=.*\b(?:%s)\b)(?=.*(?:%s))" % (names, _DRIVER_ITEM.pattern), re.I)
            what = f"a {' '.join(place)} driver's license"
            span_start = before_start + before.find(place[0])
    else:
        specific: list[str] = []
        shown: list[str] = []
        for token in reversed(list(re.finditer(r"[A-Za-z][\w+&'’.-]*", before))[-3:]):
            clean = token.group(0).lower().strip("'’.").replace("’", "'")
            if clean in _CREDENTIAL_STOP or _NEGATION.fullmatch(clean):
                break
            specific.insert(0, clean)
            shown.insert(0, token.group(0).strip("'’."))
            span_start = before_start + token.start()
        if specific:
            checks = [re.compile(r"(?<!\w)" + re.escape(w[:-1] if len(w) > 4 and w.endswith("s") else w), re.I) for w in specific]
            lists = ("licenses_preferred", "certifications_preferred") if preferred else (
                "licenses_required", "certifications_required")
            what = "a " + " ".join(shown) + " " + kind

            def matches(value: str) -> bool:
                return all(check.search(value) for check in checks)
        else:
            if re.search(r"\b(?:licen[cs]es?|certific\w*)\s+(?:and|or)\s+(?:licen[cs]es?|certific\w*)", question, re.I):
                lists = ("licenses_preferred", "certifications_preferred") if preferred else ("licenses_required", "certifications_required")
                what = "a license or certification"
            else:
                what = f"a {kind}"

            def matches(value: str) -> bool:
                return True
    if pattern is not None:
        def matches(value: str, pattern: re.Pattern[str] = pattern) -> bool:  # noqa: F811 - one of three tests
            return bool(pattern.search(value))

    def test(card: FactCard) -> Verdict:
        return True if any(matches(v) for v, _ in _items(card, lists)) else None

    def keys(card: FactCard) -> list[str]:
        return [k for v, k in _items(card, lists) if matches(v)]

    return Criterion(kind, f"{verb} {what}", test, keys, (span_start, match.end()))


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


def _overtime_criterion(question: str) -> Criterion | None:
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


_CMP_MORE = r"over|above|more\s+than|greater\s+than|higher\s+than|exceed(?:s|ing)?|in\s+excess\s+of|at\s+least|a\s+minimum\s+of|no\s+less\s+than|upwards\s+of|north\s+of|starting\s+(?:at|above)|(?:\w+\s+)?or\s+more"
_CMP_LESS = r"under|below|less\s+than|lower\s+than|at\s+most|no\s+more\s+than|a\s+maximum\s+of|beneath"
_MONEY = re.compile(
    r"(?P<cmp>%s|%s)?\s*\$\s?(?P<amount>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(?P<k>k\b|thousand\b)?\s*"
    r"(?P<plus>\+|or\s+(?:more|higher|above|over|better)|and\s+(?:up|above|over)|or\s+(?:less|lower|below|under))?\s*"
    r"(?P<unit>an?\s+hour|per\s+hour|/\s*h(?:ou)?r\b|hourly|an?\s+year|per\s+year|a\s+yr|/\s*y(?:ea)?r\b|annual(?:ly)?|yearly|"
    r"per\s+annum|an?\s+month|per\s+month|/\s*mo(?:nth)?\b|monthly)?" % (_CMP_MORE, _CMP_LESS),
    re.I,
)


def _unit_of(text: str | None, amount: float) -> str:
    text = (text or "").lower()
    if re.search(r"hour|hr", text):
        return "hourly"
    if re.search(r"month|mo\b", text):
        return "monthly"
    if re.search(r"year|yr|annu", text):
        return "annual"
    return "hourly" if amount < 300 else "monthly" if amount < 15000 else "annual"


_UNIT_PHRASE = {"hourly": "an hour", "monthly": "a month", "annual": "a year"}


def _pay_value(card: FactCard, unit: str, bound: str) -> float | None:
    annual = getattr(card, f"annual_{bound}")
    hourly = getattr(card, f"hourly_{bound}")
    if unit == "hourly":
        return hourly if hourly is not None else (annual / 2080 if annual is not None else None)
    if annual is None:
        return None
    return annual / 12 if unit == "monthly" else annual


def _pay_criterion(question: str) -> Criterion | None:
    if not re.search(r"\b(?:pay|pays|paid|paying|salar\w*|wages?|earn\w*|make|makes|compensat\w*|start\w*|top|hour|hourly|year|annual\w*|month\w*)\b",
                     question, re.I):
        return None
    for match in _MONEY.finditer(question):
        amount = float(match.group("amount").replace(",", "")) * (1000 if match.group("k") else 1)
        comparator = (match.group("cmp") or "").lower()
        plus = (match.group("plus") or "").lower()
        if not comparator and not plus:
            continue
        less = bool(re.match(_CMP_LESS, comparator) or re.search(r"less|lower|below|under", plus)) and not re.match(_CMP_MORE, comparator)
        unit = _unit_of(match.group("unit") or question[match.end():match.end() + 20], amount)
        starting = bool(re.search(r"\bstart\w*|\bentry\b|\bminimum\b|\bbottom\b|\blow end\b", question, re.I))
        bound = "min" if (starting or less) and not re.search(r"\btop\b|\bmaximum\b|\bup to\b", question, re.I) else "max"
        if less and bound == "max":
            bound = "max"
        words = say_number(amount)
        figure = f"{words} dollars {_UNIT_PHRASE[unit]}" if words else f"the amount asked ({unit})"
        at_least = "least" in comparator or "or more" in plus or "+" in plus
        if less:
            describe = (f"have a pay range that starts below {figure}" if bound == "min"
                        else f"top out below {figure}")
        elif bound == "min":
            describe = f"start at or above {figure}" if at_least else f"start above {figure}"
        else:
            describe = f"have a pay range that reaches {'at least' if at_least else 'above'} {figure}"

        def test(card: FactCard, unit: str = unit, bound: str = bound, amount: float = amount, less: bool = less) -> Verdict:
            value = _pay_value(card, unit, bound)
            if value is None:
                return None
            return value < amount if less else (value >= amount if "least" in comparator or "or more" in plus or "+" in plus else value > amount)

        return Criterion("pay", describe, test, pay_keys, match.span(), explicit_opposite=True)
    return None


_LIFT_WORDS = re.compile(r"\b(?:lift\w*|carr\w+|heav\w*|weigh\w*|hoist\w*|handl\w+|move|moving)\b", re.I)
_POUNDS = re.compile(
    r"(?P<cmp>%s|%s)?\s*(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?P<plus>\+)?\s*"
    r"(?P<mid>or\s+(?:more|over|heavier|greater|above|less|fewer|under|lighter)\s+)?(?:lbs?\.?|pounds?)\b\s*"
    r"(?P<after>or\s+(?:more|over|heavier|greater|above|less|fewer|under|lighter)|and\s+(?:up|over|above))?" % (_CMP_MORE, _CMP_LESS),
    re.I,
)


def _lift_criterion(question: str) -> Criterion | None:
    if not _LIFT_WORDS.search(question):
        return None
    for match in _POUNDS.finditer(question):
        number = _count(match.group("n")) if not match.group("n").isdigit() else float(match.group("n"))
        if number is None:
            continue
        comparator = (match.group("cmp") or "").lower()
        after = (match.group("after") or match.group("mid") or "").lower()
        less = bool(re.match(_CMP_LESS, comparator) or re.search(r"less|fewer|under|lighter", after))
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


_EDUCATION_PATTERNS = [
    ("doctorate", r"\bdoctora\w*|\bph\.?\s?d\b"),
    ("master", r"\bmaster'?s?(?:\s+level)?\s+degrees?|\bmaster'?s\b|\bgraduate\s+degrees?|\bmba\b|\bmlis\b"),
    ("bachelor", r"\bbachelor'?s?|\b(?:4|four)[- ]year\s+(?:college\s+)?degrees?|\bcollege\s+degrees?|\bundergraduate\s+degrees?"),
    ("associate", r"\bassociate'?s?\s+degrees?|\bassociate'?s\b|\b(?:2|two)[- ]year\s+(?:college\s+)?degrees?|\bcommunity\s+college"),
    ("high school", r"\bhigh\s+school|\bdiploma\b|\bged\b"),
]


_DEGREE_WORDS = {
    "a", "an", "any", "the", "college", "university", "undergraduate", "graduate", "four", "two", "year", "4", "2",
    "bachelor", "bachelors", "bachelor's", "associate", "associates", "associate's", "master", "masters", "master's",
    "degree", "degrees", "level", "related", "field", "or", "and", "equivalent", "at", "least", "require", "requires",
    "need", "needs", "with", "of",
}


def _degree_subject(question: str, match: re.Match[str]) -> list[str]:
    """Field-of-study words ("computer science" in "a degree in computer science", "an accounting degree")."""
    after = re.match(r"[^?.,;]*?\bdegrees?\s+in\s+(?:a\s+|the\s+)?([A-Za-z][A-Za-z\s-]{1,40}?)(?=\s+(?:or|and|that|which|to)\b|[?.,;]|$)",
                     question[match.start():], re.I)
    words: list[str] = []
    if after:
        words = [w.lower() for w in re.findall(r"[A-Za-z-]+", after.group(1))]
    else:
        before = re.search(r"((?:[A-Za-z'’-]+\s+){1,3})degrees?\b", question[:match.end() + 12], re.I)
        if before:
            words = [w.lower().replace("’", "'") for w in re.findall(r"[A-Za-z'’-]+", before.group(1))]
            while words and words[0] not in _DEGREE_WORDS:
                words = words[1:]  # keep only what follows the level words ("require an accounting degree")
            words = [w for w in words if w not in _DEGREE_WORDS and not _NEGATION.fullmatch(w)]
    return [w for w in words if w not in _DEGREE_WORDS and len(w) > 1]


def _education_criterion(question: str) -> Criterion | None:
    found = None
    for level, pattern in _EDUCATION_PATTERNS:
        match = re.search(pattern, question, re.I)
        if match:
            found = (level, match)
            break
    generic = None if found else re.search(r"\b(?:a|any)\s+(?:college\s+)?degrees?\b|\bdegrees?\b", question, re.I)
    if not found and not generic:
        return None
    match = found[1] if found else generic
    if _NEGATION.search(question[max(0, match.start() - 30):match.start()]):
        return None
    subject = _degree_subject(question, match)
    at_least = bool(re.search(r"at\s+least|or\s+(?:higher|more|above|better)|minimum|\bany\b", question, re.I)) or generic is not None
    at_most = bool(re.search(r"\bonly\b|\bjust\b|or\s+(?:less|lower)|no more than", question, re.I))
    level = found[0] if found else "associate"
    rank = EDUCATION_LEVELS.index(level)
    names = {"doctorate": "a doctorate", "master": "a master's degree", "bachelor": "a bachelor's degree",
             "associate": "an associate's degree", "high school": "a high school diploma or GED"}
    if subject:
        names = {k: f"{v} in {' '.join(subject)}" if k != "high school" else v for k, v in names.items()}
    if generic is not None:
        describe = "require a college degree" + (f" in {' '.join(subject)}" if subject else "")
    elif at_least:
        describe = f"require at least {names[level]}"
    elif at_most:
        describe = f"require no more than {names[level]}"
    else:
        describe = f"require {names[level]}"

    def test(card: FactCard) -> Verdict:
        if card.education_level not in EDUCATION_LEVELS:
            return None
        if subject:
            studied = (card.education_field or "").lower()
            if not studied:
                return None
            if not all(re.search(r"(?<!\w)%s" % re.escape(word[:5]), studied) for word in subject):
                return False
        own = EDUCATION_LEVELS.index(card.education_level)
        if at_least:
            return own >= rank
        if at_most:
            return own <= rank
        return own == rank

    def keys(card: FactCard) -> list[str]:
        return ["education_level"] if card.education_level and "education_level" in card.spans else []

    return Criterion("education", describe, test, keys, match.span(), explicit_opposite=True)


_EXPERIENCE = re.compile(
    r"(?P<cmp>%s|%s)?\s*(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)\s*"
    r"(?P<plus>\+)?\s*(?P<mid>or\s+(?:more|longer|over|less|fewer)\s+)?(?P<unit>years?|yrs?|months?)\b"
    r"(?P<after>\s+or\s+(?:more|longer|over|less|fewer))?"
    r"(?=(?:\s+\w+){0,4}?\s+experience|\s+(?:or\s+more\s+)?of\b)" % (_CMP_MORE, _CMP_LESS),
    re.I,
)


_GENERIC_EXPERIENCE = {"of", "professional", "full-time", "full", "time", "paid", "work", "working", "related",
                       "relevant", "qualifying", "increasingly", "responsible", "prior", "previous", "job", "total",
                       "or", "more", "less", "and"}


def _experience_criterion(question: str) -> Criterion | None:
    if not re.search(r"\bexperience\b", question, re.I):
        return None
    none = re.search(r"\b(?:no|without|zero|don'?t\s+(?:need|require)|doesn'?t\s+(?:need|require))\s+(?:\w+\s+){0,2}experience|\bentry[- ]level\b",
                     question, re.I)
    if none:
        def test_none(card: FactCard) -> Verdict:
            return None if card.experience_months is None else card.experience_months == 0

        def keys_none(card: FactCard) -> list[str]:
            return ["experience_months"] if card.experience_months is not None and "experience_months" in card.spans else []

        return Criterion("experience", "require no experience", test_none, keys_none, none.span(), explicit_opposite=True)
    match = _EXPERIENCE.search(question)
    if not match:
        return None
    number = _count(match.group("n"))
    if number is None:
        return None
    between = re.match(r"\s*(?:of\s+)?((?:[\w'’-]+\s+){0,4}?)experience", question[match.end():], re.I)
    qualifiers = [w.lower() for w in re.findall(r"[\w'’-]+", between.group(1))] if between else []
    if any(w not in _GENERIC_EXPERIENCE for w in qualifiers):
        return None  # "two years of accounting experience": the cards do not hold the kind of experience
    months = number * (12 if match.group("unit").lower().startswith("y") else 1)
    comparator = (match.group("cmp") or "").lower()
    after = (match.group("after") or match.group("mid") or "").lower()
    less = bool(re.match(_CMP_LESS, comparator) or re.search(r"less|fewer", after))
    strict = bool(re.match(r"over|above|more|greater|higher|exceed|in\s+excess", comparator)) and not after
    words = say_number(number) or "the number asked"
    unit = "years" if match.group("unit").lower().startswith("y") else "months"
    if less:
        describe = f"require less than {words} {unit} of experience"
    elif strict:
        describe = f"require more than {words} {unit} of experience"
    else:
        describe = f"require {words} {unit} or more of experience"

    def test(card: FactCard) -> Verdict:
        value = card.experience_months
        if value is None:
            return None
        if less:
            return value < months if not after else value <= months
        return value > months if strict else value >= months

    def keys(card: FactCard) -> list[str]:
        return ["experience_months"] if card.experience_months is not None and "experience_months" in card.spans else []

    return Criterion("experience", describe, test, keys, match.span(), explicit_opposite=True)


def parse_criteria(question: str) -> list[Criterion]:
    """The conditions a list question puts on classes (usually one; empty when none is recognised)."""
    found: list[Criterion] = []
    for parse in (_credential_criterion, _overtime_criterion, _pay_criterion, _lift_criterion, _education_criterion,
                  _experience_criterion):
        criterion = parse(question)
        if criterion is not None:
            found.append(criterion)
    # "exempt from overtime" is not an education or a pay condition; a credential question is not about degrees
    fields = {c.field for c in found}
    if "education" in fields and fields & {"license", "certification"}:
        found = [c for c in found if c.field != "education" or _EDUCATION_ONLY.search(question)]
    return found


_EDUCATION_ONLY = re.compile(r"\bdegree|\bdiploma|\bged\b|high school", re.I)


# --- rankings ("the highest-paid class") -----------------------------------------------------------------------

@dataclass
class Superlative:
    field: str  # pay / experience / lift / education / grade
    highest: bool
    bound: str = "max"  # pay: compare the top ("max") or the start ("min") of ranges
    span: tuple[int, int] = (0, 0)

    def value(self, card: FactCard) -> float | None:
        if self.field == "pay":
            return _pay_value(card, "annual", self.bound)
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


# --- scope ("Which IT classes ...", "Which Wrenfield positions ...") -------------------------------------------

CLASS_NOUN = (r"jobs?|class(?:es)?|classifications?|positions?|roles?|job\s+titles?|titles?|occupations?|careers?|"
              r"openings?|specs?|specifications?|levels?|ranks?|series|posts?|job\s+classes|workers|employees|staff")
# Function words around a class noun that never narrow a scope ("Which of the two IT jobs", "all the positions")
_IGNORED = {
    "the", "of", "all", "any", "these", "those", "our", "your", "my", "two", "three", "four", "both", "each", "every",
    "other", "different", "current", "currently", "available", "indexed", "listed", "open", "full", "time", "full-time",
    "part", "part-time", "a", "an", "do", "does", "are", "is", "which", "what", "here", "in", "at", "for", "with",
    "within", "from", "by", "on", "this", "that", "there", "employer", "employers", "organization", "organizations",
    "agency", "agencies", "government", "local", "following", "several", "many", "how", "few", "kind", "kinds",
    "types", "type", "sort", "and", "or", "one", "ones", "job", "jobs", "class", "classes", "position", "positions",
    "level", "levels", "series", "me", "us", "you", "i", "we", "there's", "theres", "whose", "where", "who", "have",
    "has", "total", "different", "same", "various", "existing", "documented", "described", "covered", "s",
}
# Generic organisation words: they narrow the scope when they name some employers ("city jobs"), else are ignored
_GENERIC = {"city", "county", "town", "state", "public", "district", "municipal", "village", "township", "borough"}


@dataclass
class Scope:
    """Which cards a corpus-wide question is about, and how to say so."""

    doc_ids: set[str] | None = None  # None: every document
    employers: list[str] = field(default_factory=list)
    family: list[str] = field(default_factory=list)  # title/employer words ("it", "library")
    named: list[str] = field(default_factory=list)  # classes the question names itself
    subject: str = ""  # how a list's header names the scope ("Of the classes named, those")

    @property
    def restricted(self) -> bool:
        return bool(self.doc_ids is not None or self.employers or self.family)

    def describe(self) -> str:
        parts = []
        if self.family:
            parts.append(" ".join(w.upper() if len(w) <= 3 else w for w in self.family))
        if self.employers:
            parts.append("at " + " and ".join(self.employers))
        return " ".join(parts)


def blank(question: str, spans: list[tuple[int, int]]) -> str:
    """The question with the given character spans replaced by spaces (condition words name no class)."""
    chars = list(question)
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            chars[i] = " "
    return "".join(chars)


_FIELD_BLANK = re.compile(
    r"\b(?:commercial\s+)?driver'?s'?\s+licen[cs]es?|\bdriving\b|\bcdl\b|\blicen[cs]es?\b|\bcertific\w*|\bovertime\b|"
    r"\bexempt\b|\bnon-exempt\b|\bsalar\w*|\bwages?\b|\bpay\b|\bpays\b|\bpaid\b|\bdegrees?\b|\bexperience\b|\blift\w*\b|"
    r"\bpounds\b|\blbs\b|\bgrades?\b|\beducation\b|\bqualifications?\b|\brequirements?\b|\bstatus\b|\bflsa\b|"
    r"\bcompensation\b|\bhourly\b|\bannual\b|\bmonthly\b|\branges?\b",
    re.I,
)


def field_word_spans(question: str) -> list[tuple[int, int]]:
    """Spans of words that name facts ("driver's license", "overtime"), which must not name a class."""
    return [m.span() for m in _FIELD_BLANK.finditer(question)]


def family_words(question: str) -> list[str] | None:
    """Words that qualify the class noun ("IT" in "Which IT classes"); None when there is no class noun."""
    noun = re.search(r"\b(?:which|what|list|name|show|any|all|every|each|how\s+many|are\s+there)\b(?P<mod>[^?.!:;]*?)\b(?:%s)\b" % CLASS_NOUN,
                     question, re.I)
    if not noun:
        if re.match(r"\s*who\s+(?:needs?|requires?|must|has|have|gets?|is|are|can|earns?|makes?)\b", question, re.I):
            return []  # "Who needs a CDL?" asks about every class
        return None
    words = raw_tokens(noun.group("mod"))
    after = re.search(r"\b(?:%s)\s+(?:at|in|within|for|from|of)\s+(?:the\s+)?(?P<tail>[A-Za-z][\w\s'’&-]{0,60}?)"
                      r"(?=\s+(?:that|which|who|where|require|requires|need|needs|have|has|pay|pays|are|is|offer|offers|get|"
                      r"gets|do|does|can|must|with|without|earn|earns|make|makes|start|starts)\b|[?.,!]|$)" % CLASS_NOUN,
                      question[noun.start():], re.I)
    if after:
        words += raw_tokens(after.group("tail"))
    return words


def _same_word(a: str, b: str) -> bool:
    """'school' names 'schools' (plurals are not spelled the same in questions and names)."""
    return a == b or (len(a) > 3 and (a + "s" == b or b + "s" == a or a + "es" == b or b + "es" == a))


def _has_word(word: str, tokens: set[str]) -> bool:
    return any(_same_word(word, token) for token in tokens)


def resolve_family(words: list[str], cards: list[FactCard], used: set[str]) -> tuple[list[str], bool]:
    """(words that narrow the scope, whether every word was understood)."""
    family: list[str] = []
    generic: list[str] = []
    understood = True
    title_tokens = {t for card in cards for t in normalize_title_tokens(card.title)}
    employer_sets = [set(raw_tokens(card.employer)) for card in cards]
    employer_tokens = set().union(*employer_sets) if employer_sets else set()
    for word in words:
        if word in used or word in _IGNORED or word.isdigit():
            continue
        token = (normalize_title_tokens(word) or [word])[0]
        if token in used:
            continue
        if word in _GENERIC:
            named = sum(1 for tokens in employer_sets if _has_word(word, tokens))
            if 0 < named < len(employer_sets):
                generic.append(word)
            continue
        if _has_word(token, title_tokens) or _has_word(word, employer_tokens) or _has_word(token, employer_tokens):
            family.append(token)
        else:
            understood = False
    # "school district jobs": the specific word decides; generic ones narrow only on their own ("city jobs")
    return (family or generic), understood


def in_family(card: FactCard, family: list[str]) -> bool:
    title = set(normalize_title_tokens(card.title))
    employer = set(raw_tokens(card.employer))
    return all(_has_word(word, title) or _has_word(word, employer) for word in family)


def named_classes(catalog: Catalog, question: str, min_score: float = 0.6) -> tuple[list[str], list[str], set[str]]:
    """(doc ids the question names strongly, employers it names, question tokens those names used)."""
    match = catalog.match(question)
    strong = [m.doc_id for m in match.classes if m.title_score >= min_score]
    return strong, match.employers, set(match.title_tokens)
