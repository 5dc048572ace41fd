"""The documents pages in a real browser: formatted documents, the live filter and sorting, accessibility.

A real server indexes the seed corpus plus a Markdown, an HTML and a PDF class
specification (each carrying hostile markup), and Playwright drives Debian's
Chromium against it: documents are shown formatted and sanitised with the cited
passage highlighted in every format; the list filters as you type and sorts by
its fact columns (grade, FLSA status, pay per hour and per year, computed figures
marked); the server's own pages have one h1, a skip link, landmarks, labelled
inputs, a dark mode and no serious axe-core violations.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest

from assistant.web.testing import corpus_copy, running_server

from axe_check import serious_violations

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Debian's chromium is not installed (apt-get install chromium)"),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
expect = sync_api.expect
expect.set_options(timeout=60_000)

ADMIN = ("hr-admin", "documents-test-password-5c2")
OUTSIDE = "198.51.100.7"  # a documentation address: any request to it is a document reaching out

MARKDOWN_SPEC = f"""# Library Assistant

City of Riverbend · Class Code: 3310 · Grade: 14

## Definition

Under general supervision, helps library patrons find materials, checks items in and out and shelves returned books.

## Examples of Duties

- Checks library materials in and out at the circulation desk.
- Shelves returned books and keeps the stacks in order.
- Helps patrons use the catalogue and the public computers.

## Salary

Hourly rate: $20.00 - $25.00 per hour

FLSA Status: Non-exempt

## Notes

Markup stays inert: <script>window.__jcaPwned = 3</script> <img src="http://{OUTSIDE}/x.png" onerror="window.__jcaPwned = 4">
[a script link](javascript:window.__jcaPwned=5) and ![an outside image](http://{OUTSIDE}/pixel.png)
"""

HTML_SPEC = f"""<!doctype html><html><head><title>Water Plant Operator</title>
<script>window.__jcaPwned = 6</script></head><body>
<nav><a href="/">Home</a> <a href="/jobs">Jobs</a></nav>
<main>
<h1>Water Plant Operator</h1>
<p>County of Lakeside. Class code 5520. Grade 22.</p>
<h2>Definition</h2>
<p>Under direction, operates and maintains the water treatment plant, monitors water quality and keeps operating records.</p>
<h2>Typical Duties</h2>
<ul><li>Operates pumps, filters and chemical feed equipment.</li><li>Collects water samples and performs laboratory tests.</li></ul>
<h2>Compensation</h2>
<table><tr><th>Step</th><th>Annual salary</th></tr><tr><td>Minimum</td><td>$61,000</td></tr><tr><td>Maximum</td><td>$79,000</td></tr></table>
<p>Salary: $61,000 - $79,000 annually</p>
<p>This position is FLSA exempt.</p>
<p onclick="window.__jcaPwned = 7">Apply online. <img src="https://{OUTSIDE}/track.gif" onerror="window.__jcaPwned = 8"></p>
</main></body></html>
"""

PDF_PAGES = [
    "Town of Millbrook\nEquipment Mechanic\nClass Code: 6120\n\nDefinition\nRepairs and maintains the town's "
    "trucks, mowers and heavy equipment.\n\nExamples of Duties\nDiagnoses engine and hydraulic faults. Keeps repair records.",
    "Minimum Qualifications\nThree years of experience repairing heavy equipment. A valid Class B license is required.\n\n"
    "Salary\nMonthly salary: $4,500 - $5,800 per month\n\nFLSA: Non-exempt",
]


def _pdf(path: Path, pages: list[str]) -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 8, text)
    path.write_bytes(bytes(pdf.output()))


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("documents-pages")
    corpus = corpus_copy(base)
    (corpus / "library-assistant.md").write_text(MARKDOWN_SPEC, encoding="utf-8")
    (corpus / "water-plant-operator.html").write_text(HTML_SPEC, encoding="utf-8")
    _pdf(corpus / "equipment-mechanic.pdf", PDF_PAGES)
    env = {"JCA_ADMIN_USER": ADMIN[0], "JCA_ADMIN_PASSWORD": ADMIN[1], "JCA_RATE_LIMIT_PER_MIN": "1000"}
    with running_server(base / "data", corpus, env, expect_documents=5) as s:
        s.docs = {d["source"].rsplit("/", 1)[-1]: d for d in httpx.get(s.url + "/api/documents", timeout=60).json()}
        yield s


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)
        yield b
        b.close()


def _context(browser, scheme: str = "light", bypass_csp: bool = False):
    """A page context recording any request that leaves the server; ``bypass_csp`` lets axe-core be injected
    (the pages' strict CSP rightly refuses the inline script it is added as)."""
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme, bypass_csp=bypass_csp)
    ctx.outside = []  # type: ignore[attr-defined]
    local = re.compile(r"^(data:|blob:|about:|http://127\.0\.0\.1:\d+/)")
    ctx.on("request", lambda r: None if local.match(r.url) else ctx.outside.append(r.url))  # type: ignore[attr-defined]
    return ctx


@pytest.fixture()
def context(browser, server):
    ctx = _context(browser)
    yield ctx
    outside = ctx.outside  # type: ignore[attr-defined]
    ctx.close()
    assert outside == [], f"the pages called out of the server: {outside}"


def passage_url(server, name: str, phrase: str) -> str:
    """The document page of ``name`` with ``phrase`` (as stored in the extracted text) cited."""
    doc = server.docs[name]
    text = httpx.get(server.url + f"/api/documents/{doc['doc_id']}", timeout=60).json()["text"]
    start = text.index(phrase)
    return server.url + f"/documents/{doc['doc_id']}?start={start}&end={start + len(phrase)}#passage"


def assert_inert(page) -> None:
    """None of the document's markup ran, loaded or kept a handler."""
    article = page.locator("article.doc-text")
    assert page.evaluate("window.__jcaPwned") is None
    expect(article.locator("script, img, iframe, style, object, embed")).to_have_count(0)
    assert article.evaluate(
        "a => [...a.querySelectorAll('*')].flatMap(e => [...e.attributes].map(x => x.name))"
        ".filter(n => n.startsWith('on') || n === 'src' || n === 'style')") == []
    hrefs = article.evaluate("a => [...a.querySelectorAll('a[href]')].map(x => x.getAttribute('href'))")
    assert all(h.startswith(("http://", "https://", "mailto:")) for h in hrefs), hrefs


# --- 1. documents shown formatted, the passage highlighted in every format -----------------------------------------


def test_markdown_document_is_formatted_sanitised_and_highlighted(context, server):
    page = context.new_page()
    page.goto(passage_url(server, "library-assistant.md", "Hourly rate: $20.00 - $25.00 per hour"))
    article = page.locator("article.doc-text")
    expect(page.locator("h1")).to_have_count(1)
    expect(page.locator("h1")).to_have_text("Library Assistant")
    expect(article.locator("h2")).to_have_text(["Library Assistant"])  # the document's headings rank under the h1
    expect(article.locator("h3", has_text="Examples of Duties")).to_be_visible()
    expect(article.locator("ul li")).to_have_count(3)
    expect(article.locator("ul li").first).to_have_text("Checks library materials in and out at the circulation desk.")
    mark = page.locator("mark#passage")
    expect(mark).to_contain_text("Hourly rate: $20.00 - $25.00 per hour")
    expect(mark).to_be_in_viewport()
    expect(mark).to_be_focused()
    expect(article).to_contain_text("<script>window.__jcaPwned = 3</script>")  # shown as text, not run
    expect(article).to_contain_text("a script link")
    assert_inert(page)
    expect(page.locator("dl.meta")).to_contain_text("Markdown")


def test_html_document_is_formatted_sanitised_and_highlighted(context, server):
    page = context.new_page()
    page.goto(passage_url(server, "water-plant-operator.html", "Salary: $61,000 - $79,000 annually"))
    article = page.locator("article.doc-text")
    expect(page.locator("h1")).to_have_count(1)
    expect(article.locator("h3", has_text="Typical Duties")).to_be_visible()
    expect(article.locator("li")).to_have_count(2)
    table = article.locator("table")
    expect(table.locator("th").first).to_have_text("Step")
    expect(table.locator("tbody tr")).to_have_count(2)
    expect(table.locator("tbody tr").last).to_contain_text("$79,000")
    expect(page.locator("mark#passage")).to_have_text(re.compile(r"Salary: \$61,000 - \$79,000 annually"))
    expect(page.locator("mark#passage")).to_be_in_viewport()
    assert_inert(page)


def test_pdf_document_shows_pages_and_the_passage_on_its_page(context, server):
    page = context.new_page()
    page.goto(passage_url(server, "equipment-mechanic.pdf", "Monthly salary: $4,500 - $5,800 per month"))
    article = page.locator("article.doc-text")
    expect(article.locator("h2.page-mark")).to_have_text(["Page 1", "Page 2"])
    page_two = article.locator("section.pdf-page").nth(1)
    expect(page_two.locator("mark#passage")).to_contain_text("Monthly salary: $4,500 - $5,800 per month")
    expect(page_two).to_contain_text("Three years of experience repairing heavy equipment")
    expect(article.locator("section.pdf-page").first).not_to_contain_text("Monthly salary")
    expect(page.locator("mark.passage")).to_have_count(1)
    expect(page.locator("dl.meta")).to_contain_text("Page of the passage2")
    expect(page.locator("mark#passage")).to_be_in_viewport()


def test_plain_text_as_paragraphs_and_a_passage_across_paragraphs(context, server):
    page = context.new_page()
    doc = server.docs["butte-county-information-technology-specialist.txt"]
    text = httpx.get(server.url + f"/api/documents/{doc['doc_id']}", timeout=60).json()["text"]
    start = text.index("Wage Range")
    end = text.index("To Apply") + len("To Apply")
    page.goto(server.url + f"/documents/{doc['doc_id']}?start={start}&end={end}#passage")
    article = page.locator("article.doc-text")
    assert article.locator("p").count() >= 10
    expect(article.locator("li", has_text="Plan, organize, and coordinate the work of assigned staff.")).to_have_count(1)
    marks = page.locator("mark.passage")
    expect(marks).to_have_count(2)  # one per paragraph the passage covers
    expect(marks.first).to_contain_text("Wage Range: $25.34-33.96 hourly")
    expect(marks.last).to_have_text("To Apply")
    expect(page.locator("mark#passage")).to_be_in_viewport()
    # a span that no longer fits the document is said so, not highlighted
    page.goto(server.url + f"/documents/{doc['doc_id']}?start=5&end=99999999")
    expect(page.locator("mark")).to_have_count(0)
    expect(page.locator("main")).to_contain_text("could not be located")


# --- 2. the list: live filter, fact columns that sort and filter -----------------------------------------------------


def _titles(page) -> list[str]:
    return page.locator("table.docs tbody tr td:first-child a").all_inner_texts()


def test_list_filters_as_you_type_without_reloading(context, server):
    page = context.new_page()
    page.goto(server.url + "/documents")
    rows = page.locator("table.docs tbody tr")
    expect(rows).to_have_count(5)
    page.evaluate("window.__samePage = true")
    page.locator("#q").press_sequentially("lake")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Water Plant Operator")
    expect(page.locator("#doc-count")).to_have_text("1 of 5 documents")
    assert page.evaluate("window.__samePage") is True  # filtered in place, no submit
    page.locator("#q").fill("no such class anywhere")
    expect(page.locator("#doc-empty")).to_be_visible()
    expect(page.locator("table.docs")).to_be_hidden()
    page.locator("#q").fill("")
    expect(rows).to_have_count(5)

    page.locator("#flsa").select_option("exempt")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Exempt (no overtime pay)")
    page.locator("#flsa").select_option("")
    page.locator("#min_pay").fill("60000")  # a yearly range reaching $60,000
    expect(rows).to_have_count(3)
    assert sorted(_titles(page)) == ["Equipment Mechanic", "Information Technology Specialist", "Water Plant Operator"]
    assert page.evaluate("window.__samePage") is True
    assert "min_pay=60000" in page.url  # the state is in the address, so the filtered list can be shared
    page.reload()
    expect(rows).to_have_count(3)


def test_pay_grade_and_flsa_columns(context, server):
    page = context.new_page()
    page.goto(server.url + "/documents")
    row = page.locator("table.docs tbody tr", has_text="Library Assistant")
    expect(row.locator('td[data-label="Grade"]')).to_have_text("14")
    expect(row.locator('td[data-label="FLSA status"]')).to_have_text("Non-exempt (overtime pay)")
    expect(row.locator('td[data-label="Hourly pay"]')).to_have_text("$20.00–$25.00/hr")  # stated
    expect(row.locator('td[data-label="Yearly pay"]')).to_have_text("≈ $41,600–$52,000/yr (computed)")
    water = page.locator("table.docs tbody tr", has_text="Water Plant Operator")
    expect(water.locator('td[data-label="Yearly pay"]')).to_have_text("$61,000–$79,000/yr")
    expect(water.locator('td[data-label="Hourly pay"]')).to_have_text("≈ $29.33–$37.98/hr (computed)")
    butte = page.locator("table.docs tbody tr", has_text="Butte County")
    expect(butte.locator('td[data-label="Yearly pay"]')).to_have_text("$52,707–$70,637/yr")  # both stated
    expect(page.locator("main")).to_contain_text("2,080 hours")


def test_list_sorts_by_clicking_a_header(context, server):
    page = context.new_page()
    page.goto(server.url + "/documents")
    header = page.locator('th[data-key="yearly"]')
    page.evaluate("window.__samePage = true")
    header.locator("a").click()
    expect(header).to_have_attribute("aria-sort", "ascending")
    expect(page.locator("table.docs tbody tr").first).to_contain_text("Library Assistant")
    assert _titles(page) == ["Library Assistant", "Information Technology Specialist", "Equipment Mechanic",
                             "Water Plant Operator", "IT Systems Specialist"]  # no pay stated: last
    header.locator("a").click()
    expect(header).to_have_attribute("aria-sort", "descending")
    expect(page.locator("table.docs tbody tr").first).to_contain_text("Water Plant Operator")
    assert _titles(page)[-1] == "IT Systems Specialist"  # still last when descending
    grade = page.locator('th[data-key="grade"]')
    grade.locator("a").click()
    expect(grade).to_have_attribute("aria-sort", "ascending")
    expect(header).not_to_have_attribute("aria-sort", re.compile(".*"))
    assert _titles(page)[:2] == ["Library Assistant", "IT Systems Specialist"]  # 14 before 18-25
    assert page.evaluate("window.__samePage") is True
    # the keyboard: the header is a link, Enter sorts
    page.locator('th[data-key="title"] a').focus()
    page.keyboard.press("Enter")
    expect(page.locator('th[data-key="title"]')).to_have_attribute("aria-sort", "ascending")


def test_filter_and_sort_work_without_javascript(browser, server):
    ctx = browser.new_context(java_script_enabled=False)
    try:
        page = ctx.new_page()
        page.goto(server.url + "/documents")
        page.locator("#q").fill("butte")
        page.locator("#q").press("Enter")  # the form submits: the server filters
        expect(page.locator("table.docs tbody tr:visible")).to_have_count(1)
        expect(page.locator("#doc-count")).to_have_text("1 of 5 documents")
        page.goto(server.url + "/documents")
        page.locator('th[data-key="hourly"] a').click()
        expect(page.locator('th[data-key="hourly"]')).to_have_attribute("aria-sort", "ascending")
        assert _titles(page)[0] == "Library Assistant"
        page.locator('th[data-key="hourly"] a').click()
        expect(page.locator('th[data-key="hourly"]')).to_have_attribute("aria-sort", "descending")
        assert _titles(page)[0] == "Water Plant Operator"
    finally:
        ctx.close()


# --- 3. accessibility of the server's own pages, light and dark -------------------------------------------------------

PAGES = {
    "documents list": "/documents",
    "document": None,  # a cited passage in the Butte County document (filled in below)
    "help": "/help",
    "API docs": "/docs",
    "login": "/login",
}


def _luminance(rgb: str) -> float:
    values = [int(v) / 255 for v in re.findall(r"\d+", rgb)[:3]]
    lin = [v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4 for v in values]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def _contrast(a: str, b: str) -> float:
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_own_pages_are_accessible(browser, server, scheme):
    pages = dict(PAGES, document=passage_url(server, "butte-county-information-technology-specialist.txt",
                                             "Wage Range: $25.34-33.96 hourly").removeprefix(server.url))
    ctx = _context(browser, scheme, bypass_csp=True)
    found: dict[str, list[str]] = {}
    try:
        page = ctx.new_page()
        for name, path in pages.items():
            page.goto(server.url + path)
            expect(page.locator("h1")).to_have_count(1)
            expect(page.locator("main#main")).to_have_count(1)
            expect(page.locator('nav[aria-label="Main"]')).to_have_count(1)
            expect(page.locator("header")).to_have_count(1)
            skip = page.locator("a.skip")
            expect(skip).to_have_attribute("href", "#main")
            # every visible input and select has a label
            unlabeled = page.evaluate(
                "[...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.id || e.name)")
            assert unlabeled == [], f"{name}: inputs without a label: {unlabeled}"
            colors = page.evaluate("[getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]")
            assert _contrast(*colors) >= 7, f"{name} ({scheme}): body text {colors[0]} on {colors[1]}"
            dark_background = _luminance(colors[1]) < 0.05
            assert dark_background == (scheme == "dark"), f"{name}: background {colors[1]} in {scheme} mode"
            found[name] = serious_violations(page)
        # the skip link is the first stop of the keyboard and moves focus to the content
        page.goto(server.url + "/documents")
        page.keyboard.press("Tab")
        expect(page.locator("a.skip")).to_be_focused()
        expect(page.locator("a.skip")).to_be_in_viewport()
        page.keyboard.press("Enter")
        assert page.evaluate("document.activeElement.id") == "main"
    finally:
        outside = ctx.outside  # type: ignore[attr-defined]
        ctx.close()
    print(f"\naxe-core serious/critical violations ({scheme}):", {k: v for k, v in found.items()})
    assert outside == []
    assert found == {name: [] for name in pages}, found


def test_dark_mode_uses_the_chat_palette_and_keeps_the_passage_readable(browser, server):
    ctx = _context(browser, "dark")
    try:
        page = ctx.new_page()
        page.goto(passage_url(server, "library-assistant.md", "Hourly rate: $20.00 - $25.00 per hour"))
        body_bg = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert body_bg == "rgb(10, 15, 30)"  # Gradio's dark slate-950, the chat page's background
        mark = page.evaluate("(() => { const s = getComputedStyle(document.getElementById('passage'));"
                             " return [s.color, s.backgroundColor]; })()")
        assert _contrast(*mark) >= 7, mark
        link = page.evaluate("getComputedStyle(document.querySelector('p.back a')).color")
        assert _contrast(link, body_bg) >= 4.5
    finally:
        ctx.close()
