"""The lines that carry on a passage: the items after it in its semicolon list, the rows after a field.

"What subjects can come up in the interview?" is best answered by "knowledge of: civil engineering concepts",
but the list goes on ("; structural design …; hydrology …"): its next items, in order, belong to the answer.

Example:
    >>> [s.text for s in list_run(best, ranked, snapshot, 2)]
    ['structural design principles', 'hydrology for estimating water supply']
"""

from __future__ import annotations

import re

from assistant.answering.evidence import Sentence
from assistant.answering.fields import LINE_LABEL, label_names_asked
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


_CONTINUATION_CHARS = 40


def field_continuation(best: Sentence, ranked: list[Sentence], question: str) -> list[Sentence]:
    """The short lines that carry on a field the question names ("Examination Weights: Written Test Qualifying"
    then "Interview 100%"): a field's later rows are part of its value."""
    if not label_names_asked(best.text, question):
        return []
    following: list[Sentence] = []
    end = best.end
    for _ in range(3):
        nxt = next((s for s in ranked if s.doc_id == best.doc_id and 0 <= s.start - end <= 3
                    and len(s.text) <= _CONTINUATION_CHARS and any(c.isdigit() for c in s.text)
                    and not LINE_LABEL.match(s.text)), None)
        if nxt is None:
            break
        following.append(nxt)
        end = nxt.end
    return following
