"""The class code of one class a series document describes ("What is the class code of Carpenter Supervisor?").

A series page lists its classes in a code table; the catalog holds an entry per class (see
:mod:`assistant.ingest.class_table`). When a question asks only for a class code and names one
such class in full, the answer is that class's own code, cited from the row that prints it,
not the code the page itself is filed under.

Example:
    >>> class_code_answer("What is the class code of Carpenter Supervisor?", plan, snap).text
    'The class code of Carpenter Supervisor (State of California) is 6470 [1].'
"""

from __future__ import annotations

import re

from assistant.answering.answer import Answer
from assistant.answering.citations import CitationBuilder
from assistant.query.class_matches import ClassMatch
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.facts.fields import fields_asked

MIN_TITLE_SCORE = 0.95  # the class named in full, not a word of it


def class_code_answer(question: str, plan: QueryPlan, snap: Snapshot) -> Answer | None:
    """The answer when ``question`` asks only for the codes of series classes named in full (one, or several of
    one document: "the codes for Word Processing Technician and Senior Word Processing Technician"), else None."""
    wanted, unsupported = fields_asked(question, plan.intent_names)
    if wanted != ["code"] or unsupported or not plan.doc_ids:
        return None
    match = snap.catalog.match(question)
    if not match.classes:
        return None
    top = match.classes[0]
    if not _coded(top) or top.title_score < MIN_TITLE_SCORE:
        return None
    if top.doc_id != plan.doc_ids[0] or any(m.title_score >= top.title_score for m in match.classes[1:]):
        return None  # another document's class is named as fully: the question is not about this one alone
    others = [m for m in match.also_named if m.doc_id == top.doc_id and m.entry.series_class]
    if any(not _coded(m) for m in others):
        return None
    document = snap.documents.get(top.doc_id)
    if document is None:
        return None
    builder = CitationBuilder(snap)
    parts: list[str] = []
    seen: set[str] = set()
    for m in sorted([top] + others, key=lambda m: _position(question, m.entry.series_class)):
        if m.entry.series_class in seen:
            continue
        seen.add(m.entry.series_class)
        start, end = m.entry.span
        if not (0 <= start < end <= len(document.text)) or m.entry.class_code not in document.text[start:end]:
            return None  # the stored span no longer holds the code (a record from before a re-index)
        number = builder.cite(top.doc_id, start, end, snap.section_at(top.doc_id, start)[0])
        parts.append(f"{m.entry.series_class} is {m.entry.class_code} [{number}]")
    where = f" ({document.employer})" if document.employer else ""
    text = f"The class code of {parts[0].replace(' is ', where + ' is ', 1)}"
    if len(parts) > 1:
        text += "; of " + "; of ".join(parts[1:])
    text += "."
    if document.title not in {m.entry.series_class for m in [top] + others}:
        text += (f" It is one of the classes of the {document.title} specification." if len(parts) == 1
                 else f" They are classes of the {document.title} specification.")
    text, citations = builder.finalize(text)
    return Answer(text=text, answered=True, citations=citations, retrieved=[top.doc_id], standalone_query=plan.standalone,
                  route="facts")


def _coded(match: ClassMatch) -> bool:
    entry = match.entry
    return bool(entry.series_class and entry.class_code and entry.span is not None)


def _position(question: str, title: str) -> int:
    """Where the question writes ``title`` on its own (not inside a longer title), for the answer's order."""
    for found in re.finditer(r"\b%s\b" % re.escape(title), question, re.I):
        before = question[:found.start()].rstrip().split()
        if not before or before[-1][:1].islower():
            return found.start()
    return len(question)


__all__ = ["class_code_answer"]
