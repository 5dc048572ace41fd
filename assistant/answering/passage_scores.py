"""How well a passage supports a question, from its meaning and its words, whatever the document's layout.

The rule-based answerer knows class-spec conventions (intents, levels, section names); this module
knows nothing of them, so it still works on a layout nobody tuned for. Each candidate gets:

- ``semantic``: cosine similarity of question and passage under the same embedding model as retrieval
  (passages encoded in one batch per question; vectors cached by text, so ingest's cost is unchanged);
- ``coverage``: the idf-weighted share of the question's content words found in the passage or its
  section heading, typo-tolerant (``text.near_spelling``), so "educaton" still finds "education";
- ``support``: the two combined (coverage weighs more: unanswerable questions are often close in meaning
  but name a fact no passage states); the answerer refuses only when no passage supports the question.

Example:
    >>> scorer = PassageScorer(index.embeddings)
    >>> scored = scorer.score("What typing speed is required?", ["Typing at 40 words per minute."], ["Requirements"])
    >>> round(scored[0].coverage, 2)
    1.0
"""

from __future__ import annotations

import math
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from assistant.text import CHAT_WORDS, STOPWORDS, abbreviates, bare_word, compound_parts, near_spelling, raw_tokens, stem

# Words that ask rather than name what is asked about: never needed in a supporting passage.
QUESTION_WORDS = CHAT_WORDS | {
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "does", "do", "did", "is", "are", "was",
    "were", "can", "could", "should", "would", "will", "must", "may", "might", "need", "needs", "needed", "have",
    "has", "had", "get", "gets", "there", "any", "anything", "tell", "me", "know", "want", "job", "jobs", "position",
    "positions", "class", "classes", "classification", "role", "work", "person", "employee", "employees", "list",
    "say", "says", "said", "about", "also", "again", "instead", "besides", "beyond", "else", "still", "just", "much",
    "many", "long", "often", "kind", "type", "sort", "like", "one", "ones", "thing", "things", "and", "or", "but",
    "if", "then", "than", "that", "this", "these", "those", "it", "its", "they", "them", "their", "you", "your", "i",
    "my", "we", "our", "a", "an", "the", "of", "to", "in", "on", "for", "with", "at", "by", "from", "as", "be",
    "been", "being", "spec", "specification", "document", "documents", "state", "states", "stated", "mention",
    "mentions",
}

SEMANTIC_CHARS = 320
NEIGHBOUR_SIMILARITY = 0.75
"""Least word-vector cosine for a passage word to stand in for a question word no document has
("kids" / "children" 0.88, "gun" / "firearms" 0.79, "prisons" / "correctional" 0.78; "vacation" /
"holidays" 0.65 and "pension" / "retirement" 0.72 stay apart)."""
NEIGHBOUR_CREDIT = 0.8  # a meaning neighbour covers a question word as a near spelling does
WORD_FORM_SIMILARITY = 0.5
"""Least word-vector cosine for a passage word one typo away from a correctly spelled question word to count
as its word form ("decided" / "decision" 0.66, "custodian" / "custodial" 0.57) rather than another word
("police" / "policy" 0.39, "patrol" / "petrol" 0.29)."""
ABBREVIATION_SIMILARITY = 0.55  # "tech"/"technician" 0.82, "dept"/"department" 0.85; "car"/"careers" 0.34
SEMANTIC_WEIGHT = 0.35
COVERAGE_WEIGHT = 0.65


@dataclass
class PassageScore:
    """Support for one candidate passage (index into the candidates given to :meth:`PassageScorer.score`)."""

    position: int
    semantic: float
    coverage: float

    @property
    def support(self) -> float:
        return SEMANTIC_WEIGHT * self.semantic + COVERAGE_WEIGHT * self.coverage


class PassageScorer:
    """Scores candidate passages for a question; thread-safe, with a bounded cache of passage vectors."""

    def __init__(self, encode: Callable[[list[str]], list[list[float]]], cache_size: int = 50_000) -> None:
        if cache_size < 1:
            raise ValueError("cache_size must be at least 1")
        self._encode = encode
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._cache_size = cache_size
        self._lock = threading.Lock()

    def vectors(self, texts: Sequence[str]) -> np.ndarray:
        """Unit vectors of ``texts`` (rows), encoding only the ones not seen before, in one batch."""
        with self._lock:
            missing = list(dict.fromkeys(t for t in texts if t not in self._cache))
        fresh = self._encode(missing) if missing else []
        with self._lock:
            for text, vector in zip(missing, fresh):
                self._cache[text] = np.asarray(vector, dtype=np.float32)
                if len(self._cache) > self._cache_size:
                    self._cache.popitem(last=False)
            rows = []
            for text in texts:
                vector = self._cache.get(text)
                if vector is None:  # evicted by a concurrent question: encode again below
                    vector = np.asarray(self._encode([text])[0], dtype=np.float32)
                else:
                    self._cache.move_to_end(text)
                rows.append(vector)
        return np.vstack(rows) if rows else np.zeros((0, 1), dtype=np.float32)

    def neighbours(self, words: dict[str, str], passages: Sequence[str]) -> dict[str, frozenset[str]]:
        """For each question term (stem → the word typed), the passage words (stems) that mean nearly the
        same, when any do: the corpus says "children" where the question says "kids".

        Only for words no document has (the caller's choice), so most questions encode nothing here; the
        passage words are encoded once and cached like passages."""
        if not words or not passages:
            return {}
        pool = sorted({w for passage in passages for w in (bare_word(t) for t in raw_tokens(passage))
                       if len(w) >= 3 and w.isalpha() and w not in STOPWORDS})
        if not pool:
            return {}
        asked = list(words.items())
        vectors = self.vectors([typed.lower() for _, typed in asked] + pool)
        similarity = vectors[len(asked):] @ vectors[: len(asked)].T
        found: dict[str, frozenset[str]] = {}
        for column, (term, _) in enumerate(asked):
            near = frozenset(stem(pool[row]) for row in np.flatnonzero(similarity[:, column] >= NEIGHBOUR_SIMILARITY))
            if near:
                found[term] = near
        return found

    def word_forms(self, words: dict[str, str], passages: Sequence[str],
                   dictionary: frozenset[str]) -> dict[str, frozenset[str]]:
        """For each correctly spelled question term (stem → the word typed; in ``dictionary``), the passage
        words one typo away that are forms of it by meaning ("decision" for "decided"), not other words
        ("policy" for "police"). Misspelled terms need none: any near spelling covers them."""
        asked = {term: typed for term, typed in words.items() if term in dictionary and len(term) >= 3}
        if not asked or not passages:
            return {}
        pool = {w for passage in passages for w in (bare_word(t) for t in raw_tokens(passage)) if w.isalpha()}
        near = {term: sorted(w for w in pool if stem(w) != term and (near_spelling(term, stem(w)) or near_spelling(term, w)))
                if len(term) >= 5 else [] for term in asked}
        # a word the question's word begins with a suffix after it is a form of it ("effect": "effective"); another
        # word it begins is its abbreviation only when close in meaning ("tech": "technician"; "car" begins
        # "careers" and "caregivers", which are no cars)
        derived = {term: {w for w in pool if _derived(term, asked[term].lower(), w)} for term in asked}
        shortened = {term: sorted(w for w in pool if w not in near[term] and w not in derived[term]
                                  and abbreviates(term, w)) for term in asked}
        candidates = sorted({w for ws in [*near.values(), *shortened.values()] for w in ws})
        found: dict[str, frozenset[str]] = {
            term: frozenset(words) | frozenset(stem(w) for w in words) for term, words in derived.items() if words}
        if not candidates:
            return found
        terms = [term for term in asked if near[term] or shortened[term]]
        vectors = self.vectors([asked[term].lower() for term in terms] + candidates)
        row = {w: len(terms) + i for i, w in enumerate(candidates)}
        for column, term in enumerate(terms):
            forms = [w for w in near[term] if float(vectors[row[w]] @ vectors[column]) >= WORD_FORM_SIMILARITY] + [
                w for w in shortened[term] if float(vectors[row[w]] @ vectors[column]) >= ABBREVIATION_SIMILARITY]
            if forms:
                found[term] = found.get(term, frozenset()) | frozenset(forms) | frozenset(stem(w) for w in forms)
        return found

    def score(
        self, question: str, passages: Sequence[str], headings: Sequence[str] | None = None,
        idf: Callable[[str], float] | None = None, ignore: set[str] | None = None,
        kinds: Sequence[tuple[re.Pattern[str], re.Pattern[str]]] = (),
        neighbours: dict[str, frozenset[str]] | None = None, dictionary: frozenset[str] = frozenset(),
    ) -> list[PassageScore]:
        """One score per passage, in the order given.

        ``ignore``: question words that need no support (the class and employer names, already matched
        by retrieval). ``kinds``: (cue, evidence) patterns of the kinds of fact asked ("how much" → a dollar
        figure): a question word the cue matches is covered by any passage the evidence pattern matches.
        ``neighbours``: from :meth:`neighbours`, passage words that cover a question word by meaning.
        ``dictionary``: stems of words spelled right; such a question word is no typo of a passage word.
        """
        if not passages:
            return []
        terms = content_terms(question, ignore or set())
        weights = {t: (idf(t) if idf else 1.0) for t in terms}
        if dictionary:  # a correctly spelled word is covered by its word forms, not by other words a typo away
            forms = self.word_forms(surface_words(question, terms), passages, dictionary)
            neighbours = {t: (neighbours or {}).get(t, frozenset()) | forms.get(t, frozenset())
                          for t in set(neighbours or {}) | set(forms)}
        kind_of = {t: [evidence for cue, evidence in kinds if cue.search(t) or cue.search(w)]
                   for t, w in surface_words(question, terms).items()}
        # meaning is read from a passage's opening (encoding cost grows with length); words from all of it
        vectors = self.vectors([question, *(passage[:SEMANTIC_CHARS] for passage in passages)])
        semantic = vectors[1:] @ vectors[0]
        scores = []
        for position, passage in enumerate(passages):
            text = passage + " " + (headings[position] if headings else "")
            covered = {t for t, patterns in kind_of.items() if any(p.search(text) for p in patterns)}
            # a cue word ("make", "pay") is covered by the kind of fact it asks for, never by itself:
            # "make simple reports" does not say what a class makes
            decided = {t for t, patterns in kind_of.items() if patterns}
            scores.append(PassageScore(position, float(semantic[position]),
                                       coverage(weights, text, covered, decided, neighbours or {}, dictionary)))
        return scores


# endings that make another form of the same word ("effect" → "effective", "assist" → "assistant")
_SUFFIXES = frozenset({"s", "es", "ed", "d", "ing", "er", "ers", "or", "ors", "ive", "ives", "ion", "ions", "ment", "ments",
                       "al", "ally", "ant", "ants", "ance", "ence", "ity", "ory", "able", "ible", "ly", "ship", "ist",
                       "ists", "ize", "ise", "ness"})


def _derived(term: str, typed: str, word: str) -> bool:
    """Whether ``word`` is the question's word (its stem ``term``, as ``typed``) with a suffix after it."""
    return any(word.startswith(base) and word[len(base):] in _SUFFIXES for base in {term, typed} if len(base) >= 3)


def content_terms(question: str, ignore: set[str]) -> list[str]:
    """The question's words that name what is asked (stems), without question words, fillers and names."""
    ignored = {stem(w) for w in ignore} | set(ignore)
    out: list[str] = []
    for word in raw_tokens(question):
        word = bare_word(word)
        if len(word) < 2 or word in STOPWORDS or word in QUESTION_WORDS:
            continue
        term = stem(word)
        if term in QUESTION_WORDS or term in ignored or word in ignored or term in out:
            continue
        out.append(term)
    return out


def surface_words(question: str, terms: list[str]) -> dict[str, str]:
    """Each term with the word of the question it came from (cues are written for words, not stems)."""
    out: dict[str, str] = {}
    for word in raw_tokens(question):
        term = stem(bare_word(word))
        if term in terms and term not in out:
            out[term] = word
    return out


def coverage(
    weights: dict[str, float], text: str, covered: set[str] | frozenset[str] = frozenset(),
    decided: set[str] | frozenset[str] = frozenset(), neighbours: dict[str, frozenset[str]] | None = None,
    dictionary: frozenset[str] = frozenset(),
) -> float:
    """Weighted share of the terms found in ``text``, exactly or as a near spelling (typos, word forms)
    or through a meaning neighbour, or as a closed compound of two of its words; ``covered`` terms count as found (the passage states the kind of fact
    they ask for), ``decided`` terms count only that way. A term in ``dictionary`` is spelled right: no typo credit."""
    total = sum(weights.values())
    if not total:
        return 0.0
    raw = {w.replace("'", "").lower() for w in raw_tokens(text)}
    words = {stem(w) for w in raw} | raw  # stems for word forms, the words themselves for typos and abbreviations
    found = 0.0
    for term, weight in weights.items():
        if term in covered:
            found += weight
        elif term in decided:
            continue
        elif term in words:
            found += weight
        elif term not in dictionary and any(near_spelling(term, w) or abbreviates(term, w) for w in words):
            found += 0.8 * weight
        elif neighbours and neighbours.get(term, frozenset()) & words or compound_parts(term, words):
            found += NEIGHBOUR_CREDIT * weight
    return found / total


def smoothed_idf(documents: int, containing: int) -> float:
    """The idf used for coverage weights: rare words count more, common ones still count a little."""
    return math.log(1 + (max(1, documents) + 1) / (containing + 0.5))
