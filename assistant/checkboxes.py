"""A form's checkboxes: which options are ticked ("☒ Exempt ☐ Non-Exempt" states exempt).

Why: position description forms print every option with a box; reading the words alone finds "Non-Exempt" in a
line that ticks "Exempt". One home for the marks, so the lead line, the fact cards and table rows read them alike.

Example:
    >>> checked_only("FLSA: ☒ Exempt ☐ Non-Exempt")
    'FLSA: ☒ Exempt'
"""

from __future__ import annotations

import re

CHECKED_MARKS = "☒☑✓✔■"
UNCHECKED_MARKS = "☐□"
_BOXES = CHECKED_MARKS + UNCHECKED_MARKS
# an unticked box and its option's words, up to the next box or the line's end
_UNCHECKED_OPTION = re.compile(rf"\s*[{UNCHECKED_MARKS}][^{_BOXES}\n]*")


def checked_only(text: str) -> str:
    """``text`` without its unticked options; text with no unticked box is returned as it is."""
    if not any(mark in text for mark in UNCHECKED_MARKS):
        return text
    return re.sub(r"[ \t]+(?=\n|$)", "", re.sub(r"[ \t]{2,}", " ", _UNCHECKED_OPTION.sub(" ", text)))
