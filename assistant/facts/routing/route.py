"""The corpus-wide route: list, ranking, comparison and series questions answered from fact cards.

The chain calls the route after planning and before retrieval. It recognises
five kinds of question and answers them from the cards, citing each card's
span for every value it prints:

- comparison: two or more classes (or levels) named, a comparing cue, and only
  fields the cards hold ("Compare the MCPS ITSS and the Butte County IT
  Specialist: education, experience, pay") -> a Markdown table;
- series: one class series and "levels"/"series"/"each level" ("List the ITSS
  levels and their grades") -> a table, one row per level, in order;
- list: a class noun and a condition ("Which IT classes pay over $40 an hour?",
  "Which jobs require a commercial driver's license?") -> the matching classes;
- superlative: a class noun and a ranking ("What is the highest-paid class?");
- listing: one field for each/every/all classes of a scope ("What is the grade
  of each Wrenfield position?") -> a table.

Anything else, and any question whose facts the cards do not hold (probation,
duties ...), returns None and goes through retrieval unchanged. The route never
raises: an error logs and falls back to retrieval.

Example:
    >>> route = facts_route(index)
    >>> route(AnswerState("Which jobs require a CDL?", snapshot=snap, plan=plan)).route
    'facts'
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import Any, Callable, Optional

from assistant.answering.answer import Answer
from assistant.answering.chain import AnswerState
from assistant.domain.follow_up import leans_on_history
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.facts.storage.card_cache import card_loader
from assistant.facts.routing.class_code import class_code_answer
from assistant.facts.rendering.comparison_table import asks_which_more, comparison_answer
from assistant.facts.routing.conditions import parse_criteria
from assistant.facts.rendering.doc_cards import DocCards, grouped_cards, level_rank
from assistant.facts.fields import DEFAULT_COMPARE_FIELDS, FIELD_LABELS, fields_asked, generic_fields, parse_superlative
from assistant.facts.rendering.list_answers import list_answer, superlative_answer
from assistant.facts.model import FactCard
from assistant.facts.routing.subjects import compared_subjects
from assistant.facts.routing.scope import (
    Scope, asks_another_fact, asks_hiring_pay_of_a_posting_with_one, blank, family_words, field_word_spans, in_family,
    named_classes, names_unlevelled_class, resolve_family,
)
from assistant.facts.rendering.series_table import series_answer, table_answer

log = logging.getLogger(__name__)

_COMPARE_WORDS = re.compile(r"\b(?:compare[ds]?|comparing|comparison|versus|vs\.?|differ\w*|difference|side[- ]by[- ]side)\b", re.I)
_SERIES = re.compile(
    r"\blevels\b|\bseries\b|\b(?:each|every|all(?:\s+the)?|per|by|different)\s+(?:[\w'’-]+\s+){0,3}?levels?\b|"
    r"\bcareer\s+ladder\b|\bladder\b", re.I)
_LISTING = re.compile(r"\b(?:each|every|all)\b", re.I)
MAX_SUBJECTS = 4
PROSE_FIELDS = {"education", "experience"}

Cards = Callable[[], list[FactCard]]


def facts_route(index: Any) -> Callable[[AnswerState], Optional[Answer]]:
    """The route for ``index``: reads its fact store (``data_dir/facts.sqlite``) when a question needs cards.

    Before reading, the store is reconciled with the snapshot's documents once per index generation: in
    Chroma server mode other processes sync into the shared registry but not into this data dir's cards.
    """
    load = card_loader(index)

    def route(state: AnswerState) -> Optional[Answer]:
        try:
            snap = state.snapshot
            assert snap is not None, "the chain loads the snapshot before the routes"
            follow_up = state.plan is None or state.plan.from_history
            if follow_up and state.history and leans_on_history(state.question):
                return None  # leans on the conversation: retrieval with the planned follow-up does better
            # a follow-up that names its own subject is read on its own: the chain's plan of the question alone
            return answer_from_cards(state.question, state.question_plan, snap, lambda: load(snap))
        except Exception:  # noqa: BLE001 - a route must never stop the normal answer path
            log.exception("facts route failed; answering by retrieval")
            return None

    route.warm_up = load  # type: ignore[attr-defined]  # Assistant.warm_up reads the cards before the first question
    return route


def answer_from_cards(question: str, plan: QueryPlan, snap: Snapshot, cards: Cards) -> Answer | None:
    """The corpus-wide answer to ``question`` (``plan``: its plan without the conversation), or None when it is
    not a list/comparison/series question."""
    if not snap.documents:
        return None
    if plan.missing:
        return None
    coded = class_code_answer(question, plan, snap)  # the code of one class of a series document
    if coded is not None:
        return coded
    kind = classify(question, plan)
    if kind is None:
        return None
    if kind in {"list", "comparison"} and _ASKS_TIME_ALLOWED.search(question):
        # "who has longer to get the Qualified Applicator Certificate: …?": the time each is allowed, which each
        # class's passages state and no card holds ("requires the certificate" answers nothing asked)
        return None
    if kind in {"list", "series", "comparison"} and names_unlevelled_class(question, plan, snap):
        # "… a Senior Buyer …, is the job exempt?", "… a Pharmacy Technician at the Sheriff's Office": one class of a
        # page of several, none of its levels: the document's cards do not describe it
        return None
    if kind == "comparison" and asks_hiring_pay_of_a_posting_with_one(question, plan, snap):
        return None  # "compare the starting pay …" of a posting with a hiring range: that line, not the card's range
    loaded = cards()
    if not loaded:
        return None
    groups = grouped_cards(loaded, snap)
    if not groups:
        return None
    handler = {"comparison": _comparison, "series": _series, "list": _list, "superlative": _superlative,
               "listing": _listing}[kind]
    return handler(question, plan, snap, groups)


_ASKS_TIME_ALLOWED = re.compile(
    r"\bhow (?:long|much time|soon)\b[^?]*\bto (?:get|obtain|earn|complete|acquire|become|pass)\b|"
    r"\b(?:longer|more time|less time|sooner)\b[^?]*\bto (?:get|obtain|earn|complete|acquire|become|pass)\b|\bby when\b",
    re.IGNORECASE)


def classify(question: str, plan: QueryPlan) -> str | None:
    """Which corpus-wide kind a question is, from its wording alone (cards are checked later)."""
    criteria = parse_criteria(question)
    superlative = parse_superlative(question)
    class_noun = family_words(_blank_conditions(question, criteria, superlative)) is not None
    if len(plan.doc_ids) >= 2 and (_COMPARE_WORDS.search(question) or plan.comparison):
        return "comparison"
    if plan.doc_ids and len(plan.levels) >= 2 and (_COMPARE_WORDS.search(question) or plan.comparison):
        return "comparison"  # two levels of one series
    if plan.doc_ids and _SERIES.search(question) and not criteria and not superlative and len(plan.levels) <= 1:
        return "series"
    if criteria and class_noun:
        return "list"
    if superlative and (class_noun or re.search(r"^\s*(?:which|what|who)\b", question, re.I)):
        return "superlative"
    if class_noun and _LISTING.search(question) and not criteria and plan.intents:
        return "listing"
    return None


def _blank_conditions(question: str, criteria: list, superlative: Any) -> str:
    spans = [c.span for c in criteria] + ([superlative.span] if superlative else [])
    return blank(question, spans)


# --- comparison ------------------------------------------------------------------------------------------------

def _comparison(question: str, plan: QueryPlan, snap: Snapshot, groups: dict[str, DocCards]) -> Answer | None:
    wanted, unsupported = fields_asked(question, plan.intent_names)
    if unsupported:
        return None
    asked = bool(wanted)
    if asked and set(wanted) <= PROSE_FIELDS and not asks_which_more(question):
        # A card holds one clipped phrase of each ("Twelve months of experience") where specifications state
        # routes, subjects and units: each class's own passages answer better than a table cell
        return None
    if not wanted:
        if not _COMPARE_WORDS.search(question):
            return None  # "which one is better?" names no fact the cards hold
        if not plan.intent_names and asks_another_fact(question, plan):
            return None  # "compare the personal characteristics …": not the default table of card fields
        wanted = generic_fields(plan.intent_names) or list(DEFAULT_COMPARE_FIELDS)
        if "qualifications" in plan.intent_names and not asks_which_more(question):
            return None  # "compare how you qualify": each class's qualification passages, like education above
    subjects = compared_subjects(question, plan, snap, groups)
    if len(subjects) < 2 or len(subjects) > MAX_SUBJECTS:
        return None
    return comparison_answer(snap, subjects, wanted, question, plan.standalone, asked=asked)


# --- series ----------------------------------------------------------------------------------------------------

def _series(question: str, plan: QueryPlan, snap: Snapshot, groups: dict[str, DocCards]) -> Answer | None:
    wanted, unsupported = fields_asked(question, plan.intent_names)
    if unsupported:
        return None
    if not wanted and asks_another_fact(question, plan):
        return None  # "are all three levels in the same bargaining unit?": not the default grade-and-pay table
    units = _series_units(plan.doc_ids, snap, groups)
    if units is None:
        return None
    return series_answer(snap, units, wanted, plan.standalone, question)


def _series_units(doc_ids: list[str], snap: Snapshot, groups: dict[str, DocCards]) -> list[FactCard] | None:
    """The level cards of the one series the question names (levels of one document, or sibling documents)."""
    families = []
    for doc_id in doc_ids:
        entry = snap.catalog.by_id.get(doc_id)
        if entry is None or doc_id not in groups:
            continue
        families.append((entry.employer, tuple(entry.title_tokens)))
    if not families or len(set(families)) > 1:
        return None  # several different classes: not one series
    first = groups.get(doc_ids[0])
    if first is not None and first.levels:
        return list(first.levels)
    employer, tokens = families[0]
    siblings = [e for e in snap.catalog.entries
                if e.employer == employer and tuple(e.title_tokens) == tokens and e.title_level and e.doc_id in groups]
    if len(siblings) < 2:
        return None
    siblings.sort(key=lambda e: level_rank(e.title_level))
    return [groups[e.doc_id].doc for e in siblings]


# --- lists, rankings, listings ----------------------------------------------------------------------------------

def _scope(question: str, plan: QueryPlan, snap: Snapshot, groups: dict[str, DocCards],
           condition_spans: list[tuple[int, int]]) -> tuple[list[DocCards], Scope] | None:
    """The documents a corpus-wide question is about, or None when a qualifier is not understood."""
    text = blank(question, condition_spans + field_word_spans(question))
    strong, employers, used = named_classes(snap.catalog, text)
    words = family_words(text)
    if words is None:
        return None
    cards = [g.doc for g in groups.values()]
    family, understood = resolve_family(words, cards, used)
    if not understood:
        return None
    scope = Scope(employers=list(employers), family=family)
    docs = list(groups.values())
    if strong:
        named = [d for d in strong if d in groups]
        if not named:
            return None
        if len(named) == 1 and (not groups[named[0]].levels or len(plan.levels) == 1):
            return None  # one class (or one level) named: a single-document question for retrieval
        scope.doc_ids = set(named)
        scope.named = named
        docs = [groups[d] for d in named]
        if len(named) == 1:
            doc = groups[named[0]].doc
            scope.subject = f"Levels of {doc.title}" + (f" ({doc.employer})" if doc.employer else "")
        else:
            scope.subject = "Of the classes named, those"
        return docs, scope
    if employers:
        docs = [d for d in docs if d.doc.employer in employers]
    if family:
        docs = [d for d in docs if in_family(d.doc, family)]
        if docs and all(not in_family(replace(d.doc, employer=""), family) for d in docs):
            # the words name employers ("library district jobs"): say which
            scope.family = []
            scope.employers = sorted({d.doc.employer for d in docs})
    if not docs:
        return None
    return docs, scope


# "… and by when?", "how long do they have to get it?": the deadline of what the list is about, which a card holds no
# field for; retrieval quotes each document's sentence that states both
_ASKS_DEADLINE = re.compile(r"\b(?:by|until|till) when\b|\bhow (?:long|soon)\b|\bdeadline\b|\bwithin how\b", re.IGNORECASE)


def _list(question: str, plan: QueryPlan, snap: Snapshot, groups: dict[str, DocCards]) -> Answer | None:
    criteria = parse_criteria(question)
    _, unsupported = fields_asked(question, plan.intent_names)
    if unsupported or _ASKS_DEADLINE.search(question):
        return None
    scoped = _scope(question, plan, snap, groups, [c.span for c in criteria])
    if scoped is None:
        return None
    docs, scope = scoped
    return list_answer(snap, docs, criteria, scope, plan.standalone, question)


def _superlative(question: str, plan: QueryPlan, snap: Snapshot, groups: dict[str, DocCards]) -> Answer | None:
    superlative = parse_superlative(question)
    if superlative is None:
        return None
    _, unsupported = fields_asked(question, plan.intent_names)
    if unsupported:
        return None
    scoped = _scope(question, plan, snap, groups, [superlative.span])
    if scoped is None:
        return None
    docs, scope = scoped
    return superlative_answer(snap, docs, superlative, scope, plan.standalone, question)


def _listing(question: str, plan: QueryPlan, snap: Snapshot, groups: dict[str, DocCards]) -> Answer | None:
    wanted, unsupported = fields_asked(question, plan.intent_names)
    wanted = [w for w in wanted if w in FIELD_LABELS]
    if unsupported or not wanted:
        return None
    scoped = _scope(question, plan, snap, groups, [])
    if scoped is None:
        return None
    docs, scope = scoped
    units: list[FactCard] = []
    for doc in docs:
        units.extend(doc.levels or [doc.doc])
    return table_answer(snap, units, wanted, scope, plan.standalone, question)
