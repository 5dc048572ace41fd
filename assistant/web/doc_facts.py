"""The fact-card columns of the documents list: grade, FLSA status and pay normalised to hourly and yearly.

Pay is shown in both units so classes paid by the hour and by the year can be
compared; a figure converted from another unit (2,080 hours, 12 months or 26 pay
periods a year) is marked "computed" and shown with "≈", never passed off as stated.
Cards are read through the engine's snapshot and the facts route's card cache
(:func:`assistant.facts.storage.card_cache.card_loader`), so the list costs no
extra read of ``facts.sqlite`` while the index is unchanged.

Example:
    >>> facts = doc_facts(FactCard(doc_id="a", hourly_min=25.0, hourly_max=30.0, annual_min=52000.0,
    ...                            annual_max=62400.0, computed=["annual_min", "annual_max"]))
    >>> facts.yearly.text("yr")
    '≈ $52,000–$62,400/yr (computed)'
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any, Callable

from assistant.facts.fields import pay_value
from assistant.facts.model import FactCard

log = logging.getLogger("assistant.web")

FLSA_LABELS = {
    "exempt": "Exempt (no overtime pay)",
    "non-exempt": "Non-exempt (overtime pay)",
    "mixed": "Varies by level",
}


@dataclass
class Pay:
    """A pay range in one unit; ``computed``: converted from a figure stated in another unit."""

    low: float | None
    high: float | None
    computed: bool

    def text(self, unit: str) -> str:
        figures = [_money(v, unit) for v in (self.low, self.high) if v is not None]
        if not figures:
            return ""
        shown = figures[0] if len(figures) == 1 or figures[0] == figures[1] else f"{figures[0]}–{figures[1]}"
        return f"≈ {shown}/{unit} (computed)" if self.computed else f"{shown}/{unit}"

    @property
    def sort_value(self) -> float | None:
        return self.low if self.low is not None else self.high


@dataclass
class DocFacts:
    """What the list shows of one document's whole-document fact card."""

    grade: str = ""
    flsa: str = ""  # exempt / non-exempt / mixed / ""
    hourly: Pay | None = None
    yearly: Pay | None = None
    stated_pay: str = ""

    @property
    def flsa_label(self) -> str:
        return FLSA_LABELS.get(self.flsa, self.flsa)

    @property
    def grade_sort(self) -> str:
        """Grades sort by their first number ("GS-7" before "12"), then as text."""
        match = re.search(r"\d+(?:\.\d+)?", self.grade)
        return f"{float(match.group()):012.3f}" if match else (self.grade.lower() or "")


def _money(value: float, unit: str) -> str:
    return f"${value:,.2f}" if unit == "hr" else f"${value:,.0f}"


def doc_facts(card: FactCard) -> DocFacts:
    """The list's facts of one card."""
    hourly = _pay(card, "hourly", ("hourly_min", "hourly_max"))
    yearly = _pay(card, "annual", ("annual_min", "annual_max"))
    stated = " ".join(str(card.salary_text or "").split())
    return DocFacts(grade=card.grade or "", flsa=card.overtime or "", hourly=hourly, yearly=yearly,
                    stated_pay=stated)


def _pay(card: FactCard, unit: str, keys: tuple[str, str]) -> Pay | None:
    low, high = pay_value(card, unit, "min"), pay_value(card, unit, "max")
    if low is None and high is None:
        return None
    stated = [getattr(card, key) is not None and key not in card.computed for key in keys]
    return Pay(low, high, computed=not any(stated))


def whole_document_cards(cards: list[FactCard]) -> dict[str, FactCard]:
    """doc_id -> its whole-document card (``level == ""``), else its first level card."""
    found: dict[str, FactCard] = {}
    for card in cards:
        if not card.level or card.doc_id not in found:
            found[card.doc_id] = card
    return found


def card_reader(index: Any, snapshot: Callable[[], Any]) -> Callable[[], dict[str, FactCard] | None]:
    """A function returning doc_id -> card for the current index, or None when cards are unavailable."""
    from assistant.facts.storage.card_cache import card_loader

    load = card_loader(index)

    def read() -> dict[str, FactCard] | None:
        try:
            return whole_document_cards(load(snapshot()))
        except Exception:  # noqa: BLE001 - never break the documents view over the facts file
            log.exception("could not read the fact cards")
            return None

    return read


def stated_pay(card: Any) -> str:
    """The pay as the document states it (one line), else as the card's figures read back."""
    text = getattr(card, "salary_text", None)
    if text:
        return " ".join(str(text).split())
    try:
        from assistant.facts.rendering.format import salary_summary

        return salary_summary(card) or ""
    except Exception:  # noqa: BLE001 - a card the summary cannot read shows no pay, not an error page
        return ""
