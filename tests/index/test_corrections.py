"""HR's corrections of detected metadata (issue 14): stored per document, applied by ingest everywhere.

Real registry (SQLite in a tmp folder), real Chroma, the real embedding model; the correction is applied by
re-indexing the document (``assistant.ingest.relabel``) and by every later sync of its file.
"""

from __future__ import annotations

import sqlite3
import time

import pytest

from assistant.engine import Assistant
from assistant.facts.storage.store import FactStore
from assistant.facts.storage.sync_hook import FactCardsHook, sync_with_fact_cards
from assistant.index.corrections import Correction, CorrectionEntry, CorrectionError, make_correction, tag_of_hash
from assistant.index.registry import Registry
from assistant.ingest.relabel import relabel

from test_server_mode import chroma_server, server_settings  # noqa: F401 - a real Chroma server, for server mode

SPEC = """PRINTER-FRIENDLY VERSION
HARBOR OPERATIONS

DEFINITION
Under general supervision, dispatches harbor pilots to arriving and departing vessels and keeps the pilot roster.

MINIMUM QUALIFICATIONS
Two years of marine dispatch experience.

SALARY
$31.25 - $40.10 hourly
"""
NAME = "bayport-spec-0042.txt"
QUESTION = "What is the hourly salary of the Harbor Pilot Dispatcher at the Port of Bayport?"


def entry(doc_id: str, action: str = "set", user: str = "hr") -> CorrectionEntry:
    return CorrectionEntry(doc_id, action, user, time.time(), {"title": "old"}, {"title": "new"})


def test_make_correction_cleans_and_refuses():
    fix = make_correction(title="  Harbor   Pilot Dispatcher ", employer=None, levels="I, II ,, II")
    assert fix.overrides() == {"title": "Harbor Pilot Dispatcher", "levels": ["I", "II"]}
    assert make_correction(employer="").overrides() == {"employer": ""}  # "names no employer" is a correction
    with pytest.raises(CorrectionError):
        make_correction(title="   ")
    with pytest.raises(CorrectionError):
        make_correction(title="x" * 201)
    assert Correction().tag() == "" and fix.tag() != make_correction(title="Other").tag()


def test_entry_describes_old_and_new():
    logged = CorrectionEntry("d", "set", "hr", 0.0, {"title": "Harbor Operations", "employer": ""},
                             {"title": "Harbor Pilot Dispatcher", "employer": "Port of Bayport"})
    assert logged.changes() == ("title: Harbor Operations → Harbor Pilot Dispatcher; "
                                "employer: (none) → Port of Bayport")


def test_registry_keeps_corrections_and_their_log(tmp_path):
    registry = Registry(tmp_path / "registry.sqlite")
    registry.set_correction("a", make_correction(title="First"), entry("a", user="ann"))
    registry.set_correction("b", make_correction(employer="City of X"), entry("b", user="bob"))
    registry.set_correction("a", None, entry("a", "cleared", user="cy"))
    assert registry.get_correction("a") is None
    assert registry.all_corrections() == {"b": Correction(employer="City of X")}
    log = registry.correction_log()
    assert [(e.doc_id, e.action, e.user) for e in log] == [("a", "cleared", "cy"), ("b", "set", "bob"), ("a", "set", "ann")]
    assert Registry(tmp_path / "registry.sqlite").get_correction("b") == Correction(employer="City of X")  # on disk


def test_an_old_registry_gets_the_detected_column(tmp_path):
    path = tmp_path / "registry.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE documents (doc_id TEXT PRIMARY KEY, source TEXT NOT NULL, root TEXT NOT NULL, "
                 "title TEXT NOT NULL, employer TEXT NOT NULL DEFAULT '', class_code TEXT NOT NULL DEFAULT '', "
                 "levels TEXT NOT NULL DEFAULT '[]', format TEXT NOT NULL DEFAULT '', content_hash TEXT NOT NULL, "
                 "size INTEGER NOT NULL DEFAULT 0, mtime REAL NOT NULL DEFAULT 0, n_chunks INTEGER NOT NULL DEFAULT 0, "
                 "indexed_at REAL NOT NULL DEFAULT 0, state TEXT NOT NULL DEFAULT 'indexing', text TEXT NOT NULL DEFAULT '', "
                 "page_starts TEXT NOT NULL DEFAULT '[]', title_from_filename INTEGER NOT NULL DEFAULT 0)")
    conn.execute("INSERT INTO documents(doc_id, source, root, title, content_hash, state) VALUES('x', 'x.txt', '/', 'X', 'h', 'ready')")
    conn.commit()
    conn.close()
    record = Registry(path).get_document("x")
    assert record is not None and record.title == "X" and record.detected == {}


def _cited_titles(assistant: Assistant, question: str) -> set[tuple[str, str]]:
    """(title, employer) of the cited documents; none when the question is refused."""
    answer = assistant.ask(question)
    return {(c.title, c.employer) for c in answer.citations} if answer.answered else set()


def test_a_correction_is_used_everywhere_and_survives_resync_and_replacement(index, seed_corpus, data_dir):
    (seed_corpus / NAME).write_text(SPEC)
    summary = sync_with_fact_cards(index, [seed_corpus])
    assert summary.added == 3
    doc_id = "bayport-spec-0042"
    detected = index.registry.get_document(doc_id)
    assert detected.title == "Harbor Operations" and detected.employer == ""
    assert detected.detected["title"] == "Harbor Operations"
    assistant = Assistant(index.settings, index=index)
    assert ("Harbor Pilot Dispatcher", "Port of Bayport") not in _cited_titles(assistant, QUESTION)

    fix = make_correction(title="Harbor Pilot Dispatcher", employer="Port of Bayport", class_code="HP-310")
    index.registry.set_correction(doc_id, fix, entry(doc_id))
    record = relabel(index, doc_id, hook=FactCardsHook())
    assert (record.title, record.employer, record.class_code) == ("Harbor Pilot Dispatcher", "Port of Bayport", "HP-310")
    assert record.detected["title"] == "Harbor Operations"  # what detection said is kept beside it
    assert tag_of_hash(record.content_hash) == fix.tag()
    # the vector store's chunk metadata (retrieval filters, citations)
    stored = index.store.collection.get(where={"doc_id": doc_id}, include=["metadatas"])
    assert stored["metadatas"] and {m["title"] for m in stored["metadatas"]} == {"Harbor Pilot Dispatcher"}
    assert {m["employer"] for m in stored["metadatas"]} == {"Port of Bayport"}
    # fact cards
    store = FactStore.in_data_dir(data_dir)
    try:
        cards = store.cards_for(doc_id)
    finally:
        store.close()
    assert cards and {c.title for c in cards} == {"Harbor Pilot Dispatcher"}
    # answers cite the corrected title and employer
    answer = assistant.ask(QUESTION)
    assert answer.answered and "31.25" in answer.text, answer.text
    assert ("Harbor Pilot Dispatcher", "Port of Bayport") in {(c.title, c.employer) for c in answer.citations}

    # a re-sync of the unchanged folder keeps it and re-embeds nothing
    again = sync_with_fact_cards(index, [seed_corpus])
    assert (again.unchanged, again.updated, again.chunks) == (3, 0, 0)
    assert index.registry.get_document(doc_id).title == "Harbor Pilot Dispatcher"

    # a new file of the same name is corrected too (its own detected values are kept beside)
    (seed_corpus / NAME).write_text(SPEC.replace("HARBOR OPERATIONS", "MARINE SERVICES").replace("$31.25", "$32.00"))
    replaced = sync_with_fact_cards(index, [seed_corpus])
    assert replaced.updated == 1
    record = index.registry.get_document(doc_id)
    assert (record.title, record.employer) == ("Harbor Pilot Dispatcher", "Port of Bayport")
    assert record.detected["title"] == "Marine Services"

    # cleared: the detected values come back everywhere
    index.registry.set_correction(doc_id, None, entry(doc_id, "cleared"))
    record = relabel(index, doc_id, hook=FactCardsHook())
    assert (record.title, record.employer, record.class_code) == ("Marine Services", "", "")
    assert tag_of_hash(record.content_hash) == ""
    stored = index.store.collection.get(where={"doc_id": doc_id}, include=["metadatas"])
    assert {m["title"] for m in stored["metadatas"]} == {"Marine Services"}
    assert ("Harbor Pilot Dispatcher", "Port of Bayport") not in _cited_titles(assistant, QUESTION)
    # and a plain sync after clearing leaves it alone
    assert sync_with_fact_cards(index, [seed_corpus]).unchanged == 3


def test_a_corrected_title_finds_its_levels_again(index, seed_corpus):
    (seed_corpus / NAME).write_text(SPEC + "\nHarbor Pilot Dispatcher I and Harbor Pilot Dispatcher II differ in scope.\n")
    sync_with_fact_cards(index, [seed_corpus])
    index.registry.set_correction("bayport-spec-0042", make_correction(title="Harbor Pilot Dispatcher"),
                                  entry("bayport-spec-0042"))
    assert relabel(index, "bayport-spec-0042").levels == ["I", "II"]
    index.registry.set_correction("bayport-spec-0042", make_correction(title="Harbor Pilot Dispatcher", levels="Trainee, I"),
                                  entry("bayport-spec-0042"))
    assert relabel(index, "bayport-spec-0042").levels == ["Trainee", "I"]


@pytest.mark.server
def test_the_chroma_server_registry_keeps_corrections_and_the_log(tmp_path, make_index, chroma_server):  # noqa: F811
    """Server mode: corrections and their log live in the ``<collection>__registry`` collection on the server."""
    index = make_index(server_settings(chroma_server, tmp_path / "data", collection=f"fix_{int(time.time() * 1000)}"))
    registry = index.registry
    assert type(registry).__name__ == "ChromaRegistry"
    registry.set_correction("a", make_correction(title="First", levels="I, II"), entry("a", user="ann"))
    registry.set_correction("b", make_correction(employer=""), entry("b", user="bob"))
    registry.set_correction("a", None, entry("a", "cleared", user="cy"))
    assert registry.get_correction("a") is None
    assert registry.all_corrections() == {"b": Correction(employer="")}
    assert [(e.doc_id, e.action, e.user) for e in registry.correction_log()] == [
        ("a", "cleared", "cy"), ("b", "set", "bob"), ("a", "set", "ann")]
    assert registry.counts()["documents"] == 0  # correction records are not documents
