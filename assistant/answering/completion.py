"""An answer that quotes one part of a question and leaves another unquoted gets the passage that states it.

Why: "does the health aide job need fingerprints or a TB test?" was answered with the TB passage alone, though
the same page states the fingerprint clearance a few rows below. For each content word of the question that
no quote mentions (and only when the quotes mention some other asked word: an answer found by meaning is left
as it is), the answered document's best passage that mentions the word is added. Only words the document
itself contains can add anything, so a thing the document lacks is never padded with a guess.

Example:
    >>> answer = completed(answer, plan, docs, snapshot, scorer)
    >>> [c.doc_id for c in answer.citations] == [answer.citations[0].doc_id] * len(answer.citations)
    True
"""

from __future__ import annotations

import dataclasses
import re

from langchain_core.documents import Document

from assistant.answering.answer import Answer
from assistant.answering.citations import CitationBuilder, join_answers
from assistant.answering.evidence import Sentence, candidate_sentences, idf
from assistant.answering.evidence_answer import SUPPORT_THRESHOLD, name_words
from assistant.answering.passage_scores import PassageScorer, content_terms
from assistant.answering.question_words import FILLER_STEMS, is_generic
from assistant.answering.wording import clean_quote
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.text import near_spelling, tokens

# words the question sets aside ("the knowledge part, not the experience"): never a part left unanswered
_SET_ASIDE = re.compile(
    r"\b(?:not|rather than|instead of|except|excluding|other than|apart from|ignoring)\s+((?:[\w'’-]+\s*){1,3})",
    re.IGNORECASE,
)
MAX_ADDED = 2  # passages added to one answer, at most
MIN_WORD_LENGTH = 4  # shorter asked words ("tb", "pay") are too often part of another word's passage


def completed(answer: Answer, plan: QueryPlan, docs: list[Document], snap: Snapshot, scorer: PassageScorer | None,
              following_only: bool = False) -> Answer:
    """``answer`` with a passage added for each asked word its quotes leave out, when its document states it
    (``following_only``: only the sentence right after a quoted one, which goes on with what it says)."""
    if scorer is None or not answer.answered or not answer.citations or plan.comparison:
        return answer
    doc_id = answer.citations[0].doc_id
    if any(c.doc_id != doc_id for c in answer.citations):
        return answer  # a list or comparison across documents: each already quotes what it has
    set_aside = set(tokens(" ".join(m.group(1) for m in _SET_ASIDE.finditer(plan.question))))
    names = name_words(plan, docs, snap)
    terms = [t for t in content_terms(plan.question, names)
             if len(t) >= MIN_WORD_LENGTH and not is_generic(t) and t not in FILLER_STEMS and t not in set_aside]
    quoted = set(tokens(" ".join(f"{c.section} {c.quote}" for c in answer.citations)))
    missing = [t for t in terms if not _mentions(t, quoted)]
    if not missing or len(missing) == len(terms):
        return answer
    cited = [(c.start, c.end) for c in answer.citations]  # all in ``doc_id``
    candidates = [s for s in candidate_sentences(snap, [], dataclasses.replace(plan, doc_ids=[doc_id]))
                  if not any(s.start < end and start < s.end for start, end in cited)]
    added: list[Sentence] = []
    for term in missing:
        holding = [s for s in candidates if s not in added and _mentions(term, set(tokens(f"{s.text} {s.section}")))]
        if not holding:
            continue
        following = [s for s in holding if _follows(snap, doc_id, cited, s)]
        if following:
            added.append(following[0])  # the next sentence of a quoted one's paragraph goes on with what it says
            continue
        if following_only:
            continue
        scores = scorer.score(plan.question, [s.display for s in holding], [s.section for s in holding],
                              idf=lambda t: idf(snap, t), ignore=names,
                              dictionary=snap.dictionary)
        support, best = max(zip((s.support for s in scores), holding), key=lambda pair: pair[0])
        if support >= SUPPORT_THRESHOLD:
            added.append(best)
        if len(added) >= MAX_ADDED:
            break
    return _with_added(answer, snap, added)


_FIGURE = re.compile(r"\d")


def with_following_figure(answer: Answer, plan: QueryPlan, snap: Snapshot) -> Answer:
    """"Does the Coordinator have to work evenings?" answered by "Be upfront about the evening meetings.": a lone
    quote stating no figure gets the next sentence of its paragraph when that one states a figure (a time, a count,
    an amount) and goes on with the quote's own words ("… staffs all six regular … meetings a year (…, 6:00
    p.m.)")."""
    if not answer.answered or len(answer.citations) != 1 or _FIGURE.search(answer.citations[0].quote):
        return answer
    cited = answer.citations[0]
    quoted = {t for t in tokens(cited.quote) if len(t) >= MIN_WORD_LENGTH and not is_generic(t)}
    span = [(cited.start, cited.end)]
    following = next((s for s in candidate_sentences(snap, [], dataclasses.replace(plan, doc_ids=[cited.doc_id]))
                      if s.doc_id == cited.doc_id and _follows(snap, cited.doc_id, span, s)), None)
    if following is None or not _FIGURE.search(following.text) or not quoted & set(tokens(following.text)):
        return answer
    return _with_added(answer, snap, [following])


_LEGEND = re.compile(r"^\s*([A-Z][A-Za-z]{0,2})\s*[:=]\s+\S")  # "S: final score; …", one symbol of a formula explained
FORMULA_REACH = 600  # characters above a legend its formula may stand


def with_formula(answer: Answer, plan: QueryPlan, snap: Snapshot) -> Answer:
    """"How is the final score weighted?" answered by the legend of a formula ("S: final score; …", "W: written test
    score, 0 - 100"): the formula the legend explains ("S = 0.60 × W + 0.40 × T + V"), standing just above it, is
    quoted too; its symbols say little that a question's words or meaning could find."""
    if not answer.answered:
        return answer
    added: list[Sentence] = []
    sentences: dict[str, list[Sentence]] = {}  # each document's candidates, read once
    for cited in answer.citations:
        legend = _LEGEND.match(cited.quote)
        if legend is None:
            continue
        text = snap.doc_text(cited.doc_id)
        above = text[max(0, cited.start - FORMULA_REACH):cited.start]
        formula = re.search(r"(?m)^[^\n]*\b%s\s*=\s*[^\n]*[×*+/][^\n]*$" % re.escape(legend.group(1)), above)
        if formula is None:
            continue
        at = cited.start - len(above) + formula.start()
        if cited.doc_id not in sentences:
            sentences[cited.doc_id] = candidate_sentences(snap, [], dataclasses.replace(plan, doc_ids=[cited.doc_id]))
        found = next((s for s in sentences[cited.doc_id] if s.doc_id == cited.doc_id and s.start <= at < s.end), None)
        if found is not None and all(c.start != found.start for c in answer.citations) and found not in added:
            added.append(found)
    return _with_added(answer, snap, added) if added else answer


def _with_added(answer: Answer, snap: Snapshot, added: list[Sentence]) -> Answer:
    """``answer`` with ``added`` quoted after its own passages, as items of its list."""
    if not added:
        return answer
    builder = CitationBuilder(snap)
    lines = [f"- {clean_quote(s.display)} [{builder.cite(s.doc_id, s.cite_start, s.end, s.section, s.chunk_level, s.page)}]"
             for s in sorted(added, key=lambda s: s.start)]
    extra, extra_citations = builder.finalize("\n".join(lines))
    text, citations = join_answers([(answer.text, answer.citations), (extra, extra_citations)])
    joint = text.rfind("\n\n")
    if joint >= 0 and text[joint + 2:].startswith("- ") and text[:joint].rsplit("\n", 1)[-1].startswith("- "):
        text = text[:joint] + text[joint + 1:]  # the added items continue the answer's list
    return dataclasses.replace(answer, text=text, citations=citations)


def _follows(snap: Snapshot, doc_id: str, cited: list[tuple[int, int]], sentence: Sentence) -> bool:
    """Whether ``sentence`` is the one right after a quoted passage, in the same paragraph."""
    record = snap.documents.get(doc_id)
    return record is not None and any(
        0 <= sentence.start - end <= 3 and not record.text[end:sentence.start].strip() and "\n\n" not in
        record.text[end:sentence.start] for _, end in cited)


def _mentions(term: str, words: set[str]) -> bool:
    """Whether ``words`` (stems) hold ``term``, a word form of it or a near spelling ("fingerprints"/"fingerprint")."""
    if term in words:
        return True
    return any(len(w) >= 4 and (w.startswith(term) or term.startswith(w) or near_spelling(term, w)) for w in words)
