"""A Markdown page's YAML front matter becomes fields; site keys, lists and maps go; a page without one is kept."""

from __future__ import annotations

from pathlib import Path

from assistant.ingest.front_matter import readable_front_matter
from assistant.ingest.loaders import load_document


def test_front_matter_fields_are_labelled_and_site_keys_dropped() -> None:
    text = ('---\nlayout: job-series\ntitle: "Librarian I/II"\nclass_code: "3410 (Librarian I)"\nflsa: Exempt\n'
            'tags:\n  - library\npermalink: /jobs/librarian/\n---\n\n# Librarian I/II\n')
    assert readable_front_matter(text) == (
        "Title: Librarian I/II\nClass Code: 3410 (Librarian I)\nFLSA: Exempt\n\n\n# Librarian I/II\n")


def test_a_page_without_front_matter_or_a_rule_later_is_unchanged() -> None:
    text = "# Park Ranger\n\n---\n\nflsa: not front matter\n"
    assert readable_front_matter(text) == text


def test_the_markdown_loader_reads_front_matter_and_a_text_file_keeps_it(tmp_path: Path) -> None:
    page = "---\ntitle: Park Ranger\nflsa: Non-Exempt\n---\n# Park Ranger\n\nPatrols parks.\n"
    (tmp_path / "ranger.md").write_text(page)
    (tmp_path / "ranger.txt").write_text(page)
    assert load_document(tmp_path / "ranger.md").text.startswith("Title: Park Ranger\nFLSA: Non-Exempt\n")
    assert load_document(tmp_path / "ranger.txt").text.startswith("---")
