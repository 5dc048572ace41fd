"""A "Label: value" line that states exactly what a question asks ("Job Number: 24-0117"), and its later rows.

Why: job-board postings and spec headers state many facts as fields that no kind-of-fact rule knows (job number,
FTE, requisition number); a field whose label is made of the question's words answers it, and a field's value
may run on over the next short lines (:func:`assistant.answering.list_run.field_continuation`).

Example:
    >>> label_names_asked("Job Number: 24-0117", "What's the job number on the opening?")
    True
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answering.question_words import is_generic
from assistant.text import STOPWORDS, raw_tokens, stem

__all__ = ["DATE_IN_TEXT", "LABEL_CREDIT", "LINE_LABEL", "dates_the_document_only", "label_names_asked", "names_the_date_asked"]

LINE_LABEL = re.compile(r"^\W{0,3}([A-Za-z][A-Za-z'&/ -]{1,40}?)\s*:\s*\S")
LABEL_CREDIT = 0.6


@lru_cache(maxsize=256)
def _word_stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in raw_tokens(text))


def label_names_asked(text: str, question: str) -> bool:
    """Whether a "Label: value" line's label is made of the question's words ("Job Number: 24-0117" for "what's
    the job number …?"): a field that states exactly what is asked, whatever the words' frequency."""
    match = LINE_LABEL.match(text)
    if not match:
        return False
    label = [stem(w) for w in raw_tokens(match.group(1))]
    if not 1 <= len(label) <= 4:
        return False
    asked = _word_stems(question)
    named = [w for w in label if w not in STOPWORDS and not is_generic(w)]
    return all(w in asked for w in label) and (len(label) >= 2 or bool(named))


def names_the_date_asked(text: str, question: str) -> bool:
    """Whether a dated field's label names what a "when" question asks ("Close Date: 06/30/2025" for "when does the
    posting close?"): the question's own word beside "date", not any date."""
    match = LINE_LABEL.match(text)
    if not match or not _ASKS_WHEN.search(question):
        return False
    words = [w for w in raw_tokens(match.group(1)) if w.lower() not in STOPWORDS]
    if any(is_generic(w) for w in words):
        return False  # "Posted: 08/04/2025" for "when does the posting close?": the posting is no date asked
    label = [stem(w) for w in words]
    others = [w for w in label if w != "date"]
    dated = "date" in label or bool(_DATE_VALUE.match(text[match.end(1):].lstrip(" :")))  # "Closes: 08/18/2025"
    return dated and 1 <= len(others) <= 2 and all(w in _asked_date_stems(question) for w in others)


# "what's the deadline to apply?" asks when filing closes ("FILING CLOSES: Friday, April 3, 2026")
_ASKS_WHEN = re.compile(r"\bwhen\b|\bdeadline\b|\blast day\b|\bcut-?off\b|\bdue date\b", re.IGNORECASE)
_SAID_AS = {stem("deadline"): {stem("close"), stem("closing"), stem("final")},
            stem("apply"): {stem("file"), stem("filing"), stem("application")},
            stem("application"): {stem("file"), stem("filing")}}


def _asked_date_stems(question: str) -> frozenset[str]:
    stems = _word_stems(question)
    return stems.union(*(_SAID_AS.get(s, set()) for s in stems))


# a date that is the document's own ("Bulletin issued 03/02/2026", "Rev. 01/26", "Posted: 08/04/2025")
_DOCUMENT_DATE = re.compile(r"\b(?:issued|posted|revised|rev\b\.?|adopted|effective|printed|updated|amended|established|"
                            r"created|approved)\s*(?:on\s+|date\s*)?:?\s*(?:\w+,?\s+)?$", re.IGNORECASE)
DATE_IN_TEXT = re.compile(r"\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
                           r"\s+\d{1,2}\b", re.IGNORECASE)


def dates_the_document_only(text: str, question: str) -> bool:
    """Whether every date in ``text`` is the document's own (issued, posted, revised) and the question asks none of
    those: "Bulletin issued 03/02/2026 … Form T-12 (rev. 01/26)" tells no one when filing closes."""
    if re.search(r"\b(?:issued|posted|revised|revision|adopted|effective|printed|updated|amended|established|created|"
                 r"approved)\b", question, re.IGNORECASE):
        return False
    dates = list(DATE_IN_TEXT.finditer(text))
    return bool(dates) and all(_DOCUMENT_DATE.search(text[max(0, d.start() - 40):d.start()]) for d in dates)


_DATE_VALUE = re.compile(r"(?:\d{1,2}/\d{1,2}/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|"
                         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.IGNORECASE)
