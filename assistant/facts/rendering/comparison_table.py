"""Answer comparison questions from fact cards: a table of the asked fields, one column per class or level.

Every cell is cited. When the question asks which is more or less (pays more,
requires more experience) and the cards give one comparable number each, a
verdict sentence follows the table.

Example:
    >>> comparison_answer(snap, [Subject(a), Subject(b)], ["pay"], "Which pays more?").text.splitlines()[0]
    '| Field | Accountant (Town of Alder Creek) | Office Assistant (Pinecrest Water District) |'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answering.answer import Answer
from assistant.domain.pay import states_pay_figures
from assistant.search.snapshot import Snapshot
from assistant.facts.rendering.card_writer import UNIT_WORDS, Writer, money
from assistant.facts.rendering.doc_cards import DocCards, employer_suffix, whole
from assistant.facts.fields import FIELD_LABELS, field_keys
from assistant.facts.model import EDUCATION_LEVELS, FactCard


# --- comparisons --------------------------------------------------------------------------------------------------

@dataclass
class Subject:
    """One column of a comparison: a document, or one level of it."""

    doc: DocCards
    level: str = ""

    @property
    def card(self) -> FactCard:
        if self.level:
            return next((c for c in self.doc.levels if c.level == self.level), self.doc.doc)
        return self.doc.doc

    @property
    def header(self) -> str:
        card = self.card
        return f"{card.label}{employer_suffix(card)}"


def subject_value(writer: Writer, subject: Subject, name: str) -> str:
    """Cited cell text; a whole series document shows each level's value where levels differ."""
    if subject.level or not subject.doc.levels:
        return writer.value(subject.card, name)
    levels = subject.doc.levels
    stated = [c for c in levels if field_keys(c, name)]
    if not stated:
        return writer.value(subject.doc.doc, name) if name != "pay" else ""
    groups: list[tuple[tuple, list[FactCard]]] = []
    for card in stated:
        key = tuple(card.spans.get(k) for k in field_keys(card, name))
        for existing, members in groups:
            if existing == key:
                members.append(card)
                break
        else:
            groups.append((key, [card]))
    if len(groups) == 1 and len(stated) == len(levels):
        return writer.value(whole(stated[0]), name)
    parts = []
    for _, members in groups:
        names = ", ".join(c.level for c in members)
        parts.append(f"{names}: {writer.value(members[0], name)}")
    return "; ".join(parts)


def subject_number(subject: Subject, name: str, bound: str = "max") -> float | None:
    """One comparable number for a subject (None when it has none, or its levels differ)."""
    cards = [subject.card] if (subject.level or not subject.doc.levels) else subject.doc.levels
    values = set()
    for card in cards:
        if name == "pay":
            value = card.annual_max if bound == "max" else card.annual_min
        elif name == "experience":
            value = card.experience_months
        elif name == "lift":
            value = card.max_lift_lbs
        elif name == "education":
            value = EDUCATION_LEVELS.index(card.education_level) if card.education_level in EDUCATION_LEVELS else None
        else:
            value = None
        if value is None:
            return None
        values.add(value)
    return values.pop() if len(values) == 1 else None


_MORE = re.compile(r"\b(?:more|higher|longer|most|highest|greater|bigger|better|heavier|larger)\b", re.I)
_LESS = re.compile(r"\b(?:less|lower|fewer|least|lowest|shorter|smaller|lighter)\b", re.I)


def comparison_answer(snap: Snapshot, subjects: list[Subject], fields_wanted: list[str], question: str,
                      standalone: str = "", asked: bool = True) -> Answer | None:
    """A Markdown table | Field | A | B |, every cell cited; None when the cards lack the fields asked.

    ``asked``: the question named the fields, so every cell must be filled (a card that lacks one may only
    mean the extractor missed it: retrieval reads the text). Otherwise (a plain "compare A and B") rows the
    cards fill for some classes are shown, with "not stated" where a card has nothing.
    """
    if len(subjects) < 2 or not fields_wanted:
        return None
    writer = Writer(snap, question)
    rows: list[tuple[str, list[str]]] = []
    for name in fields_wanted:
        cells = [subject_value(writer, s, name) for s in subjects]
        if name == "pay":
            for i, s in enumerate(subjects):
                if not cells[i]:
                    grade = subject_value(writer, s, "grade")
                    # (a document whose step table or sidebar states the dollars the card missed: retrieval reads them)
                    stated = asked and states_pay_figures(snap.doc_text(s.doc.doc_id))
                    cells[i] = f"No dollar amounts stated; {grade}" if grade and "grade" not in fields_wanted and not stated else ""
        rows.append((name, cells))
    if asked and any(not cell for _, cells in rows for cell in cells):
        return None  # a field the question asks for is missing from a card: let retrieval answer
    same = [bool(cells[0]) and len(set(cells)) == 1 for _, cells in rows]
    if len({s.doc.doc_id for s in subjects}) == 1 and (any(same) if asked else all(same)):
        # two levels of one series document given the same value for what was asked: the document's card, not
        # each level's (Operator II and III "Grade T1" both); retrieval reads each level's own passage
        return None
    explicit = [r for r in rows if any(r[1])]
    if not explicit:
        return None
    for i in range(len(subjects)):
        if not any(cells[i] for _, cells in explicit):
            return None  # the cards say nothing asked about this class
    header = "| Field | " + " | ".join(s.header for s in subjects) + " |"
    lines = [header, "|" + "---|" * (len(subjects) + 1)]
    for name, cells in explicit:
        lines.append(f"| {FIELD_LABELS[name]} | " + " | ".join(c or "not stated" for c in cells) + " |")
    verdict = _verdict(writer, subjects, fields_wanted, question)
    text = "\n".join(lines)
    if verdict:
        text += "\n\n" + verdict
    return writer.finish(text, [s.doc.doc_id for s in subjects], standalone)


def asks_which_more(question: str) -> bool:
    """True when ``question`` asks which is more, or which is less ("which pays more?"): a verdict answers it."""
    return bool(_MORE.search(question)) != bool(_LESS.search(question))


def _verdict(writer: Writer, subjects: list[Subject], fields_wanted: list[str], question: str) -> str:
    if not asks_which_more(question):
        return ""
    more = _MORE.search(question)
    name = next((f for f in fields_wanted if f in ("pay", "experience", "lift", "education")), None)
    if name is None:
        return ""
    bound = "min" if re.search(r"\bstart\w*|\bentry\b|\bbottom\b|\bminimum\b", question, re.I) else "max"
    values = [subject_number(s, name, bound) for s in subjects]
    if any(v is None for v in values) or len(set(values)) == 1:
        return ""
    pick = max(values) if more else min(values)
    winners = [s for s, v in zip(subjects, values) if v == pick]
    if len(winners) != 1:
        return ""
    winner = winners[0]
    phrases = {
        ("pay", "max"): ("pays more at the top of its range", "pays less at the top of its range"),
        ("pay", "min"): ("starts at higher pay", "starts at lower pay"),
        ("experience", "max"): ("requires more experience", "requires less experience"),
        ("lift", "max"): ("requires lifting more weight", "requires lifting less weight"),
        ("education", "max"): ("requires more education", "requires less education"),
    }
    phrase = phrases[(name, bound if name == "pay" else "max")][0 if more else 1]
    sentence = f"**{winner.header}** {phrase}"
    if name == "pay":
        figures = []
        for unit in ("annual", "hourly", "monthly"):
            keys = [Writer.stated_key(s.card, unit, bound) for s in subjects]
            if all(keys) and all(not s.doc.levels or s.level for s in subjects):
                word = "up to" if bound == "max" else "from"
                pairs = sorted(zip(subjects, keys), key=lambda pair: pair[0] is not winner)
                figures = [f"{word} {money(getattr(s.card, k))} {UNIT_WORDS[unit]} {writer.cite(s.card, k)}"
                           for s, k in pairs]
                break
        if figures:
            sentence += ": " + " against ".join(figures)
    return sentence + "."
