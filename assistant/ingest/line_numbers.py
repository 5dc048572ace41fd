"""Line numbers printed down a PDF page's margin ("12 larger projects.", "13 Public Works Construction …") read
without them.

Why: board agenda packets, pleadings and draft ordinances number every line for reference at the meeting. The
extractor writes each number at the start of its line, so a sentence running over two lines reads "… without 40
examination after …" and a heading reads "30 MINIMUM QUALIFICATIONS". The numbers are told from a numbered list or
a step table by running on, one per line, over many lines of a page (a list numbers items, not lines, and its
numbers carry a period; a step table has a few rows of figures).

Example:
    >>> page = [f"{n} line {n} of the packet" for n in range(1, 14)]
    >>> without_line_numbers([page])[0][:2]
    ['line 1 of the packet', 'line 2 of the packet']
"""

from __future__ import annotations

import re

__all__ = ["without_line_numbers"]

_NUMBERED = re.compile(r"^(\d{1,3})(?:[ \t]+(?=\S)|$)")
MIN_NUMBERED_LINES = 12  # consecutive numbers that make a page's margin numbering
MIN_NUMBERED_SHARE = 0.5  # of the page's lines from the first numbered one on


def without_line_numbers(pages: list[list[str]]) -> list[list[str]]:
    """Each page's lines with the margin line numbers taken off, where a page numbers its lines one after another."""
    return [_unnumbered(lines) for lines in pages]


def _unnumbered(lines: list[str]) -> list[str]:
    numbered = [(i, int(m.group(1))) for i, line in enumerate(lines) if (m := _NUMBERED.match(line))]
    run: list[int] = []
    best: list[int] = []
    previous = None
    for index, number in numbered:
        if previous is not None and number == previous + 1:
            run.append(index)
        else:
            run = [index]
        previous = number
        if len(run) > len(best):
            best = list(run)
    if len(best) < MIN_NUMBERED_LINES:
        return lines
    span = [line for line in lines[best[0]:best[-1] + 1] if line.strip()]
    if len(best) < MIN_NUMBERED_SHARE * len(span):
        return lines
    if sum(1 for i in best if re.match(r"\d{1,3}\s+[$\d]", lines[i])) > len(best) / 2:
        return lines  # rows of figures: a table's steps or periods, numbered as data
    out = list(lines)
    for i in best:
        out[i] = _NUMBERED.sub("", lines[i], count=1)
    return out
