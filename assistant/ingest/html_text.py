"""Plain text from a published HTML page: the page's content, not its site furniture.

Why this module exists: real class-specification pages are mostly site chrome. A SharePoint page of
380 KB holds a 2-10 KB specification in one rich-text field; the rest is menus with hundreds of links
("Salaries", "Telework", retirement, bargaining units), scripts and JSON, and the whole page sits in an
ASP.NET ``<form>``. Indexing the chrome makes the assistant "find" answers to questions the document does
not answer. Library extractors (trafilatura, readability) were compared on real and synthetic pages and
either lost parts of the specification (tables, short sections, list items) or did not keep headings,
tables and lists in the form the chunker needs, so this is a small, generic, linear-time extractor:

1. Decode the way browsers do: BOM, then valid UTF-8, then the declared charset (ISO-8859-1, Latin-1 and
   ASCII labels are read as Windows-1252, as the WHATWG encoding standard says), then charset-normalizer.
2. Parse with lxml (tag soup tolerant, C speed). Drop scripts, styles, form controls, SVG, and short
   hidden or screen-reader-only bits ("Skip to main content", field labels with ``display:none``).
3. Choose the root: an explicit ``<main>`` / ``role=main`` / ``<article>`` when it holds a fair share of
   the page's non-link text, else ``<body>``; page-level ``<nav>``, ``<header>`` and ``<footer>`` go.
4. Prune link-dense blocks bottom-up (three or more links and most of the text in links): menus,
   mega-menus, link lists and footers of any publisher, whatever their class names.
5. If pruning left too little of the page's non-link text, fall back to the unpruned body (a page whose
   content really is links is kept rather than emptied).
6. Render: ``#`` heading lines, `` | `` table rows for data tables (layout tables are read as blocks),
   ``- `` list items on their own lines, paragraphs separated by blank lines. Text that lost its list
   markup at the source ("grade. andPossession of", "Either IExperience:") is split again, and a U+FFFD
   standing between two words becomes a space.

Decoding lives in :mod:`~assistant.ingest.html_encoding`, the tree and its counts in :mod:`~assistant.ingest.html_tree`,
rendering in :mod:`~assistant.ingest.html_render`, web components' shadow roots in :mod:`~assistant.ingest.shadow_dom`;
this module prunes. Every pass is iterative (no recursion) and touches each node a bounded number of times, so deeply
nested tag soup and nested layout tables stay linear.

Example:
    >>> html_to_text(b"<title>Clerk</title><nav><a href='/'>Home</a></nav><h1>Clerk</h1><p>Files.</p>")
    ('# Clerk\\n\\nFiles.', 'Clerk')
"""

from __future__ import annotations

import re
from typing import Any, Callable, NamedTuple

from assistant.ingest.html_charts import open_charts
from assistant.ingest.html_encoding import decode_html
from assistant.ingest.html_render import assemble_text, render_lines
from assistant.ingest.html_side_boxes import side_facts
from assistant.ingest.html_tree import (HEADING_LEVELS, STRUCTURE_TAGS, WHITESPACE, ElementStats, nonspace, parse_html,
                                       tag_name)
from assistant.ingest.shadow_dom import compose_shadow_roots

__all__ = ["HtmlPage", "decode_html", "html_to_parts", "html_to_text"]

# --- pruning --------------------------------------------------------------------------------------
_DROP = {"script", "style", "noscript", "template", "svg", "math", "head", "title", "meta", "link", "iframe",
         "object", "embed", "canvas", "input", "select", "option", "textarea", "button", "datalist", "menu",
         "dialog", "map", "area", "audio", "video", "source", "track", "picture", "img"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Class names that hide an element or mark it as page furniture (whole tokens), and token fragments that do.
# (Not "hidden-xs" and the like: Bootstrap hides those on small screens only.)
_HIDDEN_CLASSES = {"hidden", "hide", "d-none", "is-hidden", "invisible", "noindex", "ms-hide", "print-only", "printonly"}
_FURNITURE_FRAGMENTS = ("skip", "breadcrumb", "sr-only", "screen-reader", "screenreader", "visually-hidden",
                        "visuallyhidden", "element-invisible", "offscreen", "off-screen")
_SEMANTIC_CONTENT = {"main", "article", "section"}
_HIDDEN_MAX_CHARS = 200  # hidden text longer than this is kept (content in a collapsed tab, not a label)
_MENU_CAPTION_MAX_CHARS = 50  # what may be left of a menu block (its caption) and still be dropped with it
_LONE_LINK_MAX_CHARS = 40  # a paragraph that is nothing but one short link is a control, not content
_SHARE_FOR_MAIN = 0.2  # <main>/<article> is trusted when it holds at least this share of the non-link text
_FALLBACK_SHARE = 0.25  # a reading that keeps less than this share of the page's non-link text is distrusted
_STUB_CHARS = 200  # a pruned page shorter than this, cut from one over twice as long, is a stub


def _shown_by_a_toggle(element: Any) -> bool:
    """A hidden figure one of whose siblings of the same tag and class is shown: the biweekly and annual pay that an
    "Hourly | Biweekly | Annual" toggle swaps in for the hourly one, alternatives of a fact, not screen-reader text."""
    parent, cls = element.getparent(), element.get("class")
    if parent is None or not cls or "$" not in element.text_content():
        return False
    return any(sibling is not element and sibling.tag == element.tag and sibling.get("class") == cls
               and not _is_hidden(sibling) for sibling in parent)


def _is_hidden(element: Any) -> bool:
    """Hidden from readers (attribute, inline style, class) or marked as skip links / breadcrumbs."""
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    cls = element.get("class")
    if not cls:
        return False
    for token in cls.lower().split():
        if token in _HIDDEN_CLASSES or any(fragment in token for fragment in _FURNITURE_FRAGMENTS):
            return True
    return False


_TABLE_PARTS = {"table", "thead", "tbody", "tfoot", "tr", "td", "th"}


def _in_data_table(element: Any, base: dict[Any, ElementStats] | None) -> bool:
    """Whether a table part belongs to a data table (two or more columns, no structure in the cells)."""
    if base is None:
        return False
    node = element
    for _ in range(4):  # td -> tr -> tbody -> table
        if node is None or tag_name(node) == "table":
            break
        node = node.getparent()
    table = base.get(node) if node is not None else None
    return table is not None and not table.structure and table.max_cells >= 2


def _no_check() -> None:
    pass


def _measure(
    root: Any, prune: bool, dropped: set[Any], base: dict[Any, ElementStats] | None = None,
    check: Callable[[], None] = _no_check,
) -> dict[Any, ElementStats]:
    """Bottom-up counts for every element under ``root``; with ``prune``, link-dense blocks join ``dropped``.

    A block is link-dense when it has three or more links and more than half its visible text is link text
    (nine tenths for the parts of a data table, whose class titles are often links); what is left of a
    menu once its lists are gone (its caption) goes too, and so does a paragraph or div that is nothing but
    one short link. The counts of a dropped block are not passed up, so a menu nested in a menu nested in a
    page is dropped piece by piece without ever dropping the page around it. ``base`` is the unpruned
    pass; only that pass looks for short hidden elements (its ``dropped`` set is handed on to this one).
    """
    stats: dict[Any, ElementStats] = {}
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    for count, element in enumerate(reversed(elements)):  # reversed pre-order: each element after its descendants
        if count % 4096 == 0:
            check()
        if element in dropped:
            continue
        s = ElementStats()
        s.text = s.raw_text = nonspace(element.text)
        cells = 0
        for child in element:
            tail = nonspace(child.tail)
            s.text += tail
            s.raw_text += tail
            child_stats = stats.get(child)
            if child_stats is None:
                continue
            s.raw_text += child_stats.raw_text
            s.raw_link += child_stats.raw_link
            s.raw_links += child_stats.raw_links
            child_tag = tag_name(child)
            if child_tag in {"td", "th"}:
                cells += 1
            if child in dropped:
                continue
            s.text += child_stats.text
            s.link += child_stats.link
            s.links += child_stats.links
            s.contact += child_stats.contact
            s.structure = s.structure or child_stats.structure or child_tag in STRUCTURE_TAGS
            s.max_cells = max(s.max_cells, child_stats.max_cells)
        tag = tag_name(element)
        stats[element] = s
        if tag == "tr":
            s.max_cells = max(s.max_cells, cells)
        if tag == "a" and element.get("href") is not None:
            s.link = s.text
            s.raw_link = s.raw_text
            s.links += 1
            s.raw_links += 1
            if element.get("href", "").strip().lower().startswith(("mailto:", "tel:")):
                s.contact += 1
        if not prune and s.text <= _HIDDEN_MAX_CHARS and _is_hidden(element) and not _shown_by_a_toggle(element):
            s.raw_text = s.raw_link = s.raw_links = 0
            dropped.add(element)
            continue
        if not prune or element is root or tag in {"body", "html"}:
            continue
        share = 0.9 if tag in _TABLE_PARTS and _in_data_table(element, base) else 0.5
        if s.links >= 3 and s.link > share * s.text:
            dropped.add(element)
        elif s.raw_links >= 3 and s.raw_link > 0.5 * s.raw_text and s.text - s.link <= _MENU_CAPTION_MAX_CHARS \
                and tag not in _TABLE_PARTS and all(h in dropped for h in element.iter("h1")):
            dropped.add(element)  # "Quick links": a menu's caption (not the page's <h1> beside Apply/Print/Email)
        elif tag in {"p", "div"} and s.links == 1 and not s.contact and s.link == s.text \
                and s.text <= _LONE_LINK_MAX_CHARS and not s.structure:
            dropped.add(element)  # "Back to class specifications", "Download PDF", "Apply now"
    return stats


def _inside(element: Any, tags: set[str], stop: Any) -> bool:
    """Whether an ancestor of ``element`` below ``stop`` has one of ``tags``."""
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if tag_name(parent) in tags:
            return True
        parent = parent.getparent()
    return False


def _furniture(root: Any, page_level: bool) -> set[Any]:
    """Navigation under ``root``; with ``page_level`` also the page's header and footer.

    A header or footer inside an article, section or main region belongs to that content (its title, its
    dates) and is kept.
    """
    found: set[Any] = set()
    for element in root.iter():
        tag = tag_name(element)
        role = (element.get("role") or "").lower() if tag else ""
        if tag == "nav" or role in {"navigation", "search", "menubar", "menu"}:
            found.add(element)
        elif page_level and (tag in {"header", "footer"} or role in {"banner", "contentinfo"}):
            if not _inside(element, _SEMANTIC_CONTENT, root):
                found.add(element)
    return found


# --- rendering --------------------------------------------------------------------------------


def _title(document: Any) -> str:
    for element in document.iter("title"):
        return WHITESPACE.sub(" ", element.text_content()).strip()
    return ""


def _nonlink(stats: dict[Any, ElementStats], element: Any) -> int:
    s = stats.get(element)
    return s.text - s.link if s is not None else 0


def _choose_root(body: Any, stats: dict[Any, ElementStats]) -> Any:
    """An explicit main region holding a fair share of the page's non-link text, else the body."""
    total = max(_nonlink(stats, body), 1)
    for test in (lambda e: tag_name(e) == "main" or (e.get("role") or "").lower() == "main",
                 lambda e: tag_name(e) == "article"):
        candidates = [e for e in body.iter() if isinstance(e.tag, str) and e in stats and test(e)]
        if candidates:
            best = max(candidates, key=lambda e: _nonlink(stats, e))
            if _nonlink(stats, best) >= _SHARE_FOR_MAIN * total:
                return best
    return body


class HtmlPage(NamedTuple):
    """An HTML page's readable content, its ``<title>``, and all its text (navigation, header and footer
    included, scripts and styles not): the site around the content names the employer when the content
    does not ("State of California" in a CalHR footer)."""

    text: str
    title: str
    context: str


_TEXTAREA_MIN_CHARS = 200  # a form's input box holds a word or two; a CMS preview holds the whole document
_MARKUP = re.compile(r"<(?:p|h[1-6]|ul|ol|li|div|table|tr|br|strong|b)\b", re.IGNORECASE)


_DISCLOSURE_ATTRIBUTES = ("aria-expanded", "aria-controls", "data-accordion", "data-toggle", "data-bs-toggle",
                          "data-target", "data-bs-target")
_DISCLOSURE_CLASS = re.compile(r"accordion|collaps|toggle|disclosure|expand", re.I)
_DOLLAR_FIGURE = re.compile(r"\$\s?\d")
_DISCLOSED_MIN_CHARS = 40  # the block a button opens holds content, not another control
_BUTTON_LABEL_MAX_CHARS = 80


def _open_dialogs(body: Any) -> None:
    """A dialog holding a table (the salary grades a "See salary grades" link opens) is content; other dialogs
    (cookie consent, "are you sure?") are dropped as controls. So is a ``<noscript>`` table: the pay table a
    script widget draws from data, printed for readers without scripts as a table or as lines of amounts (other
    noscript blocks are tracking pixels and "please enable JavaScript")."""
    for dialog in list(body.iter("dialog", "noscript")):
        # (a noscript's fallback may print the rates as lines: "Range W17: $23.52 / $24.70 / … / $28.59")
        amounts = dialog.tag == "noscript" and len(_DOLLAR_FIGURE.findall(dialog.text_content())) >= 2
        if next(dialog.iter("table"), None) is not None or amounts:
            dialog.tag = "section"
            for name in list(dialog.attrib):
                del dialog.attrib[name]


def _open_disclosures(body: Any) -> None:
    """A button that opens the block after it (an accordion's "Horticulturist 2" over that level's qualifications)
    names that block: it stays, as a heading, where other buttons ("Apply", "Print") are dropped as furniture."""
    for button in list(body.iter("button")):
        label = " ".join(button.text_content().split())
        parent = button.getparent()
        if parent is None or not 2 <= len(label) <= _BUTTON_LABEL_MAX_CHARS:
            continue
        in_heading = tag_name(parent) in HEADING_LEVELS
        marked = any(button.get(name) is not None for name in _DISCLOSURE_ATTRIBUTES) \
            or bool(_DISCLOSURE_CLASS.search(button.get("class") or ""))
        following = (parent if in_heading else button).getnext()
        if not (in_heading or marked) or following is None or not isinstance(following.tag, str) \
                or len(" ".join(following.text_content().split())) < _DISCLOSED_MIN_CHARS:
            continue
        if in_heading:  # "<h3><button …>Horticulturist 2</button></h3>": the heading's own words
            button.tag = "span"
        else:
            button.tag = "h4"
        for name in list(button.attrib):
            del button.attrib[name]


def _open_textareas(body: Any) -> None:
    """A read-only text box holding a whole document (a CMS's source view) is the page's content: its text,
    escaped HTML included, is put in the page in its place; form fields of a few words stay furniture."""
    import lxml.html

    for area in list(body.iter("textarea")):
        content = area.text or ""
        parent = area.getparent()
        if len(content.strip()) < _TEXTAREA_MIN_CHARS or parent is None:
            continue
        if _MARKUP.search(content):
            block = lxml.html.Element("div")
            for part in lxml.html.fragments_fromstring(content):
                if isinstance(part, str):
                    if len(block):
                        block[-1].tail = (block[-1].tail or "") + part
                    else:
                        block.text = (block.text or "") + part
                else:
                    block.append(part)
        else:
            block = lxml.html.Element("pre")
            block.text = content
        block.tail = area.tail
        parent.replace(area, block)


def _open_iframes(body: Any) -> None:
    """A frame whose document is written into the page (``<iframe srcdoc="…">``, as job boards embed an employer's
    posting) is part of the page: its document's body is put in the frame's place. A frame that loads another
    address holds nothing here and is dropped later with the other furniture."""
    import lxml.html

    for frame in list(body.iter("iframe")):
        content = frame.get("srcdoc") or ""
        parent = frame.getparent()
        if len(content.strip()) < _TEXTAREA_MIN_CHARS or parent is None or not _MARKUP.search(content):
            continue
        try:
            inner = lxml.html.document_fromstring(content)
        except Exception:  # noqa: BLE001 - a broken embedded document costs only its own text
            continue
        inner_body = inner.find("body")
        block = lxml.html.Element("div")
        for child in list(inner_body if inner_body is not None else inner):
            block.append(child)
        block.text = (inner_body.text if inner_body is not None else "") or ""
        block.tail = frame.tail
        parent.replace(frame, block)


def html_to_text(data: bytes) -> tuple[str, str]:
    """The readable text of an HTML page (``#`` headings, ``- `` items, `` | `` rows) and its ``<title>``."""
    page = html_to_parts(data)
    return page.text, page.title


def html_to_parts(data: bytes, check: Callable[[], None] = _no_check) -> HtmlPage:
    """Content, title and whole-page text from one parse. ``check`` is called between passes and every few
    thousand elements (a parse-time budget raises from it)."""
    document = parse_html(decode_html(data))
    check()
    if document is None:
        return HtmlPage("", "", "")
    title = _title(document)
    body = document.find("body")
    if body is None:
        body = document
    compose_shadow_roots(body)
    _open_textareas(body)
    _open_iframes(body)
    _open_disclosures(body)
    _open_dialogs(body)
    open_charts(body)
    for element in list(body.iter()):
        if not isinstance(element.tag, str) or tag_name(element) in _DROP:
            if element.getparent() is not None:
                element.drop_tree()  # keeps the tail text, which belongs to the parent
    context = WHITESPACE.sub(" ", f"{title} {body.text_content()}").strip()
    check()
    base_dropped: set[Any] = set()
    base = _measure(body, prune=False, dropped=base_dropped, check=check)
    root = _choose_root(body, base)
    wanted = _FALLBACK_SHARE * _nonlink(base, body)
    # The best reading first; each fallback keeps more of the page when the previous one kept too little:
    # most of the page's non-link text must survive, and pruning must not leave a stub of what was a page
    # of links (an index of class specifications is its links).
    for start, prune in ((root, True), (root, False), (body, False)):
        dropped = set(base_dropped) | _furniture(start, start is body)
        stats = _measure(start, prune=prune, dropped=dropped, base=base, check=check)
        kept = stats[start]
        if _nonlink(stats, start) < wanted or (prune and kept.text < _STUB_CHARS and kept.raw_text > 2 * kept.text):
            continue
        text = assemble_text(render_lines(start, dropped, stats))
        if text.strip():
            facts = side_facts(body, start) if start is not body else ""
            return HtmlPage(text + ("\n\n" + facts if facts else ""), title, context)
    return HtmlPage(assemble_text(render_lines(body, base_dropped, base)), title, context)
