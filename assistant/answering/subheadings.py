"""Bare sub-headings over a paragraph ("Retirement" over the paragraph on retirement): they lend the paragraph
their words and state nothing themselves.

Example:
    >>> text = "Vehicle Allowance\\n$650 per month vehicle allowance is paid to positions that drive daily."
    >>> subheading_above(text, text.index("$650"))
    'Vehicle Allowance'
"""

from __future__ import annotations

import re

_SUBHEADING = re.compile(r"[A-Z][A-Za-z'’/&-]*(?: (?:[A-Z][A-Za-z'’/&-]*|and|of|the|for|&)){0,3}")
SUBHEADING_REACH = 6  # lines a paragraph's sentence looks up for its bare sub-heading


def _is_subheading(line: str, below: str) -> bool:
    """A line of one to four capitalised words, nothing after them, over a line of running text ("Vehicle
    Allowance" / "$650 per month vehicle allowance. …")."""
    # (running text has lower-case words: "Bargaining Unit Unit 4 - Professional, Social Services" under "FLSA Status
    # Non-Exempt" is the next row of a label table, and the line above it a field with its value)
    return bool(_SUBHEADING.fullmatch(line.strip())) and len(below.strip()) >= 40 \
        and sum(1 for word in below.split() if word[:1].islower()) >= 3


def is_subheading_line(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a whole line that is a bare sub-heading of the paragraph below it."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    if line_end < 0 or text[line_start:start].strip() or text[end:line_end].strip():
        return False
    below_end = text.find("\n", line_end + 1)
    return _is_subheading(text[start:end], text[line_end + 1:below_end if below_end >= 0 else len(text)])


def subheading_above(text: str, start: int) -> str:
    """The bare sub-heading over the paragraph holding ``start`` ("Retirement"), found within a few lines and not
    past a blank line; '' when there is none."""
    end = text.rfind("\n", 0, start)
    below = text[end + 1:start + 80]
    for _ in range(SUBHEADING_REACH):
        if end < 0:
            return ""
        line_start = text.rfind("\n", 0, end) + 1
        line = text[line_start:end]
        if not line.strip():
            return ""
        if _is_subheading(line, below):
            return line.strip()
        below, end = line, line_start - 1
    return ""
