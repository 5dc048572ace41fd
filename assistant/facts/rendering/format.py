"""Render fact cards as a text table, CSV or JSON (for ``python -m assistant facts --format ...``).

The table is for reading in a terminal (one row per card, the main facts only);
CSV has every fact column for spreadsheets; JSON has everything, spans and the
stated/computed bookkeeping included.

Example:
    >>> print(format_cards([FactCard(doc_id="clerk", title="Clerk", grade="12")], "csv").splitlines()[1][:20])
    clerk,,Clerk,,,,12,,
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import fields

from assistant.domain.pay import money
from assistant.facts.model import LIST_FIELDS, FactCard

FORMATS = ("table", "csv", "json")
_CSV_COLUMNS = [f.name for f in fields(FactCard) if f.name not in ("spans", "aggregated", "inherited")]
_TABLE_COLUMNS = [
    ("Class", 34), ("Employer", 26), ("Grade", 7), ("Salary", 26), ("Annual", 19), ("Education", 11),
    ("Exp.", 5), ("Licenses required", 30), ("Overtime", 10), ("Lift", 5),
]


def _money(value: float | None) -> str:
    return "" if value is None else money(value)


def salary_summary(card: FactCard) -> str:
    """'$25.34-$33.96 hourly' (or '' when no pay is stated)."""
    if card.salary_min is None and card.salary_max is None:
        return ""
    return f"{_figures(card.salary_min, card.salary_max)} {card.salary_unit or ''}".strip()


def _figures(low_value: float | None, high_value: float | None) -> str:
    low, high = _money(low_value), _money(high_value)
    if low and high:
        return low if low == high else f"{low}-{high}"
    return f"from {low}" if low else f"up to {high}" if high else ""


def _annual(card: FactCard) -> str:
    text = _figures(card.annual_min, card.annual_max)
    return text + ("*" if text and {"annual_min", "annual_max"} & set(card.computed) else "")


def _experience(card: FactCard) -> str:
    months = card.experience_months
    if months is None:
        return ""
    return f"{months // 12}y" if months % 12 == 0 else f"{months}m"


def _cell(value: str, width: int) -> str:
    value = " ".join(value.split())
    return value if len(value) <= width else value[: width - 1] + "…"


def _table(cards: list[FactCard]) -> str:
    header = "  ".join(name.ljust(width) for name, width in _TABLE_COLUMNS)
    lines = [header.rstrip(), "  ".join("-" * width for _, width in _TABLE_COLUMNS)]
    for card in cards:
        row = [
            card.label if not card.level else "  " + card.label,
            card.employer,
            card.grade or "",
            salary_summary(card),
            _annual(card),
            card.education_level or "",
            _experience(card),
            "; ".join(card.licenses_required),
            card.overtime or "",
            str(card.max_lift_lbs) if card.max_lift_lbs is not None else "",
        ]
        lines.append("  ".join(_cell(v, w).ljust(w) for v, (_, w) in zip(row, _TABLE_COLUMNS)).rstrip())
    if any("annual_min" in card.computed for card in cards):
        lines.append("* computed from the stated pay at 2,080 hours (or 12 months, 26 pay periods) a year")
    if not cards:
        lines.append("(no fact cards: index some documents first)")
    return "\n".join(lines)


def _csv(cards: list[FactCard]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_CSV_COLUMNS)
    for card in cards:
        row = []
        for name in _CSV_COLUMNS:
            value = getattr(card, name)
            if name in LIST_FIELDS or name == "computed":
                value = "; ".join(value)
            row.append("" if value is None else value)
        writer.writerow(row)
    return out.getvalue()


def format_cards(cards: list[FactCard], fmt: str = "table") -> str:
    """Render ``cards`` as ``table``, ``csv`` or ``json``."""
    if fmt == "table":
        return _table(cards)
    if fmt == "csv":
        return _csv(cards)
    if fmt == "json":
        return json.dumps([card.to_dict() for card in cards], indent=2, ensure_ascii=False)
    raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
