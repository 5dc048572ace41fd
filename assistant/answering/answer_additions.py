"""Passages added to the ones chosen for an answer: the second kind of fact asked, the line introducing the level
asked, the grade a pay question can only be answered with.

Why: choosing the best passages (:mod:`assistant.answering.extractive`) and completing what they leave out are
separate jobs; each addition here looks at the chosen passages and the ranked rest, and adds at most one.

Example:
    >>> with_second_intent(plan, ranked, chosen, 3, {"duties"})  # doctest: +SKIP
    [<the education passage>, <the experience passage>]
"""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.domain.weekdays import CLOCK_TIME
from assistant.domain.pay import PAY_LABEL
from assistant.answering.class_headings import is_levels_own
from assistant.answering.fields import LINE_LABEL
from assistant.domain.job_nouns import ends_with_job_noun
from assistant.answering.evidence import Sentence, level_mentions
from assistant.answering.wording import clean_quote
from assistant.answering.question_words import FILLER, is_generic
from assistant.query.intents import Intent, intent_named
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.text import STOPWORDS, raw_tokens, stem, tokens

__all__ = ["grade_hint", "level_line_of", "with_class_license", "with_deadline", "with_each_level", "with_second_intent"]


def with_second_intent(plan: QueryPlan, ranked: list[Sentence], chosen: list[Sentence], limit: int,
                       open_intents: Collection[str]) -> list[Sentence]:
    """"What education and experience …?": when no chosen passage states a kind of fact asked (the second, or the
    first when only a substitution for it was chosen), its best passage takes the last place."""
    if len(plan.intents) < 2 or plan.intents[1].name in open_intents or plan.intents[0].name in open_intents:
        return chosen
    doc_id = chosen[0].doc_id
    for position, wanted in enumerate(plan.intents[:2]):
        # (a table row states what its header names: "Traffic Sign Technician | 4417 | …" under "… | Class Code | …")
        if any(_states(wanted, s, plan) for s in chosen):
            continue
        found = next((s for s in ranked if s.doc_id == doc_id and s not in chosen and _states(wanted, s, plan)
                      and (s.section_type in wanted.sections or _labelled_as(s.text, wanted))
                      and not any(s.overlaps(c) for c in chosen)), None)
        if found is None:
            continue
        if position == 0:  # the first kind's own statement leads ("Education: A bachelor's degree …")
            chosen = [found] + _with_room(chosen, limit)
        else:
            chosen = _with_room(chosen, limit) + [found]
    return chosen


def _with_room(chosen: list[Sentence], limit: int) -> list[Sentence]:
    """``chosen`` with room for one more: a substitution gives way first, else the last passage."""
    if len(chosen) < limit:
        return chosen
    substitutions = [i for i, s in enumerate(chosen) if _SUBSTITUTES.search(s.text)]
    drop = substitutions[-1] if substitutions else len(chosen) - 1
    return chosen[:drop] + chosen[drop + 1:]


# "A master's degree … may substitute for the required experience": what may stand in for a requirement, not the
# requirement (unless a substitution is what is asked)
_SUBSTITUTES = re.compile(r"\bsubstitut\w*|\bin lieu of\b|\bin place of\b", re.IGNORECASE)


def _states(intent: Intent, s: Sentence, plan: QueryPlan) -> bool:
    if not (intent.evidence.search(s.text) or intent.evidence.search(s.display)):
        return False
    return intent.name == "substitution" or "substitution" in plan.intent_names or not _SUBSTITUTES.search(s.text)


def _labelled_as(text: str, intent: Intent) -> bool:
    """Whether a form's row or field is labelled with the asked kind ("Current pay range | $27.40 - $35.62 hourly"
    for the pay asked beside a grade), whatever section the form's rows fall in."""
    label = re.match(r"\W{0,3}([A-Za-z][A-Za-z'&/ -]{1,40}?)\s*[:|]\s*\S", text)
    if label and intent.name == "salary" and PAY_LABEL.search(label.group(1)) and intent.evidence.search(text, label.end(1)):
        return True  # "Hiring Range | $62,000 - $71,500 annually": a range of dollars is pay, whatever the label calls it
    return bool(label and intent.cues.search(label.group(1)))



def grade_hint(plan: QueryPlan, ranked: list[Sentence]) -> str:
    """The passage stating the grade, for a salary question the documents answer only with a grade."""
    grade = intent_named("grade")
    for s in ranked:
        if s.doc_id in plan.doc_ids and grade.value is not None and grade.value.search(s.text):
            return clean_quote(s.text)[:200]
    return ""


def level_line_of(plan: QueryPlan, ranked: list[Sentence], snap: Snapshot, best: Sentence) -> Sentence | None:
    """For a level of a series, the sentence that introduces that level, when the answer does not name it."""
    doc = snap.documents.get(best.doc_id)
    if not plan.levels or doc is None or not doc.levels:
        return None
    if any(lv in level_mentions(best.text, doc.title, doc.levels) for lv in plan.levels):
        return None
    for s in sorted(ranked, key=lambda x: x.start):
        mentioned = level_mentions(s.text, doc.title, doc.levels)
        if mentioned and mentioned[0] in plan.levels and s is not best and s.section_type != "header":
            return s
    return None


# "Closing Date: Friday, March 14, 2025", "Applications must be received by … June 13, 2025": when applying ends
_DEADLINE = re.compile(r"\b(?:clos(?:e|es|ing)|deadline|must be (?:received|submitted|postmarked)|filing period|"
                       r"accepted (?:until|through))\b", re.I)
_DATED = intent_named("dates").evidence  # a date written out: "March 14", "3/14/2025"


def with_deadline(plan: QueryPlan, ranked: list[Sentence], chosen: list[Sentence]) -> list[Sentence]:
    """"How do I apply?": the passage saying until when applications are taken follows the steps, when the chosen
    passages give no date (a posting's how-to and its closing date are one answer)."""
    if not plan.intents or plan.intents[0].name != "apply" or not chosen:
        return chosen
    if any(_DATED.search(s.text) for s in chosen):
        return chosen
    doc_id = chosen[0].doc_id
    found = next((s for s in ranked if s.doc_id == doc_id and _DEADLINE.search(s.text) and _DATED.search(s.text)
                  and not any(s.overlaps(c) for c in chosen)), None)
    return chosen + [found] if found is not None else chosen


TIME_LINE_GAP = 12  # the next line's indent: "FINAL FILING DATE …… Friday, March 27" / "     FILING TIME …… 5:00 p.m."
TIME_LINE_CHARS = 80  # a field's line, not a paragraph that mentions an hour


def with_closing_time(plan: QueryPlan, chosen: list[Sentence], ranked: list[Sentence]) -> list[Sentence]:
    """"What's the deadline to apply?" answered by a closing date printed without its hour: the line right after it
    that gives the hour ("FILING TIME …… 5:00 p.m.") is part of the deadline."""
    if not chosen or "dates" not in plan.intent_names or not _DATED.search(chosen[0].text) \
            or CLOCK_TIME.search(chosen[0].text):
        return chosen
    first = chosen[0]
    after = next((s for s in ranked if s.doc_id == first.doc_id and 0 <= s.start - first.end <= TIME_LINE_GAP), None)
    if after is None or not CLOCK_TIME.search(after.text) or len(after.text) > TIME_LINE_CHARS \
            or any(after.overlaps(c) for c in chosen):
        return chosen
    return [first, after, *chosen[1:]]


# "Overtime is paid at one and one-half times …", "Mandatory overtime … may be required": how overtime works, not
# only whether the class is exempt
_OVERTIME_RULE = re.compile(r"\bovertime\b.{0,160}\b(?:one and one-half|one and a half|1\.5|time and a half|"
                            r"time-and-a-half|mandatory|required|paid|compensated|compensatory|in excess of|beyond|"
                            r"over (?:40|forty))\b|\b(?:mandatory|required)\b.{0,40}\bovertime\b", re.IGNORECASE)
RULE_MIN_CHARS = 50  # a sentence, not a status field ("FLSA: Non-exempt (overtime eligible)")


_FLSA_STATUS = re.compile(r"\b(?:non-?\s?exempt|exempt)\b", re.IGNORECASE)


def states_overtime_rule(text: str) -> bool:
    """Whether ``text`` is a sentence on how overtime is paid or required, not a status field."""
    return len(text) >= RULE_MIN_CHARS and "|" not in text and bool(_OVERTIME_RULE.search(text))


def with_overtime_rule(plan: QueryPlan, ranked: list[Sentence], chosen: list[Sentence]) -> list[Sentence]:
    """"Do they get overtime?" answered by the status field ("FLSA: Non-exempt"): the document's sentence on how
    overtime is paid or required follows it, when one is among the passages found. Answered by such a sentence
    ("… or paid as overtime at the District's discretion"), the status field leads it."""
    if not plan.intents or plan.intents[0].name != "overtime" or not chosen:
        return chosen
    doc_id = chosen[0].doc_id
    if not any(_FLSA_STATUS.search(s.text) for s in chosen):
        status = next((s for s in ranked if s.doc_id == doc_id and s.intent_hit and _FLSA_STATUS.search(s.text)
                       and not any(s.overlaps(c) for c in chosen)), None)
        return [status] + chosen if status is not None else chosen
    if any(states_overtime_rule(s.text) for s in chosen):
        return chosen
    found = next((s for s in ranked if s.doc_id == doc_id and states_overtime_rule(s.text)
                  and not any(s.overlaps(c) for c in chosen)), None)
    return chosen + [found] if found is not None else chosen


# "how much settlement authority does each level have?", "… at every level", "all three levels": every level asked
_EACH_LEVEL = re.compile(r"\b(?:each|every|all(?: the| of the)?(?: two| three| four| five| \d)?) (?:of the )?levels?\b|"
                         r"\bby level\b|\blevel by level\b", re.IGNORECASE)


def with_each_level(plan: QueryPlan, ranked: list[Sentence], chosen: list[Sentence], snap: Snapshot) -> list[Sentence]:
    """"What certificate does an Operator II need compared with an Operator III?": each level asked gets its own
    passage stating the asked kind of fact, when the chosen ones speak for one level only. A question about each
    level of a series ("how much settlement authority does each level have?") asks all of its levels; with no
    kind of fact recognised, a level's passage must share a word of what is asked ("settles claims up to …")."""
    if not chosen or (plan.intents and plan.intents[0].name == "difference"):
        return chosen
    doc_id = chosen[0].doc_id
    levels = list(plan.levels)
    doc = snap.documents.get(doc_id)
    if len(levels) < 2 and doc is not None and len(doc.levels) >= 2 and _EACH_LEVEL.search(plan.question):
        levels = list(doc.levels)
    if len(levels) < 2:
        return chosen
    if plan.intents:
        evidence = plan.intents[0].evidence

        def states(s: Sentence) -> bool:
            return bool(evidence.search(s.text))
    else:
        asked = _asked_stems(plan)
        if not asked:
            return chosen

        def states(s: Sentence) -> bool:
            return bool(asked & set(tokens(s.text)))
    every = levels != list(plan.levels)

    def owns(s: Sentence, level: str) -> bool:
        # (of every level: a passage of its own, not one for "Examiner II and III" that speaks for two)
        others = [x for x in levels if x != level]
        return is_levels_own(s, snap, [level]) and not (every and is_levels_own(s, snap, others))
    out = list(chosen)
    for level in levels[:4]:
        if any(owns(s, level) for s in out):
            continue
        found = next((s for s in ranked if s.doc_id == doc_id and states(s)
                      and owns(s, level) and not any(s.overlaps(c) for c in out)), None)
        if found is not None:
            out.append(found)
    return out


def _asked_stems(plan: QueryPlan) -> set[str]:
    """The stems of the question's words that name neither the class, its employer, its levels, nor how the
    question is put."""
    names = {t.lower() for t in plan.name_tokens} | {w.lower() for e in plan.employers for w in raw_tokens(e)}
    words = {w.lower() for w in raw_tokens(plan.standalone)} - names - FILLER - STOPWORDS
    words -= {"series", "level", "levels"}
    return {stem(w) for w in words if not is_generic(w)}


FOLLOWING_CHARS = 200  # a requirement's labelled line right after the qualifications quoted


def with_class_license(plan: QueryPlan, ranked: list[Sentence], chosen: list[Sentence]) -> list[Sentence]:
    """"What do you need to qualify as a Principal …?" answered from under the class's own heading in the
    qualifications: the licenses section's line for that class ("Principal: the Certified Economic Developer
    (CEcD) designation must be obtained within 24 months") is part of what it needs."""
    if not chosen or not plan.intents or plan.intents[0].name != "qualifications":
        return chosen
    best = chosen[0]
    heading = set(re.findall(r"\w+", best.section.lower()))
    if best.section_type != "qualifications":
        return chosen
    if not ends_with_job_noun(best.section.strip()):
        # under "Minimum Qualifications": "Education and experience: …" then "License: …" and "Certificate: …",
        # labelled lines of their own, are the rest of what is required
        end = max(c.end for c in chosen if c.doc_id == best.doc_id)
        following = sorted((s for s in ranked if s.doc_id == best.doc_id and s.section_type == "licenses"
                            and LINE_LABEL.match(s.text) and 0 <= s.start - end <= FOLLOWING_CHARS
                            and not any(s.overlaps(c) for c in chosen)), key=lambda s: s.start)
        return chosen + following[:2]
    for s in ranked:
        label = LINE_LABEL.match(s.text)
        if s.doc_id != best.doc_id or s.section_type != "licenses" or label is None or s in chosen:
            continue
        if set(re.findall(r"\w+", label.group(1).lower())) <= heading and not any(s.overlaps(c) for c in chosen):
            return chosen + [s]
    return chosen
