""""Does the Senior supervise?" answered with the sentence that limits what its lead role covers.

Why: a lead level's paragraph opens with what it does ("A Senior plans, assigns and reviews the work of a team of
four to six inspectors …") and ends with what it does not ("Seniors do not hire or discipline permanent staff.").
Quoting the opening alone read as a plain "Yes". When a yes/no question asks whether a class supervises, the
sentence of a quoted passage's paragraph that denies a supervisor's powers is quoted too, and no bare "Yes" leads.

Example:
    >>> limits_supervision("Seniors do not hire or discipline permanent staff.")
    True
    >>> limits_supervision("Assigns and reviews the work of four inspectors.")
    False
"""

from __future__ import annotations

import dataclasses
import re

from assistant.answering.answer import Answer
from assistant.answering.citations import CitationBuilder, join_answers
from assistant.answering.wording import clean_quote
from assistant.search.snapshot import Snapshot
from assistant.sentences import sentences

_ASKS_SUPERVISING = re.compile(r"^\W*(?:do|does|is|are|will|would|can)\b.*\b(?:supervis\w*|a boss|in charge of|manage[sd]? "
                               r"(?:people|staff|employees|anyone)|direct reports?)\b", re.I)
_LIMIT = re.compile(
    r"\b(?:does|do|will|may|shall) not (?:hire|fire|discipline|evaluate|supervise|have (?:formal )?supervisory)\b|"
    r"\bnot (?:a |considered a )?supervis(?:or|ory)\b|\bno (?:formal )?supervisory (?:authority|responsibilit\w*|duties)\b|"
    r"\bwithout (?:formal )?supervisory (?:authority|responsibilit\w*)\b|\bhas no direct reports\b", re.I)


def asks_if_supervises(question: str) -> bool:
    return bool(_ASKS_SUPERVISING.search(question))


def limits_supervision(sentence: str) -> bool:
    """Whether ``sentence`` denies a supervisor's powers ("does not hire or discipline", "not a supervisory")."""
    return bool(_LIMIT.search(" ".join(sentence.split())))


def with_supervision_limits(answer: Answer, question: str, snap: Snapshot) -> Answer:
    """``answer`` with the sentence limiting supervision from a quoted passage's paragraph, when the question asks
    whether the class supervises and no quote already says it."""
    if not answer.answered or not answer.citations or not asks_if_supervises(question) \
            or any(limits_supervision(c.quote) for c in answer.citations):
        return answer
    first = answer.citations[0]
    record = snap.documents.get(first.doc_id)
    if record is None or any(c.doc_id != first.doc_id for c in answer.citations):
        return answer
    text = record.text
    for citation in answer.citations[:3]:
        start = text.rfind("\n\n", 0, citation.start) + 2 if text.rfind("\n\n", 0, citation.start) >= 0 else 0
        end = text.find("\n\n", citation.end)
        end = len(text) if end < 0 else end
        for a, b in sentences(text, start, end):
            if b <= citation.end or not limits_supervision(text[a:b]):
                continue
            builder = CitationBuilder(snap)
            n = builder.cite(first.doc_id, a, b, citation.section, citation.level, citation.page)
            extra, extra_citations = builder.finalize(f"- {clean_quote(text[a:b])} [{n}]")
            joined, citations = join_answers([(answer.text, answer.citations), (extra, extra_citations)])
            joint = joined.rfind("\n\n")
            if joint >= 0 and joined[joint + 2:].startswith("- "):
                joined = joined[:joint] + joined[joint + 1:]  # the added item continues the answer's list
            return dataclasses.replace(answer, text=joined, citations=citations)
    return answer
