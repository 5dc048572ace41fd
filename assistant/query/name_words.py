"""Words of a question that name an organisation rather than ask for a fact: a unit ("Department of
Corrections"), an employer by its full name ("Suvarro Community College District"), initials the question defines
("ART (Ashgrove Regional Transit Authority)"). A passage need not share them: they name, like the employer.

Example:
    >>> sorted(organisation_name_words("How long is probation at Suvarro Community College District?", ["Suvarro College"]))
    ['college', 'community', 'district', 'suvarro']
"""

from __future__ import annotations

import re

# "the Westerhold Department of Corrections", "the Sheriff's Office": an organisation's unit, named in capitals
_UNIT_NAME = re.compile(
    r"\b(?:[A-Z][\w'’]+ ){0,3}(?:Department|Division|Bureau|Office|Agency)\b(?: of(?: the)?(?: (?:and )?[A-Z][\w'’]+)+)?"
    r"(?! [A-Z])")


# an employer called by its full name ("Suvarro Community College District", "Cawdor Valley Water Authority"): its
# kind's words ("Community", "District") name it too
_EMPLOYER_NAME = re.compile(
    r"\b(?:[A-Z][\w'’]+ ){1,4}(?:District|Authority|College|University|County|Commission|Township|Borough|Trust)\b")


# "ART (Ashgrove Regional Transit Authority)", "Ashgrove Regional Transit Authority (ART)": a name and its initials
_DEFINED = re.compile(r"\b([A-Z]{2,6})\s*\(((?:[A-Z][\w'’&-]*\s*){2,7})\)|((?:[A-Z][\w'’&-]*\s+){2,7})\(([A-Z]{2,6})\)")


def defined_abbreviations(question: str) -> set[str]:
    """Initials the question defines by the name they stand for: a name, like the employer's, not a word of the
    asked fact ("ART" is no "art" a passage must hold)."""
    found: set[str] = set()
    for match in _DEFINED.finditer(question):
        short, name = (match.group(1), match.group(2)) if match.group(1) else (match.group(4), match.group(3))
        initials = "".join(word[0] for word in name.split() if word[0].isupper())
        if initials.upper().startswith(short) or short in initials.upper():
            found.add(short.lower())
    return found


def unit_name_words(question: str) -> set[str]:
    """The words of an organisation's unit the question names ("Department of Corrections"): names, like an
    employer's, not words of the asked fact a passage must share."""
    words: set[str] = set()
    for match in _UNIT_NAME.finditer(question):
        name = match.group(0).split()
        if len(name) >= 2:  # "Office" alone is no name
            words |= {w.lower() for w in name if w.lower() not in {"of", "the", "and"}}
    return words


def employer_name_words(question: str, employers: list[str]) -> set[str]:
    """The words of an employer the question calls by its full name, when that name holds a word of an employer
    the question was matched to ("Suvarro Community College District" for "Suvarro College"); a county named as
    where a vacancy is ("… vacancy in Greyfield County") names a place, whose words a passage may need to share."""
    known = {w.lower() for employer in employers for w in re.findall(r"[A-Za-z][\w'’]+", employer)} - _KIND_WORDS
    words: set[str] = set()
    for match in _EMPLOYER_NAME.finditer(question):
        name = {w.lower() for w in match.group(0).split()}
        if name & known:
            words |= name
    return words


_KIND_WORDS = {"city", "county", "state", "of", "the", "district", "authority", "college", "university", "community",
               "school", "unified", "commission", "township", "borough", "trust", "and"}


def organisation_name_words(question: str, employers: list[str] = ()) -> set[str]:
    """Every word of the question that names an organisation's unit, an employer in full, or defined initials."""
    return unit_name_words(question) | employer_name_words(question, list(employers)) | defined_abbreviations(question)
