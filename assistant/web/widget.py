"""``/widget.js`` (a floating chat button for any intranet page) and ``/help`` (how to use and embed).

One script tag gives a page a round button in the corner; it opens ``/embed`` in
a small iframe panel (Escape or the button closes it). The script finds the
server from its own ``src``, so the snippet works under a path prefix too.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, Response

from assistant.web.context import WebContext
from assistant.web.render import esc, page

WIDGET_JS = r"""/* Job Classification Assistant chat widget: <script src="BASE/widget.js" defer></script> */
(function () {
  "use strict";
  if (window.__jcaWidget) return;
  window.__jcaWidget = true;
  var script = document.currentScript;
  var base = script && script.src ? script.src.replace(/\/widget\.js(\?.*)?$/, "") : "";
  var label = (script && script.getAttribute("data-label")) || "Ask about job classifications";
  var side = (script && script.getAttribute("data-position")) === "left" ? "left" : "right";
  var css = [
    ".jca-w-btn{position:fixed;bottom:20px;" + side + ":20px;z-index:2147483000;width:56px;height:56px;border-radius:50%;",
    "border:0;background:#1d4ed8;color:#fff;box-shadow:0 4px 14px rgba(0,0,0,.3);cursor:pointer;font:600 24px/56px system-ui,sans-serif;padding:0}",
    ".jca-w-btn:focus-visible{outline:3px solid #f59e0b;outline-offset:3px}",
    ".jca-w-panel{position:fixed;bottom:88px;" + side + ":20px;z-index:2147483000;width:min(420px,calc(100vw - 24px));",
    "height:min(640px,calc(100vh - 110px));border-radius:12px;overflow:hidden;box-shadow:0 10px 30px rgba(0,0,0,.3);background:#fff;display:none}",
    ".jca-w-panel.open{display:block}.jca-w-panel iframe{border:0;width:100%;height:100%}",
    "@media (max-width:480px){.jca-w-panel{" + side + ":12px;bottom:80px;width:calc(100vw - 24px);height:calc(100vh - 96px)}}"
  ].join("");
  function init() {
    var style = document.createElement("style");
    style.textContent = css;
    document.head.appendChild(style);
    var button = document.createElement("button");
    button.type = "button";
    button.className = "jca-w-btn";
    button.setAttribute("aria-label", label);
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", "jca-w-panel");
    button.title = label;
    button.textContent = "?";
    var panel = document.createElement("div");
    panel.className = "jca-w-panel";
    panel.id = "jca-w-panel";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-label", label);
    var frame = null;
    function setOpen(open) {
      if (open && !frame) {
        frame = document.createElement("iframe");
        frame.src = base + "/embed/";
        frame.title = label;
        frame.setAttribute("allow", "clipboard-write");
        panel.appendChild(frame);
      }
      panel.classList.toggle("open", open);
      button.setAttribute("aria-expanded", open ? "true" : "false");
      button.textContent = open ? "\u00d7" : "?";
      if (open && frame) frame.focus();
    }
    button.addEventListener("click", function () { setOpen(!panel.classList.contains("open")); });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && panel.classList.contains("open")) { setOpen(false); button.focus(); }
    });
    window.addEventListener("message", function (e) {  // Escape pressed inside the chat (see EMBED_HEAD)
      var origin = base.match(/^https?:\/\/[^\/]+/);
      if (frame && e.source === frame.contentWindow && origin && e.origin === origin[0] &&
          e.data && e.data.type === "jca-close" && panel.classList.contains("open")) {
        setOpen(false);
        button.focus();
      }
    });
    document.body.appendChild(panel);
    document.body.appendChild(button);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
"""


EMBED_HEAD = """<script>
/* Inside the widget's iframe: Escape asks the page around it to close the chat panel. */
document.addEventListener("keydown", function (e) {
  if (e.key === "Escape" && window.parent !== window) window.parent.postMessage({type: "jca-close"}, "*");
});
</script>"""


def chat_head(root: str) -> str:
    """The chat page's head: ``chat.js`` (skip link, plain-text copy with full source links, the comment box
    beside the rated answer)."""
    return f'<script src="{esc(root)}/jca-static/chat.js" defer></script>'


def embed_head(root: str) -> str:
    """The embed page's head: the chat page's script, and Escape closing the widget's panel."""
    return chat_head(root) + EMBED_HEAD


def public_base(ctx: WebContext, request: Request) -> str:
    """The server's address as the browser sees it (for copy-paste snippets)."""
    return f"{request.url.scheme}://{request.url.netloc}{ctx.root}"


def help_page(ctx: WebContext, base: str) -> str:
    key_header = " \\\n  -H 'X-API-Key: YOUR-KEY'" if ctx.settings.api_key else ""
    snippets = {
        "iframe": f'<iframe src="{base}/embed/" title="Job Classification Assistant"\n'
                  '        style="width:100%;max-width:480px;height:640px;border:0"></iframe>',
        "script": f'<script src="{base}/widget.js" defer></script>',
        "curl": f"curl -s -X POST {base}/api/ask -H 'Content-Type: application/json'{key_header} \\\n"
                "  -d '{\"question\": \"What is the salary range for the Butte County IT specialist?\"}'",
        "stream": f"curl -N -X POST {base}/api/ask/stream -H 'Content-Type: application/json'{key_header} \\\n"
                  "  -d '{\"question\": \"What are the minimum qualifications?\", \"history\": []}'",
    }
    body = (
        "<h1>Help</h1>"
        "<h2>Asking questions</h2><p>Type a question about a job classification on the "
        f'<a href="{esc(ctx.url("/"))}">chat page</a>, for example the salary range, duties or minimum '
        "qualifications of a class. Each answer quotes the class specifications; the numbers in brackets refer "
        "to the sources beside the chat. Open a source to read the passage highlighted in its document. "
        "Follow-up questions (\u201cand the qualifications?\u201d) use the conversation so far; "
        "<em>New chat</em> starts over. Use the thumbs to tell HR whether an answer helped.</p>"
        "<p>If the documents do not answer a question, the assistant says so instead of guessing.</p>"
        "<h2>Embedding on an intranet page</h2>"
        "<p>A compact chat for an iframe (no admin links):</p>"
        f'<pre class="snippet">{esc(snippets["iframe"])}</pre>'
        "<p>Or one script tag that adds a floating chat button opening the same compact chat:</p>"
        f'<pre class="snippet">{esc(snippets["script"])}</pre>'
        "<h2>REST API</h2>"
        f'<p>See the <a href="{esc(ctx.url("/docs"))}">API reference</a>'
        + (" (an API key is required: header <code>X-API-Key</code>)" if ctx.settings.api_key else "")
        + ".</p>"
        f'<pre class="snippet">{esc(snippets["curl"])}</pre>'
        f'<pre class="snippet">{esc(snippets["stream"])}</pre>'
    )
    return page("Help", body, ctx.root, active="help")


def make_router(ctx: WebContext) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/widget.js")
    def widget_js() -> Response:
        return Response(WIDGET_JS, media_type="application/javascript; charset=utf-8",
                        headers={"Cache-Control": "public, max-age=300"})

    @router.get("/help", response_class=HTMLResponse)
    def help_(request: Request) -> HTMLResponse:
        return HTMLResponse(help_page(ctx, public_base(ctx, request)))

    return router
