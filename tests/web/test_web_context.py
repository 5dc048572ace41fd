"""WebContext's asking path, without a server or a model: the engine checks the question once (when
``stream`` is called, before any event), the web layer relies on it, and the stream ends with a typed
``done`` event carrying the question's id in the log."""

from __future__ import annotations

from typing import Iterator

import pytest

from assistant.answering.answer import Answer, AnswerEvent
from assistant.engine import QuestionError
from assistant.settings import Settings
from assistant.web.context import RateLimited, WebContext


class FakeAssistant:
    """The engine's contract: ``ask`` and ``stream`` raise QuestionError when called; ``stream`` is lazy after that."""

    def __init__(self) -> None:
        self.checked: list[str] = []
        self.answered: list[str] = []

    def _check(self, question: str) -> str:
        self.checked.append(question)
        if not question.strip():
            raise QuestionError("Please type a question.")
        return question.strip()

    def ask(self, question: str, history: list[dict[str, str]] | None = None) -> Answer:
        question = self._check(question)
        self.answered.append(question)
        return Answer("Pays $20 an hour [1].", True)

    def stream(self, question: str, history: list[dict[str, str]] | None = None) -> Iterator[AnswerEvent]:
        question = self._check(question)

        def events() -> Iterator[AnswerEvent]:
            self.answered.append(question)
            yield AnswerEvent("token", text="Pays $20 an hour [1].")
            yield AnswerEvent("answer", answer=Answer("Pays $20 an hour [1].", True))

        return events()


@pytest.fixture(params=[0, 2], ids=["no-slots", "slots"])
def ctx(tmp_path, request) -> WebContext:
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "corpus", rate_limit_per_min=3,
                        max_concurrent_answers=request.param)
    return WebContext(settings, assistant=FakeAssistant())  # type: ignore[arg-type]


def test_stream_ends_with_a_typed_done_event_after_logging(ctx):
    events = list(ctx.stream("  What does a clerk earn?  ", [], "api", "10.0.0.1"))
    assert [e.kind for e in events] == ["token", "answer", "done"]
    assert all(isinstance(e, AnswerEvent) for e in events)
    done = events[-1]
    assert done.question_id > 0
    assert ctx.log.get(done.question_id)["question"] == "What does a clerk earn?"
    assert events[1].answer is not None and events[1].answer.latency_ms >= 0


def test_bad_question_fails_when_the_stream_is_asked_for_not_when_read(ctx):
    with pytest.raises(QuestionError, match="type a question"):
        ctx.stream("   ", [], "web", "10.0.0.2")  # no event read: the API can still answer 400
    assert ctx.assistant.checked == ["   "] and ctx.assistant.answered == []  # one check, by the engine


def test_ask_relies_on_the_engine_check(ctx):
    with pytest.raises(QuestionError):
        ctx.ask("", [], "api", "10.0.0.3")
    answer, question_id = ctx.ask(" What does a clerk earn? ", [], "api", "10.0.0.3")
    assert answer.answered and question_id > 0
    assert ctx.assistant.checked == ["", " What does a clerk earn? "]  # each question checked once
    assert ctx.log.get(question_id)["question"] == "What does a clerk earn?"


def test_rate_limit_comes_before_the_question_check(ctx):
    for _ in range(3):
        with pytest.raises(QuestionError):
            ctx.stream("", [], "web", "10.0.0.4")
    with pytest.raises(RateLimited):
        ctx.stream("", [], "web", "10.0.0.4")
