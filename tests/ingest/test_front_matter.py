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


def test_a_templates_placeholders_read_as_the_values_its_front_matter_nests() -> None:
    """A Jekyll page's source prints its pay only through ``{{ page.pay.hiring_range }}``: the placeholder reads as
    the nested field's value, and the field itself as a line; a Hugo page's TOML block and its ``[params]`` table too."""
    jekyll = ('---\nlayout: job-posting\ntitle: "Web Producer"\npay:\n  grade: "PS-5"\n  hiring_range: "$58,300 - '
              '$64,000 annually"\ndates:\n  closes: "Sunday, May 10, 2026"\ntags: [staff, web]\n---\n'
              '# {{ page.title }}\n\n| Hiring range | {{ page.pay.hiring_range }} |\n\nThe posting closes '
              '{{ page.dates.closes }}. Posted {{ page.dates.posted | date: "%B %-d" }}.\n')
    text = readable_front_matter(jekyll)
    assert "Hiring Range: $58,300 - $64,000 annually" in text
    assert "| Hiring range | $58,300 - $64,000 annually |" in text and "# Web Producer" in text
    assert "The posting closes Sunday, May 10, 2026." in text
    assert "{{ page.dates.posted" in text  # a value the block does not hold stays as written
    assert "layout" not in text.lower() and "staff, web" not in text
    hugo = ('+++\ntitle = "Claims Examiner"\ndraft = false\n\n[params]\n  salary_range = "Range 19"\n  flsa = '
            '"Non-exempt"\n+++\n# Claims Examiner\n\nPay: {{ .Params.salary_range }}\n')
    text = readable_front_matter(hugo)
    assert text.startswith("Title: Claims Examiner\nSalary Range: Range 19\nFLSA: Non-exempt\n")
    assert "Pay: Range 19" in text and "+++" not in text
