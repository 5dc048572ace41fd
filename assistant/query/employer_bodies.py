"""Bodies of a place: the City of Los Angeles and the County of Los Angeles are different employers.

A question naming "County of Los Angeles" must not be answered from the City of Los Angeles' documents just
because the place name matches; one home for reading the kind and place of an employer's name.

Example:
    >>> body_of("City of Los Angeles"), body_of("Butte County")
    (('city', 'Los Angeles'), ('county', 'Butte'))
    >>> other_body("What does the County of Los Angeles pay?", ["City of Los Angeles"])
    'County of Los Angeles'
"""

from __future__ import annotations

import re


def body_of(employer: str) -> tuple[str, str] | None:
    """("city", "Los Angeles") for "City of Los Angeles", ("county", "Butte") for "Butte County"; else None."""
    match = re.match(r"^(City|County|Town|State) of (.+)$", employer) or re.match(r"^(.+) (County|City)$", employer)
    if match is None:
        return None
    kind, place = (match.group(1), match.group(2)) if employer.split()[1:2] == ["of"] else (match.group(2), match.group(1))
    return kind.lower(), place


def other_body(question: str, employers: list[str]) -> str:
    """Another body of a known employer's place ("County of Los Angeles" when the documents are the City of
    Los Angeles'), as the question writes it, or "" (a body counts as known only by kind and place together)."""
    bodies = {body for body in map(body_of, employers) if body is not None}
    known = {(kind, place.lower()) for kind, place in bodies}
    for _, place in bodies:
        found = re.search(r"\b(city|county|state|town) of %s\b|\b%s (city|county)\b" % (re.escape(place), re.escape(place)),
                          question, re.IGNORECASE)
        if found and ((found.group(1) or found.group(2)).lower(), place.lower()) not in known:
            return found.group(0)
    return ""
