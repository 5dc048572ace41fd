"""A table drawn in plain text (box-drawing characters, or ``+---+`` and ``|``), its wrapped cells read as one row.

Why: a report printed to text draws its tables with rules and bars, and wraps a long cell over several lines:

    │  1  │ Leads a crew of four to eight Nursery Workers and seasonal laborers;   │   30%   │
    │     │ assigns, schedules and checks the crew's work each day and trains new  │         │

Read line by line, every line is a fragment of two or three cells ("│ Licenses │ Valid Class C driver's license at
appointment. Class B commercial │"): a sentence is cut at each line end and the next line's fragment belongs to no
label. Each row is read whole instead, its cells' fragments joined in order, as one ``cell | cell | cell`` line, the
way tables of every other format are read; rules are dropped. Rows are told apart by the rules between them, or, where
a table draws none, by a line whose first cell is blank continuing the row above.

Example:
    >>> joined_text_tables("┌───┬─────────┐\\n│ 1 │ Leads a │\\n│   │ crew.   │\\n└───┴─────────┘")
    '1 | Leads a crew.'
"""

from __future__ import annotations

import re

__all__ = ["joined_text_tables"]

_BARS = "│┃║|"
_CELL_LINE = re.compile(r"^[ \t]*[│┃║|].*[│┃║|][ \t]*$")
_RULE_LINE = re.compile(r"^[ \t]*[┌├└╞╘╒╔╠╚╟╙╓+│┃║|][─━═\-=┬┼┴╤╪╧╦╬╩╥╫╨+┐┤┘╡╛╕╗╣╝╢╜╖│┃║| \t]*$")
_RULE_STROKE = re.compile(r"[─━═\-=]{3,}")
MIN_TABLE_LINES = 3  # a table has at least a row and its rules (or two rows)


def joined_text_tables(text: str) -> str:
    """``text`` with each plain-text table's rows read whole; text with no such table comes back unchanged."""
    if not any(bar in text for bar in _BARS):
        return text
    lines = text.split("\n")
    rules = [_is_rule(line) for line in lines]
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and (rules[end] or _CELL_LINE.match(lines[end])):
            end += 1
        if end - i >= MIN_TABLE_LINES and any(rules[i:end]) and not all(rules[i:end]):
            out.extend(_rows(lines[i:end], rules[i:end]))
        else:
            out.extend(lines[i:max(end, i + 1)])  # (no part of a run that is no table is one either)
        i = max(end, i + 1)
    return "\n".join(out)


def _is_rule(line: str) -> bool:
    return bool(_RULE_LINE.match(line)) and bool(_RULE_STROKE.search(line))


def _rows(block: list[str], rules: list[bool]) -> list[str]:
    """The block's rows, one line each (``rules`` marks its rule lines): its cell lines grouped by the rules between
    them (or, where rules part no rows, a blank first cell continuing the row above)."""
    groups: list[list[list[str]]] = []
    inner_rules = [k for k in range(1, len(block) - 1) if rules[k] and not rules[k - 1] and not rules[k + 1]]
    first_cells = rules.index(False)
    # (a header's rule, right under the first cell line, alone does not part the rows under it)
    ruled_rows = any(k != first_cells + 1 for k in inner_rules)
    current: list[list[str]] = []
    for line, rule in zip(block, rules):
        if rule:
            if current:
                groups.append(current)
            current = []
            continue
        cells = _cells(line)
        if current and not ruled_rows and cells and cells[0].strip():
            groups.append(current)  # no rules between rows: a line opening a first cell opens a row
            current = []
        current.append(cells)
    if current:
        groups.append(current)
    rows = []
    for group in groups:
        width = max(len(cells) for cells in group)
        if width == 1:
            # a box of lines ("Department: …" over "Bargaining Unit: …"): each line stands, a line carrying on a
            # sentence cut at the box's edge joins it
            rows.extend(_box_lines([cells[0] for cells in group]))
            continue
        joined = [" ".join(cells[k].strip() for cells in group if k < len(cells) and cells[k].strip())
                  for k in range(width)]
        joined = [" ".join(cell.split()) for cell in joined]
        if any(joined):
            rows.append(" | ".join(joined))
    return rows


def _box_lines(fragments: list[str]) -> list[str]:
    lines: list[str] = []
    for fragment in (" ".join(f.split()) for f in fragments):
        if not fragment:
            continue
        if lines and not re.search(r"[.:;!?]$", lines[-1]) and re.match(r"[a-z0-9(]", fragment):
            lines[-1] += " " + fragment
        else:
            lines.append(fragment)
    return lines


def _cells(line: str) -> list[str]:
    """The cells of a cell line, between its bars (the outer bars dropped)."""
    inner = line.strip()[1:-1]
    return re.split(r"[│┃║|]", inner)
