"""How the passages chosen from one document are written into an answer: lead line, class prefixes, citations.

Why: choosing passages (:mod:`assistant.answering.extractive`) and writing them are separate jobs; the same
writing serves a single-document answer ("From the X specification: - …") and a comparison ("**X**: …").

Example:
    >>> print(render_block(plan, snap, doc_id, chosen, CitationBuilder(snap), False, "salary"))  # doctest: +SKIP
    $25.34 - $33.96 an hour [1]
    From the Information Technology Specialist (Butte County) specification:
    - Wage Range: $25.34-33.96 hourly [1]
"""

from __future__ import annotations

import re

from assistant.answering.alternatives import with_options
from assistant.answering.citations import CitationBuilder
from assistant.answering.class_headings import class_heading
from assistant.answering.evidence import Sentence, without_overlaps
from assistant.answering.answer_additions import states_overtime_rule
from assistant.answering.leadline import deadline_line, duration_line, lead_line
from assistant.answering.wording import clean_quote, doc_label
from assistant.domain.pay import dollar_figures, units_named
from assistant.ingest.title_text import smart_case
from assistant.ingest.sections import SECTION_LABELS
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot

__all__ = ["render_block"]

_QUALIFYING = {"education", "experience", "qualifications", "substitution", "license", "certification"}


MAX_PREFIX_WORDS = 5
_DURATION_INTENTS = {"experience", "probation"}
# "… and by when?", "how long do I have to get it?": a time asked, whatever the kind of fact
_ASKS_TIME = re.compile(r"\bby when\b|\bhow (?:long|soon)\b|\bhow much time\b|\bhow many (?:days|weeks|months|years)\b|"
                        r"\btime limit\b|\bdeadline\b", re.I)
_CREDENTIAL_INTENTS = {"license", "certification"}
_ASKS_REQUIRED_OR_PREFERRED = re.compile(
    r"\b(?:required|requirement|mandatory|must)\b.{0,40}\bor\b.{0,20}\b(?:prefer\w*|nice to have|desir\w*|optional|"
    r"a plus)|\b(?:prefer\w*|nice to have|desir\w*|optional|a plus)\b.{0,20}\bor\b.{0,40}\b(?:required|mandatory|must)\b",
    re.IGNORECASE)
_PREFERRED = re.compile(r"\b(?:prefer\w*|desir\w*)\b", re.I)  # "Preferred Qualifications", "Desirable Qualifications"


def section_prefix(sentence: Sentence) -> str:
    """'Preferred Qualifications: ' for a passage of that section, or '' when its heading is one of ours ("Class
    information"), long, a path, or already opens the passage."""
    heading = " ".join(sentence.section.split()).strip(" :#*")
    if not heading or " / " in heading or len(heading.split()) > MAX_PREFIX_WORDS or heading in SECTION_LABELS.values():
        return ""
    if any(ch.isdigit() for ch in heading):
        return ""  # "$47.34 - $57.54 Hourly" taken for a heading states a figure: as a prefix it reads as the passage's
    if clean_quote(sentence.display).lower().startswith(heading.lower()):
        return ""
    return f"{smart_case(heading)}: "


def render_block(plan: QueryPlan, snap: Snapshot, doc_id: str, chosen: list[Sentence], builder: CitationBuilder,
                 multi: bool, intent: str) -> str:
    """One document's part of an answer: its lead line (the figure asked, when a passage states one) and its
    quoted passages, each cited; in a comparison, one paragraph headed by the class."""
    # a list item and the run-on line it comes from are both candidates: quote the passage once
    chosen = without_overlaps(chosen)
    if intent in _QUALIFYING or any(s.section_type == "qualifications" for s in chosen):
        chosen = with_options(snap, chosen)
    numbers = [builder.cite(s.doc_id, s.cite_start, s.end, s.section, s.chunk_level, s.page) for s in chosen]
    lead = ""
    lead_from = -1
    if intent:
        for index, s in enumerate(chosen):
            # (a status is read off its named cell: "…; FLSA: Non-exempt" of a row under its header)
            lead = lead_line(intent, s.display if intent == "overtime" else s.stated, plan.question)
            if lead:
                lead_from = index
                break
    if not lead and (intent in _DURATION_INTENTS or _ASKS_TIME.search(plan.question)) and chosen:
        # "One (1) year … OR two (2) years": the durations read plainly first, the passage still quoted whole
        lead = duration_line(chosen[0].stated)
        lead_from = 0 if lead else -1
        keep_lead_passage = True
    else:
        keep_lead_passage = False
    if not lead and intent in _CREDENTIAL_INTENTS and chosen:
        # "… B1 certification within twelve (12) months of appointment": by when, read plainly first
        lead = deadline_line(chosen[0].text)
        if lead:
            lead_from, keep_lead_passage = 0, True
    if lead and intent == "overtime" and states_overtime_rule(chosen[lead_from].text):
        # "… non-exempt … and are compensated for hours worked beyond 40 … at one and one-half times …": the status
        # read off, the sentence saying how overtime is paid still quoted
        keep_lead_passage = True
    if lead and any(other.name != intent and (other.evidence.search(chosen[lead_from].stated)
                                              or other.evidence.search(chosen[lead_from].display))
                    for other in plan.intents[:2]):  # (a row's header names what its cells are: "Class Code")
        # "what pay grade and hourly range …?": the line read off for one fact, the passage quoted for the other
        # ("Pay: Grade 14: $38.45 - $51.20 per hour")
        keep_lead_passage = True
    asked_units = units_named(plan.question) if lead and intent == "salary" else set()
    if asked_units and not units_named(lead) & asked_units:
        # "the biweekly pay range": a range read off in another unit ("$30.66–$37.27 an hour") answers only in part;
        # the row, quoted, gives the asked one ("C-25 | $2,452.80 | $2,981.60 | …" under "Biweekly Minimum …")
        keep_lead_passage = True
    row_dollars = dollar_figures(chosen[lead_from].text) if lead and intent == "salary" else set()
    if row_dollars and " | " in chosen[lead_from].text and not row_dollars <= dollar_figures(lead):
        # "CR-34 | $3,412.80 | $4,148.00 | $88,733 - $107,848": the range read off is one of the row's; the row,
        # quoted under its header, gives the others ("Biweekly minimum: $3,412.80; …")
        keep_lead_passage = True
    doc = snap.documents.get(doc_id)
    # passages of different sections say under which each stands ("Preferred Qualifications: Master's degree …"):
    # quoted bare, a preferred degree reads as a required one
    # (and a preferred passage says so even alone: "do I need my CPP?" answered by a preferred one is a "no")
    # (so too when the question asks which it is: "is SQL required or just nice to have?")
    headed = len({s.section for s in chosen}) > 1 or any(_PREFERRED.search(s.section) for s in chosen) \
        or bool(_ASKS_REQUIRED_OR_PREFERRED.search(plan.question))
    lines = [f"{class_heading(s, doc) or (section_prefix(s) if headed else '')}{clean_quote(s.display)} [{n}]"
             for index, (s, n) in enumerate(zip(chosen, numbers)) if index != lead_from or keep_lead_passage]
    if multi:
        head = f"**{doc_label(snap, doc_id, plan.levels)}**: "
        body = (f"{lead} [{numbers[lead_from]}]" + (". " if lines else "")) if lead else ""
        return head + body + " ".join(lines)
    out = []
    if lead:
        out.append(f"{lead} [{numbers[lead_from]}]")
        if not lines and (doc is None or doc.title.lower() not in plan.question.lower()):
            # a class the question described, not named ("the front-desk job that checks books in and out"): which
            out.append(f"From the {doc_label(snap, doc_id, plan.levels)} specification.")
    if lines:
        out.append(f"From the {doc_label(snap, doc_id, plan.levels)} specification:")
        out.extend(f"- {line}" for line in lines)
    return "\n".join(out)
