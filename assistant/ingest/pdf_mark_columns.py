"""A PDF checklist's marks read as the columns they sit under ("Kneeling / crawling: Occasionally").

Why: pdfplumber joins a line's words with single spaces, so the row "Kneeling / crawling ... X" of a
physical-demands checklist headed "Never  Occasionally  Frequently  Constantly" comes out as
"Kneeling / crawling X", and no reader can tell which column holds the X. Here a header line of two or
more column headings, over rows whose only words past the first heading's left edge are lone marks, has
each such row written as its label and the headings its marks sit under. Nothing names a kind of form:
the headings may be frequencies, "Required / Desirable" or "Yes / No".

Example:
    >>> import pdfplumber  # doctest: +SKIP
    >>> with pdfplumber.open("position-description.pdf") as pdf:  # doctest: +SKIP
    ...     text = with_marked_columns(pdf.pages[0].extract_text(), lines)
"""

from __future__ import annotations

from typing import Protocol, Sequence

from assistant.checkboxes import CHECKED_MARKS

__all__ = ["with_marked_columns"]

MARKS = frozenset(CHECKED_MARKS + "Xx●•")
# points between one heading's last word and the next heading's first: wider than a space of the header's own
# type (its narrowest gap), and always this much or more apart
_SPACE_FACTOR = 1.6
_MIN_GAP = 3.5
_MAX_GAP = 10.0
_MIN_COLUMNS = 2  # headings a mark could sit under
_MIN_ROWS = 2  # marked rows under the header
_EDGE = 4.0  # points a mark may stand left of the first heading


class _LineLike(Protocol):
    words: tuple[tuple[float, float], ...]
    texts: tuple[str, ...]


def _groups(line: _LineLike) -> list[tuple[float, float, str]]:
    """(x0, x1, text) of each run of words set apart by a wide gap."""
    gaps = [b[0] - a[1] for a, b in zip(line.words, line.words[1:])]
    column_gap = min(_MAX_GAP, max(_MIN_GAP, _SPACE_FACTOR * min(gaps, default=0.0)))
    groups: list[tuple[float, float, list[str]]] = []
    for (x0, x1), text in zip(line.words, line.texts):
        if groups and x0 - groups[-1][1] <= column_gap:
            groups[-1] = (groups[-1][0], x1, [*groups[-1][2], text])
        else:
            groups.append((x0, x1, [text]))
    return [(x0, x1, " ".join(texts)) for x0, x1, texts in groups]


def _headings(line: _LineLike) -> list[tuple[float, float, str]]:
    """The column headings of a checklist's header line (the label column's heading left out), or []."""
    groups = _groups(line)
    if len(groups) < _MIN_COLUMNS + 1 or any(text in MARKS for _, _, text in groups):
        return []
    return groups[1:]


def _marked_row(line: _LineLike, headings: list[tuple[float, float, str]]) -> str | None:
    """``line`` written as "label: heading" when its words past the first heading are lone marks, else None."""
    left_edge = headings[0][0] - _EDGE
    label = [t for (x0, _), t in zip(line.words, line.texts) if x0 < left_edge]
    marks = [(x0 + x1) / 2 for (x0, x1), t in zip(line.words, line.texts) if x0 >= left_edge and t in MARKS]
    beyond = [t for (x0, _), t in zip(line.words, line.texts) if x0 >= left_edge]
    if not label or not marks or len(marks) != len(beyond):
        return None
    chosen: list[str] = []
    for centre in marks:
        heading = min(headings, key=lambda h: abs((h[0] + h[1]) / 2 - centre))[2]
        if heading not in chosen:
            chosen.append(heading)
    return f"{' '.join(label)}: {', '.join(chosen)}"


def with_marked_columns(text: str, lines: Sequence[_LineLike]) -> str:
    """``text`` with each checklist row under a header of column headings written as its label and the headings
    its marks sit under; a page with no such header and rows is returned as it is."""
    cursor = 0
    i = 0
    while i < len(lines):
        headings = _headings(lines[i])
        rows: list[tuple[str, str]] = []
        j = i + 1
        while headings and j < len(lines):
            written = _marked_row(lines[j], headings)
            if written is None:
                break
            rows.append((" ".join(lines[j].texts), written))
            j += 1
        if len(rows) < _MIN_ROWS:
            i += 1
            continue
        for read_across, written in rows:
            at = text.find(read_across, cursor)
            if at < 0:
                continue
            text = text[:at] + written + text[at + len(read_across):]
            cursor = at + len(written)
        i = j
    return text
