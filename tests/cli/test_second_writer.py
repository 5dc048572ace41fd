"""A second writer while the app serves the data dir (issue 15), with a real server and the real CLI.

Embedded Chroma: the app never sees vectors another process writes, so ``ingest`` from a shell must
refuse while the app runs (or hand the work to the app's admin API), and a server killed during an
upload must not make the failed upload live at its next start.
"""

from __future__ import annotations

import subprocess
import sys

import httpx

from assistant.web.testing import running_server
from assistant.web.upload_cleanup import clean_interrupted_uploads
from assistant.settings import Settings

from conftest import REPO_ROOT

NEW_DOC = ("PARK RANGER\nCity of Harlow Springs\n\nDEFINITION\nUnder general supervision, patrols city parks and "
           "enforces park rules.\n\nSALARY\n$22.00 - $31.00 hourly.\n")
ADMIN = {"JCA_ADMIN_USER": "hr", "JCA_ADMIN_PASSWORD": "a-long-test-password-1"}


def run_cli(args, env):
    return subprocess.run([sys.executable, "-m", "assistant", *map(str, args)], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def test_ingest_refuses_while_the_app_serves_the_data_dir_or_hands_it_over(seed_corpus, data_dir, tmp_path, clean_env):
    new = tmp_path / "park-ranger.txt"
    new.write_text(NEW_DOC)
    with running_server(data_dir, seed_corpus, env=ADMIN, expect_documents=2) as server:
        assert (data_dir / "server.json").exists()
        refused = run_cli(["ingest", new, "--data-dir", data_dir], clean_env)
        assert refused.returncode == 1, (refused.stdout, refused.stderr)
        assert "Traceback" not in refused.stderr
        assert server.url + "/admin/" in refused.stderr and "/api/admin/documents" in refused.stderr
        assert "JCA_CHROMA_HOST" in refused.stderr
        assert httpx.get(server.url + "/api/health", timeout=30).json()["documents"] == 2  # nothing written

        handed = run_cli(["ingest", new, "--data-dir", data_dir], clean_env | ADMIN)
        assert handed.returncode == 0, (handed.stdout, handed.stderr)
        assert server.url in handed.stdout
        health = httpx.get(server.url + "/api/health", timeout=30).json()
        assert health["documents"] == 3 and health["status"] == "ok", health
        answer = httpx.post(server.url + "/api/ask", json={"question": "What is the salary of the Harlow Springs Park Ranger?"},
                            timeout=120)
        assert answer.status_code == 200, answer.text
        assert any(c["doc_id"] == "park-ranger" for c in answer.json()["citations"])
    assert not (data_dir / "server.json").exists()
    after = run_cli(["ingest", seed_corpus, "--data-dir", data_dir, "--quiet"], clean_env)  # the app is gone
    assert after.returncode == 0, after.stderr


def test_an_interrupted_upload_is_undone_at_start(tmp_path):
    """Killed after the files were moved in, before the sync answered: the client saw a failure."""
    corpus = tmp_path / "corpus"
    staging = corpus / ".upload-abc123"
    staging.mkdir(parents=True)
    (corpus / "clerk.txt").write_text("new version")
    (staging / ".previous-clerk.txt").write_text("old version")
    (corpus / "ranger.txt").write_text(NEW_DOC)
    (staging / "typist.txt").write_text("never moved in")
    (staging / ".installing").write_text("clerk.txt\nranger.txt\ntypist.txt")
    (corpus / "kept.txt").write_text("untouched")
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus)
    leftover = settings.data_dir / "uploads" / "jca-upload-x"
    leftover.mkdir(parents=True)
    (leftover / "0.bin").write_bytes(b"x")

    done = clean_interrupted_uploads(settings)
    assert (corpus / "clerk.txt").read_text() == "old version"
    assert not (corpus / "ranger.txt").exists() and not (corpus / "typist.txt").exists()
    assert (corpus / "kept.txt").read_text() == "untouched"
    assert not staging.exists() and not leftover.exists()
    assert len(done) == 3
