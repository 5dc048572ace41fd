"""The document renderer and the pay figures of the documents pages, on their own (no server, no browser):
sanitised Markdown with the cited passage marked, PDF pages split at their markers, pay in both units."""

from __future__ import annotations

import re


def test_renderer_sanitises_and_keeps_headings_when_the_passage_starts_on_one():
    from assistant.web.doc_render import render_document

    text = "# Clerk\n\n## Salary\n\nPays $20 <b onmouseover=x>hourly</b>.\n\n<script>alert(1)</script>"
    start = text.index("## Salary")
    html, found = render_document(text, "md", [], start, text.index(" <b"))
    assert found
    assert '<h3><mark id="passage" class="passage" tabindex="-1">' in html  # the heading is still a heading
    assert "Salary</mark></h3>" in html and "Pays $20</mark>" in html
    tags = re.findall(r"<[^>]+>", html)
    assert not [t for t in tags if re.match(r"</?(script|b)\b", t) or re.search(r"\son\w+=", t)], tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    html, _ = render_document("[x](javascript:alert(1)) [y](/admin/) [z](https://example.org) ![i](https://e.org/p.png)",
                              "md", [], None, None)
    assert "javascript:" not in html.split("[x]")[0] and 'href="/admin/"' not in html and "<img" not in html
    assert 'href="https://example.org"' in html


def test_renderer_pdf_pages_follow_the_inserted_markers():
    from assistant.web.doc_render import render_document

    text = "First page.\n\nSecond page text."
    html, found = render_document(text, "pdf", [(0, 1), (13, 2)], 0, 13)  # the whole first page, and its gap
    assert found and html.count("<mark") == 1
    first, second = html.split('<section class="pdf-page" aria-labelledby="page-2">')
    assert "First page.</mark>" in first and "Second page text." in second and "<mark" not in second


def test_pay_in_both_units_marks_the_computed_one():
    from assistant.facts.model import FactCard
    from assistant.web.doc_facts import doc_facts

    stated_yearly = FactCard(doc_id="a", salary_min=61000.0, salary_max=79000.0, salary_unit="annual",
                             annual_min=61000.0, annual_max=79000.0)
    facts = doc_facts(stated_yearly)
    assert facts.yearly is not None and facts.yearly.text("yr") == "$61,000–$79,000/yr"
    assert facts.hourly is not None and facts.hourly.text("hr") == "≈ $29.33–$37.98/hr (computed)"
    assert doc_facts(FactCard(doc_id="b")).hourly is None
