"""Admin requests at their limits, on a real server on 127.0.0.1: an oversize upload, a delete while another
process holds the ingest lock, too many sign-in attempts."""

from __future__ import annotations

import httpx
import pytest

from assistant.web.testing import corpus_copy, running_server

ADMIN = ("hr-admin", "correct horse battery staple")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    base = tmp_path_factory.mktemp("upload-limits")
    env = {"JCA_ADMIN_USER": ADMIN[0], "JCA_ADMIN_PASSWORD": ADMIN[1], "JCA_MAX_FILE_MB": "0.1"}
    with running_server(base / "data", corpus_copy(base), env, expect_documents=2) as s:
        s.corpus_dir = base / "corpus"  # type: ignore[attr-defined]
        s.data_dir = base / "data"  # type: ignore[attr-defined]
        yield s


def test_an_oversize_upload_is_refused_with_its_real_size(server) -> None:
    big = b"Clerk duties. " * 30000  # 420,000 bytes: 0.4 MB against a 0.1 MB limit
    report = httpx.post(server.url + "/api/admin/documents", auth=ADMIN, timeout=120,
                        files=[("files", ("big-clerk.txt", big, "text/plain"))]).json()
    reasons = " ".join(f["reason"] for f in report["failed"])
    assert "0.4 MB, over the 0.1 MB limit" in reasons, report  # was "0.1 MB, over the 0.1 MB limit"
    assert not (server.corpus_dir / "big-clerk.txt").exists()


def test_a_delete_while_another_ingest_holds_the_lock_is_refused_at_once(server) -> None:
    """409 now, and the document is still there (before: the request blocked up to 600 s, then ran anyway)."""
    from assistant.ingest.lock import ingest_lock

    with ingest_lock(server.data_dir, wait=False):
        busy = httpx.delete(server.url + "/api/admin/documents/mcps-it-systems-specialist", auth=ADMIN, timeout=30)
    assert busy.status_code == 409 and "already running" in busy.json()["detail"]
    listed = {d["doc_id"] for d in httpx.get(server.url + "/api/documents", timeout=30).json()}
    assert "mcps-it-systems-specialist" in listed
    assert (server.corpus_dir / "mcps-it-systems-specialist.txt").exists()


def test_too_many_sign_ins_say_when_to_retry(server) -> None:
    statuses = []
    for _ in range(15):
        reply = httpx.post(server.url + "/login", data={"username": "x", "password": "wrong"}, timeout=30)
        statuses.append(reply.status_code)
        if reply.status_code == 429:
            assert int(reply.headers["retry-after"]) >= 1
            break
    assert statuses[-1] == 429, statuses
