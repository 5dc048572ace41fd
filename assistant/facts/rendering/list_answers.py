"""Answer list and ranking questions from fact cards: the classes that meet a condition, or rank first.

A list names each matching class with the cited value that shows it; inside a
narrowed scope it also says which classes state otherwise or say nothing. A
ranking names the class (or classes, on a tie) with the highest or lowest value.

Example:
    >>> answer = list_answer(snap, docs, [criterion], scope)
    >>> answer.text.splitlines()[1]
    '- **Bus Operator** (City of Harlow Springs): Class B commercial driver\\'s license ... [1]'
"""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answering.answer import Answer
from assistant.search.snapshot import Snapshot
from assistant.facts.rendering.card_writer import MAX_LIST_ROWS, Writer
from assistant.facts.routing.criterion import Criterion
from assistant.facts.rendering.doc_cards import DocCards, Unit, employer_suffix, matching_units, same_spans, unit_label, whole
from assistant.facts.fields import FIELD_LABELS, Superlative, pay_keys
from assistant.facts.model import FactCard
from assistant.facts.routing.number_words import say_number
from assistant.facts.routing.scope import Scope
from assistant.facts.extraction.quals import requirement_naming


# --- list answers -----------------------------------------------------------------------------------------------

def list_answer(snap: Snapshot, docs: list[DocCards], criteria: list[Criterion], scope: Scope, standalone: str = "",
                question: str = "") -> Answer | None:
    """Classes that meet every condition, each with the cited value that shows it; None when none does."""
    if not docs or not criteria:
        return None

    def test(card: FactCard):
        verdicts = [c.test(card) for c in criteria]
        if all(v is True for v in verdicts):
            return True
        if any(v is False for v in verdicts):
            return False
        return None

    def keys_of(card: FactCard) -> list[str]:
        return [k for c in criteria for k in c.keys(card)]

    matched: list[Unit] = []
    opposite: list[Unit] = []
    silent: list[Unit] = []
    for doc in docs:
        yes, no, unknown = matching_units(doc, test, keys_of)
        matched += yes
        opposite += no
        silent += unknown
    # a credential the cards hold for no level of a document, which one of its sentences names as required (the
    # extraction missed "BLS Provider (CPR) card"): listed from that sentence
    from_text: list[tuple[Unit, tuple[int, int]]] = []
    named = criteria[0].named if len(criteria) == 1 and matched else None
    if named is not None:
        listed = {u.doc_id for u in matched + opposite}
        for unit in silent:
            if unit.doc_id in listed:
                continue
            listed.add(unit.doc_id)
            span = requirement_naming(snap.doc_text(unit.doc_id), named)
            if span is not None:
                from_text.append((Unit(replace(unit.card, level=""), doc_label_of(snap, unit), unit.doc_id), span))
        read = {unit.doc_id for unit, _ in from_text}
        silent = [u for u in silent if u.doc_id not in read]
    restricted = scope.restricted or bool(scope.named) or bool(
        re.search(r"^\s*(?:do|does|are|is|must)\s+(?:all|every|each)\b", question, re.I))
    explicit = all(c.explicit_opposite for c in criteria)
    if not matched and not (restricted and explicit and opposite and not silent and len(opposite) <= 12):
        return None
    writer = Writer(snap, question)
    where = scope.describe()
    what = " and ".join(c.describe for c in criteria)
    subject = scope.subject or (f"{where} classes" if scope.family and not scope.employers
                                else "Classes" + (f" {where}" if where else ""))
    if not matched:
        lines = [f"None of the {subject[0].lower() + subject[1:]} {what}. What each states:"]
        if scope.subject.startswith("Of the"):
            lines = [f"None of the classes named {what}. What each states:"]
        for unit in opposite:
            values = "; ".join(v for v in (_criterion_value(writer, unit.card, c) for c in criteria) if v)
            lines.append(f"- **{unit.label}**{employer_suffix(unit.card)}: {values}")
        return writer.finish("\n".join(lines), [u.doc_id for u in opposite], standalone)
    head = f"{subject[0].upper() + subject[1:]} that {what}:"
    if re.search(r"\bhow many\b", question, re.I):
        total = len(matched) + len(from_text)
        count = say_number(total)
        if count:
            head = f"{count[0].upper() + count[1:]} {'class' if total == 1 else 'classes'}" \
                   f"{' ' + where if where and not scope.subject else ''} {_agree(what, total)}:"
    if re.search(r"^\s*(?:do|does|are|is|must)\s+(?:all|every|each)\b", question, re.I):
        head = ("No: not every class states this. " if (opposite or silent) else "Yes. ") + head
    lines = [head]
    for unit in matched[:MAX_LIST_ROWS]:
        values = "; ".join(v for v in (_criterion_value(writer, unit.card, c) for c in criteria) if v)
        lines.append(f"- **{unit.label}**{employer_suffix(unit.card)}: {values}")
    for unit, (start, end) in from_text[:max(0, MAX_LIST_ROWS - len(matched))]:
        lines.append(f"- **{unit.label}**{employer_suffix(unit.card)}: {writer.passage(unit.doc_id, start, end)}")
    matched = matched + [unit for unit, _ in from_text]
    if len(matched) > MAX_LIST_ROWS:
        lines.append("- … and more; ask about one employer or job family to narrow the list.")
    limit = 12 if re.search(r"^\s*(?:do|does|are|is|must)\s+(?:all|every|each)\b", question, re.I) else 6
    if restricted and opposite and explicit and len(opposite) <= limit:
        lines.append("")
        lines.append("The others state otherwise:")
        for unit in opposite:
            values = "; ".join(v for v in (_criterion_value(writer, unit.card, c) for c in criteria) if v)
            lines.append(f"- {unit.label}{employer_suffix(unit.card)}: {values}" if values else f"- {unit.label}{employer_suffix(unit.card)}")
    elif restricted and opposite and len(opposite) <= limit:
        names = "; ".join(f"{u.label}{employer_suffix(u.card)}" for u in opposite)
        lines.append("")
        lines.append(f"The others state otherwise: {names}.")
    if restricted and silent and len(silent) <= limit:
        names = "; ".join(f"{u.label}{employer_suffix(u.card)}" for u in silent)
        nouns = {"lift": "lifting", "pay": "pay", "overtime": "overtime status"}
        field_names = " or ".join(dict.fromkeys(nouns.get(c.field, c.field) for c in criteria))
        lines.append("")
        lines.append(f"No matching {field_names} statement was found for: {names}.")
    elif not restricted and any(c.field == "pay" for c in criteria):
        no_pay = [u for u in silent if not pay_keys(u.card)]
        if no_pay and len(no_pay) <= 6:
            names = "; ".join(f"{u.label}{employer_suffix(u.card)}" for u in no_pay)
            lines.append("")
            lines.append(f"No dollar pay is stated for: {names}.")
    retrieved = [u.doc_id for u in matched] + [u.doc_id for u in opposite]
    return writer.finish("\n".join(lines), retrieved, standalone)


def doc_label_of(snap: Snapshot, unit: Unit) -> str:
    """A document's own title for a list line (a level unit of it stands for the whole document)."""
    record = snap.documents.get(unit.doc_id)
    return record.title if record is not None and record.title else unit.label


def _agree(phrase: str, count: int) -> str:
    """'require a license' for several classes, 'requires a license' for one."""
    if count != 1:
        return phrase
    first, _, rest = phrase.partition(" ")
    singular = {"are": "is", "have": "has", "require": "requires", "prefer": "prefers", "start": "starts",
                "top": "tops"}.get(first, first)
    return f"{singular} {rest}".strip()


def _criterion_value(writer: Writer, card: FactCard, criterion: Criterion) -> str:
    keys = criterion.keys(card)
    if not keys:
        return ""
    if criterion.field in ("license", "certification"):
        return "; ".join(writer.item(card, key.split("[")[0], key) for key in keys)
    if criterion.field == "pay":
        return writer.pay(card)
    return writer.value(card, criterion.field)


# --- rankings ---------------------------------------------------------------------------------------------------

MAX_OTHERS_SHOWN = 4  # a comparison of named classes shows the others' figures; beyond this many, only the winner


def _words_of(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def superlative_answer(snap: Snapshot, docs: list[DocCards], sup: Superlative, scope: Scope, standalone: str = "",
                       question: str = "") -> Answer | None:
    """The class (or classes, on a tie) with the highest or lowest value of one field."""
    candidates: list[tuple[float, Unit]] = []
    missing: list[Unit] = []
    for doc in docs:
        cards = doc.levels or [doc.doc]
        values = [(sup.value(card), card) for card in cards]
        known = [(v, c) for v, c in values if v is not None]
        if not known:
            missing.append(Unit(doc.doc, doc.doc.label, doc.doc_id))
            continue
        if len(cards) > 1 and len(known) == len(cards) and len({v for v, _ in known}) == 1 and same_spans(cards, sup.keys):
            candidates.append((known[0][0], Unit(whole(known[0][1]), unit_label(doc.doc, whole_series=True), doc.doc_id)))
            continue
        for value, card in known:
            candidates.append((value, Unit(card, card.label, doc.doc_id)))
    if len(candidates) < 2:
        return None
    if sup.field == "grade" and len({u.card.employer for _, u in candidates}) > 1:
        return None  # grade numbers of different employers are different scales
    best = max(v for v, _ in candidates) if sup.highest else min(v for v, _ in candidates)
    winners = [u for v, u in candidates if v == best]
    writer = Writer(snap, question)
    family = " ".join(w.upper() if len(w) <= 3 else w for w in scope.family)
    at = f" at {' and '.join(scope.employers)}" if scope.employers else ""
    among = f" among the {family + ' ' if family else ''}classes{at}" if (family or at) else ""
    titles = {
        ("pay", True): "Highest pay", ("pay", False): "Lowest pay",
        ("experience", True): "Most experience required", ("experience", False): "Least experience required",
        ("lift", True): "Heaviest lifting required", ("lift", False): "Lightest lifting required",
        ("education", True): "Most education required", ("education", False): "Least education required",
        ("grade", True): "Highest grade", ("grade", False): "Lowest grade",
    }
    title = titles[(sup.field, sup.highest)]
    if sup.field == "pay":
        title += " (compared on the " + ("top" if sup.bound == "max" else "start") + " of each pay range)"
    lines = [f"{title}{among}:"]
    for unit in winners:
        lines.append(f"- **{unit.label}**{employer_suffix(unit.card)}: {writer.value(unit.card, sup.field)}")
    others = sorted(((v, u) for v, u in candidates if v != best), key=lambda vu: -vu[0] if sup.highest else vu[0])
    # (of a series, the level the question writes out: "a Stormwater Compliance Inspector II at …", not level I too)
    others = [(v, u) for v, u in others if _words_of(u.label) in _words_of(question)] or others
    if scope.named and len(others) <= MAX_OTHERS_SHOWN:
        # "Who has the higher top pay: A or B?": the classes named are compared, so the others' figures are shown too
        lines.append("")
        lines.append("Compared with:")
        lines.extend(f"- **{u.label}**{employer_suffix(u.card)}: {writer.value(u.card, sup.field)}" for _, u in others)
    if missing and len(missing) <= 6:
        names = "; ".join(f"{u.label}{employer_suffix(u.card)}" for u in missing)
        what = "no dollar pay" if sup.field == "pay" else f"no {FIELD_LABELS.get(sup.field, sup.field).lower()}"
        lines.append("")
        lines.append(f"Not ranked ({what} stated): {names}.")
    return writer.finish("\n".join(lines), [u.doc_id for u in winners], standalone)
