"""Whether the quotes show that a degree is not the only way in: "do I need a degree?" answered "No, not necessarily".

Why: the quotes for "do u need a degree to be a buyer 1?" often hold the degree and, beside it, "Additional
qualifying experience may substitute for the required education on a year-for-year basis", or an alternative
whose education is a high school diploma ("Alternative: C; Education: High school diploma or GED"). Read as a
plain requirement they invite a "Yes"; the answer a reader needs is that experience or another path can take the
degree's place. The signs are read from the quotes themselves, never from the document's layout:

- a quote says something may substitute for the degree or the required education (not for the experience);
- a quote states no education requirement;
- the education asked for is high school graduation, either in the first quote with no other quote requiring a
  degree, or in an option of a list of alternatives ("Alternative C", "AND one of the following:" followed by an
  item that names no degree).

Example:
    >>> degree_optional(["Equivalent to an associate degree and one year of experience.",
    ...                  "Additional qualifying experience may substitute for the required education on a year-for-year basis."])
    'replaceable'
    >>> degree_optional(["Education: Graduation from high school or GED equivalent."])
    'not asked'
    >>> degree_optional(["A master's degree may substitute for one year of the required experience."])
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["NOT_ASKED", "REPLACEABLE", "asks_degree", "degree_optional"]

REPLACEABLE = "replaceable"  # a degree is asked, but something else may take its place
NOT_ASKED = "not asked"      # the education asked for is less than a degree

# the question asks about a degree or college ("do i need a 4 year degree", "can i apply w/o a college degree?")
_ASKS_DEGREE = re.compile(r"\b(?:degree|college|bachelor'?s|associate'?s|ba|bs|b\.a\.|b\.s\.)\b", re.I)
_DEGREE = re.compile(r"\b(?:degree|bachelor'?s|associate'?s|master'?s|graduation from (?:a |an )?(?:four-year )?college)\b",
                     re.I)
# "… may substitute for the required education", "… in lieu of the bachelor's degree": the degree is what is replaced
_SUBSTITUTES_DEGREE = re.compile(
    r"\b(?:substitut\w*|in lieu|in place|instead|take the place|replace\w*)\s+(?:for|of)\b[^.;]{0,40}?"
    r"\b(?:degree|(?:required |the |formal )?education)\b(?!\s+and\s+experience)", re.I)
_NO_EDUCATION = re.compile(r"\bno (?:formal |minimum )?(?:education(?:al)?|degree) (?:requirement|required)\b|"
                           r"\b(?:degree|education) (?:is )?not required\b", re.I)
_HIGH_SCHOOL = re.compile(r"\b(?:high school|GED|H\.S\.|twelfth grade|12th grade)\b", re.I)
_HEDGED = re.compile(r"\b(?:prefer\w*|desir\w*|plus|helpful)\b", re.I)
# a quote that is one option of several: "Alternative: C; …", "Option 2 …", "Pattern II …", "Or II: …"
_OPTION_LABEL = re.compile(r"^\W*(?:alternative|option|pattern|path|or)\b\W*(?:[A-D]|[IVX]{1,4}|\d)\b", re.I)
_ONE_OF_FOLLOWING = re.compile(r"\b(?:one|any) of the following\b", re.I)
_ENUMERATED = re.compile(r"^\W{0,2}(?:\(?[a-h]\)|\(?\d{1,2}[.)])\s", re.I)


def asks_degree(clause: str) -> bool:
    """Whether a yes/no ``clause`` asks about a degree or college."""
    return bool(_ASKS_DEGREE.search(clause))


def degree_optional(quotes: Sequence[str]) -> str | None:
    """How ``quotes`` (best first) show that a degree is not needed: :data:`REPLACEABLE`, :data:`NOT_ASKED`, or
    None where they do not."""
    if any(_NO_EDUCATION.search(q) for q in quotes):
        return NOT_ASKED
    if any(_SUBSTITUTES_DEGREE.search(q) for q in quotes):
        return REPLACEABLE
    for at, quote in enumerate(quotes):
        if not _HIGH_SCHOOL.search(quote) or _HEDGED.search(quote):
            continue
        if _OPTION_LABEL.search(quote) and not _DEGREE.search(quote):
            return REPLACEABLE  # "Alternative: C; Education: High school diploma or GED; Experience: 6 years …"
        if _ONE_OF_FOLLOWING.search(quote) and any(_ENUMERATED.search(q) and not _DEGREE.search(q)
                                                   for q in quotes[at + 1:]):
            return REPLACEABLE  # "A high school diploma …, AND one of the following:" … "(c) A passing score on …"
        if at == 0 and not _DEGREE.search(quote) and not any(_states_degree(q) for q in quotes[1:]):
            return NOT_ASKED  # "Education: Graduation from high school or GED equivalent."
    return None


def _states_degree(quote: str) -> bool:
    """Whether ``quote`` asks for a degree outright (not as preferred, and not as a thing that substitutes)."""
    return bool(_DEGREE.search(quote)) and not _HEDGED.search(quote) and not re.search(r"\bsubstitut", quote, re.I)
