"""Offline answering: the few best sentences of the retrieved sections, each cited.

No language model and no API key. A fact question leads with the direct fact
in one line; the answer refuses (``answered=False``) when the passages do not
state what was asked, naming the closest documents instead.

Example:
    >>> answer = ExtractiveAnswerer().answer(plan, docs, snapshot)
    >>> answer.text.splitlines()[0]
    '$25.34–$33.96 an hour ($52,707.20–$70,636.80 a year) [1]'
"""

from __future__ import annotations

import dataclasses

from typing import Iterator

from langchain_core.documents import Document

from assistant.answering.answer import Answer, AnswerEvent
from assistant.answering.asked_thing import (
    asked_phrase, asks_a_known_kind, names_a_pay_item, names_the_thing_asked, unstated_words,
)
from assistant.answering.citations import CitationBuilder
from assistant.answering.class_in_text import document_naming_class
from assistant.answering.completion import completed, with_following_figure, with_formula
from assistant.answering.credential_timing import credential_timing_answer
from assistant.answering.supervision_limits import asks_if_supervises, limits_supervision, with_supervision_limits
from assistant.answering.answer_blocks import render_block
from assistant.answering.evidence import MAX_SENTENCES, candidate_sentences, unknown_terms
from assistant.answering.sentence_ranks import rank_sentences
from assistant.answering.sentence_choice import OPEN_INTENTS, choose_sentences, with_meaning
from assistant.answering.target_documents import target_docs
from assistant.answering.answer_additions import grade_hint
from assistant.answering import evidence_answer as evidence_module
from assistant.answering.evidence_answer import evidence_answer
from assistant.answering.evidence_list import list_answer
from assistant.answering.named_document import names_retrieved_document
from assistant.answering.passage_scores import SEMANTIC_CHARS, PassageScorer
from assistant.answering.pay_passages import states_pay_asked
from assistant.answering.question_fit import document_fits_description, needs_terms, quotes_asked_words, quotes_same
from assistant.answering.protocol import stream_finished
from assistant.answering.two_parts import answer_in_parts, with_level_pay
from assistant.answering.word_neighbours import in_passage_words, says_in_other_words
from assistant.answering.wording import INTENT_DESCRIPTIONS, doc_label, refusal, refused_with_closest, retrieved_ids
from assistant.answering.yes_no import with_yes_lead
from assistant.domain.abbreviations import without_expansions
from assistant.domain.pay import asks_amount, states_amount
from assistant.query.costs_asked import COST_BORNE, asks_cost_borne
from assistant.query.intents import detect_intents
from assistant.query.parts import asked_part, description_words
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.text import raw_tokens

CLEAR_SUPPORT = 0.45  # an evidence answer this well supported outranks a rule answer that knew no kind of fact


class ExtractiveAnswerer:
    """Quotes the best supporting sentences; refuses when no passage supports the question.

    Two readers, in order: the class-spec rules (intents, levels, section names), then, when they
    would refuse, the layout-blind :class:`~assistant.answering.passage_scores.PassageScorer` over the
    retrieved passages. A refusal therefore needs both to find no support.

    Example:
        >>> answerer = ExtractiveAnswerer(PassageScorer(index.embeddings.embed_documents))
        >>> answerer.answer(plan, docs, snapshot).answered
        True
    """

    max_sentences = MAX_SENTENCES

    def __init__(self, scorer: PassageScorer | None = None) -> None:
        self.scorer = scorer

    def stream(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Iterator[AnswerEvent]:
        yield from stream_finished(self.answer(plan, docs, snap))

    def answer(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Answer:
        timed = credential_timing_answer(plan, docs, snap)  # "do i need my PLS before i start or can i get it after?"
        if timed is not None:
            return timed
        found = self._answered(plan, docs, snap)
        unknown = unknown_terms(plan, snap) if not found.answered and self.scorer is not None else []
        if any(f"“{word}”" in found.text for word in unknown):
            # refused on a word no document has: "what eyesight do you need …?" where the passages say "vision" is
            # asked again in their words (an answer given, or a refusal on other grounds, stands as it is)
            asked = in_passage_words(plan, unknown, docs, self.scorer.vectors)
            if asked is not plan:
                again = self._answered(asked, docs, snap)
                if again.answered:
                    return again
        return found

    def _answered(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Answer:
        found = answer_in_parts(self._checked, plan, docs, snap) or self._checked(plan, docs, snap)
        found = with_level_pay(self._checked, plan, docs, snap, found)
        found = with_following_figure(completed(found, plan, docs, snap, self.scorer), plan, snap)
        found = with_formula(found, plan, snap)
        found = with_supervision_limits(found, plan.standalone, snap)
        if any(limits_supervision(c.quote) for c in found.citations) and asks_if_supervises(plan.standalone):
            return found  # "… do not hire or discipline permanent staff": no bare "Yes" leads a lead role's answer
        return with_yes_lead(found, plan.standalone, plan.name_tokens)

    def _checked(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Answer:
        found = self._answer(plan, docs, snap)
        unstated = unstated_words(plan, found.citations) if found.answered else []
        if unstated:
            # "What training … before investigating complaints alone?" quoting "Before investigating complaints
            # independently, a Specialist I must be designated …": the next sentence, which states the training
            # ("Designation requires 40 hours of classroom training …"), completes it rather than a refusal (a
            # passage elsewhere holding the word does not: "Salary Range: …" of the class a Senior class is named in)
            whole = completed(found, plan, docs, snap, self.scorer, following_only=True)
            if whole is not found and not unstated_words(plan, whole.citations):
                return whole
        asked = asked_part(plan.question) if unstated and found.citations else ""
        if asked:
            # "How much travel is there in the state job that assesses risks to …?": the describing clause found the
            # class and its best passage is that description; what is asked, asked of the class found
            about = dataclasses.replace(plan, question=asked, standalone=asked, intents=detect_intents(asked),
                                        doc_ids=plan.doc_ids or [found.citations[0].doc_id])
            again = self._answer(about, docs, snap)
            if again.answered and not unstated_words(about, again.citations):
                return again
        if unstated and (asks_a_known_kind(plan, unstated) or names_a_pay_item(unstated) or not self.scorer
                         or names_the_thing_asked(plan, unstated) or not says_in_other_words(
                asked_phrase(plan.question), [c.quote[:SEMANTIC_CHARS] for c in found.citations], self.scorer.vectors)):
            # "How many paid holidays …?" answered by "… full-time paid experience": what is asked is not there.
            # A kind of fact the rules know ("probationary") is stated in its own words or not at all: a passage
            # close in meaning ("… the filing period …") does not state it in other words
            words = ", ".join(f"“{w}”" for w in unstated[:3])
            return refused_with_closest(snap, f"the passages found do not mention {words}", docs, plan, found)
        asks_pay = bool(plan.intents) and plan.intents[0].name == "salary"  # "what's the salary range …?"
        if found.answered and (asks_amount(plan.question) or asks_pay) and not any(states_pay_asked(plan.question, c.quote) for c in found.citations):
            # "How much bilingual pay …?" answered by "… receive bilingual pay as provided in the MOU": the topic
            # is there, the amount is not; say so, naming what was found rather than passing it off as the answer
            return refused_with_closest(snap, "the passages found state no amount", docs, plan, found)
        if found.answered and asks_cost_borne(plan.question) and not any(COST_BORNE.search(c.quote) for c in found.citations):
            # "Will the State pay for my ETCP rigging exam?" answered by "… upon showing current ETCP Certified Rigger
            # certification": the credential is there, who pays for it is not
            return refused_with_closest(snap, "the passages found do not say who pays for it", docs, plan, found)
        return found

    def _answer(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Answer:
        named_in = document_naming_class(plan, docs, snap) or (
            plan.missing and names_retrieved_document(plan, docs, snap, titled_only=True))
        if named_in:
            # the class the catalog lacks is a heading, title field or report row of a retrieved document ("POLICE
            # SERGEANT" in the Police Officer Series), or a retrieved document bears its title and its text names the
            # employer the catalog did not read: that document is the class's, its passages (and row) the answer
            plan = dataclasses.replace(plan, missing="", doc_ids=[named_in])
        listed = list_answer(plan, docs, snap, self.scorer) if self.scorer is not None else None
        if listed is not None:
            return listed  # "which classes ...": every document that states it, not the best one only
        ruled = self._rule_answer(plan, docs, snap)
        if not ruled.answered:
            ruled = self._described_class_answer(plan, docs, snap, ruled)
        if self.scorer is None or not docs:
            return ruled
        if ruled.answered:
            if plan.intents or plan.comparison:
                return ruled
            # no kind of fact the rules know ("does it have to be on call?"): their pick rests on shared words alone,
            # and the passage that supports the question best, when it clearly does, is the better answer
            supported = evidence_answer(plan, docs, snap, self.scorer)
            if supported is not None and (supported.support or 0.0) >= CLEAR_SUPPORT and not quotes_same(supported, ruled) \
                    and not quotes_asked_words(plan, docs, snap, ruled):
                return supported
            return ruled
        if plan.missing and not names_retrieved_document(plan, docs, snap):
            return ruled  # the question names a class (or level) that no retrieved document is
        supported = evidence_answer(plan, docs, snap, self.scorer)
        if supported is None or _pay_of_another_class(plan, supported):
            return ruled
        if supported.support is not None and supported.support >= evidence_module.SUPPORT_THRESHOLD:
            return self._for_the_class_found(plan, docs, snap, supported)
        if supported.citations and document_fits_description(plan, snap, supported.citations[0].doc_id):
            return supported  # "which job answers 911 calls, … and dispatches by radio?": its document, as a whole
        ruled.support, ruled.support_parts = supported.support, supported.support_parts
        return ruled

    def _described_class_answer(self, plan: QueryPlan, docs: list[Document], snap: Snapshot, ruled: Answer) -> Answer:
        """A class both found (its employer has no other, or it is named) and described ("the City of Norcaster job
        that tracks down witnesses …"), asked an open question ("what do you need to apply?"): the describing words
        found it and name it, as when the description alone finds it; its qualifications section answers, not a
        passage that happens to repeat "witnesses"."""
        primary = plan.intents[0] if plan.intents else None
        described = description_words(plan.question)
        if not plan.doc_ids or primary is None or primary.name not in OPEN_INTENTS or not described:
            return ruled
        named = dataclasses.replace(plan, name_tokens=set(plan.name_tokens) | set(raw_tokens(" ".join(described))))
        again = self._rule_answer(named, docs, snap)
        return again if again.answered else ruled

    def _for_the_class_found(self, plan: QueryPlan, docs: list[Document], snap: Snapshot, supported: Answer) -> Answer:
        """A class described, not named ("the university staffer who does the IPEDS reports"), asked an open
        question (its minimum qualifications, its duties): the passage that supports the question best finds the
        class, and the answer is what the rules quote for that class, not that one passage. So too for a fact of
        another kind ("the job that checks storm drains for larvae, does it get overtime?") when the passages found
        are all one class's: the description found the class, the rules answer what is asked of it."""
        primary = plan.intents[0] if plan.intents else None
        if plan.doc_ids or primary is None or not supported.citations:
            return supported
        if primary.name not in OPEN_INTENTS and (len({c.doc_id for c in supported.citations}) > 1
                                                 or not primary.cues.search(without_expansions(plan.question))):
            return supported  # (a kind asked in the question's own words: "sped" spelled out is no education question)
        # the describing words found the class: they are its name now, not words its passages must repeat
        found = dataclasses.replace(plan, doc_ids=[supported.citations[0].doc_id],
                                    name_tokens=set(plan.name_tokens) | set(raw_tokens(plan.question)))
        ruled = self._rule_answer(found, docs, snap)
        if not ruled.answered:
            return supported
        ruled.route, ruled.support, ruled.support_parts = supported.route, supported.support, supported.support_parts
        return ruled

    def _rule_answer(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Answer:
        if plan.missing:
            return refusal(snap, plan.missing, docs, plan)
        if not docs:
            return refusal(snap, "nothing in the indexed documents matches the question", docs, plan)
        if not plan.doc_ids and not plan.intents and not needs_terms(plan, snap, 1):
            return refusal(snap, "the question names no class and asks about nothing the documents cover", docs, plan)
        unknown = unknown_terms(plan, snap)
        if unknown:
            words = ", ".join(f"“{w}”" for w in unknown[:3])
            return refusal(snap, f"no document mentions {words}", docs, plan)
        ranked = with_meaning(plan, rank_sentences(candidate_sentences(snap, docs, plan), plan, snap), self.scorer)
        if not ranked:
            return refusal(snap, "the retrieved passages do not state it", docs, plan)
        targets = target_docs(plan, ranked, retrieved_ids(docs))
        builder = CitationBuilder(snap)
        blocks: list[str] = []
        missing: list[str] = []
        primary = plan.intents[0] if plan.intents else None
        multi = len(targets) > 1
        for doc_id in targets:
            chosen = choose_sentences(plan, [s for s in ranked if s.doc_id == doc_id], single=not multi, snap=snap)
            if not chosen:
                if doc_id in plan.doc_ids:  # only classes the question named are worth a "does not state"
                    missing.append(doc_label(snap, doc_id, plan.levels))
                continue
            blocks.append(render_block(plan, snap, doc_id, chosen, builder, multi, primary.name if primary else ""))
        if not blocks:
            what = INTENT_DESCRIPTIONS.get(primary.name, "what was asked") if primary else "what was asked"
            names = "; ".join(missing) if missing else "the retrieved documents"
            answer = refusal(snap, f"{names} does not state {what}", docs, plan)
            hint = grade_hint(plan, ranked) if primary is not None and primary.name == "salary" else ""
            if hint:
                answer.text += f" It gives a grade instead: “{hint}”."
            return answer
        text = "\n\n".join(blocks)
        if missing:
            what = INTENT_DESCRIPTIONS.get(primary.name, "this") if primary else "this"
            text += "\n\n" + "; ".join(missing) + f": the document does not state {what}."
        if plan.ambiguous and len(targets) > 1:
            text = "Several classes match that name; here is what each document says.\n\n" + text
        text, citations = builder.finalize(text)
        return Answer(text=text, answered=True, citations=citations, retrieved=retrieved_ids(docs),
                      standalone_query=plan.standalone)


def _pay_of_another_class(plan: QueryPlan, supported: Answer) -> bool:
    """Whether the pay quoted for a class the catalog lacks is another's: "What is the salary for a Senior Permit Center
    Technician?" of the Technician's page, which lists the Senior class in its related classes ("Senior Permit Center
    Technician | 2320 | Lead level") but states only its own pay."""
    if not plan.missing or not plan.unlisted or not plan.intents or plan.intents[0].name not in {"salary", "grade"}:
        return False
    name = plan.unlisted.lower()
    return not any(name in c.quote.lower() and states_amount(c.quote) for c in supported.citations)
