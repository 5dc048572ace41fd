"""Admin REST routes (``/api/admin/*``): the same operations as the admin page, for scripts.

Signed-in admins (session cookie) or HTTP Basic auth with the admin credentials;
anonymous callers get 401, and 403 when admin features are off.

Example:
    $ curl -u "$JCA_ADMIN_USER:$JCA_ADMIN_PASSWORD" -F files=@clerk.txt http://127.0.0.1:7860/api/admin/documents
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Any, Callable

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from fastapi.responses import StreamingResponse
from pydantic import BaseModel

from assistant.errors import IngestLockedError
from assistant.index.corrections import CorrectionError
from assistant.ingest.loaders import DocumentError
from assistant.web.auth import require_admin
from assistant.web.context import WebContext
from assistant.web.unanswered import unanswered_groups
from assistant.web.upload_cleanup import admin_upload_dir


class CorrectionBody(BaseModel):
    """HR's correction; a field left out keeps its current value (an empty employer or list is a value)."""

    title: str | None = None
    employer: str | None = None
    class_code: str | None = None
    levels: list[str] | None = None


def make_router(ctx: WebContext) -> APIRouter:
    router = APIRouter(prefix="/api/admin", tags=["admin"], dependencies=[Depends(require_admin(ctx))])

    @router.get("/status", summary="Index status and question-log counts")
    def status() -> dict[str, Any]:
        return {**ctx.corpus.status(), "questions": ctx.log.counts()}

    @router.get("/questions.csv", summary="The question log as CSV, newest first",
                responses={200: {"content": {"text/csv": {}}}})
    def questions_csv() -> StreamingResponse:
        return StreamingResponse(
            ctx.log.iter_csv(), media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="question-log.csv"', "Cache-Control": "no-store"},
        )

    @router.get("/unanswered", summary="Questions the documents could not answer, newest first")
    def unanswered(limit: int = 200) -> list[dict[str, Any]]:
        return ctx.log.unanswered(max(1, min(limit, 5000)))

    @router.get("/feedback", summary="Answers with feedback, newest first")
    def feedback(limit: int = 200) -> list[dict[str, Any]]:
        return ctx.log.feedback_entries(max(1, min(limit, 5000)))

    @router.post("/documents", summary="Upload class specifications (multipart field `files`)")
    def upload(files: list[UploadFile] = File(...)) -> dict[str, Any]:
        uploads = admin_upload_dir(ctx.settings)  # emptied at start: a killed server leaves nothing behind
        uploads.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix="jca-upload-", dir=uploads))
        try:
            pairs = []
            limit = ctx.settings.max_file_bytes
            for i, upload in enumerate(files):
                path = tmp / f"{i}.bin"
                with path.open("wb") as out:  # at most one byte over the limit is written
                    remaining = limit + 1
                    while remaining > 0:
                        block = upload.file.read(min(1024 * 1024, remaining))
                        if not block:
                            break
                        out.write(block)
                        remaining -= len(block)
                    if remaining <= 0:  # too big: count the rest, so the loader's refusal states the real size
                        size = limit + 1
                        while block := upload.file.read(1024 * 1024):
                            size += len(block)
                        out.truncate(size)  # a sparse tail: nothing more is written or read
                pairs.append((str(path), upload.filename or ""))
            report = ctx.corpus.upload(pairs)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return report.as_dict()

    # Corrections first: "/documents/{doc_id:path}" below would take ".../correction" as part of a doc_id.
    @router.get("/documents", summary="What was detected in each document, HR's corrections and warnings")
    def documents() -> list[dict[str, Any]]:
        return [c.as_dict() for c in ctx.corpus.checks()]

    @router.put("/documents/{doc_id:path}/correction",
                summary="Correct a document's title, employer, class_code or levels (fields left out stay as they are)")
    def correct(doc_id: str, fix: CorrectionBody, user: str = Depends(require_admin(ctx))) -> dict[str, Any]:
        fields = fix.model_dump(exclude_unset=True)
        if not fields:
            raise HTTPException(422, "Give at least one of title, employer, class_code, levels.")
        return _corrected(lambda: ctx.corpus.correct(doc_id, user, **fields), doc_id)

    @router.delete("/documents/{doc_id:path}/correction", summary="Clear a document's correction (detected values return)")
    def clear_correction(doc_id: str, user: str = Depends(require_admin(ctx))) -> dict[str, Any]:
        return _corrected(lambda: ctx.corpus.clear_correction(doc_id, user), doc_id)

    @router.get("/corrections", summary="The corrections log (who, when, old → new), newest first")
    def corrections(limit: int = 200) -> list[dict[str, Any]]:
        return [{**e.as_dict(), "change": e.changes()} for e in ctx.corpus.correction_log(max(1, min(limit, 5000)))]

    @router.get("/unanswered/grouped",
                summary="Unanswered questions with near-duplicates counted together, newest first, with the closest document")
    def unanswered_grouped(limit: int = 200) -> list[dict[str, Any]]:
        groups = unanswered_groups(ctx.log, ctx.index, getattr(ctx.assistant, "snapshots", None), max(1, min(limit, 1000)))
        return [g.as_dict() for g in groups]

    def _corrected(action: Callable[[], Any], doc_id: str) -> dict[str, Any]:
        try:
            action()
        except KeyError:
            raise HTTPException(404, "No such document in the index, or no correction to clear.") from None
        except CorrectionError as exc:
            raise HTTPException(422, str(exc)) from exc
        except DocumentError as exc:
            raise HTTPException(409, f"{exc.source}: {exc.reason}") from exc
        except IngestLockedError as exc:
            raise HTTPException(409, str(exc)) from exc
        return ctx.corpus.checks([doc_id])[0].as_dict()

    @router.delete("/documents/{doc_id:path}", summary="Delete a document from the corpus folder and the index")
    def delete(doc_id: str) -> dict[str, Any]:
        try:
            title = ctx.corpus.delete(doc_id)
        except KeyError:
            raise HTTPException(404, "No such document in the index.") from None
        except IngestLockedError as exc:
            raise HTTPException(409, str(exc)) from exc
        return {"deleted": doc_id, "title": title}

    @router.post("/reindex", summary="Make the index match the corpus folder")
    def reindex() -> dict[str, Any]:
        try:
            return ctx.corpus.reindex()
        except IngestLockedError as exc:
            raise HTTPException(409, str(exc)) from exc

    return router
