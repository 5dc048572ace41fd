"""The items that follow a passage in its semicolon list, for a question that asks for several things.

"What subjects can come up in the interview?" is best answered by "knowledge of: civil engineering concepts",
but the list goes on ("; structural design …; hydrology …"): its next items, in order, belong to the answer.

Example:
    >>> [s.text for s in list_run(best, ranked, snapshot, 2)]
    ['structural design principles', 'hydrology for estimating water supply']
"""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence
from assistant.search.snapshot import Snapshot


def list_run(best: Sentence, ranked: list[Sentence], snap: Snapshot, room: int) -> list[Sentence]:
    """The items that follow ``best`` in its semicolon list ("knowledge of: civil engineering concepts; structural
    design principles; hydrology …"), in order, up to ``room``: a plural ask is answered by the list, not its head."""
    text = snap.doc_text(best.doc_id)
    if room <= 0 or not text[best.end:best.end + 2].lstrip().startswith(";"):
        return []
    run: list[Sentence] = []
    last = best
    for s in sorted((s for s in ranked if s.doc_id == best.doc_id and s.start > best.end), key=lambda s: s.start):
        gap = text[last.end:s.start]
        if len(run) >= room or not re.fullmatch(r"\s*;\s*(?:and\s+|or\s+)?", gap):
            break
        run.append(s)
        last = s
    return run
