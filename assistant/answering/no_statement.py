"""Lines that state nothing, whatever they share with a question: a heading, a site menu, a breadcrumb, a question.

Why a module of its own: the candidate reader drops them before any scoring, so a line such as "About Us
Facilities    Careers" (a text scrape's menu) never outranks the sentence that answers.

Example:
    >>> is_heading_only("MINIMUM QUALIFICATIONS"), is_menu_line("Home > Careers > Correctional Officer Cadet")
    (True, True)
    >>> is_menu_line("Monthly    $5,870    $7,135")
    False
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["is_heading_only", "is_menu_line", "is_question_line"]


_SECTION_NUMBER = re.compile(r"^\W*(?:(?:section|part|article)\s*\d{1,3}[\].):]?|\d{1,3}[\].):])\s+", re.IGNORECASE)
_FIELD = re.compile(r"^[A-Z][A-Za-z /&()'-]{1,30}:[ \t]*[A-Z0-9$]")


@lru_cache(maxsize=65536)  # the same sentences come back question after question
def is_heading_only(sentence: str) -> bool:
    stripped = sentence.strip(" #*:-|=_~\n\t")  # (a heading between rules: "=====\n THE EXAMINATION")
    if len(stripped) < 4 or not any(ch.isalnum() for ch in stripped):
        return True  # (a rule drawn in characters, "=========", states nothing either)
    if sentence.rstrip(" *").endswith(":") and len(stripped) < 60 and not any(ch.isdigit() for ch in stripped):
        return True
    if _FIELD.match(stripped):
        return False  # "FLSA:        NON-EXEMPT": a field in capitals, its value after the colon
    stripped = _SECTION_NUMBER.sub("", stripped)  # "[SECTION 08] OVERTIME ELIGIBILITY" is a heading all the same
    letters = [c for c in stripped if c.isalpha()]
    if not any(ch.isdigit() for ch in stripped) and letters and sum(c.isupper() for c in letters) / len(letters) > 0.9 and len(stripped) < 60:
        return True
    return False


# a text scrape's site menu ("About Us    Facilities    Careers    Contact") or breadcrumb ("Home > Careers > …")
# (or a path of a site's sections: "Jobs / Procurement & Contracts / Buyer II")
_MENU_SEPARATOR = re.compile(r"[ \t]{3,}|[ \t]+[>»›/][ \t]+|[ \t]+[·•][ \t]+")


_GRID_MARK = re.compile(r"never|rarely|seldom|occasional(?:ly)?|frequent(?:ly)?|constant(?:ly)?|often|always|"
                        r"[xX✓✔☒☑■●]|yes|no|n/?a", re.IGNORECASE)


# (a link's target may hold its own brackets: "[Print](javascript:window.print())"; a breadcrumb ends in the page's
# own name, no link: "[Home](…) › [Careers](…) › Housing Specialist")
_LINKS_ONLY = re.compile(r"(?:[-*•]\s*)?(?:\[[^\]\n]+\]\((?:[^()\s]|\([^()\s]*\))*\)[\s/|›>»·-]*)+"
                         r"(?:(?<=[›>»/]\s)[^\[\]()\n.!?:;]{1,80})?")


_MENU_LABEL = re.compile(r"[A-Z][A-Za-z' ]{0,24}:\s*")


@lru_cache(maxsize=65536)
def is_menu_line(sentence: str) -> bool:
    """Whether ``sentence`` is a line of three or more short names and nothing else: a menu or a breadcrumb, which
    states nothing (a table's row of figures, a sentence with its own punctuation, are no menu)."""
    if _LINKS_ONLY.fullmatch(sentence.strip()):
        return True  # "[Water Treatment Plant Operator II](#operator-ii)": a contents entry, a link and nothing else
    labelled = _MENU_LABEL.match(sentence.strip())
    if labelled and sentence.count("](") >= 2 and _LINKS_ONLY.fullmatch(sentence.strip()[labelled.end():]):
        return True  # "Menu: [Home](/) / [Town Hall](/town-hall/) / [Jobs](/jobs/)": a menu under its name
    if "\n" in sentence.strip() or "|" in sentence:
        return False
    items = [item for item in _MENU_SEPARATOR.split(sentence.strip()) if item.strip()]
    if any(_GRID_MARK.fullmatch(item.strip()) for item in items):
        return False  # a checklist's row ("Kneeling    Occasionally    X")
    return len(items) >= 3 and all(
        len(item.split()) <= 4 and not re.search(r"[\d$%:;,.!?]", item) for item in items)


# "Do you currently hold VA accreditation as a claims representative? (Yes / No)": a supplemental question's line
_QUESTION_LINE = re.compile(r"^(?:[-*•]\s*|\d{1,2}[.)]\s*)?(?:do|does|did|are|is|have|has|can|will|would|describe|"
                            r"how|what|which|why|when|please)\b[^\n]*\?[ \t]*(?:\((?:yes|y)\s*/\s*(?:no|n)\)|"
                            r"\[[^\]]{0,30}\]|[\w /]{0,20})?$", re.IGNORECASE)


def is_question_line(sentence: str) -> bool:
    """Whether ``sentence`` is a question the document asks its reader (a supplemental question, a FAQ's question):
    it states nothing of the job, though it names what is asked ("… hold VA accreditation?")."""
    return bool(_QUESTION_LINE.match(sentence.strip()))
