"""How a question's words stand to a document or an answer: asked specifically, describing the class, quoted.

Why: the rule reader refuses a specific question whose words no passage carries, unless the words only describe
the class ("the shift leads who run the sewage plant"); and a rule answer holding none of the asked words gives
way to a clearly supported evidence passage. Both readers ask these questions of the same words.

Example:
    >>> needs_terms(plan, snapshot)  # doctest: +SKIP
    True
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable

from langchain_core.documents import Document

from assistant.answering.answer import Answer
from assistant.answering.evidence import question_terms
from assistant.answering.evidence_answer import name_words
from assistant.answering.passage_scores import content_terms
from assistant.domain.abbreviations import without_expansions
from assistant.query.parts import CLAUSE_OPENER, asks_which_class
from assistant.query.plan import QueryPlan
from assistant.query.title_words import normalize_title_tokens
from assistant.search.snapshot import Snapshot
from assistant.text import abbreviates, raw_tokens, stem, tokens

DESCRIBING_SHARE = 0.66  # of the question's content words, this share in the class's document: they describe it


def needs_terms(plan: QueryPlan, snap: Snapshot, minimum: int = 2) -> bool:
    """Whether the question asks something specific (at least ``minimum`` content words)."""
    return len(question_terms(plan, snap)) >= minimum


def describes_class(plan: QueryPlan, snap: Snapshot, doc_id: str) -> bool:
    """Whether the question's content words (two in three: a verb such as "run" may be the asker's own) stand in the
    class's own document: then they describe the class rather than ask for something it lacks."""
    described = not plan.doc_ids and bool(_DESCRIBING_CLAUSE.search(plan.question))
    if doc_id not in plan.doc_ids and not described:
        return False  # (no class named: "the state job that tests gas pumps …" describes the one it is about)
    own = set(tokens(snap.doc_text(doc_id)))
    terms = question_terms(plan, snap)
    # "the front-desk job that checks books in and out and signs people up for library cards": a clause that
    # describes the job says so, and the asker's own words for its duties ("front-desk", "signs up") need not be
    # the document's: half of them suffice
    share = CLAUSE_DESCRIBING_SHARE if _DESCRIBING_CLAUSE.search(plan.question) else DESCRIBING_SHARE
    missing = [term for term in terms if term not in own]
    if missing:
        # ("traffic mgmt center tech": "mgmt" is the page's "management", shortened; the page's words read only then)
        written = {word for word in raw_tokens(snap.doc_text(doc_id).lower()) if len(word) >= 5}
        missing = [term for term in missing if not any(abbreviates(term, word) for word in written if word[:1] == term[:1])]
    return bool(terms) and len(terms) - len(missing) >= share * len(terms)


CLAUSE_DESCRIBING_SHARE = 0.5
_DESCRIBING_CLAUSE = re.compile(
    r"\b(?:job|position|role|class|one|people|person|worker|employee|staff(?:er)?)s?\s+" + CLAUSE_OPENER, re.I)


MIN_DESCRIBING_TERMS = 3  # "which job answers 911 calls … by radio?": enough words to be a job's description


def document_fits_description(plan: QueryPlan, snap: Snapshot, doc_id: str) -> bool:
    """Whether "which job …?" describes the document as a whole: two in three of the description's content words
    (three or more) stand in it. A job's duties are spread over its lines; no one passage holds them all, so the
    best passage's support understates how well the document answers "which job"."""
    if plan.doc_ids or not asks_which_class(plan.question):
        return False
    # (the words as asked: "CPR", not its inserted expansion, which a document writes its own way)
    as_named = dataclasses.replace(plan, doc_ids=[doc_id], question=without_expansions(plan.question))
    terms = [t for t in question_terms(as_named, snap) if t not in _LINKING_WORDS]
    own = set(tokens(snap.doc_text(doc_id)))
    return len(terms) >= MIN_DESCRIBING_TERMS and sum(t in own for t in terms) >= DESCRIBING_SHARE * len(terms)


# words that link a description's parts ("talks callers through CPR until help gets there"), none a duty's
_LINKING_WORDS = frozenset(stem(w) for w in (
    "through", "until", "while", "during", "before", "after", "across", "around", "within", "without", "along",
    "toward", "towards", "since", "upon", "onto", "via"))


def quotes_asked_words(plan: QueryPlan, docs: list[Document], snap: Snapshot, answer: Answer) -> bool:
    """Whether the answer's first quote (or its section) holds a content word of the question."""
    if not answer.citations:
        return False
    first = answer.citations[0]
    asked = set(content_terms(plan.question, name_words(plan, docs, snap)))
    return bool(asked & set(tokens(f"{first.section} {first.quote}")))


def quotes_same(one: Answer, other: Answer) -> bool:
    """Whether the two answers' first quotes are the same passage (or overlap)."""
    if not one.citations or not other.citations:
        return False
    a, b = one.citations[0], other.citations[0]
    return a.doc_id == b.doc_id and a.start < b.end and b.start < a.end


def described_instead(plan: QueryPlan, snap: Snapshot, retrieve: Callable[[QueryPlan], list[Document]]) -> str:
    """The document a job's description fits where the class the question names by a word of its title does not:
    "the hospital pharmacist job that does AUC-based vancomycin dosing …" names "Pharmacist" (a county bulletin)
    but describes the Clinical Pharmacist, whose title holds the named one's words and whose page holds the
    description's; '' when the named class fits, or no retrieved document does better. ``retrieve`` searches with
    no class named, best first; it is called only when the named class does not fit."""
    if not plan.doc_ids or any(describes_class(plan, snap, doc_id) for doc_id in plan.doc_ids):
        return ""
    named = [set(normalize_title_tokens(snap.documents[d].title)) for d in plan.doc_ids if d in snap.documents]
    seen: list[str] = []
    for doc in retrieve(dataclasses.replace(plan, doc_ids=[])):
        doc_id = doc.metadata["doc_id"]
        if doc_id in plan.doc_ids or doc_id in seen or doc_id not in snap.documents:
            continue
        seen.append(doc_id)
        if len(seen) > DESCRIBED_CANDIDATES:
            break
        title = set(normalize_title_tokens(snap.documents[doc_id].title))
        if any(words and words <= title for words in named) and (not plan.employers or snap.employs(doc_id, plan.employers)) \
                and describes_class(dataclasses.replace(plan, doc_ids=[doc_id]), snap, doc_id):
            return doc_id
    return ""


DESCRIBED_CANDIDATES = 2  # retrieved documents, best first, that may fit the description instead
