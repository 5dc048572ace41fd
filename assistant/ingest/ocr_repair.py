"""Letters a scan's OCR read as digits: "HARL0W C0UNTY", "0fficial" are "HARLOW COUNTY", "Official".

A text layer made by OCR reads a capital O as a zero. Left as it is, the heading "DEFINITI0N" starts no section,
the title line "BUILDING INSPECT0R II" names no class and "0F" joins no employer's name. A zero is an O only
inside a word otherwise all capitals ("HARL0W", "0F"), or at the start of a lower-case word ("0fficial"); a code
("B0412", "T24") or a figure ("$5,000", "2020") keeps its digits.

Example:
    >>> ocr_repaired("CLASS SPECIFICATI0N | Building 0fficial | Code B0412")
    'CLASS SPECIFICATION | Building Official | Code B0412'
"""

from __future__ import annotations

import re

__all__ = ["ocr_repaired"]

_ZERO_IN_CAPITALS = re.compile(r"\b(?=[A-Z0]*[A-Z])[A-Z]*0[A-Z0]*\b")
_ZERO_OPENING_WORD = re.compile(r"\b0(?=[a-z]{2,}\b)")


def ocr_repaired(text: str) -> str:
    """``text`` with the zeros OCR read for a letter O written as the letter."""
    text = _ZERO_IN_CAPITALS.sub(lambda m: m.group(0).replace("0", "O"), text)
    return _ZERO_OPENING_WORD.sub("O", text)
