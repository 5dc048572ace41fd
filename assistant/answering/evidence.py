"""Find and score the sentences of retrieved chunks that could answer a question.

Shared by the extractive answerer (which quotes them) and the LLM answerer
(which checks generated sentences against them).

Example:
    >>> sentences = candidate_sentences(snapshot, docs, plan)
    >>> best = rank_sentences(sentences, plan, snapshot)[0]
    >>> best.text
    'Wage Range: $25.34-33.96 hourly ($52707.20-$70636.80/yr)'
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from langchain_core.documents import Document

from assistant.answering.level_lines import CLASS_NUMBER, class_heading_before, is_level_name_line, level_line_before
from assistant.answering.naming_texts import naming_texts
from assistant.answering.no_statement import is_heading_only, is_menu_line, is_question_line
from assistant.answering.subheadings import is_subheading_line, subheading_above
from assistant.answering.question_words import FILLER, FILLER_STEMS, GENERIC_STEMS, is_generic, without_idioms
from assistant.answering.replies import reply_end
from assistant.domain.abbreviations import EXPANSIONS, is_abbreviation, spells_initials, without_expansions
from assistant.domain.levels import RANK_WORDS, ROMAN_PATTERN, TITLE_LEVEL_PATTERN, level_name, question_levels, without_level, without_series
from assistant.index.store import chunk_metadata
from assistant.ingest.employers import employer_initials
from assistant.ingest.title_text import title_abbreviation
from assistant.query.asides import without_set_aside
from assistant.query.parts import asks_which_class, describes_job, without_description
from assistant.query.plan import QueryPlan
from assistant.query.title_words import TITLE_SYNONYMS, normalize_title_tokens
from assistant.search.snapshot import Snapshot
from assistant.sentences import is_table_row, list_items, sentence_spans
from assistant.table_rows import readable_row, table_cells, table_header
from assistant.text import STOPWORDS, bare_word, cut_short, raw_tokens, stem, tokens

_PADDING = re.compile(
    r"^\W*((?:class(?:ification)?|job|position|working|official)?\s*(?:title|department|division|established|"
    r"revised|adopted|last revised|updated|last updated|effective date|date|page))\s*\**\s*[:|]\s*[^:|]{0,80}$",
    re.IGNORECASE,
)


@dataclass
class Sentence:
    """A candidate passage: an exact span of a document's text."""

    doc_id: str
    start: int
    end: int
    text: str
    section: str
    section_type: str
    chunk_level: str
    chunk_rank: int
    page: int | None
    score: float = 0.0
    lexical: float = 0.0
    intent_hit: bool = False
    names_asked: bool = False  # a "Label: value" field whose label is the question's words ("Job Number: …")
    level_line: str = ""  # the level a plain line above names ("Deputy Probation Officer II")
    class_under: str = ""  # the series class whose heading it is written under ("Principal Environmental Scientist")
    header: str = ""  # a table row's header row ("Step A | Step B"): what each of its cells is
    header_start: int = -1
    column: int = -1  # the header cell naming the one asked level ("Social Worker III"): the row's only value quoted
    subheading: str = ""  # a bare line above its paragraph ("Retirement"): what the paragraph is about
    row_match: float = 0.0  # how far a table row's own cells name what the question names ("… | Groundskeeper II | …")

    @property
    def cite_start(self) -> int:
        """Where its citation starts: at the header row for a table row, so the quote shows what the figures are."""
        return self.header_start if self.header else self.start

    def overlaps(self, other: "Sentence") -> bool:
        """Whether the two spans share text (a list item and the run-on line it comes from do)."""
        return self.doc_id == other.doc_id and self.start < other.end and other.start < self.end

    @property
    def stated(self) -> str:
        """The text a lead line is read from: a matrix row's asked column alone, else the passage as written."""
        return self.display if self.column > 0 else self.text

    @property
    def display(self) -> str:
        """The text to quote: a table row as a statement ('Step A: $19.55; Step B: $20.53')."""
        return readable_row(self.header, self.text, self.column) if self.header or " | " in self.text else self.text


def without_overlaps(sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` in order, each left out when it overlaps one kept before it (a list item and the run-on
    line it comes from are both candidates: the passage is quoted once)."""
    kept: list[Sentence] = []
    for sentence in sentences:
        if not any(sentence.overlaps(k) for k in kept):
            kept.append(sentence)
    return kept


_STATED_FIGURE = re.compile(r"\d\s?%|\$\s?\d")
MAX_SENTENCES = 3  # passages quoted for one class (a list's extra items aside), by either reader
SENTENCE_REACH = 600  # characters read past a chunk's edges to finish the sentences it cuts


def _names_one_class(sentence: str, class_titles: list[str]) -> bool:
    """Whether ``sentence`` is only a class's name of the document, with its code or number before it."""
    bare = re.sub(r"^\s*(?:%s)\s+" % CLASS_NUMBER, "", sentence).strip(" :*#").lower()
    return any(bare == title.lower() for title in class_titles if title)


def candidate_sentences(snap: Snapshot, docs: list[Document], plan: QueryPlan) -> list[Sentence]:
    """Sentences of the retrieved chunks; for documents in focus, of all their chunks."""
    focus = set(plan.doc_ids)
    seen: set[tuple[str, int, int]] = set()
    out: list[Sentence] = []
    ranked_chunks: list[tuple[int, dict]] = []
    retrieved_ids = set()
    for rank, doc in enumerate(docs):
        m = doc.metadata
        retrieved_ids.add(m["chunk_id"])
        if focus and m["doc_id"] not in focus:
            continue
        ranked_chunks.append((rank, m))
    for chunk in (c for doc_id in plan.doc_ids for c in snap.chunks_by_doc.get(doc_id, [])):
        if chunk.chunk_id not in retrieved_ids:
            ranked_chunks.append((len(docs) + 2, {"chunk_id": chunk.chunk_id, **chunk_metadata(chunk)}))
    for rank, m in ranked_chunks:
        text = snap.doc_text(m["doc_id"])
        doc = snap.documents.get(m["doc_id"])
        class_titles = [str(c.get("title", "")) for c in doc.classes] if doc is not None and doc.classes else []
        # a sentence a chunk boundary cuts ("… emphasis may be" | "placed on …") is read whole: spans are found in a
        # window around the chunk and kept when they overlap it
        low, high = max(0, m["start"] - SENTENCE_REACH), min(len(text), m["end"] + SENTENCE_REACH)
        for s, e in sentence_spans(text, low, high):
            if e <= m["start"] or s >= m["end"] or (s < m["start"] and s == low):
                continue  # another chunk's sentence, or one the window itself cuts
            e = reply_end(text, e) or e  # a document's own question ("How long is probation?") with its reply
            key = (m["doc_id"], s, e)
            if key in seen:
                continue
            seen.add(key)
            sentence = text[s:e]
            # a heading is no statement, unless it states a figure ("Oral Examination (Weighted 100%)")
            figure = bool(_STATED_FIGURE.search(sentence))
            # ("FLSA Non-Exempt", a field read as a heading: its value is the kind of fact asked)
            figure = figure or any(intent.value is not None and intent.value.search(sentence) and
                                   intent.evidence.search(sentence) for intent in plan.intents[:1])
            if is_heading_only(sentence) or is_menu_line(sentence) or is_question_line(sentence) or (
                    sentence.strip(" #*:") == m["section"].strip(" #*:") and not figure):
                continue
            line_start = text.rfind("\n", 0, s) + 1
            if text[line_start:s].lstrip().startswith("#") and len(sentence) < 80 and not figure:
                continue  # a Markdown heading line
            padding = _PADDING.match(sentence)
            if padding and "status" not in plan.intent_names and not re.search(
                    r"\b%s\b" % re.escape(padding.group(1).split()[-1]), plan.question, re.I):
                continue  # "Class Title: Accountant I" answers nothing that was not asked about it
            if doc is not None and doc.levels and is_level_name_line(sentence, doc.title, doc.levels):
                continue  # "Deputy Probation Officer II" alone on its line names a level's block; it states nothing
            if doc is not None and "|" in sentence and _names_level_columns(text, s, e, doc.title, doc.levels):
                continue  # "Educational Interpreter I | Educational Interpreter II" over the row of their values
            if class_titles and _names_one_class(sentence, class_titles):
                continue  # "26-119  SENIOR SCHOOL GROUNDS WORKER" alone on its line heads a class's block
            if is_subheading_line(text, s, e):
                continue  # "Retirement" over its paragraph: it lends the paragraph its words, it states nothing
            candidate = Sentence(m["doc_id"], s, e, sentence, m["section"], m["section_type"], m.get("level") or "",
                                 rank, m.get("page"))
            candidate.subheading = subheading_above(text, s)
            if doc is not None and doc.levels:  # nearer than the chunk's level: a chunk can span two blocks
                candidate.level_line = level_line_before(text, s, doc.title, doc.levels)
            if class_titles:  # a series page's class heading above ("### Principal …")
                candidate.class_under = class_heading_before(text, s, class_titles)
            if "|" in sentence:
                candidate.header_start, candidate.header = table_header(text, s)
                candidate.column = level_column(candidate.header, plan.levels)
            out.append(candidate)
            row = _whole_row(text, s, e)
            if row is not None and (m["doc_id"], *row) not in seen:
                # a table row whose cells hold sentences ("High school diploma or GED. Technical coursework
                # preferred. | Associate's degree …") is quotable whole too: each cell is a column's value
                seen.add((m["doc_id"], *row))
                whole = Sentence(m["doc_id"], row[0], row[1], text[row[0]:row[1]], m["section"], m["section_type"],
                                 m.get("level") or "", rank, m.get("page"))
                whole.header_start, whole.header = table_header(text, row[0])
                whole.column = level_column(whole.header, plan.levels)
                out.append(whole)
            for item_start, item_end in ([] if is_table_row(sentence) else list_items(text, s, e)):
                # one item of a long "; " list, quotable alone (not a table row's: its ";" is inside a cell)
                if (m["doc_id"], item_start, item_end) not in seen:
                    seen.add((m["doc_id"], item_start, item_end))
                    out.append(Sentence(m["doc_id"], item_start, item_end, text[item_start:item_end], m["section"],
                                        m["section_type"], m.get("level") or "", rank, m.get("page")))
    return out


def _header_levels(header: str, title: str, levels: list[str]) -> list[str]:
    """The levels a header row names when each of its cells names one ("Educational Interpreter I | Educational
    Interpreter II"), else none."""
    cells = [cell for cell in table_cells(header) if cell]
    named = [level_mentions(cell, title, levels) for cell in cells]
    return [found[0] for found in named] if len(cells) >= 2 and all(len(found) == 1 for found in named) else []


def _names_level_columns(text: str, start: int, end: int, title: str, levels: list[str]) -> bool:
    """Whether the row is a header whose cells each name a level, over a row of its table: it names the columns,
    it states nothing of them."""
    line_end = text.find("\n", end)
    if line_end < 0 or not _header_levels(text[start:end], title, levels):
        return False
    return table_header(text, line_end + 1)[0] == text.rfind("\n", 0, start) + 1


def level_column(header: str, levels: list[str]) -> int:
    """The column of a header row whose cell names the one asked level, when its cells name two levels or more
    ("Factor | Social Worker I | Social Worker II | Social Worker III"); -1 otherwise."""
    if len(levels) != 1 or not header:
        return -1
    named = [question_levels(cell) for cell in table_cells(header)]
    if sum(1 for lv in named if len(lv) == 1) < 2:
        return -1
    columns = [i for i, lv in enumerate(named) if lv == levels]
    return columns[0] if len(columns) == 1 and columns[0] > 0 else -1


def _whole_row(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the table row (a line of " | " cells) that a sentence is a piece of, or None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    if line.count(" | ") < 1 or len(line) > MAX_ROW_CHARS:
        return None
    lead = len(line) - len(line.lstrip(" |"))
    trail = len(line) - len(line.rstrip(" |"))
    row = (line_start + lead, line_end - trail)
    return row if row != (start, end) else None


MAX_ROW_CHARS = 1200


def idf(snap: Snapshot, term: str) -> float:
    n = max(1, len(snap.documents))
    df = snap.vocabulary.get(term, 0)
    return math.log(1 + (n + 1) / (df + 0.5))


def question_terms(plan: QueryPlan, snap: Snapshot | None = None) -> list[str]:
    """Content terms of the question, without the words that only name the class or employer."""
    name_stems = {stem(t) for t in plan.name_tokens}
    # an abbreviation that names the class ("Firefighter/EMT") names it in its inserted expansion too
    name_stems.update(stem(w) for t in plan.name_tokens if t in EXPANSIONS for w in EXPANSIONS[t].split())
    title_words: set[str] = set()  # the asked class's title words, for a word of it cut short ("lab" chemist)
    if snap is not None:
        for doc_id in plan.doc_ids:
            doc = snap.documents.get(doc_id)
            if doc is not None:
                for text in naming_texts(doc):
                    name_stems.update(tokens(text))
                name_stems.update(employer_initials(doc.employer))
                name_stems.update(stem(t) for t in normalize_title_tokens(doc.title))
                title_words.update(normalize_title_tokens(doc.title))
        names = {stem(t) for t in plan.name_tokens} | name_stems
        name_stems.update(short for short, full in TITLE_SYNONYMS.items() if full in names or stem(full) in names)
    if plan.levels or question_levels(plan.question):  # a level named, asked about or measured against
        name_stems.update({"i", "ii", "iii", "iv", "v", "1", "2", "3"})
    if plan.comparison or any(intent.name == "difference" for intent in plan.intents):
        # "… from the Inspector I and the Senior inspector": a rank word names a class measured against
        name_stems.update(stem(w) for w in RANK_WORDS)
    intent_words = {stem(w) for intent in plan.intents for w in intent.words}
    terms = []
    for term in tokens(without_idioms(without_set_aside(plan.question))):
        if term in name_stems or term in intent_words or term in FILLER or term in FILLER_STEMS or term in GENERIC_STEMS \
                or term in STOPWORDS:  # ("working" stems to "work", a word the documents' tokens leave out)
            continue
        if cut_short(term, title_words) or (term in EXPANSIONS and {stem(w) for w in EXPANSIONS[term].split()} <= intent_words):
            continue  # "lab" of "Laboratory Chemist"; "OT": overtime, the kind of fact asked
        terms.append(term)
    return terms


OPENING_CHARS = 40  # a passage's subject: a table row's first cell, a "Librarian II:" label


def opening_of(text: str) -> str:
    """The first ``OPENING_CHARS`` of ``text``, read on to the end of the word they cut: "Human Services Eligibility
    Technician III: …" opens on the III, not on the "Technician II" its first 40 characters hold."""
    rest = re.match(r"\S*", text[OPENING_CHARS:])
    return text[:OPENING_CHARS] + (rest.group(0) if rest else "")


def level_mentions(sentence: str, title: str, levels: list[str]) -> list[str]:
    """Levels a sentence names ('IT Systems Specialist II', 'ITSS III', 'Level I', 'Intern')."""
    base = without_level(title).strip()
    names = [re.escape(base)]
    bare = without_series(base).strip()
    if bare and bare != base:
        names.append(re.escape(bare))  # "Carpenter II" in the "Carpenter Series" document
    abbreviation = title_abbreviation(base)
    if len(abbreviation) >= 3:
        names.append(re.escape(abbreviation))
    last = (bare or base).split()[-1] if (bare or base).split() else ""  # "Epidemiologist III" in its series' page
    if last:
        names.append(re.escape(last))
    found = []
    # a level written as a digit ("Park Ranger 3") only in a series document: in a one-level document ("Environmental
    # Scientist 2") the digit is its own title's, and says nothing of whose passage it is
    numeral = TITLE_LEVEL_PATTERN if levels else ROMAN_PATTERN
    pattern = re.compile(
        r"\b(?:%s|levels?)\s+(Intern|Trainee|%s)\b(?![/\w])((?:\s*(?:,|and|&|or|/)\s*(?:%s)\b(?![/\w]))*)"
        % ("|".join(names), numeral, numeral), re.IGNORECASE,
    )
    for match in pattern.finditer(sentence):
        raws = [match.group(1)] + re.findall(r"(%s)\b" % numeral, match.group(2) or "")
        for raw in raws:
            level = level_name(raw)
            if level not in found:
                found.append(level)
    if not levels:
        return found
    for word in ("Intern", "Trainee"):
        if word in levels and re.search(r"\b%s\b" % word, sentence, re.I) and word not in found:
            found.append(word)
    return found


def unknown_terms(plan: QueryPlan, snap: Snapshot) -> list[str]:
    """Question words that no document contains (not even as a near spelling): the subject is not covered."""
    if plan.intents and plan.doc_ids:
        return []  # a named class and a recognised question: the evidence check decides
    name_words = {t.lower() for t in plan.name_tokens}
    # the titles of the classes named, whose words a question may cut short ("swanmere res hall director")
    title_words = {t for d in plan.doc_ids if d in snap.documents for t in raw_tokens(snap.documents[d].title.lower())}
    unknown = []
    content = 0
    typed = {w.lower(): w for w in re.findall(r"[A-Za-z]+", plan.question)}  # as typed: "LAPD" in capitals
    # the clause describing the job ("the person who … takes X-rays of the bodies") found it; its words are the
    # job's, which its document may say otherwise ("radiographs"): only what is asked of it must be covered
    asked = plan.question
    if describes_job(asked) and not asks_which_class(asked):
        asked = without_description(asked)
    asked_words = {bare_word(w) for w in raw_tokens(without_expansions(asked))}
    cue_words = {w for intent in plan.intents for m in intent.cues.finditer(plan.question) for w in raw_tokens(m.group(0))}
    for word in raw_tokens(without_expansions(without_set_aside(plan.question))):
        word = bare_word(word)
        if len(word) < 3 or not word.isalpha() or word in STOPWORDS or word in FILLER or word in name_words \
                or word in _FUNCTION_WORDS:
            continue
        if word.endswith("s") and (word[:-1] in name_words or is_abbreviation(word[:-1])):
            continue  # "CNAs", "ISAs": the plural of a name or an abbreviation
        if is_generic(word) or is_abbreviation(word):
            continue  # "looks", "handled": generic words in any form
        if TITLE_SYNONYMS.get(word, word) in name_words or TITLE_SYNONYMS.get(word, word) != word:
            continue
        if cut_short(word, title_words):
            continue
        content += 1
        term = stem(word)
        if term in snap.vocabulary or term in FILLER_STEMS:
            continue  # (nor a word pointing at what the conversation named: "and the next level up?")
        if any(intent.cues.search(word) or term in {stem(w) for w in intent.words} for intent in plan.intents) \
                or word in cue_words:
            continue  # ("starts at a higher rate": the words of the phrase that asks the kind of fact)
        if snap.near_vocabulary(term):
            continue
        if any(spells_initials(typed.get(word, ""), doc.text) for doc in snap.documents.values()):
            continue  # "the LAPD's … job": the Los Angeles Police Department, written out
        if any(spells_initials(word.upper(), f"{doc.title} {doc.employer}") for doc in snap.documents.values()):
            continue  # "the sud counselor job": a Substance Use Disorder Counselor, the initials typed in lower case
        if word in asked_words:
            unknown.append(word)
    if content >= DESCRIBED_WORDS and len(unknown) <= UNKNOWN_SHARE * content:
        return []  # a long description with a word or two of its own ("gathering business requirements …") is covered
    return unknown


DESCRIBED_WORDS = 8  # content words of a question that describes a job at length
UNKNOWN_SHARE = 0.2
# words that join a question's parts and never name its subject ("… while juggling …", "… during the summer")
_FUNCTION_WORDS = frozenset(
    "while whilst because since until unless whether every least still yet again never always often sometimes quite "
    "rather however therefore thus otherwise meanwhile upon within without across along among around behind below "
    "beneath beside during except inside near onto outside past through throughout toward towards underneath unlike "
    "via against above after before till til ago soon quickly "
    "nice".split())  # ("… required or just nice to have?": the idiom asks whether it is preferred)
