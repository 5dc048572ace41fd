"""The postings index behind :meth:`assistant.query.catalog.Catalog.match`: which classes a question can name.

Kept apart from the catalog's scoring rules so each reads on its own: this module builds the entries
(a document's, and one per class a series page describes) and finds those worth scoring (by similar title
words, abbreviations, initials and class codes) and the employers a question may name, each looked at once
rather than once per document.

Example:
    >>> index = MatchIndex(catalog.entries)
    >>> index.candidates(["itss", "ii"], {"itss", "ii"}, "grade of ITSS II")
    [1]
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant.domain.levels import is_roman
from assistant.ingest.class_table import ClassInfo
from assistant.ingest.employers import BODY_WORDS, GOVERNMENT_KINDS
from assistant.query.title_words import normalize_title_tokens, title_parts
from assistant.text import near_spelling


@dataclass
class ClassEntry:
    """One class as the catalog knows it: a document, or one of the classes a series document describes.

    A series document's class (``series_class`` set: its own title, say "Carpenter Supervisor") points at the
    document's ``doc_id`` and carries its own ``class_code`` and where the document names it (``span``: its
    code-table row or heading), so an answer can focus on that class.
    """

    doc_id: str
    title: str
    employer: str
    levels: list[str]
    title_tokens: list[str]  # normalized, without a trailing level numeral
    title_level: str  # "II" when the title itself ends with a level ("Technician II")
    abbreviation: str
    employer_aliases: list[str]
    employer_tokens: set[str]
    class_code: str = ""
    series_class: str = ""  # the class's own title when the entry is one class of a series document
    span: tuple[int, int] | None = None  # where the document names that class (its code-table row or heading)


@lru_cache(maxsize=100000)
def similar_words(a: str, b: str) -> bool:
    """The same word, a near spelling of it (typos: "sprngs"), a word form ("audit" / "auditor") or a clipped
    form ("paras" for "paraeducator", "maint" for "maintenance": at least 4 letters, at most half the word);
    short words must match exactly."""
    if a == b:
        return True
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    clipped = short[:-1] if short.endswith("s") and len(short) >= 5 else short
    if len(clipped) >= 4 and len(long) >= 2 * len(clipped) and long.startswith(clipped):
        return True
    if len(short) >= 5 and len(long) - len(short) <= 3 and long.startswith(short):
        return True  # a word form: "audit" for "auditor", "account" for "accountant"
    return near_spelling(a, b)


@lru_cache(maxsize=4096)
def short_abbreviation_pattern(abbreviation: str) -> re.Pattern[str]:
    """Two-letter abbreviations count only when typed in capitals ("OA II", "COs")."""
    return re.compile(r"\b%s(?:s|'s)?\b" % re.escape(abbreviation.upper()))


@lru_cache(maxsize=65536)
def code_pattern(class_code: str) -> re.Pattern[str]:
    """The code as a whole token: not a part of another number ("25" in "Job ID 1187-25")."""
    return re.compile(r"(?<![\w-])" + re.escape(class_code) + r"(?![\w]|-\w)")


def names_kind(question: str, kind: str) -> bool:
    """True when ``question`` calls an employer by its kind alone: "a State Carpenter", "the city's", not "State
    of Oregon", "Butte County" or an opening "State the …"."""
    for match in re.finditer(rf"\b({kind}|{kind.lower()})(?:['’]s)?\b", question):
        before = question[:match.start()].rstrip()
        after = question[match.end():]
        if not before or re.match(r"\s+of\b", after):
            continue
        previous = before.split()[-1]
        if match.group(1) == kind.lower() and previous.lower() != "the":
            continue  # lowercase only as "the state": "does it state", "state-wide" are no employer
        if previous[:1].isupper() and previous.lower() not in {"the", "a", "an"}:
            continue  # "Butte County", "Los Angeles City": a name this kind word is part of
        if _ISSUED_BY_KIND.match(after):
            continue  # "a State Appraiser Certificate", "a State driver's license": what the state issues
        return True
    return False


# the rest of a credential's name after the government's kind word that issues it ("State [Appraiser Certificate]")
_ISSUED_BY_KIND = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,6}?\s+(?i:certificates?|certifications?|licen[cs]es?|permits?|"
                             r"credentials?|registrations?|endorsements?)\b")


@dataclass
class _Employer:
    name: str
    aliases: list[tuple[str, re.Pattern[str]]]  # lowercased alias (3+ characters) and its whole-word pattern
    tokens: set[str]  # the distinctive words of the name, for typo-tolerant matching


def capital_initials(question: str) -> set[str]:
    """Words typed in capitals that may be a title's initials ("APS" in "APS Specialist III"), lowercased;
    level numerals ("II", "IV") are none."""
    return {w.lower() for w in re.findall(r"\b[A-Z]{2,6}(?=s?\b)", question) if not is_roman(w)}


def run_initials(title_tokens: list[str]) -> dict[str, tuple[int, int]]:
    """The initials of each run of two or more consecutive title words -> the run's (start, end)."""
    runs: dict[str, tuple[int, int]] = {}
    for start in range(len(title_tokens)):
        for end in range(start + 2, min(len(title_tokens), start + 6) + 1):
            runs.setdefault("".join(token[0] for token in title_tokens[start:end]), (start, end))
    return runs


def initials_named(title_tokens: list[str], question: str) -> dict[int, str]:
    """Title words a question names by their initials in capitals: "APS Specialist III" names "Adult Protective
    Services Specialist" ({0: "aps", 1: "aps", 2: "aps"}); two words or more, consecutive, in title order (in lower
    case, three or more, followed by the title's next word)."""
    capitals = capital_initials(question)
    lowered = question.lower()
    found: dict[int, str] = {}
    for initials, (start, end) in run_initials(title_tokens).items():
        # (typed in lower case, three letters or more, before the title's next word: "jarrowby abc agent" names the
        # Alcoholic Beverage Control Agent)
        typed = len(initials) >= 3 and end < len(title_tokens) and initials in lowered  # (a cheap test first)
        if initials in capitals or (typed and re.search(
                r"\b%s\s+%s" % (initials, re.escape(title_tokens[end])), question, re.IGNORECASE)):
            found.update({position: initials for position in range(start, end)})
    return found


def series_class_entries(document: ClassEntry, classes: list[dict]) -> list[ClassEntry]:
    """An entry per class a series document describes that tells more than the document's own entry: its own
    code, or words the document's title lacks ("Carpenter Supervisor" in "Carpenter Series")."""
    found = []
    for data in classes:
        info = ClassInfo.from_dict(data)
        if not info.title:
            continue
        base, title_level = title_parts(info.title)
        tokens = normalize_title_tokens(base)
        if not tokens or (not info.code and tokens == document.title_tokens):
            continue  # "Accountant II" in "Accountant I/II": the document's levels already name it
        found.append(ClassEntry(
            doc_id=document.doc_id, title=info.title, employer=document.employer, levels=[],
            title_tokens=tokens, title_level=title_level, abbreviation="",
            employer_aliases=document.employer_aliases, employer_tokens=document.employer_tokens,
            class_code=info.code, series_class=info.title,
            span=(info.start, info.end) if 0 <= info.start < info.end else None,
        ))
    return found


class MatchIndex:
    """Which catalog entries a question can possibly match, without scoring every entry.

    A title scores above zero only through a title word similar to a question word, its abbreviation, or its
    class code; so the entries worth scoring are found through postings of those, and a question costs about
    the same against ten thousand documents as against ten. Employers are checked once each, not once per
    document.
    """

    def __init__(self, entries: list[ClassEntry]) -> None:
        self.postings: dict[str, list[int]] = {}
        self.abbreviations: dict[str, list[int]] = {}
        self.short_abbreviations: dict[str, list[int]] = {}
        self.codes: dict[str, list[int]] = {}
        self.run_initials: dict[str, list[int]] = {}
        seen_employers: dict[str, _Employer] = {}
        for position, entry in enumerate(entries):
            for token in set(entry.title_tokens):
                self.postings.setdefault(token, []).append(position)
            if entry.abbreviation and len(entry.abbreviation) >= 3:
                self.abbreviations.setdefault(entry.abbreviation, []).append(position)
            elif entry.abbreviation and len(entry.abbreviation) == 2:
                self.short_abbreviations.setdefault(entry.abbreviation, []).append(position)
            if entry.class_code:
                self.codes.setdefault(entry.class_code, []).append(position)
            for initials in run_initials(entry.title_tokens):
                self.run_initials.setdefault(initials, []).append(position)
            if entry.employer and entry.employer not in seen_employers:
                # "the state" is not "the state of Oregon"
                aliases = [(a.lower(), re.compile(r"\b" + re.escape(a.lower()) + r"\b(?!\s+of\b)"))
                           for a in entry.employer_aliases if len(a) >= 3]
                # two-letter initials ("LA") only as capitals, so "la" or "ca" in a sentence is no employer
                aliases += [(a, re.compile(r"\b" + re.escape(a) + r"\b"))
                            for a in entry.employer_aliases if len(a) == 2 and a.isupper()]
                seen_employers[entry.employer] = _Employer(entry.employer, aliases, set(entry.employer_tokens))
        self.employers = list(seen_employers.values())
        # "the State", "a City bulletin": a kind of government body names the one employer of that kind
        by_kind: dict[str, list[_Employer]] = {}
        for employer in self.employers:
            for kind in GOVERNMENT_KINDS:
                if re.search(rf"^{kind} of\b|\b{kind}$", employer.name):
                    by_kind.setdefault(kind, []).append(employer)
        self.employer_by_kind = {kind: found[0] for kind, found in by_kind.items() if len(found) == 1}
        self.employer_vocabulary = sorted({t for e in self.employers for t in e.tokens})
        # the place word that begins an employer's name ("Pitchcombe" of the Pitchcombe County Health System), when no
        # other employer's name and no class title holds it: "pitchcombe hospital housekeeping aide" names that employer
        held_by = Counter(t for e in self.employers for t in e.tokens)
        self.place_words: dict[str, str] = {}
        for employer in self.employers:
            first = next((t for t in re.findall(r"[a-z0-9']+", employer.name.lower()) if t in employer.tokens), "")
            if first and held_by[first] == 1 and first not in BODY_WORDS and first not in self.postings:
                self.place_words[first] = employer.name
        self.by_initial: dict[str, list[str]] = {}
        for token in self.postings:
            if len(token) >= 5:
                self.by_initial.setdefault(token[0], []).append(token)
        self.employer_by_initial: dict[str, list[str]] = {}
        for token in self.employer_vocabulary:
            if len(token) >= 5:
                self.employer_by_initial.setdefault(token[0], []).append(token)

    @staticmethod
    def _similar_in(words: list[str], vocabulary: set[str] | dict[str, Any], by_initial: dict[str, list[str]]) -> set[str]:
        found: set[str] = set()
        for word in set(words):
            if word in vocabulary:
                found.add(word)
            if len(word) >= 4:
                found.update(t for t in by_initial.get(word[0], ()) if similar_words(t, word))
        return found

    def similar_employer_tokens(self, q_tokens: list[str]) -> set[str]:
        return self._similar_in(q_tokens, set(self.employer_vocabulary), self.employer_by_initial)

    def similar_title_words(self, q_norm: list[str]) -> dict[str, str]:
        """Each title word similar to a question word -> the first such question word."""
        return {token: next(q for q in q_norm if similar_words(token, q))
                for token in self._similar_in(q_norm, self.postings, self.by_initial)}

    def candidates(self, q_norm: list[str], q_set: set[str], question: str,
                   similar: dict[str, str] | None = None) -> list[int]:
        """Positions of the entries that can score above zero, in catalog order."""
        found: set[int] = set()
        for token in (similar if similar is not None else self.similar_title_words(q_norm)):
            found.update(self.postings[token])
        for word in q_set:
            found.update(self.abbreviations.get(word, ()))
        for abbreviation, positions in self.short_abbreviations.items():
            if abbreviation.upper() in question:
                found.update(positions)
        for code, positions in self.codes.items():
            if code in question:
                found.update(positions)
        for initials in capital_initials(question) | {w for w in q_set if 3 <= len(w) <= 6}:
            found.update(self.run_initials.get(initials, ()))
        return sorted(found)
