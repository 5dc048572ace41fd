"""Refuse cross-site requests that change admin state: forged forms and scripts on other origins.

The session cookie is ``SameSite=Lax``, which still sends it with requests from *same-site* pages
(a sibling intranet host, another port on the same machine). So every state-changing request
(anything but GET/HEAD/OPTIONS) to ``/admin/*`` (the admin Gradio app: its API, uploads, queue),
``/api/admin/*``, ``/login`` and ``/logout`` passes :class:`CrossSiteGuard`:

- an ``Origin`` header (or, failing that, ``Referer``) that is not the server's own origin or one of
  ``JCA_TRUSTED_ORIGINS`` is refused with 403, however the request is authenticated (a browser
  also sends remembered Basic-auth credentials with a forged request). Scripts (curl, httpx) send
  no Origin and are unaffected;
- a request authenticated by the session cookie must also carry an allowed Origin and the session's
  anti-forgery token in the ``X-CSRF-Token`` header (``/logout`` takes it as the form field
  ``csrf_token`` and checks it itself). A cross-site form cannot set a header, and a cross-origin
  script cannot read the token (``/api/admin/csrf`` answers same-origin reads only).

Gradio's frontend sends its own requests, so the admin page gets :data:`ADMIN_HEAD`: a small script
that fetches the token once and adds the header to the page's own state-changing ``fetch`` and
``XMLHttpRequest`` calls (and to nothing sent elsewhere).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

from fastapi.responses import JSONResponse

from assistant.web.context import WebContext
from assistant.web.security import SESSION_COOKIE

CSRF_HEADER = "X-CSRF-Token"
_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
_GUARDED_EXACT = {"/admin", "/login", "/logout"}
_GUARDED_PREFIXES = ("/admin/", "/api/admin/")


def guarded(path: str) -> bool:
    """Paths whose state-changing requests need the checks (the path without the root path)."""
    return path in _GUARDED_EXACT or path.startswith(_GUARDED_PREFIXES)


def origin_of(url: str) -> str | None:
    """``scheme://host[:port]`` of a URL (lower case), or None when it has none (``null``, garbage)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}".lower()


def request_origin(headers: dict[bytes, bytes]) -> str | None:
    """The origin a browser says the request came from: ``Origin``, else the ``Referer``'s; "" when neither."""
    origin = headers.get(b"origin")
    if origin is not None:
        return origin_of(origin.decode("latin-1")) or "null"
    referer = headers.get(b"referer")
    if referer is not None:
        return origin_of(referer.decode("latin-1")) or "null"
    return ""


class CrossSiteGuard:
    """ASGI middleware: 403 for a state-changing admin request from another origin or without the token."""

    def __init__(self, app: Any, ctx: WebContext) -> None:
        self.app = app
        self.ctx = ctx
        self.extra_origins = set(ctx.settings.trusted_origin_list)

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope.get("method", "GET") in _SAFE_METHODS:
            await self.app(scope, receive, send)
            return
        path = scope.get("path", "")
        root = scope.get("root_path", "") or ""
        if root and path.startswith(root):
            path = path[len(root):]
        if not guarded(path):
            await self.app(scope, receive, send)
            return
        problem = self.problem(scope, path)
        if problem:
            await JSONResponse({"detail": problem}, status_code=403)(scope, receive, send)
            return
        await self.app(scope, receive, send)

    def allowed(self, origin: str, scope: dict, headers: dict[bytes, bytes]) -> bool:
        host = headers.get(b"host", b"").decode("latin-1").lower()
        own = f"{scope.get('scheme', 'http')}://{host}" if host else None
        return origin == own or origin in self.extra_origins

    def problem(self, scope: dict, path: str) -> str | None:
        """Why the request is refused, or None."""
        headers = dict(scope.get("headers") or [])
        origin = request_origin(headers)
        if origin and not self.allowed(origin, scope, headers):
            return (f"Cross-origin request refused: {origin} may not change anything here "
                    "(list it in JCA_TRUSTED_ORIGINS if it is this server's own public address).")
        session = _cookie(headers, SESSION_COOKIE)
        if path == "/login" or not self.ctx.sessions.user(session):
            return None  # not cookie-authenticated: Basic auth or API key, or nobody (the route answers 401)
        if not origin:
            return "A signed-in request that changes something must say where it comes from (Origin header)."
        if path == "/logout":
            return None  # the sign-out form carries the token as a field; the route checks it
        given = headers.get(CSRF_HEADER.lower().encode(), b"").decode("latin-1")
        if not self.ctx.sessions.csrf_ok(session, given):
            return (f"Missing or wrong {CSRF_HEADER} header: reload the admin page "
                    "(scripts should use HTTP Basic auth instead of the session cookie).")
        return None


def _cookie(headers: dict[bytes, bytes], name: str) -> str | None:
    from http.cookies import CookieError, SimpleCookie

    raw = headers.get(b"cookie")
    if not raw:
        return None
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(raw.decode("latin-1"))
    except CookieError:
        return None
    morsel = jar.get(name)
    return morsel.value if morsel else None


def admin_head(root: str) -> str:
    """The admin page's script adding ``X-CSRF-Token`` to its own state-changing requests."""
    return ADMIN_HEAD.replace("__TOKEN_PATH__", json.dumps(root + "/api/admin/csrf"))


ADMIN_HEAD = """<script>
/* Anti-forgery token for the admin page's own state-changing requests (see assistant/web/csrf.py). */
(function () {
  var tokenUrl = new URL(__TOKEN_PATH__, location.href).toString();
  var realFetch = window.fetch.bind(window);
  var token = null, pending = null;
  function getToken() {
    if (token !== null) return Promise.resolve(token);
    if (!pending) {
      pending = realFetch(tokenUrl, {credentials: "same-origin", cache: "no-store"})
        .then(function (r) { return r.ok ? r.json() : {}; })
        .then(function (j) { token = (j && j.token) || ""; return token; })
        .catch(function () { pending = null; return ""; });
    }
    return pending;
  }
  function needsToken(method, url) {
    method = String(method || "GET").toUpperCase();
    if (method === "GET" || method === "HEAD" || method === "OPTIONS") return false;
    try { return new URL(url, location.href).origin === location.origin; } catch (e) { return false; }
  }
  window.fetch = function (input, init) {
    var isRequest = typeof Request !== "undefined" && input instanceof Request;
    var method = (init && init.method) || (isRequest ? input.method : "GET");
    var url = isRequest ? input.url : String(input);
    if (!needsToken(method, url)) return realFetch(input, init);
    return getToken().then(function (t) {
      var headers = new Headers((init && init.headers) || (isRequest ? input.headers : undefined));
      if (t) headers.set("X-CSRF-Token", t);
      return realFetch(input, Object.assign({}, init || {}, {headers: headers}));
    });
  };
  var open = XMLHttpRequest.prototype.open, send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.open = function (method, url) {
    this.__jcaToken = needsToken(method, url);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (this.__jcaToken && token) this.setRequestHeader("X-CSRF-Token", token);
    return send.apply(this, arguments);
  };
  getToken();
})();
</script>"""
