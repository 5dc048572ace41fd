"""The numbered row a question asks for: "the fifth period", "step 5", "the 3rd year" of a pay or progression table.

Why: an apprentice scale or a step table prints one row per period ("5 4,001 - 5,000 80% $46.72"); the words of
the question ("earn in the fifth period") are not in that row, its number is. The row that opens on the asked
number and states a figure is the answer.

Example:
    >>> asked_row_number("What does an apprentice earn in the fifth period?")
    5
    >>> opens_numbered_row("5 4,001 - 5,000 80% $46.72", 5)
    True
"""

from __future__ import annotations

import re

from assistant.text import ordinal_number, spelled_number

_ROW_WORDS = r"(?:period|step|phase|stage|year|level)"
_ORDINAL_ASKED = re.compile(r"\b([a-z]+|\d{1,2}(?:st|nd|rd|th))\s+%s\b" % _ROW_WORDS, re.IGNORECASE)
_NUMBER_ASKED = re.compile(r"\b%s\s+(\d{1,2}|[a-z]+)\b" % _ROW_WORDS, re.IGNORECASE)
_FIGURE = re.compile(r"\$\s?\d|\d\s?%")


def asked_row_number(question: str) -> int | None:
    """The number of the period, step or year ``question`` asks about ("fifth period", "step 5"), or None."""
    for match in _ORDINAL_ASKED.finditer(question):
        number = ordinal_number(match.group(1))
        if number:
            return number
    for match in _NUMBER_ASKED.finditer(question):
        word = match.group(1)
        number = int(word) if word.isdigit() else spelled_number(word)
        if number:
            return number
    return None


def opens_numbered_row(text: str, number: int) -> bool:
    """Whether ``text`` is a table row opening on ``number`` ("5 4,001 - 5,000 80% $46.72", "Step 5 | $31.20")
    and stating a figure."""
    opening = re.match(r"^\W*(?:%s\s*)?(\d{1,2})\b(?![.,:]\d)" % _ROW_WORDS, text, re.IGNORECASE)
    return bool(opening) and int(opening.group(1)) == number and bool(_FIGURE.search(text))
