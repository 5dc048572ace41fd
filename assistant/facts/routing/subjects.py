"""Which classes, or levels of a class, a comparison question names, in the order it names them.

The comparison route builds one table column per subject; this module only reads the question
against the catalog ("the MCPS ITSS and the Butte County IT Specialist", "Librarian II vs III").

Example:
    >>> [s.level for s in compared_subjects("Compare Planner I and Planner II pay", plan, snap, groups)]
    ['I', 'II']
"""

from __future__ import annotations

import re

from assistant.domain.levels import NUMERAL_PATTERN, roman
from assistant.query.title_words import PHRASE_SYNONYMS, normalize_title_tokens
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.facts.rendering.comparison_table import Subject
from assistant.facts.rendering.doc_cards import DocCards
from assistant.facts.routing.scope import blank, field_word_spans

_LEVEL_MENTION = re.compile(
    r"\b(?P<word>[A-Za-z][\w'’-]*)\s+(?P<level>%s)\b(?!\s*(?:years?|months?|%%|pounds|lbs|hours?|days?|weeks?))"
    r"|\blevel\s+(?P<level2>%s)\b|\b(?P<word3>[A-Za-z][\w'’-]*)\s+(?P<level3>intern|trainee)s?\b" % (NUMERAL_PATTERN, NUMERAL_PATTERN),
    re.I,
)

def compared_subjects(question: str, plan: QueryPlan, snap: Snapshot, groups: dict[str, DocCards]) -> list[Subject]:
    """The classes (or levels) a comparison names, in the order the question names them."""
    blanked = snap.catalog.match(blank(question, field_word_spans(question)))
    blanked_ids = {m.doc_id for m in blanked.classes}
    doc_ids = [d for d in plan.doc_ids if d in blanked_ids] or list(plan.doc_ids)
    doc_ids = [d for d in doc_ids if d in groups]
    mentions = _level_mentions(question)
    found: list[tuple[int, Subject]] = []
    entries = [snap.catalog.by_id[d] for d in doc_ids if d in snap.catalog.by_id]
    for entry in entries:
        doc = groups[entry.doc_id]
        position = _position(question, entry.title_tokens)
        abbreviation = re.search(r"\b%s\b" % re.escape(entry.abbreviation.upper()), question) if len(entry.abbreviation) >= 3 else None
        if abbreviation:
            position = min(position, abbreviation.start())
        if position >= len(question):
            aliases = [t for a in entry.employer_aliases for t in normalize_title_tokens(a)]
            position = _position(question, [t for t in aliases if t not in {"city", "county", "of", "the"}] + entry.title_tokens)
        if entry.title_level and len(doc.levels) < 2:  # (not "Stage Rigger I / Stage Rigger II", a page of levels)
            at = [pos for pos, level, _ in mentions if level == entry.title_level]
            found.append((at[0] if at else position, Subject(doc)))
            continue
        own_levels = {card.level for card in doc.levels}
        mine = []
        for pos, level, word in mentions:
            if level not in own_levels:
                continue
            if word:
                token = (normalize_title_tokens(word) or [word.lower()])[0]
                if token not in entry.title_tokens and token != entry.abbreviation:
                    continue
            mine.append((pos, level))
        if mine:
            for pos, level in dict.fromkeys(mine):
                found.append((pos, Subject(doc, level)))
        else:
            found.append((position, Subject(doc)))
    found.sort(key=lambda item: item[0])
    subjects: list[Subject] = []
    seen = set()
    for _, subject in found:
        key = (subject.doc.doc_id, subject.level)
        if key not in seen:
            seen.add(key)
            subjects.append(subject)
    return subjects


def _level_mentions(question: str) -> list[tuple[int, str, str]]:
    """(position, level, the word before it) for every level a question names."""
    found = []
    for match in _LEVEL_MENTION.finditer(question):
        if match.group("level"):
            word, level = match.group("word"), match.group("level")
            if word.lower() in {"level", "grade", "step", "than", "and", "or", "to", "of", "am", "do", "can", "if", "so",
                                "the", "a", "with", "vs", "versus", "is", "are", "for", "at", "in", "between"}:
                word = "" if word.lower() == "level" else None
                if word is None:
                    continue
            if level.upper() == "I" and not level.isupper():
                continue
            found.append((match.start("level"), roman(level) or level.upper(), word))
        elif match.group("level2"):
            level = match.group("level2")
            found.append((match.start("level2"), roman(level) or level.upper(), ""))
        else:
            found.append((match.start("level3"), match.group("level3").capitalize(), match.group("word3")))
    return found


def _position(question: str, words: list[str]) -> int:
    """Where the question names a title made of ``words`` (normalised title tokens): the start of the run of
    question words that uses most of them ("IT staff ... the MCPS IT Systems Specialist" -> the second 'IT')."""
    wanted = [w for w in words if w]
    if not wanted:
        return len(question)
    spans: list[tuple[int, str]] = []
    phrases = [(m.start(), m.end(), replacement) for pattern, replacement in PHRASE_SYNONYMS for m in pattern.finditer(question)]
    for match in re.finditer(r"[A-Za-z][A-Za-z'’]*|\d+", question):
        phrase = next((p for p in phrases if p[0] <= match.start() < p[1]), None)
        if phrase is not None:
            if match.start() == phrase[0]:
                spans.append((match.start(), phrase[2]))
            continue
        spans.extend((match.start(), token) for token in normalize_title_tokens(match.group(0))[:1])
    best, best_count = len(question), 0
    for i, (start, token) in enumerate(spans):
        if token not in wanted:
            continue
        count = len({t for _, t in spans[i:i + len(wanted) + 1] if t in wanted})
        if count > best_count:
            best, best_count = start, count
    return best
