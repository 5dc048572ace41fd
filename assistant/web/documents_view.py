"""The documents view: browse and filter the indexed classifications, read any document.

``GET /documents`` lists them (title, employer, class code, grade, salary as
stated, last indexed) with a filter box that works without JavaScript;
``GET /documents/{doc_id}?start=..&end=..#passage`` shows a document's text with
the cited passage highlighted and scrolled into view. Grade and salary come from
the fact cards (``assistant.facts.storage.store``) when that module and its data exist;
otherwise only the registry's fields are shown. All document text is escaped.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from assistant.web.context import WebContext
from assistant.web.render import esc, page

log = logging.getLogger("assistant.web")


def _fact_cards(data_dir: Path) -> dict[str, Any] | None:
    """doc_id -> whole-document fact card, or None when fact cards are unavailable."""
    try:
        from assistant.facts.storage.store import FACTS_FILE, FactStore
    except Exception:  # noqa: BLE001 - the facts module is optional
        return None
    path = Path(data_dir) / FACTS_FILE
    if not path.exists():
        return None
    try:
        store = FactStore(path)
        try:
            cards: dict[str, Any] = {}
            for card in store.all_cards():
                if not getattr(card, "level", "") or card.doc_id not in cards:
                    cards[card.doc_id] = card
            return cards
        finally:
            store.close()
    except Exception:  # noqa: BLE001 - never break the documents view over the facts file
        log.exception("could not read the fact cards")
        return None


def _salary(card: Any) -> str:
    text = getattr(card, "salary_text", None)
    if text:
        return " ".join(str(text).split())
    try:
        from assistant.facts.rendering.format import salary_summary

        return salary_summary(card) or ""
    except Exception:  # noqa: BLE001
        return ""


def document_rows(ctx: WebContext) -> tuple[list[dict[str, Any]], bool]:
    """One row per indexed document, and whether fact-card columns (grade, salary) are known."""
    docs = ctx.index.registry.ready_documents()
    cards = _fact_cards(ctx.settings.data_dir)
    rows = []
    for d in docs:
        row: dict[str, Any] = {
            "doc_id": d.doc_id, "source": d.source, "title": d.title, "employer": d.employer,
            "class_code": d.class_code, "chunks": d.n_chunks, "indexed_at": d.indexed_at,
        }
        if cards is not None:
            card = cards.get(d.doc_id)
            row["grade"] = (getattr(card, "grade", None) or "") if card else ""
            row["salary"] = _salary(card) if card else ""
            if card and not row["class_code"]:
                row["class_code"] = getattr(card, "class_code", None) or ""
        rows.append(row)
    rows.sort(key=lambda r: (r["title"].lower(), r["employer"].lower()))
    return rows, cards is not None


def when(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else ""


def _matches(row: dict[str, Any], needle: str) -> bool:
    hay = " ".join(str(row.get(k) or "") for k in ("title", "employer", "class_code", "grade", "salary", "source"))
    return all(word in hay.lower() for word in needle.lower().split())


def list_page(ctx: WebContext, q: str, admin_link: bool) -> str:
    rows, with_facts = document_rows(ctx)
    shown = [r for r in rows if _matches(r, q)] if q.strip() else rows
    headers = ["Title", "Employer", "Class code"] + (["Grade", "Salary (as stated)"] if with_facts else []) + [
        "Last indexed"]
    body_rows = []
    for r in shown:
        cells = [
            f'<a href="{esc(ctx.document_url(r["doc_id"]))}">{esc(r["title"])}</a>'
            f'<div class="file">{esc(r["source"])}</div>',
            esc(r["employer"] or "—"), esc(r["class_code"] or "—"),
        ]
        if with_facts:
            cells += [esc(r.get("grade") or "—"), esc(r.get("salary") or "—")]
        cells.append(f'<time>{esc(when(r["indexed_at"]))}</time>')
        body_rows.append("<tr>" + "".join(f"<td data-label=\"{esc(h)}\">{c}</td>" for h, c in zip(headers, cells)) + "</tr>")
    count = f"{len(shown)} of {len(rows)} documents" if q.strip() else f"{len(rows)} documents"
    empty = (
        '<p class="muted">No document matches this filter.</p>' if rows else
        '<p class="muted">No documents are indexed yet. HR can upload class specifications on the admin page.</p>'
    )
    table = (
        '<div class="table-wrap"><table class="docs"><caption class="sr-only">Indexed classifications</caption><thead><tr>'
        + "".join(f'<th scope="col">{esc(h)}</th>' for h in headers)
        + "</tr></thead><tbody>" + "".join(body_rows) + "</tbody></table></div>"
    ) if shown else empty
    body = (
        "<h1>Documents</h1>"
        '<p class="muted">The class specifications the assistant answers from. Open one to read it.</p>'
        f'<form class="filter" method="get" action="{esc(ctx.url("/documents"))}" role="search">'
        '<label for="q">Filter</label>'
        f'<input id="q" name="q" type="search" value="{esc(q)}" placeholder="title, employer, class code…">'
        '<button type="submit">Filter</button>'
        + (f' <a href="{esc(ctx.url("/documents"))}">Clear</a>' if q else "")
        + f'</form><p class="count" aria-live="polite">{esc(count)}</p>{table}'
    )
    return page("Documents", body, ctx.root, active="documents", admin_link=admin_link)


def document_page(ctx: WebContext, doc_id: str, start: int | None, end: int | None, admin_link: bool) -> str:
    record = ctx.index.registry.get_document(doc_id, with_text=True)
    if record is None or record.state != "ready":
        raise LookupError(doc_id)
    text = record.text or ""
    highlighted = start is not None and end is not None and 0 <= start < end <= len(text)
    if highlighted:
        assert start is not None and end is not None
        content = (
            esc(text[:start]) + '<mark id="passage" tabindex="-1" aria-label="cited passage">'
            + esc(text[start:end]) + "</mark>" + esc(text[end:])
        )
    else:
        content = esc(text)
    facts = [("Employer", record.employer), ("Class code", record.class_code), ("File", record.source),
             ("Last indexed", when(record.indexed_at)), ("Levels", ", ".join(record.levels))]
    page_no = record.page_at(start) if highlighted and start is not None else None
    if page_no:
        facts.append(("Page of the passage", str(page_no)))
    meta = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in facts if v)
    jump = (
        '<p class="jump"><a href="#passage">Jump to the highlighted passage</a></p>' if highlighted else
        ('<p class="muted">The cited passage could not be located in the current version of this document.</p>'
         if start is not None else "")
    )
    body = (
        f'<p class="back"><a href="{esc(ctx.url("/documents"))}">← All documents</a></p>'
        f"<h1>{esc(record.title)}</h1><dl class=\"meta\">{meta}</dl>{jump}"
        f'<pre class="doc-text" aria-label="Document text">{content}</pre>'
    )
    extra = f'<script src="{esc(ctx.root)}/jca-static/doc.js" defer></script>'
    return page(record.title, body, ctx.root, active="documents", admin_link=admin_link, extra_head=extra)


def make_router(ctx: WebContext) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    admin_link = True

    @router.get("/documents", response_class=HTMLResponse)
    def documents(q: str = "") -> HTMLResponse:
        return HTMLResponse(list_page(ctx, q[:200], admin_link))

    @router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
    def document(doc_id: str, start: int | None = None, end: int | None = None) -> HTMLResponse:
        try:
            return HTMLResponse(document_page(ctx, doc_id, start, end, admin_link))
        except LookupError:
            body = (
                "<h1>Document not found</h1><p>This document is not in the index (it may have been deleted).</p>"
                f'<p><a href="{esc(ctx.url("/documents"))}">See all documents</a></p>'
            )
            return HTMLResponse(page("Not found", body, ctx.root, admin_link=admin_link), status_code=404)

    return router
