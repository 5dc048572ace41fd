"""Rank words a question puts before a class title that the title lacks ("Senior Maintenance Worker" where only
"Maintenance Worker" exists): the question names a class no document is.

Why: matching a title by its words alone would take "Senior Maintenance Worker" for the Maintenance Worker; the
rank word tells another class, unless the question also writes the title out plainly and the ranked one is only
measured against it ("… Inspector II from the Inspector I and the Senior inspector").

Example:
    >>> title_modifiers("What does a Senior Maintenance Worker make?", matches)  # doctest: +SKIP
    ['senior']
"""

from __future__ import annotations

import re
from typing import Any

from assistant.domain.job_nouns import job_noun
from assistant.domain.levels import RANK_WORDS
from assistant.query.title_words import normalize_title_tokens

__all__ = ["title_modifiers"]


_SERIES_TITLE = re.compile(r"\b(?:series|family|families|classes|ladder)\b", re.IGNORECASE)


def _written_out_plain(words: list[str], title: list[str]) -> bool:
    """Whether ``title`` (two words or more) stands in full in ``words`` with no rank word right before it."""
    size = len(title)
    if size < 2:
        return False
    return any(words[i:i + size] == title and (i == 0 or words[i - 1] not in RANK_WORDS) for i in range(len(words) - size + 1))


def title_modifiers(question: str, matches: list[Any]) -> list[str]:
    """Rank words right before a matched title word that the class title itself lacks
    ('Senior Maintenance Worker' when only 'Maintenance Worker' exists). ``matches``: the catalog's ``ClassMatch``
    objects (their ``entry.title_tokens``), typed loosely because the catalog imports this module."""
    found = []
    words = normalize_title_tokens(question)
    for m in matches:
        title = m.entry.title_tokens
        if not title:
            continue
        if _written_out_plain(words, list(title)):
            # "Environmental Compliance Inspector II … from the Inspector I and the Senior inspector": the class is
            # named as it is; the ranked one is another class it is measured against (a rank written on after the
            # whole title still names another class: "the Child Welfare Caseworker Supervisor"; not a series' title,
            # whose classes the rank may name: "Line Mechanic Apprentice" in the "Line Mechanic Series")
            if not m.entry.levels and not _SERIES_TITLE.search(m.entry.title):
                found.extend(_rank_after(question, list(title), matches))
            continue
        for i, word in enumerate(words[1:], start=1):
            if word not in title:
                continue
            before = words[i - 1]
            if before in RANK_WORDS and before not in title:
                # the word is part of another class's title the question also names
                if any(before in other.entry.title_tokens for other in matches):
                    continue
                position = title.index(word)
                if position == 0 or title[position - 1] != before:
                    found.append(before)
        found.extend(_rank_after(question, list(title), matches))
    return found


def _rank_after(question: str, title: list[str], matches: list[Any]) -> list[str]:
    """A rank word written as part of a title right after the class title's last word ("an Electrician
    Supervisor" where only "Electrician" exists): another class, the title's lead or supervisor."""
    found: list[str] = []
    if not job_noun(title[-1]):
        return found  # "IT Support" names a family, not a job: "IT Support Lead" may be its level
    for match in re.finditer(r"\b%s\s+([A-Z][a-z]+)\b" % re.escape(title[-1]), question, re.I):
        rank = match.group(1).lower()
        if match.group(1)[0].isupper() and rank in RANK_WORDS and rank not in title \
                and not any(rank in other.entry.title_tokens for other in matches):
            found.append(rank)
    return found
