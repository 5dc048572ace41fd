"""The employees' chat page in a real browser (issue 14): a conversation that survives a reload, sources under
each answer, share links, plain-text copy, follow-up suggestions, the comment box beside the rated answer,
comparison cards on phones, and accessibility (axe-core, keyboard, dark mode).

Real server on 127.0.0.1 with the seed corpus, real embedding model, headless Chromium.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import httpx
import pytest

from assistant.answering.answer import Answer, Citation
from assistant.web.feedback_log import QuestionLog
from assistant.web.render import tables_to_html
from assistant.web.testing import corpus_copy, running_server

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
ADMIN = ("hr-admin", "chat-page-test-password-3c9")
SALARY_Q = "What is the salary range for the Butte County IT specialist?"
EDUCATION_Q = "What education is required for the Butte County Information Technology Specialist?"
COMPARE_Q = "Compare IT Systems Specialist I and IT Systems Specialist II"
AXE_RESULTS: dict[str, list[str]] = {}


# --- without a browser --------------------------------------------------------------------------------------------


def test_share_tokens_migrate_an_old_log(tmp_path):
    path = tmp_path / "web.sqlite"
    with sqlite3.connect(path) as conn:  # the log as the previous version created it: no token column
        conn.executescript(
            "CREATE TABLE questions (id INTEGER PRIMARY KEY AUTOINCREMENT, asked_at REAL NOT NULL, channel TEXT NOT "
            "NULL DEFAULT 'web', question TEXT NOT NULL, answer TEXT NOT NULL, answered INTEGER NOT NULL, sources "
            "TEXT NOT NULL DEFAULT '[]', latency_ms REAL NOT NULL DEFAULT 0, notice TEXT NOT NULL DEFAULT '');"
            "INSERT INTO questions(asked_at, question, answer, answered) VALUES (1, 'old question', 'old answer', 1);"
        )
    log = QuestionLog(path)
    old_token = log.token_of(1)
    assert len(old_token) >= 20 and log.by_token(old_token)["question"] == "old question"
    c = Citation(1, "clerk", "clerk.txt", "Clerk", "City", "Salary", "$20 hourly", 10, 20, level="II")
    qid = log.record("new question", Answer("Pays $20 [1].", True, [c]))
    token = log.token_of(qid)
    assert token and token != old_token and log.id_of(token) == qid
    assert log.by_token(token)["sources"][0] | {} == {
        "n": 1, "title": "Clerk", "employer": "City", "source": "clerk.txt", "section": "Salary", "level": "II",
        "quote": "$20 hourly", "doc_id": "clerk", "start": 10, "end": 20, "page": None}
    assert log.by_token(str(qid)) is None and log.by_token("") is None
    QuestionLog(path)  # opening again changes nothing
    assert QuestionLog(path).token_of(1) == old_token


def test_tables_become_cards_one_per_class():
    comparison = tables_to_html("| Field | Clerk I | Clerk II |\n|---|---|---|\n| Grade | 20 | 23 |\n| Pay | $1 | $2 |")
    assert comparison.count('<li class="jca-card">') == 2  # one per column: the classes
    assert '<p class="jca-card-title">Clerk II</p><dl><dt>Grade</dt><dd>23</dd><dt>Pay</dt><dd>$2</dd>' in comparison
    series = tables_to_html("Levels:\n| Level | Grade |\n|---|---|\n| I | 20 |\n| II | 23 |\n| III | 25 |")
    assert series.startswith("Levels:\n") and series.count('<li class="jca-card">') == 3  # one per row: the levels
    assert "<table" not in tables_to_html("a | b\nno rule line here")


# --- in the browser -----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def sync_api():
    return pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


@pytest.fixture(scope="module")
def expect(sync_api):
    sync_api.expect.set_options(timeout=90_000)
    return sync_api.expect


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("chat-page")
    env = {"JCA_ADMIN_USER": ADMIN[0], "JCA_ADMIN_PASSWORD": ADMIN[1], "JCA_RATE_LIMIT_PER_MIN": "1000"}
    with running_server(base / "data", corpus_copy(base), env, expect_documents=2) as s:
        yield s


@pytest.fixture(scope="module")
def browser(sync_api):
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture()
def context(browser, server):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, permissions=["clipboard-read", "clipboard-write"])
    yield ctx
    ctx.close()


def open_chat(page, expect, url: str):
    page.goto(url)
    expect(page.locator("#jca-question textarea")).to_be_visible()
    return page


def ask(page, expect, question: str) -> None:
    bots = page.locator('[data-testid="bot"]')
    before = bots.count()
    box = page.locator("#jca-question textarea")
    box.fill(question)
    box.press("Enter")
    expect(bots).to_have_count(before + 1)
    expect(page.locator("#jca-sources")).not_to_contain_text("Searching")


def bot(page, i: int = -1):
    bots = page.locator('[data-testid="bot"]')
    return bots.last if i == -1 else bots.nth(i)


@pytest.mark.browser
def test_conversation_survives_reload_and_closed_tab(context, server, expect):
    page = open_chat(context.new_page(), expect, server.url + "/")
    ask(page, expect, SALARY_Q)
    expect(bot(page)).to_contain_text("33.96")
    page.reload()
    expect(bot(page)).to_contain_text("33.96")
    expect(page.locator('[data-testid="user"]')).to_contain_text(SALARY_Q)
    expect(page.locator("#jca-sources .jca-source").first).to_contain_text("Butte County")
    page.close()  # a closed tab: a new one in the same browser gets the conversation back
    page = open_chat(context.new_page(), expect, server.url + "/")
    expect(bot(page)).to_contain_text("33.96")
    ask(page, expect, "What education is required?")  # the restored conversation is the follow-up's history
    expect(bot(page)).to_contain_text("Associate")
    page.locator("#jca-new-chat").click()
    expect(page.locator('[data-testid="bot"]')).to_have_count(0)
    page.reload()
    expect(page.locator("#jca-question textarea")).to_be_visible()
    expect(page.locator("#jca-chatbot")).to_contain_text("Butte County")  # the examples are back
    assert page.locator('[data-testid="bot"]').count() == 0
    other = context.browser.new_context()  # another browser profile does not see it
    try:
        fresh = open_chat(other.new_page(), expect, server.url + "/")
        assert fresh.locator('[data-testid="bot"]').count() == 0
    finally:
        other.close()


@pytest.mark.browser
def test_sources_under_each_answer_share_page_and_copy(context, server, expect):
    page = open_chat(context.new_page(), expect, server.url + "/")  # a fresh browser context: an empty chat
    ask(page, expect, SALARY_Q)
    ask(page, expect, EDUCATION_Q)
    for i, needle in ((0, "25.34"), (1, "Associate")):
        answer = bot(page, i)
        source = answer.locator(".jca-msg-source").first
        expect(source).to_contain_text("Information Technology Specialist")
        expect(source).to_contain_text("Butte County")
        expect(answer.locator(".jca-msg-quote").first).not_to_be_empty()
        expect(source.locator("a")).to_have_attribute(
            "href", re.compile(r"^/documents/butte-county-information-technology-specialist\?start=\d+&end=\d+#passage$"))
        expect(answer.locator(".jca-msg-sources")).to_contain_text(needle)
    cite = bot(page, 0).locator("a.jca-cite", has_text="[1]")
    expect(cite).to_have_accessible_name("[1] Source 1: Information Technology Specialist, Butte County")

    # copy: plain text, the sources written out as absolute links
    bot_row = bot(page, 0)
    bot_row.hover()
    copy = page.locator('#jca-chatbot button[aria-label="Copy message"]').first
    copy.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "25.34" in copied and "<" not in copied and "[[1]]" not in copied
    assert "Sources:\n[1] Information Technology Specialist, Butte County — " in copied
    assert re.search(re.escape(server.url) + r"/documents/butte-county-information-technology-specialist\?start=\d+&end=\d+#passage", copied)
    assert re.search(r"Share link: " + re.escape(server.url) + r"/a/[\w-]{20,}", copied)

    # share page: question, answer, sources; strict CSP; unknown ids are 404
    href = bot(page, 1).locator("a.jca-share-link").get_attribute("href")
    assert re.fullmatch(r"/a/[\w-]{20,}", href)
    shared = context.new_page()
    response = shared.goto(server.url + href)
    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    expect(shared.locator("h1")).to_have_text(EDUCATION_Q)
    expect(shared.locator(".jca-answer")).to_contain_text("Associate")
    expect(shared.locator(".jca-msg-source").first).to_contain_text("Butte County")
    shared.goto(server.url + shared.locator("a.jca-msg-source-link").first.get_attribute("href"))
    expect(shared.locator("mark#passage")).to_be_visible()
    assert httpx.get(server.url + "/a/not-a-real-token-0000000000", timeout=30).status_code == 404
    assert httpx.get(server.url + "/a/1", timeout=30).status_code == 404


@pytest.mark.browser
def test_follow_up_suggestions_are_answerable(context, server, expect):
    page = open_chat(context.new_page(), expect, server.url + "/")  # a fresh browser context: an empty chat
    ask(page, expect, SALARY_Q)
    buttons = page.locator("#jca-suggestions button.jca-suggestion:visible")
    expect(buttons.first).to_be_visible()
    count = buttons.count()
    assert 2 <= count <= 3
    texts = [buttons.nth(i).inner_text().strip() for i in range(count)]
    assert all(t.endswith(("?", ".")) or t.startswith("Compare") for t in texts)
    assert SALARY_Q not in texts
    buttons.first.click()
    expect(page.locator('[data-testid="bot"]')).to_have_count(2)
    expect(page.locator('[data-testid="user"]').last).to_have_text(texts[0])
    expect(bot(page)).not_to_contain_text("don't answer")
    expect(bot(page).locator(".jca-msg-source").first).to_be_visible()


@pytest.mark.browser
def test_comment_box_opens_beside_the_rated_answer(context, server, expect):
    page = open_chat(context.new_page(), expect, server.url + "/")  # a fresh browser context: an empty chat
    ask(page, expect, SALARY_Q)
    ask(page, expect, EDUCATION_Q)
    page.locator('#jca-chatbot button[aria-label="Dislike"]').first.click()
    row = page.locator("#jca-feedback-row")
    expect(row).to_be_visible()
    expect(row).to_have_class(re.compile("jca-feedback-inline"))
    first_answer = bot(page, 0).bounding_box()
    second_question = page.locator('[data-testid="user"]').nth(1).bounding_box()
    box = row.bounding_box()
    assert first_answer["y"] + first_answer["height"] <= box["y"] + 2  # under the rated answer ...
    assert box["y"] + box["height"] <= second_question["y"] + 2       # ... before the next question
    page.locator("#jca-comment textarea").fill("Add the grade please")
    page.locator("#jca-send-comment").click()
    expect(page.locator("#jca-feedback-status")).to_contain_text("Comment saved")
    feedback = httpx.get(server.url + "/api/admin/feedback", auth=ADMIN, timeout=30).json()
    assert feedback[0]["question"] == SALARY_Q and feedback[0]["comment"] == "Add the grade please"
    assert feedback[0]["feedback"] == "down"


_SPLIT_WORDS = """() => {
  // words of table cells / cards that the browser broke over two lines
  const out = [];
  for (const cell of document.querySelectorAll('.jca-table th, .jca-table td, .jca-card dd, .jca-card dt')) {
    if (!cell.offsetParent) continue;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const re = /\\S+/g; let m;
      while ((m = re.exec(node.data))) {
        const range = document.createRange();
        range.setStart(node, m.index); range.setEnd(node, m.index + m[0].length);
        const tops = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
        if (tops.size > 1) out.push(m[0]);
      }
    }
  }
  return out;
}"""


@pytest.mark.browser
def test_comparison_is_a_table_on_desktop_and_cards_on_a_phone(browser, server, expect):
    from axe_check import serious_violations

    for width, height in ((1280, 900), (390, 844)):
        # bypass_csp: the share page's strict CSP would block the axe script the test injects
        ctx = browser.new_context(viewport={"width": width, "height": height}, is_mobile=width < 500, bypass_csp=True)
        try:
            page = open_chat(ctx.new_page(), expect, server.url + "/")
            ask(page, expect, COMPARE_Q)
            answer = bot(page)
            if width > 500:
                expect(answer.locator("table.jca-table")).to_be_visible()
                assert answer.locator(".jca-cards").is_hidden()
                expect(answer.locator("table.jca-table thead")).to_contain_text("IT Systems Specialist II")
            else:
                cards = answer.locator(".jca-card")
                expect(cards).to_have_count(2)
                expect(cards.nth(0)).to_be_visible()
                expect(cards.nth(0).locator(".jca-card-title")).to_contain_text("IT Systems Specialist I")
                expect(cards.nth(1)).to_contain_text("Grade 23")
                assert answer.locator("table.jca-table").is_hidden()
                assert page.evaluate("document.documentElement.scrollWidth") <= width + 2
            assert page.evaluate(_SPLIT_WORDS) == []
            AXE_RESULTS[f"chat page with a comparison at {width}px"] = found = serious_violations(page)
            assert found == []
            href = answer.locator("a.jca-share-link").get_attribute("href")
            shared = ctx.new_page()
            shared.goto(server.url + href)
            target = "table.jca-table" if width > 500 else ".jca-card >> nth=0"
            expect(shared.locator(target)).to_be_visible()
            assert shared.evaluate(_SPLIT_WORDS) == []
            AXE_RESULTS[f"share page /a/<token> at {width}px"] = found = serious_violations(shared)
            assert found == []
        finally:
            ctx.close()


@pytest.mark.browser
def test_accessibility_chat_and_embed(browser, server, expect):
    from axe_check import serious_violations

    for scheme in ("light", "dark"):
        ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        try:
            page = open_chat(ctx.new_page(), expect, server.url + "/")
            expect(page.locator("h1")).to_have_count(1)
            expect(page.get_by_label("Your question")).to_be_visible()
            page.mouse.click(5, 5)  # the question box has autofocus: start from the top of the page
            page.keyboard.press("Tab")
            skip = page.locator("a.jca-skip")
            expect(skip).to_be_focused()
            page.keyboard.press("Enter")
            assert page.evaluate("document.activeElement.closest('#jca-question') !== null")
            ask(page, expect, SALARY_Q)
            expect(bot(page).locator("a.jca-cite").first).to_have_accessible_name(re.compile(r"^\[1\] Source 1: \w"))
            color = page.evaluate("getComputedStyle(document.querySelector('[data-testid=bot]')).color")
            dark_text = _luminance(color) < 0.3
            assert dark_text == (scheme == "light"), f"{scheme} mode has text color {color}"
            AXE_RESULTS[f"chat page after an answer ({scheme})"] = found = serious_violations(page)
            assert found == []
            embed = open_chat(ctx.new_page(), expect, server.url + "/embed/")
            expect(embed.locator("h1")).to_have_count(1)
            AXE_RESULTS[f"/embed/ ({scheme})"] = found = serious_violations(embed)
            assert found == []
        finally:
            ctx.close()
    print("\naxe serious/critical violations:", AXE_RESULTS)


def _luminance(css_color: str) -> float:
    r, g, b = (int(x) / 255 for x in re.findall(r"\d+", css_color)[:3])
    return 0.2126 * r + 0.7152 * g + 0.0722 * b
