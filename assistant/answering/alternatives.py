"""The other ways to qualify: "Either I … Or II …" options that follow a quoted requirement.

Specifications often list requirements as alternatives under small headings ("Either I",
"Or II", "Pattern II", a bare "OR" line). Quoting only the first option tells a reader who
lacks the apprenticeship that they cannot qualify, which is wrong. When a chosen sentence is
followed, within the same block, by such an option marker, the option's first sentence is
quoted too, with its own citation. Options written as list items joined by "or" ("1. Three years as a
journey-level carpenter; or / 2. Two years as a Building Inspector Trainee; or / 3. A bachelor's degree …")
are quoted together whichever of them was chosen.

Example:
    >>> text = "Either I\\nTwo years as a journey level carpenter.\\n\\nOr II\\nSix years of carpentry experience."
    >>> [text[s:e] for s, e in following_options(text, 9, 49)]
    ['Six years of carpentry experience.']
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from assistant.sentences import sentence_spans

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
# An item that offers the next one as an alternative: "… building construction work; or"
_ENDS_WITH_OR = re.compile(r"[;,]\s*(?:or|OR|Or)\s*$")
_MAX_SIBLINGS = 3


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


def or_list_siblings(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the other items of the "…; or" list that ``text[start:end]`` is an item of, in document order
    (none when it is no such item)."""
    window_start = max(0, start - _REACH)
    spans = sentence_spans(text, window_start, min(len(text), end + _REACH))
    index = next((i for i, (s, e) in enumerate(spans) if s <= start < e), None)
    if index is None:
        return []
    before: list[tuple[int, int]] = []
    i = index - 1
    while i >= 0 and len(before) < _MAX_SIBLINGS and _ENDS_WITH_OR.search(text[spans[i][0]:spans[i][1]]) \
            and "\n\n\n" not in text[spans[i][1]:spans[i + 1][0]]:
        before.insert(0, spans[i])
        i -= 1
    after: list[tuple[int, int]] = []
    i = index
    while i + 1 < len(spans) and len(before) + len(after) < _MAX_SIBLINGS \
            and _ENDS_WITH_OR.search(text[spans[i][0]:max(spans[i][1], end if i == index else 0)]):
        after.append(spans[i + 1])
        i += 1
    return before + after


def _heading_lines(block: str) -> list[str]:
    return [m.group(0) for m in re.finditer(r"^[ \t]*#{1,6}[ \t]+[^\n]*", block, re.MULTILINE)]


def with_options(snap: "Snapshot", chosen: list["Sentence"]) -> list["Sentence"]:
    """``chosen`` with each requirement's alternative options quoted beside it, in document order."""
    out: list[Sentence] = []
    taken = {(s.doc_id, s.start) for s in chosen}
    for sentence in chosen:
        text = snap.doc_text(sentence.doc_id)
        if not text or text[sentence.start:sentence.end] != sentence.text:
            out.append(sentence)
            continue
        siblings = or_list_siblings(text, sentence.start, sentence.end)
        if siblings:
            around = siblings + [(sentence.start, sentence.end)]
        else:
            around = [(sentence.start, sentence.end)] + following_options(text, sentence.start, sentence.end)
        for start, end in sorted(around):
            if start == sentence.start:
                out.append(sentence)
            elif (sentence.doc_id, start) not in taken:
                taken.add((sentence.doc_id, start))
                out.append(replace(sentence, start=start, end=end, text=text[start:end]))
    return out
