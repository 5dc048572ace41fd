"""Key facts a web page keeps beside its main region: a job board's "Job Details" list, a spec page's "Pay at a
Glance" box. The main-content reader drops side regions as furniture; these boxes are read back in after it.

Example:
    >>> side_facts(body, main_region)  # doctest: +SKIP
    '## Pay at a Glance\nClass | Grade | Biweekly Range\nEvidence Technician I | P14 | $2,310.40 - $2,951.20'
"""

from __future__ import annotations

from typing import Any

from assistant.domain.pay import states_pay_figures
from assistant.ingest.html_tree import WHITESPACE, tag_name

__all__ = ["side_facts"]


def side_facts(body: Any, root: Any) -> str:
    """The fact lists and pay tables outside ``root`` (the main region), as text to append to the page's."""
    return "\n\n".join(block for block in (_fact_lists_outside(body, root), _pay_tables_outside(body, root)) if block)


_MIN_FACT_PAIRS = 3
MAX_CLASS_TERM_WORDS = 10
DEFAULT_HEADING = "Job Details"


def _fact_lists_outside(body: Any, root: Any) -> str:
    """A job board's key facts kept beside its main region ("Job Details" in an ``<aside>``: Closes 08/18/2025,
    Salary, Job Type): each definition list outside ``root`` of three or more terms, one holding a figure, read as
    "Term: value" lines under its box's heading. Menus and link lists are no such list."""
    inside = set(root.iter())
    blocks: list[str] = []
    for dl in body.iter("dl"):
        if dl in inside:
            continue
        pairs = [(WHITESPACE.sub(" ", dt.text_content()).strip(), WHITESPACE.sub(" ", dd.text_content()).strip())
                 for dt, dd in zip(dl.iter("dt"), dl.iter("dd"))]
        # (a class's whole name and code beside its pay range is a term too: "Deputy District Attorney I (Class 2811)")
        pairs = [(term, value) for term, value in pairs if term and value and (
            len(term.split()) <= 5 or (len(term.split()) <= MAX_CLASS_TERM_WORDS and states_pay_figures(value)))]
        links = sum(len(a.text_content()) for a in dl.iter("a"))
        if len(pairs) < _MIN_FACT_PAIRS or not any(ch.isdigit() for _, v in pairs for ch in v) \
                or links > 0.5 * max(len(dl.text_content()), 1):
            continue
        box = dl.getparent()
        heading = _heading_before(box, dl)
        # (a box with no heading is headed by its label, or plainly: under the page's last heading it would read as
        # part of that section, "Other Jobs at …")
        heading = heading or (box.get("aria-label", "") if box is not None else "").strip() or DEFAULT_HEADING
        lines = [f"## {heading}"] + [f"{term.rstrip(':')}: {value}" for term, value in pairs]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)



def _heading_before(box: Any, element: Any) -> str:
    """The heading of ``box`` that comes before ``element`` (not a later box's: "Other Jobs at …")."""
    heading = ""
    for node in (box.iter() if box is not None else []):
        if node is element:
            break
        if tag_name(node) in {"h2", "h3", "h4"}:
            heading = WHITESPACE.sub(" ", node.text_content()).strip()
    return heading


def _mostly_links(element: Any) -> bool:
    return sum(len(a.text_content()) for a in element.iter("a")) > 0.5 * max(len(element.text_content()), 1)


def _cell_text(element: Any) -> str:
    return WHITESPACE.sub(" ", element.text_content()).strip()


def _pay_tables_outside(body: Any, root: Any) -> str:
    """A pay table in a box beside the main region ("Pay at a Glance": each level's grade and biweekly range), with
    its box's heading and notes ("Hourly equivalents: ET I $28.88 - $36.89 …"), rows read as " | " lines. A table
    of links (a menu) is no such table."""
    inside = set(root.iter())
    blocks: list[str] = []
    for table in body.iter("table"):
        if table in inside or not states_pay_figures(table.text_content()):
            continue
        if _mostly_links(table):
            continue
        box = table.getparent() if table.getparent() is not None else table
        in_table = set(table.iter())
        lines = []
        for element in box.iter():
            if element in in_table and element is not table:
                continue
            name = tag_name(element)
            if name in {"h2", "h3", "h4"}:
                lines.append(f"## {_cell_text(element)}")
            elif name in {"p", "li"} and _cell_text(element) and not _mostly_links(element):
                lines.append(_cell_text(element))  # (a list of related classes' links is no note of the table's)
            elif element is table:
                for row in table.iter("tr"):
                    cells = [_cell_text(cell) for cell in row if tag_name(cell) in {"td", "th"}]
                    if any(cells):
                        lines.append(" | ".join(cells))
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
