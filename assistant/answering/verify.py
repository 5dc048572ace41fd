"""Check, before any answer leaves, that its numbers come from the passages it cites.

Every amount, grade, count, duration and date in a sentence must appear in one
of the quotes that sentence cites (modulo formatting: ``$52707.20`` equals
``$52,707.20``; ``two (2)`` and ``2`` are the same count).

Example:
    >>> numbers_in("$52,707.20 a year, grade 23")
    {'52707.2', '23'}
    >>> unsupported_numbers("Grade 23 [1]", {1: "IT Systems Specialist II - Grade 23"})
    []
"""

from __future__ import annotations

import re

from assistant.answering.citations import MARKER, markers
from assistant.sentences import sentence_breaks
from assistant.text import NUMBER_WORDS

_BOLD_NAME = re.compile(r"\*\*[^*\n]{1,160}\*\*")
# an answer's source line names the class ("From the Environmental Scientist 2 (…) specification:"): no figure
_SOURCE_NAME = re.compile(r"^\s*From the .{1,200} specification[:.]\s*$")
_NUMBER = re.compile(r"(?<![\w.])\$?\d{1,3}(?:,\d{3})+(?:\.\d+)?|\$?\d+(?:\.\d+)?")


def _canonical(raw: str) -> str:
    value = raw.replace("$", "").replace(",", "")
    if "." in value:
        value = value.rstrip("0").rstrip(".")
    return value.lstrip("0") or "0"


def numbers_in(text: str) -> set[str]:
    """Canonical numbers in ``text`` (citation markers excluded; number words included)."""
    text = MARKER.sub(" ", text)
    found = {_canonical(m.group(0)) for m in _NUMBER.finditer(text)}
    for word, value in NUMBER_WORDS.items():
        if re.search(r"\b%s\b" % word, text, re.IGNORECASE):
            found.add(str(value))
    return found


def _numbers_stated(text: str) -> set[str]:
    found = {_canonical(m.group(0)) for m in _NUMBER.finditer(text)}
    for word, value in NUMBER_WORDS.items():
        if re.search(r"\b%s\b" % word, text, re.IGNORECASE):
            found.add(str(value))
    return found


def unsupported_numbers(sentence: str, quotes: dict[int, str]) -> list[str]:
    """Numbers in ``sentence`` that none of its cited quotes states (digits only; words may paraphrase)."""
    cited = markers(sentence)
    stated: set[str] = set()
    for n in cited:
        stated |= _numbers_stated(quotes.get(n, ""))
    if not cited:
        # an uncited sentence may carry no figures at all
        stated = set()
    # a class named in bold ("**Environmental Scientist 2**", a list's or a comparison's label) or in the source
    # line is a name, no figure
    text = _SOURCE_NAME.sub(" ", _BOLD_NAME.sub(" ", MARKER.sub(" ", sentence)))
    missing = []
    for match in _NUMBER.finditer(text):
        value = _canonical(match.group(0))
        if value not in stated:
            missing.append(match.group(0))
    return missing


def split_sentences(answer: str) -> list[str]:
    """Lines and sentences of an answer, each keeping the markers that follow it."""
    parts: list[str] = []
    for line in answer.split("\n"):
        if not line.strip():
            parts.append(line)
            continue
        if line.lstrip().startswith(("|", "-", "*")):
            parts.append(line)
            continue
        last = 0
        for sentence_end, next_start in sentence_breaks(line):
            parts.append(line[last:sentence_end])
            last = next_start
        parts.append(line[last:])
    return parts


def enforce_numbers(answer: str, quotes: dict[int, str]) -> tuple[str, list[str]]:
    """Drop every sentence whose numbers its citations do not state; return (text, dropped sentences)."""
    kept: list[str] = []
    dropped: list[str] = []
    for line in answer.split("\n"):
        if line.lstrip().startswith("|"):
            # table rows: every figure in the row must be stated by the row's citations
            if unsupported_numbers(line, quotes) and not re.fullmatch(r"\s*\|[\s\-:|]+\|\s*", line):
                dropped.append(line)
                continue
            kept.append(line)
            continue
        pieces = split_sentences(line) if line.strip() else [line]
        survivors = []
        for piece in pieces:
            if piece.strip() and unsupported_numbers(piece, quotes):
                dropped.append(piece)
            else:
                survivors.append(piece)
        kept.append(" ".join(p for p in survivors if p is not None))
    return "\n".join(kept).strip(), dropped
