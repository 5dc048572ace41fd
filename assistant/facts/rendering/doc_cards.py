"""Group fact cards by document, and name what a list or ranking shows: a document, or levels of a series.

A document has one whole-document card and, for a class series, one card per
level. A list shows the whole series as one row when every level states the
same (cited once, without a level), else one row per level.

Example:
    >>> groups = group_cards(store.all_cards(), snap)
    >>> [c.level for c in groups["mcps-itss"].levels]
    ['I', 'II', 'III']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.search.snapshot import Snapshot
from assistant.facts.model import FactCard


LEVEL_ORDER = ["Trainee", "Intern", "Apprentice", "Junior", "I", "II", "III", "IV", "V", "Senior", "Lead", "Principal",
               "Supervising", "Chief"]


# --- documents as cards ---------------------------------------------------------------------------------------

@dataclass
class DocCards:
    """The whole-document card of one document and its level cards (in the document's order)."""

    doc: FactCard
    levels: list[FactCard] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.doc.doc_id


def group_cards(cards: list[FactCard], snap: Snapshot) -> dict[str, DocCards]:
    """Cards of the documents the snapshot serves, by doc id (documents without a whole-document card are skipped)."""
    grouped: dict[str, DocCards] = {}
    for card in cards:
        if card.doc_id not in snap.documents:
            continue
        if not card.level:
            grouped[card.doc_id] = DocCards(card)
    for card in cards:
        if card.level and card.doc_id in grouped:
            grouped[card.doc_id].levels.append(card)
    return grouped


_last_grouping: list[tuple[int, str, list[FactCard], dict[str, DocCards]]] = []


def grouped_cards(cards: list[FactCard], snap: Snapshot) -> dict[str, DocCards]:
    """:func:`group_cards`, reused while the loaded cards and the snapshot stay the same (handlers only read
    it; regrouping 20,000 cards took ~20 ms a question at 10,000 documents)."""
    last = _last_grouping[0] if _last_grouping else None
    if last is not None and last[0] == id(cards) and last[1] == snap.generation and last[2] is cards:
        return last[3]
    groups = group_cards(cards, snap)
    _last_grouping[:] = [(id(cards), snap.generation, cards, groups)]
    return groups


def level_rank(level: str) -> tuple[int, str]:
    return (LEVEL_ORDER.index(level) if level in LEVEL_ORDER else len(LEVEL_ORDER), level)


def unit_label(card: FactCard, whole_series: bool = False) -> str:
    if whole_series and not re.search(r"\b[IVX]+(?:/[IVX]+)+$", card.title):
        return f"{card.title} (all levels)"
    return card.label


def employer_suffix(card: FactCard) -> str:
    return f" ({card.employer})" if card.employer else ""


def same_spans(cards: list[FactCard], keys_of) -> bool:
    spans = {tuple(card.spans.get(k) for k in keys_of(card)) for card in cards}
    return len(spans) == 1


def whole(card: FactCard) -> FactCard:
    """A level card standing for its whole series (every level states the same): cited without a level."""
    return replace(card, level="") if card.level else card


# --- units: what a list or ranking names (a document, or the levels of a series) -----------------------------

@dataclass
class Unit:
    card: FactCard  # the card whose spans are cited
    label: str
    doc_id: str


def matching_units(doc: DocCards, test, keys_of) -> tuple[list[Unit], list[Unit], list[Unit]]:
    """(units that match, units that state otherwise, units that do not say) for one document."""
    if not doc.levels:
        verdict = test(doc.doc)
        unit = Unit(doc.doc, doc.doc.label, doc.doc_id)
        return ([unit], [], []) if verdict else ([], [unit], []) if verdict is False else ([], [], [unit])
    verdicts = [(card, test(card)) for card in doc.levels]
    yes = [c for c, v in verdicts if v]
    no = [c for c, v in verdicts if v is False]
    unknown = [c for c, v in verdicts if v is None]

    def units(cards: list[FactCard]) -> list[Unit]:
        if len(cards) == len(doc.levels) and len(cards) > 1 and same_spans(cards, keys_of):
            return [Unit(whole(cards[0]), unit_label(doc.doc, whole_series=True), doc.doc_id)]
        return [Unit(card, card.label, doc.doc_id) for card in cards]

    return units(yes), units(no), units(unknown)
