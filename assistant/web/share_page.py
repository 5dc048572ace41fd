"""``/a/<token>``: one answer's share page — the question, the answer and its sources, from the question log.

The token is the unguessable one the log gives each answer (never the row id, which
would let anyone page through every question asked). Unknown tokens are a 404. The
page is server-rendered with no script at all, under the strict Content-Security-Policy
of the package's own pages.
"""

from __future__ import annotations

import re
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from assistant.answering.answer import Answer, Citation
from assistant.web.context import WebContext
from assistant.web.feedback_log import iso_time
from assistant.web.render import answer_markdown, citation_names, esc, message_sources_html, page

_BOLD = re.compile(r"\*\*(.+?)\*\*")


def logged_answer(row: dict[str, Any]) -> Answer:
    """The Answer as logged (citations rebuilt from the stored sources; older rows lack quotes and spans)."""
    citations = []
    for s in row.get("sources") or []:
        start, end = s.get("start"), s.get("end")
        citations.append(Citation(
            n=int(s.get("n", 0)), doc_id=str(s.get("doc_id") or ""), source=str(s.get("source") or ""),
            title=str(s.get("title") or ""), employer=str(s.get("employer") or ""),
            section=str(s.get("section") or ""), quote=str(s.get("quote") or ""),
            start=start if isinstance(start, int) else None, end=end if isinstance(end, int) else None,  # type: ignore[arg-type]
            page=s.get("page") if isinstance(s.get("page"), int) else None, level=str(s.get("level") or ""),
        ))
    return Answer(text=row.get("answer") or "", answered=bool(row.get("answered")), citations=citations,
                  notice=row.get("notice") or "")


def blocks_html(marked: str) -> str:
    """The chat's answer Markdown (already escaped, links and tables as HTML) as HTML blocks, with no Markdown
    library: paragraphs, ``-`` lists, ``**bold**``, and the table blocks passed through."""
    out: list[str] = []
    items: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if items:
            out.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()
        if para:
            out.append("<p>" + "<br>".join(para) + "</p>")
            para.clear()

    for line in marked.split("\n"):
        text = _BOLD.sub(r"<strong>\1</strong>", line.strip())
        if not text:
            flush()
        elif text.startswith('<div class="jca-table-wrap">'):
            flush()
            out.append(text)
        elif text[:2] in ("- ", "* ", "• "):
            if para:
                flush()
            items.append(text[2:])
        else:
            if items:
                flush()
            para.append(text)
    flush()
    return "".join(out)


def share_html(ctx: WebContext, row: dict[str, Any]) -> str:
    answer = logged_answer(row)

    def doc_url(doc_id: str, start: int | None, end: int | None) -> str:
        return ctx.document_url(doc_id, start, end)

    links = {c.n: doc_url(c.doc_id, c.start, c.end) for c in answer.citations if c.doc_id}
    body = answer_markdown(answer.text, links, citation_names(answer))
    notice = f'<p class="muted"><em>Note: {esc(answer.notice)}</em></p>' if answer.notice else ""
    sources = message_sources_html(answer, doc_url) if links else ""
    content = (
        '<article class="jca-shared">'
        f"<h1>{esc(row.get('question'))}</h1>"
        f'<p class="muted">Answered {esc(iso_time(row.get("asked_at")))} by the Job Classification Assistant, '
        "from the indexed class specifications. Always check the cited passage.</p>"
        f'<div class="jca-answer">{blocks_html(body)}</div>{notice}{sources}'
        f'<p><a href="{esc(ctx.url("/"))}">Ask your own question</a></p></article>'
    )
    head = f'<link rel="stylesheet" href="{esc(ctx.url("/jca-static/chat.css"))}">'
    return page(str(row.get("question") or "Shared answer"), content, ctx.root, active="", extra_head=head)


def make_router(ctx: WebContext) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/a/{token}", response_class=HTMLResponse)
    def shared_answer(token: str) -> HTMLResponse:
        row = ctx.log.by_token(token)
        if row is None:
            body = ("<h1>Answer not found</h1><p>This link does not lead to an answer: it may be mistyped. "
                    f'<a href="{esc(ctx.url("/"))}">Ask a question</a>.</p>')
            return HTMLResponse(page("Answer not found", body, ctx.root), status_code=404)
        return HTMLResponse(share_html(ctx, row), headers={"Cache-Control": "private, no-store"})

    return router
