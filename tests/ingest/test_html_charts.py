"""Charts and formulas drawn in a page's markup (assistant.ingest.html_charts), read as text where they stand: a
canvas chart's fallback table, a MathML formula's symbols."""

from __future__ import annotations

from assistant.ingest.html_text import html_to_text


def test_a_canvas_charts_fallback_table_is_read_where_the_chart_stands() -> None:
    """A script draws the total-compensation chart on a <canvas>; its fallback table (what screen readers read) is the
    only place the uniform allowance is stated. A canvas with no fallback figures stays out."""
    page = ("<html><body><main><h1>Deputy Coroner</h1>" + "<p>Investigates reportable deaths at scenes.</p>" * 6
            + "<h2>Total Compensation</h2><canvas id='c'><table><tr><th>Component</th><th>Annual value</th></tr>"
            "<tr><td>Uniform allowance (paid quarterly)</td><td>$1,200</td></tr></table></canvas>"
            "<canvas id='d'>Your browser does not support charts.</canvas><h2>Examination</h2><p>Written test.</p>"
            "</main></body></html>")
    text, _ = html_to_text(page.encode("utf-8"))
    assert "Uniform allowance (paid quarterly) | $1,200" in text, text
    assert text.index("Total Compensation") < text.index("Uniform allowance") < text.index("Examination"), text
    assert "does not support" not in text, text


def test_a_mathml_formula_is_read_as_its_symbols() -> None:
    """"Your final score is computed as follows:" over a MathML formula: its symbols in order are the weighting
    (MathML was dropped with scripts and styles, so the weights were stated nowhere); its TeX annotation is not read."""
    page = ("<html><body><main><h1>Property Acquisition Technician</h1>" + "<p>Acquires land rights for projects.</p>" * 6
            + "<p>Your final score is computed as follows:</p><math display='block'><semantics><mrow><mi>S</mi><mo>=</mo>"
            "<mn>0.60</mn><mo>&#xD7;</mo><mi>W</mi><mo>+</mo><mn>0.40</mn><mo>&#xD7;</mo><mi>T</mi></mrow>"
            "<annotation encoding='application/x-tex'>S = 0.60\\,W</annotation></semantics></math></main></body></html>")
    text, _ = html_to_text(page.encode("utf-8"))
    assert "S = 0.60 × W + 0.40 × T" in text, text
    assert "\\," not in text, text
