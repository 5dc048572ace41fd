"""US states and their postal codes: how people shorten "State of California" ("state of CA", "CA state").

Why: an alias made from a name's first two letters is wrong for most states ("Texas" is TX) and
invents aliases for names that are no state at all ("State of Lakeland" would become "state of la",
which is how people write the City of Los Angeles).

Example:
    >>> postal_code("California"), postal_code("Lakeland")
    ('CA', '')
"""

from __future__ import annotations

POSTAL_CODES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
    "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC",
    "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX",
    "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA", "west virginia": "WV",
    "wisconsin": "WI", "wyoming": "WY",
}


def postal_code(state_name: str) -> str:
    """The two-letter code of a US state's name, or '' when the name is no state."""
    return POSTAL_CODES.get(" ".join(state_name.lower().split()), "")


__all__ = ["POSTAL_CODES", "postal_code"]
