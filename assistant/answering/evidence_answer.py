"""The layout-blind answer: the passages of the retrieved documents that best support the question.

Used when the class-spec rules find nothing to quote (an unfamiliar layout, a fact outside every
intent, a typo). Candidates are the sentences, bullets and table rows of the retrieved chunks (and of
the class in focus); each is scored by :class:`~assistant.answering.passage_scores.PassageScorer`
plus small priors (retrieval rank, the class in focus, the asked kind of fact, the level). The answer
quotes the best passage and its close runners-up from the same document; when even the best passage
gives the question too little support, there is no answer and the caller refuses.

Example:
    >>> answer = evidence_answer(plan, docs, snapshot, scorer)
    >>> answer is None or answer.answered
    True
"""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from langchain_core.documents import Document

from assistant.answering.answer import Answer
from assistant.answering.answer_blocks import render_block
from assistant.answering.citations import CitationBuilder
from assistant.answering.deadlines import deadline_kinds
from assistant.answering.evidence import MAX_SENTENCES, Sentence, candidate_sentences, idf, level_mentions
from assistant.answering.fields import label_names_asked
from assistant.answering.list_run import items_after_lead, whole_weight_lines
from assistant.answering.naming_texts import naming_texts
from assistant.answering.passage_scores import PassageScorer, content_terms, surface_words
from assistant.answering.question_words import is_generic
from assistant.answering.wording import doc_label, retrieved_ids
from assistant.domain.abbreviations import expansion_kinds, is_abbreviation, without_expansions
from assistant.domain.pay import amount_kinds
from assistant.query.parts import describes_job, without_description
from assistant.query.plan import QueryPlan
from assistant.query.title_words import TITLE_SYNONYMS
from assistant.search.snapshot import Snapshot
from assistant.text import raw_tokens, tokens

SUPPORT_THRESHOLD = 0.275
"""Least support (0.35 x semantic similarity + 0.65 x word coverage) of the best passage for an answer.

Calibrated on the development sets (``scripts/calibrate_support.py``): below it, unanswerable
questions outnumber answerable ones."""

UNKNOWN_WORD_PENALTY = 0.08
# Up to this many content words a question is short and each unknown word weighs fully; in a longer,
# descriptive question ("hands-on bedside care to elderly veterans, like bathing and feeding them") an
# unknown word or two is paraphrase, so the penalty is scaled by this over the number of content words.
PENALTY_FULL_UP_TO = 4
MAX_CANDIDATES = 48  # passages encoded per question, at most (the rest are ranked out by words first)
RUNNER_UP_MARGIN = 0.08
BOILERPLATE_PASSAGE = re.compile(
    r"equal (?:employment )?opportunity|reasonable accommodation|print friendly|share this page|apply online|"
    r"for additional information|click here|all rights reserved|copyright",
    re.IGNORECASE,
)
_LEVEL_NUMERAL = {"i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5"}


def evidence_answer(
    plan: QueryPlan, docs: list[Document], snap: Snapshot, scorer: PassageScorer,
) -> Answer | None:
    """An answer quoting the best-supported passages (``support`` set), or None when there are no passages.

    The caller decides: an answer whose ``support`` is under :data:`SUPPORT_THRESHOLD` is not good enough."""
    candidates = _candidates(plan, docs, snap)
    if not candidates:
        return None
    names = name_words(plan, docs, snap)
    # a follow-up is judged on its own words ("how many vacation days do they get?"), unless it has none
    # ("and level III?"): then on the question it continues
    question = plan.question if content_terms(plan.question, names) or not plan.from_history else plan.standalone
    # words typed, not the expansions of abbreviations: a passage spelling out "BLS" covers the abbreviation
    question = without_expansions(question)
    # A question word no document contains, not even as a near spelling ("sheriff", "vacation"), is evidence
    # that its subject is not covered: each one lowers every passage's support (typos and word forms are near),
    # unless a passage word means nearly the same ("kids": "children")
    terms = content_terms(question, names)
    unknown = [term for term in terms if len(term) >= 3 and not is_abbreviation(term) and not is_generic(term)
               and not snap.near_vocabulary(term) and not snap.abbreviates_vocabulary(term)]
    typed = surface_words(question, unknown)
    texts = [c.display for c in candidates]
    forms = scorer.word_forms(typed, texts, snap.dictionary) if typed else {}  # "decided": "decision"
    typed = {term: word for term, word in typed.items() if term not in forms}
    neighbours = scorer.neighbours(typed, texts) if typed else {}
    unknown = [term for term in unknown if term not in neighbours and term not in forms]
    scores = scorer.score(
        question, [c.display for c in candidates], [c.section for c in candidates],
        idf=lambda term: idf(snap, term), ignore=names,
        kinds=[(intent.cues, intent.evidence) for intent in plan.intents] + expansion_kinds(question) + amount_kinds(question)
        + deadline_kinds(question),
        neighbours=neighbours, dictionary=snap.dictionary,
    )
    primary = plan.intents[0] if plan.intents else None
    penalty = UNKNOWN_WORD_PENALTY * len(unknown) * min(1.0, PENALTY_FULL_UP_TO / max(1, len(terms)))
    support: dict[int, float] = {}
    parts: dict[int, tuple[float, float]] = {}
    for candidate, score in zip(candidates, scores):
        support[id(candidate)] = score.support - penalty
        parts[id(candidate)] = (round(score.semantic, 4), round(score.coverage, 4))
        candidate.lexical = score.coverage
        candidate.score = score.support + _prior(candidate, plan, primary) + _level_prior(candidate, plan, snap)
    ranked = sorted(candidates, key=lambda c: c.score, reverse=True)
    focus = list(dict.fromkeys(plan.doc_ids))[:3]
    asked = " ".join(without_description(question).split())
    if len(focus) <= 1 and describes_job(question) and asked != " ".join(question.split()) \
            and content_terms(asked, names):
        # "for the county job where you visit elderly people at home …, how many cases do you carry?": the description
        # found the job; within its document, what is asked picks the passage ("… carry a caseload of 275 to 325"),
        # not the definition the description echoes
        mine = [c for c in candidates if c.doc_id == (focus[0] if focus else ranked[0].doc_id)]
        rescored = scorer.score(
            asked, [c.display for c in mine], [c.section for c in mine], idf=lambda term: idf(snap, term), ignore=names,
            kinds=[(intent.cues, intent.evidence) for intent in plan.intents] + amount_kinds(asked) + deadline_kinds(asked),
            neighbours=neighbours, dictionary=snap.dictionary)
        for candidate, score in zip(mine, rescored):
            support[id(candidate)] = max(support[id(candidate)], score.support - penalty)
            candidate.lexical = score.coverage
            candidate.score = score.support + _prior(candidate, plan, primary) + _level_prior(candidate, plan, snap)
        ranked = sorted(mine, key=lambda c: c.score, reverse=True) + [c for c in ranked if c not in mine]
    if len(focus) > 1:
        return _per_document(plan, docs, snap, ranked, focus, support, parts, primary)
    if len(focus) == 1 and not plan.ambiguous:
        # the one class the question names: another class's passage is no answer about it, however well it
        # matches the words ("computer skills" in the Park Aide's spec, asked of the Records Clerk)
        ranked = [c for c in ranked if c.doc_id == focus[0]] or ranked
    best = ranked[0]
    chosen = [best]
    for other in ranked[1:]:
        if len(chosen) >= MAX_SENTENCES:
            break
        if other.doc_id != best.doc_id or any(other.overlaps(c) for c in chosen):
            continue
        if other.score >= best.score - RUNNER_UP_MARGIN and support[id(other)] >= min(SUPPORT_THRESHOLD, support[id(best)]):
            chosen.append(other)
    chosen = [best] + sorted(chosen[1:], key=lambda c: c.start)
    # "Every item below must be complete before the first day of work:": the items it leads into say it
    items = [i for i in items_after_lead(best, candidates, snap) if not any(i.overlaps(c) for c in chosen)]
    if items:
        chosen = [best] + items + [c for c in chosen[1:] if not any(c.overlaps(i) for i in items)]
    # "Equipment performance test: Pass/Fail": the exam's other parts, each ending with what it counts for
    chosen = whole_weight_lines(chosen, candidates, snap, plan.standalone)
    builder = CitationBuilder(snap)
    text = render_block(plan, snap, best.doc_id, chosen, builder, False, primary.name if primary else "")
    text, citations = builder.finalize(text)
    return Answer(text=text, answered=True, citations=citations, retrieved=retrieved_ids(docs),
                  standalone_query=plan.standalone, route="evidence", support=round(support[id(best)], 4),
                  support_parts=parts[id(best)])


def _per_document(
    plan: QueryPlan, docs: list[Document], snap: Snapshot, ranked: list[Sentence], focus: list[str],
    support: dict[int, float], parts: dict[int, tuple[float, float]], primary: Any,
) -> Answer | None:
    """A question about several classes (a comparison): each one's best-supported passages, in its own block."""
    builder = CitationBuilder(snap)
    blocks: list[str] = []
    unstated: list[str] = []
    best: Sentence | None = None
    for doc_id in focus:
        own = [c for c in ranked if c.doc_id == doc_id]
        if not own or support[id(own[0])] < SUPPORT_THRESHOLD:
            unstated.append(doc_label(snap, doc_id, plan.levels))
            continue
        chosen = [own[0]] + [c for c in own[1:2] if c.score >= own[0].score - RUNNER_UP_MARGIN]
        blocks.append(render_block(plan, snap, doc_id, chosen, builder, True, primary.name if primary else ""))
        if best is None or support[id(own[0])] > support[id(best)]:
            best = own[0]
    if best is None:
        top = ranked[0]
        return Answer(text="", answered=False, retrieved=retrieved_ids(docs), standalone_query=plan.standalone,
                      route="evidence", support=round(support[id(top)], 4), support_parts=parts[id(top)])
    text = "\n\n".join(blocks)
    if unstated:
        text += "\n\n" + "; ".join(unstated) + ": no passage found that states it."
    text, citations = builder.finalize(text)
    return Answer(text=text, answered=True, citations=citations, retrieved=retrieved_ids(docs),
                  standalone_query=plan.standalone, route="evidence", support=round(support[id(best)], 4),
                  support_parts=parts[id(best)])


def _candidates(plan: QueryPlan, docs: list[Document], snap: Snapshot) -> list[Sentence]:
    """Passages of the retrieved chunks (every document) and of the classes in focus, at most MAX_CANDIDATES."""
    retrieved = candidate_sentences(snap, docs, dataclasses.replace(plan, doc_ids=[]))
    focused = candidate_sentences(snap, [], dataclasses.replace(plan, doc_ids=plan.doc_ids[:2])) if plan.doc_ids else []
    seen: set[tuple[str, int, int]] = set()
    out: list[Sentence] = []
    for sentence in retrieved + focused:
        key = (sentence.doc_id, sentence.start, sentence.end)
        if key not in seen and len(sentence.text) <= 1200:
            seen.add(key)
            out.append(sentence)
    if len(out) <= MAX_CANDIDATES:
        return out
    question = set(tokens(f"{plan.standalone} {plan.question}"))  # the question with its abbreviations spelt out
    def cheap(sentence: Sentence) -> float:
        words = set(tokens(sentence.text + " " + sentence.section))
        return len(question & words) / (1 + len(question)) + 0.3 / (1 + sentence.chunk_rank)
    return sorted(out, key=cheap, reverse=True)[:MAX_CANDIDATES]


LEVEL_OPENING_CHARS = 60


def _level_prior(candidate: Sentence, plan: QueryPlan, snap: Snapshot) -> float:
    """A passage opening on a level of its series ("Maintenance Worker III | 4103 | 20 | $27.18 …") is about that
    level: a nudge when the question asks it, a debit when it asks another."""
    doc = snap.documents.get(candidate.doc_id)
    if not plan.levels or doc is None or not doc.levels:
        return 0.0
    opening = level_mentions(candidate.text[:LEVEL_OPENING_CHARS], doc.title, doc.levels)
    if not opening:
        return 0.0
    return 0.05 if opening[0] in plan.levels else -0.3


def _prior(candidate: Sentence, plan: QueryPlan, primary: Any) -> float:
    """Small nudges from what the rules know; never enough on their own to pass the threshold."""
    prior = 0.08 / (1 + candidate.chunk_rank)
    if candidate.doc_id in plan.doc_ids:
        prior += 0.05
    if primary is not None and (primary.evidence.search(candidate.text) or primary.evidence.search(candidate.section)):
        prior += 0.08
    if plan.levels and candidate.chunk_level:
        prior += 0.05 if candidate.chunk_level in plan.levels else -0.08
    if label_names_asked(candidate.text, plan.standalone):
        prior += 0.08  # "Job Number: 24-0117" for "what's the job number …?"
    if BOILERPLATE_PASSAGE.search(candidate.text):
        prior -= 0.2
    if len(candidate.text) < 20:
        prior -= 0.15
    return prior


def name_words(plan: QueryPlan, docs: list[Document], snap: Snapshot) -> set[str]:
    """Question words that only name the class or employer: retrieval matched them, passages need not repeat them."""
    words = {t.lower() for t in plan.name_tokens} | _LEVEL_NUMERAL | {"level", "levels"}
    focus = list(plan.doc_ids[:3]) or list(dict.fromkeys(d.metadata["doc_id"] for d in docs))[:3]
    for doc_id in focus:
        doc = snap.documents.get(doc_id)
        if doc is not None:
            for text in naming_texts(doc):
                words.update(w.lower() for w in raw_tokens(text))
    words.update(short for short, full in TITLE_SYNONYMS.items() if full in words)  # "tech" names "Technician"
    return words
