"""Questions asking a time allowed or a date due ("how long do I have to get licensed?", "what's the last day to
apply?"), and the passages that state one: a filing period's close, "within 18 months", "by November 15".

Why: both the rule ranking (:mod:`assistant.answering.sentence_ranks`) and the evidence answer read deadlines the
same way.

Example:
    >>> bool(ASKS_DEADLINE.search("When is the last day to apply for the Dam Tender exam?"))
    True
"""

from __future__ import annotations

import re

from assistant.answering.fields import DATE_IN_TEXT

# "how long do I have to get licensed?", "by when?": a time allowed, which a passage states as "within N months";
# "when do applications close for …?", "when does the posting close?": the filing's
ASKS_DEADLINE = re.compile(r"\bhow (?:long|much time|many (?:days|weeks|months|years))\b[^?]{0,30}\b(?:have|get|given|allowed)\b|"
                           r"\bby when\b|\bby what (?:date|day|month|time)\b|\bhow soon\b|\b(?:time limit|deadline) (?:for|to)\b|"
                           r"\b(?:filing|application|applying|closing) (?:deadline|cut-?off)\b|\blast (?:day|date) to (?:apply|file)\b|"
                           r"\bwhen\b[^?]{0,15}\b(?:applications?|(?:the|this) (?:posting|recruitment|bulletin|filing(?: period)?))\b"
                           r"[^?]{0,20}?\b(?:clos(?:e|es|ing)|due)\b", re.I)
# ("what's the deadline to apply?": the filing period's close)
ASKS_FILING = re.compile(r"\b(?:apply|applying|applications?|fil(?:e|ing)|close|closes|closing|posting)\b", re.I)
# a closing that says when ("FILING CLOSES: Friday, April 3, 2026"), not "… by the closing date"
DATED = re.compile(DATE_IN_TEXT.pattern + r"|\buntil filled\b|\bcontinuous\b", re.I)
# ("FILING PERIOD: Monday, March 16 through Friday, April 10": a filing period's end is its close)
STATES_CLOSING = re.compile(r"\b(?:clos(?:es|ing)|deadline|final filing|last day to|filing period|"
                            # ("Applications are accepted from Monday, April 6, 2026 until 5:00 p.m. on Friday, …")
                            r"applications? (?:(?:are|will be) )?(?:accepted|due)|accepted (?:from [^.;]{3,40}? )?(?:through|until|thru))\b",
                            re.I)
STATES_DEADLINE = re.compile(r"\b(?:within|no later than|not later than|prior to the end of)\s+(?:the first\s+)?(?:\w+\s+)?"
                             r"(?:\(\d+\)\s+)?(?:calendar\s+|working\s+|business\s+)?(?:years?|months?|weeks?|days?)\b", re.I)
DEADLINE_CREDIT = 0.5
FILING_CLOSE_CREDIT = 0.8  # over an exam's own date, which the exam's name in the question lifts
# a deadline stated by its date: "completes verification of approved applications by November 15 each year"
_STATES_DATE_DUE = re.compile(r"\b(?:by|before|no later than)\s+(?:the\s+)?(?:" + DATE_IN_TEXT.pattern + ")", re.I)
_DEADLINE_WORD = re.compile(r"^(?:date|day|deadline|soon|time)$", re.I)
_STATES_DUE = re.compile(f"{STATES_DEADLINE.pattern}|{_STATES_DATE_DUE.pattern}", re.I)  # a time allowed or a date due


def deadline_kinds(question: str) -> list[tuple[re.Pattern[str], re.Pattern[str]]]:
    """(cue, evidence) pairs when ``question`` asks a time allowed or a date due ("by what date does X have to
    finish …?"): a passage stating one ("within 18 months", "by November 15") covers the kind of fact asked."""
    if not ASKS_DEADLINE.search(question):
        return []
    # (the cue is read against each question word: "date" in "by what date" is covered by a date due)
    return [(_DEADLINE_WORD, _STATES_DUE)]
