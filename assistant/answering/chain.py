"""The answer path as one LangChain Runnable chain.

question + history → snapshot → standalone query plan → (corpus-wide route) →
hybrid retriever → answerer → verified, cited answer. ``invoke`` returns an
:class:`Answer`; ``stream`` yields :class:`AnswerEvent` tokens and then the
final, verified answer. The answerer step is whichever backend settings chose.

Example:
    >>> chain = build_chain(index, retriever, ExtractiveAnswerer(), snapshots)
    >>> chain.invoke({"question": "What grade is ITSS II?", "history": []}).text
    'Grade 23 [1] ...'
"""

from __future__ import annotations

from typing import Any, Callable, Iterator, Optional

from langchain_core.runnables import Runnable, RunnableConfig, RunnableLambda

from assistant.answering.answer import Answer, AnswerEvent
from assistant.answering.protocol import Answerer, stream_finished
from assistant.answering.citations import CitationBuilder
from assistant.index.index import Index
from assistant.query.plan import plan_query
from assistant.search.retrieval import HybridRetriever
from assistant.search.snapshot import Snapshot, SnapshotCache
from assistant.answering.verify import enforce_numbers

Route = Callable[[dict[str, Any]], Optional[Answer]]
"""A corpus-wide route: returns an Answer for questions it handles (lists, comparisons), else None."""


def verify_answer(answer: Answer, snap: Snapshot) -> Answer:
    """Drop sentences whose figures are not in their cited quotes; renumber; refuse if nothing is left."""
    if not answer.answered:
        return answer
    quotes = {c.n: c.quote for c in answer.citations}
    text, dropped = enforce_numbers(answer.text, quotes)
    if not dropped:
        return answer
    builder = CitationBuilder(snap)
    for citation in answer.citations:
        builder.citations.append(citation)
    text, citations = builder.finalize(text)
    if not citations or not text.strip():
        return Answer(
            text="The classification documents don't answer that: the passages found do not state the figures asked for.",
            answered=False, citations=[], retrieved=answer.retrieved, standalone_query=answer.standalone_query,
            notice=answer.notice,
        )
    notice = (answer.notice + " " if answer.notice else "") + f"{len(dropped)} unsupported statement(s) removed."
    return Answer(text=text, answered=True, citations=citations, retrieved=answer.retrieved,
                  standalone_query=answer.standalone_query, notice=notice.strip(), route=answer.route,
                  support=answer.support, support_parts=answer.support_parts)


class AnswerStep(Runnable[dict, Any]):
    """The answerer as a chain step: ``invoke`` → Answer, ``stream`` → events (final answer verified)."""

    def __init__(self, answerer: Answerer) -> None:
        self.answerer = answerer

    def invoke(self, input: dict, config: RunnableConfig | None = None, **kwargs: Any) -> Answer:
        if input.get("answer") is not None:
            return verify_answer(input["answer"], input["snapshot"])
        answer = self.answerer.answer(input["plan"], input["docs"], input["snapshot"])
        return verify_answer(answer, input["snapshot"])

    def stream(self, input: dict, config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[AnswerEvent]:
        snap = input["snapshot"]
        if input.get("answer") is not None:
            yield from stream_finished(verify_answer(input["answer"], snap))
            return
        for event in self.answerer.stream(input["plan"], input["docs"], snap):
            if event.kind == "answer" and event.answer is not None:
                yield AnswerEvent("answer", answer=verify_answer(event.answer, snap))
            else:
                yield event


def build_chain(
    index: Index,
    retriever: HybridRetriever,
    answerer: Answerer,
    snapshots: SnapshotCache,
    routes: list[Route] | None = None,
) -> Runnable[dict, Any]:
    routes = routes or []

    def load(inp: dict) -> dict:
        return {"question": inp["question"], "history": inp.get("history") or [], "snapshot": snapshots.get(index)}

    def plan(inp: dict) -> dict:
        return {**inp, "plan": plan_query(inp["question"], inp["history"], inp["snapshot"].catalog)}

    def route(inp: dict) -> dict:
        for candidate in routes:
            answer = candidate(inp)
            if answer is not None:
                return {**inp, "answer": answer, "docs": []}
        return inp

    def retrieve(inp: dict) -> dict:
        if inp.get("answer") is not None:
            return inp
        docs = retriever.invoke(inp["plan"].standalone, plan=inp["plan"], snapshot=inp["snapshot"])
        return {**inp, "docs": docs}

    return (
        RunnableLambda(load, name="load_index")
        | RunnableLambda(plan, name="standalone_query")
        | RunnableLambda(route, name="corpus_route")
        | RunnableLambda(retrieve, name="hybrid_retriever")
        | AnswerStep(answerer)
    )


__all__ = ["AnswerStep", "build_chain", "verify_answer"]
