"""Class levels: Roman numerals I-V, their digit spellings, series order and titles without a level.

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
# Junior levels that come before level I in a series.
SERIES_ORDER = ("Intern", "Trainee", *ROMAN)

_TRAILING_LEVEL = re.compile(r"\s+(?:[IVX]+(?:/[IVX]+)*|\d)$")
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
    """The series title without its level: 'Technician II' -> 'Technician', 'Analyst I/II' -> 'Analyst'."""
    return _TRAILING_LEVEL.sub("", title)


_ATTACHED_LEVEL = re.compile(r"\b([A-Z]{2,5})([1-5])(s?)\b")


def detached_levels(text: str) -> str:
    """'OA2', 'ITSS3s' written apart ('OA 2', 'ITSS 3s'), so the abbreviation and the level are both read."""
    return _ATTACHED_LEVEL.sub(r"\1 \2\3", text)


_SERIES_WORD = re.compile(r"\s+(?:class\s+)?series$", re.IGNORECASE)


def without_series(title: str) -> str:
    """'Carpenter Series' -> 'Carpenter' (a level numeral stays: 'Technician II Series' -> 'Technician II')."""
    return _SERIES_WORD.sub("", title)
