"""HTML and Markdown the web pages show, built from answers and documents.

Everything that comes from a document (titles, quotes, text) or from a user is
escaped here, so markup inside a class specification is shown, never run.

Each answer in the chat carries its own sources under it (:func:`message_sources_html`), its
``[n]`` markers are links named after their source (for screen readers), and a Markdown
comparison table becomes both a table (wide screens) and one card per class (phones), see
:func:`tables_to_html` and ``static/chat.css``.

Example:
    >>> answer_markdown("Pays <b>$20</b> [1].", {1: "/documents/clerk?start=0&end=5#passage"})
    'Pays &lt;b&gt;$20&lt;/b&gt; <a class="jca-cite" href="/documents/clerk?start=0&amp;end=5#passage">[1]</a>.'
    >>> answer_markdown("[1]", {1: "/d"}, {1: "Clerk, City"})
    '<a class="jca-cite" href="/d">[1]<span class="jca-sr-only"> Source 1: Clerk, City</span></a>'
"""

from __future__ import annotations

import html
import re
from typing import Callable

from assistant.answering.answer import Answer, Citation

_MARKER = re.compile(r"\[(\d{1,3})\]")


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def answer_markdown(text: str, links: dict[int, str], names: dict[int, str] | None = None) -> str:
    """Answer text for the chat (Markdown): HTML escaped, ``[n]`` markers linked to their passage (named
    "Source n: title, employer" when ``names`` has them), pipe tables turned into table + cards HTML."""
    safe = html.escape(text or "", quote=False)
    names = names or {}

    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        url = links.get(n)
        if not url:
            return match.group(0)
        # Gradio's sanitizer drops aria-label: the name is visually hidden text inside the link instead
        name = f'<span class="jca-sr-only"> Source {n}: {esc(names[n])}</span>' if names.get(n) else ""
        return f'<a class="jca-cite" href="{esc(url)}">[{n}]{name}</a>'

    return tables_to_html(_MARKER.sub(link, safe))


def citation_names(answer: Answer) -> dict[int, str]:
    """What each ``[n]`` link is called: "Information Technology Specialist, Butte County"."""
    return {c.n: ", ".join(x for x in (c.title + (f" {c.level}" if c.level else ""), c.employer) if x)
            for c in answer.citations}


# --- comparison tables: a table on wide screens, one card per class on phones --------------------------------------

_TRANSPOSE_HEADS = {"", "field", "aspect", "item", "criterion", "criteria", "feature", "attribute"}


def _cells(line: str) -> list[str]:
    inner = line.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [c.strip() for c in inner.split("|")]


def _is_rule(line: str) -> bool:
    return bool(re.fullmatch(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?", line.strip()))


def tables_to_html(text: str) -> str:
    """Replace each Markdown pipe table in already-escaped ``text`` by :func:`table_html` (other lines unchanged)."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if lines[i].lstrip().startswith("|") and i + 1 < len(lines) and _is_rule(lines[i + 1]):
            head = _cells(lines[i])
            rows = []
            j = i + 2
            while j < len(lines) and lines[j].lstrip().startswith("|"):
                rows.append(_cells(lines[j]))
                j += 1
            out += ["", table_html(head, rows), ""]
            i = j
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def table_html(head: list[str], rows: list[list[str]]) -> str:
    """One line of HTML (cells already escaped): the table, and the same content as one card per class.

    A comparison table has a class per column ("| Field | Clerk | Typist |"): its cards are its columns.
    A series or listing table has a class or level per row ("| Level | Grade |"): its cards are its rows.
    CSS shows the table on wide screens and the cards on narrow ones.
    """
    width = len(head)
    rows = [(r + [""] * width)[:width] for r in rows]
    table = (
        '<div class="jca-table-wrap"><table class="jca-table"><thead><tr>'
        + "".join(f'<th scope="col">{h}</th>' for h in head) + "</tr></thead><tbody>"
        + "".join("<tr>" + f'<th scope="row">{r[0]}</th>' + "".join(f"<td>{c}</td>" for c in r[1:]) + "</tr>"
                  for r in rows)
        + "</tbody></table></div>"
    )
    if head and head[0].strip().lower() in _TRANSPOSE_HEADS and width > 1:
        cards = [(head[k], [(r[0], r[k]) for r in rows]) for k in range(1, width)]
    else:
        cards = [(r[0], [(head[k], r[k]) for k in range(1, width)]) for r in rows]
    card_html = "".join(
        f'<li class="jca-card"><p class="jca-card-title">{title}</p><dl>'
        + "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in fields) + "</dl></li>"
        for title, fields in cards
    )
    return table + f'<ul class="jca-cards">{card_html}</ul>'


def message_sources_html(
    answer: Answer, document_url: Callable[[str, int | None, int | None], str], share_url: str = ""
) -> str:
    """The sources under one answer in the chat (and on its share page): number, title, employer, section,
    the quote, a link to the highlighted passage; then the answer's share link. One line of HTML."""
    items = "".join(
        f'<li class="jca-msg-source"><span class="jca-msg-n">{c.n}</span> '
        f'<a class="jca-msg-source-link" href="{esc(document_url(c.doc_id, c.start, c.end))}">'
        f'<span class="jca-sr-only">Source {c.n}: </span>'
        f'{esc(", ".join(x for x in (c.title + (f" ({c.level})" if c.level else ""), c.employer) if x))}</a>'
        f'<span class="jca-msg-source-meta">{f" — {esc(c.section)}" if c.section else ""}</span>'
        f'<q class="jca-msg-quote">{esc(" ".join((c.quote or "").split()))}</q></li>'
        for c in answer.citations
    )
    block = (f'<div class="jca-msg-sources"><p class="jca-msg-sources-title">Sources</p>'
             f'<ol class="jca-msg-source-list">{items}</ol></div>') if items else ""
    if share_url:
        block += (f'<p class="jca-share"><a class="jca-share-link" href="{esc(share_url)}" target="_blank" '
                  'rel="noopener">Share link to this answer</a></p>')
    return block


def citation_links(answer: Answer, document_url: Callable[[str, int | None, int | None], str]) -> dict[int, str]:
    return {c.n: document_url(c.doc_id, c.start, c.end) for c in answer.citations}


def sources_html(answer: Answer | None, document_url: Callable[[str, int | None, int | None], str]) -> str:
    """The sources panel beside the chat: one card per cited passage."""
    head = '<div class="jca-sources" role="region" aria-label="Sources" aria-live="polite"><h2>Sources</h2>'
    if answer is None:
        return head + (
            '<p class="jca-muted">The passages each answer is based on appear here. '
            "Open one to read it highlighted in its document.</p></div>"
        )
    if not answer.citations:
        note = "No passage in the indexed documents answers this question." if not answer.answered else "No sources."
        return head + f'<p class="jca-muted">{esc(note)}</p></div>'
    items = []
    for c in answer.citations:
        items.append(_source_item(c, document_url(c.doc_id, c.start, c.end)))
    return head + '<ol class="jca-source-list">' + "".join(items) + "</ol></div>"


def _source_item(c: Citation, url: str) -> str:
    title = c.title + (f" ({c.level})" if c.level else "")
    meta = [x for x in (c.employer, c.section, f"page {c.page}" if c.page else "") if x]
    quote = " ".join((c.quote or "").split())
    return (
        f'<li class="jca-source" id="jca-source-{c.n}">'
        f'<div class="jca-source-title"><span class="jca-n" aria-label="source {c.n}">{c.n}</span> '
        f'<a class="jca-source-link" href="{esc(url)}" target="_blank" rel="noopener" '
        f'title="Open {esc(title)} at this passage">{esc(title)}</a></div>'
        f'<div class="jca-source-meta">{" · ".join(esc(m) for m in meta)}</div>'
        f"<blockquote>{esc(quote)}</blockquote>"
        f'<div class="jca-source-file">{esc(c.source)}</div>'
        "</li>"
    )


def _nav_links(root: str, admin_link: bool, active: str) -> str:
    """The site's main links (Chat, Documents, Admin, Help), the active one marked for screen readers."""
    nav = [("chat", "/", "Chat"), ("documents", "/documents", "Documents")]
    if admin_link:
        nav.append(("admin", "/admin/", "Admin"))
    nav.append(("help", "/help", "Help"))
    return "".join(
        f'<a href="{esc(root + href)}"' + (' aria-current="page"' if key == active else "") + f">{esc(label)}</a>"
        for key, href, label in nav
    )


def page(title: str, body: str, root: str, active: str = "", admin_link: bool = True, extra_head: str = "") -> str:
    """A full server-rendered page (documents view, login, API docs) with the shared header."""
    links = _nav_links(root, admin_link, active)
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)} · Job Classification Assistant</title>"
        f'<link rel="stylesheet" href="{esc(root)}/jca-static/site.css">{extra_head}</head><body>'
        '<a class="skip" href="#main">Skip to content</a>'
        f'<header class="site"><a class="brand" href="{esc(root)}/">Job Classification Assistant</a>'
        f'<nav aria-label="Main">{links}</nav></header>'
        f'<main id="main" tabindex="-1">{body}</main></body></html>'
    )


def header_html(root: str, admin_link: bool = True, active: str = "chat", heading: bool = False) -> str:
    """The header strip at the top of the Gradio pages (same links as :func:`page`); ``heading``: the brand is
    the page's main heading (h1), as on the chat page."""
    links = _nav_links(root, admin_link, active)
    brand = f'<a class="jca-brand" href="{esc(root)}/">Job Classification Assistant</a>'
    if heading:
        brand = f'<h1 class="jca-h1">{brand}</h1>'
    return f'<header class="jca-header">{brand}<nav aria-label="Main">{links}</nav></header>'

