"""A PDF page's text with side-by-side prose columns read one column after the other.

Why: pdfplumber reads a page line by line across its whole width, so a page set in two
columns comes out with every line half from one column and half from the other ("This is
the journey-level class in the Information Duties may include, ..."), and no sentence of
either column can be quoted. Here a run of lines that share a clear vertical gutter, with
prose filling both sides, is read left column first, then right column; everything else on
the page (title bands, full-width paragraphs, footers) keeps pdfplumber's line order.

Why the fill test: a label/value box ("Job Number:" on the left, "2025-00318" on the right)
also has a gutter, but reading it by column would part every label from its value. Prose
columns fill their width; labels do not. A signal, not a gate: a page without a clear
two-column run reads exactly as before.

Example:
    >>> import pdfplumber  # doctest: +SKIP
    >>> with pdfplumber.open("bulletin.pdf") as pdf:  # doctest: +SKIP
    ...     text = page_text(pdf.pages[0])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from assistant.ingest.pdf_mark_columns import with_marked_columns
from assistant.ingest.pdf_rotated import split_rotated

__all__ = ["page_text", "column_runs"]

_LINE_TOLERANCE = 3.0  # points: words whose tops differ by less share a line
_MIN_GUTTER = 9.0  # points of blank space every line of the run leaves at the gutter
_GUTTER_BAND = (0.25, 0.75)  # the gutter lies in the middle half of the text width
_MIN_LINES_BOTH_SIDES = 4  # lines of the run holding words on both sides of the gutter
_MIN_FILL = 0.55  # median share of its column's width that a side's lines fill
_MIN_WORDS = 3  # mean words per side on lines holding both: prose, not a table's cells
_MIN_LOWER = 0.5  # share of a side's words that start in lower case: prose, not labels or figures


@dataclass(frozen=True)
class _Line:
    top: float
    bottom: float
    words: tuple[tuple[float, float], ...]  # (x0, x1) of each word, left to right
    texts: tuple[str, ...]  # the words' text, in the same order


@dataclass(frozen=True)
class ColumnRun:
    """Lines ``first``..``last`` (inclusive) of a page read as two columns split at ``gutter``."""

    first: int
    last: int
    gutter: float
    top: float
    bottom: float


def _lines(words: list[dict[str, Any]]) -> list[_Line]:
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (float(w["top"]), float(w["x0"]))):
        if lines and abs(float(word["top"]) - float(lines[-1][0]["top"])) <= _LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    out: list[_Line] = []
    for line in lines:
        line.sort(key=lambda w: float(w["x0"]))
        out.append(
            _Line(
                top=min(float(w["top"]) for w in line),
                bottom=max(float(w["bottom"]) for w in line),
                words=tuple((float(w["x0"]), float(w["x1"])) for w in line),
                texts=tuple(str(w["text"]) for w in line),
            )
        )
    return out


def _clear_span(line: _Line, low: float, high: float) -> list[tuple[float, float]]:
    """The blank stretches of ``line`` within [low, high]."""
    spans: list[tuple[float, float]] = []
    cursor = low
    for x0, x1 in line.words:
        if x1 <= cursor:
            continue
        if x0 >= high:
            break
        if x0 > cursor:
            spans.append((cursor, x0))
        cursor = max(cursor, x1)
    if cursor < high:
        spans.append((cursor, high))
    return spans


def _intersect(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if hi - lo >= _MIN_GUTTER:
                out.append((lo, hi))
    return out


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2] if ordered else 0.0


def _is_prose_columns(lines: list[_Line], gutter_lo: float, gutter_hi: float, left: float, right: float) -> bool:
    both = [ln for ln in lines if ln.words[0][0] < gutter_lo and ln.words[-1][1] > gutter_hi]
    if len(both) < _MIN_LINES_BOTH_SIDES:
        return False
    left_fill = [
        (max(x1 for x0, x1 in ln.words if x1 <= gutter_lo) - left) / max(gutter_lo - left, 1.0)
        for ln in lines
        if ln.words[0][1] <= gutter_lo
    ]
    right_fill = [
        (right - min(x0 for x0, x1 in ln.words if x0 >= gutter_hi)) / max(right - gutter_hi, 1.0)
        for ln in lines
        if ln.words[-1][0] >= gutter_hi
    ]
    left_words = [t for ln in both for (x0, x1), t in zip(ln.words, ln.texts) if x1 <= gutter_lo]
    right_words = [t for ln in both for (x0, x1), t in zip(ln.words, ln.texts) if x0 >= gutter_hi]
    # a table's last column of figures ("18 repetitions", "76 seconds or less", "$4,120") beside its rows is no
    # column of prose, however many lower-case words its cells hold
    right_starts = [next(t for (x0, x1), t in zip(ln.words, ln.texts) if x0 >= gutter_hi) for ln in both]
    figures = sum(1 for t in right_starts if _FIGURE_START.match(t))
    return (
        _median(left_fill) >= _MIN_FILL
        and _median(right_fill) >= _MIN_FILL
        and _is_prose(left_words, len(both))
        and _is_prose(right_words, len(both))
        and figures < _MAX_FIGURE_SHARE * len(both)
    )


_FIGURE_START = re.compile(r"[$€£]?\d")
_MAX_FIGURE_SHARE = 0.5  # lines of a prose column that may start with a figure


def _is_prose(words: list[str], line_count: int) -> bool:
    """Several words a line, most of them lower-case: running text, not a table's labels and figures."""
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= _MIN_WORDS * line_count and lower >= _MIN_LOWER * len(words)


def _side(line: _Line, low: float, high: float) -> str:
    if line.words[-1][1] <= high:
        return "left"
    if line.words[0][0] >= low:
        return "right"
    return "both"


def _without_trailing_heading(lines: list[_Line], first: int, last: int, low: float, high: float) -> int:
    """``last`` moved up past a one-sided last line set apart from its column above it.

    A heading for the full-width paragraph below ("Education and Experience:") sits in the
    gutter-free run only because it is short; a wider gap above it than its column's line
    pitch shows that it starts the next block rather than ending a column.
    """
    side = _side(lines[last], low, high)
    if side == "both" or last + 1 >= len(lines) or _side(lines[last + 1], low, high) != "both":
        return last
    tops = [ln.top for ln in lines[first:last] if _side(ln, low, high) in (side, "both")]
    pitches = [b - a for a, b in zip(tops, tops[1:])]
    if len(pitches) < 3 or lines[last].top - tops[-1] <= 1.4 * _median(pitches):
        return last
    return last - 1


def column_runs(words: list[dict[str, Any]]) -> list[ColumnRun]:
    """Runs of consecutive lines set in two prose columns (pdfplumber word dicts in, runs out)."""
    lines = _lines(words)
    if len(lines) < _MIN_LINES_BOTH_SIDES:
        return []
    left = min(ln.words[0][0] for ln in lines)
    right = max(ln.words[-1][1] for ln in lines)
    band_lo = left + (right - left) * _GUTTER_BAND[0]
    band_hi = left + (right - left) * _GUTTER_BAND[1]
    runs: list[ColumnRun] = []
    i = 0
    while i < len(lines):
        clear = _intersect(_clear_span(lines[i], band_lo, band_hi), [(band_lo, band_hi)])
        j = i
        while clear and j + 1 < len(lines):
            narrowed = _intersect(clear, _clear_span(lines[j + 1], band_lo, band_hi))
            if not narrowed:
                break
            clear, j = narrowed, j + 1
        j = _without_trailing_heading(lines, i, j, band_lo, band_hi)
        run = lines[i : j + 1]
        found = next(
            (span for span in sorted(clear, key=lambda s: s[0] - s[1]) if _is_prose_columns(run, span[0], span[1], left, right)),
            None,
        )
        if found is not None and j > i:
            runs.append(ColumnRun(i, j, (found[0] + found[1]) / 2, run[0].top, run[-1].bottom))
            i = j + 1
        else:
            i += 1
    return runs


def page_text(page: Any) -> str:
    """The page's text (pdfplumber ``Page`` in), column runs read left column first; lines set sideways (a margin
    band) after it, each read along its own baseline."""
    upright, bands = split_rotated(page)
    text = _upright_text(upright)
    return "\n\n".join([text, *bands]) if bands else text


def _upright_text(page: Any) -> str:
    words = page.extract_words()
    lines = _lines(words)
    runs = column_runs(words)
    if not runs:
        return with_marked_columns(_with_boxed_fields(page.extract_text() or "", lines), lines)
    pieces: list[str] = []
    top = 0.0
    for run in runs:
        above, below = run.top - 0.5, run.bottom + 0.5
        if above > top:
            pieces.append(_region_text(page, 0.0, top, float(page.width), above))
        pieces.append(_region_text(page, 0.0, above, run.gutter, below))
        pieces.append(_region_text(page, run.gutter, above, float(page.width), below))
        top = below
    if top < float(page.height):
        pieces.append(_region_text(page, 0.0, top, float(page.width), float(page.height)))
    return with_marked_columns(_with_boxed_fields("\n".join(piece for piece in pieces if piece), lines), lines)


_FIELD_GAP = 12.0  # points between one box's label and the next box's label on a form's label row


def _label_groups(line: _Line) -> list[tuple[float, str]]:
    """A form's label row ("REPORTS TO:" … "FLSA:"): (x0, label) of each box, or [] when the line is not one (two
    boxes or more, each label ending in a colon, set apart by a wide gap)."""
    groups: list[tuple[float, list[str]]] = []
    last_x1 = None
    for (x0, x1), text in zip(line.words, line.texts):
        if last_x1 is None or x0 - last_x1 > _FIELD_GAP:
            groups.append((x0, [text]))
        else:
            groups[-1][1].append(text)
        last_x1 = x1
    labels = [(x0, " ".join(texts)) for x0, texts in groups]
    if len(labels) < 2 or not all(label.endswith(":") and len(label) <= 40 for _, label in labels):
        return []
    return labels


def _with_boxed_fields(text: str, lines: list[_Line]) -> str:
    """``text`` with each form row of boxes, labels above values ("REPORTS TO:  FLSA:" over "Sterile Processing
    Supervisor  Non-Exempt"), written as one "Label: value" line per box, each value cut at the next box's left edge.
    Read across, the row would make one label's value of every box's value."""
    for label_line, value_line in zip(lines, lines[1:]):
        labels = _label_groups(label_line)
        if not labels or _label_groups(value_line):
            continue
        values: list[list[str]] = [[] for _ in labels]
        for (x0, _), word in zip(value_line.words, value_line.texts):
            box = max((i for i, (left, _) in enumerate(labels) if x0 >= left - 2.0), default=0)
            values[box].append(word)
        if not all(values):
            continue
        read_across = " ".join(label_line.texts) + "\n" + " ".join(value_line.texts)
        boxed = "\n".join(f"{label} {' '.join(words)}" for (_, label), words in zip(labels, values))
        text = text.replace(read_across, boxed, 1)
    return text


def _region_text(page: Any, x0: float, top: float, x1: float, bottom: float) -> str:
    x0, x1 = max(x0, float(page.bbox[0])), min(x1, float(page.bbox[2]))
    top, bottom = max(top, float(page.bbox[1])), min(bottom, float(page.bbox[3]))
    if x1 <= x0 or bottom <= top:
        return ""
    return page.within_bbox((x0, top, x1, bottom)).extract_text() or ""
