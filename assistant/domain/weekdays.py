"""Days of the week as specifications write them ("Tuesday - Saturday", "Mon.-Fri.", "Sat & Sun").

One home for the pattern, so that ranking ("what days do they work?" favours the line naming weekdays) and the
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
