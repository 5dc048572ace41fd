"""A mainframe print file read as the page it prints: the first column of every line is an ASA carriage-control
character ("1" new page, "0" a blank line before, "-" two, " " none, "+" print over the line before).

Why: a report program's class specification print keeps those characters, so every paragraph reads "0  Inspection
season: April 15 …" and a heading is followed by a line of underscores printed over it; read as text, the "0"
starts every quote and the underlines stand as lines of their own.

Example:
    >>> printed("1  CLASS LISTING\\n   PAGE 1\\n-  DEFINITION\\n+  __________\\n0  Inspects boats.\\n   Keeps logs.\\n")
    '\\n  CLASS LISTING\\n  PAGE 1\\n\\n\\n  DEFINITION\\n\\n  Inspects boats.\\n  Keeps logs.\\n'
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"^[ 01+-]")
_ADVANCE = {" ": 0, "0": 1, "-": 2, "1": 1}  # blank lines before the line ("1": a new page, read as a break)
MIN_CONTROL_LINES = 3  # lines opening on a character other than a space: the file is carriage-controlled
SINGLE_SPACED_SHARE = 0.3


def is_carriage_controlled(text: str) -> bool:
    """Whether every non-empty line opens on a carriage-control character, enough of them are not spaces (with at
    least one page, double-spacing or overprint mark) and many are (single spacing, a print file's usual line)."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines or not all(_CONTROL.match(line) for line in lines):
        return False
    marks = [line for line in lines if line[0] in "01+-" and (len(line) == 1 or line[1] == " ")]
    single = sum(line[0] == " " for line in lines)  # (most lines are single-spaced: a list of "- " bullets is not)
    return len(marks) >= MIN_CONTROL_LINES and any(line[0] in "0+1" for line in marks) \
        and single >= SINGLE_SPACED_SHARE * len(lines)


def printed(text: str) -> str:
    """``text`` without its control column, the spacing it asks for made blank lines and the lines printed over
    others (underlines) dropped; ``text`` itself when it is not carriage-controlled."""
    if not is_carriage_controlled(text):
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            out.append("")
            continue
        control, rest = line[0], line[1:]
        if control == "+":
            continue  # printed over the line before: an underline or a bold strike
        out.extend([""] * _ADVANCE[control])
        out.append(rest)
    return "\n".join(out)
