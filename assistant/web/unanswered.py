"""HR's to-do list of missing specifications: unanswered questions, near-duplicates grouped and counted.

Ten employees asking "What's the salary of a bus driver?" in ten wordings is one
missing document, not ten rows. Questions are grouped when their normalised text
(lower case, no punctuation, "what's" → "what is") is equal or a fuzzy match
(rapidfuzz ``token_sort_ratio``), but never when they name different numbers or
levels ("Librarian I" and "Librarian II" are two gaps). Groups come newest first,
each with the closest indexed document a search finds for it, so HR sees whether
the question missed an existing document or names one that is not there.

Example:
    >>> [(g.question, g.count) for g in group_questions(log.unanswered(500))]
    [('What is the salary of a bus driver?', 3)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Iterable

from rapidfuzz import fuzz

SIMILARITY = 88  # token_sort_ratio at or above which two normalised questions are one
_CONTRACTIONS = {"what's": "what is", "whats": "what is", "who's": "who is", "how's": "how is", "it's": "it is"}
_MARKERS = re.compile(r"^(?:\d+(?:\.\d+)?|i{1,3}|iv|v|vi{0,3}|ix|x)$")  # numbers and roman levels must agree


def normalise(question: str) -> str:
    text = question.lower().replace("’", "'")
    words = [_CONTRACTIONS.get(w, w) for w in text.split()]
    text = re.sub(r"[^\w\s$]", " ", " ".join(words))
    return " ".join(w for w in text.split() if w not in {"a", "an", "the", "please"})


_PRONOUN_BEFORE = {"can", "do", "am", "should", "would", "could", "will", "if", "when", "where", "how", "what",
                   "may", "did", "have", "and", "so", "as", "was"}


def _markers(normalised: str) -> frozenset[str]:
    words = normalised.split()
    return frozenset(w for i, w in enumerate(words) if _MARKERS.match(w) and not (
        w == "i" and (i == 0 or words[i - 1] in _PRONOUN_BEFORE)))  # "can I apply" names no level I


@dataclass
class QuestionGroup:
    """Near-identical unanswered questions: the newest wording, how many times, when, and the closest document."""

    question: str
    count: int
    last_asked: float
    first_asked: float
    wordings: list[str] = field(default_factory=list)
    channels: list[str] = field(default_factory=list)
    closest: str = ""  # "title — employer" of the closest indexed document ("" when none)
    closest_doc_id: str = ""
    _key: str = ""
    _marks: frozenset[str] = frozenset()

    def as_dict(self) -> dict[str, Any]:
        return {"question": self.question, "count": self.count, "last_asked": self.last_asked,
                "first_asked": self.first_asked, "wordings": self.wordings, "channels": self.channels,
                "closest": self.closest, "closest_doc_id": self.closest_doc_id}


def group_questions(rows: Iterable[dict[str, Any]]) -> list[QuestionGroup]:
    """Group question-log rows (each with ``question``, ``asked_at``, ``channel``); newest group first."""
    groups: list[QuestionGroup] = []
    for row in sorted(rows, key=lambda r: r["asked_at"], reverse=True):
        text = " ".join(str(row["question"]).split())
        key = normalise(text)
        marks = _markers(key)
        home = next((g for g in groups if g._marks == marks and (
            g._key == key or fuzz.token_sort_ratio(g._key, key) >= SIMILARITY)), None)
        if home is None:
            home = QuestionGroup(text, 0, row["asked_at"], row["asked_at"], _key=key, _marks=marks)
            groups.append(home)
        home.count += 1
        home.first_asked = min(home.first_asked, row["asked_at"])
        if text not in home.wordings:
            home.wordings.append(text)
        channel = str(row.get("channel") or "")
        if channel and channel not in home.channels:
            home.channels.append(channel)
    return groups


def add_closest_documents(groups: list[QuestionGroup], index: Any, snapshots: Any = None, limit: int = 100) -> None:
    """Fill in the document a search ranks first for each of the first ``limit`` groups."""
    from assistant.search.retrieval import HybridRetriever

    retriever = HybridRetriever(index=index, k=1, snapshots=snapshots)
    for group in groups[:limit]:
        try:
            found = retriever.invoke(group.question)
        except Exception:  # noqa: BLE001 - a failed search leaves the column empty, never the list
            continue
        if found:
            meta = found[0].metadata
            group.closest = " — ".join(x for x in (meta.get("title", ""), meta.get("employer", "")) if x)
            group.closest_doc_id = str(meta.get("doc_id", ""))


def unanswered_groups(log: Any, index: Any, snapshots: Any = None, limit: int = 200) -> list[QuestionGroup]:
    """The to-do list from a :class:`~assistant.web.feedback_log.QuestionLog`: at most ``limit`` groups."""
    groups = group_questions(log.unanswered(5000))[:limit]
    add_closest_documents(groups, index, snapshots)
    return groups
