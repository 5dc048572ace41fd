"""Markdown definition lists ("Monthly salary" over ": Technician I: $3,890 - $4,728") read as labelled lines.

Why: Pandoc and PHP Markdown Extra write a term on its own line and each of its definitions on a line opening with
": ". Left as they are, the term reads as a heading of nothing and each definition as a line starting with a colon,
so "Monthly salary" never labels its figures and "Technician II" never names its requirements. Read as "Term:
definition" (one definition) or "Term:" over "- definition" items (several), they are the label lines and lists the
rest of the pipeline already reads.

Example:
    >>> print(readable_definition_lists("FLSA\\n:   Non-exempt\\n\\nCodes\\n: 4731 - Tech I\\n: 4732 - Tech II\\n"))
    FLSA: Non-exempt
    <BLANKLINE>
    Codes:
    - 4731 - Tech I
    - 4732 - Tech II
    <BLANKLINE>
"""

from __future__ import annotations

import re

__all__ = ["readable_definition_lists"]

_DEFINITION = re.compile(r"^:[ \t]+(?=\S)")
_TERM = re.compile(r"^[^\s:#>|*`\-][^:|]{0,80}$")  # a short line of its own, no heading mark, list bullet or table


def readable_definition_lists(text: str) -> str:
    """``text`` with each term and the ": " definitions under it written as a label line or a labelled list."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        definitions: list[str] = []
        j = i + 1
        while j < len(lines) and _DEFINITION.match(lines[j]):
            definitions.append(_DEFINITION.sub("", lines[j]).rstrip())
            j += 1
        if definitions and _TERM.match(line.strip()):
            term = line.strip()
            if len(definitions) == 1:
                out.append(f"{term}: {definitions[0]}")
            else:
                out.append(f"{term}:")
                out += [f"- {definition}" for definition in definitions]
            i = j
            continue
        out.append(line)
        i += 1
    return "\n".join(out)
