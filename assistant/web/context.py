"""Everything the web layer shares: settings, the assistant, the question log, sessions, limits.

One :class:`WebContext` is built per server by :func:`assistant.web.server.create_app`.
:meth:`WebContext.ask` and :meth:`WebContext.stream` are the only ways the chat
page, the REST API and the ``gradio_client`` endpoint ask a question: they apply
the per-client rate limit, call the :class:`~assistant.engine.Assistant` and log
the question. They know nothing about Gradio or HTTP.

Example:
    >>> ctx = WebContext(Settings.from_env())
    >>> answer, question_id = ctx.ask("What is the salary range for the Butte County IT specialist?", [], "api", "127.0.0.1")
    >>> answer.answered
    True
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import nullcontext
from functools import cached_property
from typing import Any, ContextManager, Iterator
from urllib.parse import quote, urlencode

from assistant.answering.answer import Answer, AnswerEvent
from assistant.engine import Assistant
from assistant.settings import Settings
from assistant.web.corpus_admin import CorpusManager
from assistant.web.feedback_log import QuestionLog
from assistant.web.security import RateLimiter, SessionStore

log = logging.getLogger("assistant.web")


class RateLimited(Exception):
    """Too many questions from one client; ``retry_after`` seconds until the next is allowed."""

    def __init__(self, retry_after: float) -> None:
        self.retry_after = retry_after
        super().__init__(
            f"Too many questions in a minute (the limit is per person); please wait {int(retry_after) + 1} seconds."
        )


class WebContext:
    """Shared services of one web server."""

    def __init__(self, settings: Settings, assistant: Assistant | None = None) -> None:
        self.settings = settings
        self._assistant = assistant
        self.sessions = SessionStore(settings.session_ttl_s)
        self.ask_limiter = RateLimiter(settings.rate_limit_per_min)
        self.login_limiter = RateLimiter(10)
        self.started_at = time.time()
        self._examples: tuple[str, list[str]] = ("", [])
        self._examples_lock = threading.Lock()
        # Slots for CPU-bound (extractive) answering; with an LLM the time is mostly waiting on it, so no limit.
        slots = settings.max_concurrent_answers if settings.answer_mode == "extractive" else 0
        self._answer_slots: threading.Semaphore | None = threading.Semaphore(slots) if slots else None

    @cached_property
    def assistant(self) -> Assistant:
        return self._assistant or Assistant.from_settings(self.settings)

    @property
    def index(self) -> Any:
        return self.assistant.index

    @cached_property
    def log(self) -> QuestionLog:
        return QuestionLog(self.settings.data_dir / "web.sqlite")

    @cached_property
    def corpus(self) -> CorpusManager:
        return CorpusManager(self.index, on_change=self._refresh_snapshot_soon)

    def _refresh_snapshot_soon(self) -> None:
        """Rebuild the search snapshot in the background after an admin change (seconds at 10,000
        documents), so the next question doesn't wait for it."""
        assistant = self.assistant

        def refresh() -> None:
            try:
                assistant.snapshots.get(assistant.index)
            except Exception as exc:  # noqa: BLE001 - the next question rebuilds it and reports the problem
                logging.getLogger(__name__).warning("background snapshot refresh failed: %s", exc)

        threading.Thread(target=refresh, name="snapshot-refresh", daemon=True).start()

    # --- links (work under a reverse-proxy path prefix)
    @property
    def root(self) -> str:
        return self.settings.root_path.rstrip("/")

    def url(self, path: str) -> str:
        return self.root + path

    def document_url(self, doc_id: str, start: int | None = None, end: int | None = None) -> str:
        url = self.url("/documents/" + quote(doc_id, safe="/"))
        if start is not None and end is not None:
            url += "?" + urlencode({"start": start, "end": end}) + "#passage"
        return url

    # --- asking
    def check_rate(self, client: str) -> None:
        wait = self.ask_limiter.hit(client or "unknown")
        if wait is not None:
            raise RateLimited(wait)

    def ask(self, question: str, history: list[dict[str, str]] | None, channel: str, client: str) -> tuple[Answer, int]:
        """Rate limit, answer, log. Raises RateLimited, QuestionError (from the engine) or the engine's user errors."""
        self.check_rate(client)
        with self._answer_slot():
            answer = self.assistant.ask(question, history or [])
        return answer, self._record(question.strip(), answer, channel)

    def _answer_slot(self) -> ContextManager[Any]:
        return self._answer_slots if self._answer_slots is not None else nullcontext()

    def stream(
        self, question: str, history: list[dict[str, str]] | None, channel: str, client: str
    ) -> Iterator[AnswerEvent]:
        """Token events, the final answer event, then a ``done`` event with the question id once it is logged.

        The rate limit and the engine's question check apply when this is called, before any event is read:
        RateLimited or QuestionError come from the call itself (the REST API answers 429/400, not a failed stream).
        """
        self.check_rate(client)
        events = self.assistant.stream(question, history or [])
        return self._logged(question.strip(), events, channel)

    def _logged(self, question: str, events: Iterator[AnswerEvent], channel: str) -> Iterator[AnswerEvent]:
        started = time.perf_counter()
        if self._answer_slots is not None:
            with self._answer_slot():
                events = iter(list(events))
        for event in events:
            if event.kind == "answer" and event.answer is not None:
                event.answer.latency_ms = (time.perf_counter() - started) * 1000
                yield event
                yield AnswerEvent("done", question_id=self._record(question, event.answer, channel))
                return
            yield event

    def _record(self, question: str, answer: Answer, channel: str) -> int:
        try:
            return self.log.record(question, answer, channel)
        except Exception:  # noqa: BLE001 - never lose an answer because the log is unavailable
            log.exception("could not record the question in the question log")
            return 0

    def example_questions(self, limit: int = 4) -> list[str]:
        """Questions about the indexed documents that the assistant does answer (cached per index version)."""
        registry = self.index.registry
        generation = registry.generation()
        with self._examples_lock:
            if self._examples[0] == generation:
                return self._examples[1][:limit]
            found: list[str] = []
            deadline = time.monotonic() + 20
            for question in _candidate_questions(registry.ready_documents()):
                if len(found) >= max(limit, 4) or time.monotonic() > deadline:
                    break
                try:
                    if self.assistant.ask(question, []).answered:
                        found.append(question)
                except Exception:  # noqa: BLE001 - an example that fails is just not shown
                    log.debug("example question failed: %s", question, exc_info=True)
            self._examples = (generation, found)
            return found[:limit]


def _candidate_questions(docs: list[Any]) -> list[str]:
    """A few questions per document, interleaved so every document gets a turn."""
    templates = [
        "What is the salary range for the {who}?",
        "What education is required for the {who}?",
        "What are the minimum qualifications for the {who}?",
        "What does the {who} do?",
    ]
    per_doc = []
    for offset, doc in enumerate(docs[:6]):
        who = f"{doc.employer} {doc.title}".strip() if doc.employer else doc.title
        per_doc.append([templates[(offset + i) % len(templates)].format(who=who) for i in range(len(templates))])
    candidates = [q for round_ in zip(*per_doc) for q in round_] if per_doc else []
    if len(docs) >= 2:
        candidates.insert(min(2, len(candidates)), f"Compare the salaries of the {docs[0].title} and the {docs[1].title}.")
    return candidates
