"""The other ways to qualify: "Either I … Or II …" options that follow a quoted requirement.

Specifications often list requirements as alternatives under small headings ("Either I",
"Or II", "Pattern II", a bare "OR" line). Quoting only the first option tells a reader who
lacks the apprenticeship that they cannot qualify, which is wrong. When a chosen sentence is
followed, within the same block, by such an option marker, the option's first sentence is
quoted too, with its own citation.

Example:
    >>> text = "Either I\\nTwo years as a journey level carpenter.\\n\\nOr II\\nSix years of carpentry experience."
    >>> [text[s:e] for s, e in following_options(text, 9, 49)]
    ['Six years of carpentry experience.']
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.text import sentence_spans

if TYPE_CHECKING:
    from assistant.answering.evidence import Sentence
    from assistant.search.snapshot import Snapshot

# A line that is only an option marker: "Or II", "### Or II", "OR", "Or:", "Pattern II", "Alternative 2"
_OPTION = re.compile(
    r"^[ \t]*#*[ \t]*(?:\*\*)?[ \t]*(?:(?:or|OR|Or)(?:[ \t]+(?:pattern|alternative|option)?[ \t]*[IVX]{1,4}|[ \t]+\d)?"
    r"|(?:Pattern|PATTERN|Alternative|ALTERNATIVE|Option|OPTION)[ \t]+(?:[IVX]{1,4}|\d|[A-D]))[ \t]*[:.)]?[ \t]*(?:\*\*)?[ \t]*$",
    re.MULTILINE,
)
# A heading that is not an option marker ends the block the requirement belongs to
_OTHER_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]+\S", re.MULTILINE)
_REACH = 700          # how far after the quoted sentence an option may start
_MAX_OPTIONS = 2


def following_options(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the first sentence of each option that follows ``text[start:end]`` in its block."""
    spans: list[tuple[int, int]] = []
    position = end
    limit = min(len(text), end + _REACH)
    while len(spans) < _MAX_OPTIONS:
        marker = _OPTION.search(text, position, limit)
        if marker is None:
            break
        between = text[position:marker.start()]
        if any(not _OPTION.match(line) for line in _heading_lines(between)):
            break  # a new class or section starts before the option: not this requirement's alternative
        following = sentence_spans(text, marker.end(), min(len(text), marker.end() + 600))
        if not following:
            break
        first = following[0]
        if _OTHER_HEADING.match(text, text.rfind("\n", 0, first[0]) + 1) or _OPTION.match(text[first[0]:first[1]]):
            break
        spans.append(first)
        position = first[1]
        limit = min(len(text), position + _REACH)
    return spans


def _heading_lines(block: str) -> list[str]:
    return [m.group(0) for m in re.finditer(r"^[ \t]*#{1,6}[ \t]+[^\n]*", block, re.MULTILINE)]


def with_options(snap: "Snapshot", chosen: list["Sentence"]) -> list["Sentence"]:
    """``chosen`` with each requirement's alternative options quoted right after it."""
    out: list[Sentence] = []
    taken = {(s.doc_id, s.start) for s in chosen}
    for sentence in chosen:
        out.append(sentence)
        text = snap.doc_text(sentence.doc_id)
        if not text or text[sentence.start:sentence.end] != sentence.text:
            continue
        for start, end in following_options(text, sentence.start, sentence.end):
            if (sentence.doc_id, start) in taken:
                continue
            taken.add((sentence.doc_id, start))
            out.append(replace(sentence, start=start, end=end, text=text[start:end]))
    return out
