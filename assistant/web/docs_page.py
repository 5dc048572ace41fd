"""``/docs``: the OpenAPI reference rendered on the server, with no CDN (works offline).

FastAPI's default Swagger page loads its scripts from a CDN, which intranets
without internet cannot reach, so this page renders ``/openapi.json`` itself.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse

from assistant.web.context import WebContext
from assistant.web.render import esc, page


def _resolve(schema: Any, spec: dict[str, Any], depth: int = 0) -> Any:
    if depth > 6:
        return schema
    if isinstance(schema, dict):
        if "$ref" in schema:
            name = schema["$ref"].split("/")[-1]
            return _resolve(spec.get("components", {}).get("schemas", {}).get(name, {}), spec, depth + 1)
        return {k: _resolve(v, spec, depth + 1) for k, v in schema.items() if k not in ("title",)}
    if isinstance(schema, list):
        return [_resolve(v, spec, depth + 1) for v in schema]
    return schema


def _example(schema: dict[str, Any]) -> Any:
    """A small example value for a (resolved) JSON schema."""
    if "examples" in schema and schema["examples"]:
        return schema["examples"][0]
    if "anyOf" in schema:
        return _example(next((s for s in schema["anyOf"] if s.get("type") != "null"), {}))
    kind = schema.get("type")
    if kind == "object" or "properties" in schema:
        return {k: _example(v) for k, v in schema.get("properties", {}).items()}
    if kind == "array":
        items = schema.get("items", {})
        return [_example(items)] if items else []
    if "enum" in schema:
        return schema["enum"][0]
    return {"string": "string", "integer": 0, "number": 0.0, "boolean": True}.get(kind or "", None)


def render(spec: dict[str, Any], ctx: WebContext) -> str:
    parts = [
        f"<h1>{esc(spec.get('info', {}).get('title', 'API'))}</h1>",
        f"<p>{esc(spec.get('info', {}).get('description', ''))}</p>",
        f'<p>Machine-readable: <a href="{esc(ctx.url("/openapi.json"))}">openapi.json</a>.'
        + (" Every route except <code>/api/health</code> needs the API key in the <code>X-API-Key</code> header."
           if ctx.settings.api_key else " No API key is configured on this server.")
        + " Admin routes need an admin session or HTTP Basic auth.</p>",
    ]
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            anchor = f"{method}-{path}".replace("/", "-").replace("{", "").replace("}", "")
            body = ""
            request = op.get("requestBody", {}).get("content", {})
            for media, content in request.items():
                schema = _resolve(content.get("schema", {}), spec)
                example = _example(schema) if media == "application/json" else None
                shown = example if example is not None else schema
                body += f"<p>Request body ({esc(media)}):</p><pre class=\"snippet\">{esc(json.dumps(shown, indent=2, ensure_ascii=False))}</pre>"
            params = op.get("parameters", [])
            if params:
                body += "<p>Parameters: " + ", ".join(
                    f"<code>{esc(p['name'])}</code> ({esc(p.get('in'))}{', required' if p.get('required') else ''})"
                    for p in params) + "</p>"
            responses = []
            for code, response in op.get("responses", {}).items():
                line = f"<li><code>{esc(code)}</code> {esc(response.get('description', ''))}"
                schema = response.get("content", {}).get("application/json", {}).get("schema")
                if schema and code.startswith("2"):
                    example = _example(_resolve(schema, spec))
                    line += f'<pre class="snippet">{esc(json.dumps(example, indent=2, ensure_ascii=False))}</pre>'
                responses.append(line + "</li>")
            parts.append(
                f'<section class="endpoint" id="{esc(anchor)}"><h2><span class="method">{esc(method.upper())}</span> '
                f"<code>{esc(path)}</code></h2><p><strong>{esc(op.get('summary', ''))}</strong></p>"
                f"<p>{esc(op.get('description', ''))}</p>{body}<p>Responses:</p><ul>{''.join(responses)}</ul></section>"
            )
    return page("API reference", "".join(parts), ctx.root, active="help")


def make_router(ctx: WebContext, app: FastAPI) -> APIRouter:
    router = APIRouter(include_in_schema=False)

    @router.get("/docs", response_class=HTMLResponse)
    def docs() -> HTMLResponse:
        return HTMLResponse(render(app.openapi(), ctx))

    return router
