"""What a question says besides what it asks: a part it sets aside ("I mean the knowledge part, not the
experience") and what the asker says of themselves after it ("… has to lift? my back isnt great lol"). Neither
names a kind of fact asked nor words a passage must share.

Example:
    >>> without_set_aside("how heavy is the lifting? my back isnt great lol")
    'how heavy is the lifting?'
"""

from __future__ import annotations

import re

# "I mean the knowledge part, not the experience": what is set aside is not asked
_SET_ASIDE = re.compile(r"\b(?:not|rather than) (?:about |just )?(?:the |their |its |any )?\w+(?: part| section)?\b(?=\W*$|\W*[.,;])", re.I)


# what the asker says of themselves after the question, as chat ("… has to lift? my back isnt great lol"): no part
# of it (said plainly, it may be: "… do i have to be a cop? im not POST certified")
_ASKERS_ASIDE = re.compile(r"\?\s*(?:(?:my|i'm|i’m|im)\b[^?]*\b)?(?:lol|lmao|haha+|hah)\W*$", re.I)


def without_set_aside(question: str) -> str:
    """The question without what it sets aside ("…, not the experience.") or says of the asker after it."""
    return _SET_ASIDE.sub(" ", _ASKERS_ASIDE.sub("?", question))
