"""A chart drawn in inline SVG whose labels state figures is read as lines of text; a canvas chart's fallback and a
MathML formula too.

Why: a class series page drew its hourly ranges as a bar chart ("Stores Specialist II" beside "$23.22 – $28.22 per
hour", both ``<text>`` labels of one bar's group); the ranges were written nowhere else, and dropping SVG as
decoration lost them. A chart whose labels hold figures becomes a block of lines: its title, then one line per
bar (the labels of one ``<g>`` group), or per column of labels sharing an x position ("Step 1" over "$79,500").
Charts whose labels hold no figure (icons, logos, maps) are still dropped as decoration. A ``<canvas>`` chart is
drawn by a script, so only its fallback content (the table a browser shows without canvas, which screen readers read:
"Uniform allowance (paid quarterly) | $1,200") states its figures: that content is read where the chart stands. A
MathML formula ("S = 0.60 × W + 0.40 × T + V", how an exam's final score is weighted) is read as its written symbols,
not its TeX annotation.

Example:
    >>> from assistant.ingest.html_tree import parse_html
    >>> page = parse_html('<div><svg><g><text>Clerk I</text><text>$21.06 - $25.60</text></g></svg></div>')
    >>> open_charts(page)
    >>> page.text_content()
    'Clerk I: $21.06 - $25.60'
"""

from __future__ import annotations

import re
from typing import Any

from assistant.ingest.html_tree import WHITESPACE, tag_name

_FIGURE = re.compile(r"\d")
MAX_BAR_LABELS = 3  # labels of one bar's group read as one line ("Paralegal Specialist II", "$31.18 - $37.90")


def open_charts(body: Any) -> None:
    """Each inline SVG chart under ``body`` whose labels state a figure, replaced by a block of its lines; each canvas
    whose fallback content states a figure, replaced by that content; each MathML formula, by its symbols."""
    from lxml import html

    drawn: dict[str, list[Any]] = {"canvas": [], "math": [], "svg": []}
    for element in body.iter():  # (one pass over the page for all three)
        drawn.get(tag_name(element), []).append(element)
    for canvas in drawn["canvas"]:
        if len(canvas) and _FIGURE.search(canvas.text_content()):
            canvas.tag = "div"
    for formula in drawn["math"]:
        written = _formula_text(formula)
        if written and formula.getparent() is not None:
            line = html.Element("p" if formula.get("display") == "block" else "span")
            line.text, line.tail = written, formula.tail
            formula.getparent().replace(formula, line)

    for svg in drawn["svg"]:
        lines = chart_lines(svg)
        parent = svg.getparent()
        if not lines or parent is None:
            continue
        block = html.Element("div")
        for line in lines:
            paragraph = html.Element("p")
            paragraph.text = line
            block.append(paragraph)
        block.tail = svg.tail
        parent.replace(svg, block)


def chart_lines(svg: Any) -> list[str]:
    """The chart's title and its labels as lines, or none when no label states a figure."""
    labels = [element for element in svg.iter() if tag_name(element) == "text"]
    if not any(_FIGURE.search(element.text_content()) for element in labels):
        return []
    lines = [_text(title) for title in svg if tag_name(title) == "title" and _text(title)]
    groups: dict[Any, list[Any]] = {}
    for label in labels:
        if _text(label):
            groups.setdefault(label.getparent(), []).append(label)
    for group, members in groups.items():
        if len(members) <= MAX_BAR_LABELS and tag_name(group) == "g":
            lines.append(_joined([_text(m) for m in members]))
            continue
        columns: dict[str, list[str]] = {}
        for member in members:
            columns.setdefault(member.get("x") or "", []).append(_text(member))
        if "" not in columns and len(columns) >= 2 and all(2 <= len(c) <= MAX_BAR_LABELS for c in columns.values()):
            lines.extend(_joined(column) for column in columns.values())  # "Step 1" over its "$79,500"
        else:
            lines.extend(_text(m) for m in members)
    return lines


def _formula_text(formula: Any) -> str:
    """A MathML formula's symbols in order, spaced ("S = 0.60 × W + 0.40 × T"); its annotations (TeX) left out, or
    its ``alttext`` when it has no symbols."""
    symbols = [WHITESPACE.sub(" ", token.text or "").strip() for token in formula.iter()
               if tag_name(token) in {"mi", "mn", "mo", "mtext", "ms"}
               and not any(tag_name(a) in {"annotation", "annotation-xml"} for a in token.iterancestors())]
    return " ".join(s for s in symbols if s) or (formula.get("alttext") or "").strip()


def _text(element: Any) -> str:
    return WHITESPACE.sub(" ", element.text_content()).strip()


def _joined(labels: list[str]) -> str:
    """A bar's labels on one line: a name and its figure as "name: figure" ("Step 1: $79,500")."""
    if len(labels) == 2 and _FIGURE.search(labels[1]) and not labels[0].endswith(":"):
        return f"{labels[0]}: {labels[1]}"
    return " ".join(labels)
