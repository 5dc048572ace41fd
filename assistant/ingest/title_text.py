"""How class titles are written: casing, stray punctuation, initials, and the phrases that name a kind of
document rather than a class ("Class Specification").

Why a module of its own: the title reader, the employer reader and the answer's headings all case and clean
titles the same way.

Example:
    >>> smart_case("EQUIPMENT MECHANIC"), clean_title("— Clerk I/ii"), title_abbreviation("IT Systems Specialist")
    ('Equipment Mechanic', 'Clerk I/II', 'ITSS')
"""

from __future__ import annotations

import re

__all__ = ["DOCUMENT_KIND", "clean_title", "smart_case", "title_abbreviation"]

DOCUMENT_KIND = re.compile(
    r"class (?:series )?specifications?|class specs?\b|job descriptions?|class descriptions?|human resources|office of",
    re.IGNORECASE,
)

def smart_case(text: str) -> str:
    """ALL CAPS → Title Case (keeping 'of', 'and' lower); anything else untouched.
    A parenthesised aside does not count ("EQUIPMENT MECHANIC (Automotive Mechanic)" is all caps)."""
    letters = [c for c in re.sub(r"\([^)]*\)", "", text) if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.9:
        small = {"of", "and", "the", "for", "in", "to", "a"}
        words = []
        for i, word in enumerate(text.lower().split()):
            words.append(word if (i and word in small) else "-".join(  # "TRI-VALLEY" → "Tri-Valley"
                re.sub(r"[a-z]", lambda m: m.group(0).upper(), part, count=1) for part in word.split("-")))
        words = ["/".join(part.upper() if re.fullmatch(r"[ivx]+", part.lower()) else part[:1].upper() + part[1:]
                          for part in w.split("/")) if "/" in w else w
                 for w in words]  # "FIREFIGHTER/PARAMEDIC" → "Firefighter/Paramedic", "CLERK I/II" → "Clerk I/II"
        # a level numeral inside the text ("PLANNER II / SENIOR PLANNER"), not only at its end, stays a numeral
        words = [w.upper() if i and re.fullmatch(r"(?:i{1,3}|iv|v|vi{1,3}|ix|x)[,;]?", w, re.I) else w
                 for i, w in enumerate(words)]
        return " ".join(words)
    return text


def clean_title(title: str) -> str:
    """Strip stray punctuation and normalise level numerals ('— Clerk I/ii' -> 'Clerk I/II')."""
    title = title.strip(" \t*_#|:;,-–—·•=")
    title = re.sub(r"\s+", " ", title)
    title = re.sub(r"\s*\((?:class code\s*:?\s*)?[A-Z]{0,3}\d{3,6}\)$", "", title, flags=re.I)  # "Auditor I (4175)"
    return re.sub(r"\b([IVXivx]{1,4})((?:/[IVXivx]{1,4})*)$", lambda m: m.group(0).upper(), title)


def title_abbreviation(title: str) -> str:
    """'IT Systems Specialist' -> 'ITSS', 'Office Assistant' -> 'OA' (acronyms kept whole)."""
    parts = []
    for word in re.findall(r"[A-Za-z][A-Za-z'&]*", title):
        if word.lower() in {"of", "and", "the", "for", "in", "to", "a", "&"}:
            continue
        parts.append(word if word.isupper() and len(word) <= 4 else word[0].upper())
    return "".join(parts)
