"""How well each candidate passage answers the question, by the rules: shared words, the asked kind of fact, the
level asked, the heading it stands under, a field the question names.

Why: choosing passages (:mod:`assistant.answering.extractive`) and finding them
(:mod:`assistant.answering.evidence`) are separate jobs; this is the one place the rules score a passage.

Example:
    >>> ranked = rank_sentences(candidate_sentences(snapshot, docs, plan), plan, snapshot)  # doctest: +SKIP
    >>> ranked[0].text  # doctest: +SKIP
    'Twelve (12) months.'
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.domain.weekdays import ASKS_CLOCK_TIME, ASKS_WEEKDAYS, CLOCK_TIME, WEEKDAY
from assistant.answering.evidence import Sentence, idf, level_mentions, opening_of, question_terms
from assistant.answering.deadlines import (ASKS_DEADLINE, ASKS_FILING, DATED, DEADLINE_CREDIT, FILING_CLOSE_CREDIT,
                                          STATES_CLOSING, STATES_DEADLINE)
from assistant.answering.fields import LABEL_CREDIT, LINE_LABEL, dates_the_document_only, label_names_asked, names_the_date_asked
from assistant.answering.level_lines import series_class_credit
from assistant.answering.numbered_rows import asked_row_number, opens_numbered_row
from assistant.answering.pay_passages import period_credit
from assistant.answering.question_words import description_discounted
from assistant.domain.pay import asks_amount, pay_periods, states_amount
from assistant.query.intents import Intent, asks_class_history
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.sentences import is_column_row
from assistant.text import STOPWORDS, stem, tokens

__all__ = ["rank_sentences"]

QUANTITY_QUESTION = re.compile(r"\bhow (?:much|many|long|heavy|old|often|fast)\b|\bwhat (?:share|percent(?:age)?|portion|proportion|fraction)\b|\bwhat (?:is|are) the (?:\w+ )?(?:range|amount|number|speed|period|length)\b|\bby when\b", re.I)
# "None required." states an amount too: none
_HAS_QUANTITY = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirty|forty|fifty|sixty|ninety|"
                           r"none|not required|no (?:\w+ )?(?:experience|required))\b", re.I)
WEEKDAY_CREDIT = 0.6
CLOCK_TIME_CREDIT = 1.0  # the hours asked, over the schedule words a weekend-work sentence shares
_HISTORY_SECTION = re.compile(r"\b(?:class(?:ification)? history|revision history|history of (?:the )?class|"
                              r"amendments?|revisions?)\b", re.IGNORECASE)
HISTORY_PENALTY = 0.5
_ASKS_TIME_SHARE = re.compile(r"\bhow much of\b[^?]{0,80}\btime\b|\b(?:what|which) (?:percent(?:age)?|share|portion|"
                              r"fraction|part) of\b[^?]{0,40}\btime\b|\bpercent(?:age)? of (?:the |their |its )?time\b",
                              re.IGNORECASE)
_PERCENT = re.compile(r"\d{1,3}\s?%|\b\d{1,3} percent\b", re.IGNORECASE)
TIME_SHARE_CREDIT = 0.6
AMOUNT_CREDIT = 0.3  # a question asking an amount of money: a passage stating one, over one stating times or counts
PREFIX_CREDIT = 0.8  # "exam" finds "examination", "cert" finds "certificate": a shortened word, nearly a match


def _prefix_of_any(term: str, words: set[str]) -> bool:
    return len(term) >= 4 and any(len(word) > len(term) and word.startswith(term) for word in words)


HEADING_WORD_CREDIT = 0.2
_RANK_STEMS = {stem(w) for w in ("senior", "lead", "principal", "chief", "supervising", "supervisor", "specialist",
                                 "assistant", "associate", "staff", "manager", "trainee", "apprentice")}


@lru_cache(maxsize=4096)
def _heading_words(section: str, title: str) -> frozenset[str]:
    return frozenset(set(tokens(section)) - set(tokens(title)) - STOPWORDS)


def _heading_match(section: str, title: str, asked: set[str]) -> float:
    """A passage under a heading that names what the question names ("Senior Radiologic Technologist
    (Specialist) / Minimum Qualifications" for a question about that class) weighs more; under a heading
    naming a rank the question does not ask ("Senior …" when it asks the plain class), less."""
    words = _heading_words(section, title)
    if not words:
        return 0.0
    hits = words & asked
    credit = HEADING_WORD_CREDIT * min(2, len(hits))
    ranks = words & _RANK_STEMS
    if ranks & hits:
        credit += HEADING_WORD_CREDIT  # the rank asked ("associate") names the class of the series best
    elif ranks:
        credit -= HEADING_WORD_CREDIT
    return credit


FIELD_OF_KIND_CREDIT = 0.25
# kinds of fact that ask several things, one of which has the value: the hours a shift runs are "10:00 p.m. -
# 6:30 a.m.", but "is there standby?" is not answered by the regular schedule's times
# (and of extra pay: "what evening shift differential …?" is not answered by the bilingual pay beside it)
_SEVERAL_KINDS = {"on_call", "differential"}
_ONE_OF_THE_KINDS = re.compile(r"\b(?:standby|on[- ]call|weekend|night|holiday|after[- ]hours|evening|call[- ]?back|"
                               r"rotation|platoon|bilingual|longevity|hazard|swing|graveyard)", re.IGNORECASE)
_ASKS_TIMES = re.compile(r"\b(?:hours|schedule|what time|start|end|shifts?)\b", re.IGNORECASE)


def _field_of_kind(text: str, intent: Intent) -> bool:
    """A "Label: value" line whose label names the asked kind of fact and whose value states one ("Work Schedule:
    Sunday-Thursday nights, 10:00 p.m. - 6:30 a.m." for "what are the hours?"): the field that answers it."""
    label = LINE_LABEL.match(text)
    return bool(label and intent.evidence.search(label.group(1)) and intent.value is not None
                and intent.value.search(text, label.end(1)))


ASKED_KIND_CREDIT = 0.5


def _asked_kind(question: str, primary: Intent | None) -> str:
    """Which of the things a many-sided kind of fact covers the question names ("standby", "weekends"), as the
    stem a passage must write; '' for other kinds or a question naming none."""
    if primary is None or primary.name not in _SEVERAL_KINDS:
        return ""
    cue = _ONE_OF_THE_KINDS.search(question)  # (not "schedule" or "hours": those ask the kind as a whole)
    return cue.group(0).lower() if cue else ""


def rank_sentences(sentences: list[Sentence], plan: QueryPlan, snap: Snapshot) -> list[Sentence]:
    """Score every candidate; best first."""
    terms = question_terms(plan, snap)
    wants_quantity = bool(QUANTITY_QUESTION.search(plan.question))
    wants_amount = wants_quantity and asks_amount(plan.question)
    # "do they get paid extra for being on call?": extra pay is stated by its amount ("standby pay of $3.00 per
    # hour"), not by the rule around it ("… a weekly after-hours standby assignment")
    wants_extra_pay = plan.intent_names[:1] == ["differential"]
    wants_deadline = bool(ASKS_DEADLINE.search(plan.question))
    wants_weekdays = bool(ASKS_WEEKDAYS.search(plan.question))
    wants_clock_time = bool(ASKS_CLOCK_TIME.search(plan.question))
    wants_time_share = bool(_ASKS_TIME_SHARE.search(plan.question))
    asks_history = asks_class_history(plan.question)
    asks_filing = bool(ASKS_FILING.search(plan.question))
    weights = {t: idf(snap, t) for t in terms}
    total = sum(weights.values())
    weights = description_discounted(weights, plan)
    primary = plan.intents[0] if plan.intents else None
    others = plan.intents[1:3]
    asked = set(tokens(plan.standalone))
    asked_classes: dict[str, tuple[str, list[str]]] = {}
    asked_kind = _asked_kind(plan.question, primary)
    own_words = frozenset(stem(t) for t in tokens(plan.question) if t not in plan.name_tokens)
    row_number = asked_row_number(plan.question)  # "… in the fifth period": the row that opens on 5
    asks_pay = primary is not None and primary.name in {"salary", "grade"}
    asked_periods = pay_periods(plan.question) if asks_pay else set()
    for s in sentences:
        # its heading (and a bare sub-heading over its paragraph, "Retirement") says what it is about too
        sentence_terms = set(tokens(f"{s.text} {s.header} {s.section} {s.subheading}"))
        matched = sum(w if t in sentence_terms else PREFIX_CREDIT * w if _prefix_of_any(t, sentence_terms) else 0.0
                      for t, w in weights.items())
        s.lexical = matched / total if total else 0.0
        score = s.lexical
        if primary is not None:
            # a short answer under a telling heading ("Probationary Period" / "Twelve months.") counts too
            # (a table row's cells are what its header names: "FN-2210 | T14" under "Class Code | Grade")
            text_hit = _states_kind(primary, s.text, snap, s.doc_id, own_words) or bool(s.header and primary.evidence.search(s.header))
            if text_hit and primary.name == "dates" and dates_the_document_only(s.text, plan.question):
                text_hit = False  # "Bulletin issued 03/02/2026": the bulletin's date, not the one asked
            heading_hit = len(s.text) < 120 and _states_kind(primary, s.section, snap, s.doc_id, own_words)
            s.intent_hit = text_hit or heading_hit
            if primary.name not in {"duties", "overview"}:
                score += 0.8 if text_hit else 0.4 if heading_hit else 0.0
                if primary.value is not None and primary.value.search(s.text):
                    score += 0.2 if primary.name not in _SEVERAL_KINDS or _ASKS_TIMES.search(plan.question) else 0.0
                if asked_kind and re.search(r"\b" + re.escape(asked_kind), s.text, re.IGNORECASE):
                    score += ASKED_KIND_CREDIT  # "is there standby?": the standby sentence, not the regular hours
                    if len(plan.doc_ids) == 1 and _field_of_kind(s.text, primary):
                        score += FIELD_OF_KIND_CREDIT  # (within the one class asked: no document outranks another by it)
            if s.section_type in primary.sections:  # the intent's own section first ("duties" before "summary")
                score += 0.25 if s.section_type == primary.sections[0] else 0.15
        for intent in others:
            if intent.evidence.search(s.text):
                score += 0.3
        if row_number and opens_numbered_row(s.text, row_number):
            score += NUMBERED_ROW_CREDIT
        doc = snap.documents.get(s.doc_id)
        if plan.levels and doc is not None and s.level_line:
            # the level's own line above says whose block this is, whichever level the sentence names
            score += 0.6 if s.level_line in plan.levels else -0.8
        elif doc is not None and not plan.levels and doc.classes:
            score += series_class_credit(s.text, doc.classes, asked, s.lexical > 0 or s.intent_hit, s.class_under,
                                         plan.standalone)
        # the one level its heading names ("Engineering Technician III / Education/Experience") says whose passage
        # it is, whichever level it mentions ("… at a level equivalent to Engineering Technician II")
        # (unless the passage opens on a level of its own: "Maintenance Worker II | 4102 | 17 | $24.05 …")
        heading_levels = set()
        if plan.levels and doc is not None and not s.level_line \
                and not level_mentions(opening_of(s.text), doc.title, doc.levels):
            heading_levels = set(level_mentions(s.section, doc.title, doc.levels)) or set(
                level_mentions(s.class_under, doc.title, doc.levels))
        if len(heading_levels) == 1:
            score += 0.6 if heading_levels & set(plan.levels) else -0.8
        elif plan.levels and doc is not None and not s.level_line and s.class_under and asks_pay \
                and s.class_under.lower() not in plan.standalone.lower() \
                and not level_mentions(s.class_under, doc.title, doc.levels) \
                and not level_mentions(opening_of(s.text), doc.title, doc.levels):
            # a figure under "## Senior Plans Examiner", a class of the page that is none of its levels, is not the
            # level's pay
            score -= OTHER_CLASS_DEBIT
        elif plan.levels and doc is not None and not s.level_line:
            mentioned = level_mentions(s.text, doc.title, doc.levels)
            if any(lv in plan.levels for lv in mentioned):
                if not _levels_own_document(doc.title, doc.levels, plan.levels):
                    score += 0.6
                    if mentioned and mentioned[0] in plan.levels:
                        score += 0.2
            elif mentioned:
                score -= 0.8
            elif s.chunk_level:
                score += 0.3 if s.chunk_level in plan.levels else -0.5
        if doc is not None:
            # in a schedule of many classes, the row naming the class the question names ("3416 | Maintenance
            # Worker II | 31 | …") is the answer
            # (a fixed-width report's row naming the class the catalog lacks: "6036   ELECTRICIAN   G31   30.64 …")
            if s.doc_id not in asked_classes:  # the question's class among the document's, once per document
                # (a one-class document's own title: "Legal Assistant (proposed) | 36 | $4,866 …" in a staff report)
                asked_classes[s.doc_id] = _asked_class(doc.classes or [{"title": doc.title}], plan.standalone)
            row = "|" in s.text or is_column_row(s.text)
            # (a one-class document's title counts in a row's first cell only: "Job Summary | … the Officer helps …")
            named_in = s.text[:120] if doc.classes else s.text.split("|")[0]
            names_row = (row and _row_names_only(named_in, *asked_classes[s.doc_id])) or bool(
                plan.unlisted and is_column_row(s.text) and _written(plan.unlisted, s.text[:80]))
            s.row_match = ROW_CLASS_CREDIT if names_row else 0.0
            # under a heading, or in a table row, that names what the question names ("TC85 | 7361 | Senior
            # Radiologic Technologist (Supervisor) (Abolished …)" for a question about that class)
            # (the employer's name in a row is the page's, not the row's: "Copyright © 2025 State of Calder")
            row_words = _heading_match(s.text[:120], f"{doc.title} {doc.employer}", asked) if "|" in s.text else 0.0
            score += max(_heading_match(s.section, doc.title, asked), row_words) + s.row_match
        score += period_credit(asked_periods, f"{s.header} {s.text}")  # "… per day?": the "Daily rate" row
        # a field outside the kinds of fact the rules know ("Job Number: 24-0117"), or, among the dates a "when"
        # question finds, the date field it names ("Close Date: 06/30/2025" for "when does it close?")
        s.names_asked = label_names_asked(s.text, plan.standalone) if not s.intent_hit \
            else names_the_date_asked(s.text, plan.standalone)
        if s.names_asked:
            score += LABEL_CREDIT if not s.intent_hit else LABEL_CREDIT / 2
        if "|" in s.text and _is_header_row(snap.doc_text(s.doc_id), s.end):
            score -= HEADER_ROW_PENALTY  # "Class Code | Grade | Hourly Range": names the columns, states nothing
        if "|" in s.text and _is_code_row(s.text) and (primary is None or primary.name not in _CODE_ROW_INTENTS) \
                and not _labels_asked_number(s.text, primary):
            score -= CODE_ROW_PENALTY  # "LM84 | 1316 | Staff … (Supervisor)" names a class; it states nothing about it
        if _HISTORY_SECTION.search(s.section) and not asks_history:
            # "01/2026 Revised: remote work and bilingual pay provisions added": a note on the document's changes
            # names the kind of fact asked but states nothing of it
            score -= HISTORY_PENALTY
        if s.section_type == "elsewhere":
            score -= ELSEWHERE_PENALTY  # "Paratransit Driver · Hollis Care Transport · $19 an hour": another listing
        # (the deadline to apply is the filing's close, with its date; another is a time allowed: "within 3 years")
        if wants_deadline and asks_filing and STATES_CLOSING.search(s.text) and DATED.search(s.text):
            score += FILING_CLOSE_CREDIT  # "the deadline to apply for the … exam": the filing's close, not the exam's date
        elif wants_deadline and not asks_filing and STATES_DEADLINE.search(s.text):
            score += DEADLINE_CREDIT  # "how long do I have to get licensed?": "… within three (3) years of appointment"
        if wants_weekdays and WEEKDAY.search(s.text):
            score += WEEKDAY_CREDIT  # "what days do they work?": "Work Schedule | Tuesday - Saturday", not "(90) days"
        if wants_time_share and _PERCENT.search(s.text):
            # "how much of the technician's time goes to calibrating …?": the duty's row of a percent-of-time table
            score += TIME_SHARE_CREDIT
        if wants_clock_time and CLOCK_TIME.search(s.text):
            # "what time do they start?": "Work hours normally begin at 5:00 a.m. …" states the kind of fact asked
            score += CLOCK_TIME_CREDIT
            s.intent_hit = s.intent_hit or primary is not None
        if wants_quantity and _HAS_QUANTITY.search(s.text):
            score += 0.3
            if wants_amount and states_amount(s.text):
                score += AMOUNT_CREDIT  # "how much is the night differential?": "$6.50/hour", not "after 11:00 p.m."
        elif wants_extra_pay and s.intent_hit and states_amount(s.text):
            score += AMOUNT_CREDIT
        score += 0.15 / (1 + s.chunk_rank)
        if len(s.text) < 25 and not s.names_asked:  # a short field the question names by its label is no fragment
            score -= 0.3
        if len(s.text) > 600:
            score -= 0.2
        s.score = score
    return sorted(sentences, key=lambda x: x.score, reverse=True)


def _states_kind(intent: Intent, text: str, snap: Snapshot, doc_id: str, asked: frozenset[str]) -> bool:
    """Whether ``text`` holds the asked kind's evidence in words other than its class's title: in a "Custodian I -
    Night Shift" posting every passage may say "night" or "shift", which tells nothing of its hours (unless the
    question asks that word itself, apart from the class's name: "does the night custodian work nights?").
    ``asked``: the stems of the question's words that do not name the class or employer."""
    doc = snap.documents.get(doc_id)
    title = _title_stems(doc.title if doc is not None else "") - asked
    return any(not title or not {stem(t) for t in tokens(found.group(0))} <= title
               for found in intent.evidence.finditer(text))



@lru_cache(maxsize=1024)
def _title_stems(title: str) -> frozenset[str]:
    return frozenset(stem(t) for t in tokens(title))


ROW_CLASS_CREDIT = 0.4
OTHER_CLASS_DEBIT = 0.8
NUMBERED_ROW_CREDIT = 0.6  # the row of the period or step asked ("the fifth period": "5 4,001 - 5,000 80% $46.72")


def _levels_own_document(title: str, levels: list[str], asked: list[str]) -> bool:
    """A one-level document whose title is the level asked ("Code Enforcement Officer II"): every passage is that
    level's, and one that names it ("… may be flexibly promoted to Code Enforcement Officer II after …") is no more
    the level's than the "Special Requirements" that do not."""
    return not levels and any(level in asked for level in level_mentions(title, title, []))


def _asked_class(classes: list[dict], question: str) -> tuple[str, list[str]]:
    """The document's listed class the question names (the longest one named: "Maintenance Worker II", not
    "Maintenance Worker I"), or '', with the document's class titles."""
    titles = [str(info.get("title") or "") for info in classes]
    named = [title for title in titles if title and _written(title, question)]
    return (max(named, key=len) if named else ""), titles


def _row_names_only(row: str, asked: str, titles: list[str]) -> bool:
    """Whether a table row names the asked class and no other (a row naming several classes is a header or a
    comparison: "Factor | Accountant 1 | Accountant 2 | …")."""
    if not asked:
        return False
    in_row = [title for title in titles if title and _written(title, row)]
    return asked in in_row and not any(t != asked and t not in asked for t in in_row)


def _written(name: str, text: str) -> bool:
    return bool(re.search(r"\b%s\b" % re.escape(name), text, re.I))


_CODE_CELL = re.compile(r"^[A-Z]{0,4}[- ]?\d{2,6}[A-Z]?$")
_CODE_ROW_INTENTS = {"code", "status"}
CODE_ROW_PENALTY = 0.6
HEADER_ROW_PENALTY = 0.6
_SEPARATOR_NEXT = re.compile(r"\n[ \t]*\|?[ \t]*:?-{3,}")


def _is_header_row(text: str, end: int) -> bool:
    """Whether the table row ending at ``end`` is its table's header: the next line is the "|---|---|" separator, or
    the row names columns without a figure and the next row, of as many cells, gives figures ("Pay Grade | Annual
    Minimum" over "26 | $71,412")."""
    line_end = text.find("\n", end)
    if line_end < 0:
        return False
    if _SEPARATOR_NEXT.match(text, line_end):
        return True
    row = text[text.rfind("\n", 0, end) + 1:line_end]
    next_row = text[line_end + 1:].split("\n", 1)[0]
    names, figures = _cells(row), _cells(next_row)
    # (three columns or more, each a short name, over a row mostly of figures: a label and its value, "Shift |
    # rotating, including weekends", or a requirement over the next, are no header)
    return "|" in next_row and not re.search(r"\d", row) and len(names) == len(figures) >= MIN_HEADER_CELLS \
        and all(len(name.split()) <= MAX_COLUMN_NAME_WORDS for name in names) \
        and sum(1 for cell in figures if re.search(r"\d", cell)) * 2 > len(figures)


MIN_HEADER_CELLS = 3
MAX_COLUMN_NAME_WORDS = 4
ELSEWHERE_PENALTY = 1.2


def _labels_asked_number(row: str, primary: Intent | None) -> bool:
    """A field whose short label is the kind of fact asked and whose value is a number ("Work Days | 203" for
    "how many days a year …"): no class code, however much the number looks like one."""
    cells = _cells(row)
    return primary is not None and len(cells) == 2 and len(cells[0].split()) <= 3 \
        and not _CODE_CELL.match(cells[0]) and bool(primary.evidence.search(cells[0]))


def _is_code_row(row: str) -> bool:
    """A table row of codes and one name ("LM84 | 1316 | Staff Information Systems Analyst (Supervisor)")."""
    cells = _cells(row)
    codes = [c for c in cells if _CODE_CELL.match(c)]
    return len(cells) >= 2 and len(codes) >= 1 and len(cells) - len(codes) <= 1


def _cells(row: str) -> list[str]:
    """A pipe row's cells that hold something."""
    return [c.strip() for c in row.split("|") if c.strip()]
