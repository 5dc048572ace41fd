"""Uploads over the size limit are refused with their real size (a real server on 127.0.0.1)."""

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
        yield s


def test_an_oversize_upload_is_refused_with_its_real_size(server) -> None:
    big = b"Clerk duties. " * 30000  # 420,000 bytes: 0.4 MB against a 0.1 MB limit
    report = httpx.post(server.url + "/api/admin/documents", auth=ADMIN, timeout=120,
                        files=[("files", ("big-clerk.txt", big, "text/plain"))]).json()
    reasons = " ".join(f["reason"] for f in report["failed"])
    assert "0.4 MB, over the 0.1 MB limit" in reasons, report  # was "0.1 MB, over the 0.1 MB limit"
    assert not (server.corpus_dir / "big-clerk.txt").exists()
