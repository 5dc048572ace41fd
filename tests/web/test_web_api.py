"""REST API, admin access and web security, against a real server on 127.0.0.1 (httpx).

One server per module (``python -m assistant serve`` in a subprocess) over a private
copy of the repo's corpus/ in a temporary data dir, configured with an API key, a
CORS allow-list, admin credentials and a rate limit.
"""

from __future__ import annotations

import json
import time

import httpx
import pytest

from assistant.settings import Settings
from assistant.web.security import (
    FileNameError,
    RateLimiter,
    SessionStore,
    api_key_ok,
    check_credentials,
    safe_filename,
)
from assistant.web.testing import corpus_copy, running_server

API_KEY = "test-key-4f9c"
ALLOWED_ORIGIN = "http://intranet.example"
ADMIN = ("hr-admin", "correct horse battery staple")
RATE_LIMIT = 40
SALARY_Q = "What is the salary range for the Butte County IT specialist?"
CITATION_FIELDS = {"n", "doc_id", "source", "title", "employer", "section", "quote", "start", "end", "page"}
KEY = {"X-API-Key": API_KEY}

PARKING_SPEC = """City of Testville
Parking Enforcement Officer
Class Code: 7421

Definition
Under general supervision, patrols assigned areas of the city to enforce parking regulations and issues citations.

Salary
Hourly wage: $21.50 - $27.80

Notes
Shown as text: <script>window.__jcaPwned = 1</script> <img src=x onerror="window.__jcaPwned = 2">
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("web-api")
    env = {
        "JCA_API_KEY": API_KEY, "JCA_CORS_ORIGINS": ALLOWED_ORIGIN, "JCA_ADMIN_USER": ADMIN[0],
        "JCA_ADMIN_PASSWORD": ADMIN[1], "JCA_RATE_LIMIT_PER_MIN": str(RATE_LIMIT),
    }
    with running_server(base / "data", corpus_copy(base), env, expect_documents=2) as s:
        s.corpus_dir = base / "corpus"  # type: ignore[attr-defined]
        s.data_dir = base / "data"  # type: ignore[attr-defined]
        yield s


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=120) as c:
        yield c


# --- helpers without a server ----------------------------------------------------------------------------------


def test_safe_filename_sanitises_or_refuses():
    assert safe_filename("clerk.txt") == "clerk.txt"
    assert safe_filename("C:\\Users\\hr\\Clerk Typist.PDF") == "Clerk Typist.pdf"
    assert safe_filename("Überstunden–Regel.md") == "Uberstunden-Regel.md"
    assert safe_filename("evil\u202etxt.exe.txt") == "eviltxt.exe.txt"  # bidi override removed
    assert safe_filename("/abs/path/spec.html") == "spec.html"
    for bad in ["../../etc/passwd", "/etc/passwd", ".hidden.txt", "..", "", "職務.txt", "report.exe", "noext"]:
        with pytest.raises(FileNameError):
            safe_filename(bad)


def test_credentials_keys_sessions_and_limits():
    off = Settings.from_env({})
    assert not check_credentials(off, "", "")  # no built-in default
    on = Settings.from_env({}, admin_user="hr", admin_password="pw")
    assert check_credentials(on, "hr", "pw")
    assert not check_credentials(on, "hr", "pw ") and not check_credentials(on, "HR", "pw")
    keyed = Settings.from_env({}, api_key="k")
    assert api_key_ok(keyed, {"x-api-key": "k"}) and api_key_ok(keyed, {"authorization": "Bearer k"})
    assert not api_key_ok(keyed, {}) and not api_key_ok(keyed, {"x-api-key": "K"})
    assert api_key_ok(off, {})
    sessions = SessionStore(ttl_s=1)
    token = sessions.create("hr")
    assert sessions.user(token) == "hr" and sessions.user("forged") is None
    time.sleep(1.1)
    assert sessions.user(token) is None  # expired
    limiter = RateLimiter(per_minute=2)
    assert limiter.hit("a") is None and limiter.hit("a") is None
    assert limiter.hit("a") > 0 and limiter.hit("b") is None


# --- the API ---------------------------------------------------------------------------------------------------


def test_health_needs_no_key(client):
    health = client.get("/api/health")
    assert health.status_code == 200
    data = health.json()
    assert data["status"] == "ok" and data["store"] == "reachable"
    assert data["documents"] == 2 and data["chunks"] > 10 and data["last_sync"].endswith("Z")


def test_api_key_required(client):
    body = {"question": SALARY_Q}
    assert client.post("/api/ask", json=body).status_code == 401
    assert client.post("/api/ask", json=body, headers={"X-API-Key": "wrong"}).status_code == 401
    assert client.post("/api/ask/stream", json=body).status_code == 401
    assert client.get("/api/documents").status_code == 401
    denied = client.get("/api/documents", headers={"Authorization": "Bearer nope"})
    assert denied.status_code == 401 and "X-API-Key" in denied.json()["detail"]
    assert client.get("/api/documents", headers={"Authorization": f"Bearer {API_KEY}"}).status_code == 200


def test_ask_returns_cited_answer(client):
    response = client.post("/api/ask", json={"question": SALARY_Q, "history": []}, headers=KEY)
    assert response.status_code == 200, response.text
    data = response.json()
    assert set(data) <= {"answer", "answered", "citations", "notice"}
    assert data["answered"] is True
    assert "25.34" in data["answer"] and "33.96" in data["answer"]
    assert data["citations"] and all(set(c) == CITATION_FIELDS for c in data["citations"])
    first = data["citations"][0]
    assert first["employer"] == "Butte County" and "[1]" in data["answer"]
    text = client.get(f"/api/documents/{first['doc_id']}", headers=KEY).json()["text"]
    assert all(text[c["start"]:c["end"]] == c["quote"] for c in data["citations"])
    assert int(response.headers["X-Question-Id"]) > 0


def test_follow_up_uses_history(client):
    history = [{"role": "user", "content": SALARY_Q}, {"role": "assistant", "content": "$25.34–$33.96 an hour [1]"}]
    data = client.post("/api/ask", json={"question": "What education is required?", "history": history},
                       headers=KEY).json()
    assert data["answered"] is True
    assert {c["employer"] for c in data["citations"]} == {"Butte County"}


def test_bad_questions(client):
    empty = client.post("/api/ask", json={"question": "   "}, headers=KEY)
    assert empty.status_code == 400 and empty.json()["detail"] == "Please type a question."
    too_long = client.post("/api/ask", json={"question": "x" * 2001}, headers=KEY)
    assert too_long.status_code == 400 and "limit" in too_long.json()["detail"]
    bad_role = client.post("/api/ask", json={"question": "hi", "history": [{"role": "system", "content": "x"}]},
                           headers=KEY)
    assert bad_role.status_code == 422


def test_bad_question_to_the_stream_is_a_400_not_a_failed_stream(client):
    response = client.post("/api/ask/stream", json={"question": " \n "}, headers=KEY)
    assert response.status_code == 400 and response.json()["detail"] == "Please type a question."
    too_long = client.post("/api/ask/stream", json={"question": "x" * 2001}, headers=KEY)
    assert too_long.status_code == 400 and "limit" in too_long.json()["detail"]


def test_stream_sends_tokens_then_answer_then_done(client):
    events = []
    with client.stream("POST", "/api/ask/stream", json={"question": SALARY_Q}, headers=KEY) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        for block in response.read().decode().split("\n\n"):
            if block.strip():
                lines = dict(line.split(": ", 1) for line in block.splitlines())
                events.append((lines["event"], json.loads(lines["data"])))
    kinds = [kind for kind, _ in events]
    assert kinds[0] == "token" and kinds[-2:] == ["answer", "done"] and "error" not in kinds
    answer = events[-2][1]
    assert answer["answered"] and "25.34" in answer["answer"] and "33.96" in answer["answer"]
    assert all(set(c) == CITATION_FIELDS for c in answer["citations"])
    assert "".join(data["text"] for kind, data in events if kind == "token").strip()
    assert events[-1][1]["question_id"] > 0


def test_feedback_endpoint(client):
    response = client.post("/api/ask", json={"question": SALARY_Q}, headers=KEY)
    qid = int(response.headers["X-Question-Id"])
    ok = client.post("/api/feedback", json={"question_id": qid, "rating": "down", "comment": "needs the grade"},
                     headers=KEY)
    assert ok.status_code == 200 and ok.json() == {"ok": True}
    assert client.post("/api/feedback", json={"question_id": 10**9, "rating": "up"}, headers=KEY).status_code == 404
    assert client.post("/api/feedback", json={"question_id": qid}, headers=KEY).status_code == 400
    entries = client.get("/api/admin/feedback", auth=ADMIN).json()
    assert entries[0]["id"] == qid and entries[0]["feedback"] == "down" and entries[0]["comment"] == "needs the grade"


def test_documents_list(client):
    docs = client.get("/api/documents", headers=KEY).json()
    assert {d["doc_id"] for d in docs} == {"butte-county-information-technology-specialist",
                                           "mcps-it-systems-specialist"}
    butte = next(d for d in docs if d["employer"] == "Butte County")
    assert butte["title"] == "Information Technology Specialist" and butte["chunks"] > 0
    assert butte["url"] == "/documents/butte-county-information-technology-specialist"
    assert client.get("/api/documents/nope", headers=KEY).status_code == 404


def test_openapi_docs_work_offline(client):
    spec = client.get("/openapi.json").json()
    for path in ["/api/ask", "/api/ask/stream", "/api/documents", "/api/health", "/api/feedback"]:
        assert path in spec["paths"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/api/ask/stream" in docs.text
    assert "cdn" not in docs.text.lower() and "http://" not in docs.text and "https://" not in docs.text


def test_cors_allow_list(client):
    preflight = client.options("/api/ask", headers={
        "Origin": ALLOWED_ORIGIN, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type,x-api-key"})
    assert preflight.status_code == 200
    assert preflight.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    assert "x-api-key" in preflight.headers["access-control-allow-headers"].lower()
    other = client.options("/api/ask", headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
    assert other.status_code == 400 and "access-control-allow-origin" not in other.headers
    simple = client.get("/api/health", headers={"Origin": ALLOWED_ORIGIN})
    assert simple.headers["access-control-allow-origin"] == ALLOWED_ORIGIN
    assert "access-control-allow-origin" not in client.get("/api/health", headers={"Origin": "http://evil.example"}).headers
    gradio = client.get("/gradio_api/info", headers={"Origin": "http://evil.example"})
    assert "access-control-allow-origin" not in gradio.headers


def test_framing_and_widget(client):
    assert "frame-ancestors 'self'" in client.get("/").headers["content-security-policy"]
    embed = client.get("/embed/")
    assert embed.status_code == 200 and ALLOWED_ORIGIN in embed.headers["content-security-policy"]
    bare = client.get("/embed", follow_redirects=False)  # was a 404
    assert bare.status_code == 307 and bare.headers["location"] == "embed/"
    followed = client.get("/embed?theme=dark", follow_redirects=True)
    assert followed.status_code == 200 and str(followed.url).endswith("/embed/?theme=dark")
    widget = client.get("/widget.js")
    assert widget.status_code == 200 and "javascript" in widget.headers["content-type"]
    assert "/embed/" in widget.text
    help_page = client.get("/help").text
    assert "/widget.js" in help_page and "&lt;iframe" in help_page and "X-API-Key" in help_page


# --- admin access ----------------------------------------------------------------------------------------------


def test_admin_refuses_anonymous(client):
    page = client.get("/admin/", follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"].startswith("/login")
    assert client.get("/admin/config").status_code == 401
    assert client.get("/admin/gradio_api/info").status_code == 401
    assert client.post("/admin/gradio_api/upload", files={"files": ("x.txt", b"x")}).status_code == 401
    for public in ("/gradio_api/upload", "/embed/gradio_api/upload"):  # the chat pages take no files
        assert client.post(public, files={"files": ("x.txt", b"x")}).status_code == 404
    for method, path in [("GET", "/api/admin/status"), ("GET", "/api/admin/questions.csv"),
                         ("POST", "/api/admin/reindex"), ("DELETE", "/api/admin/documents/mcps-it-systems-specialist")]:
        assert client.request(method, path).status_code == 401, path
    assert client.get("/api/admin/status", auth=(ADMIN[0], "wrong")).status_code == 401
    assert client.get("/api/admin/status", auth=ADMIN).status_code == 200


def test_login_session_and_logout(server):
    with httpx.Client(base_url=server.url, timeout=60) as browser:
        wrong = browser.post("/login", data={"username": ADMIN[0], "password": "nope", "next": "/admin/"})
        assert wrong.status_code == 401 and "Wrong user name or password" in wrong.text
        assert "jca_admin" not in browser.cookies
        ok = browser.post("/login", data={"username": ADMIN[0], "password": ADMIN[1], "next": "//evil.example/"},
                          follow_redirects=False)
        assert ok.status_code == 303 and ok.headers["location"] == "/admin/"  # no open redirect
        cookie = ok.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=lax" in cookie
        assert browser.get("/api/admin/status").json()["documents"] >= 2
        assert browser.get("/admin/", follow_redirects=False).status_code == 200
        token = browser.get("/api/admin/csrf").json()["token"]  # signing out is a POST with the session's token
        out = browser.post("/logout", data={"csrf_token": token}, headers={"Origin": server.url}, follow_redirects=False)
        assert out.status_code == 303
        assert browser.get("/api/admin/status").status_code == 401
    assert ADMIN[1] not in server.log_text()  # never logged


def test_upload_validates_names_and_content(client, server):
    corpus = server.corpus_dir
    before = sorted(p.name for p in corpus.iterdir())
    report = client.post("/api/admin/documents", auth=ADMIN, files=[
        ("files", ("../../etc/passwd", b"root:x:0:0")),
        ("files", ("/tmp/evil.sh", b"echo hi")),
        ("files", ("empty.txt", b"")),
        ("files", ("broken.pdf", b"%PDF-1.4 not really a pdf")),
    ]).json()
    assert report["saved"] == [] and len(report["failed"]) == 4
    reasons = {f["file"]: f["reason"] for f in report["failed"]}
    assert "no file type" in reasons["../../etc/passwd"] and "unsupported file type .sh" in reasons["/tmp/evil.sh"]
    assert "empty" in reasons["empty.txt"]
    assert sorted(p.name for p in corpus.iterdir()) == before  # nothing written, nothing hidden left behind
    assert not (corpus.parent / "etc").exists()


def test_upload_ask_escape_delete(client, server):
    report = client.post("/api/admin/documents", auth=ADMIN, files=[
        ("files", ("../Testville Parking Enforcement Officer.txt", PARKING_SPEC.encode())),
    ]).json()
    assert report["saved"] == ["Testville Parking Enforcement Officer.txt"] and report["failed"] == []
    assert (server.corpus_dir / "Testville Parking Enforcement Officer.txt").exists()
    docs = {d["doc_id"]: d for d in client.get("/api/documents", headers=KEY).json()}
    doc_id = next(i for i, d in docs.items() if d["title"] == "Parking Enforcement Officer")
    assert docs[doc_id]["employer"] == "City of Testville"
    # The server rebuilds its search snapshot right after the upload, before any question: its saved
    # BM25 files (assistant/search/search_files.py) soon cover the new document's chunks.
    chunks = sum(d["chunks"] for d in docs.values())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not any(
        json.loads(meta.read_text())["chunks"] == chunks for meta in (server.data_dir / "search").glob("*/meta.json")
    ):
        time.sleep(0.2)
    assert any(json.loads(meta.read_text())["chunks"] == chunks
               for meta in (server.data_dir / "search").glob("*/meta.json")), "no snapshot refresh after the upload"
    answer = client.post("/api/ask", json={"question": "What is the hourly wage of the Testville parking enforcement officer?"},
                         headers=KEY).json()
    assert answer["answered"] and "21.50" in answer["answer"] and answer["citations"][0]["doc_id"] == doc_id
    page = client.get(f"/documents/{doc_id}", params={"start": 0, "end": 17})
    assert page.status_code == 200 and '<mark id="passage"' in page.text
    assert "&lt;script&gt;window.__jcaPwned" in page.text and "<script>window" not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    deleted = client.delete(f"/api/admin/documents/{doc_id}", auth=ADMIN)
    assert deleted.status_code == 200 and deleted.json()["title"] == "Parking Enforcement Officer"
    assert not (server.corpus_dir / "Testville Parking Enforcement Officer.txt").exists()
    refusal = client.post("/api/ask", json={"question": "What is the hourly wage of the Testville parking enforcement officer?"},
                          headers=KEY).json()
    assert refusal["answered"] is False and refusal["citations"] == []
    assert client.get(f"/documents/{doc_id}").status_code == 404


def test_question_log_csv_export(client):
    export = client.get("/api/admin/questions.csv", auth=ADMIN)
    assert export.status_code == 200 and export.headers["content-type"].startswith("text/csv")
    lines = export.text.splitlines()
    assert lines[0] == "time,question,answer,answered,sources,feedback,comment,latency_ms,channel"
    assert any("Testville" in line and ",no," in line for line in lines)  # the refusal, newest first
    assert SALARY_Q in export.text and "down" in export.text
    unanswered = client.get("/api/admin/unanswered", auth=ADMIN).json()
    assert "Testville" in unanswered[0]["question"]


def test_rate_limit_answers_429(client):
    """Keep last: it uses up this client's allowance for the next minute."""
    statuses = []
    for _ in range(RATE_LIMIT + 1):
        response = client.post("/api/ask", json={"question": ""}, headers=KEY)
        statuses.append(response.status_code)
        if response.status_code == 429:
            assert int(response.headers["Retry-After"]) >= 1
            assert "Too many questions" in response.json()["detail"]
            break
    assert statuses[-1] == 429 and set(statuses[:-1]) <= {400}
