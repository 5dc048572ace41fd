"""Which level of a named series a question asks when it does not name the level: the one its clause of duties
describes ("the athletic trainer who covers football, schedules the others' coverage and …"), or the one the
series' page calls by the word the question puts before its title ("the lead rigger who …" where "Stage Rigger II
is the lead level"). Why: the level's own facts (its pay, its experience) answer, not the series' first row.

Example:
    >>> described_level(plan, snapshot, search)  # doctest: +SKIP
    'III'
"""

from __future__ import annotations

import dataclasses
import re
from typing import Callable

from langchain_core.documents import Document

from assistant.answering.wording import retrieved_ids
from assistant.domain.levels import level_title
from assistant.query.parts import does_clause
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.text import tokens


DESCRIBED_LEVEL_PASSAGES = 4  # the described job's best passages whose levels choose the level described
CLEAR_LEVEL_WORDS = 2  # the clause's words one level's own passages hold beyond any other level's: it is described


def described_level(plan: QueryPlan, snap: Snapshot, retrieve: Callable[[str, QueryPlan], list[Document]]) -> str:
    """The level of the one series the question names that its clause of duties describes ("What does … pay the
    athletic trainer who covers football, schedules the others' coverage and manages the supply budget?" describes
    the Athletic Trainer III), or '' when no level clearly fits: the level whose own passages hold clearly more of
    the clause's words than any other level's, else the level whose own passages the clause finds first and most
    often (of its best passages under a level). ``retrieve`` searches the clause within the named document."""
    if len(plan.doc_ids) != 1 or plan.levels or plan.from_history:
        return ""
    doc = snap.documents.get(plan.doc_ids[0])
    clause = does_clause(plan.question)
    if doc is None or len(doc.levels) < 2 or not clause:
        return ""
    words = set(tokens(clause)) - set(tokens(doc.title))
    texts = _level_texts(doc.doc_id, doc.title, doc.levels, snap)
    held = {level: len(words & set(tokens(texts[level]))) for level in doc.levels}
    best, *others = sorted(held, key=lambda level: -held[level])
    if held[best] >= CLEAR_LEVEL_WORDS + max((held[level] for level in others), default=0):
        return best
    found = [d for d in retrieve(clause, dataclasses.replace(plan, doc_ids=[doc.doc_id]))
             if d.metadata.get("doc_id") == doc.doc_id][:DESCRIBED_LEVEL_PASSAGES]
    levels = [d.metadata["level"] for d in found if d.metadata.get("level") in doc.levels]
    if not levels:
        return ""
    return levels[0] if levels.count(levels[0]) * 2 > len(levels) else ""


def _level_texts(doc_id: str, title: str, levels: list[str], snap: Snapshot) -> dict[str, str]:
    """Each level's own text: its chunks, and the lines opening on its title alone ("Sheet Metal Mechanic II: the
    advanced and lead level. Lays out complex duct fittings …" in a block describing both levels)."""
    titles = {level: level_title(title, level) for level in levels}
    openings = {level: re.compile(r"^\W*%s(?![\w-])" % re.escape(titled), re.IGNORECASE | re.MULTILINE)
                for level, titled in titles.items()}
    texts = {level: [c.text for c in snap.chunks_by_doc.get(doc_id, ()) if c.level == level] for level in levels}
    for line in snap.doc_text(doc_id).split("\n"):
        owners = [level for level in levels if openings[level].search(line)]
        if len(owners) == 1 and not _names_another(line, owners[0], titles):
            texts[owners[0]].append(line)
    return {level: " ".join(parts) for level, parts in texts.items()}


def _names_another(line: str, owner: str, titles: dict[str, str]) -> bool:
    """Whether ``line`` also names another level's title ("SHEET METAL MECHANIC I / SHEET METAL MECHANIC II"); the
    owner's title holding another's ("… Mechanic II" holds "… Mechanic I") does not count."""
    own, lowered = titles[owner].lower(), line.lower()
    return any(title.lower() in lowered for level, title in titles.items()
               if level != owner and not own.startswith(title.lower()))


DOCUMENTS_LOOKED_AT = 3  # retrieved documents, best first, whose levels may be the one a title's modifier names


def level_named_by_modifier(plan: QueryPlan, docs: list[Document], snap: Snapshot) -> tuple[str, str]:
    """(document, level) for a class the catalog lacks that is a series' title word with a word before it, when
    the question also says what the job does: "the lead rigger who reviews each show's rigging plot …" of the
    Stage Rigger I / II page, whose level II alone is called "the lead level" (the modifier stands in one level's
    passages only). ('', '') otherwise: "What does a Chief Dam Safety Engineer earn?" stays a class not there."""
    if not plan.missing or not plan.unlisted or plan.levels or not does_clause(plan.question):
        return "", ""
    named = set(tokens(plan.unlisted))
    for doc_id in [d for d in retrieved_ids(docs) if d in snap.documents][:DOCUMENTS_LOOKED_AT]:
        record = snap.documents[doc_id]
        title = set(tokens(record.title))
        modifier = named - title
        if len(record.levels) < 2 or not modifier or not named & title \
                or (plan.employers and not snap.employs(doc_id, plan.employers)):
            continue
        owners = {c.level for c in snap.chunks_by_doc.get(doc_id, ())
                  if c.level in record.levels and modifier <= set(tokens(c.text))}
        if len(owners) == 1:
            return doc_id, owners.pop()
    return "", ""
