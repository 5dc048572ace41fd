"""Pipe-table rows read as statements: a row's header found above it, its cells named by their columns.

Example:
    >>> text = "Step | Hourly Rate\\nA | $19.55\\nB | $20.53"
    >>> _, header = table_header(text, text.index("B | $20.53"))
    >>> readable_row(header, "B | $20.53")
    'Step: B; Hourly Rate: $20.53'
"""

from __future__ import annotations

import re

from assistant.checkboxes import CHECKED_MARKS, UNCHECKED_MARKS

_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def table_cells(line: str) -> list[str]:
    """The cells of a pipe-table row ('a | b | c', '| a | b |'); a row opening on a pipe it does not close on
    ('| Associate | Senior', a header over a column of row labels) has an empty first cell."""
    inner = line.strip()
    if inner.startswith("|") and inner.endswith("|") and len(inner) > 1:
        inner = inner[1:-1]
    elif inner.endswith("|"):
        inner = inner[:-1]
    return [cell.strip(" *") for cell in inner.split("|")]


MAX_HEADER_CELL_WORDS = 8  # a column name is a few words; a longer cell is a value
MAX_VALUE_NAME_WORDS = 3  # … and a two-column table's value column is named in fewer ("Rate", "Frequency")


def _is_value_cell(cell: str) -> bool:
    """A cell that holds a value, not a column's name: a figure or code ("C-3170", "$19.55") or a name in capitals
    ("HEALTH AIDE")."""
    letters = [c for c in cell if c.isalpha()]
    return any(c.isdigit() or c == "$" for c in cell) or (len(letters) > 3 and all(c.isupper() for c in letters))


def table_header(text: str, start: int) -> tuple[int, str]:
    """The header row of the pipe table whose row holds ``start`` ("Step A | Step B" above
    "$19.55 | $20.53") and where it starts, or (-1, "") when the row is the header itself, has another cell
    count, or is no table row.

    A value row quoted alone ("$19.55 | $20.53 | $21.55") says nothing of what each figure is."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if "|" not in line:
        return -1, ""
    header, header_start = "", -1
    position = line_start
    while position > 0:
        previous_start = text.rfind("\n", 0, position - 1) + 1
        previous = text[previous_start:position - 1]
        if "|" not in previous or not previous.strip():
            break
        if not _TABLE_SEPARATOR.match(previous):
            header, header_start = previous, previous_start
        position = previous_start
    # a row may be shorter than its header: trailing empty cells are dropped when tables are read
    if not header or not 2 <= len(table_cells(line)) <= len(table_cells(header)):
        return -1, ""
    if sum(ch.isdigit() for ch in header) > sum(ch.isalpha() for ch in header):
        return -1, ""  # a row of figures above: the table has no header row
    names = table_cells(header)
    if any(len(cell.split()) > MAX_HEADER_CELL_WORDS for cell in names):
        return -1, ""  # a label row above ("Physical Abilities | Incumbents must be able to …"): no header row
    if len(names) == 2 and (len(names[1].split()) > MAX_VALUE_NAME_WORDS or ";" in names[1] or _is_value_cell(names[1])):
        return -1, ""  # a label and its value ("Department | Student Services – Special Education"): no header row
    if _label_value_pairs(names):
        return -1, ""  # a table of label and value pairs ("Job Code | CL-2231 | Salary Range | Range 24: …"): no header
    return header_start, header


def _label_value_pairs(cells: list[str]) -> bool:
    """Whether a row reads as labels each followed by its value: four or more cells, a value among the second,
    fourth, … cells, and no value among the labels."""
    if len(cells) < 4 or len(cells) % 2:
        return False
    labels, values = cells[0::2], cells[1::2]
    figures = [any(c.isdigit() or c == "$" for c in v) for v in values]  # ("FLSA" in capitals is a column's name)
    return any(figures) and not any(_is_value_cell(label) for label in labels) \
        and all(label and len(label.split()) <= MAX_HEADER_CELL_WORDS for label in labels)


_MARKS = {"x", "✗", "✘", "●", "yes", "y", *CHECKED_MARKS}
_BLANKS = {"", "○", "-", "–", "no", "n", *UNCHECKED_MARKS}


def readable_row(header: str, row: str, column: int = -1) -> str:
    """A table row as a statement: 'Step A: $19.55; Step B: $20.53' ('Monthly — Minimum: $5,870; …' when the
    first column labels the rows; 'Tuberculosis Clearance: Evidence of …' for a label cell and its value
    with no header row). With ``column``, only the row's label cell and that column ('Factor: Experience;
    Social Worker III: Two (2) years …' of a job-family matrix)."""
    if not header:
        cells = table_cells(row)
        if len(cells) == 2 and all(cells) and len(cells[0].split()) <= MAX_HEADER_CELL_WORDS \
                and not cells[0].endswith(":"):
            return f"{cells[0]}: {cells[1]}"
        if _label_value_pairs(cells):
            # "Remote Work Eligibility | Not eligible (…) | Probationary Period | Six (6) months"
            # ("Class Code: | 07632 | Pay Grade: | 26": a label's own colon is not doubled)
            return "; ".join(f"{label.rstrip(':')}: {value}" for label, value in zip(cells[0::2], cells[1::2]))
        return row
    names, values = table_cells(header), table_cells(row)
    marked = [i for i, value in enumerate(values) if i and value.lower() in _MARKS]
    if marked and all(value.lower() in _MARKS | _BLANKS for value in values[1:]):
        # a frequency grid ("Lifting 11 to 25 pounds | | X |" under "… | Never | Occasional | Frequent"): the
        # columns its marks stand in
        return f"{values[0]}: " + ", ".join(names[i] for i in marked if i < len(names))
    if 0 < column < min(len(names), len(values)) and values[column]:
        names, values = [names[0], names[column]], [values[0], values[column]]
    lead = ""
    if names and not names[0] and values and values[0]:
        lead, names, values = values[0] + " — ", names[1:], values[1:]
    pairs = [f"{name.rstrip(':')}: {value}" if name else value for name, value in zip(names, values) if value]
    return lead + "; ".join(pairs)
