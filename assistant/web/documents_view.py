"""The documents view: browse, filter and sort the indexed classifications, read any document formatted.

``GET /documents`` lists them with the fact-card columns HR compares by (grade,
FLSA status, pay normalised to hourly and yearly). The filter box, the FLSA and
pay filters and the sortable headers work as plain links and a GET form without
JavaScript; ``/jca-static/doc-list.js`` makes them act as you type (the pages'
strict CSP allows no inline script). ``GET /documents/{doc_id}?start=..&end=..#passage``
shows a document formatted by its kind (:mod:`assistant.web.doc_render`) with
the cited passage highlighted and scrolled into view.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlencode

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from assistant.web.context import WebContext
from assistant.web.doc_facts import FLSA_LABELS, DocFacts, card_reader, doc_facts, stated_pay, whole_document_cards
from assistant.web.doc_render import format_name, render_document
from assistant.web.render import esc, page

log = logging.getLogger("assistant.web")

CardReader = Callable[[], "dict[str, Any] | None"]
# sort key -> (header, numeric?)
COLUMNS: list[tuple[str, str, bool]] = [
    ("title", "Title", False), ("employer", "Employer", False), ("code", "Class code", False),
    ("grade", "Grade", False), ("flsa", "FLSA status", False), ("hourly", "Hourly pay", True),
    ("yearly", "Yearly pay", True), ("indexed", "Last indexed", True),
]
_KEYS = {key for key, _, _ in COLUMNS}
COMPUTED_NOTE = ("“≈ … (computed)”: converted from the pay the document states in another unit, "
                 "at 2,080 hours, 12 months or 26 pay periods a year.")


def when(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else ""


def _fact_cards(data_dir: Path) -> dict[str, Any] | None:
    """doc_id -> whole-document fact card, or None when fact cards are unavailable (for the API and admin)."""
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
            return whole_document_cards(store.all_cards())
        finally:
            store.close()
    except Exception:  # noqa: BLE001 - never break the documents view over the facts file
        log.exception("could not read the fact cards")
        return None


def document_rows(ctx: WebContext) -> tuple[list[dict[str, Any]], bool]:
    """One row per indexed document, and whether fact-card columns (grade, salary) are known (API, admin page)."""
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
            row["salary"] = stated_pay(card) if card else ""
            if card and not row["class_code"]:
                row["class_code"] = getattr(card, "class_code", None) or ""
        rows.append(row)
    rows.sort(key=lambda r: (r["title"].lower(), r["employer"].lower()))
    return rows, cards is not None


def list_rows(ctx: WebContext, cards: dict[str, Any] | None) -> list[dict[str, Any]]:
    """One row per indexed document: what the list shows, filters and sorts by."""
    rows = []
    for d in ctx.index.registry.ready_documents():
        card = (cards or {}).get(d.doc_id)
        facts = doc_facts(card) if card is not None else DocFacts()
        code = d.class_code or (getattr(card, "class_code", None) or "" if card is not None else "")
        rows.append({
            "doc_id": d.doc_id, "source": d.source, "title": d.title, "employer": d.employer or "",
            "class_code": code, "indexed_at": d.indexed_at, "facts": facts,
        })
    rows.sort(key=lambda r: (r["title"].lower(), r["employer"].lower()))
    return rows


def _sort_values(row: dict[str, Any]) -> dict[str, str]:
    facts: DocFacts = row["facts"]
    hourly = facts.hourly.sort_value if facts.hourly else None
    yearly = facts.yearly.sort_value if facts.yearly else None
    return {
        "title": row["title"].lower(), "employer": row["employer"].lower(), "code": row["class_code"].lower(),
        "grade": facts.grade_sort, "flsa": facts.flsa_label.lower(),
        "hourly": f"{hourly:.4f}" if hourly is not None else "", "yearly": f"{yearly:.2f}" if yearly is not None else "",
        "indexed": f"{row['indexed_at'] or 0:.0f}",
    }


def _haystack(row: dict[str, Any]) -> str:
    facts: DocFacts = row["facts"]
    parts = [row["title"], row["employer"], row["class_code"], facts.grade, facts.flsa_label, facts.stated_pay,
             row["source"], facts.hourly.text("hr") if facts.hourly else "", facts.yearly.text("yr") if facts.yearly else ""]
    return " ".join(" ".join(str(p).split()) for p in parts if p).lower()


def _top_yearly(row: dict[str, Any]) -> float | None:
    yearly = row["facts"].yearly
    if yearly is None:
        return None
    return yearly.high if yearly.high is not None else yearly.low


def matches(row: dict[str, Any], q: str, flsa: str, min_pay: float | None) -> bool:
    """The server's filter (the same as doc-list.js's): every word of ``q``, the FLSA status, the pay floor."""
    hay = _haystack(row)
    if not all(word in hay for word in q.lower().split()):
        return False
    if flsa and (row["facts"].flsa or "none") != flsa:
        return False
    if min_pay:
        top = _top_yearly(row)
        return top is not None and top >= min_pay
    return True


def _parse_pay(value: str) -> float | None:
    try:
        number = float(value.replace(",", "").replace("$", "").strip())
    except ValueError:
        return None
    return number if number > 0 and number == number else None


def _sorted(rows: list[dict[str, Any]], sort: str, direction: str) -> list[dict[str, Any]]:
    if sort not in _KEYS:
        return rows
    numeric = next(n for k, _, n in COLUMNS if k == sort)
    present = [r for r in rows if _sort_values(r)[sort] != ""]
    missing = [r for r in rows if _sort_values(r)[sort] == ""]
    present.sort(key=lambda r: float(_sort_values(r)[sort]) if numeric else _sort_values(r)[sort],
                 reverse=direction == "desc")
    return present + missing  # rows without the value last, whichever the direction


def _cells(ctx: WebContext, row: dict[str, Any]) -> list[str]:
    facts: DocFacts = row["facts"]

    def pay(figure: Any, unit: str) -> str:
        if figure is None:
            return '<span class="none">—</span>'
        text = figure.text(unit)
        if figure.computed:
            shown = text.replace(" (computed)", "")
            return f'{esc(shown)} <span class="computed">(computed)</span>'
        return esc(text)

    return [
        f'<a href="{esc(ctx.document_url(row["doc_id"]))}">{esc(row["title"])}</a>'
        f'<div class="file">{esc(row["source"])}</div>',
        esc(row["employer"] or "—"), esc(row["class_code"] or "—"), esc(facts.grade or "—"),
        esc(facts.flsa_label or "—"), pay(facts.hourly, "hr"), pay(facts.yearly, "yr"),
        f'<time>{esc(when(row["indexed_at"]))}</time>',
    ]


def list_page(ctx: WebContext, cards: dict[str, Any] | None, admin_link: bool, q: str = "", flsa: str = "",
              min_pay: str = "", sort: str = "", direction: str = "asc") -> str:
    rows = list_rows(ctx, cards)
    flsa = flsa if flsa in FLSA_LABELS or flsa == "none" else ""
    sort = sort if sort in _KEYS else ""
    direction = "desc" if direction == "desc" else "asc"
    floor = _parse_pay(min_pay)
    filtered = bool(q.strip() or flsa or floor)
    ordered = _sorted(rows, sort, direction)
    shown = sum(1 for r in rows if matches(r, q, flsa, floor))
    state = {"q": q, "flsa": flsa, "min_pay": min_pay if floor else "", "sort": sort, "dir": direction}

    def sort_link(key: str) -> str:
        dir_ = "desc" if sort == key and direction == "asc" else "asc"
        params = {k: v for k, v in {**state, "sort": key, "dir": dir_}.items() if v}
        return ctx.url("/documents") + "?" + urlencode(params)

    headers = []
    for key, label, numeric in COLUMNS:
        aria = f' aria-sort="{"ascending" if direction == "asc" else "descending"}"' if key == sort else ""
        headers.append(
            f'<th scope="col" data-key="{key}" data-type="{"number" if numeric else "text"}"{aria}>'
            f'<a class="sort" href="{esc(sort_link(key))}">{esc(label)}<span class="arrow" aria-hidden="true"></span></a></th>'
        )
    body_rows = []
    for r in ordered:
        sort_values = _sort_values(r)
        top = _top_yearly(r)
        attrs = "".join(f' data-sort-{k}="{esc(v)}"' for k, v in sort_values.items())
        attrs += f' data-text="{esc(_haystack(r))}" data-flsa="{esc(r["facts"].flsa or "none")}"'
        attrs += f' data-yearly-max="{top:.2f}"' if top is not None else ""
        attrs += "" if matches(r, q, flsa, floor) else " hidden"
        cells = "".join(f'<td data-label="{esc(label)}">{c}</td>'
                        for (_, label, _), c in zip(COLUMNS, _cells(ctx, r)))
        body_rows.append(f"<tr{attrs}>{cells}</tr>")
    count = f"{shown} of {len(rows)} documents" if filtered else f"{len(rows)} documents"
    options = "".join(
        f'<option value="{esc(value)}"{" selected" if value == flsa else ""}>{esc(label)}</option>'
        for value, label in [("", "Any"), *FLSA_LABELS.items(), ("none", "Not stated")]
    )
    table = (
        '<div class="table-wrap" id="doc-table"' + ("" if shown else " hidden") + '>'
        '<table class="docs"><caption class="sr-only">Indexed classifications (select a column header to sort)</caption>'
        "<thead><tr>" + "".join(headers) + "</tr></thead><tbody>" + "".join(body_rows) + "</tbody></table></div>"
        f'<p class="muted note">{esc(COMPUTED_NOTE)}</p>'
    ) if rows else ""
    empty = (
        f'<p class="muted" id="doc-empty"{"" if rows and not shown else " hidden"}>No document matches this filter.</p>'
        if rows else
        '<p class="muted">No documents are indexed yet. HR can upload class specifications on the admin page.</p>'
    )
    body = (
        "<h1>Documents</h1>"
        '<p class="muted">The class specifications the assistant answers from. Open one to read it; '
        "select a column header to sort.</p>"
        f'<form class="filter" id="doc-filter" method="get" action="{esc(ctx.url("/documents"))}" role="search" '
        'aria-label="Filter the documents">'
        '<div class="field grow"><label for="q">Filter</label>'
        f'<input id="q" name="q" type="search" value="{esc(q)}" placeholder="title, employer, class code, grade…" '
        'aria-describedby="doc-count"></div>'
        f'<div class="field"><label for="flsa">FLSA status</label><select id="flsa" name="flsa">{options}</select></div>'
        '<div class="field"><label for="min_pay">Yearly pay at least ($)</label>'
        f'<input id="min_pay" name="min_pay" type="number" min="0" step="1000" inputmode="numeric" '
        f'value="{esc(state["min_pay"])}"></div>'
        f'<input type="hidden" name="sort" value="{esc(sort)}"><input type="hidden" name="dir" value="{esc(direction)}">'
        '<div class="field actions"><button type="submit" class="filter-submit">Filter</button>'
        + (f' <a href="{esc(ctx.url("/documents"))}">Clear</a>' if filtered or sort else "")
        + f'</div></form><p class="count" id="doc-count" role="status">{esc(count)}</p>{table}{empty}'
    )
    extra = f'<script src="{esc(ctx.root)}/jca-static/doc-list.js" defer></script>'
    return page("Documents", body, ctx.root, active="documents", admin_link=admin_link, extra_head=extra)


def document_page(ctx: WebContext, doc_id: str, start: int | None, end: int | None, admin_link: bool,
                  cards: dict[str, Any] | None = None) -> str:
    record = ctx.index.registry.get_document(doc_id, with_text=True)
    if record is None or record.state != "ready":
        raise LookupError(doc_id)
    text = record.text or ""
    content, highlighted = render_document(text, record.format, list(record.page_starts), start, end)
    card = (cards or {}).get(doc_id)
    facts = doc_facts(card) if card is not None else DocFacts()
    items = [("Employer", record.employer), ("Class code", record.class_code), ("Grade", facts.grade),
             ("FLSA status", facts.flsa_label), ("Hourly pay", facts.hourly.text("hr") if facts.hourly else ""),
             ("Yearly pay", facts.yearly.text("yr") if facts.yearly else ""), ("Levels", ", ".join(record.levels)),
             ("Format", format_name(record.format)), ("File", record.source), ("Last indexed", when(record.indexed_at))]
    page_no = record.page_at(start) if highlighted and start is not None else None
    meta = "".join(f"<div><dt>{esc(k)}</dt><dd>{esc(v)}</dd></div>" for k, v in items if v)
    if page_no:
        meta += (f'<div><dt>Page of the passage</dt><dd><a href="#page-{page_no}">{page_no}</a></dd></div>'
                 if record.format == "pdf" else f"<div><dt>Page of the passage</dt><dd>{page_no}</dd></div>")
    jump = (
        '<p class="jump"><a href="#passage">Jump to the highlighted passage</a></p>' if highlighted else
        ('<p class="muted">The cited passage could not be located in the current version of this document.</p>'
         if start is not None else "")
    )
    body = (
        f'<p class="back"><a href="{esc(ctx.url("/documents"))}">← All documents</a></p>'
        f'<h1>{esc(record.title)}</h1><dl class="meta">{meta}</dl>{jump}'
        f'<article class="doc-text doc-{esc(record.format or "txt")}" aria-label="Document text">{content}</article>'
    )
    extra = f'<script src="{esc(ctx.root)}/jca-static/doc.js" defer></script>'
    return page(record.title, body, ctx.root, active="documents", admin_link=admin_link, extra_head=extra)


def make_router(ctx: WebContext) -> APIRouter:
    router = APIRouter(include_in_schema=False)
    admin_link = True
    reader: dict[str, CardReader] = {}

    def cards() -> dict[str, Any] | None:
        """The fact cards (read through the engine's snapshot and the facts route's cache)."""
        if "read" not in reader:
            try:
                reader["read"] = card_reader(ctx.index, lambda: ctx.assistant.snapshots.get(ctx.index))
            except Exception:  # noqa: BLE001 - the facts are optional to this view
                log.exception("fact cards unavailable")
                reader["read"] = lambda: None
        return reader["read"]()

    @router.get("/documents", response_class=HTMLResponse)
    def documents(q: str = "", flsa: str = "", min_pay: str = "", sort: str = "", dir: str = "asc") -> HTMLResponse:  # noqa: A002
        return HTMLResponse(list_page(ctx, cards(), admin_link, q[:200], flsa[:20], min_pay[:20], sort[:20], dir[:5]))

    @router.get("/documents/{doc_id:path}", response_class=HTMLResponse)
    def document(doc_id: str, start: int | None = None, end: int | None = None) -> HTMLResponse:
        try:
            return HTMLResponse(document_page(ctx, doc_id, start, end, admin_link, cards()))
        except LookupError:
            body = (
                "<h1>Document not found</h1><p>This document is not in the index (it may have been deleted).</p>"
                f'<p><a href="{esc(ctx.url("/documents"))}">See all documents</a></p>'
            )
            return HTMLResponse(page("Not found", body, ctx.root, admin_link=admin_link), status_code=404)

    return router
