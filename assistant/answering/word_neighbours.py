"""Everyday words for what a document says formally: "kids" for "children", "eyesight" for "vision".

A question word that no document contains is usually a subject the documents do not cover ("telework",
"tuition"), and the answerer refuses on it. An employee's plain word for a formal one is not such a subject:
when a word of the retrieved passages is close in meaning to it (the embedding model's vectors of the two
words), the question is read with that word instead. The floor is high, so a related but different thing
("tuition" and "education", "telework" and "remote") stays unknown.

Example:
    >>> said_otherwise(["eyesight"], ["Vision correctable to 20/30 …"], scorer.vectors)
    {'eyesight': 'vision'}
    >>> # plan: "what eyesight do you need …?"
    >>> in_passage_words(plan, unknown_terms(plan, snap), docs, scorer.vectors).question
    'what vision do you need …?'
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable, Sequence

import numpy as np
from langchain_core.documents import Document

from assistant.answering.asked_thing import yes_no_object
from assistant.query.plan import QueryPlan
from assistant.text import STOPWORDS

MEANING_FLOOR = 0.35
"""A quote this similar in meaning (cosine) to the asked phrase answers it in other words ("computer skills" /
"Knowledge of Microsoft Office …"); unrelated quotes that share a common word stay under it ("paid holidays" /
"… full-time paid experience" 0.29)."""
NEIGHBOUR_FLOOR = 0.68  # cosine of two words' vectors: "kids"/"children" 0.88, "eyesight"/"vision" 0.75,
# "gear"/"equipment" 0.68; below it "tuition"/"education" 0.52, "telework"/"remote" 0.41, "ladies"/"workers" 0.27
MAX_PASSAGE_WORDS = 1500  # words of the retrieved passages compared (the first ones met), one batch
_WORD = re.compile(r"[A-Za-z]{3,}")


def said_otherwise(words: Sequence[str], passages: Sequence[str],
                   vectors: Callable[[Sequence[str]], np.ndarray]) -> dict[str, str]:
    """Each of ``words`` that a word of ``passages`` says in other words, mapped to that word (the closest)."""
    if not words or not passages:
        return {}
    asked = [w.lower() for w in words]
    seen: dict[str, None] = {}
    for passage in passages:
        for token in _WORD.findall(passage):
            lowered = token.lower()
            if lowered not in STOPWORDS and lowered not in asked:
                seen.setdefault(lowered)
        if len(seen) >= MAX_PASSAGE_WORDS:
            break
    candidates = list(seen)[:MAX_PASSAGE_WORDS]
    if not candidates:
        return {}
    rows = vectors([*asked, *candidates])
    similarity = rows[:len(asked)] @ rows[len(asked):].T
    found = {}
    for i, word in enumerate(words):
        best = int(np.argmax(similarity[i]))
        if float(similarity[i, best]) >= NEIGHBOUR_FLOOR:
            found[word] = candidates[best]
    return found


def reworded(question: str, neighbours: dict[str, str]) -> str:
    """``question`` with each word of ``neighbours`` replaced by the passages' word for it."""
    for word, other in neighbours.items():
        question = re.sub(r"\b%s\b" % re.escape(word), other, question, flags=re.IGNORECASE)
    return question


def in_passage_words(plan: QueryPlan, unknown: list[str], docs: list[Document],
                     vectors: Callable[[Sequence[str]], np.ndarray]) -> QueryPlan:
    """``plan`` asked in the retrieved passages' words when the one word no document has (``unknown``, as
    :func:`~assistant.answering.evidence.unknown_terms` gives them) is one of theirs said otherwise; ``plan``
    itself when there is none, or more than one such word."""
    if len(unknown) != 1:
        # ("a take-home patrol car": two words of a thing of its own, each near some word, "homes" and "vehicles";
        # the thing itself is not there)
        return plan
    if unknown[0] in yes_no_object(plan.question).lower().split():
        # ("do they get a take-home patrol car?": whether the thing itself is there, in its own words, is the
        # question; "marked vehicles" are no take-home car)
        return plan
    neighbours = said_otherwise(unknown, [d.page_content for d in docs], vectors)
    if not neighbours:
        return plan
    return dataclasses.replace(plan, question=reworded(plan.question, neighbours),
                               standalone=reworded(plan.standalone, neighbours))


def says_in_other_words(phrase: str, quotes: list[str], vectors: Callable[[Sequence[str]], np.ndarray]) -> bool:
    """True when a quote is close in meaning to the asked phrase (the words differ, the thing is the same).

    ``vectors``: unit vectors of texts, one row each (``PassageScorer.vectors``, cached)."""
    if not phrase or not quotes:
        return False
    rows = vectors([phrase, *quotes])
    return float((rows[1:] @ rows[0]).max()) >= MEANING_FLOOR
