"""A table listing other classes than the document's (its related classes) makes no series of the document."""

from __future__ import annotations

from assistant.ingest.class_table import find_classes

SPEC = """# Permit Center Technician

City of Maddersley · Class Code 2318

## Definition

Reviews permit applications for completeness and calculates fees.

Which classes are related?

Class | Code | Relationship
Permit Center Assistant | 2316 | Lower level
Senior Permit Center Technician | 2320 | Lead level
"""


def test_a_table_of_related_classes_lists_no_class_of_the_document() -> None:
    assert find_classes(SPEC, "Permit Center Technician") == []
    # (its column saying how they relate is enough, without the lead-in)
    assert find_classes(SPEC.replace("Which classes are related?\n", ""), "Permit Center Technician") == []


def test_a_table_of_the_documents_own_levels_still_names_them() -> None:
    series = SPEC.replace("Which classes are related?", "Classes in this series").replace(
        "Class | Code | Relationship", "Class | Code | Level")
    assert [c.title for c in find_classes(series, "Permit Center Technician")] == [
        "Permit Center Assistant", "Senior Permit Center Technician"]
