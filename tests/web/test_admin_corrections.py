"""Issue 14, HR's side, against a real server: what was detected, corrections, the to-do list, upload counts.

A real ``python -m assistant serve`` on 127.0.0.1 (real Chroma in a tmp folder, the real embedding model),
the admin REST API through httpx with HTTP Basic auth, the CLI as a subprocess, and the admin page in
headless Chromium with axe-core.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from assistant.settings import OFFLINE_ENVIRONMENT, REPO_ROOT
from assistant.web.testing import corpus_copy, running_server

ADMIN = ("hr-admin", "corrections-test-password-4k2")
CHROMIUM = Path("/usr/bin/chromium")
CLEAN_ENV = {k: v for k, v in os.environ.items() if not k.startswith("JCA_")} | OFFLINE_ENVIRONMENT
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]

# Detected title "Harbor Operations" (a department heading), no employer: HR corrects both.
HARBOR = """PRINTER-FRIENDLY VERSION
HARBOR OPERATIONS

DEFINITION
Under general supervision, dispatches harbor pilots to arriving and departing vessels and keeps the pilot roster.

MINIMUM QUALIFICATIONS
Two years of marine dispatch experience.

SALARY
$31.25 - $40.10 hourly
"""
HARBOR_Q = "What is the hourly salary of the Harbor Pilot Dispatcher at the Port of Bayport?"
# No title in the text (made from the file name), no employer, no sections: the upload must warn.
NOTES = "Some notes taken at a meeting about parking.\nNothing here is a class specification.\n"
GARDENER = """City of Testville
Park Gardener
Class Code: 5120

Definition
Under supervision, plants and maintains city parks, flower beds and lawns.

Salary
Hourly wage: $19.00 - $24.50
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("admin-corrections")
    env = {"JCA_ADMIN_USER": ADMIN[0], "JCA_ADMIN_PASSWORD": ADMIN[1], "JCA_RATE_LIMIT_PER_MIN": "1000"}
    with running_server(base / "data", corpus_copy(base), env, expect_documents=2) as s:
        s.data_dir = base / "data"  # type: ignore[attr-defined]
        yield s


def api(server, method: str, path: str, **kwargs) -> httpx.Response:
    return httpx.request(method, server.url + path, auth=ADMIN, timeout=300, **kwargs)


def ask(server, question: str) -> dict:
    response = httpx.post(server.url + "/api/ask", json={"question": question, "history": []}, timeout=300)
    assert response.status_code == 200, response.text
    return response.json()


def cited(answer: dict) -> set[tuple[str, str]]:
    return {(c["title"], c["employer"]) for c in answer["citations"]}


def test_two_files_uploaded_together_are_added_2_with_what_was_detected(server, tmp_path):
    """The upload summary counted one file per sync: two files said "added 1" in the index status."""
    files = [("files", ("park-gardener.txt", GARDENER.encode(), "text/plain")),
             ("files", ("meeting-notes-7.txt", NOTES.encode(), "text/plain"))]
    report = api(server, "POST", "/api/admin/documents", files=files).json()
    assert sorted(report["saved"]) == ["meeting-notes-7.txt", "park-gardener.txt"]
    assert (report["added"], report["updated"]) == (2, 0)
    status = api(server, "GET", "/api/admin/status").json()
    assert status["last_summary"]["added"] == 2
    assert status["documents"] == 4
    detected = {d["source"]: d for d in report["documents"]}
    gardener = detected["park-gardener.txt"]
    assert (gardener["title"], gardener["employer"], gardener["class_code"]) == ("Park Gardener", "City of Testville", "5120")
    assert "salary" in gardener["sections"] and gardener["warnings"] == []
    assert "19.00" in gardener["pay"]
    notes = detected["meeting-notes-7.txt"]
    assert any("file name" in w for w in notes["warnings"]), notes
    assert "no employer was found" in notes["warnings"]
    assert any("no sections" in w for w in notes["warnings"])
    listed = {d["source"]: d for d in api(server, "GET", "/api/admin/documents").json()}
    assert listed["meeting-notes-7.txt"]["warnings"] == notes["warnings"]  # the same flags on the document's row


def test_a_correction_changes_answers_listings_and_cli_until_cleared(server):
    uploaded = api(server, "POST", "/api/admin/documents",
                   files=[("files", ("bayport-spec-0042.txt", HARBOR.encode(), "text/plain"))]).json()
    assert uploaded["saved"] == ["bayport-spec-0042.txt"]
    doc_id = "bayport-spec-0042"
    assert uploaded["documents"][0]["title"] == "Harbor Operations"
    assert ("Harbor Pilot Dispatcher", "Port of Bayport") not in cited(ask(server, HARBOR_Q))

    fixed = api(server, "PUT", f"/api/admin/documents/{doc_id}/correction",
                json={"title": "Harbor Pilot Dispatcher", "employer": "Port of Bayport", "class_code": "HP-310"})
    assert fixed.status_code == 200, fixed.text
    body = fixed.json()
    assert (body["title"], body["employer"], body["class_code"]) == ("Harbor Pilot Dispatcher", "Port of Bayport", "HP-310")
    assert body["detected"]["title"] == "Harbor Operations" and body["corrected"] == ["title", "employer", "class_code"]
    assert not any("employer" in w for w in body["warnings"])

    answer = ask(server, HARBOR_Q)
    assert answer["answered"] and ("Harbor Pilot Dispatcher", "Port of Bayport") in cited(answer)
    assert "31.25" in answer["answer"]
    public = {d["doc_id"]: d for d in httpx.get(server.url + "/api/documents", timeout=60).json()}
    assert public[doc_id]["title"] == "Harbor Pilot Dispatcher"
    assert "Harbor Pilot Dispatcher" in httpx.get(server.url + "/documents", timeout=60).text
    cli = subprocess.run([sys.executable, "-m", "assistant", "docs", "--json", "--data-dir", str(server.data_dir)],
                         cwd=REPO_ROOT, env=CLEAN_ENV, capture_output=True,
                         text=True, timeout=300)
    assert cli.returncode == 0, cli.stderr[-2000:]
    assert {d["doc_id"]: d["title"] for d in json.loads(cli.stdout)}[doc_id] == "Harbor Pilot Dispatcher"

    # the same file uploaded again (a replacement) keeps the correction
    again = api(server, "POST", "/api/admin/documents",
                files=[("files", ("bayport-spec-0042.txt", HARBOR.replace("$31.25", "$31.50").encode(), "text/plain"))]).json()
    assert again["replaced"] == ["bayport-spec-0042.txt"] and again["updated"] == 1
    assert again["documents"][0]["title"] == "Harbor Pilot Dispatcher"

    log = api(server, "GET", "/api/admin/corrections").json()
    assert log[0]["doc_id"] == doc_id and log[0]["user"] == ADMIN[0] and log[0]["action"] == "set"
    assert "title: Harbor Operations → Harbor Pilot Dispatcher" in log[0]["change"]

    cleared = api(server, "DELETE", f"/api/admin/documents/{doc_id}/correction")
    assert cleared.status_code == 200, cleared.text
    assert (cleared.json()["title"], cleared.json()["employer"]) == ("Harbor Operations", "")
    assert ("Harbor Pilot Dispatcher", "Port of Bayport") not in cited(ask(server, HARBOR_Q))
    log = api(server, "GET", "/api/admin/corrections").json()
    assert log[0]["action"] == "cleared" and "title: Harbor Pilot Dispatcher → Harbor Operations" in log[0]["change"]
    assert api(server, "DELETE", f"/api/admin/documents/{doc_id}/correction").status_code == 404  # nothing left


def test_bad_corrections_are_refused(server):
    assert api(server, "PUT", "/api/admin/documents/no-such-doc/correction", json={"title": "X"}).status_code == 404
    doc_id = "butte-county-information-technology-specialist"
    assert api(server, "PUT", f"/api/admin/documents/{doc_id}/correction", json={"title": "  "}).status_code == 422
    assert api(server, "PUT", f"/api/admin/documents/{doc_id}/correction", json={}).status_code == 422
    assert httpx.put(server.url + f"/api/admin/documents/{doc_id}/correction", json={"title": "X"},
                     timeout=30).status_code == 401


def test_unanswered_questions_are_grouped_and_counted(server):
    for question in ("What is the salary of a zookeeper?", "what's the salary of the zookeeper",
                     "What is the salary of a Zookeeper", "How many vacation days does a lighthouse keeper get?"):
        assert not ask(server, question)["answered"]
    groups = api(server, "GET", "/api/admin/unanswered/grouped").json()
    by_question = {g["question"]: g for g in groups}
    assert groups[0]["question"] == "How many vacation days does a lighthouse keeper get?"  # newest first
    zoo = by_question["What is the salary of a Zookeeper"]
    assert zoo["count"] == 3 and len(zoo["wordings"]) == 3
    assert zoo["closest"]  # the nearest indexed document, for HR to judge


# --- the admin page in a real browser ----------------------------------------------------------------------

sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


def signed_in_admin(browser, server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(server.url + "/admin/")
    page.locator("#username").fill(ADMIN[0])
    page.locator("#password").fill(ADMIN[1])
    page.locator("#password").press("Enter")
    sync_api.expect(page.locator("#jca-admin-status")).to_contain_text("documents", timeout=120_000)
    return context, page


@pytest.mark.browser
def test_admin_page_detects_warns_corrects_and_logs(browser, server, tmp_path):
    from axe_check import serious_violations

    expect = sync_api.expect
    expect.set_options(timeout=120_000)
    context, page = signed_in_admin(browser, server)
    try:
        assert page.locator("h1").count() == 1 and "admin" in page.locator("h1").inner_text().lower()
        expect(page.locator("#jca-docs-table")).to_contain_text("Butte County")
        assert serious_violations(page) == [], "Documents tab"

        spec = tmp_path / "print-friendly-42.txt"
        spec.write_text("Print Friendly\n\n" + NOTES)
        page.locator("#jca-upload input[type=file]").set_input_files(str(spec))
        expect(page.locator("#jca-upload")).to_contain_text("print-friendly-42")
        page.locator("#jca-upload-btn").click()
        result = page.locator("#jca-upload-result")
        expect(result).to_contain_text("Indexed 1 file(s) (added 1")
        expect(result).to_contain_text("need a look")
        expect(result).to_contain_text("no employer was found")
        expect(page.locator("#jca-docs-table")).to_contain_text("⚠")

        page.locator("#jca-fix-choice input").click()
        page.get_by_role("option", name=re.compile(r"print-friendly-42\.txt")).click()
        expect(page.locator("#jca-fix-info")).to_contain_text("no employer was found")
        page.locator("#jca-fix-title textarea, #jca-fix-title input").first.fill("Parking Meeting Notes")
        page.locator("#jca-fix-employer textarea, #jca-fix-employer input").first.fill("City of Testville")
        page.locator("#jca-fix-save").click()
        expect(page.locator("#jca-fix-result")).to_contain_text("Saved")
        expect(page.locator("#jca-fix-info")).to_contain_text("corrected by HR")
        expect(page.locator("#jca-docs-table")).to_contain_text("Parking Meeting Notes ✎")
        expect(page.locator("#jca-fix-log")).to_contain_text(ADMIN[0])
        expect(page.locator("#jca-fix-log")).to_contain_text("→ Parking Meeting Notes")
        assert serious_violations(page) == [], "Documents tab after a correction"

        page.locator("#jca-fix-clear").click()
        expect(page.locator("#jca-fix-result")).to_contain_text("Cleared")
        expect(page.locator("#jca-docs-table")).not_to_contain_text("Parking Meeting Notes")
        expect(page.locator("#jca-fix-log")).to_contain_text("cleared")

        page.get_by_role("tab", name="Questions & feedback").click()
        expect(page.locator("#jca-unanswered")).to_be_visible()
        assert serious_violations(page) == [], "Questions tab"
    finally:
        context.close()
