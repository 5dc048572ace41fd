"""Abbreviations employees type for what class specifications spell out ("BLS" for "Basic Life Support").

A question's abbreviation is read with its expansion, so "do I need BLS/CPR?" finds "Basic Cardiac Life
Support (BCLS) certification"; an abbreviation listed here is never an unknown word.

Example:
    >>> with_expansions("x-ray tech, do i need BLS/CPR?")
    'x-ray tech, do i need BLS (basic life support)/CPR (cardiopulmonary resuscitation)?'
"""

from __future__ import annotations

import re

EXPANSIONS = {
    "bls": "basic life support", "cpr": "cardiopulmonary resuscitation", "acls": "advanced cardiac life support",
    "aed": "automated external defibrillator", "emt": "emergency medical technician", "cdl": "commercial driver's license",
    "dmv": "department of motor vehicles", "ase": "automotive service excellence", "osha": "occupational safety health",
    "hvac": "heating ventilation air conditioning", "rn": "registered nurse", "lvn": "licensed vocational nurse",
    "cna": "certified nursing assistant", "cpa": "certified public accountant", "pe": "professional engineer",
    "eit": "engineer in training", "ged": "general educational development", "hs": "high school",
    "ba": "bachelor's degree", "bs": "bachelor's degree", "ma": "master's degree", "ms": "master's degree",
    "aa": "associate degree", "pto": "paid time off", "ot": "overtime", "flsa": "fair labor standards act",
    "mou": "memorandum of understanding", "wpm": "words per minute", "cert": "certificate", "certs": "certificates",
    "lic": "license", "reqs": "requirements", "req": "requirement", "quals": "qualifications", "exp": "experience",
    "yrs": "years", "yr": "year", "mos": "months", "hrs": "hours", "hr": "hour", "wk": "week", "wks": "weeks",
    "sped": "special education", "iep": "individualized education program",
    "fema": "federal emergency management agency", "dba": "database administrator",
    "gun": "firearm", "guns": "firearms",  # "do they carry a gun?" / "do not carry a firearm"
    "shot": "vaccination", "shots": "vaccinations",  # "a rabies shot" / "pre-exposure rabies vaccination"
    "ppl": "people", "raise": "step increase", "raises": "step increases",  # "how do raises work": steps, increments
}
_CASE_SENSITIVE = {"pe", "ba", "bs", "ma", "ms", "aa", "hs", "ot"}  # ordinary words in lower case
_WORD = re.compile(r"\b[A-Za-z+]{2,6}\b")


def is_abbreviation(word: str) -> bool:
    return word.lower() in EXPANSIONS


def with_expansions(question: str) -> str:
    """The question with each known abbreviation followed by its expansion in brackets."""
    def expand(match: re.Match[str]) -> str:
        word = match.group(0)
        key = word.lower()
        if key not in EXPANSIONS or (key in _CASE_SENSITIVE and not word.isupper()):
            return word
        expansion = EXPANSIONS[key]
        if expansion.lower() in question.lower():
            return word
        return f"{word} ({expansion})"
    return _WORD.sub(expand, question)


_INSERTED = re.compile(r" \((?:%s)\)" % "|".join(re.escape(e) for e in sorted(set(EXPANSIONS.values()), key=len, reverse=True)))


def without_expansions(question: str) -> str:
    """The question as typed: expansions that :func:`with_expansions` added are help for finding passages, not
    words that a document must contain."""
    return _INSERTED.sub("", question)


def expansion_kinds(question: str) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(cue, evidence) pairs for the abbreviations in ``question``: a passage that spells one out, a word
    allowed between ("Basic Cardiac Life Support" for BLS), states what it names."""
    pairs = []
    for word in {w.lower() for w in _WORD.findall(question)}:
        if word in EXPANSIONS and word not in _CASE_SENSITIVE:
            words = [re.escape(w[:5]) + r"\w*" for w in EXPANSIONS[word].replace("'s", "").split()]
            evidence = re.compile(r"\b" + r"\W+(?:\w+\W+)?".join(words) + r"|\b%s\b" % re.escape(word), re.IGNORECASE)
            pairs.append((re.compile(r"^%s$" % re.escape(word), re.IGNORECASE), evidence))
    return pairs


_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def spells_initials(word: str, text: str) -> bool:
    """Whether ``word``, typed in capitals, is the initials of a run of capitalised words in ``text`` ("LAPD":
    "Los Angeles Police Department"): a name the text writes out in full.

    >>> spells_initials("LAPD", "the Los Angeles Police Department")
    True
    """
    if not _ACRONYM.match(word):
        return False
    run = r"\s+(?:(?:of|and|&|the|for)\s+)?".join(r"%s[a-z]+" % letter for letter in word)
    return re.search(r"\b" + run + r"\b", text) is not None
