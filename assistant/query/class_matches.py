"""A class a question names, as matched, and how matches are kept: one per document, a title written apart
from a longer one holding it, the kind of job named.

Why apart from :mod:`assistant.query.catalog`: these read matches and the question's tokens only, not the
catalog's index.

Example:
    >>> written_apart(["word", "processing", "technician"], ["senior", "word", "processing", "technician"],
    ...               "codes of word processing technician and senior word processing technician".split())
    True
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain.levels import is_roman
from assistant.query.catalog_index import ClassEntry, similar_words

__all__ = ["ClassMatch", "head_named", "one_per_document", "written_apart"]


@dataclass
class ClassMatch:
    """One catalog entry a question names: how fully its title is named, and whether its employer is too."""

    doc_id: str
    title_score: float
    employer_named: bool
    entry: ClassEntry


def one_per_document(matches: list[ClassMatch]) -> list[ClassMatch]:
    """Each document once, by its best match: a series' class that the question names more fully than the
    document's title ("Associate Information Systems Analyst (Specialist)") stands for the document and
    focuses it on that class; on a tie the document's own entry."""
    best: dict[str, ClassMatch] = {}
    order: list[str] = []
    for m in matches:
        if m.doc_id not in best:
            best[m.doc_id] = m
            order.append(m.doc_id)
            continue
        kept = best[m.doc_id]
        if (m.title_score, len(m.entry.title_tokens), not m.entry.series_class) > (
                kept.title_score, len(kept.entry.title_tokens), not kept.entry.series_class):
            best[m.doc_id] = m
    return [best[d] for d in order]


def _runs(words: list[str], q_norm: list[str]) -> list[int]:
    """Where ``words`` stand together in the question's tokens."""
    size = len(words)
    return [i for i in range(len(q_norm) - size + 1) if size and q_norm[i:i + size] == words]


def written_apart(short: list[str], longer: list[str], q_norm: list[str]) -> bool:
    """Whether the question writes both titles out whole and the shorter one also outside the longer one."""
    longer_at = _runs(longer, q_norm)
    if not longer_at:
        return False
    return any(not any(j <= i and i + len(short) <= j + len(longer) for j in longer_at) for i in _runs(short, q_norm))


def head_named(entry: ClassEntry, q_norm: list[str]) -> bool:
    """Whether the question holds the title's last word, the kind of job ("Mechanic" of "Public Works Mechanic"), as
    a job: not as the name of an office ("at Ebbingford University's medical investigator office, the person who …")."""
    words = [t for t in entry.title_tokens if not t.isdigit() and not is_roman(t)]
    return bool(words) and any(similar_words(words[-1], q) and not (i + 1 < len(q_norm) and q_norm[i + 1] in _UNIT_NOUNS)
                               for i, q in enumerate(q_norm))


_UNIT_NOUNS = {"office", "offices", "department", "division", "bureau", "unit", "section", "program"}
