"""The parsed tree of an HTML page and the per-element counts the extractor decides with.

Why this module exists: parsing (lxml, with a depth-safe fallback) and the tag vocabulary are shared by
the pruning pass (:mod:`assistant.ingest.html_text`) and the renderer (:mod:`assistant.ingest.html_render`).

Example:
    >>> [tag_name(e) for e in parse_html("<p>Clerk</p>").iter()]
    ['html', 'body', 'p']
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["BLOCK_TAGS", "HEADING_LEVELS", "STRUCTURE_TAGS", "WHITESPACE", "ElementStats", "nonspace", "parse_html",
           "tag_name"]

HEADING_LEVELS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = {"p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "address", "blockquote",
          "ul", "ol", "dl", "dt", "dd", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
          "form", "fieldset", "legend", "figure", "figcaption", "details", "summary", "hr", "pre", "center",
          "body", "html", *HEADING_LEVELS}
# Inside a table cell these make the table a layout table (read as blocks), not a data table (read as rows).
STRUCTURE_TAGS = {"table", "ul", "ol", "dl", "blockquote", "pre", *HEADING_LEVELS}

WHITESPACE = re.compile(r"\s+")


def nonspace(text: str | None) -> int:
    """Visible characters of a text run (whitespace not counted)."""
    return sum(map(len, text.split())) if text else 0


def tag_name(element: Any) -> str:
    """The tag name (lxml's HTML parsers lower-case it), or "" for comments and the like."""
    tag = element.tag
    return tag if isinstance(tag, str) else ""


def parse_html(text: str) -> Any:
    """An lxml tree of the page; pages nested deeper than libxml2 allows are built by a plain parser."""
    import lxml.html
    from lxml import etree

    text = _NOT_XML.sub("", text)  # lxml refuses control characters and lone surrogates in text
    parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True,
                                  default_doctype=False)
    try:
        document = lxml.html.document_fromstring(text.encode("utf-8", errors="replace"), parser=parser)
    except (etree.ParserError, ValueError):  # "Document is empty"
        document = None
    if any(error.type_name == "ERR_RESOURCE_LIMIT" for error in parser.error_log):
        return _parse_deep(text)  # libxml2 stops at 2048 levels and drops the rest of the page
    return document


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*$")


def _parse_deep(text: str) -> Any:
    """Build the tree with the standard library's tokenizer: no depth limit, no recursion, less repair.

    End tags close up to the matching open element (stray ones are ignored), so text stays in order.
    """
    from html.parser import HTMLParser

    import lxml.html
    from lxml import etree

    document = lxml.html.html_parser.makeelement("html", {})
    body = etree.SubElement(document, "body")
    stack: list[Any] = [body]
    open_count: dict[str, int] = {}

    def add_text(value: str) -> None:
        top = stack[-1]
        if len(top):
            top[-1].tail = (top[-1].tail or "") + value
        else:
            top.text = (top.text or "") + value

    class Builder(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in {"html", "body"} or not _NAME.match(tag):
                return
            clean = {k: v or "" for k, v in attrs if _NAME.match(k)}
            try:  # SubElement, not append: append walks up the ancestors (quadratic when deep)
                element = etree.SubElement(stack[-1], tag, clean)
            except ValueError:
                element = etree.SubElement(stack[-1], "span")
            if tag not in _VOID:
                stack.append(element)
                open_count[tag] = open_count.get(tag, 0) + 1

        def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

        def handle_endtag(self, tag: str) -> None:
            if tag in _VOID or not open_count.get(tag):
                return
            while len(stack) > 1:
                element = stack.pop()
                open_count[element.tag] -= 1
                if element.tag == tag:
                    break

        def handle_data(self, data: str) -> None:
            add_text(data)

    builder = Builder(convert_charrefs=True)
    builder.feed(text)
    builder.close()
    return document


class ElementStats:
    """Per-element counts from one bottom-up pass (visible characters, whitespace not counted).

    ``text``, ``link`` and ``links`` count what is kept; ``raw_*`` also count what pruning removed below.
    """

    __slots__ = ("text", "link", "links", "contact", "raw_text", "raw_link", "raw_links", "structure", "max_cells")

    def __init__(self) -> None:
        self.text = self.link = self.links = self.contact = 0
        self.raw_text = self.raw_link = self.raw_links = 0
        self.structure = False  # a table, list, heading or <pre> somewhere below
        self.max_cells = 0  # the most cells in one row of the table(s) below
