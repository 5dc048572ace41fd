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

__all__ = ["LABEL_CREDIT", "LINE_LABEL", "label_names_asked", "names_the_date_asked"]

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
    if not match or not re.search(r"\bwhen\b", question, re.IGNORECASE):
        return False
    words = [w for w in raw_tokens(match.group(1)) if w.lower() not in STOPWORDS]
    if any(is_generic(w) for w in words):
        return False  # "Posted: 08/04/2025" for "when does the posting close?": the posting is no date asked
    label = [stem(w) for w in words]
    others = [w for w in label if w != "date"]
    dated = "date" in label or bool(_DATE_VALUE.match(text[match.end(1):].lstrip(" :")))  # "Closes: 08/18/2025"
    return dated and 1 <= len(others) <= 2 and all(w in _word_stems(question) for w in others)


_DATE_VALUE = re.compile(r"(?:\d{1,2}/\d{1,2}/\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b|"
                         r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)", re.IGNORECASE)
