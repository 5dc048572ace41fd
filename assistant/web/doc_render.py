"""A document's stored text as safe, formatted HTML, with the cited passage highlighted.

Citations are character spans of the stored (extracted) text, so the span is
marked in that text *before* formatting: two private-use characters go in at
``start`` and ``end``, the text is formatted by its kind, and afterwards every
run of text between the two characters is wrapped in ``<mark class="passage">``
(several marks when the passage crosses paragraphs; the first has
``id="passage"``, the anchor the chat links to).

Formats: Markdown, and the Markdown-like text extracted from HTML and Word files,
go through markdown-it (raw HTML off, images off), then nh3 (an allow-list
sanitiser: no script, no event handlers, no ``src``; links keep only http(s) and
mailto). Plain text becomes paragraphs and bullet lists; PDFs become their pages'
text, each under a "Page N" heading.

Example:
    >>> html, found = render_document("Pay\\n\\nHourly: $20", "txt", [], 5, 16)
    >>> found, '<mark id="passage"' in html
    (True, True)
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
import nh3
from markdown_it import MarkdownIt

START, END = "\ue000", "\ue001"  # private-use characters: never in extracted text (they are dropped on ingest)
_SENTINELS = re.compile(f"[{START}{END}]")
MARKDOWN_FORMATS = {"md", "html", "docx"}
_ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong",
    "a", "hr", "table", "thead", "tbody", "tr", "th", "td",
}
_BLOCK_PREFIX = re.compile(r"[ \t]*(?:(?:#{1,6}|[-*+>]|\d{1,9}[.)])[ \t]+)*")
_BULLET = re.compile(r"^\s*(?:[•▪◦·‣○●■–*-]|\d{1,3}[.)])\s+")
_TABLE_ROW = " | "


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table").disable(
        "image")


def insert_markers(text: str, start: int, end: int) -> tuple[str, int, int]:
    """``text`` with START/END inserted around ``[start, end)``, moved off blank space and block syntax
    (a marker before ``# `` would turn a heading into a paragraph); returns the text and both positions."""
    while start < end and text[start].isspace():
        start += 1
    if start == 0 or text[start - 1] == "\n":
        start += _BLOCK_PREFIX.match(text, start).end() - start  # type: ignore[union-attr]
    end = max(start, len(text[:end].rstrip()))
    if start >= end:
        return text, -1, -1
    return text[:start] + START + text[start:end] + END + text[end:], start, end + 1


def render_document(text: str, fmt: str, page_starts: list[tuple[int, int]], start: int | None,
                    end: int | None) -> tuple[str, bool]:
    """(HTML of the document body, whether the passage is highlighted)."""
    found = start is not None and end is not None and 0 <= start < end <= len(text)
    s = e = -1
    if found:
        assert start is not None and end is not None
        text, s, e = insert_markers(text, start, end)
        found = s >= 0
    if fmt == "pdf" and page_starts:
        body = _pdf(text, page_starts, s if found else None, e - 1 if found else None)
    elif fmt in MARKDOWN_FORMATS:
        body = markdown_html(text, tables=fmt != "md")
    else:
        body = plain_html(text)
    return (mark_passage(body) if found else body), found


def markdown_html(text: str, tables: bool = False) -> str:
    """Markdown to sanitised HTML; headings start at h2 (the page's h1 is the document title).

    ``tables``: runs of ``a | b`` lines (how HTML and Word tables are extracted) become tables.
    """
    source = _tables(text) if tables else text
    md = _markdown()
    tokens = md.parse(source)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = f"h{min(int(token.tag[1]) + 1, 6)}"
    return sanitise(md.renderer.render(tokens, md.options, {}))


def sanitise(fragment: str) -> str:
    """Allow-list cleaning: structural tags only, ``href`` only on links (http, https, mailto, no relative)."""
    return nh3.clean(
        fragment, tags=_ALLOWED_TAGS, clean_content_tags={"script", "style"},
        attributes={"a": {"href", "title"}, "ol": {"start"}, "th": {"scope"}},
        url_schemes={"http", "https", "mailto"}, url_relative="deny", link_rel="noopener noreferrer nofollow",
    )


def _tables(text: str) -> str:
    """Blocks of two or more ``a | b`` lines get a delimiter row after the first, making them Markdown tables."""
    blocks = text.split("\n\n")
    for i, block in enumerate(blocks):
        lines = block.split("\n")
        bare = [_SENTINELS.sub("", line) for line in lines]
        if len(lines) >= 2 and all(_TABLE_ROW in line for line in bare) and not bare[0].lstrip().startswith(("#", "-")):
            cells = bare[0].count("|") + 1
            blocks[i] = "\n".join([lines[0], " | ".join(["---"] * cells), *lines[1:]])
    return "\n\n".join(blocks)


def plain_html(text: str, heading: str = "h2") -> str:
    """Plain text as paragraphs (line breaks kept), bullet lines as lists, short title lines as headings."""
    parts: list[str] = []
    for block in re.split(r"\n[ \t]*\n+", text.strip("\n")):
        lines = [line.rstrip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) == 1 and _looks_like_heading(lines[0]):
            parts.append(f"<{heading}>{html.escape(lines[0].strip())}</{heading}>")
            continue
        run: list[str] = []
        bullets: list[str] = []

        def flush() -> None:
            if run:
                parts.append("<p>" + "<br>".join(html.escape(r.strip()) for r in run) + "</p>")
                run.clear()
            if bullets:
                parts.append("<ul>" + "".join(f"<li>{html.escape(b.strip())}</li>" for b in bullets) + "</ul>")
                bullets.clear()

        for line in lines:
            bullet = _BULLET.match(line)
            if (bullet and run) or (not bullet and bullets):
                flush()
            (bullets.append(line[bullet.end():]) if bullet else run.append(line))
        flush()
    return "\n".join(parts)


def _looks_like_heading(line: str) -> bool:
    bare = _SENTINELS.sub("", line).strip()
    return (2 <= len(bare) <= 80 and len(bare.split()) <= 10 and bare[0].isupper() and not _BULLET.match(bare)
            and bare[-1] not in ".,;:!?)" and any(c.isalpha() for c in bare))


def _pdf(text: str, page_starts: list[tuple[int, int]], start: int | None, end: int | None) -> str:
    """Each page's text under a "Page N" heading; page offsets shifted past the inserted markers."""
    def shifted(offset: int) -> int:
        if start is None or end is None:
            return offset
        return offset + (offset > start) + (offset >= end)

    bounds = [(shifted(offset), number) for offset, number in sorted(page_starts)]
    sections = []
    if bounds and bounds[0][0] > 0:
        bounds.insert(0, (0, 0))
    for i, (offset, number) in enumerate(bounds):
        until = bounds[i + 1][0] if i + 1 < len(bounds) else len(text)
        inner = plain_html(text[offset:until], heading="h3")
        if number <= 0:
            sections.append(inner)
            continue
        sections.append(
            f'<section class="pdf-page" aria-labelledby="page-{number}"><h2 class="page-mark" id="page-{number}">'
            f"Page {number}</h2>{inner}</section>"
        )
    return "\n".join(sections)


_TOKEN = re.compile(r"(<[^>]*>)")


def mark_passage(fragment: str) -> str:
    """Wrap every text run between START and END in a mark (markers in tags are dropped, their effect kept)."""
    inside = False
    first = True
    in_page_mark = False  # "Page N" headings between PDF pages are not part of any passage
    out: list[str] = []
    for piece in _TOKEN.split(fragment):
        if piece.startswith("<"):
            if piece.startswith('<h2 class="page-mark"'):
                in_page_mark = True
            elif in_page_mark and piece == "</h2>":
                in_page_mark = False
            for ch in _SENTINELS.findall(piece):
                inside = ch == START
            out.append(_SENTINELS.sub("", piece))
            continue
        for run in re.split(f"([{START}{END}])", piece):
            if run == START:
                inside = True
            elif run == END:
                inside = False
            elif inside and run.strip() and not in_page_mark:
                opening = '<mark id="passage" class="passage" tabindex="-1">' if first else '<mark class="passage">'
                label = '<span class="sr-only">Cited passage: </span>' if first else ""
                out.append(f"{opening}{label}{run}</mark>")
                first = False
            else:
                out.append(run)
    return "".join(out)


def format_name(fmt: str) -> str:
    """How the page names a document's original format."""
    return {"md": "Markdown", "html": "Web page (HTML)", "docx": "Word document", "pdf": "PDF", "txt": "Plain text"}.get(
        fmt, fmt.upper() if fmt else "")

