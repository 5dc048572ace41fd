"""Resolve a question (and the conversation before it) into a standalone query plan.

No LLM is needed: the class, level and employer in focus come from the catalog
match of the question, or, when the question leans on the conversation ("does
it need a license?", "what about level II?"), from the latest earlier turn that
named them.

Example:
    >>> plan = plan_query("And what grade is level III?", history, catalog)
    >>> plan.doc_ids, plan.levels
    (['mcps-it-systems-specialist'], ['III'])
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from assistant.domain.follow_up import POINTING_WORDS, is_ellipsis, leans_on_history
from assistant.domain.levels import NUMERAL_PATTERN, SERIES_ORDER, detached_levels, level_title, question_levels
from assistant.query.catalog import Catalog, QuestionMatch
from assistant.query.title_words import normalize_title_tokens
from assistant.domain.abbreviations import with_expansions
from assistant.query.name_words import organisation_name_words
from assistant.query.intents import BEYOND_THE_OTHER, CUE_WORDS, Intent, detect_intents, intent_named
from assistant.query.parts import asked_after_description, without_description
from assistant.text import plain_spelling, stem, tokens

_NUMERAL = re.compile(r"\b(?:%s)\b" % NUMERAL_PATTERN)
_COMPARE = re.compile(r"\b(compare[ds]?|comparison|versus|vs\.?|differ|difference|which (?:one |job |position )?(?:has|requires|pays|is)|than|both|each)\b", re.I)


@dataclass
class QueryPlan:
    """Everything the retriever and the answerer need to know about a question."""

    question: str
    standalone: str
    doc_ids: list[str] = field(default_factory=list)  # classes in focus, best first
    levels: list[str] = field(default_factory=list)
    employers: list[str] = field(default_factory=list)
    intents: list[Intent] = field(default_factory=list)
    missing: str = ""  # a named class/level that has no document
    elsewhere: str = ""  # an employer named that no document belongs to: no document of the class is that one
    unlisted: str = ""  # the class named that no catalog entry is ("Police Sergeant"), when it is the one missing
    from_history: bool = False
    comparison: bool = False
    ambiguous: bool = False  # several classes match and the question did not say which
    name_tokens: set[str] = field(default_factory=set)

    @property
    def intent_names(self) -> list[str]:
        return [i.name for i in self.intents]


ASKED_TAIL_WORDS = 3  # the words ending a question that a describing clause ran over ("… report to?")
MIN_ASKED_AFTER = 3  # words after a describing clause that make a question of their own ("how much travel is …")


def plan_query(question: str, history: list[dict[str, str]] | None, catalog: Catalog,
               dictionary: Collection[str] = ()) -> QueryPlan:
    """The plan of ``question``; ``dictionary`` (stems of correctly spelled words) lets misspelled cue words count."""
    history = history or []
    match = catalog.match(detached_levels(question))
    expanded = with_expansions(question)  # "do I need BLS?" asks about "basic life support"
    # "wat do u need … the minmum stuff" asks what "what do you need … the minimum stuff" asks
    expanded = plain_spelling(expanded, CUE_WORDS, dictionary)
    # "the DA's office job that … helps them apply for victim compensation, what are the minimum qualifications?": the
    # clause describing the job asks nothing (its "compensation" is no pay question) when the rest of it asks
    unnamed = _without_names(expanded, match)
    intents = detect_intents(without_description(unnamed))
    # (a clause run on to the end, over what is asked: "Who does the employee who … report to?"; not when a question of
    # its own follows it: "…, how much travel is involved?" asks no kind of fact its "911 location data" names)
    if not intents and len(asked_after_description(unnamed).split()) < MIN_ASKED_AFTER:
        tail = detect_intents(" ".join(unnamed.rstrip(" ?").split()[-ASKED_TAIL_WORDS:]))
        intents = sorted(detect_intents(unnamed), key=lambda i: i not in tail)
    plan = QueryPlan(question=expanded, standalone=question, intents=intents)
    plan.levels = match.levels
    plan.employers = match.employers
    plan.name_tokens = set(match.title_tokens) | organisation_name_words(question, match.employers)
    plan.comparison = bool(_COMPARE.search(question))
    stepped_class = ""
    if match.missing:
        plan.missing, plan.elsewhere, plan.unlisted = match.missing, match.elsewhere, match.unlisted
        return plan
    baseline = _BASELINE.search(question)
    if baseline and plan.levels:
        # "… know beyond a Carpenter II?": the level after "beyond" is what the asked class is measured against
        below = set(question_levels(baseline.group("rest")))
        plan.levels = [level for level in plan.levels if level not in below]
    if len(plan.levels) == 2 and _BEYOND_THE_OTHER.search(question):
        # "What does a Carpenter II do that a Carpenter I doesn't?": the first level's own work is the answer
        plan.levels = plan.levels[:1]
        plan.intents = [i for i in plan.intents if i.name == "duties"] or [intent_named("duties")]
    if match.classes:
        plan.doc_ids = [m.doc_id for m in match.classes]
        hinted = _employer_hint(question)  # "the city one", "a state carpenter"
        if len(match.classes) > 1 and not match.employers and hinted and not _names_two_classes(match):
            narrowed = [m.doc_id for m in match.classes if hinted <= _words(m.entry.employer)]
            if narrowed:
                plan.doc_ids = narrowed if not plan.comparison else narrowed + [d for d in plan.doc_ids if d not in narrowed]
        if len(match.classes) > 1 and not plan.comparison and not match.employers and not hinted:
            plan.ambiguous = _same_title_family(match)
    elif history:
        previous = _focus_from_history(history, catalog)
        leans = leans_on_history(question) or not match.employers
        if previous is None and leans and not match.employers:
            # "when's the deadline to apply?" after "… the Research Program Coordinator at Brightwater University":
            # a class the catalog does not list, at an employer it knows; the search looks there again
            named = _named_without_class(history, catalog)
            if named is not None:
                plan.employers = named.employers
                plan.standalone = f"{plan.standalone} ({' '.join(filter(None, [named.unlisted, *named.employers]))})"
        if previous is not None and leans:
            plan.from_history = True
            prev_levels = previous.levels
            plan.doc_ids = [m.doc_id for m in previous.classes]
            switched = _same_class_elsewhere(catalog, plan.doc_ids, question, match.employers)
            if switched:  # "and the city one?": the class in focus, at the employer the question names
                plan.doc_ids = switched
            else:
                plan.employers = plan.employers or previous.employers
            step = level_step(question)
            stepped_class = _series_class_step(catalog, previous, step) if step and not plan.levels else ""
            if not step and previous.classes and previous.classes[0].entry.series_class and not match.levels:
                # "what's the salary range for that?" after the Administrative Assistant II of a page of classes:
                # still that class, not the page
                stepped_class = previous.classes[0].entry.series_class
            if plan.intent_names == ["difference"]:
                plan.intents = []  # "is it different if you work for DWP?": the last thing asked, in another case
            if stepped_class and step:  # the series class one step on: its own level, not the one before
                prev_levels = question_levels(stepped_class)
                plan.levels = list(prev_levels)
                plan.intents = [i for i in plan.intents if i.name != "promotion"]
            elif step and not plan.levels:  # "and the next level?": one step along the series
                plan.levels, plan.doc_ids = _step_levels(catalog, plan.doc_ids, prev_levels, step)
                plan.intents = [i for i in plan.intents if i.name != "promotion"]  # asks the last question again
            if not plan.levels and re.search(r"\b(that|this|same) level\b", question, re.I):
                plan.levels = prev_levels
            elif not plan.levels and prev_levels:
                plan.levels = prev_levels
            # A new level for a series document: keep only documents that have it
            if plan.levels:
                kept = []
                for entry in (catalog.by_id[d] for d in plan.doc_ids if d in catalog.by_id):
                    if entry.levels and not any(lv in entry.levels for lv in plan.levels):
                        continue
                    if entry.title_level and entry.title_level not in plan.levels:
                        # a sibling document of the new level, if there is one
                        sibling = _sibling_with_level(catalog, entry.doc_id, plan.levels)
                        if sibling:
                            kept.append(sibling)
                        continue
                    kept.append(entry.doc_id)
                if not kept and question_levels(question):
                    titles = ", ".join(sorted({catalog.by_id[d].title for d in plan.doc_ids if d in catalog.by_id}))
                    plan.missing = f"no level {'/'.join(plan.levels)} of {titles} is in the documents"
                    plan.doc_ids = []
                    return plan
                plan.doc_ids = kept or plan.doc_ids
    if (plan.from_history or (history and match.classes and leans_on_history(question))) and not plan.intents \
            and not _asks_its_own_thing(question, match):
        # "what about level III?", "and what about a Police Service Representative?": the previous question
        # again, about something else
        for turn in reversed(history):
            if turn.get("role") == "user":
                earlier_question = str(turn.get("content", ""))
                earlier = detect_intents(earlier_question)
                if earlier:
                    plan.intents = earlier
                    # what was asked, not whom it was about: the earlier class and level must not pull retrieval back
                    asked = _without_names(earlier_question, catalog.match(earlier_question))
                    plan.standalone = " ".join(f"{question} {_NUMERAL.sub(' ', asked)}".split())
                    break
    if plan.doc_ids:
        focus = [catalog.by_id[d] for d in plan.doc_ids if d in catalog.by_id][:3]
        # a series' level by its whole title ("Child Nutrition Cook II", not "Child Nutrition Cook Series II")
        extra = " ".join(f"{level_title(e.title, ' '.join(plan.levels)) if plan.levels and e.levels else e.title} "
                         f"{e.employer}" for e in focus)
        if stepped_class:  # the page's one class in focus, not its title naming every class ("FISCAL OFFICER I / …")
            extra = " ".join(dict.fromkeys(e.employer for e in focus))
        if plan.from_history:
            plan.standalone = f"{plan.standalone} ({extra})"
    if stepped_class:  # "and the next level up?" after the Senior Environmental Scientist: the Principal one (or the same)
        plan.standalone = f"{plan.standalone} ({stepped_class})"
    return plan


_NOT_A_SUBJECT = {stem(w) for w in POINTING_WORDS | {"level", "levels", "step", "class", "job", "position", "role",
                                                    "about", "also", "too", "instead", "then", "still", "work",
                                                    "different", "differ", "same", "change", "vary", "higher", "lower"}}


def _asks_its_own_thing(question: str, match: QuestionMatch) -> bool:
    """Whether a follow-up is a whole question with its own subject ("Is there a background check?"), not an
    ellipsis of the one before ("and level III?", "what about the Harbor Department?"): then what was asked
    before is not asked again."""
    if is_ellipsis(question):
        return False
    own = [t for t in tokens(_NUMERAL.sub(" ", _without_names(question, match))) if t not in _NOT_A_SUBJECT]
    # ("are they armed?": a yes/no question of its own on one word of its own)
    return len(own) >= 2 or (len(own) == 1 and bool(_YES_NO_OF_THEM.match(question)))


_YES_NO_OF_THEM = re.compile(r"^\W*(?:are|is|do|does|did|can|will|would|must|should|have|has)\s+(?:they|it|you|i|we|"
                             r"he|she|these|those)\b", re.IGNORECASE)


def _names_two_classes(match: QuestionMatch) -> bool:
    """Two different classes named in full ("a State Word Processing Technician or an LAPD Police Service
    Representative"): the question is about both, whatever its wording, so an employer hint narrows nothing."""
    return len({m.entry.title for m in match.classes if m.title_score >= 0.95}) >= 2


_BODY_NAME = re.compile(r"\b(?:Office|Department|Board|Division|Bureau|Commission|Council|Agency) of (?:the )?"
                        r"[A-Z][A-Za-z]*(?: (?:and |& )?[A-Z][A-Za-z]*){0,3}|"
                        # a school by its name ("Brackenridge High School"): a place, no diploma asked
                        r"\b(?!(?:Do|Does|Did|Is|Are|Need|Needs|Require[sd]?|Any|The|A|An|No|Have|Has|Get)\b)[A-Z][a-z]+"
                        r"(?: [A-Z][a-z]+)? (?:Senior |Junior )?(?:High|Middle|Elementary) School\b")


def _without_names(question: str, match: QuestionMatch) -> str:
    """The question with the words that name a class or an employer blanked ('Associate' Planner is no degree)."""
    names = set()
    for m in match.classes:
        names.update(m.entry.title_tokens)
    for employer in match.employers:  # "Sorrel Valley Unified School District" asks nothing about schooling
        names.update(normalize_title_tokens(employer))
    names -= {"of", "the", "and"}  # "State of California" names nothing with its "of"
    # "… at the Madrone County Office of Education": a body's capitalised name asks nothing about education
    question = _BODY_NAME.sub(" ", question)
    if not names:
        return question
    def keep(word: re.Match[str]) -> str:
        normalized = normalize_title_tokens(word.group(0))
        # "Circulation Associates" names the Circulation Associate as the singular does
        return " " if normalized and all(t in names or (t.endswith("s") and t[:-1] in names) for t in normalized) \
            else word.group(0)
    return re.sub(r"[A-Za-z][A-Za-z'’]*", keep, question)


def without_name_words(text: str, name_tokens: Collection[str]) -> str:
    """``text`` with the words a plan found naming its class or employer blanked (a part of a question read on its
    own: "What hours does Renwick Hills Community College District's Custodial Services Supervisor work" asks no
    education and no supervision)."""
    names = {t.lower() for t in name_tokens} - {"of", "the", "and"}
    def keep(word: re.Match[str]) -> str:
        lower = word.group(0).lower().replace("'", "").replace("’", "")
        return " " if lower in names or (lower.endswith("s") and lower[:-1] in names) else word.group(0)
    return re.sub(r"[A-Za-z][A-Za-z'’]*", keep, text) if names else text


def _same_title_family(match: QuestionMatch) -> bool:
    """Several documents match the name equally: the question does not say which one."""
    top = match.classes[0].title_score
    return sum(1 for m in match.classes if m.title_score >= top - 0.05) > 1


def _focus_from_history(history: list[dict[str, str]], catalog: Catalog) -> QuestionMatch | None:
    """The latest earlier turn (user first, then assistant) that named a class."""
    for turn in reversed(history):
        if turn.get("role") != "user":
            continue
        match = catalog.match(str(turn.get("content", "")))
        if match.classes:
            return match
    for turn in reversed(history):
        match = catalog.match(str(turn.get("content", "")))
        if match.classes:
            return match
    return None


def _named_without_class(history: list[dict[str, str]], catalog: Catalog) -> QuestionMatch | None:
    """The latest user turn's match when it named an employer and a class the catalog lacks, else None."""
    for turn in reversed(history):
        if turn.get("role") == "user":
            match = catalog.match(str(turn.get("content", "")))
            return match if match.employers and match.unlisted else None
    return None


def _series_class_step(catalog: Catalog, previous: QuestionMatch | None, step: int) -> str:
    """The class one step from the series class the conversation was about ("Senior Environmental Scientist" →
    "Principal Environmental Scientist"), in the order its document lists its classes; '' when there is none."""
    if previous is None or not previous.classes or not previous.classes[0].entry.series_class:
        return ""
    current = previous.classes[0].entry
    series = [e for e in catalog.class_entries if e.doc_id == current.doc_id and e.series_class]
    titles = [e.series_class for e in series]
    if current.series_class not in titles:
        return ""
    position = titles.index(current.series_class) + step
    return titles[position] if 0 <= position < len(titles) else ""


def _sibling_with_level(catalog: Catalog, doc_id: str, levels: list[str]) -> str | None:
    entry = catalog.by_id[doc_id]
    for other in catalog.entries:
        if other.doc_id != doc_id and other.title_tokens == entry.title_tokens and other.employer == entry.employer:
            if other.title_level in levels:
                return other.doc_id
    return None


_BASELINE = re.compile(
    r"\b(?:beyond|on top of|over and above|in addition to)\s+(?:what\s+)?(?:(?:those|that) of\s+)?(?:an?\s+|the\s+)?"
    r"(?P<rest>[^?.,;]{1,60})", re.I)
_BEYOND_THE_OTHER = re.compile(r"\b%s\b" % BEYOND_THE_OTHER, re.I)
# (a fire or police series steps by rank: "and the next rank up?")
_NEXT = re.compile(r"\b(?:next|higher|following|senior)\s+(?:level|step|one|class|rank)\b|\bone (?:level|step|rank) up\b|"
                   r"\b(?:level|rank) above\b", re.I)
_PREVIOUS = re.compile(r"\b(?:previous|lower|prior|junior)\s+(?:level|step|one|class|rank)\b|\bone (?:level|step|rank) down\b|"
                       r"\b(?:level|rank) below\b", re.I)


def level_step(question: str) -> int:
    """+1 for "the next level", -1 for "the level below", 0 when the question does not step."""
    return 1 if _NEXT.search(question) else -1 if _PREVIOUS.search(question) else 0


def _step_levels(catalog: Catalog, doc_ids: list[str], levels: list[str], step: int) -> tuple[list[str], list[str]]:
    """The levels one step from ``levels`` in the series of the classes in focus, and the documents holding them."""
    for doc_id in doc_ids:
        entry = catalog.by_id.get(doc_id)
        if entry is None:
            continue
        current = levels[-1] if step > 0 and levels else (levels[0] if levels else entry.title_level)
        if current not in SERIES_ORDER:
            continue
        series = entry.levels or [e.title_level for e in catalog.entries
                                  if e.title_level and e.title_tokens == entry.title_tokens and e.employer == entry.employer]
        ordered = [lv for lv in SERIES_ORDER if lv in series]
        if current not in ordered:
            continue
        position = ordered.index(current) + step
        if not 0 <= position < len(ordered):
            continue
        target = ordered[position]
        if entry.levels:
            return [target], [doc_id]
        sibling = _sibling_with_level(catalog, doc_id, [target])
        if sibling:
            return [target], [sibling]
    return levels, doc_ids


def _same_class_elsewhere(catalog: Catalog, doc_ids: list[str], question: str, employers: list[str]) -> list[str]:
    """The documents with the title of the class in focus at the employer the question names or hints at
    ("the city one", "at the county"); [] when it names none or the focus is already there."""
    if not doc_ids or doc_ids[0] not in catalog.by_id:
        return []
    focus = catalog.by_id[doc_ids[0]]
    hinted = _employer_hint(question)
    if not hinted and not employers:
        return []
    out = []
    for entry in catalog.entries:
        if entry.title_tokens != focus.title_tokens or entry.title_level != focus.title_level:
            continue
        if entry.employer in employers or (hinted and hinted <= _words(entry.employer)):
            out.append(entry.doc_id)
    return out if out and set(out) != set(doc_ids) else []


_EMPLOYER_KINDS = {"city", "county", "state", "district", "school", "schools", "town", "university", "college"}


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


def _employer_hint(question: str) -> set[str]:
    """Kinds of employer a question points at without naming one ("the city one", "a State carpenter")."""
    return _words(question) & _EMPLOYER_KINDS
