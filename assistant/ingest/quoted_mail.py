"""A posting forwarded in an e-mail, every line of it quoted ("> SALARY:  Range 41 …"), read without the quote marks.

Why: a job announcement reaches HR lists as a forwarded or digest e-mail, and a mail client marks each line it
quotes with "> " (nested replies with "> > "). The marks split every table row, heading and sentence from its
neighbours' layout, so headings are not found and table columns do not line up. Only a long run of quoted lines
is read this way: a Markdown page's short "> Note: …" block keeps its marks.

Example:
    >>> unquoted("Fwd: posting\\n\\n> SALARY: Range 41\\n> Monthly 4,611 5,885\\n>\\n> THE POSITION\\n> Duties …\\n")
    'Fwd: posting\\n\\nSALARY: Range 41\\nMonthly 4,611 5,885\\n\\nTHE POSITION\\nDuties …\\n'
"""

from __future__ import annotations

import re

__all__ = ["unquoted"]

_QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+")
MIN_QUOTED_LINES = 5  # a run this long is a quoted message; a shorter one a quotation inside the document


def unquoted(text: str) -> str:
    """``text`` with the e-mail quote marks taken off each run of at least ``MIN_QUOTED_LINES`` quoted lines."""
    lines = text.split("\n")
    out: list[str] = []
    run: list[str] = []
    for line in lines + [""]:
        if _QUOTE_MARKS.match(line):
            run.append(line)
            continue
        out += [_QUOTE_MARKS.sub("", q) for q in run] if len(run) >= MIN_QUOTED_LINES else run
        run = []
        out.append(line)
    return "\n".join(out[:-1])
