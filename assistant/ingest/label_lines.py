"""A job board's field block, "Job Number" on one line and "24-0117" on the next, read as "Job Number: 24-0117".

Why: postings copied from a job board (and pages built of label and value divs) print each field's label and
its value on lines of their own. Split into sentences, the label and the value become two passages that say
nothing alone ("Job Number", "24-0117"), so no passage answers "what's the job number?". A run of three or more
label/value pairs, at least one value holding a figure, is joined pair by pair; anything else is left as it is
(a menu of short lines has no figures; a heading is followed by a paragraph, not a short value).

Example:
    >>> join_label_lines("Salary\\n$30.47 - $39.06 Hourly\\nJob Type\\nFull-Time\\nJob Number\\n24-0117\\n\\nDescription")
    'Salary: $30.47 - $39.06 Hourly\\nJob Type: Full-Time\\nJob Number: 24-0117\\n\\nDescription'
"""

from __future__ import annotations

import re

__all__ = ["caps_label_fields", "dot_leader_fields", "field_columns", "join_label_lines"]

# 1-4 words, no figures, no end mark; not "City of Port Alden" (a name printed above its title, not a field)
_LABEL = re.compile(r"^(?!.* (?i:of) )[A-Z][A-Za-z'&/()-]*(?: [A-Za-z'&/()-]+){0,3}$")
_FIGURE = re.compile(r"[\d$]")
MIN_PAIRS = 3
MAX_VALUE_CHARS = 100


_UNDERLINE = re.compile(r"^\s*[-=~_*]{3,}\s*$")  # "Full job description" over "------": a heading, not a field


def _is_value(line: str) -> bool:
    return bool(line.strip()) and len(line) <= MAX_VALUE_CHARS and not line.rstrip().endswith(":") \
        and not line.lstrip().startswith(("#", "- ", "* ", "|")) and not _UNDERLINE.match(line)


def _pairs_at(lines: list[str], start: int) -> tuple[list[tuple[str, list[str]]], int]:
    """The label/value pairs from ``start`` on, and the index after the last one."""
    pairs: list[tuple[str, list[str]]] = []
    i = start
    while i + 1 < len(lines) and _LABEL.match(lines[i].strip()) and _is_value(lines[i + 1]):
        if _LABEL.match(lines[i + 1].strip()) and i + 2 < len(lines) and _FIGURE.search(lines[i + 2]):
            break  # "Permit Technician" above "Salary" above "$30.47": the next line is the label of a figure
        label, values = lines[i].strip(), [lines[i + 1].strip()]
        i += 2
        # a label with several figure lines ("Salary": hourly, then annual)
        while i < len(lines) and _is_value(lines[i]) and _FIGURE.search(lines[i]) and not _LABEL.match(lines[i].strip()):
            values.append(lines[i].strip())
            i += 1
        pairs.append((label, values))
    return pairs, i


MIN_SPACED_PAIRS = 3
MAX_FIELD_VALUE_CHARS = 60


def _is_field_value(line: str) -> bool:
    """A field's value ("06/30/2025", "Staff - Professional"), not a sentence ("Under supervision, plants …
    lawns.") nor a field of its own ("Class Code: 5120")."""
    value = line.strip()
    return _is_value(line) and len(value) <= MAX_FIELD_VALUE_CHARS and ":" not in value and not value.endswith(".")


def _spaced_pairs_at(lines: list[str], start: int) -> tuple[list[tuple[str, list[str]]], int]:
    """An applicant-tracking page's fields, each a label line, a value line and one blank line ("Close Date" /
    "06/30/2025" / ""), from ``start`` on; only a long run of exactly that shape counts."""
    pairs: list[tuple[str, list[str]]] = []
    i = start
    while i + 1 < len(lines) and _LABEL.match(lines[i].strip()) and _is_field_value(lines[i + 1]) \
            and (i + 2 >= len(lines) or not lines[i + 2].strip()):
        pairs.append((lines[i].strip(), [lines[i + 1].strip()]))
        i += 3
    figures = sum(1 for _, values in pairs if _FIGURE.search(values[0]))
    return (pairs, min(i, len(lines))) if len(pairs) >= MIN_SPACED_PAIRS and figures >= 2 else ([], start)


# "CLASS TITLE ........... AIRPORT EQUIPMENT MECHANIC": a form's label, a leader of dots, its value
_DOT_LEADER = re.compile(r"^([ \t]*[A-Za-z][A-Za-z'&/()#-]*(?: [A-Za-z'&/()#-]+){0,4}?)[ \t]*\.{4,}[ \t]*:?[ \t]*(?=\S)")
_PAGE_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}|[ivx]{1,5})[ \t]*$", re.I)


def dot_leader_fields(text: str) -> str:
    """``text`` with "Label ....... value" lines written "Label: value", so the value reads as the label's (a form
    or an HRIS export prints its fields so); a contents line ("Duties ........ 3") keeps its leader. An entry
    wrapped onto its leader's line is one line again (see :func:`_unwrapped_entries`)."""
    def field(line: str) -> str:
        match = _DOT_LEADER.match(line)
        if match is None or _PAGE_NUMBER.fullmatch(line[match.end():]):
            return line
        return f"{match.group(1)}: {line[match.end():]}"
    return "\n".join(field(line) for line in _unwrapped_entries(text.split("\n"))) if "..." in text else text


_LEADER = re.compile(r"\.{4,}[ \t]*:?[ \t]*\S")


def _unwrapped_entries(lines: list[str]) -> list[str]:
    """``lines`` with each entry that a bulletin wraps before its leader ("Performance test (permit fee calculation"
    / "exercise) ........ 40%") joined to the leader's line: the line goes on in lower case (or a bracket) at the
    entry's indent or deeper, after a line that ends no sentence or label."""
    out: list[str] = []
    for line in lines:
        before = out[-1] if out else ""
        if before.strip() and _LEADER.search(line) and not _LEADER.search(before) \
                and re.match(r"[ \t]*[a-z(]", line) and not before.rstrip().endswith((".", ":", ";")) \
                and len(line) - len(line.lstrip()) >= len(before) - len(before.lstrip()):
            out[-1] = f"{before.rstrip()} {line.strip()}"
        else:
            out.append(line)
    return out


# "FLSA Exempt" / "CLASS CODE 3615" / "SALARY $7,486 - $9,556 monthly": a boxed fact sheet's label in capitals, its
# value after it on the same line in ordinary case (or a figure)
_CAPS_FIELD = re.compile(r"^([ \t]*(?:[A-Z][A-Z&/'-]+ ){0,3}[A-Z][A-Z&/'-]+)[ \t]+(?=[$\d(]|[A-Z][a-z])")
MIN_CAPS_FIELDS = 3
# what a fact sheet's labels name ("ICC Residential Plans Examiner" / "CPR Card" is a list of certificates)
_FIELD_WORD = re.compile(r"\b(?:SALARY|PAY|WAGES?|FLSA|CODE|GRADE|RANGE|UNIT|LOCATION|SCHEDULE|DATE|STATUS|DEPARTMENT|"
                         r"DIVISION|HOURS|SHIFT|TITLE|NUMBER|TYPE|PROBATION)\b")


def caps_label_fields(text: str) -> str:
    """``text`` with each run of three or more lines opening on a label in capitals ("FLSA Exempt", "BARGAINING
    UNIT Mid-Management …") written "FLSA: Exempt": a lone such line is left alone (a sentence may open on an
    acronym), a run of them, with a figure and two labels naming fields, is a fact sheet."""
    lines = text.split("\n")
    matches = [_CAPS_FIELD.match(line) for line in lines]
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and matches[j]:
            j += 1
        run = [(matches[k].group(1), lines[k][matches[k].end():]) for k in range(i, j)]
        if j - i >= MIN_CAPS_FIELDS and any(_FIGURE.search(value) for _, value in run) \
                and sum(1 for label, _ in run if _FIELD_WORD.search(label)) >= 2:
            for k in range(i, j):
                match = matches[k]
                out[k] = f"{match.group(1)}: {lines[k][match.end():]}"
        i = max(j, i + 1)
    return "\n".join(out)


_COLUMN_GAP = re.compile(r"(?<!:)[ \t]{3,}")  # (not the gap after a label: "PAY GRADE:   17")
_FIELD_CELL = re.compile(r"^[A-Z][A-Za-z0-9/&().#'-]*(?: [A-Za-z0-9/&().#'-]+){0,3}:[ \t]*\S")


def field_columns(text: str) -> str:
    """``text`` with each line of fixed-width fields ("CLASS CODE: 6702          CLASS TITLE: CORRECTIONAL
    OFFICER", a report's "RUN DATE: 01/06/2025      STATE OF TALMADGE      PAGE: 1 OF 3") cut into one line per
    field: printed side by side, each is still a field of its own, and a title or an employer read from one
    must not run on into the next. A line counts when two of its wide-gap cells or more open on "Label:"."""
    def cut(line: str) -> str:
        cells = _COLUMN_GAP.split(line.strip())
        if len(cells) < 2 or sum(1 for cell in cells if _FIELD_CELL.match(cell)) < 2:
            return line
        indent = line[:len(line) - len(line.lstrip())]
        return "\n".join(indent + cell for cell in cells)
    return "\n".join(cut(line) for line in text.split("\n"))


def join_label_lines(text: str) -> str:
    """``text`` with each run of label/value line pairs joined as "Label: value" lines (and dot-leader fields
    and capital labels written so, see :func:`dot_leader_fields` and :func:`caps_label_fields`; fields printed
    side by side put on lines of their own, see :func:`field_columns`)."""
    lines = caps_label_fields(dot_leader_fields(text)).split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        labelled = bool(_LABEL.match(lines[i].strip()))
        spaced, end = _spaced_pairs_at(lines, i) if labelled else ([], i)
        if spaced:
            out.extend(f"{label}: {values[0]}" for label, values in spaced)
            out.append("")
            i = end
            continue
        pairs, end = _pairs_at(lines, i) if labelled else ([], i)
        if len(pairs) >= MIN_PAIRS and any(_FIGURE.search(v) for _, values in pairs for v in values):
            out.extend(f"{label}: {'; '.join(values)}" for label, values in pairs)
            i = end
        else:
            out.append(lines[i])
            i += 1
    return field_columns("\n".join(out))
