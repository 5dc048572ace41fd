"""Incremental sync into a real Chroma store with the real embedding model."""

from __future__ import annotations

import os
import threading
import time

import pytest

from assistant.ingest.chunking import chunk_text
from assistant.ingest.docinfo import identify
from assistant.errors import IngestLockedError
from assistant.facts.storage.sync_hook import remove_with_fact_cards as remove_documents
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.ingest.lock import ingest_lock
from assistant.ingest.loaders import load_document

from conftest import BUTTE_NAME, MCPS_NAME

BUTTE_ID = BUTTE_NAME[:-4]
MCPS_ID = MCPS_NAME[:-4]


def _expected_chunks(path):
    """Chunk count computed straight from the pipeline pieces, independently of sync."""
    doc = load_document(path)
    info = identify(doc.text, path.name, doc.html_title)
    return len(chunk_text(doc.text, info.title, info.employer, info.levels))


def _rewrite(path, text):
    """Change a file's content and make sure its mtime moves too."""
    stat = path.stat()
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


# --- incremental sync ---------------------------------------------------------------


def test_first_sync_adds_both_documents(index, seed_corpus, check_index):
    summary = sync(index, [seed_corpus])
    assert (summary.added, summary.updated, summary.removed, summary.unchanged, summary.failed) == (2, 0, 0, 0, [])
    per_doc = check_index(index)
    assert set(per_doc) == {BUTTE_ID, MCPS_ID}
    expected = {BUTTE_ID: _expected_chunks(seed_corpus / BUTTE_NAME), MCPS_ID: _expected_chunks(seed_corpus / MCPS_NAME)}
    assert {doc_id: len(ids) for doc_id, ids in per_doc.items()} == expected
    assert summary.chunks == sum(expected.values()) == index.store.count()

    docs = {d.doc_id: d for d in index.registry.ready_documents()}
    assert (docs[BUTTE_ID].title, docs[BUTTE_ID].employer) == ("Information Technology Specialist", "Butte County")
    assert (docs[MCPS_ID].title, docs[MCPS_ID].employer) == ("IT Systems Specialist", "Montgomery County Public Schools")
    assert docs[MCPS_ID].levels == ["Intern", "I", "II", "III"] and docs[MCPS_ID].class_code == "5160"
    assert docs[MCPS_ID].source == MCPS_NAME and docs[MCPS_ID].format == "txt"

    # Chroma metadata carries what citations and filters need.
    level_two = [c for c in index.registry.chunks_of(MCPS_ID) if c.text.startswith("IT Systems Specialist II - Grade 23")]
    assert len(level_two) == 1 and level_two[0].level == "II"
    meta = index.store.collection.get(ids=[level_two[0].chunk_id], include=["metadatas"])["metadatas"][0]
    assert meta["level"] == "II" and meta["title"] == "IT Systems Specialist" and meta["section_type"] == "duties"
    assert meta["employer"] == "Montgomery County Public Schools"

    # The vectors are real embeddings of the chunks: a wage question finds the Butte wage chunk.
    hits = index.store.search_by_vector(index.embeddings.embed_query("Butte County wage range hourly"), k=3)
    assert any("$25.34-33.96 hourly" in doc.page_content for doc, _ in hits)
    assert all(0.0 <= score <= 1.0 for _, score in hits)
    assert index.registry.counts()["last_summary"]["added"] == 2


def test_unchanged_sync_embeds_nothing(index, seed_corpus, check_index):
    sync(index, [seed_corpus])
    before_ids = check_index(index)
    calls = index.embeddings.calls
    summary = sync(index, [seed_corpus])
    assert (summary.added, summary.updated, summary.removed, summary.unchanged) == (0, 0, 0, 2)
    assert summary.failed == [] and summary.chunks == 0
    assert index.embeddings.calls == calls
    assert check_index(index) == before_ids

    # A touched file (new mtime, same bytes) is recognised by its hash: still nothing embedded.
    path = seed_corpus / BUTTE_NAME
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))
    summary = sync(index, [seed_corpus])
    assert summary.unchanged == 2 and summary.updated == 0
    assert index.embeddings.calls == calls
    assert check_index(index) == before_ids
    # ... and the new mtime was recorded, so the next run skips even the hashing.
    assert index.registry.get_document(BUTTE_ID).mtime == path.stat().st_mtime


def test_changed_file_is_updated_and_old_chunks_are_gone(index, seed_corpus, check_index):
    sync(index, [seed_corpus])
    before = check_index(index)
    path = seed_corpus / MCPS_NAME
    new_text = path.read_text(encoding="utf-8").replace("Ability to lift up to 50lbs.", "Ability to lift up to 70lbs.")
    _rewrite(path, new_text + "\nBARGAINING UNIT\n\nThis class is represented by SEIU Local 500.\n")
    calls = index.embeddings.calls

    summary = sync(index, [seed_corpus])
    assert (summary.added, summary.updated, summary.removed, summary.unchanged, summary.failed) == (0, 1, 0, 1, [])
    after = check_index(index)
    assert after[BUTTE_ID] == before[BUTTE_ID]
    assert not set(before[MCPS_ID]) & index.store.all_ids()  # every old chunk id is gone from Chroma
    assert index.embeddings.calls - calls == len(after[MCPS_ID]) == summary.chunks  # only the changed doc embedded
    texts = [c.text for c in index.registry.chunks_of(MCPS_ID)]
    assert any("70lbs" in t for t in texts) and not any("50lbs" in t for t in texts)
    assert any("SEIU Local 500" in t for t in texts)
    stored = index.store.collection.get(where={"doc_id": MCPS_ID}, include=["documents"])["documents"]
    assert not any("50lbs" in t for t in stored)


def test_deleted_file_is_removed(index, seed_corpus, check_index):
    sync(index, [seed_corpus])
    before = check_index(index)
    (seed_corpus / BUTTE_NAME).unlink()
    calls = index.embeddings.calls
    summary = sync(index, [seed_corpus])
    assert (summary.added, summary.updated, summary.removed, summary.unchanged) == (0, 0, 1, 1)
    after = check_index(index)
    assert set(after) == {MCPS_ID} and after[MCPS_ID] == before[MCPS_ID]
    assert index.registry.get_document(BUTTE_ID) is None
    assert not index.store.collection.get(where={"doc_id": BUTTE_ID})["ids"]
    assert index.embeddings.calls == calls


def test_crash_mid_document_is_repaired(index, seed_corpus, check_index):
    sync(index, [seed_corpus])
    clean = check_index(index)
    # Simulate a run that died half-way through re-indexing MCPS: marked 'indexing', a stray vector written.
    record = index.registry.get_document(MCPS_ID)
    index.registry.begin_document(record)
    assert index.registry.get_document(MCPS_ID).state == "indexing"
    assert MCPS_ID not in {d.doc_id for d in index.registry.ready_documents()}
    stray = index.embeddings.embed_documents(["half-written chunk", "orphan chunk"])
    index.store.upsert([f"{MCPS_ID}#stray-0"], stray[:1], ["half-written chunk"], [{"doc_id": MCPS_ID, "ord": 0}])
    # ... and a vector no registry row accounts for (its document's row never got written).
    index.store.upsert(["ghost#0"], stray[1:], ["orphan chunk"], [{"doc_id": "ghost", "ord": 0}])
    assert index.store.count() == sum(len(ids) for ids in clean.values()) + 2

    summary = sync(index, [seed_corpus])
    assert summary.failed == [] and summary.unchanged == 1
    assert summary.added + summary.updated == 1
    assert check_index(index) == clean  # same ids, nothing duplicated, no orphan left
    assert not {f"{MCPS_ID}#stray-0", "ghost#0"} & index.store.all_ids()


def test_index_survives_reopening(settings, make_index, seed_corpus, check_index):
    first = make_index(settings)
    sync(first, [seed_corpus])
    ids = check_index(first)
    reopened = make_index(settings)  # a new process would build a new Index on the same data dir
    assert check_index(reopened) == ids
    calls = reopened.embeddings.calls
    assert sync(reopened, [seed_corpus]).unchanged == 2
    assert reopened.embeddings.calls == calls


def test_pipeline_change_reindexes_everything(settings, make_index, seed_corpus, check_index):
    sync(make_index(settings), [seed_corpus])
    smaller = make_index(settings.with_overrides(chunk_size=500, chunk_overlap=60))
    summary = sync(smaller, [seed_corpus])
    assert (summary.updated, summary.unchanged) == (2, 0)
    per_doc = check_index(smaller)
    for chunk in smaller.registry.live_chunks():
        assert len(chunk.text) <= 500
    assert len(per_doc[MCPS_ID]) > _expected_chunks(seed_corpus / MCPS_NAME)


def test_single_files_are_upserted_without_removing_others(index, seed_corpus, tmp_path, docs, check_index):
    sync(index, [seed_corpus])
    extra = tmp_path / "elsewhere"
    extra.mkdir()
    (extra / "park-ranger.md").write_text(docs.MARKDOWN, encoding="utf-8")
    summary = sync(index, [extra / "park-ranger.md"])
    assert (summary.added, summary.removed) == (1, 0)
    assert set(check_index(index)) == {BUTTE_ID, MCPS_ID, "park-ranger"}
    ranger = index.registry.get_document("park-ranger")
    assert (ranger.title, ranger.employer, ranger.format) == ("Park Ranger", "City of Harlow Springs", "md")


def test_same_name_with_two_suffixes_and_same_content(index, tmp_path, check_index):
    # Used to crash: both files got the chunk ids of doc "a" (UNIQUE constraint failed: chunks.chunk_id)
    # and the second overwrote the first one's vectors in Chroma.
    folder = tmp_path / "dupes"
    folder.mkdir()
    body = "DEFINITION\n\nUnder supervision, files records.\n\nSALARY RANGE\n\n$18.00 - $22.00 hourly.\n"
    (folder / "clerk.md").write_text(body, encoding="utf-8")
    (folder / "clerk.txt").write_text(body, encoding="utf-8")
    summary = sync(index, [folder])
    assert summary.added == 2 and summary.failed == []
    per_doc = check_index(index)
    assert len(per_doc) == 2 and {d.source for d in index.registry.ready_documents()} == {"clerk.md", "clerk.txt"}
    assert not set(per_doc["clerk"]) & set(per_doc["clerk-txt"])
    assert sync(index, [folder]).unchanged == 2
    assert check_index(index) == per_doc


def test_same_file_name_in_two_folders(index, tmp_path, check_index):
    body = "DEFINITION\n\nUnder supervision, files records.\n"
    for name in ("north", "south"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "clerk.txt").write_text(body, encoding="utf-8")
    summary = sync(index, [tmp_path / "north", tmp_path / "south"])
    assert summary.added == 2 and summary.failed == []
    assert len(check_index(index)) == 2


def test_all_formats_are_ingested_with_pages(index, tmp_path, docs, check_index):
    folder = tmp_path / "formats"
    folder.mkdir()
    (folder / "bus.html").write_text(docs.HTML, encoding="utf-8")
    (folder / "park-ranger.md").write_text(docs.MARKDOWN, encoding="utf-8")
    docs.docx(folder / "library.docx")
    docs.pdf(folder / "mechanic.pdf", [
        "CITY OF OAKVALE\nTitle: Fleet Mechanic\n\nDEFINITION\nUnder general supervision, repairs city vehicles.",
        "SALARY RANGE\nThe salary range is $28.00 to $36.00 hourly.",
    ])
    (folder / "legacy.txt").write_bytes(b"DEFINITION\r\n\r\nCaf\xe9 attendant \x96 serves r\xe9sum\xe9 coffee.\r\n")
    summary = sync(index, [folder])
    assert summary.failed == [] and summary.added == 5
    check_index(index)
    by_source = {d.source: d for d in index.registry.ready_documents(with_text=True)}
    assert {d.format for d in by_source.values()} == {"html", "md", "docx", "pdf", "txt"}

    html = by_source["bus.html"]
    assert (html.title, html.employer) == ("Bus Operator", "City of Harlow Springs")
    assert "SCRIPTCODE" not in html.text and "NAVLINK" not in html.text and "## Salary" in html.text

    pdf = by_source["mechanic.pdf"]
    assert (pdf.title, pdf.employer) == ("Fleet Mechanic", "City of Oakvale")
    assert [n for _, n in pdf.page_starts] == [1, 2]
    pages = {c.page for c in index.registry.chunks_of(pdf.doc_id)}
    assert pages == {1, 2}
    salary = [c for c in index.registry.chunks_of(pdf.doc_id) if "$28.00" in c.text]
    assert len(salary) == 1 and salary[0].page == 2 and salary[0].section_type == "salary"
    meta = index.store.collection.get(ids=[salary[0].chunk_id], include=["metadatas"])["metadatas"][0]
    assert meta["page"] == 2

    docx_doc = by_source["library.docx"]
    assert docx_doc.title == "Library Assistant" and docx_doc.employer == "County of Alder"
    assert any(c.section_type == "duties" and "- Shelves returned books." in c.text
               for c in index.registry.chunks_of(docx_doc.doc_id))
    assert "Caf\u00e9 attendant \u2013 serves r\u00e9sum\u00e9 coffee." in by_source["legacy.txt"].text
    assert all(c.page is None for c in index.registry.chunks_of("legacy"))


# --- bad input -----------------------------------------------------------------------------


@pytest.fixture
def bad_folder(tmp_path, docs, seed_corpus):
    """The seed corpus plus one file of every kind that must fail, and files that are ignored."""
    folder = seed_corpus
    (folder / "empty.txt").write_bytes(b"")
    (folder / "notes.xyz").write_text("some notes")
    (folder / "renamed.pdf").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(300))
    (folder / "random.docx").write_bytes(os.urandom(400))
    (folder / "zero.docx").write_bytes(b"")
    docs.encrypted_pdf(folder / "locked.pdf")
    docs.scanned_pdf(folder / "scan.pdf")
    (folder / ".hidden.txt").write_text("DEFINITION\n\nHidden files are skipped.\n")
    (folder / "metadata.json").write_text("{}")
    return folder


EXPECTED_FAILURES = {
    "empty.txt": "the file is empty",
    "notes.xyz": "unsupported file type .xyz",
    "renamed.pdf": "not a valid PDF",
    "random.docx": "not a valid DOCX",
    "zero.docx": "the file is empty",
    "locked.pdf": "password-protected",
    "scan.pdf": "OCR",
}


def test_bad_files_are_reported_and_good_ones_ingested(index, bad_folder, check_index):
    summary = sync(index, [bad_folder])
    failed = dict(summary.failed)
    assert set(failed) == set(EXPECTED_FAILURES), failed
    for source, expected in EXPECTED_FAILURES.items():
        assert expected in failed[source], (source, failed[source])
    assert summary.added == 2 and summary.removed == 0
    per_doc = check_index(index)
    assert set(per_doc) == {BUTTE_ID, MCPS_ID}
    assert len(per_doc[MCPS_ID]) == _expected_chunks(bad_folder / MCPS_NAME)
    assert len(per_doc[BUTTE_ID]) == _expected_chunks(bad_folder / BUTTE_NAME)
    logged = index.registry.counts()["last_summary"]["failed"]
    assert {entry["source"] for entry in logged} == set(EXPECTED_FAILURES)

    # Failing again next time: still reported, still nothing embedded, good documents untouched.
    calls = index.embeddings.calls
    again = sync(index, [bad_folder])
    assert set(dict(again.failed)) == set(EXPECTED_FAILURES) and again.unchanged == 2
    assert index.embeddings.calls == calls
    assert check_index(index) == per_doc


def test_file_over_size_limit(make_index, settings, tmp_path, docs, check_index):
    folder = tmp_path / "sized"
    folder.mkdir()
    small = "DEFINITION\n\nUnder supervision, files records.\n"
    (folder / "small.txt").write_text(small)
    (folder / "copy.md").write_text(small)
    (folder / "big.txt").write_text("DEFINITION\n\n" + "Files records carefully. " * 100)
    index = make_index(settings.with_overrides(max_file_mb=0.001))
    summary = sync(index, [folder])
    assert [source for source, _ in summary.failed] == ["big.txt"]
    reason = summary.failed[0][1]
    assert "MB limit" in reason and "JCA_MAX_FILE_MB" in reason
    assert summary.added == 2
    assert set(check_index(index)) == {"small", "copy"}


def test_file_that_turns_bad_keeps_its_last_good_version(index, seed_corpus, check_index):
    sync(index, [seed_corpus])
    before = check_index(index)
    path = seed_corpus / BUTTE_NAME
    path.write_bytes(b"\x00\x01\x02" * 100)  # overwritten by garbage
    summary = sync(index, [seed_corpus])
    assert [source for source, _ in summary.failed] == [BUTTE_NAME]
    assert "binary" in summary.failed[0][1]
    assert summary.removed == 0 and summary.updated == 0
    assert check_index(index) == before


# --- other behaviour ---------------------------------------------------------------------------


def test_progress_is_reported_per_document(index, seed_corpus):
    events = []
    sync(index, [seed_corpus], progress=lambda event, done, total, chunks: events.append((event, done, total, chunks)))
    assert [e[:3] for e in events] == [("document", 1, 2), ("document", 2, 2), ("done", 2, 2)]
    assert events[-1][3] == index.store.count()


def test_missing_path_is_an_error(index, tmp_path):
    with pytest.raises(FileNotFoundError, match="no such file or folder"):
        sync(index, [tmp_path / "nope"])


def test_second_ingest_is_refused_while_one_runs(index, seed_corpus, settings):
    with ingest_lock(settings.data_dir):
        with pytest.raises(IngestLockedError, match="already running"):
            sync(index, [seed_corpus], wait_for_lock=False)
    assert sync(index, [seed_corpus], wait_for_lock=False).added == 2


def test_waiting_ingest_runs_after_the_lock_is_released(index, seed_corpus, settings):
    release = threading.Event()

    def hold():
        with ingest_lock(settings.data_dir):
            release.wait(5)

    holder = threading.Thread(target=hold)
    holder.start()
    time.sleep(0.3)
    threading.Timer(0.5, release.set).start()
    started = time.monotonic()
    summary = sync(index, [seed_corpus])
    holder.join()
    assert summary.added == 2 and time.monotonic() - started >= 0.3


def test_remove_documents(index, seed_corpus, check_index):
    sync(index, [seed_corpus])
    assert remove_documents(index, [BUTTE_ID, "not-indexed"]) == 1
    assert set(check_index(index)) == {MCPS_ID}

