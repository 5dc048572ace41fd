"""The one-line direct fact that leads an extractive answer ("$25.34–$33.96 an hour ...").

Only figures stated in the passage are used (nothing is computed), so the
number check always holds.

Example:
    >>> salary_line("Wage Range: $25.34-33.96 hourly ($52707.20-$70636.80/yr)")
    '$25.34–$33.96 an hour ($52,707.20–$70,636.80 a year)'
"""

from __future__ import annotations

import re

_AMOUNT = r"\$?\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)"
_RANGE = re.compile(_AMOUNT + r"\s*(?:-|–|—|to)\s*" + _AMOUNT)
_UNITS = [
    ("hour", re.compile(r"hourly|/\s?hr\b|per hour|an hour|/hour|\bhour\b", re.I)),
    ("two weeks", re.compile(r"bi-?weekly|every two weeks|per pay period", re.I)),
    ("month", re.compile(r"monthly|/\s?mo\b|per month|a month|\bmonth\b", re.I)),
    ("year", re.compile(r"annual|annually|/\s?yr\b|per year|a year|yearly|\byear\b", re.I)),
]


def _money(value: str) -> str:
    number = float(value.replace(",", ""))
    return f"${number:,.2f}" if "." in value or number < 1000 else f"${number:,.0f}"


def _unit_near(text: str, start: int, end: int) -> str:
    """Unit written right after a range ("hourly", "/yr") or as its label right before it ("Monthly $...")."""
    after = re.split(r"[|;(\[$\d]", text[end:end + 16])[0]
    for unit, pattern in _UNITS:
        if pattern.search(after):
            return unit
    before = re.split(r"[|;(\]]", text[max(0, start - 14):start])[-1]
    for unit, pattern in _UNITS:
        if pattern.search(before):
            return unit
    return ""


def salary_ranges(text: str) -> list[tuple[str, str, str]]:
    """(low, high, unit) money ranges stated in ``text``; only ranges with a $ or a unit count."""
    out = []
    for match in _RANGE.finditer(text):
        low, high = match.group(1), match.group(2)
        try:
            if float(low.replace(",", "")) > float(high.replace(",", "")):
                continue
        except ValueError:
            continue
        unit = _unit_near(text, match.start(), match.end())
        has_dollar = "$" in match.group(0) or "$" in text[max(0, match.start() - 2):match.start()]
        if not has_dollar and not unit:
            continue
        if not ("." in low or "," in low or has_dollar):
            continue
        out.append((low, high, unit))
    return out


def salary_line(text: str) -> str:
    ranges = salary_ranges(text)
    if not ranges:
        return ""
    parts = []
    for low, high, unit in ranges[:3]:
        phrase = f"{_money(low)}–{_money(high)}"
        if unit:
            phrase += f" a {unit}" if unit != "hour" else " an hour"
            if unit == "two weeks":
                phrase = f"{_money(low)}–{_money(high)} every two weeks"
        parts.append(phrase)
    if len(parts) == 1:
        return parts[0]
    return f"{parts[0]} ({'; '.join(parts[1:])})"


def grade_line(text: str) -> str:
    match = re.search(r"\b(?:pay\s+|salary\s+)?(grade|range)\s*:?\s*(\d+[A-Z]?(?:\s*(?:-|–|to)\s*\d+)?)", text, re.I)
    return f"{match.group(1).title()} {match.group(2)}" if match else ""


def lift_line(text: str) -> str:
    match = re.search(r"(\d+)\s*(?:pounds|lbs?\.?|lb)\b", text, re.I)
    return f"Up to {match.group(1)} pounds" if match else ""


def lead_line(intent: str, text: str) -> str:
    """A direct one-line fact for ``intent`` from passage ``text``, or '' when none can be read off it."""
    if intent == "salary":
        return salary_line(text)
    if intent == "grade":
        return grade_line(text)
    if intent == "lift":
        return lift_line(text)
    return ""
