"""The words every extractive answer shares: how a document is named, what a refusal says.

Example:
    >>> refusal(snapshot, "the retrieved passages do not state it", docs).text.split(":")[0]
    "The classification documents don't answer that"
"""

from __future__ import annotations

import re

from langchain_core.documents import Document

from assistant.answering.answer import Answer
from assistant.domain.levels import without_series
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.text import spelled_number

# How each kind of fact is named in a refusal ("… does not state a salary in dollars").
INTENT_DESCRIPTIONS = {
    "salary": "a salary in dollars", "grade": "a grade", "code": "a class code", "education": "the education required",
    "experience": "the experience required", "license": "a license requirement", "certification": "a certification",
    "overtime": "overtime eligibility", "lift": "a lifting requirement", "reports_to": "whom the class reports to",
    "supervision": "the supervision exercised", "probation": "a probationary period", "promotion": "a promotion path",
    "physical": "physical demands", "typing": "a typing requirement", "substitution": "substitutions",
    "differential": "a pay differential", "on_call": "on-call duty", "duties": "the duties", "overview": "a summary", "qualifications": "the qualifications", "age": "an age requirement",
    "difference": "what sets the classes apart", "exam": "how the examination is given",
    "status": "whether the class is in use", "knowledge": "the knowledge and abilities required",
    "dates": "the dates asked about", "apply": "how to apply", "remote": "remote work",
    "union": "a bargaining unit or union", "appointment": "the kind of appointment",
    "clearance": "a background check or other pre-employment clearance",
}


def doc_label(snap: Snapshot, doc_id: str, levels: list[str] | None = None) -> str:
    doc = snap.documents[doc_id]
    title = doc.title
    if levels and doc.levels:
        wanted = [lv for lv in levels if lv in doc.levels]
        if wanted:
            # "Accountant I / Accountant II / Senior Accountant" asked at level II is the "Accountant II"; "Park Ranger
            # Series" asked at level II is the "Park Ranger II"
            named = [part for part in title.split(" / ") if re.search(r"\s(?:%s)$" % "|".join(wanted), part)]
            title = " / ".join(named) if " / " in title and named else \
                without_series(re.sub(r"\s+[IVX]+(?:\s*/\s*[IVX]+)+$", "", title)) + " " + "/".join(wanted)
    return title + (f" ({doc.employer})" if doc.employer else "")


def refusal(snap: Snapshot, reason: str, docs: list[Document], plan: QueryPlan | None = None) -> Answer:
    closest: list[str] = []
    for doc in docs:
        label = doc_label(snap, doc.metadata["doc_id"])
        if label not in closest:
            closest.append(label)
        if len(closest) == 3:
            break
    text = f"The classification documents don't answer that: {reason}."
    if closest:
        text += " The closest documents I found: " + "; ".join(closest) + "."
    return Answer(text=text, answered=False, citations=[], retrieved=retrieved_ids(docs),
                  standalone_query=plan.standalone if plan else "")


def retrieved_ids(docs: list[Document]) -> list[str]:
    order: list[str] = []
    for doc in docs:
        if doc.metadata["doc_id"] not in order:
            order.append(doc.metadata["doc_id"])
    return order


_DANGLING_JOINER = re.compile(r"(?:[;,]\s*|\s+)(?:and|or|and/or)$|;$", re.IGNORECASE)


def clean_quote(text: str) -> str:
    """One line, without bullet marks, Markdown bold marks ("**Education:** …") or the "; and" that joined it to
    the next item of its list; a count both spelled and in figures reads once (see :func:`plain_counts`)."""
    line = " ".join(text.replace("**", "").split()).strip(" -•*")
    line = _TASK_BOX.sub("", line)  # a Markdown task list's "[ ]": a box to tick, not part of the item
    return plain_counts(_DANGLING_JOINER.sub("", line).rstrip())


_TASK_BOX = re.compile(r"^\[[ xX]\]\s+")


# "Three (3) years", "twelve (12) months", "twenty-four (24) months": a count spelled and then in figures
_DOUBLED_COUNT = re.compile(r"\b([A-Za-z]+(?:-[A-Za-z]+)?)\s+\((\d{1,2})\)")


def plain_counts(text: str) -> str:
    """``text`` with each count that a specification writes twice ("Three (3) years") in figures once ("3 years"):
    the legal double form says one number, and "3 years" is how a reader (or a search) looks for it. Only where the
    word is that number; the citation keeps the document's own words."""
    def once(match: re.Match[str]) -> str:
        return match.group(2) if spelled_number(match.group(1)) == int(match.group(2)) else match.group(0)
    return _DOUBLED_COUNT.sub(once, text)

def refused_with_closest(snap: Snapshot, reason: str, docs: list[Document], plan: QueryPlan, found: Answer) -> Answer:
    """A refusal for ``reason`` that shows the passage the answer would have quoted, so the reader sees what was found."""
    refused = refusal(snap, reason, docs, plan)
    if found.citations:
        refused.text += f" The closest passage says: “{clean_quote(found.citations[0].quote)[:200]}”."
    return refused
