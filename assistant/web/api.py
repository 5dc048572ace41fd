"""The REST API on the same server: ask (plain and streamed), feedback, documents, health.

``POST /api/ask`` returns exactly the JSON of ``python -m assistant ask --json``
(the question's id in the log comes back in the ``X-Question-Id`` header, for
``POST /api/feedback``). When ``JCA_API_KEY`` is set every route except
``/api/health`` needs it in the ``X-API-Key`` header (or ``Authorization: Bearer``).

Example:
    $ curl -s -X POST http://127.0.0.1:7860/api/ask -H 'Content-Type: application/json' \\
        -d '{"question": "What is the salary range for the Butte County IT specialist?"}'
"""

from __future__ import annotations

import json
import logging
from typing import Any, Iterator, Literal

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, Field, field_validator

from assistant.engine import QuestionError
from assistant.errors import user_message
from assistant.index.integrity import check_vectors
from assistant.web.context import RateLimited, WebContext
from assistant.web.documents_view import document_rows
from assistant.web.feedback_log import iso_time
from assistant.web.security import API_KEY_HEADER, api_key_ok, client_address, presented_api_key

log = logging.getLogger("assistant.web")


def _utf8(value: str, what: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"{what} contains an invalid character (a lone UTF-16 surrogate)") from exc
    return value


class Turn(BaseModel):
    role: Literal["user", "assistant"]
    content: str = Field(max_length=20000)

    @field_validator("content")
    @classmethod
    def _encodable(cls, value: str) -> str:
        return _utf8(value, "a history turn")


class AskRequest(BaseModel):
    question: str = Field(description="The question, in plain language.",
                          examples=["What is the salary range for the Butte County IT specialist?"])
    history: list[Turn] = Field(default_factory=list, max_length=50,
                                description="Earlier turns of the conversation, oldest first (for follow-ups).")

    @field_validator("question")
    @classmethod
    def _encodable(cls, value: str) -> str:
        """A lone surrogate ("\\ud800") cannot be stored or shown: a 422 naming the problem, not a 500 later."""
        return _utf8(value, "the question")


class CitationOut(BaseModel):
    n: int
    doc_id: str
    source: str
    title: str
    employer: str
    section: str
    quote: str = Field(description="Exact text of the document between start and end.")
    start: int
    end: int
    page: int | None


class AskResponse(BaseModel):
    answer: str = Field(description="The answer, with [n] markers that refer to the citations.")
    answered: bool = Field(description="False when the documents do not answer the question (a refusal).")
    citations: list[CitationOut]
    notice: str | None = Field(None, description="Only present when something degraded (e.g. the LLM was down).")


class FeedbackRequest(BaseModel):
    question_id: int = Field(ge=1, le=2**63 - 1,  # an SQLite integer; larger ones were a 500
                             description="From the X-Question-Id header of /api/ask or the stream's `done` event.")
    rating: Literal["up", "down"] | None = None
    comment: str | None = Field(None, max_length=2000)


class DocumentOut(BaseModel):
    doc_id: str
    source: str
    title: str
    employer: str
    class_code: str
    grade: str | None = None
    salary: str | None = None
    chunks: int
    indexed_at: str
    url: str


class Health(BaseModel):
    status: Literal["ok", "degraded", "unavailable"] = Field(
        description="degraded: the app answers, but the vector store does not hold (or cannot read) every chunk")
    documents: int
    chunks: int
    store: str
    last_sync: str | None
    vectors: int | None = Field(None, description="Vectors in the store (equal to chunks when all is well).")
    problem: str | None = Field(None, description="What is wrong and the command that fixes it.")


def client_ip(request: Request) -> str:
    """The client's address (the proxy's forwarded one only from ``JCA_TRUSTED_PROXIES``)."""
    return client_address(request)


def make_router(ctx: WebContext) -> APIRouter:
    def require_key(request: Request) -> None:
        """A wrong key counts against the same per-client attempt limit as admin passwords (429 past it)."""
        given = presented_api_key(request.headers) if ctx.settings.api_key else ""
        if given:
            ok, wait = ctx.login_limiter.attempt(
                client_ip(request), lambda: api_key_ok(ctx.settings, {API_KEY_HEADER: given}))
            if wait is not None:
                raise HTTPException(429, f"Too many wrong API keys from this address; wait {int(wait) + 1} seconds.",
                                    headers={"Retry-After": str(int(wait) + 1)})
            if ok:
                return
        if not api_key_ok(ctx.settings, request.headers):
            raise HTTPException(
                401, f"A valid API key is required: send it in the {API_KEY_HEADER} header.",
                headers={"WWW-Authenticate": f'ApiKey header="{API_KEY_HEADER}"'},
            )

    router = APIRouter(prefix="/api", tags=["assistant"])
    keyed = [Depends(require_key)]

    def history_of(body: AskRequest) -> list[dict[str, str]]:
        return [t.model_dump() for t in body.history]

    def fail(exc: Exception) -> HTTPException:
        if isinstance(exc, RateLimited):
            return HTTPException(429, str(exc), headers={"Retry-After": str(int(exc.retry_after) + 1)})
        if isinstance(exc, QuestionError):
            return HTTPException(400, str(exc))
        message = user_message(exc)
        if message is not None:
            return HTTPException(503, message)
        log.exception("answering failed")
        return HTTPException(500, "The assistant failed to answer; the server log has the details.")

    @router.post("/ask", dependencies=keyed, responses={200: {"model": AskResponse}},
                 summary="Answer a question with citations")
    def ask(body: AskRequest, request: Request) -> JSONResponse:
        """Answers from the indexed class specifications only; `answered` is false when they do not say."""
        try:
            answer, question_id = ctx.ask(body.question, history_of(body), "api", client_ip(request))
        except Exception as exc:  # noqa: BLE001 - mapped to a status code
            raise fail(exc) from exc
        return JSONResponse(answer.as_dict(), headers={"X-Question-Id": str(question_id)})

    @router.post(
        "/ask/stream", dependencies=keyed, summary="Answer a question, streamed as server-sent events",
        responses={200: {"content": {"text/event-stream": {}}, "description": (
            "`event: token` with `{\"text\"}` pieces of the answer as it is written, then `event: answer` with the "
            "same JSON as /api/ask (the verified answer: use it, not the concatenated tokens), then `event: done` "
            "with `{\"question_id\", \"latency_ms\"}`. A failure mid-stream is sent as `event: error` with `{\"detail\"}`.")}},
    )
    def ask_stream(body: AskRequest, request: Request) -> StreamingResponse:
        try:  # the rate limit and the question check apply here, before the status line
            stream = ctx.stream(body.question, history_of(body), "api", client_ip(request))
        except Exception as exc:  # noqa: BLE001
            raise fail(exc) from exc

        def events() -> Iterator[str]:
            latency = 0.0
            try:
                for event in stream:
                    if event.kind == "done":
                        yield _sse("done", {"question_id": event.question_id, "latency_ms": round(latency, 1)})
                    elif event.kind == "token":
                        yield _sse("token", {"text": event.text})
                    elif event.answer is not None:
                        latency = event.answer.latency_ms
                        yield _sse("answer", event.answer.as_dict())
            except Exception as exc:  # noqa: BLE001 - the status line is already sent
                if user_message(exc) is None:
                    log.exception("streaming an answer failed")
                yield _sse("error", {"detail": user_message(exc) or "The assistant failed to answer."})

        return StreamingResponse(events(), media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @router.post("/feedback", dependencies=keyed, summary="Thumbs up/down and an optional comment on an answer")
    def feedback(body: FeedbackRequest) -> dict[str, bool]:
        rating = {"up": 1, "down": -1}.get(body.rating or "")
        if rating is None and body.comment is None:
            raise HTTPException(400, "Send a rating ('up' or 'down'), a comment, or both.")
        if not ctx.log.set_feedback(body.question_id, rating=rating, comment=body.comment):
            raise HTTPException(404, "No question with this id.")
        return {"ok": True}

    @router.get("/documents", dependencies=keyed, response_model=list[DocumentOut],
                summary="The indexed classifications")
    def documents() -> list[dict[str, Any]]:
        rows, _with_facts = document_rows(ctx)
        return [_doc_out(ctx, r) for r in rows]

    @router.get("/documents/{doc_id:path}", dependencies=keyed, summary="One document with its text")
    def document(doc_id: str) -> dict[str, Any]:
        rows, _ = document_rows(ctx)
        row = next((r for r in rows if r["doc_id"] == doc_id), None)
        record = ctx.index.registry.get_document(doc_id, with_text=True) if row else None
        if row is None or record is None:
            raise HTTPException(404, "No such document in the index.")
        return {**_doc_out(ctx, row), "text": record.text}

    @router.get("/health", response_model=Health, summary="Index size and whether the vector store answers")
    def health() -> JSONResponse:
        try:
            counts = ctx.index.registry.counts()
        except Exception as exc:  # noqa: BLE001
            log.exception("registry unavailable")
            return JSONResponse({"status": "unavailable", "documents": 0, "chunks": 0,
                                 "store": f"registry unavailable ({exc.__class__.__name__})", "last_sync": None},
                                status_code=503)
        reachable = ctx.index.store.healthy()
        data = {
            "status": "ok" if reachable else "unavailable",
            "documents": counts["documents"], "chunks": counts["chunks"],
            "store": "reachable" if reachable else "unreachable",
            "last_sync": iso_time(counts["last_sync"]) or None, "vectors": None, "problem": None,
        }
        if reachable:  # the registry and the vectors must agree (index/integrity.py)
            try:
                check = check_vectors(ctx.index)
                data.update(vectors=check.vectors, problem=check.problem or None,
                            status="ok" if check.ok else "degraded")
            except Exception as exc:  # noqa: BLE001 - a damaged store: say which file, never a 500
                message = user_message(exc)
                if message is None:
                    log.exception("vector check failed")
                else:  # a damaged file, named: no traceback in the log
                    log.warning("vector check failed: %s", message)
                data.update(status="unavailable", store="unreadable", problem=message or exc.__class__.__name__)
                return JSONResponse(data, status_code=503)
        return JSONResponse(data, status_code=200 if reachable else 503)

    return router


def _doc_out(ctx: WebContext, row: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc_id": row["doc_id"], "source": row["source"], "title": row["title"], "employer": row["employer"],
        "class_code": row["class_code"], "grade": row.get("grade") or None, "salary": row.get("salary") or None,
        "chunks": row["chunks"], "indexed_at": iso_time(row["indexed_at"]), "url": ctx.document_url(row["doc_id"]),
    }


def _sse(event: str, data: dict[str, Any]) -> str:
    return f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
