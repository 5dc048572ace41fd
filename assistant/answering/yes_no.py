"""A yes/no question whose best quote plainly states the asked thing gets "Yes." before the quotes.

Why: "do dispatchers have to work weekends?" answered only by "… rotating 12-hour shifts, including nights,
weekends, and holidays" leaves the reader to infer the answer. The polarity is read, never guessed: any negation,
condition or hedge in the quote ("not required", "preferred", "may be"), a negation or a choice in the question
("… if I'm not a county employee?", "is it exempt or non-exempt?"), or a quote that does not name what is asked,
leaves the answer as it was. No "No." is ever added: a missing fact is a refusal, decided elsewhere.

Example:
    >>> states_yes("do u need a cdl to do streets maintenance", [], "Must possess a valid Class B CDL.")
    True
    >>> states_yes("Is a CPA required?", [], "A CPA certificate is preferred but not required.")
    False
"""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.answering.answer import Answer
from assistant.answering.question_words import FILLER, is_generic
from assistant.domain.abbreviations import with_expansions
from assistant.text import STOPWORDS, near_spelling, raw_tokens, stem

__all__ = ["states_yes", "with_yes_lead"]

_YES_NO = re.compile(r"^\W*(?:do|does|did|will|would|can|could|must|should|has|have|is|are|was|were)\b", re.I)
_STATE_CHOICE = re.compile(r"^\W*(?:is|are|was|were)\b.*\bor\b", re.I)  # "is it exempt or non-exempt?"
_NEGATION = re.compile(r"\b(?:not|no|never|none|nor|neither|without|except|unless|only if|instead)\b|n['’]t\b|\bw/o\b|"
                       r"\bnon-", re.I)
_HEDGE = re.compile(r"\b(?:prefer\w*|desir\w*|may|might|optional|recommend\w*|encourag\w*|some|certain|if|when|"
                    r"depending|as needed|occasional\w*|rarely|case-by-case)\b", re.I)
_ASKING = {"need", "needs", "have", "has", "got", "gotta", "do", "does", "must", "should", "will", "would", "can",
           "could", "they", "you", "i", "u", "there", "any", "get", "work", "job", "position"}
MIN_COVERAGE = 0.6
# a word a quote says in its parts ("weekends": "rotating Saturdays and Sundays")
_SAID_AS = {stem("weekend"): {stem("saturday"), stem("sunday")}}


def _asked_terms(question: str, names: Collection[str]) -> list[str]:
    named = {n.lower() for n in names}
    words = []
    for word in raw_tokens(with_expansions(question)):
        lower = word.lower()
        if len(lower) < 3 or lower in STOPWORDS or lower in FILLER or lower in _ASKING or lower in named \
                or is_generic(lower) or lower.isdigit():
            continue
        words.append(lower)
    return words


def states_yes(question: str, names: Collection[str], quote: str) -> bool:
    """Whether ``quote`` plainly affirms the yes/no ``question`` (``names``: the question's class and employer
    words, which name who is asked about rather than what)."""
    if not _YES_NO.search(question) or _STATE_CHOICE.search(question) or _NEGATION.search(question):
        return False
    if _NEGATION.search(quote) or _HEDGE.search(quote):
        return False
    asked = _asked_terms(question, names)
    if not asked:
        return False
    quoted = [w.lower() for w in raw_tokens(with_expansions(quote))]
    stems = {stem(w) for w in quoted}
    found = sum(1 for w in asked if stem(w) in stems or _SAID_AS.get(stem(w), set()) & stems
                or any(near_spelling(w, q) for q in quoted if len(w) >= 5))
    return found / len(asked) >= MIN_COVERAGE


def with_yes_lead(answer: Answer, question: str, names: Collection[str]) -> Answer:
    """``answer`` with "Yes." first when its first quote plainly affirms ``question``; otherwise as it was."""
    if not answer.answered or not answer.citations or answer.text.startswith(("Yes", "No")):
        return answer
    if len({c.doc_id for c in answer.citations}) != 1:
        return answer  # several classes: each may answer otherwise
    if states_yes(question, names, answer.citations[0].quote):
        answer.text = "Yes. " + answer.text
    return answer
