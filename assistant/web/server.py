"""The web server: one FastAPI app with the REST API, the pages, and the Gradio apps mounted on it.

Routes (all under ``JCA_ROOT_PATH`` when behind a reverse proxy):

- ``/`` chat (Gradio; named endpoint ``/ask`` for ``gradio_client``), ``/embed`` compact chat for iframes
- ``/admin`` corpus management (Gradio, login required), ``/login``, ``/logout``
- ``/documents``, ``/documents/{doc_id}`` documents view; ``/a/{token}`` a shared answer; ``/help``; ``/widget.js``
- ``/api/ask``, ``/api/ask/stream``, ``/api/feedback``, ``/api/documents``, ``/api/health``, ``/api/admin/*``
- ``/docs`` (offline API reference) and ``/openapi.json``

Example:
    >>> from assistant.settings import Settings
    >>> serve(Settings.from_env(port=8080))   # blocks; Ctrl-C stops it
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from assistant.engine import Assistant
from assistant.settings import Settings, configure_logging, use_offline_environment
from assistant.web.context import WebContext
from assistant.web.csrf import CrossSiteGuard, admin_head

STATIC_DIR = Path(__file__).parent / "static"
log = logging.getLogger("assistant.web")

API_DESCRIPTION = (
    "Answers questions about job classification documents (class specifications) with citations. "
    "Answers come only from the indexed documents; `answered` is false when they do not say."
)

# Pages rendered by this package (not Gradio) get a strict Content-Security-Policy: no inline scripts.
_OWN_PAGES = ("/documents", "/login", "/logout", "/help", "/docs", "/a/")
_NO_UPLOADS = ("/gradio_api/upload", "/embed/gradio_api/upload")
_STRICT_CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
               "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'")


class BodyLimit:
    """413 for a request body over ``JCA_MAX_REQUEST_KB`` (uploads excepted: they have their own per-file limit),
    read no further: four anonymous 100 MB questions must not take the server's memory."""

    def __init__(self, app: Any, ctx: WebContext) -> None:
        self.app = app
        self.limit = ctx.settings.max_request_kb * 1024

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or path.endswith("/api/admin/documents") or "/gradio_api/upload" in path:
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.limit:
            await self._refuse(scope, receive, send)
            return
        seen = 0
        over = False
        replied = False

        async def counted() -> dict:
            """The body as it arrives (no Content-Length); past the limit the app gets an end, not more bytes."""
            nonlocal seen, over
            if over:
                return {"type": "http.request", "body": b"", "more_body": False}
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit:
                over = True
                return {"type": "http.request", "body": b"", "more_body": False}
            return message

        async def answered(message: dict) -> None:
            """Whatever the app made of a cut-off body, the client is told the real reason."""
            nonlocal replied
            if not over:
                await send(message)
            elif not replied and message["type"] == "http.response.start":
                replied = True
                await self._refuse(scope, receive, send)

        await self.app(scope, counted, answered)

    async def _refuse(self, scope: dict, receive: Any, send: Any) -> None:
        message = f"The request body is over the {self.limit // 1024} KB limit (JCA_MAX_REQUEST_KB)."
        await JSONResponse({"detail": message}, status_code=413)(scope, receive, send)


class SecurityHeaders:
    """nosniff, a same-origin referrer policy, who may frame which page (only ``/embed`` elsewhere), and no
    anonymous uploads to the chat pages' Gradio apps."""

    def __init__(self, app: Any, ctx: WebContext) -> None:
        self.app = app
        origins = " ".join(ctx.settings.cors_origin_list)
        self.embed_ancestors = f"frame-ancestors 'self' {origins}" if origins else "frame-ancestors *"
        self.ctx = ctx

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        root = scope.get("root_path", "") or ""
        if root and path.startswith(root):
            path = path[len(root):]
        if path in _NO_UPLOADS:  # the chat pages have no file inputs: refuse anonymous uploads to Gradio
            await PlainTextResponse("Not Found", status_code=404)(scope, receive, send)
            return
        if path == "/embed" or path.startswith("/embed/"):
            csp = self.embed_ancestors
        elif path.startswith(_OWN_PAGES) or (path.startswith("/admin") and not self.ctx.settings.admin_enabled):
            csp = _STRICT_CSP
        else:
            csp = "frame-ancestors 'self'"

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"content-security-policy"]
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"same-origin"),
                    (b"content-security-policy", csp.encode()),
                ]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


class DoublePrefix:
    """Accept requests whose path still carries the root path (a proxy that does not strip it, or direct access).

    uvicorn puts ``root_path`` in front of every path, so ``/jca/admin/`` from a
    non-stripping proxy arrives as ``/jca/jca/admin/``; drop the repeated prefix.
    """

    def __init__(self, app: Any, prefix: str) -> None:
        self.app = app
        self.prefix = prefix.rstrip("/")

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if self.prefix and scope["type"] in ("http", "websocket"):
            doubled = self.prefix + self.prefix
            path = scope.get("path", "")
            if path == doubled or path.startswith(doubled + "/"):
                scope = {**scope, "path": path[len(self.prefix):]}
                raw = scope.get("raw_path")
                if isinstance(raw, bytes) and raw.startswith(doubled.encode()):
                    scope["raw_path"] = raw[len(self.prefix):]
        await self.app(scope, receive, send)


def _theme() -> Any:
    import gradio as gr

    return gr.themes.Default(
        primary_hue="blue", secondary_hue="slate", neutral_hue="slate",
        font=("system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"),
        font_mono=("ui-monospace", "SFMono-Regular", "Menlo", "Consolas", "monospace"),
    )


def create_app(settings: Settings, assistant: Assistant | None = None) -> FastAPI:
    """Build the whole web app (nothing is indexed or loaded until the first request)."""
    use_offline_environment()  # before Gradio is imported, also when a host program builds the app itself
    import gradio as gr

    from assistant.web import admin_api, api, auth, docs_page, documents_view, share_page, widget
    from assistant.web.admin import build_admin
    from assistant.web.chat_ui import build_chat

    ctx = WebContext(settings, assistant)
    ctx.assistant  # noqa: B018 - build it once, before requests race to do so
    app = FastAPI(
        title="Job Classification Assistant API", description=API_DESCRIPTION, version="1",
        docs_url=None, redoc_url=None, openapi_url="/openapi.json",
    )
    app.state.ctx = ctx

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        """422 with where and what, without echoing the input (a NaN in it made FastAPI's own reply a 500)."""
        errors = [{"loc": list(e.get("loc", ())), "msg": str(e.get("msg", "")), "type": str(e.get("type", ""))}
                  for e in exc.errors()]
        return JSONResponse({"detail": errors}, status_code=422)

    app.add_middleware(SecurityHeaders, ctx=ctx)
    app.add_middleware(BodyLimit, ctx=ctx)
    app.add_middleware(auth.AdminGate, ctx=ctx)
    app.add_middleware(CrossSiteGuard, ctx=ctx)  # forged state-changing admin requests: 403 (csrf.py)
    if ctx.root:
        app.add_middleware(DoublePrefix, prefix=ctx.root)
    app.add_middleware(
        CORSMiddleware, allow_origins=settings.cors_origin_list, allow_credentials=False,
        allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
        allow_headers=["Content-Type", "X-API-Key", "Authorization"], expose_headers=["X-Question-Id"],
    )
    if settings.trusted_proxy_list:  # outermost: every limit and the origin check see the real client and scheme
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.trusted_proxy_list)
    app.include_router(api.make_router(ctx))
    app.include_router(admin_api.make_router(ctx))
    app.include_router(auth.make_router(ctx))
    app.include_router(documents_view.make_router(ctx))
    app.include_router(widget.make_router(ctx))
    app.include_router(docs_page.make_router(ctx, app))
    app.include_router(share_page.make_router(ctx))
    app.mount("/jca-static", StaticFiles(directory=STATIC_DIR), name="jca-static")

    common: dict[str, Any] = dict(
        footer_links=[], run_history=False, theme=_theme(), css=(STATIC_DIR / "chat.css").read_text(),
        ssr_mode=False, show_error=True, mcp_server=False, enable_monitoring=False, pwa=False,
    )
    @app.get("/embed", include_in_schema=False)
    def embed_without_slash(request: Request) -> RedirectResponse:
        """An iframe's src is often written without the slash: send it to the page (relative, so a root path holds)."""
        return RedirectResponse("embed/" + (f"?{request.url.query}" if request.url.query else ""), status_code=307)

    gr.mount_gradio_app(app, build_chat(ctx, compact=True), path="/embed", max_file_size="1mb",
                        head=widget.embed_head(ctx.root), **common)
    if settings.admin_enabled:
        gr.mount_gradio_app(
            app, build_admin(ctx), path="/admin", max_file_size=settings.max_file_bytes,
            auth_dependency=lambda request: auth.current_admin(ctx, request), head=admin_head(ctx.root), **common,
        )
    gr.mount_gradio_app(app, build_chat(ctx), path="/", max_file_size="1mb", head=widget.chat_head(ctx.root),
                        **common)
    return app


def serve(settings: Settings, sync_corpus: bool = True) -> int:
    """Sync the corpus folder (unless told not to), then serve until interrupted."""
    _limit_malloc_arenas()

    configure_logging("INFO")
    base = f"http://{settings.host}:{settings.port}{settings.root_path.rstrip('/')}"
    with contextlib.ExitStack() as claimed:
        if not settings.uses_chroma_server:  # embedded Chroma: one writer process per data dir (index/serving.py)
            from assistant.index.serving import DataDirInUseError, mark_serving

            try:
                claimed.enter_context(mark_serving(settings.data_dir, base, settings.corpus_dir))
            except DataDirInUseError as exc:
                print(f"error: {exc}", file=sys.stderr, flush=True)
                return 1
        return _serve(settings, sync_corpus)


def _serve(settings: Settings, sync_corpus: bool) -> int:
    import uvicorn

    from assistant.web.upload_cleanup import clean_interrupted_uploads

    clean_interrupted_uploads(settings)  # before the start-up sync: a failed upload never goes live
    app = create_app(settings)
    ctx: WebContext = app.state.ctx
    if sync_corpus:
        if settings.corpus_dir.is_dir():
            from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync

            print(f"Syncing {settings.corpus_dir} into {settings.data_dir} ...", flush=True)
            summary = sync(ctx.index, [settings.corpus_dir])
            print(summary.line(), flush=True)
            for source, reason in summary.failed:
                print(f"  FAILED {source}: {reason}", flush=True)
        else:
            print(f"Corpus folder {settings.corpus_dir} does not exist yet; uploads on the admin page will create it.",
                  flush=True)
    threading.Thread(target=_warm_up, args=(ctx,), name="warm-up", daemon=True).start()
    base = f"http://{settings.host}:{settings.port}{ctx.root}"
    print(f"Job Classification Assistant: {base}/  (documents {base}/documents, API {base}/docs)", flush=True)
    if settings.admin_enabled:
        print(f"Admin page: {base}/admin/ (user {settings.admin_user!r})", flush=True)
    else:
        print("Admin features are off: set JCA_ADMIN_USER and JCA_ADMIN_PASSWORD to turn them on.", flush=True)
    if settings.api_key:
        print("The REST API requires the X-API-Key header.", flush=True)
    try:
        uvicorn.run(app, host=settings.host, port=settings.port, root_path=settings.root_path,
                    log_level="info", timeout_graceful_shutdown=5,
                    # The app applies JCA_TRUSTED_PROXIES itself (create_app); uvicorn's own default would
                    # believe X-Forwarded-For from 127.0.0.1, i.e. from any local process.
                    proxy_headers=False, forwarded_allow_ips=settings.trusted_proxy_list)
    except KeyboardInterrupt:
        pass
    return 0


def _limit_malloc_arenas(arenas: int = 2) -> None:
    """Cap glibc's per-thread malloc arenas before the server's threads start.

    Each of the request threads otherwise gets an arena of its own that keeps its peak; with the
    10,000-document index that was ~150 MiB of resident memory after a burst of concurrent questions.
    """
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").mallopt(-8, arenas)  # M_ARENA_MAX
    except (OSError, AttributeError):  # not glibc: nothing to do
        pass


def _warm_up(ctx: WebContext) -> None:
    try:
        ctx.assistant.warm_up()
        ctx.example_questions()
        log.info("warm-up done: the first question will be fast")
    except Exception:  # noqa: BLE001 - a failed warm-up just means a slower first question
        log.warning("warm-up failed", exc_info=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(serve(Settings.from_env()))
