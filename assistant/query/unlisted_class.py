"""A class written as a title at a named employer whose documents lack it ("a Park Maintenance Worker at Tamsin
Valley", whose only class sharing a word is the Park Ranger).

Why: a weak title match at a named employer is enough for an everyday name ("the Butte County IT guy"), so a
class the employer's documents lack would be answered from its neighbour. A title phrase (a job noun and the words
before it, written in capitals) names another class when its job noun differs from every class there that shares
a word, or when it has none of that class's distinguishing words ("Bus Operator" / "Light Rail Vehicle Operator").

Example:
    >>> unlisted_class("What does a Park Maintenance Worker make?", ["Park Ranger"])
    'Park Maintenance Worker'
    >>> unlisted_class("how many hrs do sped aides work?", ["Special Education Instructional Assistant"])
    ''
"""

from __future__ import annotations

import re

from assistant.domain.job_nouns import job_noun
from assistant.ingest.employers import employer_aliases
from assistant.query.catalog_index import similar_words
from assistant.query.title_words import normalize_title_tokens
from assistant.text import STOPWORDS

# words before a job noun that name no class (an employer's possessive too: "Foxmere County's Deputy Health Officer")
_NOT_MODIFIERS = STOPWORDS | {"whats", "new", "current", "s", "countys", "citys", "states", "districts", "universitys",
                              "colleges", "towns", "ports", "authoritys"}


def class_phrase(question: str) -> list[str]:
    """The class a question names by its kind of job, as title words ("a Park Maintenance Worker make" →
    park, maintenance, worker), or [] when no job noun has a word before it that could name the class."""
    words = normalize_title_tokens(question)
    for i, word in enumerate(words):
        noun = job_noun(word)
        if not noun:
            continue
        # "Deputy Health Officer": a job noun that a longer title goes on past names a rank, not the kind of job
        later = next((j for j in range(i + 1, min(len(words), i + 3)) if job_noun(words[j])
                      and not any(w in _NOT_MODIFIERS or w.isdigit() for w in words[i + 1:j])), None)
        if later is not None:
            continue
        modifiers: list[str] = []
        for before in reversed(words[max(0, i - 3):i]):
            if before in _NOT_MODIFIERS or before.isdigit():
                break
            modifiers.insert(0, before)
        if modifiers:
            return modifiers + [noun]
    return []


def _written_as_title(question: str, phrase: list[str]) -> bool:
    """Whether the question writes the phrase's words capitalised, as a title ("a Bus Operator")."""
    capitalised = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]*", question)}
    capitalised |= {w[:-1] for w in capitalised if w.endswith("s")}  # "Nutrition Site Cooks": the plural of a title
    capitalised |= {part for w in capitalised for part in w.split("-")}  # "In-Home Services …": each part of a word
    return all(word in capitalised or any(similar_words(word, c) for c in capitalised) for word in phrase)


def unlisted_class(question: str, titles: list[str]) -> str:
    """The class the question names ("Bus Operator") when none of ``titles`` (the named employer's classes that
    share a word with it) is that class: another kind of job (its job noun is not the title's), or the same kind
    with none of its distinguishing words ("Bus Operator" against "Light Rail Vehicle Operator"). '' otherwise."""
    phrase = class_phrase(question)
    # ("the Operator job at …" points at a job by a word of its name: no class of its own)
    # (a word that goes on is another name's first: "the Assessor-Recorder's office", "the Chief Audit Executive")
    single = re.search(r"\b(?:an?|the)\s+([A-Z][a-z]+)\b(?![-'’]|\s+[A-Z])"
                       r"(?!\s+(?:job|position|opening|posting|role|class)\b)", question)
    if not phrase and single and job_noun(single.group(1)):
        phrase = [job_noun(single.group(1))]  # "an Electrician at the City of Dunmere", "the Harbormaster at …": one word
    if not phrase or not _written_as_title(question, phrase):
        return ""  # "do sped aides work …": an everyday name for a class, not a title the documents lack
    head, modifiers = phrase[-1], phrase[:-1]
    for title in titles:
        words = [w for w in normalize_title_tokens(title) if not re.fullmatch(r"[ivx]+|\d+", w)]
        if not words:
            continue
        same_kind = similar_words(head, job_noun(words[-1]) or words[-1]) or head in words
        title_modifiers = words[:-1]
        if same_kind and (not title_modifiers or not modifiers  # ("the Paraeducator": that kind of job, named alone)
                          or any(similar_words(m, t) for m in modifiers for t in title_modifiers)):
            return ""
    return " ".join(w.capitalize() for w in phrase)


def without_employer(name: str, employers: set[str] | list[str]) -> str:
    """The class a question names without the employer's name written before it ("Halvering University Fleet
    Mechanic" -> "Fleet Mechanic"); the whole name when nothing of the class would be left."""
    for employer in employers:
        for alias in sorted(employer_aliases(employer), key=len, reverse=True):
            if name.lower().startswith(alias.lower() + " "):
                return name[len(alias) + 1:]
    return name


_RELATIVE = re.compile(r"\b([A-Za-z]+)\s+(?:who|that)\s+(?!(?:is|are|was|were|do|does|did|has|have)\b)", re.I)
_PERSON_WORDS = {"job", "jobs", "position", "positions", "role", "person", "one", "employee", "worker", "staff"}


def without_employer_names(question: str, employers: set[str] | list[str], used: set[str]) -> str:
    """The question without the initials that named an employer (``used``: "the SVUSD Paraeducator" names no "Svusd"
    class) and without the employers' names in words ("the Kestrel Valley USD Teacher on Special Assignment" names no
    "Kestrel Valley USD Teacher"), nor by its place and its name's words cut short ("At Myrtledge Tech" names no
    "Myrtledge Technician"); an employer's single word stays ("a Park Maintenance Worker at Tamsin …")."""
    initials = [w for w in re.findall(r"\b[A-Z]{2,}\b", question) if w.lower() in used]
    if initials:
        question = re.sub(r"\b(?:%s)\b" % "|".join(map(re.escape, initials)), " ", question)
    for alias in sorted({a for e in employers for a in employer_aliases(e) if len(a.split()) >= 2}, key=len, reverse=True):
        question = re.sub(r"\b%s\b" % re.escape(alias), " ", question, flags=re.I)
    for employer in employers:  # "At Myrtledge Tech": the place's name, then the name's other words cut short
        words = re.findall(r"[A-Za-z']+", employer)
        rest = [w.lower() for w in words[1:] if len(w) > 3]
        if not rest:
            continue
        shortened = r"(?:\s+(?:%s))+" % "|".join(rf"{re.escape(w[:n])}\.?" for w in rest for n in range(3, len(w) + 1))
        question = re.sub(r"\b%s%s\b" % (re.escape(words[0]), shortened), " ", question, flags=re.I)
    return question


def named_only_in_describing_clause(question: str, titles_tokens: list[list[str]]) -> bool:
    """Whether the classes matched (their title words) are named only in a clause describing the asked job."""
    clause_at = describing_clause_start(question)
    before = set(normalize_title_tokens(question[:clause_at])) if clause_at >= 0 else set()
    return clause_at >= 0 and not any(set(tokens) & before for tokens in titles_tokens)


def describing_clause_start(question: str) -> int:
    """Where a clause describing the asked job begins ("the district manager who runs the bus routes and supervises
    the bus drivers"): a class named after it is one the job works with, not the job; -1 when there is none."""
    for match in _RELATIVE.finditer(question):
        word = match.group(1).lower()
        if word in _PERSON_WORDS or job_noun(word):
            return match.end(1)
    return -1
