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

import re
from typing import Iterator

from langchain_core.documents import Document

from assistant.answering.answer import Answer, AnswerEvent
from assistant.answering.asked_thing import (
    asked_phrase, asks_a_known_kind, names_a_pay_item, says_in_other_words, unstated_words,
)
from assistant.answering.citations import CitationBuilder
from assistant.answering.class_in_text import document_naming_class
from assistant.answering.completion import completed
from assistant.answering.class_headings import (
    asked_class, is_levels_own, levels_own_passages, names_other_level, owning_class, owning_classes,
)
from assistant.answering.answer_blocks import render_block
from assistant.answering.evidence import Sentence, candidate_sentences, unknown_terms, without_overlaps
from assistant.answering.sentence_ranks import rank_sentences
from assistant.answering.answer_additions import (
    grade_hint, level_line_of, with_deadline, with_each_level, with_second_intent,
)
from assistant.answering import evidence_answer as evidence_module
from assistant.answering.dated_rows import latest_dated_row
from assistant.answering.evidence_answer import evidence_answer, list_answer, names_retrieved_document
from assistant.answering.numbered_rows import asked_row_number, opens_numbered_row
from assistant.answering.list_run import field_continuation, list_run, paragraph_runs, whole_short_list, whole_table
from assistant.answering.passage_scores import SEMANTIC_CHARS, PassageScorer
from assistant.answering.pay_passages import graded_pay, pay_answer_passages, pay_passage, states_pay_asked
from assistant.answering.question_fit import (
    describes_class, document_fits_description, needs_terms, quotes_asked_words, quotes_same,
)
from assistant.answering.protocol import stream_finished
from assistant.answering.two_parts import answer_in_parts
from assistant.answering.wording import INTENT_DESCRIPTIONS, doc_label, refusal, refused_with_closest, retrieved_ids
from assistant.answering.yes_no import with_yes_lead
from assistant.domain.abbreviations import without_expansions
from assistant.domain.pay import asks_amount
from assistant.query.intents import BEYOND_THE_OTHER
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.sentences import is_table_row
from assistant.text import raw_tokens

MIN_LEXICAL = 0.34
CLEAR_SUPPORT = 0.45  # an evidence answer this well supported outranks a rule answer that knew no kind of fact
RUNNER_UP_SHARE = 0.7  # a runner-up passage scores at least this share of the best one
LIST_SHARE = 0.5  # … or this share, when the question asks for several things ("what permits or certificates")
_ASKS_FOR_SEVERAL = re.compile(
    r"^\W*(?:what|which|list)\s+(?:kinds? of |types? of |other )?(?:[a-z]+\s+){0,2}?(?!does\b|is\b|was\b|has\b)[a-z]{3,}[^s\W]s\b",
    re.IGNORECASE,
)
# "compare the experience routes …": each class states several, so each gets the single-class share of passages
_KNOWLEDGE_LEAD = re.compile(r"^\W*(?:knowledge of|ability to|skills? in)\b", re.IGNORECASE)
_ASKS_FOR_ROUTES = re.compile(r"\b(?:routes|paths|ways|options|alternatives|patterns)\b", re.IGNORECASE)
LISTED_EXTRA = 2  # passages past max_sentences for a plural ask, only from the best passage's own section
FOLLOWING_SHARE = 0.25  # a passage right after the best one continues it: kept at this share of the best score
MEANING_WEIGHT = 1.0  # weight of question-sentence similarity (cosine) added to the rule score
MEANING_CANDIDATES = 40
_MEASURED_AGAINST = re.compile(r"\b%s\b" % BEYOND_THE_OTHER, re.IGNORECASE)
WHOLE_PARAGRAPH_CHARS = 1400
OPEN_INTENTS = {"duties", "overview", "qualifications", "knowledge"}
BOILERPLATE = re.compile(
    r"not (?:intended|an exhaustive|all-inclusive)|representative summary|may include any of the following|"
    r"list that follows|duties listed are typical|may be changed at any time|print friendly|performs related duties|"
    r"may not be required to perform all|not all duties",
    re.IGNORECASE,
)


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

    max_sentences = 3

    def __init__(self, scorer: PassageScorer | None = None) -> None:
        self.scorer = scorer

    def stream(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Iterator[AnswerEvent]:
        yield from stream_finished(self.answer(plan, docs, snap))

    def answer(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Answer:
        found = answer_in_parts(self._checked, plan, docs, snap) or self._checked(plan, docs, snap)
        return with_yes_lead(completed(found, plan, docs, snap, self.scorer), plan.standalone, plan.name_tokens)

    def _checked(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Answer:
        found = self._answer(plan, docs, snap)
        unstated = unstated_words(plan, found.citations) if found.answered else []
        if unstated and (asks_a_known_kind(plan, unstated) or names_a_pay_item(unstated) or not self.scorer or not says_in_other_words(
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
        return found

    def _answer(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Answer:
        named_in = document_naming_class(plan, docs, snap)
        if named_in:
            # the class the catalog lacks is a heading, title field or report row of a retrieved document ("POLICE
            # SERGEANT" in the Police Officer Series): that document is the class's, its passages (and row) the answer
            plan = dataclasses.replace(plan, missing="", doc_ids=[named_in])
        listed = list_answer(self, plan, docs, snap, self.scorer) if self.scorer is not None else None
        if listed is not None:
            return listed  # "which classes ...": every document that states it, not the best one only
        ruled = self._rule_answer(plan, docs, snap)
        if self.scorer is None or not docs:
            return ruled
        if ruled.answered:
            if plan.intents or plan.comparison:
                return ruled
            # no kind of fact the rules know ("does it have to be on call?"): their pick rests on shared words alone,
            # and the passage that supports the question best, when it clearly does, is the better answer
            supported = evidence_answer(self, plan, docs, snap, self.scorer)
            if supported is not None and (supported.support or 0.0) >= CLEAR_SUPPORT and not quotes_same(supported, ruled) \
                    and not quotes_asked_words(plan, docs, snap, ruled):
                return supported
            return ruled
        if plan.missing and not names_retrieved_document(plan, docs, snap):
            return ruled  # the question names a class (or level) that no retrieved document is
        supported = evidence_answer(self, plan, docs, snap, self.scorer)
        if supported is None:
            return ruled
        if supported.support is not None and supported.support >= evidence_module.SUPPORT_THRESHOLD:
            return self._for_the_class_found(plan, docs, snap, supported)
        if supported.citations and document_fits_description(plan, snap, supported.citations[0].doc_id):
            return supported  # "which job answers 911 calls, … and dispatches by radio?": its document, as a whole
        ruled.support, ruled.support_parts = supported.support, supported.support_parts
        return ruled

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
        ranked = self._with_meaning(plan, rank_sentences(candidate_sentences(snap, docs, plan), plan, snap))
        if not ranked:
            return refusal(snap, "the retrieved passages do not state it", docs, plan)
        targets = self._target_docs(plan, ranked)
        builder = CitationBuilder(snap)
        blocks: list[str] = []
        missing: list[str] = []
        primary = plan.intents[0] if plan.intents else None
        multi = len(targets) > 1
        for doc_id in targets:
            chosen = self._choose(plan, [s for s in ranked if s.doc_id == doc_id], single=not multi, snap=snap)
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

    # --- choosing
    def _with_meaning(self, plan: QueryPlan, ranked: list[Sentence]) -> list[Sentence]:
        """For a question outside every intent, the rule ranking re-ordered by each leading candidate's
        similarity in meaning to the question.

        Without an intent the rules rank by shared words only; the embedding knows what a sentence is about
        whatever its wording ("is the class still used?" / "This class was abolished"). Only the leading
        candidates are encoded (vectors are cached by text)."""
        if self.scorer is None or not ranked:
            return ranked
        if plan.intents:
            return ranked  # the rules know the kind of fact asked and where specs state it: their order stands
        top = ranked[:MEANING_CANDIDATES]
        vectors = self.scorer.vectors([plan.standalone, *(s.text[:SEMANTIC_CHARS] for s in top)])
        similarities = [float(x) for x in vectors[1:] @ vectors[0]]
        for sentence, similarity in zip(top, similarities):
            # a field the question names by its label ("Job Number: 2025-FD-017") is about what is asked, however
            # little a label and a code share in meaning with the question's sentence
            sentence.score += MEANING_WEIGHT * (max(similarities) if sentence.names_asked else similarity)
        return sorted(top, key=lambda s: s.score, reverse=True) + ranked[MEANING_CANDIDATES:]

    def _target_docs(self, plan: QueryPlan, ranked: list[Sentence]) -> list[str]:
        if plan.doc_ids:
            limit = 4 if (plan.comparison or plan.ambiguous or len(plan.doc_ids) > 1) else 1
            present = [d for d in plan.doc_ids if any(s.doc_id == d for s in ranked)]
            return present[:limit] or plan.doc_ids[:1]
        # No class named: answer from the best document, and from others that answer about as well
        best_by_doc: dict[str, float] = {}
        for s in ranked:
            best_by_doc.setdefault(s.doc_id, s.score)
        ordered = sorted(best_by_doc, key=lambda d: best_by_doc[d], reverse=True)
        top = best_by_doc[ordered[0]]
        return [d for d in ordered[:3] if best_by_doc[d] >= top - 0.15]

    def _choose(self, plan: QueryPlan, ranked: list[Sentence], single: bool, snap: Snapshot) -> list[Sentence]:
        if not ranked:
            return []
        primary = plan.intents[0] if plan.intents else None
        grounded = ranked
        if primary is not None and primary.name == "difference" and len(plan.levels) >= 2:
            # "the difference between Custodian I and Custodian II": what each level's own passage says of it
            # (its distinguishing characteristics, else its definition), one level after the other
            own = [next((s for s in ranked if s.section_type == kind and is_levels_own(s, snap, [level])), None)
                   for level in plan.levels[:3] for kind in ("distinguishing", "summary")]
            # each level's distinguishing passage carried on through its paragraph (training, supervision, when
            # one may advance): its first sentence alone ("This is the entry level") tells little apart
            by_level = paragraph_runs([s for s in own if s is not None], ranked, snap)
            if len(by_level) >= 2:
                return by_level[: self.max_sentences + 1]
        if primary is not None:
            grounded = [s for s in ranked if s.intent_hit or s.lexical >= 0.5]
            if primary.name in OPEN_INTENTS and not needs_terms(plan, snap, 1):
                # An open question ("what does X do?"): the opening of the most telling section, in reading order
                # (a class's "Knowledge of: …" under its own heading, whatever that heading's type, is its knowledge)
                preferred = [s for s in ranked if (s.section_type in primary.sections or (
                    primary.name == "knowledge" and _KNOWLEDGE_LEAD.match(s.text))) and not BOILERPLATE.search(s.text)]
                preferred.sort(key=lambda s: (primary.sections.index(s.section_type) if s.section_type in primary.sections
                                              else 0, s.start, s.end))
                # a level's own paragraph is quoted in whole sentences ("… perform the difficult identifications;
                # man the Command Center; …; and may act as leadperson"): its last item may be what sets it apart
                whole = without_overlaps(sorted(preferred, key=lambda s: (
                    primary.sections.index(s.section_type) if s.section_type in primary.sections else 0, s.start, -s.end)))
                # a list item and the run-on line it comes from are both candidates: the items, each once
                preferred = without_overlaps(preferred)
                if plan.levels:
                    # a level of a series: that level's own passage first
                    own = levels_own_passages(whole, ranked, snap, plan.levels)
                    if own and _MEASURED_AGAINST.search(plan.question):
                        # "what can a Librarian II do that a Librarian I can't?": the level's own paragraph whole, where
                        # its later sentences ("Unlike the Librarian I, …", "… also supervises …") set it apart
                        prose = [s for s in own if not is_table_row(s.text)] or own  # not its code table's row
                        return paragraph_runs(prose[:1], ranked, snap, WHOLE_PARAGRAPH_CHARS) + [
                            s for s in prose[1:2] if s.section != prose[0].section]
                    if own:
                        return own[: self.max_sentences]
                named_class = asked_class(plan, preferred, snap)
                if named_class:
                    # a class of a series page ("Senior Radiologic Technologist (Specialist)"): its own passages
                    return [s for s in preferred if named_class in owning_classes(s, snap)][: self.max_sentences]
                if preferred:
                    top_type = preferred[0].section_type
                    opening = [s for s in preferred if s.section_type == top_type][: self.max_sentences]
                    definition = next((s for s in preferred if s.section_type == "summary"), None)
                    if primary.name == "duties" and top_type == "duties" and definition is not None:
                        # "what does X do?": the class definition says it in one sentence, the tasks then show it
                        opening = [definition] + opening
                    return opening
            graded = graded_pay(plan, ranked, snap) if primary.name == "salary" else []
            if graded:
                return graded  # the class's grade row, then that grade's pay row
            if not grounded:
                return []
        best = grounded[0]
        if primary is not None and primary.name == "salary":
            best = pay_passage(best, grounded, plan.question)
            grounded = [best] + [s for s in grounded if s is not best]
        open_ended = primary is not None and primary.name in OPEN_INTENTS
        knows = primary is not None and primary.name == "knowledge" and best.intent_hit and best.section_type in primary.sections
        if (primary is None or open_ended) and best.lexical < MIN_LEXICAL and needs_terms(plan, snap, 1) and not knows \
                and not best.names_asked:  # ("Season: May 16 through September 7" for "what are the season dates?")
            return []  # (the knowledge a class needs is its knowledge section, whatever kind is asked: "trade knowledge")
        if primary is not None and not open_ended and best.lexical == 0 and needs_terms(plan, snap):
            # The question asks something more specific than its intent: a passage must carry its words
            # (the row of the period asked states it by its number: "5 4,001 - 5,000 80% $46.72" for "the fifth period")
            row_number = asked_row_number(plan.question)
            specific = [s for s in grounded if s.lexical >= 0.5 or (row_number and opens_numbered_row(s.text, row_number))]
            if not specific and best.intent_hit and describes_class(plan, snap, best.doc_id):
                specific = [best]  # "how much do the shift leads who run the sewage plant make?": the words describe it
            if not specific:
                return []
            # ... and say the asked kind of fact: a class's header rows carry the words that describe the class
            # ("the water maint guys") but say nothing of what is asked ("how much … lift"): then the best
            # passage about the kind of fact stands
            specific = [s for s in specific if s.intent_hit or s.section_type in primary.sections] or [best]
            best = specific[0]
            grounded = [best] + [s for s in grounded if s is not best]
        limit = self.max_sentences if single or _ASKS_FOR_ROUTES.search(plan.question) else 2
        chosen = [best] + field_continuation(best, ranked, plan.standalone)
        level_line = level_line_of(plan, ranked, snap, best)
        if level_line is not None:
            chosen.append(level_line)
        pool = grounded + [s for s in ranked if s not in grounded]
        owner = owning_class(best, snap)
        if owner and primary is not None and primary.name == "difference":
            # how two classes differ: the best sentence under each other class next, then the rest
            owners = {id(s): owning_class(s, snap) for s in pool}
            firsts = {}
            for s in pool:
                if owners[id(s)] and owners[id(s)] != owner:
                    firsts.setdefault(owners[id(s)], s)
            pool = list(firsts.values()) + [s for s in pool if s not in firsts.values()]
        elif owner:
            # "which level is the first supervisory one, and what experience does it require?": the rest of the
            # answer comes from under the same class's headings as its best sentence, where there are any
            owners = {id(s): owning_class(s, snap) for s in pool}
            pool = [s for s in pool if owners[id(s)] == owner] + [s for s in pool if not owners[id(s)]]
        doc = snap.documents.get(best.doc_id)
        plural = bool(_ASKS_FOR_SEVERAL.search(plan.question))
        if plural and single:
            limit += LISTED_EXTRA  # "what licenses and certificates …": a fourth item of the same list is no padding
        if plural:
            chosen += list_run(best, ranked, snap, limit - len(chosen))
        elif primary is not None and best.intent_hit:
            # the next items of its list that state the same kind of fact ("up to 50 pounds when securing
            # wheelchairs; … a student of up to 125 pounds during an evacuation"): one answer, read on
            chosen += [s for s in list_run(best, ranked, snap, 2) if primary.evidence.search(s.text)]
        for s in pool:
            if len(chosen) >= limit:
                break
            if any(s.display.split() == c.display.split() for c in chosen):
                continue  # the same words printed twice in the document (a repeated page footer or note)
            if len(chosen) >= self.max_sentences and not (s.intent_hit and s.section == best.section):
                continue
            if plan.levels and doc is not None and names_other_level(s, doc, plan.levels):
                continue  # "Office Assistant II: $19.75 …" is no part of the answer about level I
            if best.row_match > 0 and s.doc_id == best.doc_id and "|" in s.text and s.row_match < best.row_match:
                continue  # a schedule's row naming the asked class answers; the rows of the other classes do not
            if s is best or any(s.overlaps(c) for c in chosen):
                continue
            if best.intent_hit and not open_ended and not s.intent_hit and s.section_type not in primary.sections:
                continue  # the best passage states the asked kind of fact: a header row or a definition is padding
            follows_best = s.doc_id == best.doc_id and 0 <= s.start - best.end <= 3
            share = LIST_SHARE if plural and s.intent_hit else RUNNER_UP_SHARE
            if s.score >= max(0.5, share * best.score) or (follows_best and s.score >= FOLLOWING_SHARE * best.score):
                chosen.append(s)
        if primary is not None and primary.name == "salary":
            chosen = pay_answer_passages(best, ranked, chosen, limit, plan.question, snap.doc_text(best.doc_id))
        if primary is not None and primary.name == "exam":
            chosen = whole_table(chosen, ranked)  # "how is the exam weighted?": every part of its table
        if primary is not None and primary.name == "difference":
            # each level's or class's passage carried on through its paragraph (see above)
            chosen = paragraph_runs(chosen, ranked, snap)
        chosen = whole_short_list(chosen, ranked, snap)
        chosen = latest_dated_row(chosen, ranked, plan.question)  # "when was it last revised?": the latest row
        chosen = with_each_level(plan, ranked, chosen, snap)  # "… an Operator II compared with an Operator III?"
        return with_deadline(plan, ranked, with_second_intent(plan, ranked, chosen, limit, OPEN_INTENTS))
