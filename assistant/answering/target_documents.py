"""Which documents answer a question that names no class: the one a description finds, or the best few.

Why a module of its own: the rule reader quotes each target document in its own block; which ones they are is a
decision apart from which sentences of each it quotes.

Example:
    >>> target_docs(plan, ranked, retrieved=["fennick-wwtp-operator-2", "kestrow-transit-supervisor"])  # doctest: +SKIP
    ['fennick-wwtp-operator-2']
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from langchain_core.documents import Document

from assistant.answering.evidence import Sentence
from assistant.query.parts import asks_which_class, describes_job
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.text import stem

__all__ = ["ASKS_FOR_SEVERAL", "named_employers_documents", "target_docs"]

ASKS_FOR_SEVERAL = re.compile(
    r"^\W*(?:what|which|list)\s+(?:kinds? of |types? of |other )?(?:[a-z]+\s+){0,2}?(?!does\b|is\b|was\b|has\b)[a-z]{3,}[^s\W]s\b",
    re.IGNORECASE,
)
_SEVERAL_JOBS = re.compile(r"\b(?:jobs|positions|classes|classifications|roles|titles|ones)\b", re.I)  # a list asked
WHICH_JOB_WORDS = 0.15  # the lexical share of the question a passage must hold for its document to be the job described


def target_docs(plan: QueryPlan, ranked: list[Sentence], retrieved: Sequence[str] = ()) -> list[str]:
    """The documents whose passages answer: the classes named; else the job a description found; else the best few
    by their best passage (for "which job …?", by how much of the question that passage holds)."""
    if plan.doc_ids:
        limit = 4 if (plan.comparison or plan.ambiguous or len(plan.doc_ids) > 1) else 1
        present = [d for d in plan.doc_ids if any(s.doc_id == d for s in ranked)]
        return present[:limit] or plan.doc_ids[:1]
    if retrieved and describes_job(plan.standalone) and not plan.comparison and not ASKS_FOR_SEVERAL.search(plan.question):
        # "For the water utility job that looks after the SQL Server databases …, what's the work schedule?": the
        # job described is the one its description found first, not every job with a schedule sentence
        described = next((d for d in retrieved if any(s.doc_id == d for s in ranked)), None)
        if described is not None:
            return [described]
    # No class named: answer from the best document, and from others that answer about as well
    best_by_doc: dict[str, float] = {}
    words: dict[str, float] = {}  # each document's largest lexical share of the question
    for s in ranked:
        best_by_doc.setdefault(s.doc_id, s.score)
        words[s.doc_id] = max(words.get(s.doc_id, 0.0), s.lexical)
    if asks_which_class(plan.question) and not _SEVERAL_JOBS.search(plan.question):
        # "Which job runs an activated sludge wastewater plant on a four-tens schedule?": the job the description's
        # words find ("You run the plant on your shift …"), before one whose passage only says the asked kind of fact
        # ("Supervises a shift …; assigns routes, runs …")
        if max(words.values()) >= WHICH_JOB_WORDS:
            ordered = sorted(best_by_doc, key=lambda d: (words[d], best_by_doc[d]), reverse=True)
            first = ordered[0]
            return [d for d in ordered[:3] if words[d] >= words[first] - 0.05 and best_by_doc[d] >= best_by_doc[first] - 0.15]
    ordered = sorted(best_by_doc, key=lambda d: best_by_doc[d], reverse=True)
    top = best_by_doc[ordered[0]]
    return [d for d in ordered[:3] if best_by_doc[d] >= top - 0.15]


MIN_OWN_WORD = 4  # letters of a word naming an employer on its own ("quaymouth"; not "new" of "New Carrick")


def named_employers_documents(plan: QueryPlan, docs: list[Document], snap: Snapshot) -> list[Document]:
    """``docs`` narrowed to the documents of the employer the question names by a word of its own when it names no
    class ("quaymouth o&m specialist do i need experience …": another employer's "Experience, level I: None" is no
    answer about Quaymouth's job); ``docs`` as they are when it names none, or names it only by a word many
    documents hold ("state", "hospital"), or none of its documents was found."""
    if not plan.employers or plan.doc_ids or plan.comparison:
        return docs
    named = [e for e in plan.employers if _named_by_own_word(e, plan, snap)]
    own = [d for d in docs if named and snap.employs(d.metadata["doc_id"], named)]
    return own or docs


def _named_by_own_word(employer: str, plan: QueryPlan, snap: Snapshot) -> bool:
    """Whether a word the question names the employer by is one of its name's and stands in no more documents than
    the employer's own."""
    words = {w.lower() for w in re.findall(r"[A-Za-z'’-]+", employer)}
    own = [t for t in plan.name_tokens if t.lower() in words and len(t) >= MIN_OWN_WORD]
    if not own:
        return False  # (the employer's documents are counted only for a word that may name it)
    documents = sum(1 for doc_id in snap.documents if snap.employs(doc_id, [employer]))
    return any(snap.vocabulary.get(stem(t), 0) <= documents for t in own)
