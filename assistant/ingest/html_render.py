"""Lines of text from the kept part of an HTML page: headings, paragraphs, list items and table rows.

Why this module exists: the chunker needs the page's structure in plain text (``#`` headings, ``- `` items,
`` | `` rows of data tables, layout tables read as blocks), and text whose list markup was lost at the
source ("grade. andPossession of") split again.

Example:
    >>> from assistant.ingest.html_tree import parse_html
    >>> root = parse_html("<h2>Duties</h2><ul><li>Files</li><li>Types</li></ul>")
    >>> assemble_text(render_lines(root, set(), {e: ElementStats() for e in root.iter()}))
    '## Duties\\n\\n- Files\\n- Types'
"""

from __future__ import annotations

import re
from typing import Any

from assistant.ingest.html_tree import BLOCK_TAGS, HEADING_LEVELS, WHITESPACE, ElementStats, tag_name

__all__ = ["assemble_text", "render_lines"]

_ALNUM = re.compile(r"[^\W_]")
_BULLET = re.compile(r"^[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\uf0b7]\s*")  # typed bullets


class _Renderer:
    """Turns the kept tree into lines with an explicit stack of actions (no recursion, each node once)."""

    def __init__(self, dropped: set[Any], stats: dict[Any, ElementStats]) -> None:
        self.dropped = dropped
        self.stats = stats
        self.lines: list[str] = []
        self.current: list[str] = []
        self.prefix = ""
        self.row_depth = 0
        self.pre_depth = 0
        self.link_depth = 0
        self.links = 0  # links in the current line
        self.plain = False  # letters or digits outside links in the current line

    def text(self, value: str) -> None:
        if not self.pre_depth:
            value = value.replace("\n", " ")
        self.current.append(value)
        if not self.link_depth:
            self.plain = self.plain or _ALNUM.search(value) is not None

    def flush(self) -> None:
        if self.row_depth:
            self.current.append(" ")
            return
        raw = "".join(self.current)
        self.current.clear()
        if self.pre_depth:
            self.lines.extend(part.strip() for part in raw.split("\n") if part.strip())
        else:
            line = WHITESPACE.sub(" ", raw).strip()
            toolbar = not self.prefix and self.links >= 2 and not self.plain  # "Apply Print Email", "Home | Jobs"
            if line and line.strip("|:- ") and not toolbar:
                self.lines.append(self.prefix + _BULLET.sub("- ", line, count=1))
        self.prefix = ""
        self.links, self.plain = 0, False

    def row_end(self) -> None:
        self.row_depth -= 1
        cells = [WHITESPACE.sub(" ", cell).strip() for cell in "".join(self.current).split("\x1f")]
        self.current.clear()
        self.links, self.plain = 0, False
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            self.lines.append(" | ".join(cells))

    def render(self, root: Any) -> list[str]:
        stack: list[tuple[str, Any]] = [("children", root)]
        while stack:
            action, item = stack.pop()
            if action == "children":
                stack.extend(reversed(self.expand(item)))
            elif action == "text":
                self.text(item)
            elif action == "flush":
                self.flush()
            elif action == "prefix":
                self.flush()
                self.prefix = item
            elif action == "link":
                self.link_depth += item
                self.links += item > 0
            elif action == "row":
                if item > 0:
                    self.flush()
                    self.row_depth += 1
                else:
                    self.row_end()
            elif action == "cell":
                self.current.append("\x1f")
            elif action == "term":  # <dt>: its <dd> follows on the same line
                if self.current and "".join(self.current).strip():
                    self.current.append(" " if "".join(self.current).rstrip().endswith(":") else ": ")
            elif action == "pre":
                if item > 0:
                    self.flush()
                    self.pre_depth += 1
                else:
                    self.flush()
                    self.pre_depth -= 1
        self.flush()
        return self.lines

    def expand(self, element: Any) -> list[tuple[str, Any]]:
        """The element's text, then each kept child (as the actions it stands for) and its tail."""
        todo: list[tuple[str, Any]] = []
        if element.text:
            todo.append(("text", element.text))
        in_row = self.row_depth > 0
        kept = [c for c in element if tag_name(c) and c not in self.dropped and c in self.stats]
        # <span>Job Number</span><span>2025-00318</span>: a page's layout shows two abutting inline elements apart;
        # their texts are never glued into one word ("Job Number2025-00318"), and a label and its value alone in
        # their row read "Job Number: 2025-00318"
        joint = ": " if not in_row and _is_label_pair(element, kept) else " "
        if not in_row and _is_block_pair(element, kept):
            # <div><div>20%</div><div>Web mapping …</div></div>, <div><div>Salary</div><div>$5,100 …</div></div>:
            # a row drawn with blocks, one line as it shows ("20% Web mapping …", "Salary: $5,100 …")
            first, second = kept
            label = _text_of(first)
            between = " " if _is_figure(label) or label.endswith(":") else ": "
            return [("flush", None), ("children", first), ("text", between), ("children", second), ("flush", None)] + (
                [("text", second.tail)] if second.tail else [])
        after_inline = False
        for child in element:
            tag = tag_name(child)
            if child in kept:
                inline = tag not in BLOCK_TAGS and tag != "br"
                if inline and after_inline:
                    todo.append(("text", joint))
                todo.extend(self.actions(child, tag, in_row))
                after_inline = inline
            if child.tail:
                if child in kept and _glued_label(element, child):
                    todo.append(("text", " "))
                todo.append(("text", child.tail))
                after_inline = False
        return todo

    def actions(self, child: Any, tag: str, in_row: bool) -> list[tuple[str, Any]]:
        if tag == "a" and child.get("href") is not None:
            return [("link", 1), ("children", child), ("link", -1)]
        if in_row:  # inside a data-table row everything is inline
            return [("text", " "), ("children", child), ("text", " ")] if tag in BLOCK_TAGS or tag == "br" else [
                ("children", child)]
        if tag in HEADING_LEVELS:
            return [("prefix", "#" * HEADING_LEVELS[tag] + " "), ("children", child), ("flush", None)]
        if tag == "li":
            return [("prefix", "- "), ("children", child), ("flush", None)]
        if tag == "br":
            return [("flush", None)]
        if tag == "dt":
            return [("flush", None), ("children", child), ("term", None)]
        if tag == "dd":
            return [("children", child), ("flush", None)]
        if tag == "pre":
            return [("pre", 1), ("children", child), ("pre", -1)]
        if tag == "tr" and _is_data_row(child, self.stats):
            actions: list[tuple[str, Any]] = [("row", 1)]
            for cell in child:
                if tag_name(cell) in {"td", "th"} and cell in self.stats and cell not in self.dropped:
                    if len(actions) > 1:
                        actions.append(("cell", None))
                    actions.append(("children", cell))
            return actions + [("row", -1)]
        if tag in BLOCK_TAGS:
            return [("flush", None), ("children", child), ("flush", None)]
        return [("children", child)]


MAX_LABEL_WORDS = 5
_WORD_END = re.compile(r"[a-z)]$")
_WORD_START = re.compile(r"^[A-Z0-9]")


def _glued_label(element: Any, child: Any) -> bool:
    """Whether ``child`` is an inline label that opens ``element`` and its tail abuts it with no space
    (<div><span class="who">Applicant</span>How long is probation?</div>): a style sheet shows the label on a line of
    its own, so its word and the tail's are two words ("Applicant How long …"), never one ("ApplicantHow")."""
    if (element.text or "").strip() or tag_name(child) in BLOCK_TAGS or child is not element[0]:
        return False
    label = _text_of(child)
    return (bool(label) and len(label.split()) <= MAX_LABEL_WORDS and bool(_WORD_END.search(label))
            and bool(_WORD_START.match(child.tail or "")))


def _is_label_pair(element: Any, kept: list[Any]) -> bool:
    """Whether ``element`` holds just two inline elements, the first a short label ("Job Number", "Salary")."""
    if len(kept) != 2 or (element.text or "").strip() or any((c.tail or "").strip() for c in kept):
        return False
    if any(tag_name(c) in BLOCK_TAGS or tag_name(c) in {"br", "a"} for c in kept):
        return False
    label = " ".join(kept[0].itertext()).strip()
    return bool(label) and len(label.split()) <= MAX_LABEL_WORDS and label[-1].isalnum() and not label[0].isdigit()


MAX_BLOCK_VALUE_CHARS = 120
_FIGURE = re.compile(r"^\(?\$?\d[\d,.]*\s?%?\)?$")


def _text_of(element: Any) -> str:
    return WHITESPACE.sub(" ", " ".join(element.itertext())).strip()


def _is_figure(text: str) -> bool:
    return len(text) <= 12 and bool(_FIGURE.match(text))


def _is_block_pair(element: Any, kept: list[Any]) -> bool:
    """Whether ``element`` is a row of two blocks: a figure then its text ("20%" / "Web mapping …"), or a short
    label then a short value with no blocks of its own ("Salary" / "$5,100 - $6,200 monthly")."""
    if len(kept) != 2 or (element.text or "").strip() or any((c.tail or "").strip() for c in kept[:1]):
        return False
    if tag_name(element) not in BLOCK_TAGS or not all(tag_name(c) in {"div", "p", "span"} for c in kept):
        return False
    if not any(tag_name(c) in BLOCK_TAGS for c in kept):
        return False  # two inline elements: :func:`_is_label_pair`
    first, second = (_text_of(c) for c in kept)
    if not first or not second:
        return False
    if _is_figure(first):
        return True
    if any(tag_name(d) in BLOCK_TAGS for d in kept[1].iterdescendants()):
        return False
    label = first[:-1].rstrip() if first.endswith(":") else first  # "Class Code:" is a label with its colon
    return (bool(label) and len(label.split()) <= MAX_LABEL_WORDS and label[-1].isalnum() and not label[0].isdigit()
            and len(second) <= MAX_BLOCK_VALUE_CHARS)


def render_lines(root: Any, dropped: set[Any], stats: dict[Any, ElementStats]) -> list[str]:
    """Lines of text under ``root``: headings, paragraphs, list items and table rows, in document order."""
    return _Renderer(dropped, stats).render(root)


def _is_data_row(row: Any, stats: dict[Any, ElementStats]) -> bool:
    """A row of a data table: two or more cells and no structure (tables, lists, headings) inside it."""
    s = stats.get(row)
    if s is None or s.structure:
        return False
    table = row.getparent()
    if table is not None and tag_name(table) in {"thead", "tbody", "tfoot"}:
        table = table.getparent()
    table_stats = stats.get(table) if table is not None else None
    cells = table_stats.max_cells if table_stats is not None else s.max_cells
    return cells >= 2


# --- assembly ------------------------------------------------------------------------------------

_GLUED_CONJUNCTION = re.compile(r"(?<![\w'])(and|or)(?=[A-Z])")
_GLUED_ALTERNATIVE = re.compile(r"\b((?:Either|Or|either|or) (?:III|II|IV|VI|V|I))(?=[A-Z][a-z])")
_REPLACEMENT_BETWEEN_WORDS = re.compile(r"(?<=\w)\ufffd(?=\w)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x80-\x9f]")


def _repair(line: str) -> str:
    """Split words the source glued where list markup was lost; a U+FFFD between words becomes a space."""
    line = _GLUED_ALTERNATIVE.sub(r"\1\n", line)
    line = _GLUED_CONJUNCTION.sub(r"\1\n", line)
    return _REPLACEMENT_BETWEEN_WORDS.sub(" ", line)


def assemble_text(lines: list[str]) -> str:
    """Paragraphs separated by blank lines; runs of bullets or of table rows kept together."""
    blocks: list[str] = []
    previous_kind = ""
    for line in lines:
        line = _repair(line)
        if line.startswith("#") and blocks and blocks[-1] == line:
            continue  # the same heading twice in a row (a page title above the content's own title)
        kind = "list" if line.startswith("- ") else "row" if " | " in line else ""
        if blocks and kind and kind == previous_kind:
            blocks[-1] += "\n" + line
        else:
            blocks.append(line)
        previous_kind = kind
    text = "\n\n".join(blocks).replace("\u00a0", " ").replace("\r", "")
    return _CONTROL.sub("", text)
