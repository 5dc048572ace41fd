"""A column of justified type saved as plain text (a newspaper's legal notices, a typeset bulletin) read as prose.

Why: justified lines are padded to one width with extra spaces between words ("NOTICE  IS  HEREBY  GIVEN  that
the  City") and break words at their ends ("Depart-" / "ment"). Gaps of two spaces or more are how a plain-text
table sets its columns apart, so each padded line reads as a table row of its own, and no sentence of the
column can be quoted whole. Here a run of lines of one width whose gaps fall at different places on every line
(a table's gaps line up down its rows) has its padding taken out and its broken words made whole.

Example:
    >>> column = ("The  Civil  Service Commission of the\\nCity  of  Lorvanne  announces an open\\n"
    ...           "examination  for one vacancy in   the\\nFinance  Department,  Business    and\\nPermit Division.")
    >>> print(unjustified(column))
    The Civil Service Commission of the
    City of Lorvanne announces an open
    examination for one vacancy in the
    Finance Department, Business and
    Permit Division.
"""

from __future__ import annotations

import re

from assistant.ingest.pdf_text import dehyphenated

__all__ = ["unjustified"]

MIN_RUN = 4  # lines of one width: fewer may be a short table or a coincidence
_WIDTHS = (20, 90)  # a column's width in characters
_PADDING = re.compile(r"(?<=\S) {2,}(?=\S)")
_BORDER = re.compile(r"[|*#+=~_]")


def _is_justified(run: list[str]) -> bool:
    """Whether lines of one width are padded prose: most hold a gap of two spaces or more, and no column position
    is blank on every line (a table's gutter is)."""
    padded = sum(1 for line in run if _PADDING.search(line))
    boxed = sum(1 for line in run if _BORDER.match(line.strip()[:1]) or _BORDER.match(line.strip()[-1:]))
    if padded * 2 < len(run) or boxed * 2 >= len(run):
        return False  # (a box drawn in characters pads its lines out to its right border: "|  Salary: … |")
    indent = min(len(line) - len(line.lstrip(" ")) for line in run)
    width = len(run[0])
    return not any(all(line[x] == " " for line in run) for x in range(indent + 1, width - 1))


def unjustified(text: str) -> str:
    """``text`` with each justified run's padding collapsed (its paragraph's short last line too) and words broken
    at its line ends made whole; other lines as they are."""
    lines = text.split("\n")
    marked = [False] * len(lines)
    i = 0
    while i < len(lines):
        width = len(lines[i].rstrip())
        j = i
        while j < len(lines) and lines[j].strip() and len(lines[j].rstrip()) == width:
            j += 1
        run = [line.rstrip() for line in lines[i:j]]
        if j - i >= MIN_RUN and _WIDTHS[0] <= width <= _WIDTHS[1] and _is_justified(run):
            last = j + 1 if j < len(lines) and lines[j].strip() and len(lines[j].rstrip()) < width else j
            for k in range(i, last):
                marked[k] = True
        i = max(j, i + 1)
    if not any(marked):
        return text
    out = [(_PADDING.sub(" ", line.rstrip()) if flag else line) for line, flag in zip(lines, marked)]
    # words broken at a justified line's end, made whole as the document spells them elsewhere
    repaired: list[str] = []
    k = 0
    while k < len(out):
        if not marked[k]:
            repaired.append(out[k])
            k += 1
            continue
        end = k
        while end < len(out) and marked[end]:
            end += 1
        repaired.extend(dehyphenated(out[k:end], out))
        k = end
    return "\n".join(repaired)
