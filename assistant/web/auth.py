"""Admin login: the login page, sessions in a cookie, and the guard in front of admin pages.

Credentials come only from settings (``JCA_ADMIN_USER`` / ``JCA_ADMIN_PASSWORD``);
without them the admin features are off and ``/admin`` explains how to turn them
on. Passwords are compared in constant time and never logged. A session cookie
(HttpOnly, SameSite=Lax) lasts ``JCA_SESSION_TTL_S`` seconds. Scripts may use HTTP
Basic auth on ``/api/admin/*`` instead of the cookie. The login form and Basic auth share one
per-client limit on failed attempts. Signing out is a POST with the session's anti-forgery token.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from assistant.web.context import WebContext
from assistant.web.render import esc, page
from assistant.web.security import SESSION_COOKIE, check_credentials, client_address


def admin_identity(ctx: WebContext, request: Any) -> tuple[str | None, float | None]:
    """``(user, None)`` when signed in (cookie session or HTTP Basic); ``(None, wait)`` when the client is over
    the sign-in attempt limit (even the right password is refused then); ``(None, None)`` otherwise.

    Basic auth shares the login form's per-client limit: without it a script could try passwords
    hundreds of times a second.
    """
    if not ctx.settings.admin_enabled:
        return None, None
    user = ctx.sessions.user(request.cookies.get(SESSION_COOKIE))
    if user:
        return user, None
    auth = request.headers.get("authorization") or ""
    if auth.lower().startswith("basic "):
        try:
            name, _, password = base64.b64decode(auth[6:].strip()).decode("utf-8").partition(":")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            name, password = "", ""
        ok, wait = ctx.login_limiter.attempt(client_address(request),
                                             lambda: check_credentials(ctx.settings, name, password))
        return (name if ok else None), wait
    return None, None


def current_admin(ctx: WebContext, request: Any) -> str | None:
    """The signed-in admin's name for a request (cookie session or HTTP Basic), else None."""
    return admin_identity(ctx, request)[0]


def retry_after(wait: float) -> dict[str, str]:
    """The Retry-After header every 429 carries: whole seconds, rounded up."""
    return {"Retry-After": str(int(wait) + 1)}


def admin_off_message() -> str:
    return (
        "Admin features are off because no admin credentials are configured. To turn them on, set "
        "JCA_ADMIN_USER and JCA_ADMIN_PASSWORD (a long, unique password) in the server's environment and "
        "restart it. There is no built-in default password."
    )


def require_admin(ctx: WebContext):  # noqa: ANN201 - a FastAPI dependency
    def dependency(request: Request) -> str:
        if not ctx.settings.admin_enabled:
            raise HTTPException(403, admin_off_message())
        user, wait = admin_identity(ctx, request)
        if wait is not None:
            raise HTTPException(429, f"Too many sign-in attempts from this address; wait {int(wait) + 1} seconds.",
                                headers=retry_after(wait))
        if not user:
            raise HTTPException(401, "Sign in as an admin first (POST /login, or HTTP Basic auth).",
                                headers={"WWW-Authenticate": 'Basic realm="Job Classification Assistant admin"'})
        return user

    return dependency


def _safe_next(target: str | None, ctx: WebContext) -> str:
    """Only same-site paths after login (no open redirects)."""
    default = ctx.url("/admin/")
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


def login_form(ctx: WebContext, next_url: str, error: str = "", username: str = "") -> str:
    err = f'<p class="error" role="alert">{esc(error)}</p>' if error else ""
    body = (
        '<div class="card"><h1>Admin sign-in</h1>'
        '<p class="muted">For HR staff who manage the class specifications.</p>'
        f'{err}<form method="post" action="{esc(ctx.url("/login"))}">'
        f'<input type="hidden" name="next" value="{esc(next_url)}">'
        '<label for="username">User name</label>'
        f'<input id="username" name="username" autocomplete="username" required value="{esc(username)}"'
        + (">" if username else " autofocus>")
        + '<label for="password">Password</label>'
        '<input id="password" name="password" type="password" autocomplete="current-password" required'
        + (" autofocus>" if username else ">")
        + '<button type="submit">Sign in</button></form></div>'
    )
    return page("Admin sign-in", body, ctx.root, active="admin")


def logout_form(ctx: WebContext, token: str) -> str:
    """The sign-out button: a POST form with the session's anti-forgery token (a link could be forged)."""
    return (f'<form class="jca-logout" style="display:inline" method="post" action="{esc(ctx.url("/logout"))}">'
            f'<input type="hidden" name="csrf_token" value="{esc(token)}">'
            '<button type="submit">Sign out</button></form>')


def admin_off_page(ctx: WebContext) -> str:
    body = (
        '<h1>Admin</h1><div class="notice" role="status">'
        f"<p>{esc(admin_off_message())}</p>"
        "<pre class=\"snippet\">export JCA_ADMIN_USER=hr-admin\nexport JCA_ADMIN_PASSWORD='choose-a-long-password'\n"
        "python -m assistant serve</pre>"
        "<p>Employees can still ask questions and browse the documents.</p></div>"
    )
    return page("Admin", body, ctx.root, active="admin")


def make_router(ctx: WebContext) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/login", response_class=HTMLResponse)
    def login_page(request: Request, next: str | None = None) -> Response:  # noqa: A002 - query name
        if not ctx.settings.admin_enabled:
            return HTMLResponse(admin_off_page(ctx))
        if current_admin(ctx, request):
            return RedirectResponse(_safe_next(next, ctx), status_code=303)
        return HTMLResponse(login_form(ctx, _safe_next(next, ctx)))

    @router.post("/login", response_class=HTMLResponse)
    def login(
        request: Request, username: str = Form(""), password: str = Form(""), next: str = Form(""),  # noqa: A002
    ) -> Response:
        if not ctx.settings.admin_enabled:
            return HTMLResponse(admin_off_page(ctx), status_code=403)
        ok, wait = ctx.login_limiter.attempt(client_address(request),
                                             lambda: check_credentials(ctx.settings, username, password))
        if wait is not None:
            return HTMLResponse(login_form(ctx, _safe_next(next, ctx), "Too many sign-in attempts. Wait a minute.", username),
                                status_code=429, headers=retry_after(wait))
        if not ok:
            return HTMLResponse(login_form(ctx, _safe_next(next, ctx), "Wrong user name or password.", username),
                                status_code=401)
        token = ctx.sessions.create(username)
        response = RedirectResponse(_safe_next(next, ctx), status_code=303)
        response.set_cookie(
            SESSION_COOKIE, token, max_age=ctx.settings.session_ttl_s, httponly=True, samesite="lax",
            secure=request.url.scheme == "https", path=ctx.root or "/",
        )
        return response

    @router.get("/logout", response_class=HTMLResponse)
    def logout_page(request: Request) -> HTMLResponse:
        """Signing out changes state, so it is a POST; a GET (a link, another site's image) only offers the button."""
        token = ctx.sessions.csrf_token(request.cookies.get(SESSION_COOKIE))
        if token is None:
            body = ('<div class="card"><h1>Signed out</h1><p>You are not signed in.</p>'
                    f'<p><a href="{esc(ctx.url("/login"))}">Sign in</a></p></div>')
        else:
            body = f'<div class="card"><h1>Sign out</h1><p>End your admin session?</p>{logout_form(ctx, token)}</div>'
        return HTMLResponse(page("Sign out", body, ctx.root, active="admin"), headers={"Cache-Control": "no-store"})

    @router.post("/logout")
    def logout(request: Request, csrf_token: str = Form("")) -> Response:
        """Needs the session's anti-forgery token (the sign-out forms carry it) and, like every state-changing
        admin request, an allowed Origin (:class:`assistant.web.csrf.CrossSiteGuard`)."""
        session = request.cookies.get(SESSION_COOKIE)
        if ctx.sessions.user(session) and not ctx.sessions.csrf_ok(session, csrf_token):
            raise HTTPException(403, "The sign-out form is stale or came from another site; sign out from this server's page.")
        ctx.sessions.drop(session)
        response = RedirectResponse(ctx.url("/login"), status_code=303)
        response.delete_cookie(SESSION_COOKIE, path=ctx.root or "/")
        return response

    @router.get("/api/admin/csrf", tags=["admin"], summary="The anti-forgery token of the cookie session")
    def csrf(request: Request) -> JSONResponse:
        """For the admin page's own script (other sites cannot read it); ``null`` without a cookie session."""
        token = ctx.sessions.csrf_token(request.cookies.get(SESSION_COOKIE))
        return JSONResponse({"token": token}, headers={"Cache-Control": "no-store"})

    if not ctx.settings.admin_enabled:
        @router.get("/admin", response_class=HTMLResponse)
        @router.get("/admin/{rest:path}", response_class=HTMLResponse)
        def admin_off(rest: str = "") -> HTMLResponse:
            return HTMLResponse(admin_off_page(ctx))

    return router


class AdminGate:
    """ASGI middleware: the admin page itself redirects to the login page when not signed in.

    (The admin Gradio app's own API answers 401 to anyone not signed in, through
    its ``auth_dependency``; this only makes the page friendly.)
    """

    def __init__(self, app: Any, ctx: WebContext) -> None:
        self.app = app
        self.ctx = ctx

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD") and self.ctx.settings.admin_enabled:
            path = scope.get("path", "")
            root = scope.get("root_path", "") or ""
            if root and path.startswith(root):
                path = path[len(root):]
            if path in ("/admin", "/admin/"):
                request = Request(scope)
                if not current_admin(self.ctx, request):
                    target = self.ctx.url("/login") + "?next=" + self.ctx.url("/admin/")
                    await RedirectResponse(target, status_code=303)(scope, receive, send)
                    return
        await self.app(scope, receive, send)
