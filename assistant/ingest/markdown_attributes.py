"""Markdown heading attributes ("## Series at a glance {#at-a-glance}") dropped from the text.

Why: wiki and static-site Markdown (Pandoc, kramdown, Hugo) tags headings with an anchor or a class in braces.
Left in, the anchor becomes part of the heading and of the title read from it ("Planning Series … {#planning-series}").

Example:
    >>> without_heading_attributes("# Planner {#planner}\\nText {not a heading}")
    '# Planner\\nText {not a heading}'
"""

from __future__ import annotations

import re

__all__ = ["without_heading_attributes"]

_HEADING_ATTRIBUTES = re.compile(r"^(#{1,6}[ \t].*?)[ \t]*\{[ \t]*[#.][^{}\n]*\}[ \t]*$", re.MULTILINE)


def without_heading_attributes(text: str) -> str:
    """``text`` with the ``{#id .class}`` block at the end of each Markdown heading line removed."""
    return _HEADING_ATTRIBUTES.sub(r"\1", text) if "{" in text else text
