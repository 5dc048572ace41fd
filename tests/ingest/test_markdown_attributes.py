"""Markdown heading attributes are dropped, so a heading (and a title read from it) is its words alone."""

from __future__ import annotations

from assistant.ingest.markdown_attributes import without_heading_attributes


def test_a_headings_anchor_and_classes_are_dropped_and_other_braces_stay() -> None:
    text = ("# Planning Series: Assistant Planner / Senior Planner {#planning-series}\n"
            "## Series at a glance { #at-a-glance .wide }\n"
            "Pay is {see the table} below.\n"
            "{{< button href=\"/apply\" >}}Apply{{< /button >}}")
    assert without_heading_attributes(text).split("\n") == [
        "# Planning Series: Assistant Planner / Senior Planner", "## Series at a glance",
        "Pay is {see the table} below.", "{{< button href=\"/apply\" >}}Apply{{< /button >}}"]


def test_a_markdown_file_loads_without_its_heading_anchors(tmp_path) -> None:
    from assistant.ingest.docinfo import identify
    from assistant.ingest.loaders import load_document

    page = tmp_path / "brackenfield-planner.md"
    page.write_text("# Associate Planner {#associate-planner}\n\nCity of Brackenfield\n\n## Definition {#definition}\n\n"
                    "Under general supervision, manages development applications.\n", encoding="utf-8")
    doc = load_document(page)
    assert "{#" not in doc.text
    assert identify(doc.text, page.name).title == "Associate Planner"
