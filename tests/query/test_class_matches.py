"""How matches are kept: a title written apart from the longer title holding it, one match per document."""

from __future__ import annotations

from assistant.query.catalog_index import ClassEntry
from assistant.query.class_matches import ClassMatch, one_per_document, written_apart


def test_a_shorter_title_counts_apart_only_outside_the_longer_one() -> None:
    short, longer = ["word", "processing", "technician"], ["senior", "word", "processing", "technician"]
    both = "codes of word processing technician and senior word processing technician".split()
    assert written_apart(short, longer, both)
    assert not written_apart(short, longer, "code of senior word processing technician".split())
    assert not written_apart(short, longer, "word processing technician code".split())  # the longer one unwritten


def _match(doc_id: str, score: float, title: str, series_class: str = "") -> ClassMatch:
    entry = ClassEntry(doc_id=doc_id, title=title, employer="", levels=[], title_tokens=title.lower().split(),
                       title_level="", abbreviation="", employer_aliases=[], employer_tokens=set(),
                       series_class=series_class)
    return ClassMatch(doc_id, score, False, entry)


def test_one_match_per_document_keeps_the_fuller_named_class() -> None:
    series = _match("wpt", 1.0, "Word Processing Technician")  # (the catalog drops "Series" from title words)
    senior = _match("wpt", 1.0, "Senior Word Processing Technician", "Senior Word Processing Technician")
    other = _match("clerk", 0.7, "Office Clerk")
    kept = one_per_document([series, other, senior])
    assert [m.doc_id for m in kept] == ["wpt", "clerk"] and kept[0] is senior
