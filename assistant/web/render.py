"""HTML and Markdown the web pages show, built from answers and documents.

Everything that comes from a document (titles, quotes, text) or from a user is
escaped here, so markup inside a class specification is shown, never run.

Example:
    >>> answer_markdown("Pays <b>$20</b> [1].", {1: "/documents/clerk?start=0&end=5#passage"})
    'Pays &lt;b&gt;$20&lt;/b&gt; [[1]](/documents/clerk?start=0&end=5#passage).'
"""

from __future__ import annotations

import html
import re
from typing import Callable

from assistant.answering.answer import Answer, Citation

_MARKER = re.compile(r"\[(\d{1,3})\]")


def esc(value: object) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def answer_markdown(text: str, links: dict[int, str]) -> str:
    """Answer text for the chat (Markdown): HTML escaped, ``[n]`` markers linked to their passage."""
    safe = html.escape(text or "", quote=False)

    def link(match: re.Match[str]) -> str:
        n = int(match.group(1))
        url = links.get(n)
        return f"[[{n}]]({url})" if url else match.group(0)

    return _MARKER.sub(link, safe)


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


def header_html(root: str, admin_link: bool = True, active: str = "chat") -> str:
    """The header strip at the top of the Gradio pages (same links as :func:`page`)."""
    links = _nav_links(root, admin_link, active)
    return (
        f'<header class="jca-header"><a class="jca-brand" href="{esc(root)}/">Job Classification Assistant</a>'
        f'<nav aria-label="Main">{links}</nav></header>'
    )
