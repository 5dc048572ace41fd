"""A Word file read as blocks of text in reading order: headings as Markdown, paragraphs, bullet runs, table rows
(a form's label-over-value boxes as "Label: value"), text boxes after their paragraph, footnotes where they are
referenced; and, apart, its page headers and footers.

Why apart from :mod:`assistant.ingest.loaders`: Word's structure (styles, numbering, nested tables, merged cells,
content controls, notes) is its own reading; the loader only dispatches by format. The text of one paragraph or
cell is read in :mod:`assistant.ingest.docx_text`.

Example:
    >>> import docx  # doctest: +SKIP
    >>> docx_blocks(docx.Document("spec.docx"), Budget(ParseLimits()))[:2]  # doctest: +SKIP
    ['# Tobacco Retail Compliance Officer', 'Job code | EH-2740']
"""

from __future__ import annotations

import re
from typing import Any

from assistant.ingest.docx_text import block_elements, cell_text, note_texts, paragraph_text, text_box_paragraphs
from assistant.ingest.limits import Budget

__all__ = ["docx_blocks", "docx_furniture"]


def docx_furniture(document: Any) -> str:
    """The lines of a Word file's page headers and footers: who publishes it is often named only there ("Ostrander
    Community College District" over every page); kept apart from the text, like a web page's furniture."""
    lines: list[str] = []
    try:
        for section in document.sections:
            for part in (section.header, section.first_page_header, section.footer, section.first_page_footer):
                if part.is_linked_to_previous and part is not section.header:
                    continue
                lines.extend(p.text.strip() for p in part.paragraphs)
                for table in part.tables:
                    lines.extend(cell.text.strip() for row in table.rows for cell in row.cells)
    except Exception:  # noqa: BLE001 - furniture is a hint; a broken header part costs only the hint
        return ""
    return "\n".join(dict.fromkeys(line for line in lines if line))


def docx_blocks(document: Any, budget: Budget) -> list[str]:
    """Headings (as Markdown), paragraphs, bullet runs and tables of a python-docx document, in order.

    Style names are looked up once per style id (python-docx searches the styles part on every lookup)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    blocks: list[str] = []
    styles: dict[str | None, str] = {}
    notes = note_texts(document)
    body = document.element.body
    for count, child in enumerate(block_elements(body)):
        if count % 256 == 0:
            budget.check()
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            para = Paragraph(child, document)
            text = paragraph_text(child, notes).strip()
            boxed = text_box_paragraphs(child)
            if not text:
                blocks.extend(boxed)
                continue
            style_id = child.style
            if style_id not in styles:
                try:
                    styles[style_id] = (para.style.name if para.style is not None else "") or ""
                except Exception:  # noqa: BLE001 - a missing or broken styles part: read the text without styles
                    styles[style_id] = ""
            style = styles[style_id]
            is_list = style.lower().startswith("list") or child.find(
                ".//{http://schemas.openxmlformats.org/wordprocessingml/2006/main}numPr"
            ) is not None
            match = re.match(r"Heading (\d)", style)
            if match or style == "Title":
                level = int(match.group(1)) if match else 1
                blocks.append("#" * level + " " + text)
            elif is_list:
                if blocks and blocks[-1].split("\n")[-1].startswith("- "):
                    blocks[-1] += "\n- " + text
                else:
                    blocks.append("- " + text)
            else:
                blocks.append(text)
            blocks.extend(boxed)
        elif tag == "tbl":
            blocks.extend(_table_blocks(Table(child, document), budget, notes))
    return blocks


MAX_TABLE_DEPTH = 3


def _table_blocks(table: Any, budget: Budget, notes: dict[str, str], depth: int = 0) -> list[str]:
    """A Word table's rows, one line each, as blocks: a table inside a cell ("Licenses | The following are required:"
    over a "Credential | When required" table) is its own block right after its row (a cell's text holds none of it)."""
    blocks: list[str] = []
    rows: list[str] = []
    for row in table.rows:
        budget.check()
        cells: list[str] = []
        inner: list[Any] = []
        boxes = 0  # cells printing a label over its value
        seen: set[int] = set()
        for cell in row.cells:
            # a merged cell is listed once per column it spans: the same element, read once (two cells
            # that only say the same, "Non-exempt | Non-exempt", are two columns)
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = cell_text(cell, notes)
            cells.append(_one_line(text))
            boxes += _box_cell(text) is not None
            inner.extend(cell.tables if depth < MAX_TABLE_DEPTH else [])
        if boxes >= 2 and boxes == sum(1 for c in cells if c):
            rows.extend(c for c in cells if c)  # a form's row of boxes: one "Label: value" field a line
        elif len(cells) == 2 and cells[0] and not cells[1] and not inner:
            continue  # a form's label left blank ("Telework eligibility | "): nothing is stated
        elif any(cells):
            rows.append(" | ".join(cells))
        if inner:
            blocks.extend(["\n".join(rows)] if rows else [])
            rows = []
            for nested in inner:
                blocks.extend(_table_blocks(nested, budget, notes, depth + 1))
    if rows:
        blocks.append("\n".join(rows))
    return blocks


# a form box's label printed over its value ("Classification Title" / "Cross-Connection Control Specialist")
_BOX_LABEL = re.compile(r"[A-Z][A-Za-z/&'-]*(?: [A-Za-z/&'-]+){0,4} (?i:title|number|no\.|code|range|grade|status|unit|"
                        r"location|department|division|salary|date|supervisor|type|schedule|hours)|(?i:FLSA|department|"
                        r"division|classification)")


def _box_cell(cell: str) -> str | None:
    """A form's box, its label paragraph over its value ("Classification Title" / "Cross-Connection Control
    Specialist"), as "Label: value"; None for any other cell."""
    parts = [" ".join(p.split()) for p in cell.split("\n") if p.strip()]
    if len(parts) == 2 and _BOX_LABEL.fullmatch(parts[0]):
        return f"{parts[0]}: {parts[1]}".replace(" | ", " / ")
    return None


def _one_line(cell: str) -> str:
    """A table cell's paragraphs on one line, so its row stays one row ("High school diploma or GED." then
    "Technical coursework preferred." is one cell of the Education row, not a row of its own)."""
    box = _box_cell(cell)
    if box is not None:
        return box
    parts = [" ".join(p.split()) for p in cell.split("\n") if p.strip()]
    out = ""
    for part in parts:
        out += ("" if not out else " " if out[-1] in ".;:!?," else "; ") + part
    return out.replace(" | ", " / ")
