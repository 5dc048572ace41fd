"""Refresh the screenshots in docs/screenshots/ that docs/web.md and the README show.

Starts a real server (``assistant.web.testing.running_server``) on a private copy of the
sample corpus in a temporary folder, drives Debian's Chromium with Playwright, and writes:

- ``chat-answer.png``        the chat: an answer, its sources under it, the Sources panel, follow-up suggestions
- ``chat-phone-cards.png``   a comparison answer at phone width (390x844): one card per class
- ``documents.png``          /documents: filter box, grade / FLSA / hourly / yearly pay columns
- ``document-passage.png``   a formatted document opened from a source link, the cited passage highlighted
- ``admin-upload.png``       admin, Documents tab: two files uploaded, what was detected in each, a warning
- ``admin-documents.png``    admin, the indexed documents table: values in use, grade, pay, warnings
- ``admin-correction.png``   admin, "Correct a document": a correction saved, the corrections log
- ``admin-questions.png``    admin, Questions & feedback: unanswered questions grouped with counts

Usage (takes a few minutes on 2 cores; nothing leaves 127.0.0.1):

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import httpx  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402

from assistant.web.testing import corpus_copy, running_server  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
ADMIN = ("hr-admin", "screenshots-password-5q8")
SALARY_Q = "What is the salary range for the Butte County IT specialist?"
COMPARE_Q = "Compare IT Systems Specialist I and IT Systems Specialist II"
UNANSWERED = [
    "How many vacation days do bus drivers get?",
    "how many vacation days do bus drivers get",
    "What's the number of vacation days for a bus driver?",
    "What is the salary of a Librarian II?",
]
# A department heading as its title and no employer: HR corrects it.
HARBOR = """PRINTER-FRIENDLY VERSION
HARBOR OPERATIONS

DEFINITION
Under general supervision, dispatches harbor pilots to arriving and departing vessels and keeps the pilot roster.

MINIMUM QUALIFICATIONS
Two years of marine dispatch experience.

SALARY
$31.25 - $40.10 hourly
"""
GARDENER = """City of Testville
Park Gardener
Class Code: 5120

Definition
Under supervision, plants and maintains city parks, flower beds and lawns.

Salary
Hourly wage: $19.00 - $24.50
"""
expect.set_options(timeout=180_000)
# Scroll the chat (not the page) so that an element is at the top of the conversation box.
SCROLL_TO_TOP = """e => {
  let box = e.parentElement;
  while (box && !(box.scrollHeight > box.clientHeight + 5 && /auto|scroll/.test(getComputedStyle(box).overflowY))) {
    box = box.parentElement;
  }
  if (box) box.scrollTop += e.getBoundingClientRect().top - box.getBoundingClientRect().top - 8;
  window.scrollTo(0, 0);
}"""


def ask(page, question: str) -> None:
    bots = page.locator('[data-testid="bot"]')
    before = bots.count()
    box = page.locator("#jca-question textarea")
    box.fill(question)
    box.press("Enter")
    expect(bots).to_have_count(before + 1)
    expect(page.locator("#jca-sources")).not_to_contain_text("Searching")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="jca-shots-") as tmp:
        base = Path(tmp)
        env = {"JCA_ADMIN_USER": ADMIN[0], "JCA_ADMIN_PASSWORD": ADMIN[1], "JCA_RATE_LIMIT_PER_MIN": "1000"}
        (base / "harbor-ops-0042.txt").write_text(HARBOR)
        (base / "park-gardener.txt").write_text(GARDENER)
        with running_server(base / "data", corpus_copy(base), env, expect_documents=2) as server, \
                sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
            desk = browser.new_context(viewport={"width": 1280, "height": 800})

            # chat: answer, sources under it, panel, suggestions
            chat = desk.new_page()
            chat.goto(server.url + "/")
            expect(chat.locator("#jca-question textarea")).to_be_visible()
            ask(chat, SALARY_Q)
            expect(chat.locator("#jca-suggestions button").first).to_be_visible()
            chat.evaluate("window.scrollBy(0, 70)")
            chat.screenshot(path=str(out / "chat-answer.png"))
            print("chat-answer.png")

            # the highlighted passage in its formatted document
            with chat.expect_popup() as popup:
                chat.locator("#jca-sources a.jca-source-link").first.click()
            doc = popup.value
            doc.set_viewport_size({"width": 1280, "height": 800})
            expect(doc.locator("mark#passage")).to_be_visible()
            doc.locator("mark#passage").scroll_into_view_if_needed()
            doc.evaluate("window.scrollBy(0, -200)")
            doc.screenshot(path=str(out / "document-passage.png"))
            print("document-passage.png")

            # phone width: a comparison as cards
            phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                        device_scale_factor=1)
            small = phone.new_page()
            small.goto(server.url + "/")
            expect(small.locator("#jca-question textarea")).to_be_visible()
            ask(small, COMPARE_Q)
            cards = small.locator('[data-testid="bot"] .jca-cards').last
            if cards.count() and cards.is_visible():
                small.wait_for_timeout(500)  # the chat scrolls itself to the end of the answer first
                cards.locator(".jca-card").first.evaluate(SCROLL_TO_TOP)
                small.wait_for_timeout(300)
            else:
                print("note: the comparison answer has no cards:", small.locator('[data-testid="bot"]').last.inner_text()[:300])
            small.screenshot(path=str(out / "chat-phone-cards.png"))
            print("chat-phone-cards.png")
            phone.close()

            # admin: sign in, upload two files, what was detected
            admin = desk.new_page()
            admin.goto(server.url + "/admin/")
            admin.locator("#username").fill(ADMIN[0])
            admin.locator("#password").fill(ADMIN[1])
            admin.locator("#password").press("Enter")
            expect(admin.locator("#jca-admin-status")).to_contain_text("2 documents")
            admin.locator("#jca-upload input[type=file]").set_input_files(
                [str(base / "harbor-ops-0042.txt"), str(base / "park-gardener.txt")])
            expect(admin.locator("#jca-upload")).to_contain_text("park-gardener")
            admin.locator("#jca-upload-btn").click()
            expect(admin.locator("#jca-upload-result")).to_contain_text("Indexed 2 file")
            expect(admin.locator("#jca-docs-table")).to_contain_text("Park Gardener")
            admin.evaluate("document.querySelector('#jca-upload-result').scrollIntoView({block: 'start'})")
            admin.evaluate("window.scrollBy(0, -60)")
            admin.screenshot(path=str(out / "admin-upload.png"))
            print("admin-upload.png")
            admin.evaluate("document.querySelector('#jca-docs-table').scrollIntoView({block: 'start'})")
            admin.evaluate("window.scrollBy(0, -100)")
            admin.screenshot(path=str(out / "admin-documents.png"))
            print("admin-documents.png")

            # the correction form: correct the harbor document's title and employer
            admin.locator("#jca-fix-choice input").click()
            admin.get_by_role("option", name="Harbor Operations").first.click()
            expect(admin.locator("#jca-fix-info")).to_contain_text("Now in use")
            admin.locator("#jca-fix-title textarea, #jca-fix-title input").first.fill("Harbor Pilot Dispatcher")
            admin.locator("#jca-fix-employer textarea, #jca-fix-employer input").first.fill("Port of Bayport")
            admin.locator("#jca-fix-save").click()
            expect(admin.locator("#jca-fix-result")).to_contain_text("Saved")
            expect(admin.locator("#jca-fix-log")).to_contain_text("Harbor Pilot Dispatcher")
            admin.evaluate("document.querySelector('#jca-fix-choice').scrollIntoView({block: 'start'})")
            admin.evaluate("window.scrollBy(0, -150)")
            admin.screenshot(path=str(out / "admin-correction.png"))
            print("admin-correction.png")

            # the documents list, with the corrected title and the new columns
            listing = desk.new_page()
            listing.goto(server.url + "/documents")
            expect(listing.locator("table.docs tbody tr")).to_have_count(4)
            listing.screenshot(path=str(out / "documents.png"))
            print("documents.png")

            # unanswered questions grouped
            for q in UNANSWERED:
                httpx.post(server.url + "/api/ask", json={"question": q, "history": []}, timeout=300)
            admin.get_by_role("tab", name="Questions & feedback").click()
            admin.locator("#jca-refresh").click()
            expect(admin.locator("#jca-unanswered")).to_contain_text("vacation")
            admin.evaluate("window.scrollTo(0, 0)")
            admin.screenshot(path=str(out / "admin-questions.png"))
            print("admin-questions.png")
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
