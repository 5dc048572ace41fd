"""A question in two parts ("What's the class code of X, and what does it list …?"), answered part by part.

Two shapes: both parts about the class the question names (each part answered on its own, the class named once
serves both), and a description then a fact ("Which City job is office work such as filing, and what's its
class code?"): the first part finds the class, the second is asked about it. When one part cannot be
answered, the whole question is answered as one and the part that has an answer follows it; when neither
can, the caller answers the whole question as one.

Example:
    >>> answer = answer_in_parts(answerer, plan, docs, snapshot)
    >>> answer is None or answer.answered
    True
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable

from langchain_core.documents import Document

from assistant.answering.answer import Answer
from assistant.answering.citations import join_answers, markers
from assistant.query.intents import detect_intents, intent_named
from assistant.query.parts import description_part, question_parts
from assistant.query.plan import QueryPlan, level_step, without_name_words
from assistant.search.snapshot import Snapshot

_SOURCE_LINE = re.compile(r"^From the .+ specification:\n", re.MULTILINE)


def answer_in_parts(
    answer_one: Callable[[QueryPlan, list[Document], Snapshot], Answer], plan: QueryPlan, docs: list[Document],
    snap: Snapshot,
) -> Answer | None:
    """Both parts answered and joined, or None when the question is one question or a part has no answer.

    ``answer_one``: answers one plan (the answerer's checked answer)."""
    if plan.comparison:
        return None
    parts = question_parts(plan.question)
    if len(parts) != 2:
        return None
    first_plan = _part(plan, parts[0])
    if plan.doc_ids:
        answers = [answer_one(first_plan, docs, snap), answer_one(_part(plan, parts[1], snap), docs, snap)]
    elif description_part(plan.question):
        first = answer_one(first_plan, docs, snap)
        if not first.answered or not first.citations:
            return None
        found = first.citations[0].doc_id  # the class the description fits: the second part asks about it
        answers = [first, answer_one(dataclasses.replace(_part(plan, parts[1]), doc_ids=[found]), docs, snap)]
    else:
        return None
    answered = [a for a in answers if a.answered]
    if not answered:
        return None
    if len(answered) < len(answers):
        # one part has no answer of its own ("Is it a full-time job?"): the question answered as one, then the part
        # that has ("What FTE is it posted at?" → "FTE: 0.75"), so the part answered is not lost to the whole
        whole = answer_one(plan, docs, snap)
        if whole.answered:
            answered = [whole] + answered
        elif not plan.doc_ids:
            return None  # a description whose part found no answer: the whole question is answered as one
        # (a named class: the part answered stands, "what's the overtime deal, can they make u stay late?" quoting
        # the mandatory overtime though "stay late" is in no passage)
    text, citations = join_answers([(_without_repeated_source(a.text, [b.text for b in answered[:i]]), a.citations)
                                    for i, a in enumerate(answered)])
    return dataclasses.replace(answered[0], text=text, citations=citations)


_OPEN_KINDS = {"duties", "overview"}
_BARE_SOURCE_LINE = re.compile(r"^From the .+ specification\.$\n?", re.MULTILINE)  # a lead line's source, said above


def with_level_pay(
    answer_one: Callable[[QueryPlan, list[Document], Snapshot], Answer], plan: QueryPlan, docs: list[Document],
    snap: Snapshot, found: Answer,
) -> Answer:
    """"and the next level up?" after "what does a Custodian I do?": the next level's own passages, then what it
    pays, as the answer about a class introduces it; ``found`` as it was when the follow-up asks anything else."""
    if not found.answered or not plan.from_history or not level_step(plan.question) or not plan.intents \
            or plan.intents[0].name not in _OPEN_KINDS:
        return found
    pay = answer_one(dataclasses.replace(plan, intents=[intent_named("salary")]), docs, snap)
    if not pay.answered or not pay.citations or {c.doc_id for c in pay.citations} - {c.doc_id for c in found.citations}:
        return found  # (the pay of the same class only)
    pay_text = _BARE_SOURCE_LINE.sub("", _without_repeated_source(pay.text, [found.text])).strip()
    lines = pay_text.split("\n")
    if lines and not lines[0].startswith(("-", "From the")):
        pay_text = lines[0]  # the pay's lead line ("$76,502–$97,640 a year [1]") says it; its passages are below it
    cited = [c for c in pay.citations if c.n in set(markers(pay_text))]
    text, citations = join_answers([(found.text, found.citations), (pay_text, cited)])
    return dataclasses.replace(found, text=text, citations=citations)


def _part(plan: QueryPlan, question: str, snap: Snapshot | None = None) -> QueryPlan:
    """The plan of one part. A second part naming a class of the series document asked about ("… and who does the
    Survey Party Chief report to?") is about that class alone, not the other class the whole question names too
    (the first part keeps the whole question's words: "In the Saltmarsh firefighter series, who supervises …")."""
    part = dataclasses.replace(plan, question=question,
                               intents=detect_intents(without_name_words(question, plan.name_tokens)))
    if snap is not None and _names_a_class(question, plan.doc_ids, snap):
        part = dataclasses.replace(part, standalone=question)
    return part


def _names_a_class(question: str, doc_ids: list[str], snap: Snapshot) -> bool:
    lowered = question.lower()
    for doc_id in doc_ids:
        doc = snap.documents.get(doc_id)
        if doc is not None and any(re.search(r"\b%s\b" % re.escape(str(c.get("title", "")).lower()), lowered)
                                   for c in doc.classes if c.get("title")):
            return True
    return False


def _without_repeated_source(text: str, earlier: list[str]) -> str:
    """A later part's answer without its "From the … specification:" line when an earlier part said it (the class
    a description found is named once, and named: a first part answered by a lead line alone names no class)."""
    line = _SOURCE_LINE.search(text)
    return _SOURCE_LINE.sub("", text, count=1) if line and any(line.group(0) in e for e in earlier) else text
