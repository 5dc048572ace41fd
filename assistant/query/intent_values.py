"""What a passage that states each kind of fact itself looks like ("$4,210", "two (2) years", "0600-1800").

A passage that matches an intent's evidence names the kind of fact; one that matches its value states it. Kept
apart from the intents' cues (:mod:`assistant.query.intents`) because the two change for different reasons.
"""

from __future__ import annotations

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE = r"\b%s\s+\d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b" % _MONTH
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty|sixty|ninety)"
VALUE_PATTERNS = {
    "salary": r"\$\s?\d",
    "education": r"bachelor|associate['’]?s|master['’]?s|doctor|diploma|\bGED\b|high school|degree in",
    "experience": _COUNT + r"\s*(?:\(\d+\)\s*)?(?:full[- ]time\s+)?(?:years?|months?)",
    "license": r"driver|class [abc]\b|commercial|\bCDL\b|valid",
    "lift": r"\d+\s*(?:pounds|lbs?)\b",
    "probation": _COUNT + r"\s*(?:\(\d+\)\s*)?(?:months?|years?|weeks?)",
    "grade": r"(?:grade|range)\s*:?\s*\d",
    "overtime": r"exempt|not eligible|eligible",
    "typing": r"\d+\s*(?:words per minute|wpm)",
    "age": r"\d+\s*years (?:of age|old)",
    "dates": DATE,
    "status": r"abolish\w*|\d{1,2}/\d{1,2}/\d{2,4}|(?:19|20)\d\d",
    "exam": r"\d+\s?%|percent|entirely|multiple[- ]choice|interview|essay|proctored|on-?line",
    # a time of day ("10:00 p.m. - 6:30 a.m."), hours on a 24-hour clock ("0600-1800", no years' span), a shift's length
    "on_call": r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\b|"
               r"\b(?!(?:19|20)\d\d\s*[-–]\s*(?:19|20)?\d\d\b)[0-2]\d[0-5]\d\s*(?:-|–|to)\s*[0-2]\d[0-5]\d\b|"
               r"\b(?:\d{1,2}|eight|ten|twelve)[- ]hour (?:shifts?|days?)\b",
    "difference": r"\bthis is the\b.{0,60}\blevel\b|\b(?:entry|journey|full|advanced|working|supervisory|lead)[\w\s-]{0,25}\blevel\b|distinguished from",
    # the class's own status: "are excluded from all bargaining units", "represented by AFSCME Local 101"
    "union": r"\bexcluded from\b|\bnot (?:represented|covered by|part of|in) (?:a |any )?(?:union|bargaining)|\bunrepresented\b|"
             r"\bconfidential (?:employees?|positions?|unit|class)|\brepresented by\b|\blocal \d+|\bAFSCME\b|\bSEIU\b|\bTeamsters\b",
}

__all__ = ["DATE", "VALUE_PATTERNS"]
