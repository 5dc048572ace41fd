"""Which of the ranked passages answer a question: the best one, its continuation, and the runners-up
worth quoting beside it (for pay, a level, a list, a difference between classes).

The rule reader's last step, kept apart from :mod:`assistant.answering.extractive`, which decides
between the rule reader and the evidence reader and refuses.

Example:
    >>> chosen = choose_sentences(plan, [s for s in ranked if s.doc_id == "clerk"], single=True, snap=snapshot)
    >>> chosen[0].text
    'Salary: $3,120 - $4,010 monthly'
"""

from __future__ import annotations

import re

from assistant.answering.class_headings import (
    asked_class, is_levels_own, levels_own_passages, names_other_level, owning_class, owning_classes,
)
from assistant.answering.evidence import MAX_SENTENCES, Sentence, level_mentions, opening_of, without_overlaps
from assistant.answering.answer_additions import (
    level_line_of, with_class_license, with_closing_time, with_deadline, with_each_level, with_overtime_rule,
    with_second_intent,
)
from assistant.answering.dated_rows import latest_dated_row
from assistant.answering.note_references import with_referenced_notes
from assistant.answering.numbered_rows import asked_row_number, opens_numbered_row
from assistant.answering.level_lines import named_titles
from assistant.answering.list_run import (field_continuation, items_after_lead, list_run, paragraph_runs,
                                         values_under_labels, whole_short_list, whole_table, whole_weight_lines)
from assistant.answering.passage_scores import SEMANTIC_CHARS, PassageScorer
from assistant.answering.pay_passages import graded_pay, pay_answer_passages, pay_passage
from assistant.answering.question_fit import describes_class, needs_terms
from assistant.answering.target_documents import ASKS_FOR_SEVERAL
from assistant.query.intents import BEYOND_THE_OTHER
from assistant.query.parts import description_words, without_description
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.sentences import is_table_row

MIN_LEXICAL = 0.34
RUNNER_UP_SHARE = 0.7  # a runner-up passage scores at least this share of the best one
LIST_SHARE = 0.5  # … or this share, when the question asks for several things ("what permits or certificates")
_KNOWLEDGE_LEAD = re.compile(r"^\W*(?:knowledge of|ability to|skills? in)\b", re.IGNORECASE)
# "compare the experience routes …": each class states several, so each gets the single-class share of passages
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


def with_meaning(plan: QueryPlan, ranked: list[Sentence], scorer: PassageScorer | None) -> list[Sentence]:
    """For a question outside every intent, the rule ranking re-ordered by each leading candidate's
    similarity in meaning to the question.

    Without an intent the rules rank by shared words only; the embedding knows what a sentence is about
    whatever its wording ("is the class still used?" / "This class was abolished"). Only the leading
    candidates are encoded (vectors are cached by text)."""
    if scorer is None or not ranked:
        return ranked
    if plan.intents:
        return ranked  # the rules know the kind of fact asked and where specs state it: their order stands
    top = ranked[:MEANING_CANDIDATES]
    # "… the job that patrols trails …, do you have to live in the park?": the meaning asked is what is left once the
    # clause describing the job (which found it) is set aside
    asked = without_description(plan.standalone) if description_words(plan.question) else plan.standalone
    vectors = scorer.vectors([asked, *(s.text[:SEMANTIC_CHARS] for s in top)])
    similarities = [float(x) for x in vectors[1:] @ vectors[0]]
    for sentence, similarity in zip(top, similarities):
        # a field the question names by its label ("Job Number: 2025-FD-017") is about what is asked, however
        # little a label and a code share in meaning with the question's sentence
        sentence.score += MEANING_WEIGHT * (max(similarities) if sentence.names_asked else similarity)
    return sorted(top, key=lambda s: s.score, reverse=True) + ranked[MEANING_CANDIDATES:]


def choose_sentences(plan: QueryPlan, ranked: list[Sentence], single: bool, snap: Snapshot) -> list[Sentence]:
    """The passages that answer the question from one document's ranked candidates, best first (and the note
    a chosen passage sends the reader to, right after it)."""
    # ("… qualify as a Principal?": under the class's own heading, and its line of the licenses too)
    return with_referenced_notes(with_class_license(plan, ranked, _chosen(plan, ranked, single, snap)), snap)


_TELLS_APART = ("distinguishing", "summary", "duties")


def _measured_class(plan: QueryPlan, sentences: list[Sentence], snap: Snapshot) -> str:
    """The class of a series page a question measures against another ("what does a Detention Sergeant do that a
    Detention Officer II doesn't?"): the longest class (a heading, or one of its document's classes) written out
    before the other; '' for any other question."""
    measured = _MEASURED_AGAINST.search(plan.question) if "difference" in plan.intent_names else None
    if measured is None:
        return ""
    classes = {o for s in sentences for o in owning_classes(s, snap)}
    for doc_id in {s.doc_id for s in sentences}:
        doc = snap.documents.get(doc_id)
        classes.update(str(c.get("title", "")).lower() for c in (doc.classes if doc is not None and doc.classes else []))
    return max(named_titles(plan.question[:measured.start()], sorted(classes)), key=len, default="")


def _said_of_levels(sentence: Sentence, snap: Snapshot, levels: list[str]) -> bool:
    """Whether the sentence is said of one of ``levels``: the level it opens on ("Human Services Eligibility
    Technician III: This is the advanced journey level"), whatever level a line above names, else its heading's."""
    doc = snap.documents.get(sentence.doc_id)
    opening = level_mentions(opening_of(sentence.text), doc.title, doc.levels) if doc is not None else []
    return bool(set(opening[:1]) & set(levels)) if opening else is_levels_own(sentence, snap, levels, True)


def _headed_by_asked_words(row: Sentence, ranked: list[Sentence]) -> bool:
    """Whether the line right above ``row`` in its section (a table's header: "Grade Step A Step B … Step E") carries
    words of the question: the row's figures are what those words name ("the top step hourly rate")."""
    # (a header names columns, it holds no figures; a row above with its own figures is another row)
    return bool(re.search(r"\d", row.text)) and any(
        s.doc_id == row.doc_id and s.section == row.section and s.lexical > 0 and 0 <= row.start - s.end <= 3
        and not s.intent_hit and not re.search(r"\d", s.text) for s in ranked)


def _level_column(ranked: list[Sentence]) -> list[Sentence]:
    """The asked level's cells of a job family matrix (factors by level, "Factor | Officer I | Officer II | Officer
    III"), row by row: what sets a level apart from the one below, where the page says it as a table; [] when no
    table of the candidates has a column for the asked level."""
    row = next((s for s in ranked if s.header and s.column >= 0), None)
    rows = whole_table([row], ranked) if row is not None else []
    return rows if len(rows) >= 2 else []


# a requirement line that only points at another level ("Education: Same as Environmental Health Specialist I.")
_SAME_AS = re.compile(r"^\W*(?:[A-Z][\w ]{0,30}:\s*)?same as\b", re.IGNORECASE)
REQUIREMENTS_PER_LEVEL = 3
_REQUIREMENT_TYPES = ("qualifications", "licenses")
_PROSE_WORDS = 4  # fewer words make a line left over from the headings ("Quillby County"), not a level's opening


def _with_lead_items(chosen: list[Sentence], ranked: list[Sentence], snap: Snapshot) -> list[Sentence]:
    """Each chosen passage that ends in a colon followed by the items it leads into, right after it (see
    :func:`items_after_lead`); an item chosen alone keeps its place, and brings its siblings only where its lead
    is chosen too (an age limit asked is one item of the requirements, not all of them)."""
    leads = sorted((s for s in ranked if s.text.rstrip().endswith(":")), key=lambda s: -s.end)  # nearest first
    out: list[Sentence] = []
    for passage in chosen:
        if any(passage.overlaps(o) for o in out):
            continue
        out.append(passage)
        lead = next((s for s in leads if s.doc_id == passage.doc_id and s.end <= passage.start), None)
        siblings = items_after_lead(lead, ranked, snap) if lead is not None and any(lead.overlaps(c) for c in chosen) else []
        # (an item whose lead is chosen too: its siblings follow it)
        items = siblings if any(item.start == passage.start for item in siblings) else items_after_lead(passage, ranked, snap)
        out += [item for item in items if not any(item.overlaps(o) for o in out)]
    return out


def _block_opening(best: Sentence | None, ranked: list[Sentence], snap: Snapshot, level: str) -> Sentence | None:
    """The first of the level's own passages in ``best``'s section: a level's block opens on what it is ("This is
    the advanced journey and lead level"), though a later sentence may rank first ("… is distinguished from the
    Eligibility Supervisor …")."""
    if best is None:
        return None
    same = [s for s in ranked if s.doc_id == best.doc_id and s.section == best.section and s.section_type ==
            best.section_type and len(s.text.split()) >= _PROSE_WORDS and is_levels_own(s, snap, [level])]
    return min(same, key=lambda s: (s.start, -s.end), default=best)


def _levels_requirements(plan: QueryPlan, ranked: list[Sentence], snap: Snapshot,
                         quoted: list[Sentence]) -> list[Sentence]:
    """Each asked level's own minimum qualifications (under its heading in the requirements section), after what
    the levels' definitions say: levels differ as much in what they ask of a candidate ("Experience: Two years …",
    "Registration: Current REHS registration") as in the work. [] when the page gives no level its own block."""
    found: list[Sentence] = []
    for level in plan.levels[:3]:
        own = sorted((s for s in ranked if s.section_type in _REQUIREMENT_TYPES and is_levels_own(s, snap, [level], True)
                      and not _SAME_AS.match(s.text) and not any(s.overlaps(q) for q in quoted + found)),
                     key=lambda s: (s.doc_id, s.start, -s.end))
        found += without_overlaps(own)[:REQUIREMENTS_PER_LEVEL]
    return found


def _chosen(plan: QueryPlan, ranked: list[Sentence], single: bool, snap: Snapshot) -> list[Sentence]:
    if not ranked:
        return []
    primary = plan.intents[0] if plan.intents else None
    grounded = ranked
    if primary is not None and primary.name == "difference" and len(plan.levels) >= 2:
        # "the difference between Custodian I and Custodian II": what each level's own passage says of it
        # (its distinguishing characteristics, else its definition), one level after the other
        own = [_block_opening(next((s for s in ranked if s.section_type == kind and is_levels_own(s, snap, [level])),
                                   None), ranked, snap, level)
               for level in plan.levels[:3] for kind in ("distinguishing", "summary")]
        # each level's distinguishing passage carried on through its paragraph (training, supervision, when
        # one may advance): its first sentence alone ("This is the entry level") tells little apart
        by_level = paragraph_runs([s for s in own if s is not None], ranked, snap)
        if len(by_level) >= 2:
            return by_level[: MAX_SENTENCES + 1] + _levels_requirements(plan, ranked, snap, by_level)
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
                measured = bool(_MEASURED_AGAINST.search(plan.question))
                matrix = _level_column(ranked) if measured else []
                if matrix:
                    return matrix
                if measured:
                    # what sets the level apart is said of it by name or under its heading, not in the duties of every
                    # level that its chunk runs into ("Examples of Duties (all levels)" after the III's paragraph)
                    named = [s for s in ranked if s.section_type in _TELLS_APART and _said_of_levels(s, snap, plan.levels)]
                    own = [s for s in own if is_levels_own(s, snap, plan.levels, True)] or without_overlaps(
                        sorted(named, key=lambda s: (_TELLS_APART.index(s.section_type), s.start, -s.end))) or own
                if own and measured:
                    # "what can a Librarian II do that a Librarian I can't?": the level's own paragraph whole, where
                    # its later sentences ("Unlike the Librarian I, …", "… also supervises …") set it apart
                    prose = [s for s in own if not is_table_row(s.text)] or own  # not its code table's row
                    return paragraph_runs(prose[:1], ranked, snap, WHOLE_PARAGRAPH_CHARS) + [
                        s for s in prose[1:2] if s.section != prose[0].section]
                if own and len(plan.levels) >= 2 and "difference" in plan.intent_names:
                    # "how do the minimum qualifications for Fiscal Officer II differ from Fiscal Officer I?": each
                    # level's own block whole, the last sentence may be what sets it apart ("A master's degree may
                    # substitute …")
                    by_level = [[s for s in own if is_levels_own(s, snap, [level], True)][:2] for level in plan.levels[:3]]
                    if sum(1 for passages in by_level if passages) >= 2:
                        # (a level's requirement may run over two paragraphs: "Education: …" / "Experience: None required.")
                        return paragraph_runs([s for passages in by_level for s in passages], ranked, snap)[: 2 * MAX_SENTENCES]
                if own:
                    return own[: MAX_SENTENCES]
            named_class = asked_class(plan, preferred, snap)
            if named_class:
                # a class of a series page ("Senior Radiologic Technologist (Specialist)"): its own passages
                return [s for s in preferred if named_class in owning_classes(s, snap)][: MAX_SENTENCES]
            if preferred:
                top_type = preferred[0].section_type
                opening = [s for s in preferred if s.section_type == top_type][: MAX_SENTENCES]
                definition = next((s for s in preferred if s.section_type == "summary"), None)
                if primary.name == "duties" and top_type == "duties" and definition is not None:
                    # "what does X do?": the class definition says it in one sentence, the tasks then show it
                    opening = [definition] + opening
                # "candidates must: 1. … 2. … 3. … 4. …": a short list of requirements, all of it
                return whole_short_list(opening, ranked, snap)
        graded = graded_pay(plan, ranked, snap) if primary.name == "salary" else []
        if graded:
            return graded  # the class's grade row, then that grade's pay row
        if not grounded:
            return []
    best = grounded[0]
    subject = _measured_class(plan, grounded, snap)
    if subject:
        # "what does a Detention Sergeant do that a Detention Officer II doesn't?": the class named first is the one
        # asked about; its own passage (under its heading, or opening on its name) leads
        mine = [s for s in grounded if subject in owning_classes(s, snap) or s.text.lower().startswith(subject + ":")]
        best = next((s for s in mine if s.section_type in _TELLS_APART), mine[0] if mine else best)
        grounded = [best] + [s for s in grounded if s is not best]
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
        if not specific and best.intent_hit and _headed_by_asked_words(best, ranked):
            specific = [best]  # "LP-14 $36.10 … $43.89" under "Grade Step A … Step E": its header line says "step"
        if not specific:
            return []
        # ... and say the asked kind of fact: a class's header rows carry the words that describe the class
        # ("the water maint guys") but say nothing of what is asked ("how much … lift"): then the best
        # passage about the kind of fact stands
        specific = [s for s in specific if s.intent_hit or s.section_type in primary.sections] or [best]
        best = specific[0]
        grounded = [best] + [s for s in grounded if s is not best]
    limit = MAX_SENTENCES if single or _ASKS_FOR_ROUTES.search(plan.question) else 2
    chosen = [best] + field_continuation(best, ranked, plan.standalone) + values_under_labels(best, ranked, plan.standalone)
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
    elif owner and len(plan.levels) < 2:
        # "which level is the first supervisory one, and what experience does it require?": the rest of the
        # answer comes from under the same class's headings as its best sentence, where there are any (not when
        # the question names two levels: "who supervises a Library Assistant I, and who does a II report to?")
        owners = {id(s): owning_class(s, snap) for s in pool}
        pool = [s for s in pool if owners[id(s)] == owner] + [s for s in pool if not owners[id(s)]]
    doc = snap.documents.get(best.doc_id)
    # ("For the … job that makes the town's road signs, what training or certifications …": the asked clause)
    plural = any(ASKS_FOR_SEVERAL.search(clause) for clause in [plan.question, *plan.question.split(", ")[1:]])
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
        if len(chosen) >= MAX_SENTENCES and not (s.intent_hit and s.section == best.section):
            continue
        if plan.levels and doc is not None and names_other_level(s, doc, plan.levels) and not (
                primary is not None and primary.name == "promotion"
                and set(level_mentions(s.text, doc.title, doc.levels)) & set(plan.levels)):
            # "Office Assistant II: $19.75 …" is no part of the answer about level I ("A Maintenance Laborer I may be
            # advanced to Maintenance Laborer II …" is how one reaches the II)
            continue
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
    chosen = _with_lead_items(chosen, ranked, snap)
    if primary is not None and primary.name == "salary":
        chosen = pay_answer_passages(best, ranked, chosen, limit, plan.question, snap.doc_text(best.doc_id))
    if primary is not None and primary.name == "exam":
        chosen = whole_table(chosen, ranked)  # "how is the exam weighted?": every part of its table
        chosen = whole_weight_lines(chosen, ranked, snap, plan.standalone)  # … or of its lines that each end with a weight
    if primary is not None and primary.name in ("duties", "difference") and best.header and best.column >= 0:
        # a job family matrix: what the asked level does is its column's cell in every row (role, supervision
        # exercised, records, …), not the one row that ranked first; the rows are the answer
        rows = whole_table(chosen, ranked)
        if len(rows) > len(chosen):
            chosen = [s for s in rows if s.header_start == best.header_start]
    if primary is not None and primary.name == "difference":
        # each level's or class's passage carried on through its paragraph (see above)
        chosen = paragraph_runs(chosen, ranked, snap)
    chosen = whole_short_list(chosen, ranked, snap, one_item_enough=plural)
    chosen = latest_dated_row(chosen, ranked, plan.question)  # "when was it last revised?": the latest row
    chosen = with_each_level(plan, ranked, chosen, snap)  # "… an Operator II compared with an Operator III?"
    chosen = with_overtime_rule(plan, ranked, chosen)  # "do they get overtime?": the status, then how it is paid
    chosen = with_closing_time(plan, chosen, ranked)  # "FINAL FILING DATE … March 27" / "FILING TIME … 5:00 p.m."
    return with_deadline(plan, ranked, with_second_intent(plan, ranked, chosen, limit, OPEN_INTENTS))
