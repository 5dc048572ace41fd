"""The one-line direct fact that leads an extractive answer ("$25.34–$33.96 an hour ...").

Only figures stated in the passage are used (nothing is computed), so the
number check always holds. Pay is read by :func:`assistant.domain.pay.find_ranges`,
the same reader the fact cards use.

Example:
    >>> salary_line("Wage Range: $25.34-33.96 hourly ($52707.20-$70636.80/yr)")
    '$25.34–$33.96 an hour ($52,707.20–$70,636.80 a year)'
"""

from __future__ import annotations

import re

from assistant.checkboxes import checked_only

from assistant.answering.verify import unsupported_numbers
from assistant.domain.pay import UNIT_PHRASE, find_ranges, money


def salary_phrases(text: str) -> list[str]:
    """'$25.34–$33.96 an hour' for each pay range ``text`` states, figures as stated (none computed)."""
    phrases = []
    # The passage was chosen for a pay question: that is its salary context (the "salary" label).
    for found in find_ranges(text, 0, len(text), ("salary",)):
        if found.low is None or found.high is None:
            continue
        phrase = f"{money(found.low)}–{money(found.high)} {UNIT_PHRASE.get(found.unit or '', '')}".strip()
        if not unsupported_numbers(phrase + " [1]", {1: text}):  # "$50k" is not stated as "$50,000"
            phrases.append(phrase)
    return phrases


MAX_SALARY_RANGES = 5  # bulletins list a range per department or pay grade; four are common, all are the answer


def salary_line(text: str) -> str:
    parts = salary_phrases(text)[:MAX_SALARY_RANGES]
    if len(parts) <= 1:
        return parts[0] if parts else ""
    return f"{parts[0]} ({'; '.join(parts[1:])})"


_GRADE_STATED = re.compile(r"\b(?:pay\s+|salary\s+)?(grade|range)\s*(?:no\.?|number|#)?\s*:?\s*(\d+[A-Z]?(?:\s*(?:-|–|to)\s*\d+)?)",
                           re.I)  # "Range No.: 27" too


def grade_line(text: str) -> str:
    """'Grade 26' from a passage stating one grade; '' when it names several ("reallocated from Grade 25 to Grade
    26": the passage, quoted, says which is which)."""
    found = list(_GRADE_STATED.finditer(text))
    if len({m.group(2).lower() for m in found}) != 1:
        return ""
    return f"{found[0].group(1).title()} {found[0].group(2)}"


_LIFT_WEIGHT = re.compile(r"(\d+)\s*(?:pounds|lbs?\.?|lb)\b", re.I)
# "over 25 pounds", "11 to 25 pounds", "10-20 lbs": a band of weights, not the most the class must lift
_NOT_A_MAXIMUM = re.compile(r"(?:\bover|\bmore than|\bexceed\w*|\bin excess of|\babove|\bheavier than|\d\s*(?:to|-|–|and))\s*$", re.I)


def lift_line(text: str) -> str:
    """'Up to 50 pounds' from a sentence stating the most the class lifts; '' for a table row (quoted as it
    reads: "Lifting 11 to 25 pounds: Occasional") or a band of weights."""
    if "|" in text:
        return ""
    if len({m.group(1) for m in _LIFT_WEIGHT.finditer(text)}) > 1:
        return ""  # "up to 50 pounds when …; a student of up to 125 pounds during …": the quote says which is which
    match = _LIFT_WEIGHT.search(text)
    if not match or _NOT_A_MAXIMUM.search(text[max(0, match.start() - 16):match.start()]):
        return ""
    return f"Up to {match.group(1)} pounds"


_NOT_ELIGIBLE = re.compile(r"\beligible\W{0,3}no\b|\bnot eligible\b|\bineligible\b", re.I)
_NON_EXEMPT = re.compile(r"\bnon[-\s]?exempt\b", re.I)
_ELIGIBLE = re.compile(r"\bovertime\W{0,3}(?:status\W{0,3})?eligible\b|\beligible for overtime\b|\beligible\W{0,3}yes\b", re.I)
_EXEMPT = re.compile(r"\bexempt\b", re.I)
_OVERTIME_LINE_CHARS = 80  # a status field, not a sentence that may speak of several levels


_FLSA_FIELD = re.compile(r"\b(?:FLSA(?: status| designation)?|overtime(?: status| eligib\w*)?)\s*[:|]\s*([^;|\n]{2,40})",
                         re.IGNORECASE)


def overtime_line(text: str, question: str = "") -> str:
    """'Yes: eligible for overtime (non-exempt)' from a short status field ("FLSA Status: Non-Exempt",
    "Overtime: eligible"); '' for a longer passage, which may give different levels different statuses.

    A question asking whether the class is exempt ("is it exempt?") is answered yes or no to that: "Yes: exempt (not
    eligible for overtime)", never "No: exempt from overtime"."""
    text = checked_only(text)  # "☒ Exempt ☐ Non-Exempt": a form's ticked option
    if len(text) > _OVERTIME_LINE_CHARS:
        fields = _FLSA_FIELD.findall(text)  # a table row's one status cell ("…; Salary Grade: 12; FLSA: Non-exempt")
        if len(fields) != 1:
            return ""
        text = fields[0]
    if _NOT_ELIGIBLE.search(text):
        eligible, line = False, "No: not eligible for overtime"
    elif _NON_EXEMPT.search(text):
        eligible, line = True, "Yes: eligible for overtime (non-exempt)"
    elif _ELIGIBLE.search(text):
        eligible, line = True, "Yes: eligible for overtime"
    elif _EXEMPT.search(text):
        eligible, line = False, "No: exempt from overtime"
    else:
        return ""
    asks_non_exempt = bool(_NON_EXEMPT.search(question))
    asks_exempt = bool(_EXEMPT.search(_NON_EXEMPT.sub(" ", question)))
    status = "non-exempt (eligible for overtime)" if eligible else "exempt (not eligible for overtime)"
    if re.search(r"\bexempt\W+or\b|\bor\W+(?:non[-\s]?)?exempt\b", question, re.I):
        return status[:1].upper() + status[1:]  # "exempt or do they get OT?": both ways asked, the status by name
    if asks_exempt == asks_non_exempt:
        return line  # asked about overtime, or "exempt or non-exempt?": the status as read
    return ("Yes: " if eligible == asks_non_exempt else "No: ") + status


def lead_line(intent: str, text: str, question: str = "") -> str:
    """A direct one-line fact for ``intent`` from passage ``text``, or '' when none can be read off it; a yes or a
    no answers ``question`` as it is asked."""
    if intent == "salary":
        return salary_line(text)
    if intent == "grade":
        return grade_line(text)
    if intent == "lift":
        return lift_line(text)
    if intent == "overtime":
        return overtime_line(text, question)
    return ""


# "One (1) year", "twelve (12) months": a spelled count with its figure in brackets, as specifications write it
_SPELLED_COUNT = r"[a-z]+(?:[- ][a-z]+)?\s+\((\d{1,3})\)\s+"
_SPELLED_DURATION = re.compile(r"\b%s(years?|months?|weeks?|days?|hours?)\b" % _SPELLED_COUNT, re.I)
# "… certification within twelve (12) months of appointment": by when a credential must be held
_WITHIN_SPELLED = re.compile(r"\bwithin\s+%s(years?|months?|weeks?|days?)\b" % _SPELLED_COUNT, re.I)


def deadline_line(text: str) -> str:
    """'Within 12 months' from "… B1 certification within twelve (12) months of appointment"; '' when the passage
    spells no such deadline."""
    match = _WITHIN_SPELLED.search(text)
    return f"Within {match.group(1)} {match.group(2).lower()}" if match else ""


def duration_line(text: str) -> str:
    """'1 year or 2 years' from "One (1) year … OR two (2) years …": the durations a passage spells out with
    their figures, read plainly ('3 years, including 1 year' when the second is part of the first); '' when it
    spells none so."""
    options: list[str] = []
    previous_end = -1
    for m in _SPELLED_DURATION.finditer(text):
        between = text[previous_end:m.start(1)] if previous_end >= 0 else ""
        previous_end = m.end()
        duration = f"{m.group(1)} {m.group(2).lower()}"
        if options and _PART_OF_BEFORE.search(between) and not re.search(r"\bor\b", between, re.I):
            # "three (3) years …, including one (1) year at the II level": a part of the one before, no option
            options[-1] += f", including {duration}"
            continue
        options.append(duration)
    return " or ".join(dict.fromkeys(options))


_PART_OF_BEFORE = re.compile(r"\b(?:including|of which|with at least)\b", re.I)
