"""The snapshot's vocabulary checks (assistant.search.snapshot): a typo is near a word the documents use."""

from __future__ import annotations

from assistant.query.catalog import Catalog
from assistant.search.snapshot import Snapshot
from assistant.text import stem


def _snapshot(words: list[str]) -> Snapshot:
    return Snapshot(generation="g", documents={}, chunks=[], chunk_by_id={}, catalog=Catalog.from_documents([]),
                    vocabulary={stem(w): 1 for w in words})


def test_a_typo_is_near_the_word_it_misspells() -> None:
    snap = _snapshot(["across", "street", "education", "escort"])
    assert snap.near_vocabulary(stem("accross"))
    assert snap.near_vocabulary(stem("stret"))
    assert snap.near_vocabulary(stem("street"))


def test_an_unrelated_word_is_not_near() -> None:
    snap = _snapshot(["across", "street", "education", "escort", "electrical"])
    assert not snap.near_vocabulary(stem("electrician"))  # another word, not a typo of "electrical"
    assert not snap.near_vocabulary(stem("vacation"))
    assert not snap.near_vocabulary(stem("holiday"))


def test_a_closed_compound_of_two_known_words_is_near() -> None:
    snap = _snapshot(["fights", "fires", "street"])
    assert snap.near_vocabulary(stem("firefighting"))
    assert not snap.near_vocabulary(stem("firewall"))


def test_the_head_word_of_a_compound_the_documents_use_is_near() -> None:
    snap = _snapshot(["telephone", "streetlights", "bonuses"])
    assert snap.near_vocabulary(stem("phone"))  # "interviews claimants by phone": the bulletin says "telephone"
    assert snap.near_vocabulary(stem("lights"))
    assert not snap.near_vocabulary(stem("tele"))  # a compound's first part is no head word
    assert not snap.near_vocabulary(stem("boat"))


def test_a_span_is_filed_under_the_section_of_the_chunk_holding_it() -> None:
    from assistant.index.registry import ChunkRecord

    chunks = [ChunkRecord("a", "d", 0, "x", "Definition", "summary", "", 0, 100, None),
              ChunkRecord("b", "d", 1, "y", "Salary", "salary", "II", 120, 200, None)]
    snap = Snapshot(generation="g", documents={}, chunks=chunks, chunk_by_id={}, catalog=Catalog.from_documents([]),
                    chunks_by_doc={"d": chunks})
    assert snap.section_at("d", 150) == ("Salary", "II")
    assert snap.section_at("d", 110) == ("Definition", "")  # between chunks: the last one starting before it
    assert snap.section_at("other", 5) == ("", "")
