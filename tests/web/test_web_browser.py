"""The web app in a real browser: Playwright driving Debian's Chromium (headless).

Covers what employees, HR and intranet owners do: ask on the chat page and open
a source's highlighted passage, follow up, give feedback, start a new chat; sign
in as admin, upload a document, ask about it, delete it and get a refusal; use the
chat inside an iframe and through the widget script; a phone-width screen and the
keyboard. Every request the pages make must stay on the server (no CDN, fonts or
analytics). With ``JCA_WRITE_SCREENSHOTS=1`` the chat and admin screenshots are
written to docs/screenshots/ (otherwise to a temporary folder).
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
from pathlib import Path

import httpx
import pytest

from assistant.web.testing import corpus_copy, running_server

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
expect = sync_api.expect
expect.set_options(timeout=90_000)

ADMIN = ("hr-admin", "browser-test-password-7d1")
SALARY_Q = "What is the salary range for the Butte County IT specialist?"
PARKING_Q = "What is the hourly wage of the parking enforcement officer in the City of Testville?"
PARKING_SPEC = """City of Testville
Parking Enforcement Officer
Class Code: 7421

Definition
Under general supervision, patrols assigned areas of the city to enforce parking regulations, issues citations
and assists the public with parking questions.

Examples of Duties
- Patrols city streets and public parking lots on foot or by vehicle.
- Issues parking citations and arranges for the towing of abandoned vehicles.

Minimum Qualifications
High school diploma or GED, and one year of customer service experience. A valid driver's license is required.

Salary
Hourly wage: $21.50 - $27.80

Notes
Markup in documents is shown as text: <script>window.__jcaPwned = 1</script> <img src=x onerror="window.__jcaPwned = 2">
"""
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("web-browser")
    env = {"JCA_ADMIN_USER": ADMIN[0], "JCA_ADMIN_PASSWORD": ADMIN[1], "JCA_RATE_LIMIT_PER_MIN": "1000"}
    with running_server(base / "data", corpus_copy(base), env, expect_documents=2) as s:
        yield s


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture()
def context(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    ctx.outside = []  # type: ignore[attr-defined]
    local = re.compile(r"^(data:|blob:|about:|http://127\.0\.0\.1:\d+/)")

    def on_request(request):
        if not local.match(request.url):
            ctx.outside.append(request.url)  # type: ignore[attr-defined]

    ctx.on("request", on_request)
    yield ctx
    outside = ctx.outside  # type: ignore[attr-defined]
    ctx.close()
    assert outside == [], f"the pages called out of the server: {outside}"


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    if os.environ.get("JCA_WRITE_SCREENSHOTS") == "1":
        target = REPO / "docs" / "screenshots"
        target.mkdir(parents=True, exist_ok=True)
        return target
    return tmp_path_factory.mktemp("screenshots")


def open_chat(page, url: str):
    page.goto(url)
    expect(page.locator("#jca-question textarea")).to_be_visible()
    return page


def ask(page_or_frame, question: str) -> None:
    """Type a question and press Enter; wait until the answer and its sources are shown."""
    bots = page_or_frame.locator('[data-testid="bot"]')
    before = bots.count()
    box = page_or_frame.locator("#jca-question textarea")
    box.fill(question)
    box.press("Enter")
    expect(bots).to_have_count(before + 1)
    expect(page_or_frame.locator("#jca-sources")).not_to_contain_text("Searching")
    expect(page_or_frame.locator("#jca-sources h2")).to_have_text("Sources")


def last_answer(page_or_frame):
    return page_or_frame.locator('[data-testid="bot"]').last


# --- employees ---------------------------------------------------------------------------------------------------


def test_chat_answer_with_source_and_highlighted_passage(context, server, shots):
    page = open_chat(context.new_page(), server.url + "/")
    expect(page.locator("#jca-chatbot")).to_contain_text("Butte County")  # example questions from the corpus
    ask(page, SALARY_Q)
    answer = last_answer(page)
    expect(answer).to_contain_text("25.34")
    expect(answer).to_contain_text("33.96")
    marker = answer.locator("a", has_text="[1]")
    expect(marker).to_have_attribute("href", re.compile(r"^/documents/butte-county-information-technology-specialist\?start=\d+&end=\d+#passage$"))
    source = page.locator("#jca-sources .jca-source").first
    expect(source).to_contain_text("Information Technology Specialist")
    expect(source).to_contain_text("Butte County")
    expect(source.locator("blockquote")).to_contain_text("25.34")
    page.screenshot(path=str(shots / "chat.png"))

    with page.expect_popup() as popup:
        source.locator("a.jca-source-link").click()
    doc = popup.value
    doc.wait_for_load_state()
    mark = doc.locator("mark#passage")
    expect(mark).to_contain_text("Wage Range: $25.34-33.96 hourly")
    expect(mark).to_be_in_viewport()
    assert doc.evaluate("getComputedStyle(document.getElementById('passage')).backgroundColor") != "rgba(0, 0, 0, 0)"
    expect(doc.locator("h1")).to_have_text("Information Technology Specialist")


def test_follow_up_feedback_and_new_chat(context, server):
    page = open_chat(context.new_page(), server.url + "/")
    ask(page, SALARY_Q)
    ask(page, "What education is required?")
    expect(last_answer(page)).to_contain_text("Associate")
    expect(page.locator("#jca-sources")).to_contain_text("Butte County")

    page.locator('button[aria-label="Dislike"]').last.click()
    expect(page.locator("#jca-feedback-row")).to_be_visible()
    page.locator("#jca-comment textarea").fill("Please add the grade")
    page.locator("#jca-send-comment").click()
    expect(page.locator("#jca-feedback-status")).to_contain_text("Comment saved")
    feedback = httpx.get(server.url + "/api/admin/feedback", auth=ADMIN, timeout=30).json()
    assert feedback[0]["question"] == "What education is required?"
    assert feedback[0]["feedback"] == "down" and feedback[0]["comment"] == "Please add the grade"

    page.locator("#jca-new-chat").click()
    expect(page.locator('[data-testid="bot"]')).to_have_count(0)
    expect(page.locator("#jca-sources")).to_contain_text("appear here")
    ask(page, "What education is required?")  # no history now: a fresh conversation
    expect(page.locator('[data-testid="bot"]')).to_have_count(1)


def test_documents_view(context, server):
    page = context.new_page()
    page.goto(server.url + "/documents")
    rows = page.locator("table.docs tbody tr")
    expect(rows).to_have_count(2)
    page.locator("#q").fill("butte")
    page.locator("#q").press("Enter")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Butte County")
    rows.first.locator("a").click()
    expect(page.locator("h1")).to_have_text("Information Technology Specialist")
    expect(page.locator(".doc-text")).to_contain_text("Minimum Hourly Wage: 25.34")


def test_phone_width_and_keyboard(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    try:
        page = open_chat(context.new_page(), server.url + "/")
        assert page.evaluate("document.documentElement.scrollWidth") <= 392  # no sideways scrolling
        page.locator("body").click(position={"x": 5, "y": 5})
        for _ in range(30):  # the question box is reachable with Tab
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.closest('#jca-question') !== null"):
                break
        else:
            pytest.fail("Tab never reached the question box")
        page.keyboard.type(SALARY_Q)
        page.keyboard.press("Enter")
        expect(last_answer(page)).to_contain_text("33.96")
        expect(page.locator("#jca-sources .jca-source")).not_to_have_count(0)
        assert page.evaluate("document.documentElement.scrollWidth") <= 392
        assert page.locator("#jca-sources").is_visible()
    finally:
        context.close()


# --- HR ----------------------------------------------------------------------------------------------------------


def test_admin_upload_ask_delete_refusal(context, server, shots, tmp_path):
    spec = tmp_path / "testville-parking-enforcement-officer.txt"
    spec.write_text(PARKING_SPEC)
    admin = context.new_page()
    admin.goto(server.url + "/admin/")
    expect(admin).to_have_url(re.compile(r"/login\?next="))
    admin.locator("#username").fill(ADMIN[0])
    admin.locator("#password").fill("not the password")
    admin.locator("button[type=submit]").click()
    expect(admin.locator(".error")).to_contain_text("Wrong user name or password")
    admin.locator("#password").fill(ADMIN[1])
    admin.locator("#password").press("Enter")
    expect(admin.locator("#jca-admin-status")).to_contain_text("2 documents")
    expect(admin.locator("#jca-signed-in")).to_contain_text(ADMIN[0])

    admin.locator("#jca-upload input[type=file]").set_input_files(str(spec))
    # Gradio's file list shows the name as two spans, stem and extension, with a space between them
    expect(admin.locator("#jca-upload")).to_contain_text(re.compile(r"testville-parking-enforcement-officer\s*\.txt"))
    admin.locator("#jca-upload-btn").click()
    expect(admin.locator("#jca-upload-result")).to_contain_text("Indexed 1 file")
    expect(admin.locator("#jca-admin-status")).to_contain_text("3 documents")
    expect(admin.locator("#jca-docs-table")).to_contain_text("Parking Enforcement Officer")
    admin.screenshot(path=str(shots / "admin.png"), full_page=True)

    chat = open_chat(context.new_page(), server.url + "/")
    ask(chat, PARKING_Q)
    expect(last_answer(chat)).to_contain_text("21.50")
    source = chat.locator("#jca-sources .jca-source").first
    expect(source).to_contain_text("Parking Enforcement Officer")
    expect(source).to_contain_text("City of Testville")
    with chat.expect_popup() as popup:
        source.locator("a.jca-source-link").click()
    doc = popup.value
    expect(doc.locator("mark#passage")).to_contain_text("21.50")
    expect(doc.locator(".doc-text")).to_contain_text("<script>window.__jcaPwned = 1</script>")  # shown, not run
    assert doc.evaluate("window.__jcaPwned === undefined")
    assert chat.evaluate("window.__jcaPwned === undefined")

    admin.locator("#jca-delete-choice input").click()
    admin.get_by_role("option", name=re.compile("Parking Enforcement Officer")).click()
    admin.locator("#jca-delete-btn").click()
    expect(admin.locator("#jca-delete-confirm-row")).to_contain_text("Parking Enforcement Officer")
    admin.locator("#jca-delete-confirm").click()
    expect(admin.locator("#jca-delete-result")).to_contain_text("Deleted")
    expect(admin.locator("#jca-admin-status")).to_contain_text("2 documents")

    ask(chat, PARKING_Q)
    expect(last_answer(chat)).to_contain_text("don't answer")
    expect(chat.locator("#jca-sources")).to_contain_text("No passage in the indexed documents answers this question")

    admin.get_by_role("tab", name="Questions & feedback").click()
    admin.locator("#jca-refresh").click()
    expect(admin.locator("#jca-unanswered")).to_contain_text("parking enforcement officer")


# --- IT ----------------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def intranet(tmp_path_factory, server):
    """Another origin (like an intranet page) serving a page with the iframe and one with the widget script."""
    root = tmp_path_factory.mktemp("intranet")
    (root / "iframe.html").write_text(
        "<!doctype html><title>Intranet</title><h1>HR corner</h1>"
        f'<iframe id="jca" src="{server.url}/embed/" title="Job Classification Assistant" '
        'style="width:420px;height:640px;border:0"></iframe>'
    )
    (root / "widget.html").write_text(
        f'<!doctype html><title>Intranet</title><h1>News</h1><script src="{server.url}/widget.js" defer></script>'
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(root))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def test_embed_inside_iframe(context, intranet):
    page = context.new_page()
    page.goto(intranet + "/iframe.html")
    frame = page.frame_locator("#jca")
    expect(frame.locator("#jca-question textarea")).to_be_visible()
    assert frame.locator("a[href$='/admin/']").count() == 0  # no admin links in the embed
    ask(frame, SALARY_Q)
    expect(last_answer(frame)).to_contain_text("25.34")
    expect(frame.locator("#jca-sources")).to_contain_text("Butte County")


def test_widget_script_opens_embed(context, intranet, server):
    page = context.new_page()
    page.goto(intranet + "/widget.html")
    button = page.locator("button.jca-w-btn")
    expect(button).to_have_attribute("aria-expanded", "false")
    button.click()
    expect(page.locator("#jca-w-panel iframe")).to_have_attribute("src", server.url + "/embed/")
    expect(page.locator("#jca-w-panel")).to_be_visible()
    expect(page.frame_locator("#jca-w-panel iframe").locator("#jca-question textarea")).to_be_visible()
    page.keyboard.press("Escape")
    expect(page.locator("#jca-w-panel")).to_be_hidden()
    expect(button).to_be_focused()
