"""The one Python entry point behind the CLI, the web app and the API.

Example:
    >>> assistant = Assistant.from_settings(Settings.from_env())
    >>> answer = assistant.ask("What is the salary range for the Butte County IT specialist?")
    >>> answer.answered, answer.citations[0].employer
    (True, 'Butte County')
"""

from __future__ import annotations

import time
from typing import Any, Iterator

from assistant.errors import AssistantError
from assistant.answering.answer import Answer, AnswerEvent
from assistant.answering.backends import make_answerer
from assistant.answering.chain import AnswerState, Route, build_chain
from assistant.index.index import Index
from assistant.search.retrieval import HybridRetriever
from assistant.settings import Settings
from assistant.search.snapshot import SnapshotCache


class QuestionError(AssistantError, ValueError):
    """A question the assistant will not process (empty, too long); the message says why."""


History = list[dict[str, str]]


class Assistant:
    """Answers questions about the indexed classifications, with citations."""

    def __init__(self, settings: Settings, index: Index | None = None, routes: list[Route] | None = None) -> None:
        self.settings = settings
        self.index = index or Index(settings)
        self.snapshots = SnapshotCache()
        self.retriever = HybridRetriever(index=self.index, k=settings.top_k, snapshots=self.snapshots)
        self.answerer = make_answerer(settings, encode=lambda texts: self.index.embeddings.embed_documents(texts))
        self.routes = routes if routes is not None else _default_routes(self.index)
        self.chain = build_chain(self.index, self.retriever, self.answerer, self.snapshots, self.routes)

    @classmethod
    def from_settings(cls, settings: Settings) -> "Assistant":
        return cls(settings)

    def check_question(self, question: str) -> str:
        """The question stripped, or QuestionError saying why it is not asked (empty, too long).

        :meth:`ask` and :meth:`stream` apply it: callers (the web layer) rely on them, not on calling it first.
        """
        if question is None or not str(question).strip():
            raise QuestionError("Please type a question.")
        question = str(question).strip()
        if len(question) > self.settings.max_question_chars:
            raise QuestionError(
                f"The question is {len(question):,} characters long; the limit is "
                f"{self.settings.max_question_chars:,} (JCA_MAX_QUESTION_CHARS)."
            )
        return question

    @staticmethod
    def _clean_history(history: Any) -> History:
        clean: History = []
        for turn in history or []:
            if isinstance(turn, dict) and turn.get("role") in {"user", "assistant"}:
                clean.append({"role": turn["role"], "content": str(turn.get("content") or "")[:4000]})
        return clean[-12:]

    def _state(self, question: str, history: History | None) -> AnswerState:
        return AnswerState(question=self.check_question(question), history=self._clean_history(history))

    def ask(self, question: str, history: History | None = None) -> Answer:
        """The verified answer; raises QuestionError for a question it will not process."""
        state = self._state(question, history)
        started = time.perf_counter()
        answer: Answer = self.chain.invoke(state)
        answer.latency_ms = (time.perf_counter() - started) * 1000
        return answer

    def stream(self, question: str, history: History | None = None) -> Iterator[AnswerEvent]:
        """Token events, then the final verified answer event.

        The question is checked when this is called, not when the events are first read: a QuestionError
        comes before any event (the REST API answers 400 rather than a stream that fails).
        """
        return self.chain.stream(self._state(question, history))

    def warm_up(self) -> None:
        """Load the model, the store, the BM25 index and what routes read (fact cards) before the first real question."""
        snap = self.snapshots.get(self.index)
        for route in self.routes:
            warm = getattr(route, "warm_up", None)
            if callable(warm):
                warm(snap)
        if snap.chunks:
            self.ask("warm up: salary")


def _default_routes(index: Index) -> list[Route]:
    try:
        from assistant.facts.routing.route import facts_route
    except ImportError:
        return []
    return [facts_route(index)]
