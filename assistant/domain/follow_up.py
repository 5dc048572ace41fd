"""Words by which a question leans on the conversation before it ("and level II?", "does it need a license?").

One home for the rule: the query planner (which class is in focus) and the fact-card route (whether a
list question is really about the class in focus) read the same words.

Example:
    >>> leans_on_history("What about level II?"), leans_on_history("Does it need a license?")
    (True, True)
    >>> leans_on_history("Which IT jobs pay the most?")
    False
"""

from __future__ import annotations

import re

# How a question that only continues the last one starts ("and level II?", "what about the city?")
_CONTINUING = r"(?:and|what about|how about|also|same|what of)"
_REFERENCE = re.compile(
    r"^\s*" + _CONTINUING + r"\b|\b(?:that job|that position|this job|this position|"
    r"that role|this role|that class|this class|that level|this level|they|them|their|those|these|the same|"
    r"both of them)\b",
    re.I,
)
# Case-sensitive: "IT" is information technology, not a pronoun.
_IT = re.compile(r"\b(?:it|its|It|Its)\b")


# Words that point at something the conversation already named ("the city one", "the next level up",
# "what do they do there"): never the subject a passage must mention to answer the question.
POINTING_WORDS = frozenset({"one", "ones", "there", "here", "next", "previous", "prior", "up", "above", "former",
                            "latter", "that", "this", "those", "these"})


# ... or asks whether the last answer changes in another case ("is it different if you work for DWP?")
_ELLIPSIS = re.compile(
    r"^\W*(?:" + _CONTINUING + r"|(?:is|does) (?:it|that|this) (?:any )?(?:different|differ|change|the same|higher|"
    r"lower|more|less))\b", re.I)


def is_ellipsis(question: str) -> bool:
    """Whether ``question`` only continues the last one, asking the same thing of something else."""
    return bool(_ELLIPSIS.search(question))


def leans_on_history(question: str) -> bool:
    """Whether ``question`` refers back to what the conversation was about."""
    return bool(_REFERENCE.search(question) or _IT.search(question))
