"""Which class of a series page a passage belongs to, read from its headings.

Series pages describe several classes under their own headings ("## Carpenter Supervisor", "### Either I");
a sentence quoted alone ("This is the first full supervisory level") needs the class it is written under,
and an answer about one class should quote from under that class's headings.

Example:
    >>> owning_class(sentence, snapshot)  # a sentence under "Carpenter Supervisor / Either I"
    'carpenter supervisor'
"""

from __future__ import annotations

import re

from assistant.ingest.title_text import clean_title, smart_case
from assistant.answering.evidence import Sentence, level_mentions, opening_of, without_overlaps
from assistant.answering.level_lines import SUBJECT_LABEL
from assistant.ingest.sections import SECTION_LABELS
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.text import tokens

_TITLE_WORD = re.compile(r"[A-Za-z]{4,}")


def class_heading(sentence: Sentence, doc: object | None) -> str:
    """The prefix 'Carpenter Supervisor: ' for a sentence of a series page under a class's own heading.

    Series pages describe each class under a heading and then write "This is the first full
    supervisory level": quoted alone, the reader cannot tell which class the sentence is about.
    A heading counts as a class's when it shares a word with the document's title ("Carpenter
    Supervisor" in "Carpenter Series"; its type may still read as a standard section); nothing is
    added when the sentence names it already or it is the title.
    """
    title = getattr(doc, "title", "") or ""
    heading = " ".join(sentence.section.split())
    if " / " in heading:  # "CUSTODIAN I / Definition": the class's part of the path ("Definition:" is in the text)
        heading = " / ".join(part for part in heading.split(" / ") if is_class_heading(part, title))
    if (not heading or not is_class_heading(heading, title)) and sentence.class_under:
        heading = sentence.class_under  # a series page's class heading above its own subsection ("Minimum Qualifications")
    if not heading or heading.lower() in sentence.text.lower() or not is_class_heading(heading, title):
        return ""  # a heading the sentence repeats, or none that names a class
    named = clean_title(smart_case(heading))  # ("Principal Environmental Scientist – 7413": the code goes)
    if any(number not in sentence.text for number in re.findall(r"\d+", named)):
        return ""  # "… Series - 2025 Pay Ranges": a figure the quote does not hold would read as the answer's own
    return f"{named}: "


def is_class_heading(heading: str, title: str) -> bool:
    """Whether ``heading`` names a class of the document titled ``title``: it shares a word with the title and is
    neither the title itself nor a label of ours ("Class information")."""
    heading = " ".join(heading.split())
    if not heading or not title or len(heading) > 80:
        return False
    bare = re.sub(r"\s*\([^)]*\)", "", heading).strip()  # "Telecommunicator (911 Call-Taker/Dispatcher)": an aside
    if title.lower() in {heading.lower(), bare.lower()} or heading in SECTION_LABELS.values():
        return False
    title_words = {w.lower() for w in _TITLE_WORD.findall(title)} - {"series", "class", "state"}
    return bool(title_words & {w.lower() for w in _TITLE_WORD.findall(heading)})


def names_other_level(sentence: Sentence, doc: object, levels: list[str]) -> bool:
    """Whether the sentence is labelled with, or opens on, a level not asked ("Office Assistant II: $19.75 …");
    one that mentions another level further on ("direction to Specialist I employees") is still about the asked one."""
    label = SUBJECT_LABEL.match(sentence.text)
    subject = label.group(1) if label is not None else sentence.text[:40]  # "ITSS II and III (grade 23 …) are not …"
    mentioned = level_mentions(subject, getattr(doc, "title", ""), getattr(doc, "levels", []))
    return bool(mentioned) and not set(mentioned) & set(levels)


def asked_class(plan: QueryPlan, sentences: list[Sentence], snap: Snapshot) -> str:
    """The class heading among ``sentences`` whose every word the question has (the class it asks about), or ""."""
    asked = set(tokens(plan.question))
    best = ""
    for owner in {owner for s in sentences for owner in owning_classes(s, snap)}:
        words = set(tokens(owner))
        if words and words <= asked and len(owner) > len(best):
            best = owner
    return best


def owning_class(sentence: Sentence, snap: Snapshot) -> str:
    """The class a series page's sentence is written under ("Carpenter Supervisor" for a sentence under
    "Carpenter Supervisor / Either I"), or "" when its heading names no class of the document."""
    owners = owning_classes(sentence, snap)
    return owners[-1] if owners else ""


def owning_classes(sentence: Sentence, snap: Snapshot) -> tuple[str, ...]:
    """Every class its heading names ("Senior … (Specialist) / Senior … (Supervisor) / Either I": both)."""
    doc = snap.documents.get(sentence.doc_id)
    if doc is None:
        return ()
    parts = (part.strip() for part in sentence.section.split(" / "))  # "Minimum Qualifications / Carpenter II / Either I"
    return tuple(part.lower() for part in parts if is_class_heading(part, doc.title or ""))


# a level's own heading's section that says what the level does: of no known type, or under "Level Distinctions"
_LEVEL_HEADED = ("other", "distinguishing")


def levels_own_passages(whole: list[Sentence], ranked: list[Sentence], snap: Snapshot, levels: list[str]) -> list[Sentence]:
    """The asked level's own passages among ``whole`` (an open question's section openings), else those under the
    level's own heading (of no known type, or its distinctions), in reading order."""
    own = [s for s in whole if is_levels_own(s, snap, levels)]
    return own or without_overlaps(sorted((s for s in ranked if (s.section_type == "other" or (
        s.section_type in _LEVEL_HEADED and owning_classes(s, snap))) and is_levels_own(s, snap, levels, True)),
        key=lambda s: (s.start, -s.end)))  # (a distinctions section counts only under the level's own heading)


def is_levels_own(sentence: Sentence, snap: Snapshot, levels: list[str], heading_only: bool = False) -> bool:
    """Whether the sentence is about one of ``levels``: by the class heading it is written under ("## Carpenter
    II"), else (unless ``heading_only``) by its chunk's level (a chunk can run from one level's heading into the
    next)."""
    doc = snap.documents.get(sentence.doc_id)
    title = getattr(doc, "title", "") or ""
    owners = " / ".join(part.strip() for part in sentence.section.split(" / ") if is_class_heading(part, title))
    named = level_mentions(owners, title, getattr(doc, "levels", [])) if owners else []
    if named:
        return bool(set(named) & set(levels))
    if sentence.level_line:  # under a plain line naming its level ("Environmental Health Specialist II")
        return sentence.level_line in levels
    opening = level_mentions(opening_of(sentence.text), title, getattr(doc, "levels", []))
    if opening:  # it opens on its level ("Custodian II: One (1) year of custodial experience …")
        return opening[0] in levels
    under = level_mentions(sentence.class_under, title, getattr(doc, "levels", [])) if sentence.class_under else []
    if under:  # under its class's heading further up ("PROGRAM ANALYST II (44712)" above "Minimum Qualifications")
        return bool(set(under) & set(levels))
    return not heading_only and sentence.chunk_level in levels
