"""An AsciiDoc bulletin's source saved as text reads as its page: title, sections, tables and attribute values."""

from __future__ import annotations

from assistant.ingest.docinfo import identify
from assistant.ingest.loaders import load_bytes
from assistant.ingest.sections import find_sections

SOURCE = """////
Edit the attribute entries below; the body reads them by name.
////
= County Fair Manager
Alder County Fair District - Human Resources <recruit@alderfair.example>
:toc: left
:sectnums:
:district: Alder County Fair District
:salary-annual: $98,760 - $126,048 per year
:final-filing: Friday, May 22, 2026, at 5:00 p.m.

[.lead]
The Board of Directors of the {district} invites applications for {doctitle}, the District's chief executive.

[cols="1,2",options="header"]
|===
|Bulletin item |Details
|Salary |{salary-annual}
|Final filing date |{final-filing}
|===

== Minimum Qualifications

Experience:: Five years of management experience in fairs or events.

// EEO boilerplate comes from the shared partial.
include::partial$eeo-statement.adoc[]
"""


def test_an_asciidoc_source_reads_with_its_attribute_values_in_place() -> None:
    text = load_bytes(SOURCE.encode(), ".txt", "alder-county-fair-manager.txt").text
    assert "Salary | $98,760 - $126,048 per year" in text and "Final filing date | Friday, May 22, 2026" in text
    assert "{" not in text and "include::" not in text and ":toc:" not in text and "////" not in text
    assert "Experience: Five years of management experience" in text
    assert any(s.type == "qualifications" for s in find_sections(text))
    assert identify(text, "alder-county-fair-manager.txt").title == "County Fair Manager"


def test_a_plain_posting_with_a_rule_of_equals_signs_is_no_asciidoc() -> None:
    posting = "= = = = = = = = = =\nCOUNTY FAIR MANAGER\n= = = = = = = = = =\n\nSalary: {see schedule}\n"
    assert load_bytes(posting.encode(), ".txt", "posting.txt").text.startswith("= = = = =")
