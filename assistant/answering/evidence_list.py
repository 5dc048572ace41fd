"""A "which classes …" question the fact cards could not answer, answered from passages: every document whose best
passage supports the question about as well as the best one does, each cited.

Why: "Which of these jobs pay extra for being bilingual?" or "Which employers pay an incentive for a professional
designation?" ask about a fact no card holds; each document's own passage says whether it applies, and the list is
the documents whose passages say it nearly as well as the best.

Example:
    >>> list_answer(plan, docs, snapshot, scorer).text.splitlines()[0]  # doctest: +SKIP
    'The documents that state it:'
"""

from __future__ import annotations

import dataclasses
import re

from langchain_core.documents import Document

from assistant.answering.answer import Answer
from assistant.answering.citations import CitationBuilder
from assistant.answering.class_headings import class_heading
from assistant.answering.evidence import Sentence, candidate_sentences, idf
from assistant.answering.evidence_answer import BOILERPLATE_PASSAGE, SUPPORT_THRESHOLD, name_words
from assistant.answering.passage_scores import PassageScorer
from assistant.answering.wording import clean_quote, doc_label, retrieved_ids
from assistant.domain.levels import without_series
from assistant.domain.pay import asks_amount
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.text import raw_tokens, stem, tokens

__all__ = ["LIST_QUESTION", "list_answer"]

LIST_QUESTION = re.compile(
    r"^\W*(?:which|what|list|name|are there any)\b.{0,80}?\b(?:classes|classifications|jobs|positions|specifications|"
    r"specs|bulletins|titles|roles|exams|postings|careers|occupations|employers|agencies|organizations)\b",
    re.IGNORECASE,
)
LIST_MARGIN = 0.18
LIST_SHARE = 0.78  # or this share of the best support, when that is more lenient (a strong best passage)
PER_DOCUMENT_CANDIDATES = 4
RARE_SHARE = 0.25  # a word this share of the documents state at most (at least two) tells what a list is of
SAME_SUPPORT = 0.03  # two passages whose support differs less than this support the question about as well
COMMON_SHARE = 0.5  # a word at least this share of the documents state is common to them
RARE_KEY_SHARE = 0.5  # ... in a passage that supports the question at least this share as well as the best one


def list_answer(
    plan: QueryPlan, docs: list[Document], snap: Snapshot, scorer: PassageScorer,
) -> Answer | None:
    """A "which classes ..." question the fact cards could not answer: every document whose best passage
    supports the question about as well as the best one does, each with that passage cited.

    Each document offers its few passages that share the most words with the question (no encoding for
    that), so the cost stays a few dozen passages per question whatever the corpus size."""
    if not LIST_QUESTION.search(plan.question):
        return None
    if plan.doc_ids:
        if not _asks_across_classes(plan, snap):
            return None
        plan = dataclasses.replace(plan, doc_ids=[], name_tokens=set())
    question = plan.question
    # (the family's words most documents state tell none apart: "coroner" of "the coroner and medical examiner jobs")
    names = name_words(plan, [], snap) | _LIST_WORDS | {
        w for w in _family_words(question) if snap.vocabulary.get(stem(w), 0) >= COMMON_SHARE * len(snap.documents)}
    wanted = set(tokens(question)) - {stem(w) for w in names}
    by_doc: dict[str, list[tuple[float, Sentence]]] = {}
    in_scope = [doc_id for doc_id in snap.chunks_by_doc if snap.employs(doc_id, plan.employers)]
    weights = {term: idf(snap, term) for term in wanted}  # "call" tells more than "duty", which every spec has
    for sentence in candidate_sentences(snap, [], dataclasses.replace(plan, doc_ids=in_scope)):
        overlap = sum(weights[t] for t in wanted & set(tokens(sentence.text + " " + sentence.section)))
        if overlap:
            by_doc.setdefault(sentence.doc_id, []).append((overlap, sentence))
    candidates: list[Sentence] = []
    for own in by_doc.values():
        # as many shared words: a sentence stating the asked kind of fact ("$78,675") before one naming it
        # (the first kind asked before the others: "… pay a shift differential?" states a differential before a
        # shift's hours)
        own.sort(key=lambda pair: (-pair[0], not any(i.evidence.search(pair[1].text) for i in plan.intents[:1]),
                                   not any(i.evidence.search(pair[1].text) for i in plan.intents)))
        candidates += [sentence for _, sentence in own[:PER_DOCUMENT_CANDIDATES]]
    if not candidates:
        return None
    scores = scorer.score(question, [c.display for c in candidates], [c.section for c in candidates],
                          idf=lambda term: idf(snap, term), ignore=names,
                          kinds=[(intent.cues, intent.evidence) for intent in plan.intents], dictionary=snap.dictionary)
    shared = {id(c): len(wanted & set(tokens(c.text + " " + c.section))) for c in candidates}
    supported: dict[str, list[tuple[float, Sentence]]] = {}
    for candidate, score in zip(candidates, scores):
        if not BOILERPLATE_PASSAGE.search(candidate.text):
            supported.setdefault(candidate.doc_id, []).append((score.support, candidate))
    best_by_doc: dict[str, tuple[float, Sentence]] = {}
    for doc_id, own_scores in supported.items():
        # of the passages about as well supported as the best, the one saying more of the question's words ("Plant
        # Propagator II: a Class A commercial driver's license (CDL) …" over "Both levels: a valid driver's license."
        # for a commercial license); the document's support stays its best passage's
        best = max(support for support, _ in own_scores)
        near = [(support, c) for support, c in own_scores if support >= best - SAME_SUPPORT]
        best_by_doc[doc_id] = (best, max(near, key=lambda pair: (shared[id(pair[1])], pair[0]))[1])
    if not best_by_doc:
        return None
    # the rare words of the question the best passage states ("ISA", "CDL"): another document's passage stating them
    # states the thing listed, though it says less of the rest ("ISA Certified Arborist … within 24 months of hire")
    rare = {t for t in wanted if 0 < snap.vocabulary.get(t, 0) <= max(2, RARE_SHARE * len(snap.documents))}
    if _asks_pay_kind(plan):
        best_by_doc = _amounts_first(best_by_doc, candidates, scores, rare)
    top, top_sentence = max(best_by_doc.values(), key=lambda pair: pair[0])
    key = rare & set(tokens(top_sentence.text))
    chosen = sorted(((v, s) for v, s in best_by_doc.values() if v >= SUPPORT_THRESHOLD and (
        v >= min(top - LIST_MARGIN, LIST_SHARE * top) or (v >= RARE_KEY_SHARE * top and key & set(tokens(s.text))))),
                    key=lambda pair: -pair[0])
    if len(chosen) < 2:
        return None
    builder = CitationBuilder(snap)
    lines = []
    for _, sentence in chosen[:12]:
        n = builder.cite(sentence.doc_id, sentence.cite_start, sentence.end, sentence.section, sentence.chunk_level, sentence.page)
        # (a series page's passage says under which class's heading it stands: "Head Start Assistant Teacher: …")
        under = class_heading(sentence, snap.documents.get(sentence.doc_id))
        line = f"- **{doc_label(snap, sentence.doc_id)}**: {under}{clean_quote(sentence.display)} [{n}]"
        amount = _amount_after(sentence, plan, snap) if _asks_pay_kind(plan) else None
        if amount is not None:
            m = builder.cite(amount.doc_id, amount.cite_start, amount.end, amount.section, amount.chunk_level, amount.page)
            line += f" {clean_quote(amount.display)} [{m}]"
        lines.append(line)
    text, citations = builder.finalize("The documents that state it:\n" + "\n".join(lines))
    return Answer(text=text, answered=True, citations=citations, retrieved=retrieved_ids(docs),
                  standalone_query=plan.standalone, route="evidence", support=round(top, 4))


AMOUNT_SHARE = 0.7  # a document's passage stating an amount, this near its best one, is quoted instead


def _asks_pay_kind(plan: QueryPlan) -> bool:
    return _asks_how_much(plan) or any(intent.name in ("salary", "differential") for intent in plan.intents)


def _amounts_first(best_by_doc: dict[str, tuple[float, Sentence]], candidates: list[Sentence], scores: list,
                   rare: set[str]) -> dict[str, tuple[float, Sentence]]:
    """"Which of these jobs pay extra for being bilingual?": a document's passage stating the amount ("Bilingual
    pay: … an additional $1.00 per hour") over its best one naming the pay only ("Bilingual premium is paid in
    addition to these rates."), when it supports the question nearly as well, states a rare word of it (not "the
    District pays 90% of the premium") and every rare word the best one states."""
    out = dict(best_by_doc)
    for doc_id, (value, sentence) in best_by_doc.items():
        if _MONEY.search(sentence.text):
            continue
        key = rare & set(tokens(sentence.text))  # (the best's rare words stay: "called back", not a night differential)

        def keeps_the_words(candidate: Sentence) -> bool:
            words = set(tokens(candidate.text))
            return bool(rare & words) and key <= words
        stating = [(score.support, c) for c, score in zip(candidates, scores)
                   if c.doc_id == doc_id and _MONEY.search(c.text) and score.support >= AMOUNT_SHARE * value
                   and keeps_the_words(c) and not BOILERPLATE_PASSAGE.search(c.text)]
        if stating:  # (the document's own support still decides whether it is listed)
            out[doc_id] = (value, max(stating, key=lambda pair: pair[0])[1])
    return out


def _asks_how_much(plan: QueryPlan) -> bool:
    """An amount asked: "how much is the standby pay?", or a kind of pay asked "…, and how much?"."""
    return asks_amount(plan.question) or bool(re.search(r"\bhow much\b", plan.question, re.I) and any(
        intent.name in ("salary", "differential") for intent in plan.intents))


def _amount_after(sentence: Sentence, plan: QueryPlan, snap: Snapshot) -> Sentence | None:
    """"… and how much?" or "which … pay standby?": the sentence right after a listed passage that states none, in its
    paragraph, when that one states the amount ("… rotate through a one-week media standby assignment." / "Standby is
    paid at $3.00 per hour.")."""
    if _MONEY.search(sentence.text):
        return None
    text = snap.doc_text(sentence.doc_id)
    for other in candidate_sentences(snap, [], dataclasses.replace(plan, doc_ids=[sentence.doc_id])):
        gap = text[sentence.end:other.start]
        if 0 <= other.start - sentence.end <= 3 and not gap.strip() and "\n\n" not in gap:
            return other if _MONEY.search(other.text) else None
    return None


_MONEY = re.compile(r"\$\s?\d|\d\s?%|\d+\s+percent\b", re.IGNORECASE)


_ACROSS_CLASSES = re.compile(
    r"^\W*(?:which|what|list|name)\s+((?:[\w'’]+\s+){0,7}?)(?:class specifications|classes|classifications|jobs|"
    r"positions|specifications|specs|bulletins|job titles|roles|exams|postings)\b",
    re.IGNORECASE,
)


def _asks_across_classes(plan: QueryPlan, snap: Snapshot) -> bool:
    """"Which State class specifications require a driver's license?" asks across the classes even when a
    word of it names one ("School Bus Driver"); "Which Carpenter classes …" asks within the named one."""
    match = _ACROSS_CLASSES.search(plan.question)
    if match is None:
        return False
    if _family_words(plan.question):
        return True  # "Which of the coroner and medical examiner jobs …": two kinds of job, not one class's levels
    before = set(tokens(match.group(1)))
    for doc_id in plan.doc_ids:
        record = snap.documents.get(doc_id)
        if record is not None and before & (set(tokens(without_series(record.title))) - _LIST_STEMS):
            return False
    return True


def _family_words(question: str) -> set[str]:
    """The words naming the family listed across when they join two kinds of job ("Which of the coroner and medical
    examiner jobs …"); else none."""
    match = _ACROSS_CLASSES.search(question)
    if match is None or not re.search(r"\b(?:and|or)\b", match.group(1), re.IGNORECASE):
        return set()
    return {w.lower() for w in raw_tokens(match.group(1))}


_LIST_WORDS = {"which", "classes", "classifications", "jobs", "positions", "specifications", "specs", "bulletins",
               "titles", "roles", "exams", "collection", "postings", "list", "any", "all"}
_LIST_STEMS = {stem(w) for w in _LIST_WORDS}
