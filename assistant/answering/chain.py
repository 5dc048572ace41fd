"""The answer path as one LangChain Runnable chain.

question + history → snapshot → standalone query plan → corpus-wide routes →
either the route's answer or hybrid retriever → answerer → verified, cited
answer. An :class:`AnswerState` flows from step to step; a ``RunnableBranch``
makes the one choice between a route's answer and retrieval. ``invoke``
returns an :class:`Answer`; ``stream`` yields :class:`AnswerEvent` tokens and
then the final, verified answer. The answerer step is whichever backend
settings chose.

Example:
    >>> chain = build_chain(index, retriever, ExtractiveAnswerer(), snapshots)
    >>> chain.invoke(AnswerState("What grade is ITSS II?")).text
    'Grade 23 [1] ...'
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any, Callable, Iterator, Optional

from langchain_core.documents import Document
from langchain_core.runnables import Runnable, RunnableBranch, RunnableConfig, RunnableLambda

from assistant.answering.answer import Answer, AnswerEvent
from assistant.answering.citations import CitationBuilder
from assistant.answering.described_level import described_level, level_named_by_modifier
from assistant.answering.protocol import Answerer, stream_finished
from assistant.answering.question_fit import described_instead
from assistant.answering.target_documents import named_employers_documents
from assistant.domain.levels import level_title
from assistant.index.index import Index
from assistant.query.parts import MIN_ASKED_WORDS, describes_job, description_part, without_description
from assistant.query.plan import QueryPlan, plan_query
from assistant.search.retrieval import HybridRetriever
from assistant.search.snapshot import Snapshot, SnapshotCache
from assistant.answering.verify import enforce_numbers


@dataclass(frozen=True)
class AnswerState:
    """What the chain knows about one question so far; each step returns a copy with its part filled in."""

    question: str  # checked by the engine (stripped, not empty, within the length limit)
    history: list[dict[str, str]] = field(default_factory=list)  # earlier turns, cleaned by the engine
    snapshot: Snapshot | None = None
    plan: QueryPlan | None = None  # the standalone plan (a follow-up takes its focus from the history)
    docs: list[Document] = field(default_factory=list)  # retrieved passages, best first
    answer: Answer | None = None  # a corpus-wide route's answer: retrieval and the answerer are skipped

    @cached_property
    def question_plan(self) -> QueryPlan:
        """The plan of the question on its own, without the conversation: ``plan`` itself unless that took
        its focus from the history (the corpus-wide routes read a question so)."""
        if self.plan is not None and not self.plan.from_history:
            return self.plan
        assert self.snapshot is not None, "plan after loading the snapshot"
        return plan_query(self.question, [], self.snapshot.catalog, self.snapshot.dictionary)


Route = Callable[[AnswerState], Optional[Answer]]
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


class AnswerStep(Runnable[AnswerState, Any]):
    """The answerer as a chain step: ``invoke`` → Answer, ``stream`` → events (final answer verified)."""

    def __init__(self, answerer: Answerer) -> None:
        self.answerer = answerer

    def invoke(self, input: AnswerState, config: RunnableConfig | None = None, **kwargs: Any) -> Answer:
        assert input.plan is not None and input.snapshot is not None
        return verify_answer(self.answerer.answer(input.plan, input.docs, input.snapshot), input.snapshot)

    def stream(self, input: AnswerState, config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[AnswerEvent]:
        assert input.plan is not None and input.snapshot is not None
        snap = input.snapshot
        for event in self.answerer.stream(input.plan, input.docs, snap):
            if event.kind == "answer" and event.answer is not None:
                yield AnswerEvent("answer", answer=verify_answer(event.answer, snap))
            else:
                yield event


class RoutedAnswerStep(Runnable[AnswerState, Any]):
    """A route's finished answer as a chain step: verified like the answerer's, streamed word by word."""

    def invoke(self, input: AnswerState, config: RunnableConfig | None = None, **kwargs: Any) -> Answer:
        assert input.answer is not None and input.snapshot is not None
        return verify_answer(input.answer, input.snapshot)

    def stream(self, input: AnswerState, config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[AnswerEvent]:
        yield from stream_finished(self.invoke(input, config))


ASKED_EXTRA_CHUNKS = 3  # the described job's passages that what is asked finds, added to the description's


def build_chain(
    index: Index,
    retriever: HybridRetriever,
    answerer: Answerer,
    snapshots: SnapshotCache,
    routes: list[Route] | None = None,
) -> Runnable[AnswerState, Any]:
    routes = routes or []

    def load(state: AnswerState) -> AnswerState:
        return replace(state, snapshot=snapshots.get(index))

    def plan(state: AnswerState) -> AnswerState:
        assert state.snapshot is not None
        return replace(state, plan=plan_query(state.question, state.history, state.snapshot.catalog,
                                               state.snapshot.dictionary))

    def route(state: AnswerState) -> AnswerState:
        for candidate in routes:
            answer = candidate(state)
            if answer is not None:
                return replace(state, answer=answer)
        return state

    def retrieve(state: AnswerState) -> AnswerState:
        assert state.plan is not None
        plan = state.plan
        # "Which job is …, and what's its code?" names no class: the description, planned as a question of its
        # own, finds it (the answerer then asks the second part of the class it found)
        described = description_part(plan.question) if not plan.doc_ids and not plan.from_history else ""
        if described:
            plan = plan_query(described, [], state.snapshot.catalog, state.snapshot.dictionary)
        if plan.doc_ids and not plan.from_history and describes_job(plan.standalone):
            # the class named by a word of its title may not be the one described ("the hospital pharmacist job
            # that does vancomycin dosing …"): a class whose title holds those words and whose page the
            # description fits is asked instead
            instead = described_instead(plan, state.snapshot, lambda open_plan: retriever.invoke(
                open_plan.standalone, plan=open_plan, snapshot=state.snapshot))
            if instead:
                plan = replace(plan, doc_ids=[instead])
                state = replace(state, plan=plan)
        # "What does … pay the athletic trainer who covers football, …?": the series named, its level described
        level = described_level(plan, state.snapshot, lambda clause, focused: retriever.invoke(
            clause, plan=replace(focused, standalone=clause), snapshot=state.snapshot))
        if level:
            plan = _with_level(plan, level, state.snapshot)
            state = replace(state, plan=plan)
        docs = retriever.invoke(plan.standalone, plan=plan, snapshot=state.snapshot)
        # "the lead rigger who reviews each show's rigging plot …": no Lead Rigger class, but the level of the Stage
        # Rigger series that its page calls the lead one
        doc_id, level = level_named_by_modifier(plan, docs, state.snapshot)
        if level:
            plan = replace(plan, missing="", unlisted="", doc_ids=[doc_id])
            plan = _with_level(plan, level, state.snapshot)
            state = replace(state, plan=plan)
            docs = retriever.invoke(plan.standalone, plan=plan, snapshot=state.snapshot)
        docs = named_employers_documents(plan, docs, state.snapshot)  # an employer named by its own word, no class
        if not described and not plan.doc_ids and not plan.from_history and describes_job(plan.standalone) and docs:
            docs = _described_first(docs)
            docs = docs + _asked_of_described(plan, docs, state.snapshot)
        return replace(state, docs=docs)

    def _with_level(plan: QueryPlan, level: str, snap: Snapshot) -> QueryPlan:
        """The plan asking the level of its one document, searched by the level's title as when named."""
        titled = level_title(snap.documents[plan.doc_ids[0]].title, level)
        return replace(plan, levels=[level], standalone=f"{plan.standalone} ({titled})")

    def _described_first(docs: list[Document]) -> list[Document]:
        """The passages of the document most of the found passages belong to first: the job a description finds is
        the one its words keep finding, not the one whose single passage the asked kind of fact lifted to the top."""
        mass: dict[str, float] = {}
        for doc in docs:
            mass[doc.metadata["doc_id"]] = mass.get(doc.metadata["doc_id"], 0.0) + float(doc.metadata.get("score", 0.0))
        best = max(mass, key=lambda d: mass[d])
        return [d for d in docs if d.metadata["doc_id"] == best] + [d for d in docs if d.metadata["doc_id"] != best]

    def _asked_of_described(plan: QueryPlan, docs: list[Document], snap: Snapshot) -> list[Document]:
        """"For the water utility job that looks after the SQL Server databases …, what's the work schedule?": the
        description found the job; what is asked, searched within that job's document, finds the passage that
        says it (the "Work Schedule | 4/10" row the description's words never reach)."""
        asked = " ".join(without_description(plan.standalone).split())
        if len(asked.split()) < MIN_ASKED_WORDS:
            return []
        top = docs[0].metadata["doc_id"]
        focused = replace(plan_query(asked, [], snap.catalog, snap.dictionary), doc_ids=[top])
        have = {d.id for d in docs}
        found = retriever.invoke(asked, plan=focused, snapshot=snap)
        return [d for d in found if d.metadata["doc_id"] == top and d.id not in have][:ASKED_EXTRA_CHUNKS]

    return (
        RunnableLambda(load, name="load_index")
        | RunnableLambda(plan, name="standalone_query")
        | RunnableLambda(route, name="corpus_route")
        | RunnableBranch(
            (RunnableLambda(lambda state: state.answer is not None, name="routed"), RoutedAnswerStep()),
            RunnableLambda(retrieve, name="hybrid_retriever") | AnswerStep(answerer),
        )
    )


__all__ = ["AnswerState", "AnswerStep", "Route", "RoutedAnswerStep", "build_chain", "verify_answer"]
