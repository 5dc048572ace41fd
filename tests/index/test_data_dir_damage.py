"""A damaged or incomplete data dir (issue 15): vectors lost or stray, damaged files, leaking connections.

Real embedded Chroma and the real model. Chroma keeps one client per path per process, so a data dir
damaged "from outside" is simulated by copying it to a new path and damaging the copy; damaged files
are opened by the real CLI in a subprocess.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading

import httpx

from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.index.integrity import check_vectors, hnsw_damage
from assistant.index.registry import Registry
from assistant.facts.storage.store import FactStore
from assistant.settings import Settings
from assistant.web.testing import running_server

from conftest import BUTTE_NAME, REPO_ROOT


def _copy_without(data_dir, target, *drop):
    shutil.copytree(data_dir, target, ignore=shutil.ignore_patterns(*drop))
    return target


def run_cli(args, env):
    return subprocess.run([sys.executable, "-m", "assistant", *map(str, args)], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def test_sync_reembeds_vectors_of_a_deleted_chroma_folder(index, seed_corpus, tmp_path, make_index, check_index):
    """chroma/ deleted: ingest said "unchanged" over 0 vectors and answers were silently keyword-only."""
    sync(index, [seed_corpus])
    chunks = index.registry.counts()["chunks"]
    copy = _copy_without(index.settings.data_dir, tmp_path / "copy", "chroma")
    damaged = make_index(Settings(data_dir=copy, corpus_dir=seed_corpus))
    before = check_vectors(damaged)
    assert not before.ok and before.vectors == 0 and "ingest" in before.problem

    summary = sync(damaged, [seed_corpus])
    assert summary.unchanged == 2 and summary.vectors_restored == chunks
    assert "missing vectors re-embedded" in summary.line()
    check_index(damaged)
    assert check_vectors(damaged).ok
    hits = damaged.store.search_by_vector(damaged.embeddings.embed_query("salary range information technology"), 3)
    assert hits and all(doc.metadata["doc_id"] for doc, _ in hits)


def test_sync_repairs_an_emptied_chroma_database(index, seed_corpus, tmp_path, make_index, check_index):
    sync(index, [seed_corpus])
    copy = _copy_without(index.settings.data_dir, tmp_path / "copy")
    (copy / "chroma" / "chroma.sqlite3").write_bytes(b"")
    damaged = make_index(Settings(data_dir=copy, corpus_dir=seed_corpus))
    summary = sync(damaged, [seed_corpus])
    assert summary.vectors_restored == index.registry.counts()["chunks"]
    check_index(damaged)


def test_stray_vectors_left_by_a_killed_update_are_removed(index, seed_corpus, check_index):
    """Killed after an updated document was committed, before its old vectors were deleted: they survived
    every later ingest (repair stopped once every document was 'ready')."""
    sync(index, [seed_corpus])
    doc_id = BUTTE_NAME[:-4]
    old = index.registry.chunks_of(doc_id)[0]
    vector = index.embeddings.embed_documents([old.text])
    index.store.upsert([f"{doc_id}#0000000000000000-0"], vector, [old.text], [{"doc_id": doc_id, "ord": 0}])
    assert not check_vectors(index).ok

    summary = sync(index, [seed_corpus])
    assert summary.vectors_removed == 1 and summary.unchanged == 2
    check_index(index)


def test_verify_finds_a_missing_vector_the_counts_miss(index, seed_corpus, check_index):
    """Equal counts, different ids (one missing, one stray): only ``verify`` compares ids."""
    sync(index, [seed_corpus])
    doc_id = BUTTE_NAME[:-4]
    first = index.registry.chunks_of(doc_id)[0]
    index.store.delete_ids([first.chunk_id])
    index.store.upsert([f"{doc_id}#0000000000000000-0"], index.embeddings.embed_documents([first.text]),
                       [first.text], [{"doc_id": doc_id, "ord": 0}])
    assert sync(index, [seed_corpus]).vectors_restored == 0  # the cheap check sees equal counts
    summary = sync(index, [seed_corpus], verify=True)
    assert (summary.vectors_restored, summary.vectors_removed) == (1, 1)
    check_index(index)


def test_truncated_chroma_database_names_the_file_and_rebuild_fixes_it(seed_corpus, data_dir, clean_env, make_index,
                                                                       check_index):
    first = run_cli(["ingest", seed_corpus, "--data-dir", data_dir, "--quiet"], clean_env)
    assert first.returncode == 0, first.stderr
    database = data_dir / "chroma" / "chroma.sqlite3"
    with open(database, "r+b") as handle:
        handle.truncate(database.stat().st_size // 2)

    broken = run_cli(["ingest", seed_corpus, "--data-dir", data_dir, "--quiet"], clean_env)
    assert broken.returncode == 1, (broken.stdout, broken.stderr)
    assert "Traceback" not in broken.stderr
    assert str(database) in broken.stderr and "ingest --rebuild" in broken.stderr

    search = run_cli(["search", "salary", "--data-dir", data_dir], clean_env)
    assert search.returncode == 1 and "Traceback" not in search.stderr and str(database) in search.stderr

    rebuilt = run_cli(["ingest", seed_corpus, "--data-dir", data_dir, "--rebuild", "--quiet"], clean_env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "added 2" in rebuilt.stdout and "aside to" in rebuilt.stdout
    aside = [p for p in data_dir.parent.iterdir() if p.name.startswith(f"{data_dir.name}.damaged-")]
    assert len(aside) == 1 and (aside[0] / "chroma" / "chroma.sqlite3").exists()
    check_index(make_index(Settings(data_dir=data_dir)))


def test_garbled_registry_names_the_file_and_rebuild_fixes_it(seed_corpus, data_dir, clean_env):
    first = run_cli(["ingest", seed_corpus, "--data-dir", data_dir, "--quiet"], clean_env)
    assert first.returncode == 0, first.stderr
    registry = data_dir / "registry.sqlite"
    with open(registry, "r+b") as handle:
        handle.write(b"garbage!" * 64)
    for command in (["docs"], ["ingest", seed_corpus, "--quiet"]):
        done = run_cli([*command, "--data-dir", data_dir], clean_env)
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr and "DatabaseError" not in done.stderr
        assert str(registry) in done.stderr and "ingest --rebuild" in done.stderr
    rebuilt = run_cli(["ingest", seed_corpus, "--data-dir", data_dir, "--rebuild", "--quiet"], clean_env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    listed = run_cli(["docs", "--data-dir", data_dir], clean_env)
    assert listed.returncode == 0 and BUTTE_NAME in listed.stdout


# Chroma keeps the first vectors of a collection in a brute-force buffer (SQLite log) and writes the HNSW files
# under chroma/<segment>/ only past hnsw sync_threshold (default 1,000): the 44 seed chunks never reach them.
# The project's store opens an existing collection as it is, so the collection is created first, in another
# process (one Chroma client per path per process), with the smallest batch size and sync threshold.
SMALL_HNSW = """
import sys
import chromadb
from chromadb.config import Settings
client = chromadb.PersistentClient(path=sys.argv[1], settings=Settings(anonymized_telemetry=False))
client.create_collection("classifications", embedding_function=None,
                         configuration={"hnsw": {"space": "cosine", "batch_size": 2, "sync_threshold": 2}})
"""


def test_damaged_hnsw_file_is_named_reported_by_health_and_rebuild_fixes_it(seed_corpus, data_dir, clean_env,
                                                                            make_index, check_index):
    """An emptied data_level0.bin: ingest said "unchanged", search silently lost its semantic half (Chroma's
    "Error finding id" was taken for another process's vectors) and nothing named the file."""
    created = subprocess.run([sys.executable, "-c", SMALL_HNSW, str(data_dir / "chroma")], cwd=REPO_ROOT,
                             env=clean_env, capture_output=True, text=True, timeout=300)
    assert created.returncode == 0, created.stderr
    first = run_cli(["ingest", seed_corpus, "--data-dir", data_dir, "--quiet"], clean_env)
    assert first.returncode == 0, first.stderr
    [segment] = [p for p in (data_dir / "chroma").iterdir() if (p / "header.bin").is_file()]
    assert (segment / "index_metadata.pickle").is_file()  # the vectors reached the HNSW files
    assert hnsw_damage(data_dir / "chroma") is None
    vectors = segment / "data_level0.bin"

    with running_server(data_dir, seed_corpus, expect_documents=2) as server:
        assert httpx.get(server.url + "/api/health", timeout=30).json()["status"] == "ok"
        vectors.write_bytes(b"")
        health = httpx.get(server.url + "/api/health", timeout=30)
        assert health.status_code == 503, health.text
        body = health.json()
        assert body["status"] == "unavailable" and str(vectors) in body["problem"], body
        assert "ingest --rebuild" in body["problem"]
        answer = httpx.post(server.url + "/api/ask", json={"question": "What is the Butte County salary range?"},
                            timeout=120)
        assert answer.status_code != 500, answer.text  # the app's Chroma still holds the vectors in memory
    assert "Traceback" not in server.log_text()
    vectors.write_bytes(b"")  # whatever the app wrote back when it stopped

    for command in (["ingest", seed_corpus, "--quiet"], ["search", "salary range"]):
        done = run_cli([*command, "--data-dir", data_dir], clean_env)
        assert done.returncode == 1, (command, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        assert str(vectors) in done.stderr and "ingest --rebuild" in done.stderr, done.stderr

    rebuilt = run_cli(["ingest", seed_corpus, "--data-dir", data_dir, "--rebuild", "--quiet"], clean_env)
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "added 2" in rebuilt.stdout and "aside to" in rebuilt.stdout
    assert hnsw_damage(data_dir / "chroma") is None
    search = run_cli(["search", "salary range", "--data-dir", data_dir], clean_env)
    assert search.returncode == 0 and BUTTE_NAME in search.stdout, search.stderr
    check_index(make_index(Settings(data_dir=data_dir)))


def _open_files() -> int:
    return len(os.listdir("/proc/self/fd"))


def test_short_lived_threads_do_not_leak_database_connections(tmp_path):
    """Recycled worker threads each left the registry's and the fact store's SQLite files open
    (42 → 359 open files over six load bursts)."""
    registry = Registry(tmp_path / "registry.sqlite")
    facts = FactStore(tmp_path / "facts.sqlite")

    def use() -> None:
        registry.counts()
        registry.generation()
        facts.doc_ids()

    use()
    baseline = _open_files()
    for _ in range(5):  # bursts of concurrent short-lived threads
        threads = [threading.Thread(target=use) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    use()
    # Eight threads at once need at most eight connections per database (3 files each: db, -wal, -shm).
    assert _open_files() <= baseline + 2 * 8 * 3
    for _ in range(40):  # one at a time: each new thread reuses the connection of an ended one
        thread = threading.Thread(target=use)
        thread.start()
        thread.join()
    assert _open_files() <= baseline + 2 * 8 * 3
