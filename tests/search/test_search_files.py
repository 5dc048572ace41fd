"""Saved BM25 index and word counts (assistant/search_files.py), through the snapshot that uses them.

Real store, real model, the seed corpus in a temporary data dir.
"""

from __future__ import annotations

import shutil

import numpy as np

from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.search.snapshot import SnapshotCache
from assistant.text import tokens

from conftest import BUTTE_NAME, CORPUS_DIR, MCPS_NAME

QUERY = tokens("hourly wage range information technology specialist")


def _scores(snap) -> list[float]:
    return np.round(snap.bm25.get_scores(QUERY), 6).tolist()


def test_a_new_process_loads_the_saved_files_and_scores_the_same(index, seed_corpus, make_index, settings, data_dir):
    sync(index, [seed_corpus])
    built = SnapshotCache().get(index)
    assert not built.from_saved_files
    folders = list((data_dir / "search").iterdir())
    assert len(folders) == 1 and (folders[0] / "meta.json").is_file()

    loaded = SnapshotCache().get(make_index(settings))  # as a restarted app would
    assert loaded.from_saved_files
    assert loaded.vocabulary == built.vocabulary
    assert _scores(loaded) == _scores(built) and max(_scores(loaded)) > 0
    assert [c.chunk_id for c in loaded.chunks] == [c.chunk_id for c in built.chunks]


def test_files_of_another_chunk_set_or_damaged_files_are_rebuilt(index, seed_corpus, make_index, settings, data_dir):
    sync(index, [seed_corpus])
    built = SnapshotCache().get(index)
    folder = next((data_dir / "search").iterdir())

    (folder / "vocabulary.json").write_text("{not json", encoding="utf-8")
    again = SnapshotCache().get(make_index(settings))
    assert not again.from_saved_files and again.vocabulary == built.vocabulary

    # Saved for a different set of chunks under the same generation name: ignored, not trusted.
    shutil.rmtree(folder)
    SnapshotCache().get(make_index(settings))
    meta = folder / "meta.json"
    meta.write_text(meta.read_text(encoding="utf-8").replace('"chunks": ', '"chunks": 1'), encoding="utf-8")
    assert not SnapshotCache().get(make_index(settings)).from_saved_files


def test_a_sync_moves_to_new_files_and_drops_the_old_ones(tmp_path, index, make_index, settings, data_dir):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / BUTTE_NAME).write_bytes((CORPUS_DIR / BUTTE_NAME).read_bytes())
    sync(index, [folder])
    first = SnapshotCache().get(index)
    old = {p.name for p in (data_dir / "search").iterdir()}

    (folder / MCPS_NAME).write_bytes((CORPUS_DIR / MCPS_NAME).read_bytes())
    sync(index, [folder])
    second = SnapshotCache().get(index)
    assert len(second.chunks) > len(first.chunks) and not second.from_saved_files
    now = {p.name for p in (data_dir / "search").iterdir()}
    assert len(now) == 1 and not (now & old)
    assert SnapshotCache().get(make_index(settings)).from_saved_files


def test_an_unwritable_data_dir_only_costs_speed(index, seed_corpus, data_dir):
    sync(index, [seed_corpus])
    (data_dir / "search").write_text("a file where the folder should be", encoding="utf-8")
    snap = SnapshotCache().get(index)  # saving fails quietly; the snapshot is complete
    assert snap.bm25 is not None and max(_scores(snap)) > 0
