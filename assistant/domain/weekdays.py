"""Days of the week and times of day as specifications write them ("Tuesday - Saturday", "Mon.-Fri.", "5:00 a.m.").

One home for the patterns, so that ranking ("what days do they work?" favours the line naming weekdays) and the
evidence check ("days" is stated by "Tuesday - Saturday") read the same days.

Example:
    >>> bool(WEEKDAY.search("Work Schedule | Tuesday - Saturday")), bool(WEEKDAY.search("within ninety (90) days"))
    (True, False)
"""

from __future__ import annotations

import re

# a day's name, written out or cut short, in a run of days or a range ("Mon.-Fri.", "Saturday and Sunday")
WEEKDAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b\.?"
                     r"(?=\s*(?:[-–—,;/&]|through|thru|to|and|or|\d|\(|$))|\b(?:monday|tuesday|wednesday|thursday|friday|"
                     r"saturday|sunday)s?\b", re.IGNORECASE)
# "what days …?", "which days of the week …?"
ASKS_WEEKDAYS = re.compile(r"\b(?:what|which)\s+days\b|\bdays of the week\b", re.IGNORECASE)

# a time of day: "5:00 a.m.", "4:30 p.m.", "7am", "noon"
CLOCK_TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*[ap]\.?\s?m\b\.?|\b(?:noon|midnight)\b", re.IGNORECASE)
# "what time do they start work?", "how early do shifts begin?"
ASKS_CLOCK_TIME = re.compile(r"\bwhat time\b|\bhow early\b|\bhow late\b|\bstart(?:ing)? time\b|\bwhat hours\b",
                             re.IGNORECASE)
