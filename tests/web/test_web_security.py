"""Passwords, client addresses and cross-site admin requests, against real servers on 127.0.0.1.

- every way of authenticating (login form, HTTP Basic, API key) shares one per-client limit on wrong
  attempts; past it even the right password is refused, with Retry-After;
- X-Forwarded-For counts only from JCA_TRUSTED_PROXIES (none by default);
- signing out is a POST with the session's anti-forgery token;
- a page on another origin of the same site (127.0.0.1, another port: same-site for Chromium) cannot
  make a signed-in admin's browser upload or re-index, while the admin page itself keeps working.

The main server trusts 127.0.0.1 as a proxy, so each test claims its own client address with
X-Forwarded-For and the limits one test reaches do not touch the others.
"""

from __future__ import annotations

import functools
import http.server
import re
import threading
from pathlib import Path

import httpx
import pytest

from assistant.web.testing import corpus_copy, running_server

ADMIN = ("hr-admin", "security-test-password-51c")
API_KEY = "security-test-key-0b7"
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
ATTEMPTS = 10  # the per-client limit on wrong credentials a minute (WebContext.login_limiter)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("web-security")
    env = {"JCA_ADMIN_USER": ADMIN[0], "JCA_ADMIN_PASSWORD": ADMIN[1], "JCA_API_KEY": API_KEY,
           "JCA_TRUSTED_PROXIES": "127.0.0.1", "JCA_RATE_LIMIT_PER_MIN": "3"}
    with running_server(base / "data", corpus_copy(base), env, expect_documents=2) as s:
        s.corpus_dir = base / "corpus"  # type: ignore[attr-defined]
        yield s


def client_at(server, address: str) -> httpx.Client:
    """An HTTP client that the server (trusting 127.0.0.1 as its proxy) sees as ``address``."""
    return httpx.Client(base_url=server.url, timeout=60, headers={"X-Forwarded-For": address})


def sign_in(client: httpx.Client) -> None:
    reply = client.post("/login", data={"username": ADMIN[0], "password": ADMIN[1], "next": "/admin/"},
                        follow_redirects=False)
    assert reply.status_code == 303, reply.text
    assert "jca_admin" in client.cookies


def csrf_token(client: httpx.Client) -> str:
    token = client.get("/api/admin/csrf").json()["token"]
    assert token
    return token


# --- attempt limits ----------------------------------------------------------------------------------------------


def test_basic_auth_shares_the_sign_in_limit(server):
    """Before: 300 wrong Basic-auth passwords in 1.4 s, then the right one was accepted."""
    with client_at(server, "10.1.0.1") as guesser:
        for i in range(ATTEMPTS):
            assert guesser.get("/api/admin/status", auth=(ADMIN[0], f"guess-{i}")).status_code == 401
        refused = guesser.get("/api/admin/status", auth=ADMIN)
        assert refused.status_code == 429, refused.text
        assert int(refused.headers["retry-after"]) >= 1
        form = guesser.post("/login", data={"username": ADMIN[0], "password": ADMIN[1]}, follow_redirects=False)
        assert form.status_code == 429 and int(form.headers["retry-after"]) >= 1
        assert "jca_admin" not in guesser.cookies
    with client_at(server, "10.1.0.2") as other:  # another client is not affected
        assert other.get("/api/admin/status", auth=ADMIN).status_code == 200
        for _ in range(ATTEMPTS + 5):  # the right password never counts against a script
            assert other.get("/api/admin/status", auth=ADMIN).status_code == 200


def test_wrong_api_keys_share_the_limit(server):
    with client_at(server, "10.1.0.3") as guesser:
        for i in range(ATTEMPTS):
            assert guesser.get("/api/documents", headers={"X-API-Key": f"guess-{i}"}).status_code == 401
        refused = guesser.get("/api/documents", headers={"X-API-Key": API_KEY})
        assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1
        bearer = guesser.get("/api/documents", headers={"Authorization": f"Bearer {API_KEY}"})
        assert bearer.status_code == 429
    with client_at(server, "10.1.0.4") as other:
        for _ in range(ATTEMPTS + 2):
            assert other.get("/api/documents", headers={"X-API-Key": API_KEY}).status_code == 200


def test_question_limits_say_when_to_retry(server):
    with client_at(server, "10.1.0.5") as asker:
        for _ in range(3):  # empty questions are refused (400) but still count
            assert asker.post("/api/ask", json={"question": ""}, headers={"X-API-Key": API_KEY}).status_code == 400
        for path in ("/api/ask", "/api/ask/stream"):
            limited = asker.post(path, json={"question": "What is the salary of a clerk?"},
                                 headers={"X-API-Key": API_KEY})
            assert limited.status_code == 429, (path, limited.text)
            assert int(limited.headers["retry-after"]) >= 1


@pytest.fixture(scope="module")
def untrusting(tmp_path_factory):
    """A server with the default JCA_TRUSTED_PROXIES (none)."""
    base = tmp_path_factory.mktemp("web-security-default")
    env = {"JCA_ADMIN_USER": ADMIN[0], "JCA_ADMIN_PASSWORD": ADMIN[1]}
    with running_server(base / "data", corpus_copy(base), env, expect_documents=2) as s:
        yield s


def test_forwarded_for_from_an_untrusted_peer_is_ignored(untrusting):
    """Before: uvicorn believed X-Forwarded-For from 127.0.0.1, so a local script rotated it past the limit."""
    with httpx.Client(base_url=untrusting.url, timeout=60) as guesser:
        for i in range(ATTEMPTS):
            reply = guesser.post("/login", data={"username": ADMIN[0], "password": f"guess-{i}"},
                                 headers={"X-Forwarded-For": f"10.2.0.{i}"})
            assert reply.status_code == 401
        right = guesser.post("/login", data={"username": ADMIN[0], "password": ADMIN[1]},
                             headers={"X-Forwarded-For": "10.2.1.1"}, follow_redirects=False)
        assert right.status_code == 429 and int(right.headers["retry-after"]) >= 1
        basic = guesser.get("/api/admin/status", auth=ADMIN, headers={"X-Forwarded-For": "10.2.1.2"})
        assert basic.status_code == 429


# --- sign-out and cross-site requests ----------------------------------------------------------------------------


def test_sign_out_is_a_post_with_the_token(server):
    with client_at(server, "10.1.0.6") as browser:
        sign_in(browser)
        page = browser.get("/logout")  # a link or another site's <img src=/logout> must not sign anyone out
        assert page.status_code == 200
        assert re.search(r'<form[^>]*method="post"[^>]*action="/logout"', page.text)
        assert browser.get("/api/admin/status").status_code == 200
        token = re.search(r'name="csrf_token" value="([^"]+)"', page.text).group(1)
        own = {"Origin": server.url}
        assert browser.post("/logout", headers=own, follow_redirects=False).status_code == 403  # no token
        assert browser.post("/logout", data={"csrf_token": token}, headers={"Origin": "http://127.0.0.1:9"},
                            follow_redirects=False).status_code == 403  # another origin
        assert browser.get("/api/admin/status").status_code == 200  # still signed in
        out = browser.post("/logout", data={"csrf_token": token}, headers=own, follow_redirects=False)
        assert out.status_code == 303 and out.headers["location"] == "/login"
        assert browser.get("/api/admin/status").status_code == 401


def test_cookie_requests_need_the_token_and_an_allowed_origin(server):
    with client_at(server, "10.1.0.7") as browser:
        sign_in(browser)
        token = csrf_token(browser)
        own, evil = server.url, "http://127.0.0.1:9"
        for headers in ({}, {"Origin": own}, {"X-CSRF-Token": token}, {"Origin": evil, "X-CSRF-Token": token},
                        {"Origin": own, "X-CSRF-Token": "forged"}, {"Origin": "null", "X-CSRF-Token": token}):
            assert browser.post("/api/admin/reindex", headers=headers).status_code == 403, headers
            assert browser.post("/admin/gradio_api/upload", headers=headers,
                                files={"files": ("x.txt", b"x")}).status_code == 403, headers
        assert browser.post("/api/admin/reindex", headers={"Origin": own, "X-CSRF-Token": token}).status_code == 200
        assert browser.post("/api/admin/reindex", headers={"Referer": own + "/admin/", "X-CSRF-Token": token}
                            ).status_code == 200
        assert browser.get("/api/admin/status").status_code == 200  # reading needs neither
    with client_at(server, "10.1.0.8") as script:  # Basic auth: scripts send no Origin and need no token
        assert script.post("/api/admin/reindex", auth=ADMIN).status_code == 200
        assert script.post("/api/admin/reindex", auth=ADMIN, headers={"Origin": "http://127.0.0.1:9"}).status_code == 403


# --- in Chromium -------------------------------------------------------------------------------------------------

ATTACK_PAGE = """<!doctype html><title>Intranet news</title><h1>Cafeteria menu</h1>
<form id="f" method="post" enctype="multipart/form-data" action="{server}/api/admin/documents">
<input type="file" name="files" id="file"></form>
<script>
const file = new File(["City of Evil\\nFake Director\\nSalary: $1,000,000"], "evil-director.txt", {{type: "text/plain"}});
const data = new FormData(); data.append("files", file);
const gradioUpload = new FormData(); gradioUpload.append("files", file);
Promise.allSettled([
  fetch("{server}/api/admin/reindex", {{method: "POST", mode: "no-cors", credentials: "include"}}),
  fetch("{server}/api/admin/documents", {{method: "POST", mode: "no-cors", credentials: "include", body: data}}),
  fetch("{server}/admin/gradio_api/upload", {{method: "POST", mode: "no-cors", credentials: "include", body: gradioUpload}}),
]).then(() => {{
  const dt = new DataTransfer(); dt.items.add(file);
  document.getElementById("file").files = dt.files;
  document.getElementById("f").submit();
}});
</script>"""


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def sibling(tmp_path_factory, server):
    """Another origin on the same site (127.0.0.1, another port) serving the attack page."""
    root = tmp_path_factory.mktemp("sibling")
    (root / "news.html").write_text(ATTACK_PAGE.format(server=server.url))
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.mark.browser
def test_admin_page_works_and_a_sibling_origin_cannot_forge_requests(browser, server, sibling, tmp_path):
    from playwright.sync_api import expect

    expect.set_options(timeout=90_000)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        admin = context.new_page()
        admin.goto(server.url + "/admin/")
        admin.locator("#username").fill(ADMIN[0])
        admin.locator("#password").fill(ADMIN[1])
        admin.locator("#password").press("Enter")
        expect(admin.locator("#jca-admin-status")).to_contain_text("2 documents")
        expect(admin.locator("#jca-signed-in")).to_contain_text(ADMIN[0])

        spec = tmp_path / "testville-crossing-guard.txt"
        spec.write_text("City of Testville\nCrossing Guard\nClass Code: 7001\n\nSalary\nHourly wage: $18.00 - $21.00\n")
        admin.locator("#jca-upload input[type=file]").set_input_files(str(spec))
        expect(admin.locator("#jca-upload")).to_contain_text(re.compile(r"testville-crossing-guard\s*\.txt"))
        admin.locator("#jca-upload-btn").click()
        expect(admin.locator("#jca-upload-result")).to_contain_text("Indexed 1 file")
        expect(admin.locator("#jca-admin-status")).to_contain_text("3 documents")
        admin.locator("#jca-reindex-btn").click()
        expect(admin.locator("#jca-reindex-result")).to_contain_text("Re-indexed")

        corpus_before = sorted(p.name for p in server.corpus_dir.iterdir())
        statuses: dict[str, list[int]] = {}
        context.on("response", lambda r: statuses.setdefault(r.url, []).append(r.status)
                   if r.url.startswith(server.url) else None)
        attack = context.new_page()
        with attack.expect_navigation(url=re.compile(re.escape(server.url + "/"))):
            attack.goto(sibling + "/news.html")
        expect(attack.locator("body")).to_contain_text("Cross-origin request refused")
        assert statuses.get(server.url + "/api/admin/documents") == [403, 403], statuses
        assert statuses.get(server.url + "/api/admin/reindex") == [403], statuses
        assert statuses.get(server.url + "/admin/gradio_api/upload") == [403], statuses
        assert sorted(p.name for p in server.corpus_dir.iterdir()) == corpus_before
        assert "evil-director.txt" not in corpus_before

        admin.get_by_role("button", name="Sign out").click()
        expect(admin).to_have_url(re.compile(r"/login$"))
        admin.goto(server.url + "/admin/")
        expect(admin).to_have_url(re.compile(r"/login\?next="))
    finally:
        context.close()
