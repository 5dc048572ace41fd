"""One condition a list question puts on fact cards, and the wording the condition readers share.

A :class:`Criterion` carries its own test and the card spans that show the
value it tested, so a list answer can cite why each class is on the list. The
negation and comparator patterns are shared by every condition reader.

Example:
    >>> Criterion("lift", "require lifting fifty pounds or more", test, keys, (20, 40)).field
    'lift'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from assistant.facts.model import FactCard

Verdict = bool | None  # True: the card meets the condition; False: it states otherwise; None: it does not say


@dataclass
class Criterion:
    """One condition on a card: ``test`` says whether it holds, ``keys`` which spans show the value."""

    field: str
    describe: str  # "require a commercial driver's license" (no digits: the header cites nothing)
    test: Callable[[FactCard], Verdict]
    keys: Callable[[FactCard], list[str]]
    span: tuple[int, int]  # the words of the question that state the condition
    explicit_opposite: bool = False  # a card that fails states another value (worth citing when few)
    # what a requirement sentence names to state the condition where a card holds no item for it ("CPR"): the text
    # a list reads in the documents whose cards are silent (a credential the extraction missed)
    named: re.Pattern[str] | None = None


# a negation just before a condition ("no license needed") states no fact to cite
NEGATION = re.compile(r"\b(?:don'?t|do not|doesn'?t|does not|not|no|without|never|aren'?t|isn'?t)\b", re.I)

# comparator words of a threshold ("over $40", "50 pounds or more", "less than two years")
CMP_MORE = r"over|above|more\s+than|greater\s+than|higher\s+than|exceed(?:s|ing)?|in\s+excess\s+of|at\s+least|a\s+minimum\s+of|no\s+less\s+than|upwards\s+of|north\s+of|starting\s+(?:at|above)|(?:\w+\s+)?or\s+more"
CMP_LESS = r"under|below|less\s+than|lower\s+than|at\s+most|no\s+more\s+than|a\s+maximum\s+of|beneath"
