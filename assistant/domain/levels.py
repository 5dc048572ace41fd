"""Class levels: Roman numerals I-V, their digit spellings, series order, titles without a level, and the
levels a question names ("Accountant I, II and III").

One home for the rule so that ingest (series levels), query (levels a question names), the evidence
reader and fact cards all agree that "tech 2", "Level ii" and "Technician II" name level "II".

Example:
    >>> roman("2"), roman("iv"), roman("VI")
    ('II', 'IV', None)
    >>> without_level("Network Administrator I/II")
    'Network Administrator'
"""

from __future__ import annotations

import re

ROMAN = ("I", "II", "III", "IV", "V")
# Regex alternation of the numerals, longest first where one is a prefix of another ("IV" before "I").
ROMAN_PATTERN = "IV|V|III|II|I"
# A numeral or its digit ("level 2", "tech 1").
NUMERAL_PATTERN = ROMAN_PATTERN + "|[1-5]"
# A level written after a class title: a numeral or its digit ("Park Ranger 2"), not a count after a title
# ("a Park Ranger 2 years", "Clerk 3.5").
_COUNT_UNITS = r"years?|months?|weeks?|days?|hours?|pounds|lbs"  # what a number after a title counts
TITLE_LEVEL_PATTERN = ROMAN_PATTERN + r"|[1-5](?![\d.,]\d)(?!\s*(?:(?:%s)\b|%%))" % _COUNT_UNITS
# Junior levels that come before level I in a series.
SERIES_ORDER = ("Intern", "Trainee", *ROMAN)
# words that set a class apart within its kind of job ("Senior Accountant", "Lead Custodian", "Accountant Trainee")
RANK_WORDS = frozenset({"senior", "principal", "lead", "chief", "junior", "supervising", "supervisor", "assistant",
                        "associate", "deputy", "head", "manager", "trainee", "intern", "apprentice", "master",
                        "executive"})

_TRAILING_LEVEL = re.compile(r"\s+(?:[IVX]+(?:\s*/\s*[IVX]+)*|\d)$")
_DIGITS = {str(n): numeral for n, numeral in enumerate(ROMAN, start=1)}


def is_roman(token: str) -> bool:
    """Whether ``token`` is one of the numerals I-V in any case."""
    return token.upper() in ROMAN


def roman(token: str) -> str | None:
    """'2', 'ii', 'II' -> 'II'; None for anything that is not a level numeral I-V."""
    if token in _DIGITS:
        return _DIGITS[token]
    return token.upper() if is_roman(token) else None


def level_name(raw: str) -> str:
    """How a level is written: numerals upper-case ('ii' -> 'II'), words capitalised ('INTERN' -> 'Intern')."""
    return roman(raw) or raw.capitalize()


def series_rank(level: str) -> int:
    """Position of ``level`` in a series (Intern, Trainee, I ... V); unknown levels sort last."""
    return SERIES_ORDER.index(level) if level in SERIES_ORDER else len(SERIES_ORDER)


def without_level(title: str) -> str:
    """The series title without its level: 'Technician II' -> 'Technician', 'Analyst I/II' -> 'Analyst',
    'Planner I / Planner II / Senior Planner' -> 'Planner' (a title naming each class: its first)."""
    parts = title.split(" / ")
    if len(parts) > 1 and len(parts[0].split()) > 1:
        title = parts[0]
    return _TRAILING_LEVEL.sub("", title)


_ATTACHED_LEVEL = re.compile(r"\b([A-Z]{2,5})([1-5])(s?)\b")


def detached_levels(text: str) -> str:
    """'OA2', 'ITSS3s' written apart ('OA 2', 'ITSS 3s'), so the abbreviation and the level are both read."""
    return _ATTACHED_LEVEL.sub(r"\1 \2\3", text)


_SERIES_WORD = re.compile(r"\s+(?:class\s+)?series$", re.IGNORECASE)


def without_series(title: str) -> str:
    """'Carpenter Series' -> 'Carpenter' (a level numeral stays: 'Technician II Series' -> 'Technician II')."""
    return _SERIES_WORD.sub("", title)


def level_title(title: str, level: str) -> str:
    """A series' level by its whole title: ('Child Nutrition Cook Series', 'II') -> 'Child Nutrition Cook II'."""
    return f"{without_series(without_level(title)).strip()} {level}".strip()


def question_levels(question: str) -> list[str]:
    """Levels a question names: 'level III', 'ITSS II', 'Technician I', 'tech 1', 'Intern'."""
    levels: list[str] = []
    for match in re.finditer(r"\blevel\s+(%s)\b" % NUMERAL_PATTERN, question, re.I):
        levels.append(roman(match.group(1)))
    # ("… a county job where I'd sign up …": the pronoun, contracted, is no level)
    # ("… I&C technician": the initials of instrumentation and control, no level I)
    for match in re.finditer(r"\b([A-Za-z]{2,})\s+(%s)\b(?!['’](?:d|m|ve|ll)\b)(?!\s*(?:%s|%%|\.\d|,\d))(?!&)" % (NUMERAL_PATTERN, _COUNT_UNITS), question):
        word, numeral = match.group(1), match.group(2)
        if word.lower() in {"level", "grade", "step", "than", "and", "or", "to", "of", "am", "do", "can", "if", "so"}:
            continue
        if numeral == "I" and word.lower() in {"do", "can", "should", "would", "will", "and", "but", "if", "when"}:
            continue
        levels.append(roman(numeral))
        levels += _listed_levels(question[match.end():])
    if levels:
        # "… Specialist I supervised, and does a II supervise anyone?": a bare numeral after an article, once a level
        # of the class is named, is another level of it
        levels += [match.group(1) for match in re.finditer(r"\b(?:[Aa]n?|[Tt]he)\s+(II|III|IV)\b", question)]
    for match in re.finditer(r"\b(intern|trainee)s?\b", question, re.I):
        levels.append(match.group(1).capitalize())
    ordered: list[str] = []
    for level in levels:
        if level not in ordered:
            ordered.append(level)
    return ordered


# ", II and III" / "/II" / " or 2" after a level: the further levels of the same title ("Accountant I, II and III")
_LISTED_LEVEL = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|/|&\s*|\s(?:and|or)\s+)(%s)\b" % NUMERAL_PATTERN)
# a listed "I" ends the list or the phrase ("… II and I at the County"), unlike the pronoun ("… and I want")
_LISTED_I_END = re.compile(r"\s*(?:$|[,/?.;:)]|(?:and|or|at|in|for|with|of|levels?|positions?|classes)\b)", re.I)


def _listed_levels(rest: str) -> list[str]:
    levels: list[str] = []
    while True:
        match = _LISTED_LEVEL.match(rest)
        if not match:
            return levels
        numeral, rest = match.group(1), rest[match.end():]
        if numeral == "I" and not _LISTED_I_END.match(rest):
            return levels
        levels.append(roman(numeral))
