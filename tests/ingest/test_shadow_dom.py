"""A web component's declarative shadow root is read composed, as a browser shows it (ingest/shadow_dom.py): the
template's labels with the host's slotted values, each card its own block."""

from __future__ import annotations

from assistant.facts import extract_cards
from assistant.ingest.html_text import html_to_text

CARD = """<level-card>
  <template shadowrootmode="open">
    <style>:host{display:block}</style>
    <article><h3><slot name="title"></slot></h3>
      <dl><dt>Class code</dt><dd><slot name="code"></slot></dd>
          <dt>Hourly pay grade</dt><dd><slot name="grade"></slot></dd></dl>
      <p><slot name="summary">No summary.</slot></p>
    </article>
  </template>
  <span slot="title">TITLE</span><span slot="code">CODE</span><span slot="grade">GRADE</span>
</level-card>"""

PAGE = ("<html><body><main><h1>Toll Collector I / II</h1><h2>Levels at a glance</h2>"
        + CARD.replace("TITLE", "Toll Collector I").replace("CODE", "4101").replace("GRADE", "T07")
        + CARD.replace("TITLE", "Toll Collector II").replace("CODE", "4102").replace("GRADE", "T09")
        + "<h2>Hourly pay grades</h2><table><tr><th>Grade</th><th>Minimum</th><th>Maximum</th></tr>"
          "<tr><td>T07</td><td>$19.64</td><td>$26.18</td></tr><tr><td>T09</td><td>$21.66</td><td>$28.87</td></tr>"
          "</table></main></body></html>")


def test_a_components_labels_and_slotted_values_read_together() -> None:
    text, _ = html_to_text(PAGE.encode())
    assert "### Toll Collector II" in text, text
    assert "Hourly pay grade: T09" in text, text
    assert "No summary." in text  # a slot nothing is assigned to shows its fallback content
    assert ":host" not in text


def test_each_levels_card_gives_that_level_its_grade_and_pay() -> None:
    text, _ = html_to_text(PAGE.encode())
    cards = {c.level: c for c in extract_cards(text, "alder", "Toll Collector I / II", "Alder Bridge District",
                                                "", ["I", "II"])}
    assert cards["II"].grade == "T09" and cards["II"].salary_max == 28.87, cards["II"].to_dict()
