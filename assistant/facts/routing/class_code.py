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

from assistant.answering.answer import Answer
from assistant.answering.citations import CitationBuilder
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.facts.fields import fields_asked

MIN_TITLE_SCORE = 0.95  # the class named in full, not a word of it


def class_code_answer(question: str, plan: QueryPlan, snap: Snapshot) -> Answer | None:
    """The answer when ``question`` asks only for the code of one series class named in full, else None."""
    wanted, unsupported = fields_asked(question, plan.intent_names)
    if wanted != ["code"] or unsupported or not plan.doc_ids:
        return None
    match = snap.catalog.match(question)
    if not match.classes:
        return None
    top = match.classes[0]
    entry = top.entry
    if not entry.series_class or not entry.class_code or entry.span is None or top.title_score < MIN_TITLE_SCORE:
        return None
    if top.doc_id != plan.doc_ids[0] or any(m.title_score >= top.title_score for m in match.classes[1:]):
        return None  # another class is named as fully: the question is not about this one alone
    document = snap.documents.get(top.doc_id)
    start, end = entry.span
    if document is None or not (0 <= start < end <= len(document.text)) or entry.class_code not in document.text[start:end]:
        return None  # the stored span no longer holds the code (a record from before a re-index)
    section = ""
    for chunk in snap.chunks_by_doc.get(top.doc_id, []):
        if chunk.start <= start:
            section = chunk.section
            if start < chunk.end:
                break
    builder = CitationBuilder(snap)
    number = builder.cite(top.doc_id, start, end, section)
    where = f" ({document.employer})" if document.employer else ""
    text = f"The class code of {entry.series_class}{where} is {entry.class_code} [{number}]."
    if document.title != entry.series_class:
        text += f" It is one of the classes of the {document.title} specification."
    text, citations = builder.finalize(text)
    return Answer(text=text, answered=True, citations=citations, retrieved=[top.doc_id], standalone_query=plan.standalone,
                  route="facts")


__all__ = ["class_code_answer"]
