"""Answer series and listing questions from fact cards: one table row per level, or per class of a scope.

A series table lists the levels of one class series in order (grade and pay
unless other fields are asked); a listing table shows the asked fields of each
class in a scope ("the grade of each Wrenfield position"). Every cell is cited.

Example:
    >>> series_answer(snap, levels, ["grade"]).text.splitlines()[0]
    'Levels of the IT Systems Specialist series (Montgomery County Public Schools), in order:'
"""

from __future__ import annotations

import re

from assistant.answering.answer import Answer
from assistant.search.snapshot import Snapshot
from assistant.facts.rendering.card_writer import MAX_LIST_ROWS, Writer
from assistant.facts.rendering.doc_cards import employer_suffix
from assistant.facts.fields import FIELD_LABELS, pay_keys
from assistant.facts.model import FactCard
from assistant.facts.routing.scope import Scope


# --- series -----------------------------------------------------------------------------------------------------------

def series_answer(snap: Snapshot, units: list[FactCard], fields_wanted: list[str], standalone: str = "",
                  question: str = "") -> Answer | None:
    """Levels in order, one table row each, with the asked fields (grade and pay by default), every cell cited."""
    if len(units) < 2:
        return None
    writer = Writer(snap, question)
    columns = [f for f in fields_wanted if f in FIELD_LABELS] or ["grade", "pay"]
    note = ""
    if "pay" in columns and "grade" not in columns and not any(pay_keys(card) for card in units) \
            and any(card.grade for card in units):
        columns = ["grade" if c == "pay" else c for c in columns]  # a series paid by grade states no dollars
        note = " no dollar amounts were found for these levels; their grades:"
    table: list[list[str]] = []
    for card in units:
        table.append([writer.value(card, name) for name in columns])
    keep = [i for i in range(len(columns)) if any(row[i] for row in table)]
    if not keep:
        return None
    first = units[0]
    name = first.series or re.sub(r"\s+\S+$", "", first.label)
    lines = [f"Levels of the {name} series{employer_suffix(first)}, in order{';' + note if note else ':'}", ""]
    lines.append("| Level | " + " | ".join(FIELD_LABELS[columns[i]] for i in keep) + " |")
    lines.append("|" + "---|" * (len(keep) + 1))
    for card, row in zip(units, table):
        lines.append(f"| {card.label} | " + " | ".join(row[i] or "not stated" for i in keep) + " |")
    return writer.finish("\n".join(lines), list(dict.fromkeys(c.doc_id for c in units)), standalone)


def table_answer(snap: Snapshot, units: list[FactCard], fields_wanted: list[str], scope: Scope,
                 standalone: str = "", question: str = "") -> Answer | None:
    """One row per class (or level) of the scope with the asked fields, every cell cited."""
    if len(units) < 2 or not fields_wanted:
        return None
    units = units[:MAX_LIST_ROWS]
    writer = Writer(snap, question)
    rows = [[writer.value(card, name) for name in fields_wanted] for card in units]
    keep = [i for i in range(len(fields_wanted)) if any(row[i] for row in rows)]
    if not keep:
        return None
    stated = [(card, row) for card, row in zip(units, rows) if any(row[i] for i in keep)]
    if len(stated) < 2:
        return None
    one_employer = len({card.employer for card, _ in stated}) == 1
    family = " ".join(w.upper() if len(w) <= 3 else w for w in scope.family)
    at = f" at {' and '.join(scope.employers)}" if scope.employers else ""
    lines = [f"{', '.join(FIELD_LABELS[fields_wanted[i]] for i in keep)} of each {family + ' ' if family else ''}class{at}:", ""]
    lines.append("| Class | " + " | ".join(FIELD_LABELS[fields_wanted[i]] for i in keep) + " |")
    lines.append("|" + "---|" * (len(keep) + 1))
    for card, row in stated:
        label = card.label + ("" if one_employer else employer_suffix(card))
        lines.append(f"| {label} | " + " | ".join(row[i] or "not stated" for i in keep) + " |")
    return writer.finish("\n".join(lines), list(dict.fromkeys(c.doc_id for c, _ in stated)), standalone)
