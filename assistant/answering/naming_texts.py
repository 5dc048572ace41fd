"""What names a document's class and employer near its top: the title's own line, the place printed under it,
the page's first heading. Words a question shares with these name the posting; they ask for no content.

Example:
    >>> title_line("UTILITY WORKER II – SEWER COLLECTION\nDefinition ...", "Utility Worker II")
    'UTILITY WORKER II – SEWER COLLECTION'
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.index.registry import DocumentRecord

TITLE_LINE_WORDS = 10


def _title_line_at(lines: list[str], title: str) -> int:
    """Where among ``lines`` (the top of a document) the class's title is printed on a short line of its own, or -1."""
    wanted = title.lower()
    for number, line in enumerate(lines):
        if wanted in line.lower() and len(line.split()) <= TITLE_LINE_WORDS and ":" not in line and "|" not in line:
            return number
    return -1


def title_line(text: str, title: str) -> str:
    """The line near the top that prints the class's title, with what goes with it ("MAINTENANCE WORKER II –
    WATER DISTRIBUTION"): a question naming the class that way names it, it asks nothing about water."""
    if not title:
        return ""
    lines = text[:NAMING_CHARS].split("\n")
    at = _title_line_at(lines, title)
    return lines[at] if at >= 0 else ""


PLACE_LINE_WORDS = 6
_PLACE_WORD = re.compile(r"^(?:[A-Z][\w'’.&-]*|of|the|and|for|at|de|&|-|–)$")


def place_line(text: str, title: str) -> str:
    """The short name printed on the line under the class's title ("Clinical Nurse II - Medical/Surgical (Nights)" /
    "Corbin Flats Medical Center"): the hospital, department or site the posting is for, which a question names
    as it names the employer ("… at Corbin Flats Medical Center?"), asking nothing about medical centers."""
    if not title:
        return ""
    lines = [line.strip() for line in text[:NAMING_CHARS].split("\n")]
    at = _title_line_at(lines[:-1], title)
    if at < 0:
        return ""
    below = lines[at + 1]
    words = below.split()
    if 2 <= len(words) <= PLACE_LINE_WORDS and not below.isupper() and not any(c.isdigit() for c in below) \
            and all(_PLACE_WORD.match(word) for word in words):
        return below
    return ""


BANNER_LINE_WORDS = 6


def banner_line(text: str, title: str) -> str:
    """The short banner printed right above the class's title ("PROMOTIONAL EXAMINATION ANNOUNCEMENT" over "POLICE
    CORPORAL"): it names the posting's kind, and a question naming "the promotional examination" asks about the
    examination, not about what is promotional."""
    if not title:
        return ""
    lines = [line.strip() for line in text[:NAMING_CHARS].split("\n")]
    at = _title_line_at(lines, title)
    above = next((line for line in reversed(lines[:at]) if line), "") if at > 0 else ""
    words = above.split()
    if 1 <= len(words) <= BANNER_LINE_WORDS and above.isupper() and not any(c.isdigit() or c in ":|." for c in above):
        return above
    return ""


_TOP_HEADING = re.compile(r"^#[ \t]+([^\n]{3,120})$", re.MULTILINE)


def top_heading(text: str) -> str:
    """The page's first-level heading near its top ("Now Hiring: Three Positions at the Greyholt Civic Arts Center"):
    what it names (the arts center), a question names too, asking nothing about arts centers."""
    match = _TOP_HEADING.search(text[:TOP_HEADING_CHARS])
    return match.group(1) if match else ""


TOP_HEADING_CHARS = 1500


def naming_texts(doc: DocumentRecord) -> list[str]:
    """What names a document's class and employer: its title, its employer, the line printing its title, the
    place named under it, the banner above it and the page's top heading. One list for the rule ranking and the
    evidence route, which each read it into their own word forms."""
    return list(_naming_texts(doc.title, doc.employer or "", doc.text[:NAMING_CHARS]))


NAMING_CHARS = 2000  # the top of a document, where its title, place and heading are printed


@lru_cache(maxsize=4096)
def _naming_texts(title: str, employer: str, top: str) -> tuple[str, ...]:
    """(Cached: every candidate sentence of a question asks it of the same few documents.)"""
    return (title, employer, title_line(top, title), place_line(top, title), top_heading(top), banner_line(top, title))
