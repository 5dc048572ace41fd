"""The command line, run as a real subprocess: ingest, docs, search, settings from env and flags."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync

from conftest import BUTTE_NAME, MCPS_NAME, REPO_ROOT


def run_cli(args, env, timeout=300):
    return subprocess.run(
        [sys.executable, "-m", "assistant", *map(str, args)],
        cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=timeout,
    )


def test_ingest_prints_summary_reports_failures_and_exit_code(seed_corpus, data_dir, clean_env, docs,
                                                               make_index, settings, check_index):
    first = run_cli(["ingest", seed_corpus, "--data-dir", data_dir, "--quiet"], clean_env)
    assert first.returncode == 0, first.stderr
    assert "added 2 / updated 0 / removed 0 / unchanged 0 / failed 0" in first.stdout
    assert f"into {data_dir}" in first.stdout
    assert "FAILED" not in first.stdout

    (seed_corpus / "empty.txt").write_bytes(b"")
    (seed_corpus / "notes.xyz").write_text("notes")
    docs.scanned_pdf(seed_corpus / "scan.pdf")
    (seed_corpus / "random.docx").write_bytes(b"\x13\x37" * 200)
    second = run_cli(["ingest", seed_corpus, "--data-dir", data_dir], clean_env)
    assert second.returncode == 1, (second.stdout, second.stderr)
    assert "added 0 / updated 0 / removed 0 / unchanged 2 / failed 4" in second.stdout
    assert "FAILED empty.txt: the file is empty" in second.stdout
    assert "FAILED notes.xyz: unsupported file type .xyz" in second.stdout
    assert "FAILED scan.pdf:" in second.stdout and "OCR" in second.stdout
    assert "FAILED random.docx: not a valid DOCX" in second.stdout
    assert "Traceback" not in second.stderr

    # What the CLI wrote is a consistent index of exactly the two good documents.
    index = make_index(settings)
    per_doc = check_index(index)
    assert set(per_doc) == {BUTTE_NAME[:-4], MCPS_NAME[:-4]}


def test_docs_lists_source_title_employer_chunks(index, seed_corpus, data_dir, clean_env):
    sync(index, [seed_corpus])
    listed = run_cli(["docs", "--data-dir", data_dir], clean_env)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].split() == ["source", "title", "employer", "chunks", "indexed"]
    counts = {d.source: d.n_chunks for d in index.registry.ready_documents()}
    butte = next(line for line in lines if line.startswith(BUTTE_NAME))
    mcps = next(line for line in lines if line.startswith(MCPS_NAME))
    assert "Information Technology Specialist" in butte and "Butte County" in butte
    assert f"  {counts[BUTTE_NAME]}  " in butte
    assert "IT Systems Specialist" in mcps and "Montgomery County Public Schools" in mcps
    assert f"  {counts[MCPS_NAME]}  " in mcps
    assert f"2 documents, {sum(counts.values())} chunks" in listed.stdout

    as_json = run_cli(["docs", "--json", "--data-dir", data_dir], clean_env)
    rows = {row["source"]: row for row in json.loads(as_json.stdout)}
    assert rows[MCPS_NAME]["class_code"] == "5160" and rows[MCPS_NAME]["chunks"] == counts[MCPS_NAME]
    assert rows[BUTTE_NAME]["employer"] == "Butte County"


def test_data_dir_flag_overrides_env(index, seed_corpus, data_dir, tmp_path, clean_env):
    sync(index, [seed_corpus])
    env = dict(clean_env, JCA_DATA_DIR=str(data_dir))
    from_env = run_cli(["docs"], env)
    assert from_env.returncode == 0 and "2 documents" in from_env.stdout

    empty = tmp_path / "other-index"
    flagged = run_cli(["docs", "--data-dir", empty], env)
    assert flagged.returncode == 0
    assert f"No documents indexed in {empty}" in flagged.stdout and "2 documents" not in flagged.stdout


def test_invalid_env_setting_is_one_clear_line(clean_env, tmp_path):
    result = run_cli(["docs", "--data-dir", tmp_path], dict(clean_env, JCA_TOP_K="lots"))
    assert result.returncode == 2
    assert result.stderr.strip() == "error: JCA_TOP_K='lots': invalid literal for int() with base 10: 'lots'"
    result = run_cli(["docs", "--data-dir", tmp_path], dict(clean_env, JCA_CHUNK_SIZE="100"))
    assert result.returncode == 2 and "chunk_overlap must be smaller than chunk_size" in result.stderr


def test_ingest_missing_folder_fails_cleanly(clean_env, tmp_path):
    result = run_cli(["ingest", tmp_path / "nope", "--data-dir", tmp_path / "data", "--quiet"], clean_env)
    assert result.returncode == 1
    assert "no such file or folder" in result.stderr and "Traceback" not in result.stderr


def test_search_shows_k_results(index, seed_corpus, data_dir, clean_env):
    pytest.importorskip("assistant.search.retrieval")
    sync(index, [seed_corpus])
    result = run_cli(["search", "wage range", "-k", "3", "--data-dir", data_dir], clean_env)
    assert result.returncode == 0, result.stderr
    ranks = [line.split(".")[0] for line in result.stdout.splitlines() if line[:1].isdigit()]
    assert ranks == ["1", "2", "3"]
    assert "$25.34-33.96 hourly" in result.stdout
    assert "source: " + BUTTE_NAME in result.stdout


def test_search_on_empty_index_says_so(clean_env, tmp_path):
    pytest.importorskip("assistant.search.retrieval")
    result = run_cli(["search", "wage range", "--data-dir", tmp_path / "empty"], clean_env)
    assert result.returncode == 1 and "run `python -m assistant ingest` first" in result.stdout
