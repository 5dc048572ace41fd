"""The Gradio endpoint has a stable name (``/ask``) that ``gradio_client`` can call.

The server runs with a root path (``JCA_ROOT_PATH=/jca``) and is reached both
directly and through a small reverse proxy that serves it under ``/jca`` (as an
intranet's nginx would), so this also checks the path-prefix setup. No API key is
configured here: the REST API is then open.
"""

from __future__ import annotations

import threading
import time

import httpx
import pytest

from assistant.web.testing import corpus_copy, free_port, running_server

SALARY_Q = "What is the salary range for the Butte County IT specialist?"
PREFIX = "/jca"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("web-gradio")
    with running_server(base / "data", corpus_copy(base), {"JCA_ROOT_PATH": PREFIX}, expect_documents=2) as s:
        yield s


def _proxy_app(backend: str):
    """A prefix-stripping reverse proxy: /jca/x -> backend/x (streams, keeps cookies and redirects)."""
    from starlette.applications import Starlette
    from starlette.background import BackgroundTask
    from starlette.requests import Request
    from starlette.responses import Response, StreamingResponse
    from starlette.routing import Route

    client = httpx.AsyncClient(base_url=backend, timeout=120)
    hop = {"connection", "keep-alive", "transfer-encoding", "te", "upgrade", "proxy-connection"}

    async def forward(request: Request) -> Response:
        path = request.url.path
        if not (path == PREFIX or path.startswith(PREFIX + "/")):
            return Response("not behind the proxy prefix", status_code=404)
        upstream = path[len(PREFIX):] or "/"
        headers = [(k, v) for k, v in request.headers.items() if k.lower() not in hop]
        headers.append(("x-forwarded-proto", request.url.scheme))
        outgoing = client.build_request(request.method, upstream, params=request.query_params, headers=headers,
                                        content=await request.body())
        reply = await client.send(outgoing, stream=True)
        out_headers = [(k, v) for k, v in reply.headers.multi_items() if k.lower() not in hop]
        response = StreamingResponse(reply.aiter_raw(), status_code=reply.status_code,
                                     background=BackgroundTask(reply.aclose))
        response.raw_headers = [(k.lower().encode(), v.encode()) for k, v in out_headers]
        return response

    methods = ["GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD", "PATCH"]
    return Starlette(routes=[Route("/{path:path}", forward, methods=methods)])


@pytest.fixture(scope="module")
def proxy(server):
    import uvicorn

    port = free_port()
    config = uvicorn.Config(_proxy_app(server.url), host="127.0.0.1", port=port, log_level="warning")
    proxy_server = uvicorn.Server(config)
    thread = threading.Thread(target=proxy_server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not proxy_server.started and time.monotonic() < deadline:
        time.sleep(0.1)
    yield f"http://127.0.0.1:{port}{PREFIX}"
    proxy_server.should_exit = True
    thread.join(timeout=10)


def _client(url: str):
    from gradio_client import Client

    return Client(url, verbose=False, download_files=False)


def test_named_endpoint_is_listed(server):
    info = _client(server.url).view_api(print_info=False, return_format="dict")
    assert "/ask" in info["named_endpoints"]
    params = [p["parameter_name"] for p in info["named_endpoints"]["/ask"]["parameters"]]
    assert params == ["question", "history"]
    assert "/respond" not in info["named_endpoints"]  # the UI's own events stay private


def test_gradio_client_asks(server):
    result = _client(server.url).predict(SALARY_Q, [], api_name="/ask")
    assert result["answered"] is True
    assert "25.34" in result["answer"] and "33.96" in result["answer"]
    assert result["citations"][0]["employer"] == "Butte County"
    assert {"n", "doc_id", "source", "title", "employer", "section", "quote", "start", "end", "page"} <= set(
        result["citations"][0])


def test_gradio_client_follow_up_and_errors(server):
    client = _client(server.url)
    history = [{"role": "user", "content": SALARY_Q}, {"role": "assistant", "content": "$25.34–$33.96 an hour [1]"}]
    follow_up = client.predict("What education is required?", history, api_name="/ask")
    assert follow_up["answered"] and {c["employer"] for c in follow_up["citations"]} == {"Butte County"}
    with pytest.raises(Exception, match="Please type a question"):
        client.predict("   ", [], api_name="/ask")


def test_rest_api_open_without_configured_key(server):
    response = httpx.post(server.url + "/api/ask", json={"question": SALARY_Q}, timeout=120)
    assert response.status_code == 200 and response.json()["answered"] is True


def test_behind_reverse_proxy_with_prefix(proxy):
    """Everything works at http://proxy/jca/..., and links carry the prefix."""
    assert httpx.get(proxy + "/api/health", timeout=30).json()["documents"] == 2
    page = httpx.get(proxy + "/documents", timeout=30)
    assert page.status_code == 200 and f'href="{PREFIX}/documents/butte-county-information-technology-specialist"' in page.text
    assert f'href="{PREFIX}/jca-static/site.css"' in page.text
    assert httpx.get(proxy + "/jca-static/site.css", timeout=30).status_code == 200
    config = httpx.get(proxy + "/config", timeout=30).json()
    assert config["root"].endswith(PREFIX)
    answer = httpx.post(proxy + "/api/ask", json={"question": SALARY_Q}, timeout=120).json()
    assert answer["citations"][0]["doc_id"] == "butte-county-information-technology-specialist"
    result = _client(proxy + "/").predict(SALARY_Q, [], api_name="/ask")
    assert "33.96" in result["answer"]
    widget = httpx.get(proxy + "/help", timeout=30).text
    assert f"{PREFIX}/widget.js" in widget and f"{PREFIX}/embed/" in widget
