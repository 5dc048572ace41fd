"""US state postal codes: the only source of 'state of ca'-style aliases."""

from __future__ import annotations

from assistant.domain.us_states import postal_code


def test_postal_codes_of_states_and_none_for_other_names():
    assert postal_code("California") == "CA"
    assert postal_code("texas") == "TX"  # not its first two letters
    assert postal_code("New  York") == "NY"
    assert postal_code("Lakeland") == ""
