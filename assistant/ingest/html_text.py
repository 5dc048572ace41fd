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

Every pass is iterative (no recursion) and touches each node a bounded number of times, so deeply nested
tag soup and nested layout tables stay linear.

Example:
    >>> html_to_text(b"<title>Clerk</title><nav><a href='/'>Home</a></nav><h1>Clerk</h1><p>Files.</p>")
    ('# Clerk\\n\\nFiles.', 'Clerk')
"""

from __future__ import annotations

import codecs
import re
from typing import Any, Callable, NamedTuple

__all__ = ["HtmlPage", "decode_html", "html_to_parts", "html_to_text"]

# --- decoding -----------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})""", re.I)
# WHATWG: these labels all mean windows-1252 in a browser.
_AS_CP1252 = {"latin_1", "iso8859_1", "ascii", "cp1252", "iso8859_15"}


def _declared_charset(data: bytes) -> str | None:
    """The charset named by an XML declaration or a ``<meta>`` in the first 4 KB, as a Python codec name."""
    head = data[:4096]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head)
    if not match:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    name = name.replace("-", "_")
    if name in _AS_CP1252:
        return "cp1252"
    if name.startswith(("utf_16", "utf_32")):  # a declaration in ASCII bytes cannot be UTF-16: ignore it
        return None
    return name


def decode_html(data: bytes) -> str:
    """Bytes of an HTML page as text, the way a browser would read them (and never failing).

    BOM; then valid UTF-8, whatever is declared (valid UTF-8 with non-ASCII bytes is almost never anything
    else); then the declared charset, with ISO-8859-1/Latin-1/ASCII read as Windows-1252; mostly-UTF-8 with
    a few bad bytes stays UTF-8; otherwise charset-normalizer's guess, where Windows-1252 wins whenever it is
    among the plausible candidates (charset-normalizer often prefers cp1250 for English text with curly
    quotes, which turns "naïve" into "naďve").
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data)
    if declared and declared != "utf_8":
        try:
            return data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            if declared == "cp1252":  # a byte cp1252 leaves undefined: keep the rest
                return data.decode("cp1252", errors="replace")
    in_sequences = sum(map(len, _UTF8_SEQUENCE.findall(data)))
    if in_sequences and in_sequences >= len(_NON_ASCII.findall(data)) - in_sequences:
        return data.decode("utf-8", errors="replace")  # UTF-8 with a few stray bytes
    return data.decode(_guess_charset(data), errors="replace")


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _guess_charset(data: bytes) -> str:
    """charset-normalizer's best guess, but Windows-1252 when that is plausible at all (or nothing is)."""
    try:
        from charset_normalizer import from_bytes

        matches = list(from_bytes(data))
    except Exception:  # noqa: BLE001 - a failed guess is no worse than no guess
        return "cp1252"
    names = []
    for match in matches:
        try:
            names.append(codecs.lookup(match.encoding).name.replace("-", "_"))
        except LookupError:
            continue
    if not names or any(name in _AS_CP1252 for name in names):
        return "cp1252"
    return names[0]


# --- parsing and cleaning ----------------------------------------------------------------------

_DROP = {"script", "style", "noscript", "template", "svg", "math", "head", "title", "meta", "link", "iframe",
         "object", "embed", "canvas", "input", "select", "option", "textarea", "button", "datalist", "menu",
         "dialog", "map", "area", "audio", "video", "source", "track", "picture", "img"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Class names that hide an element or mark it as page furniture (whole tokens), and token fragments that do.
# (Not "hidden-xs" and the like: Bootstrap hides those on small screens only.)
_HIDDEN_CLASSES = {"hidden", "hide", "d-none", "is-hidden", "invisible", "noindex", "ms-hide", "print-only", "printonly"}
_FURNITURE_FRAGMENTS = ("skip", "breadcrumb", "sr-only", "screen-reader", "screenreader", "visually-hidden",
                        "visuallyhidden", "element-invisible", "offscreen", "off-screen")
_HEADING = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_BLOCK = {"p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "address", "blockquote",
          "ul", "ol", "dl", "dt", "dd", "li", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption",
          "form", "fieldset", "legend", "figure", "figcaption", "details", "summary", "hr", "pre", "center",
          "body", "html", *_HEADING}
# Inside a table cell these make the table a layout table (read as blocks), not a data table (read as rows).
_STRUCTURE = {"table", "ul", "ol", "dl", "blockquote", "pre", *_HEADING}
_SEMANTIC_CONTENT = {"main", "article", "section"}
_HIDDEN_MAX_CHARS = 200  # hidden text longer than this is kept (content in a collapsed tab, not a label)
_MENU_CAPTION_MAX_CHARS = 50  # what may be left of a menu block (its caption) and still be dropped with it
_LONE_LINK_MAX_CHARS = 40  # a paragraph that is nothing but one short link is a control, not content
_SHARE_FOR_MAIN = 0.2  # <main>/<article> is trusted when it holds at least this share of the non-link text
_FALLBACK_SHARE = 0.25  # a reading that keeps less than this share of the page's non-link text is distrusted
_STUB_CHARS = 200  # a pruned page shorter than this, cut from one over twice as long, is a stub

_WS = re.compile(r"\s+")
_ALNUM = re.compile(r"[^\W_]")
_BULLET = re.compile(r"^[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u25a0\u25a1\uf0b7]\s*")  # typed bullets


def _nonspace(text: str | None) -> int:
    """Visible characters of a text run (whitespace not counted)."""
    return sum(map(len, text.split())) if text else 0


def _tag(element: Any) -> str:
    """The tag name (lxml's HTML parsers lower-case it), or "" for comments and the like."""
    tag = element.tag
    return tag if isinstance(tag, str) else ""


def _parse(text: str) -> Any:
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


class _Stats:
    """Per-element counts from one bottom-up pass (visible characters, whitespace not counted).

    ``text``, ``link`` and ``links`` count what is kept; ``raw_*`` also count what pruning removed below.
    """

    __slots__ = ("text", "link", "links", "contact", "raw_text", "raw_link", "raw_links", "structure", "max_cells")

    def __init__(self) -> None:
        self.text = self.link = self.links = self.contact = 0
        self.raw_text = self.raw_link = self.raw_links = 0
        self.structure = False  # a table, list, heading or <pre> somewhere below
        self.max_cells = 0  # the most cells in one row of the table(s) below


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


def _in_data_table(element: Any, base: dict[Any, _Stats] | None) -> bool:
    """Whether a table part belongs to a data table (two or more columns, no structure in the cells)."""
    if base is None:
        return False
    node = element
    for _ in range(4):  # td -> tr -> tbody -> table
        if node is None or _tag(node) == "table":
            break
        node = node.getparent()
    table = base.get(node) if node is not None else None
    return table is not None and not table.structure and table.max_cells >= 2


def _no_check() -> None:
    pass


def _measure(
    root: Any, prune: bool, dropped: set[Any], base: dict[Any, _Stats] | None = None,
    check: Callable[[], None] = _no_check,
) -> dict[Any, _Stats]:
    """Bottom-up counts for every element under ``root``; with ``prune``, link-dense blocks join ``dropped``.

    A block is link-dense when it has three or more links and more than half its visible text is link text
    (nine tenths for the parts of a data table, whose class titles are often links); what is left of a
    menu once its lists are gone (its caption) goes too, and so does a paragraph or div that is nothing but
    one short link. The counts of a dropped block are not passed up, so a menu nested in a menu nested in a
    page is dropped piece by piece without ever dropping the page around it. ``base`` is the unpruned
    pass; only that pass looks for short hidden elements (its ``dropped`` set is handed on to this one).
    """
    stats: dict[Any, _Stats] = {}
    elements = [e for e in root.iter() if isinstance(e.tag, str)]
    for count, element in enumerate(reversed(elements)):  # reversed pre-order: each element after its descendants
        if count % 4096 == 0:
            check()
        if element in dropped:
            continue
        s = _Stats()
        s.text = s.raw_text = _nonspace(element.text)
        cells = 0
        for child in element:
            tail = _nonspace(child.tail)
            s.text += tail
            s.raw_text += tail
            child_stats = stats.get(child)
            if child_stats is None:
                continue
            s.raw_text += child_stats.raw_text
            s.raw_link += child_stats.raw_link
            s.raw_links += child_stats.raw_links
            child_tag = _tag(child)
            if child_tag in {"td", "th"}:
                cells += 1
            if child in dropped:
                continue
            s.text += child_stats.text
            s.link += child_stats.link
            s.links += child_stats.links
            s.contact += child_stats.contact
            s.structure = s.structure or child_stats.structure or child_tag in _STRUCTURE
            s.max_cells = max(s.max_cells, child_stats.max_cells)
        tag = _tag(element)
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
        if not prune and s.text <= _HIDDEN_MAX_CHARS and _is_hidden(element):
            s.raw_text = s.raw_link = s.raw_links = 0
            dropped.add(element)
            continue
        if not prune or element is root or tag in {"body", "html"}:
            continue
        share = 0.9 if tag in _TABLE_PARTS and _in_data_table(element, base) else 0.5
        if s.links >= 3 and s.link > share * s.text:
            dropped.add(element)
        elif s.raw_links >= 3 and s.raw_link > 0.5 * s.raw_text and s.text - s.link <= _MENU_CAPTION_MAX_CHARS \
                and tag not in _TABLE_PARTS:
            dropped.add(element)  # "In this section", "Quick links": the caption of a menu pruned below
        elif tag in {"p", "div"} and s.links == 1 and not s.contact and s.link == s.text \
                and s.text <= _LONE_LINK_MAX_CHARS and not s.structure:
            dropped.add(element)  # "Back to class specifications", "Download PDF", "Apply now"
    return stats


def _inside(element: Any, tags: set[str], stop: Any) -> bool:
    """Whether an ancestor of ``element`` below ``stop`` has one of ``tags``."""
    parent = element.getparent()
    while parent is not None and parent is not stop:
        if _tag(parent) in tags:
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
        tag = _tag(element)
        role = (element.get("role") or "").lower() if tag else ""
        if tag == "nav" or role in {"navigation", "search", "menubar", "menu"}:
            found.add(element)
        elif page_level and (tag in {"header", "footer"} or role in {"banner", "contentinfo"}):
            if not _inside(element, _SEMANTIC_CONTENT, root):
                found.add(element)
    return found


# --- rendering --------------------------------------------------------------------------------


class _Renderer:
    """Turns the kept tree into lines with an explicit stack of actions (no recursion, each node once)."""

    def __init__(self, dropped: set[Any], stats: dict[Any, _Stats]) -> None:
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
            line = _WS.sub(" ", raw).strip()
            toolbar = not self.prefix and self.links >= 2 and not self.plain  # "Apply Print Email", "Home | Jobs"
            if line and line.strip("|:- ") and not toolbar:
                self.lines.append(self.prefix + _BULLET.sub("- ", line, count=1))
        self.prefix = ""
        self.links, self.plain = 0, False

    def row_end(self) -> None:
        self.row_depth -= 1
        cells = [_WS.sub(" ", cell).strip() for cell in "".join(self.current).split("\x1f")]
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
        for child in element:
            tag = _tag(child)
            if tag and child not in self.dropped and child in self.stats:
                todo.extend(self.actions(child, tag, in_row))
            if child.tail:
                todo.append(("text", child.tail))
        return todo

    def actions(self, child: Any, tag: str, in_row: bool) -> list[tuple[str, Any]]:
        if tag == "a" and child.get("href") is not None:
            return [("link", 1), ("children", child), ("link", -1)]
        if in_row:  # inside a data-table row everything is inline
            return [("text", " "), ("children", child), ("text", " ")] if tag in _BLOCK or tag == "br" else [
                ("children", child)]
        if tag in _HEADING:
            return [("prefix", "#" * _HEADING[tag] + " "), ("children", child), ("flush", None)]
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
                if _tag(cell) in {"td", "th"} and cell in self.stats and cell not in self.dropped:
                    if len(actions) > 1:
                        actions.append(("cell", None))
                    actions.append(("children", cell))
            return actions + [("row", -1)]
        if tag in _BLOCK:
            return [("flush", None), ("children", child), ("flush", None)]
        return [("children", child)]


def _render(root: Any, dropped: set[Any], stats: dict[Any, _Stats]) -> list[str]:
    """Lines of text under ``root``: headings, paragraphs, list items and table rows, in document order."""
    return _Renderer(dropped, stats).render(root)


def _is_data_row(row: Any, stats: dict[Any, _Stats]) -> bool:
    """A row of a data table: two or more cells and no structure (tables, lists, headings) inside it."""
    s = stats.get(row)
    if s is None or s.structure:
        return False
    table = row.getparent()
    if table is not None and _tag(table) in {"thead", "tbody", "tfoot"}:
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


def _assemble(lines: list[str]) -> str:
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


def _title(document: Any) -> str:
    for element in document.iter("title"):
        return _WS.sub(" ", element.text_content()).strip()
    return ""


def _nonlink(stats: dict[Any, _Stats], element: Any) -> int:
    s = stats.get(element)
    return s.text - s.link if s is not None else 0


def _choose_root(body: Any, stats: dict[Any, _Stats]) -> Any:
    """An explicit main region holding a fair share of the page's non-link text, else the body."""
    total = max(_nonlink(stats, body), 1)
    for test in (lambda e: _tag(e) == "main" or (e.get("role") or "").lower() == "main",
                 lambda e: _tag(e) == "article"):
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


def html_to_text(data: bytes) -> tuple[str, str]:
    """The readable text of an HTML page (``#`` headings, ``- `` items, `` | `` rows) and its ``<title>``."""
    page = html_to_parts(data)
    return page.text, page.title


def html_to_parts(data: bytes, check: Callable[[], None] = _no_check) -> HtmlPage:
    """Content, title and whole-page text from one parse. ``check`` is called between passes and every few
    thousand elements (a parse-time budget raises from it)."""
    document = _parse(decode_html(data))
    check()
    if document is None:
        return HtmlPage("", "", "")
    title = _title(document)
    body = document.find("body")
    if body is None:
        body = document
    for element in list(body.iter()):
        if not isinstance(element.tag, str) or _tag(element) in _DROP:
            if element.getparent() is not None:
                element.drop_tree()  # keeps the tail text, which belongs to the parent
    context = _WS.sub(" ", f"{title} {body.text_content()}").strip()
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
        text = _assemble(_render(start, dropped, stats))
        if text.strip():
            return HtmlPage(text, title, context)
    return HtmlPage(_assemble(_render(body, base_dropped, base)), title, context)
