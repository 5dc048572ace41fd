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

from conftest import BUTTE_NAME, REPO_ROOT

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


# A second process writing with its own embedded Chroma client, as the CLI did before it refused to (or as
# any script calling the sync does): the CLI's server.json guard is bypassed on purpose.
SECOND_WRITER = """
import sys
from pathlib import Path
from assistant.settings import Settings, use_offline_environment
use_offline_environment()
from assistant.index.index import Index
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
print(sync(Index(Settings(data_dir=Path(sys.argv[1]))), [Path(a) for a in sys.argv[2:]]).line())
"""

# Another process deleting some vectors of one document straight through chromadb (registry untouched).
VECTOR_DELETER = """
import sys
import chromadb
from chromadb.config import Settings
client = chromadb.PersistentClient(path=sys.argv[1], settings=Settings(anonymized_telemetry=False))
collection = client.get_collection("classifications")
ids = sorted(collection.get(where={"doc_id": sys.argv[2]}, include=[])["ids"])[: int(sys.argv[3])]
collection.delete(ids=ids)
print(len(ids))
"""


def run_python(script, args, env):
    return subprocess.run([sys.executable, "-c", script, *map(str, args)], cwd=REPO_ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


def test_vectors_another_process_wrote_degrade_the_app_instead_of_a_500(seed_corpus, data_dir, tmp_path, clean_env):
    """The app's embedded Chroma client cannot read vectors written by a second client on the same data dir:
    a question reaching that document failed with "Error finding id" (a 500)."""
    new = tmp_path / "new" / "park-ranger.txt"
    new.parent.mkdir()
    new.write_text(NEW_DOC)
    with running_server(data_dir, seed_corpus, expect_documents=2) as server:
        written = run_python(SECOND_WRITER, [data_dir, seed_corpus, new.parent], clean_env)
        assert written.returncode == 0, (written.stdout, written.stderr)
        assert "added 1 /" in written.stdout and "unchanged 2" in written.stdout, written.stdout
        listed = httpx.get(server.url + "/api/documents", timeout=30).json()
        assert "park-ranger" in {d["doc_id"] for d in listed}  # the registry (SQLite) is shared

        for question in ("What is the salary of the Harlow Springs Park Ranger?", "What does a park ranger do?"):
            answer = httpx.post(server.url + "/api/ask", json={"question": question}, timeout=120)
            assert answer.status_code == 200, answer.text
        health = httpx.get(server.url + "/api/health", timeout=30)
        assert health.status_code == 200, health.text
        body = health.json()
        assert body["status"] == "degraded", body
        assert body["documents"] == 3 and "park-ranger.txt" in body["problem"] and "Restart" in body["problem"], body
        assert "Traceback" not in server.log_text()

    with running_server(data_dir, seed_corpus) as server:  # a restart reads them (its sync drops park-ranger:
        body = httpx.get(server.url + "/api/health", timeout=30).json()  # it is not in the app's corpus folder)
        assert body["status"] == "ok" and body["problem"] is None, body


def test_health_is_degraded_while_vectors_are_missing(seed_corpus, data_dir, clean_env):
    """The vector store holding fewer vectors than the registry has chunks (another process deleted some):
    /api/health says "degraded" and how to repair, questions still answer."""
    with running_server(data_dir, seed_corpus, expect_documents=2) as server:
        ok = httpx.get(server.url + "/api/health", timeout=30).json()
        assert ok["status"] == "ok" and ok["vectors"] == ok["chunks"], ok
        deleted = run_python(VECTOR_DELETER, [data_dir / "chroma", BUTTE_NAME[:-4], 3], clean_env)
        assert deleted.returncode == 0 and deleted.stdout.strip() == "3", (deleted.stdout, deleted.stderr)

        health = httpx.get(server.url + "/api/health", timeout=30)
        assert health.status_code == 200, health.text
        body = health.json()
        assert body["status"] == "degraded" and body["chunks"] == ok["chunks"], body
        assert body["vectors"] == ok["chunks"] - 3, body
        assert f"{body['vectors']} vectors for {body['chunks']} chunks" in body["problem"] and "ingest" in body["problem"]
        answer = httpx.post(server.url + "/api/ask", json={"question": "What is the Butte County salary range?"},
                            timeout=120)
        assert answer.status_code == 200, answer.text
