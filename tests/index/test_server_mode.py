"""Server mode (issue 9): everything against a real Chroma server started with ``chroma run``.

CI starts one (``eval "$(scripts/chroma_server.sh start)"``) and passes it in
``JCA_TEST_CHROMA_HOST`` / ``JCA_TEST_CHROMA_PORT``; without them this module
starts its own on a free port and kills it (by its process id) at the end.

- The ingest and store tests of ``test_ingest.py`` and the answer tests of
  ``test_answering.py`` run again here, unchanged, with the index on the server
  (this module overrides their ``settings`` and ``assistant`` fixtures).
- Two app processes with different data dirs share one server: what one syncs,
  the other answers; the ingest lease is shared too.
- The server going away gives StoreUnavailableError (and a one-line CLI
  error), and the same Assistant answers again once the server is back.
  That test kills and restarts a private server of its own, never CI's.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Iterator

import pytest

from assistant.index import registry_chroma
from assistant.engine import Assistant
from assistant.index.index import Index
from assistant.errors import IngestLockedError
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.index.registry_chroma import ChromaRegistry
from assistant.settings import Settings
from assistant.index.store import StoreUnavailableError

from conftest import BUTTE_NAME, CORPUS_DIR, MCPS_NAME, REPO_ROOT

pytestmark = pytest.mark.server

SEED_QUESTION = "What is the salary range for the Butte County IT specialist?"
CHROMA = Path(sys.executable).parent / "chroma"


# --- a real Chroma server ---------------------------------------------------------------


class ChromaServer:
    """``chroma run`` as a child process: started on a port and path, stopped by its pid."""

    def __init__(self, port: int, path: Path) -> None:
        self.host, self.port, self.path = "127.0.0.1", port, path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 90.0) -> "ChromaServer":
        self.path.mkdir(parents=True, exist_ok=True)
        log = open(self.path.parent / f"chroma-{self.port}.log", "ab")
        env = {**os.environ, "ANONYMIZED_TELEMETRY": "False"}
        self.process = subprocess.Popen(
            [str(CHROMA), "run", "--host", self.host, "--port", str(self.port), "--path", str(self.path)],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env, start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"chroma run exited with {self.process.returncode}; see {log.name}")
            if heartbeat(self.host, self.port):
                return self
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"no Chroma heartbeat on port {self.port} after {timeout_s:.0f} s")

    def kill(self) -> None:
        """SIGKILL by pid: the server vanishes as if its machine died."""
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.kill()


def heartbeat(host: str, port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://{host}:{port}/api/v2/heartbeat", timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, int]]:
    """(host, port) of CI's server when JCA_TEST_CHROMA_HOST/PORT are set, else of one started here."""
    host, port = os.environ.get("JCA_TEST_CHROMA_HOST"), os.environ.get("JCA_TEST_CHROMA_PORT")
    if host and port:
        if not heartbeat(host, int(port)):
            pytest.fail(f"JCA_TEST_CHROMA_HOST/PORT name {host}:{port}, but no Chroma server answers there")
        yield host, int(port)
        return
    if not CHROMA.exists():
        pytest.skip(f"{CHROMA} not found (chromadb not installed in this environment)")
    server = ChromaServer(free_port(), tmp_path_factory.mktemp("chroma-server") / "db").start()
    try:
        yield server.host, server.port
    finally:
        server.stop()


def server_settings(server: tuple[str, int], data_dir: Path, collection: str | None = None, **extra) -> Settings:
    """Settings for one app process: its own data dir, the shared server, a collection of its own test."""
    return Settings(
        data_dir=data_dir, corpus_dir=CORPUS_DIR, chroma_host=server[0], chroma_port=server[1],
        collection=collection or f"t-{uuid.uuid4().hex[:12]}", **extra,
    )


# --- the ingest/store and answer suites, again, on the server --------------------------------


@pytest.fixture
def settings(chroma_server, data_dir: Path) -> Settings:
    """Overrides conftest's: the tests of test_ingest.py below get a fresh collection on the server."""
    return server_settings(chroma_server, data_dir)


@pytest.fixture(scope="module")
def assistant(chroma_server, tmp_path_factory, shared_embeddings) -> Assistant:
    """Overrides test_answering.py's: the seed corpus synced onto the server, answered from there."""
    root = tmp_path_factory.mktemp("server-answering")
    corpus = root / "corpus"
    corpus.mkdir()
    for name in (BUTTE_NAME, MCPS_NAME):
        shutil.copyfile(CORPUS_DIR / name, corpus / name)
    settings = server_settings(chroma_server, root / "data").with_overrides(corpus_dir=corpus)
    index = Index(settings, embeddings=shared_embeddings)
    summary = sync(index, [corpus])
    assert summary.added == 2 and not summary.failed
    assert isinstance(index.registry, ChromaRegistry)
    return Assistant(settings, index=index)


def _is_fixture(obj: object) -> bool:
    return type(obj).__name__ == "FixtureFunctionDefinition" or hasattr(obj, "_pytestfixturefunction")


def _rerun_here(module_name: str, folder: str) -> None:
    """Collect another module's tests (and its own fixtures) in this module, under this module's fixtures."""
    where = str(Path(__file__).resolve().parents[1] / folder)
    if where not in sys.path:
        sys.path.insert(0, where)
    try:
        module = __import__(module_name)
    except ImportError:
        return
    for name, obj in vars(module).items():
        if (name.startswith("test_") and callable(obj)) or _is_fixture(obj):
            globals().setdefault(name, obj)  # this module's fixtures (settings, assistant) win


_rerun_here("test_ingest", "ingest")
_rerun_here("test_answering", "answering")


# --- server mode itself -------------------------------------------------------------------


@pytest.fixture
def two_processes(chroma_server, tmp_path: Path, make_index):
    """Two app processes' indexes: different data dirs, one server, one collection."""
    collection = f"t-{uuid.uuid4().hex[:12]}"
    first = make_index(server_settings(chroma_server, tmp_path / "app-a", collection))
    second = make_index(server_settings(chroma_server, tmp_path / "app-b", collection))
    return first, second


def test_registry_lives_on_the_server(index, seed_corpus, check_index, settings):
    assert isinstance(index.registry, ChromaRegistry)
    summary = sync(index, [seed_corpus])
    assert summary.added == 2 and not summary.failed
    check_index(index)
    assert not (settings.data_dir / "registry.sqlite").exists()
    assert not (settings.data_dir / "chroma").exists()
    assert index.store.where().startswith("Chroma server http://")


def test_registry_pages_through_many_documents(assistant, monkeypatch):
    """Reads page through the registry collection (PAGE records at a time) and see every document once."""
    registry = assistant.index.registry
    whole = ([d.doc_id for d in registry.all_documents()], [c.chunk_id for c in registry.live_chunks()], registry.chunk_ids())
    monkeypatch.setattr(registry_chroma, "PAGE", 1)
    paged = ([d.doc_id for d in registry.all_documents()], [c.chunk_id for c in registry.live_chunks()], registry.chunk_ids())
    assert paged == whole and len(whole[0]) == 2 and len(whole[1]) == len(whole[2]) > 2


def test_seed_question_answered_from_the_server(assistant):
    answer = assistant.ask(SEED_QUESTION)
    assert answer.answered
    assert "25.34" in answer.text and "33.96" in answer.text
    cited = [c for c in answer.citations if c.doc_id == BUTTE_NAME[:-4]]
    assert cited and cited[0].employer == "Butte County"
    for c in answer.citations:
        doc = assistant.index.registry.get_document(c.doc_id)
        assert doc is not None and doc.text[c.start:c.end] == c.quote


def test_upload_through_one_process_is_answerable_through_the_other(two_processes, seed_corpus, docs, tmp_path,
                                                                     check_index):
    first, second = two_processes
    sync(first, [seed_corpus])
    other = Assistant(second.settings, index=second)  # built before the upload below
    answer = other.ask(SEED_QUESTION)
    assert "25.34" in answer.text and "33.96" in answer.text and answer.citations
    assert check_index(second) == check_index(first)

    upload = tmp_path / "uploads"
    upload.mkdir()
    (upload / "park-ranger.md").write_text(docs.MARKDOWN, encoding="utf-8")
    assert sync(first, [upload / "park-ranger.md"]).added == 1
    answer = other.ask("What is the salary of the Park Ranger at the City of Harlow Springs?")
    assert "22.00" in answer.text and "31.00" in answer.text, answer.text
    assert {c.doc_id for c in answer.citations} == {"park-ranger"}
    assert {d.doc_id for d in second.registry.ready_documents()} == {d.doc_id for d in first.registry.ready_documents()}

    # ... and a removal through the second is gone from the first
    from assistant.facts.storage.sync_hook import remove_with_fact_cards as remove_documents

    assert remove_documents(second, ["park-ranger"]) == 1
    mine = Assistant(first.settings, index=first)
    assert "park-ranger" not in {c.doc_id for c in mine.ask("Park Ranger salary at Harlow Springs?").citations}
    check_index(first)


def test_two_real_processes_share_one_server(two_processes, seed_corpus, docs, tmp_path, clean_env):
    """The CLI as the other app process (its own data dir): it answers what this one synced, and uploads a file
    this process's Assistant (built before) then answers."""
    import json

    mine, _ = two_processes
    env = {**clean_env, "JCA_CHROMA_HOST": mine.settings.chroma_host, "JCA_CHROMA_PORT": str(mine.settings.chroma_port),
           "JCA_COLLECTION": mine.settings.collection, "JCA_DATA_DIR": str(tmp_path / "cli-app")}

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "assistant", *args], cwd=REPO_ROOT, env=env,
                              capture_output=True, text=True, timeout=600)

    sync(mine, [seed_corpus])
    assistant = Assistant(mine.settings, index=mine)
    assert assistant.ask(SEED_QUESTION).citations
    asked = cli("ask", SEED_QUESTION, "--json")
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert "25.34" in answer["answer"] and "33.96" in answer["answer"] and answer["citations"]

    upload = tmp_path / "uploads"
    upload.mkdir()
    (upload / "park-ranger.md").write_text(docs.MARKDOWN, encoding="utf-8")
    ingested = cli("ingest", str(upload / "park-ranger.md"), "--quiet")
    assert ingested.returncode == 0 and "added 1 /" in ingested.stdout, ingested.stdout + ingested.stderr
    answer = assistant.ask("What is the salary of the Park Ranger at the City of Harlow Springs?")
    assert "22.00" in answer.text and "31.00" in answer.text, answer.text
    assert {c.doc_id for c in answer.citations} == {"park-ranger"}


def test_list_question_sees_documents_another_process_uploaded(two_processes, seed_corpus, docs, tmp_path):
    first, second = two_processes
    sync(first, [seed_corpus])
    upload = tmp_path / "uploads"
    upload.mkdir()
    (upload / "park-ranger.md").write_text(docs.MARKDOWN, encoding="utf-8")
    sync(second, [upload / "park-ranger.md"])
    answer = Assistant(first.settings, index=first).ask("Which jobs pay more than $21 an hour?")
    assert {"butte-county-information-technology-specialist", "park-ranger"} <= {c.doc_id for c in answer.citations}, \
        answer.text


def test_ingest_lease_is_shared_between_processes(two_processes, seed_corpus):
    first, second = two_processes
    with first.registry.ingest_lease(wait=False):
        with pytest.raises(IngestLockedError, match=f"already running \\(pid {os.getpid()} on "):
            sync(second, [seed_corpus], wait_for_lock=False)
    assert sync(second, [seed_corpus], wait_for_lock=False).added == 2


def test_lease_of_a_dead_process_on_this_host_is_taken_over(two_processes, seed_corpus):
    first, _ = two_processes
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    first.registry._upsert(["meta:lock"], [{  # a lease left by a process that was SIGKILLed
        "kind": "meta", "token": "x", "holder": f"pid {dead.pid}", "host": socket.gethostname(), "pid": dead.pid,
        "expires": time.time() + 3600,
    }])
    assert sync(first, [seed_corpus], wait_for_lock=False).added == 2


def test_server_going_away_and_coming_back(tmp_path, make_index, seed_corpus, clean_env):
    """Kill the server: clear StoreUnavailableError; restart it on the same port and path: the same Assistant answers."""
    server = ChromaServer(free_port(), tmp_path / "private-server" / "db").start()
    try:
        index = make_index(server_settings((server.host, server.port), tmp_path / "data"))
        sync(index, [seed_corpus])
        assistant = Assistant(index.settings, index=index)
        assert "25.34" in assistant.ask(SEED_QUESTION).text

        server.kill()
        assert not heartbeat(server.host, server.port)
        with pytest.raises(StoreUnavailableError, match=r"Chroma server http://127\.0\.0\.1:\d+\) is not reachable"):
            assistant.ask(SEED_QUESTION)
        with pytest.raises(StoreUnavailableError, match="not reachable"):
            index.registry.counts()
        with pytest.raises(StoreUnavailableError, match="not reachable"):
            index.store.count()
        assert index.store.healthy() is False
        env = {**clean_env, "JCA_CHROMA_HOST": server.host, "JCA_CHROMA_PORT": str(server.port),
               "JCA_COLLECTION": index.settings.collection}
        cli = subprocess.run([sys.executable, "-m", "assistant", "docs", "--data-dir", str(tmp_path / "cli")],
                             cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert cli.returncode != 0 and "Traceback" not in cli.stderr
        assert "is not reachable" in cli.stdout + cli.stderr

        server.start()  # same port, same path: the data is still there
        answer = assistant.ask(SEED_QUESTION)
        assert "25.34" in answer.text and "33.96" in answer.text and answer.citations
        assert index.store.healthy() is True
        assert index.registry.counts()["documents"] == 2
        cli = subprocess.run([sys.executable, "-m", "assistant", "docs", "--data-dir", str(tmp_path / "cli")],
                             cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=300)
        assert cli.returncode == 0, cli.stderr
        assert BUTTE_NAME in cli.stdout and MCPS_NAME in cli.stdout
    finally:
        server.stop()
