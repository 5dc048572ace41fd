"""Render card values as cited text: every figure an answer prints comes with the span that states it.

:class:`Writer` cites a card field's span (``card.spans[key]``), so the quote
of each citation is the exact document text. Pay is printed only in the units
the document states (never the computed hourly/annual conversions); a fragment
whose figures its quotes do not carry is replaced by the quote itself.

Example:
    >>> writer = Writer(snap, "What does it pay?")
    >>> writer.value(card, "grade")
    'Grade 12 [1]'
"""

from __future__ import annotations

from assistant.answering.answer import Answer
from assistant.answering.citations import CitationBuilder
from assistant.search.snapshot import Snapshot
from assistant.answering.verify import unsupported_numbers
from assistant.domain import pay
from assistant.facts.fields import field_keys, pay_keys
from assistant.facts.model import FactCard


MAX_QUOTE = 150
MAX_LIST_ROWS = 40


# --- text of values ---------------------------------------------------------------------------------------------

def clean_quote(text: str, limit: int = MAX_QUOTE) -> str:
    """A quote fit for one line or table cell: one line, no Markdown bold, no pipes, at most ``limit`` characters."""
    text = " ".join(text.replace("**", "").replace("|", "/").split()).strip(" -•*#:;,")
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit)
        text = text[: cut if cut > limit // 2 else limit].rstrip(" ,;:") + "…"
    return text


def money(value: float) -> str:
    """Card figures always print their cents ('$4,500.00'): the stored value, exactly."""
    return pay.money(value, cents=True)


UNIT_WORDS = pay.UNIT_PHRASE


def unit_asked(question: str) -> str:
    """The pay unit a question names ('hourly', 'monthly', 'annual', 'biweekly') or ''."""
    unit = pay.unit_in(question)
    return unit if unit in UNIT_WORDS else ""


def _figures(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return money(low) if abs(low - high) < 0.005 else f"{money(low)}–{money(high)}"
    if high is not None:
        return f"up to {money(high)}"
    return f"from {money(low)}" if low is not None else ""


class Writer:
    """Cites card spans and renders field values as cited text fragments."""

    def __init__(self, snap: Snapshot, question: str = "") -> None:
        self.snap = snap
        self.unit_asked = unit_asked(question)
        self.builder = CitationBuilder(snap)
        self.cited_docs: list[str] = []

    def cite(self, card: FactCard, key: str) -> str:
        start, end = card.spans[key]
        section, _ = self.snap.section_at(card.doc_id, start)
        number = self.builder.cite(card.doc_id, start, end, section, card.level)
        if card.doc_id not in self.cited_docs:
            self.cited_docs.append(card.doc_id)
        return f"[{number}]"

    def passage(self, doc_id: str, start: int, end: int) -> str:
        """A passage of the document's text (no card holds it), quoted and cited."""
        section, level = self.snap.section_at(doc_id, start)
        number = self.builder.cite(doc_id, start, end, section, level)
        if doc_id not in self.cited_docs:
            self.cited_docs.append(doc_id)
        return f"{clean_quote(self.snap.documents[doc_id].text[start:end])} [{number}]"

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
            unit = UNIT_WORDS.get(card.salary_unit or "", "")
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
            parts.append(self.safe(card, f"{figures} {UNIT_WORDS[prefix]}", [key]))
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
