"""Headings set in spaced capitals ("V I V A R I U M   T E C H N I C I A N") read as the words they spell.

A fixed-width bulletin or a styled PDF spaces a heading's letters out for show. Left as they are, its letters are
one-letter tokens: the line names no class ("VIVARIUM TECHNICIAN") and no employer ("ROWLESBY COUNTY"), and no
question's words find it. A line (inside a box's border, if any) holding only a run of capitals one space apart, four
or more in its first word, spells words; two spaces or more part one word from the next. Letters in the alphabet's
order ("A B C D E", a step table's columns) spell nothing.

Example:
    >>> joined_letter_spacing("*   R O W L E S B Y   C O U N T Y   *\\nGrades A B C D E apply\\nA B C D E")
    '*   ROWLESBY COUNTY   *\\nGrades A B C D E apply\\nA B C D E'
"""

from __future__ import annotations

import re

__all__ = ["joined_letter_spacing"]

_SPACED_WORD = r"[A-Z](?: [A-Z&'’.-])+"
_SPACED_LINE = re.compile(r"^([ \t*|#=~-]*)([A-Z](?: [A-Z&'’.-]){3,}(?: {2,4}%s)*)([ \t*|#=~-]*)$" % _SPACED_WORD,
                          re.MULTILINE)


def _joined(match: re.Match[str]) -> str:
    words = [word.replace(" ", "") for word in re.split(r" {2,}", match.group(2))]
    letters = "".join(words)
    if letters in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        return match.group(0)  # "A B C D E": a table's columns, no word
    return match.group(1) + " ".join(words) + match.group(3)


def joined_letter_spacing(text: str) -> str:
    """``text`` with every line of spaced capitals written as its words."""
    return _SPACED_LINE.sub(_joined, text)
