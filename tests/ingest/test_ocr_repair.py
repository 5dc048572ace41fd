"""A scan's text layer read O as zero (assistant.ingest.ocr_repair): headings, titles and names read again."""

from __future__ import annotations

from assistant.ingest.docinfo import identify
from assistant.ingest.loaders import load_bytes
from assistant.ingest.ocr_repair import ocr_repaired
from assistant.ingest.sections import find_sections

SCAN = ("Scanned by Harlow County Records Mgmt 03/02/2021 Batch 0417\nHARL0W C0UNTY\nPERS0NNEL DEPARTMENT\n"
        "CLASS SPECIFICATI0N\nBUILDING INSPECT0R II\nClass Code: B0412 Range: 31 Salary: $5,412 - $7,253 Monthly\n"
        "DEFINITI0N\nPerforms field inspections for the Building 0fficial.\n")


def test_zeros_read_for_the_letter_o_are_letters_again_and_codes_keep_their_digits() -> None:
    repaired = ocr_repaired(SCAN)
    assert "HARLOW COUNTY" in repaired and "BUILDING INSPECTOR II" in repaired and "Building Official" in repaired
    assert "B0412" in repaired and "Batch 0417" in repaired and "$5,412" in repaired and "03/02/2021" in repaired


def test_a_loaded_scan_names_its_class_and_opens_its_sections() -> None:
    doc = load_bytes(SCAN.encode(), ".txt", "harlow-county-building-inspector-2.txt")
    info = identify(doc.text, "harlow-county-building-inspector-2.txt")
    assert info.title == "Building Inspector II" and info.employer == "Harlow County"
    assert any(section.heading.upper() == "DEFINITION" and section.type == "summary" for section in find_sections(doc.text))
