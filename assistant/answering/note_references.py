"""A quoted passage that sends the reader to a note ("See footnote (3) on page 1 for the certification
requirement") is followed by that note's text ("(3) Incumbents appointed without a CIA, CPA or CISA credential
must obtain one … within thirty-six (36) months …").

Why: a PDF specification often keeps a condition (a certification deadline, a premium, the pay basis) in a
footnote and points to it from the section where a reader looks. Quoting the pointer alone answers nothing; the
note is where the fact is stated, so it is quoted right after the passage that names it.

Example:
    >>> note_span("Pay.\\n(3) Must obtain a CIA within 36 months.\\nNext", "3")
    (5, 45)
"""

from __future__ import annotations

import dataclasses
import re

from assistant.answering.evidence import Sentence
from assistant.search.snapshot import Snapshot

__all__ = ["note_span", "with_referenced_notes"]

# "see footnote (3)", "refer to note 2", "footnote 1": the note a passage sends the reader to
_REFERENCE = re.compile(r"\b(?:see|refer to|per)\s+(?:the\s+)?(?:foot)?note\s*\(?(\d{1,2}|[a-z])\)?(?![\w-])|"
                        r"\bfootnote\s*\(?(\d{1,2})\)?(?![\w-])|"
                        r"\[\^([\w-]{1,12})\](?!:)", re.I)  # a Markdown footnote's marker ("… school calendar[^1]")
MAX_NOTE_CHARS = 500  # a note runs on to its sentence's end, at most this far


def note_span(text: str, marker: str, bracketed: bool = False, markdown: bool = False) -> tuple[int, int] | None:
    """The span of the note ``marker`` ("3") in ``text``: a line led by "(3)", "3." or "Note 3:" (only "(3)" when
    the reference wrote it ``bracketed``: "3." then leads a numbered duty, no note; only "[^3]:" for a
    ``markdown`` footnote), through the end of its sentence; None when no line is led by it."""
    if markdown:
        forms = r"\[\^%s\]:" % re.escape(marker)
    else:
        forms = r"\(%s\)" % re.escape(marker) if bracketed else \
            r"\(%s\)|%s[.)]|(?:foot)?note\s*%s\s*[:.)-]" % ((re.escape(marker),) * 3)
    lead = re.compile(r"^[ \t]*(?:%s)[ \t]+(?=\S)" % forms, re.I | re.M)
    for match in lead.finditer(text):
        start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        rest = text[match.end():match.end() + MAX_NOTE_CHARS]
        # its sentence's end, else the blank line or the next note's line that closes it
        stop = re.search(r"[.!?](?=\s*\n|\s*$)|\n[ \t]*\n|\n[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)])[ \t]", rest)
        end = match.end() + (stop.end() if stop and stop.group(0)[0] in ".!?" else stop.start() if stop else len(rest))
        if end - match.end() >= 20:
            return start, end
    return None


def with_referenced_notes(chosen: list[Sentence], snap: Snapshot) -> list[Sentence]:
    """``chosen`` with each note a chosen passage sends the reader to quoted right after that passage."""
    out: list[Sentence] = []
    for sentence in chosen:
        out.append(sentence)
        reference = _REFERENCE.search(sentence.text)
        record = snap.documents.get(sentence.doc_id) if reference else None
        if record is None or reference is None:
            continue
        marker = reference.group(1) or reference.group(2) or reference.group(3)
        span = note_span(record.text, marker, "(" in reference.group(0), markdown=bool(reference.group(3)))
        if span is None or any(s.doc_id == sentence.doc_id and s.start < span[1] and span[0] < s.end
                               for s in [*chosen, *out]):
            continue
        start, end = span
        out.append(dataclasses.replace(sentence, start=start, end=end, text=record.text[start:end], section="Notes",
                                       page=record.page_at(start), header="", header_start=-1, column=-1,
                                       subheading="", level_line=""))
    return out
