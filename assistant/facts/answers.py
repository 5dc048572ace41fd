"""Build corpus-wide answers from fact cards: lists, rankings, comparison tables and series tables.

Every figure, value and row an answer prints comes from a card field and cites
that field's span (``card.spans[key]``), so the quote of each citation is the
exact document text that states it. Pay is printed only in the units the
document states (never the card's computed hourly/annual conversions); any
fragment whose figures its quotes do not carry is replaced by the quote itself.

Example:
    >>> answer = list_answer(snap, cards, [criterion], scope)
    >>> answer.text.splitlines()[1]
    '- **Bus Operator** (City of Harlow Springs): Class B commercial driver\\'s license ... [1]'
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field, replace

from ..answer import Answer
from ..citations import CitationBuilder
from ..snapshot import Snapshot
from ..verify import unsupported_numbers
from .filters import FIELD_LABELS, Criterion, Scope, Superlative, field_keys, pay_keys, say_number
from .model import FactCard

MAX_QUOTE = 150
MAX_LIST_ROWS = 40
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


def level_rank(level: str) -> tuple[int, str]:
    return (LEVEL_ORDER.index(level) if level in LEVEL_ORDER else len(LEVEL_ORDER), level)


# --- text of values ---------------------------------------------------------------------------------------------

def clean_quote(text: str, limit: int = MAX_QUOTE) -> str:
    """A quote fit for one line or table cell: one line, no Markdown bold, no pipes, at most ``limit`` characters."""
    text = " ".join(text.replace("**", "").replace("|", "/").split()).strip(" -•*#:;,")
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"
    return text


def money(value: float) -> str:
    return f"${value:,.2f}"


_UNIT_WORDS = {"hourly": "an hour", "monthly": "a month", "annual": "a year", "biweekly": "every two weeks"}


def unit_asked(question: str) -> str:
    """The pay unit a question names ('hourly', 'monthly', 'annual', 'biweekly') or ''."""
    for unit, pattern in (("biweekly", r"bi-?weekly|every two weeks|per pay period"),
                          ("hourly", r"hourly|per hour|an hour|/\s*hr\b"),
                          ("monthly", r"monthly|per month|a month"),
                          ("annual", r"annual\w*|yearly|per year|a year|per annum")):
        if re.search(r"\b(?:%s)" % pattern, question, re.I):
            return unit
    return ""


def _figures(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return money(low) if abs(low - high) < 0.005 else f"{money(low)}–{money(high)}"
    if high is not None:
        return f"up to {money(high)}"
    return f"from {money(low)}" if low is not None else ""


_CHUNK_MAP: dict[str, object] = {}
_CHUNK_LOCK = threading.Lock()


def _chunk_map(snap: Snapshot) -> dict[str, list[tuple[int, int, str, str]]]:
    """doc id -> (start, end, section, level) of its chunks; built once per snapshot."""
    with _CHUNK_LOCK:
        if _CHUNK_MAP.get("snapshot") is not snap:
            found: dict[str, list[tuple[int, int, str, str]]] = {}
            for chunk in snap.chunks:
                found.setdefault(chunk.doc_id, []).append((chunk.start, chunk.end, chunk.section, chunk.level))
            _CHUNK_MAP.update(snapshot=snap, map=found)
        return _CHUNK_MAP["map"]  # type: ignore[return-value]


class Writer:
    """Cites card spans and renders field values as cited text fragments."""

    def __init__(self, snap: Snapshot, question: str = "") -> None:
        self.snap = snap
        self.unit_asked = unit_asked(question)
        self.builder = CitationBuilder(snap)
        self.cited_docs: list[str] = []
        self._chunks: dict[str, list[tuple[int, int, str, str]]] = {}

    def _section(self, doc_id: str, start: int) -> tuple[str, str]:
        if not self._chunks:
            self._chunks = _chunk_map(self.snap)
        best = ("", "")
        for chunk_start, chunk_end, section, level in self._chunks.get(doc_id, []):
            if chunk_start <= start < chunk_end:
                return section, level
            if chunk_start <= start:
                best = (section, level)
        return best

    def cite(self, card: FactCard, key: str) -> str:
        start, end = card.spans[key]
        section, _ = self._section(card.doc_id, start)
        number = self.builder.cite(card.doc_id, start, end, section, card.level)
        if card.doc_id not in self.cited_docs:
            self.cited_docs.append(card.doc_id)
        return f"[{number}]"

    def quote(self, card: FactCard, key: str) -> str:
        return card.quote(key, self.snap.documents[card.doc_id].text) or ""

    def safe(self, card: FactCard, display: str, keys: list[str]) -> str:
        """``display`` followed by its citations, or the quotes themselves if a figure is not in them."""
        keys = list(dict.fromkeys(k for k in keys if k in card.spans))
        if not keys:
            return ""
        quotes = {i: self.quote(card, key) for i, key in enumerate(keys, start=1)}
        if unsupported_numbers(display + " " + "".join(f"[{i}]" for i in quotes), quotes):
            display = "; ".join(dict.fromkeys(clean_quote(q) for q in quotes.values()))
        return display + " " + "".join(dict.fromkeys(self.cite(card, key) for key in keys))

    # --- one field of one card
    def value(self, card: FactCard, name: str, limit: int = MAX_QUOTE) -> str:
        """The cited text of field ``name`` on ``card`` ('' when the card does not state it)."""
        if name == "pay":
            return self.pay(card)
        keys = field_keys(card, name)
        if not keys:
            return ""
        if name in ("license", "certification"):
            lists = "licenses_required" if name == "license" else "certifications_required"
            return "; ".join(self.item(card, lists, key) for key in keys)
        if name == "grade":
            return self.safe(card, f"Grade {card.grade}", keys)
        if name == "code":
            return self.safe(card, str(card.class_code), keys)
        if name == "overtime":
            phrase = {"exempt": "Exempt (not eligible for overtime)", "non-exempt": "Non-exempt (eligible for overtime)"}
            if card.overtime in phrase:
                return self.safe(card, phrase[card.overtime], keys)
            return self.safe(card, clean_quote(self.quote(card, keys[0]), limit), keys)
        return self.safe(card, clean_quote(self.quote(card, keys[0]), limit), keys)

    def item(self, card: FactCard, list_name: str, key: str) -> str:
        index = int(key[key.index("[") + 1:-1])
        value = getattr(card, list_name.split("[")[0])[index]
        return self.safe(card, clean_quote(value), [key])

    def pay(self, card: FactCard) -> str:
        """Stated pay: the range in its stated unit, then other stated units; computed figures never appear."""
        parts: list[str] = []
        keys = pay_keys(card)
        if not keys:
            return ""
        shown: set[str] = set()
        if "salary_min" in keys or "salary_max" in keys:
            shown.add(card.salary_unit or "")
            unit = _UNIT_WORDS.get(card.salary_unit or "", "")
            figures = _figures(card.salary_min, card.salary_max)
            key = "salary_min" if "salary_min" in keys else "salary_max"
            parts.append(self.safe(card, f"{figures} {unit}".strip(), [key]))
        for prefix in ("annual", "hourly"):
            if card.salary_unit == prefix:
                continue
            key = next((k for k in keys if k.startswith(prefix)), None)
            if key is None:
                continue
            figures = _figures(getattr(card, f"{prefix}_min"), getattr(card, f"{prefix}_max"))
            parts.append(self.safe(card, f"{figures} {_UNIT_WORDS[prefix]}", [key]))
            shown.add(prefix)
        if self.unit_asked and self.unit_asked not in shown and "salary_text" in card.spans:
            # the question asks for a unit the card holds no figures for: show the whole pay statement instead
            return self.safe(card, clean_quote(self.quote(card, "salary_text"), 240), ["salary_text"])
        return "; ".join(p for p in dict.fromkeys(parts) if p)

    @staticmethod
    def stated_key(card: FactCard, unit: str, bound: str) -> str | None:
        if card.salary_unit == unit and getattr(card, f"salary_{bound}") is not None and f"salary_{bound}" in card.spans \
                and f"salary_{bound}" not in card.computed:
            return f"salary_{bound}"
        if unit in ("annual", "hourly"):
            key = f"{unit}_{bound}"
            if getattr(card, key) is not None and key in card.spans and key not in card.computed and key not in card.aggregated:
                return key
        return None

    def finish(self, text: str, retrieved: list[str], standalone: str = "") -> Answer:
        text, citations = self.builder.finalize(text)
        order = list(dict.fromkeys(retrieved + [c.doc_id for c in citations]))
        return Answer(text=text, answered=True, citations=citations, retrieved=order, standalone_query=standalone,
                      route="facts")


# --- labels -------------------------------------------------------------------------------------------------------

def unit_label(card: FactCard, whole_series: bool = False) -> str:
    if whole_series and not re.search(r"\b[IVX]+(?:/[IVX]+)+$", card.title):
        return f"{card.title} (all levels)"
    return card.label


def employer_suffix(card: FactCard) -> str:
    return f" ({card.employer})" if card.employer else ""


def _same_spans(cards: list[FactCard], keys_of) -> bool:
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
        if len(cards) == len(doc.levels) and len(cards) > 1 and _same_spans(cards, keys_of):
            return [Unit(whole(cards[0]), unit_label(doc.doc, whole_series=True), doc.doc_id)]
        return [Unit(card, card.label, doc.doc_id) for card in cards]

    return units(yes), units(no), units(unknown)


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
        count = say_number(len(matched))
        if count:
            head = f"{count[0].upper() + count[1:]} {'class' if len(matched) == 1 else 'classes'}" \
                   f"{' ' + where if where and not scope.subject else ''} {_agree(what, len(matched))}:"
    if re.search(r"^\s*(?:do|does|are|is|must)\s+(?:all|every|each)\b", question, re.I):
        head = ("No: not every class states this. " if (opposite or silent) else "Yes. ") + head
    lines = [head]
    for unit in matched[:MAX_LIST_ROWS]:
        values = "; ".join(v for v in (_criterion_value(writer, unit.card, c) for c in criteria) if v)
        lines.append(f"- **{unit.label}**{employer_suffix(unit.card)}: {values}")
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
        if len(cards) > 1 and len(known) == len(cards) and len({v for v, _ in known}) == 1 and _same_spans(cards, sup.keys):
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
    if missing and len(missing) <= 6:
        names = "; ".join(f"{u.label}{employer_suffix(u.card)}" for u in missing)
        what = "no dollar pay" if sup.field == "pay" else f"no {FIELD_LABELS.get(sup.field, sup.field).lower()}"
        lines.append("")
        lines.append(f"Not ranked ({what} stated): {names}.")
    return writer.finish("\n".join(lines), [u.doc_id for u in winners], standalone)


def _names(units: list[Unit]) -> str:
    names = [f"**{u.label}**{employer_suffix(u.card)}" for u in units]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


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
            from .model import EDUCATION_LEVELS

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
                    cells[i] = f"No dollar amounts stated; {grade}" if grade and "grade" not in fields_wanted else ""
        rows.append((name, cells))
    if asked and any(not cell for _, cells in rows for cell in cells):
        return None  # a field the question asks for is missing from a card: let retrieval answer
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


def _verdict(writer: Writer, subjects: list[Subject], fields_wanted: list[str], question: str) -> str:
    more, less = _MORE.search(question), _LESS.search(question)
    if bool(more) == bool(less):
        return ""
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
                figures = [f"{word} {money(getattr(s.card, k))} {_UNIT_WORDS[unit]} {writer.cite(s.card, k)}"
                           for s, k in pairs]
                break
        if figures:
            sentence += ": " + " against ".join(figures)
    return sentence + "."


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
