"""The latest dated row of a table, for "when was it last revised?".

Why: a revision history lists its changes oldest first ("03/14/2006 | Class established", …, "11/20/2024 |
Salary range updated …"); ranked by wording, its first rows come first, but "last", "latest" and "most recent"
ask for the row with the latest date.

Example:
    >>> latest_dated_row(chosen, ranked, "When was it last revised?")  # doctest: +SKIP
    [Sentence(text='11/20/2024 | Salary range updated …')]
"""

from __future__ import annotations

import re
from datetime import date

from assistant.answering.evidence import Sentence

__all__ = ["latest_dated_row", "row_date"]

_ASKS_LATEST = re.compile(r"\b(?:last|latest|most recent(?:ly)?|newest)\b", re.I)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_WORDED = re.compile(r"\b(%s)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b" % "|".join(_MONTHS), re.I)
_MONTH_YEAR = re.compile(r"\b(\d{1,2})/(\d{4})\b")


def row_date(text: str) -> date | None:
    """The first date written in ``text`` ("11/20/2024", "2024-11-20", "November 20, 2024", "07/2024")."""
    found: list[tuple[int, date]] = []
    for m in _NUMERIC.finditer(text):
        try:
            if m.group(1):
                year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
                found.append((m.start(), date(year, int(m.group(1)), int(m.group(2)))))
            else:
                found.append((m.start(), date(int(m.group(4)), int(m.group(5)), int(m.group(6)))))
        except ValueError:
            continue
    for m in _WORDED.finditer(text):
        try:
            found.append((m.start(), date(int(m.group(3)), _MONTHS.index(m.group(1).lower()[:3]) + 1, int(m.group(2)))))
        except ValueError:
            continue
    if not found:
        for m in _MONTH_YEAR.finditer(text):
            if 1 <= int(m.group(1)) <= 12:
                found.append((m.start(), date(int(m.group(2)), int(m.group(1)), 1)))
    return min(found)[1] if found else None


def latest_dated_row(chosen: list[Sentence], ranked: list[Sentence], question: str) -> list[Sentence]:
    """``chosen`` with its first dated table row replaced by the latest dated row of the same table, when the
    question asks for the last or latest (otherwise ``chosen`` unchanged)."""
    if not _ASKS_LATEST.search(question):
        return chosen
    row = next((s for s in chosen if s.header and s.header_start >= 0 and row_date(s.text)), None)
    if row is None:
        return chosen
    rows = [s for s in ranked if s.doc_id == row.doc_id and s.header_start == row.header_start and row_date(s.text)]
    latest = max(rows, key=lambda s: (row_date(s.text), s.start))
    if latest is row:
        return chosen
    return [latest] + [s for s in chosen if s is not row and s.header_start != row.header_start]
