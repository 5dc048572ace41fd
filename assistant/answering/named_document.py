"""Whether a retrieved document is the class a question names, though the catalog found no such class.

Why: the catalog answers "no Highway Engineer II specification for the State of Carrowell" from metadata; when
the document retrieved first carries that title and its own text names that employer, the metadata was misread
(an employer taken from a label, or none found) and the document answers instead of a refusal.

Example:
    >>> names_employer("State of Tarrowmere", "Registration as a Professional Engineer in Tarrowmere …")
    True
"""

from __future__ import annotations

import re

from langchain_core.documents import Document

from assistant.domain.levels import RANK_WORDS
from assistant.ingest.employers import GOVERNMENT_KINDS
from assistant.query.plan import QueryPlan
from assistant.query.title_words import normalize_title_tokens
from assistant.query.unlisted_class import unlisted_class
from assistant.search.snapshot import Snapshot
from assistant.text import near_spelling, raw_tokens

_LEVEL_NUMERAL = {"i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5"}
_KIND_WORDS = {kind.lower() for kind in GOVERNMENT_KINDS} | {"of", "the", "and"}


def names_employer(employer: str, text: str) -> bool:
    """Whether ``text`` names the employer: the whole name, or every word of it that is not a kind of government
    ("Tarrowmere" of "State of Tarrowmere"), as whole words."""
    if employer.lower() in text.lower():
        return True
    own = [w for w in raw_tokens(employer) if w.lower() not in _KIND_WORDS]
    return bool(own) and all(re.search(rf"\b{re.escape(w)}\b", text, re.IGNORECASE) for w in own)


def names_retrieved_document(plan: QueryPlan, docs: list[Document], snap: Snapshot, titled_only: bool = False) -> str:
    """The retrieved document that is the class the question names, or '': its title (typos allowed), no rank word
    ("Senior", "Lead") the title lacks, its employer when the question names one, its level when it asks one.

    When so, a catalog miss ("no such class") must not be the answer: the document's metadata was misread.
    Not when the question names an employer no document belongs to ("Accountant II at Lakeview County"),
    unless the document's own text names it (its employer was misread or not found). With ``titled_only``, only a
    document bearing the class's title counts, not one listing the named class among others."""
    words = [w.lower() for w in raw_tokens(plan.question)]
    asked_ranks = {w for w in words if w in RANK_WORDS}
    seen: set[str] = set()
    for doc in docs:
        doc_id = doc.metadata["doc_id"]
        if doc_id in seen or doc_id not in snap.documents:
            continue
        seen.add(doc_id)
        if len(seen) > 5:
            break
        record = snap.documents[doc_id]
        if plan.elsewhere and not names_employer(plan.elsewhere, snap.doc_text(doc_id)):
            continue
        title_words = normalize_title_tokens(record.title)
        if not titled_only and _lists_named_class(plan.question, snap.doc_text(doc_id), set(title_words)):
            return doc_id
        title = [t for t in title_words if t not in _LEVEL_NUMERAL and len(t) >= 3]
        if not title or not all(any(near_spelling(t, w) for w in words) for t in title):
            continue
        if plan.unlisted and unlisted_class(plan.unlisted, [record.title]):
            continue  # "Accounting Technician" is not the "HR Technician" whose every long word it holds
        if asked_ranks - set(title_words) and not (
                "difference" in plan.intent_names  # "what separates the II from the Senior inspector?"
                and _names_rank(asked_ranks - set(title_words), title, snap.doc_text(doc_id))):
            continue
        if not snap.employs(doc_id, plan.employers):
            continue
        own_levels = set(record.levels) | {t.upper() for t in title_words if t in _LEVEL_NUMERAL}
        if plan.levels and own_levels and not set(plan.levels) & own_levels:
            continue
        return doc_id
    return ""


def _names_rank(ranks: set[str], title: list[str], text: str) -> bool:
    """Whether the document's text names each rank with its title's last word ("Senior Environmental Compliance
    Inspector" in the Inspector II's page): the page tells its class from that rank, so a question about how
    they differ is answered there (a fact about the Senior class itself is not: the page only names it)."""
    noun = title[-1] if title else ""
    return bool(noun) and all(re.search(rf"\b{re.escape(rank)}\s+(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}", text, re.I)
                              for rank in ranks)


def _lists_named_class(question: str, text: str, title_words: set[str]) -> bool:
    """Whether a document lists, as a heading or a table row of its own, a class the question names with a
    rank word ("Senior Radiologic Technologist (Specialist)" on a series page): then the class is there.
    (A rank word of the document's own title is no such class: "Deputy Public Guardian-Conservator" heads the
    page asked of its "Supervising Deputy Public Guardian-Conservator".)"""
    words = raw_tokens(question)
    for i, word in enumerate(words):
        if word.lower() not in RANK_WORDS or word.lower() in title_words:
            continue
        for size in (4, 3, 2):
            phrase = words[i:i + size]
            if len(phrase) < size:
                continue
            pattern = re.compile(
                r"(?:^|\|)[ \t#*\-•]*(?:[A-Z0-9]{2,6}[ \t]*\|[ \t]*)*" + r"\W+".join(re.escape(w) for w in phrase)
                # the name ends its heading or cell (a code or an aside after it at most): not a sentence a wrapped
                # line opens with ("Senior Forensic Toxicologist, which serves as technical leader …")
                + r"\b(?:[ \t]*\([^)\n]*\))?[ \t*]*(?:$|\||:|[-–—(]|[ \t]+[A-Z]{0,3}-?\d{2,6}\b)",
                re.IGNORECASE | re.MULTILINE,
            )
            if pattern.search(text):
                return True
    return False
