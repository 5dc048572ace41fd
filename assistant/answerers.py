"""Answer backends and the one place where they are chosen.

A backend turns (plan, retrieved chunks, snapshot) into an :class:`Answer`,
and can stream it as :class:`AnswerEvent`s. ``extractive`` needs nothing;
``llm`` needs an OpenAI-compatible endpoint and falls back to ``extractive``.

Example:
    >>> answerer = make_answerer(Settings.from_env())
    >>> type(answerer).__name__
    'ExtractiveAnswerer'
"""

from __future__ import annotations

import re
from typing import Iterator, Protocol

from langchain_core.documents import Document

from .answer import Answer, AnswerEvent
from .query import QueryPlan
from .settings import Settings
from .snapshot import Snapshot


class Answerer(Protocol):
    def answer(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Answer: ...

    def stream(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Iterator[AnswerEvent]: ...


def stream_finished(answer: Answer) -> Iterator[AnswerEvent]:
    """Stream an already finished answer as word-sized tokens, then the answer itself."""
    for piece in re.findall(r"\S+\s*|\s+", answer.text):
        yield AnswerEvent("token", text=piece)
    yield AnswerEvent("answer", answer=answer)


def make_answerer(settings: Settings) -> Answerer:
    from .extractive import ExtractiveAnswerer

    extractive = ExtractiveAnswerer()
    if settings.answer_mode == "llm":
        from .llm import LLMAnswerer

        return LLMAnswerer(settings, fallback=extractive)
    return extractive
