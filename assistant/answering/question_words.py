"""Words of a question that never name what it asks about: chat fillers, discourse words, generic English, and
(weighed down rather than dropped) the words of a clause describing the asked job.

Why: the evidence reader ranks passages by the question's content words and refuses when a content word is in
no document; "gonna", "roughly", "goes" or "certain" must count for neither. (The passage scorer's own list of
question words is in :mod:`assistant.answering.passage_scores`; both share :data:`assistant.text.CHAT_WORDS`.)

Example:
    >>> is_generic("goes"), is_generic("certain"), is_generic("probation")
    (True, True, False)
"""

from __future__ import annotations

import re

from assistant.domain.follow_up import POINTING_WORDS
from assistant.query.parts import description_words
from assistant.query.plan import QueryPlan
from assistant.text import CHAT_WORDS, stem, tokens

__all__ = ["FILLER", "FILLER_STEMS", "GENERIC_STEMS", "GENERIC_WORDS", "description_discounted", "is_generic",
           "without_idioms"]

# "is there any extra pay on top of that?": an idiom for "besides", whose words ("top") name nothing asked
# ("which of the two labor market jobs …?": how many classes are compared, no "two" a passage must hold)
_IDIOMS = re.compile(r"\b(?:on top of|in addition to|over and above)\s+(?:that|this|it|the(?: base| regular)? "
                     r"(?:pay|salary|wages?|rate))\b|\b(?<=of )(?:the|these|those) (?:two|three|four)\b", re.IGNORECASE)


def without_idioms(question: str) -> str:
    """The question without idioms that name nothing it asks about ("… extra pay on top of that?")."""
    return _IDIOMS.sub(" ", question)

# Informal words that are never the subject of a question.
FILLER = CHAT_WORDS | {
    "id", "require", "required", "requirement", "requirements", "minimum", "maximum", "range", "level", "levels",
    "compare", "compared", "comparison", "differ", "differs", "difference", "different", "versus", "between",
    "staff", "employee", "employees", "more", "less", "longer", "shorter", "higher", "lower", "bigger", "which",
    "both", "each", "either", "neither", "same", "other", "person", "people", "new", "hired", "hire", "hiring",
    # discourse words: how the question is put, never what it asks about
    "though", "although", "but", "instead", "also", "too", "even", "just", "anyway", "maybe", "perhaps", "probably",
    "basically", "honestly", "seriously", "literally", "already", "yet", "besides", "beyond", "regular", "once",
    # how much a thing is wanted, not what it is ("is any particular language preferred?")
    "preferred", "prefer", "desired", "desirable",
}
# Generic English that asks about something without naming it: never the missing subject of a question.
GENERIC_WORDS = {
    "become", "becoming", "come", "comes", "coming", "came", "happen", "happens", "get", "getting", "gets", "take", "takes", "taking", "make", "makes", "making", "go", "going",
    "goes", "went", "gone", "move", "moves", "moved", "moving", "spend", "spends", "spent", "bring", "brings", "bringing", "brought",
    "start", "starting", "apply", "applying", "allow", "allowed", "give", "given", "gives", "let", "keep", "say", "says",
    "said", "see", "look", "find", "put", "use", "used", "qualify", "qualifies", "qualified", "count", "counts", "old",
    "long", "fast", "quick", "quickly", "soon", "big", "small", "good", "best", "high", "low", "length", "duration",
    "amount", "number", "total", "kind",
    "type", "sort", "part", "thing", "things", "way", "ways", "time", "times", "much", "many", "often", "ever", "still",
    "able", "possible", "necessary", "enough", "exact", "specific", "general", "usual", "normal", "basic", "main",
    "certain", "particular", "various", "several", "roughly", "approximately", "about", "around",
    "currently", "today", "now", "anything", "something", "everything", "else", "info", "information", "details",
    "mean", "means", "called", "call", "role", "title", "titles", "employer", "organization", "agency", "spec",
    "specification", "document", "documents", "description", "policy", "rules", "rule",
    "posting", "postings", "posted", "announcement", "bulletin", "listing", "opening", "openings", "vacancy",
    "recruitment", "change", "changed", "changes", "supposed",
    "cover", "covers", "covered", "covering", "handle", "handles", "involve", "involves", "fit", "fits", "match",
    "matches", "suit", "suits", "like", "want", "wants", "represent", "represents", "represented", "belong", "belongs",
    # ("extra pay for working nights?": the nights are the subject, working is what every job does)
    "work", "works", "working", "worked",
    # ("do they give u uniforms or do i have to buy my own": the uniforms are the subject, buying is how one gets them)
    "buy", "buys", "buying", "bought",
}
GENERIC_STEMS = {stem(word) for word in GENERIC_WORDS}


def is_generic(term: str) -> bool:
    """Whether a question word (or its stem) is generic English that names no subject ("goes", "certain")."""
    return term in GENERIC_WORDS or term in GENERIC_STEMS or stem(term) in GENERIC_STEMS


FILLER_STEMS = {stem(word) for word in FILLER | POINTING_WORDS}


DESCRIPTION_SHARE = 0.3  # what a word of the clause describing the job counts for, once it has found the job


def description_discounted(weights: dict[str, float], plan: QueryPlan) -> dict[str, float]:
    """``weights`` (of the question's terms) with the shared words of the clause describing the asked job counting
    less ("what are the hours for the job driving students to and from school?": the duties that drive students
    found the job, the hours answer), where something else is asked: a kind of fact, or words of its own."""
    described = {t for word in description_words(plan.question) for t in tokens(word)}
    if not described or not (plan.intents or set(weights) - described):
        return weights
    return {t: w * DESCRIPTION_SHARE if t in described else w for t, w in weights.items()}
