"""What an answer backend is: one object that answers, or streams, from retrieved chunks.

Kept apart from :mod:`assistant.answering.backends` (which chooses one) so that the
backends themselves can share :func:`stream_finished` without importing each other.

Example:
    >>> events = list(stream_finished(Answer(text="Grade 23 [1]", answered=True)))
    >>> events[-1].kind
    'answer'
"""

from __future__ import annotations

import re
from typing import Iterator, Protocol

from langchain_core.documents import Document

from assistant.answering.answer import Answer, AnswerEvent
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot


class Answerer(Protocol):
    def answer(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Answer: ...

    def stream(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Iterator[AnswerEvent]: ...


def stream_finished(answer: Answer) -> Iterator[AnswerEvent]:
    """Stream an already finished answer as word-sized tokens, then the answer itself."""
    for piece in re.findall(r"\S+\s*|\s+", answer.text):
        yield AnswerEvent("token", text=piece)
    yield AnswerEvent("answer", answer=answer)
