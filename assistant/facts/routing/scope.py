"""Read which part of the corpus a question is about: employers, job-family words, or the classes it names.

"Which IT classes ...", "Which Wrenfield positions ...", "library district
jobs": the scope comes from words that appear in class titles or employer
names, never from knowledge of a particular document. Words that name facts
("overtime", "driver's license") are blanked first so they name no class.

Example:
    >>> family_words("Which IT classes pay over $40 an hour?")
    ['it']
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.answering.passage_scores import content_terms
from assistant.domain.levels import question_levels
from assistant.domain.pay import HIRING_LABEL, states_hiring_range
from assistant.query.catalog import Catalog
from assistant.query.title_words import normalize_title_tokens
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.text import raw_tokens, stem
from assistant.facts.model import FactCard


CLASS_NOUN = (r"jobs?|class(?:es)?|classifications?|positions?|roles?|job\s+titles?|titles?|occupations?|careers?|"
              r"openings?|specs?|specifications?|levels?|ranks?|series|posts?|job\s+classes|workers|employees|staff")
# Function words around a class noun that never narrow a scope ("Which of the two IT jobs", "all the positions")
_IGNORED = {
    "the", "of", "all", "any", "these", "those", "our", "your", "my", "two", "three", "four", "both", "each", "every",
    "other", "different", "current", "currently", "available", "indexed", "listed", "open", "full", "time", "full-time",
    "part", "part-time", "a", "an", "do", "does", "are", "is", "which", "what", "here", "in", "at", "for", "with",
    "within", "from", "by", "on", "this", "that", "there", "employer", "employers", "organization", "organizations",
    "agency", "agencies", "government", "local", "following", "several", "many", "how", "few", "kind", "kinds",
    "types", "type", "sort", "and", "or", "one", "ones", "job", "jobs", "class", "classes", "position", "positions",
    "level", "levels", "series", "me", "us", "you", "i", "we", "there's", "theres", "whose", "where", "who", "have",
    "has", "total", "different", "same", "various", "existing", "documented", "described", "covered", "s",
    "document", "documents", "file", "files", "collection", "specs", "specifications", "postings", "listings", "roles",
}
# Generic organisation words: they narrow the scope when they name some employers ("city jobs"), else are ignored
_GENERIC = {"city", "county", "town", "state", "public", "district", "municipal", "village", "township", "borough"}


@dataclass
class Scope:
    """Which cards a corpus-wide question is about, and how to say so."""

    doc_ids: set[str] | None = None  # None: every document
    employers: list[str] = field(default_factory=list)
    family: list[str] = field(default_factory=list)  # title/employer words ("it", "library")
    named: list[str] = field(default_factory=list)  # classes the question names itself
    subject: str = ""  # how a list's header names the scope ("Of the classes named, those")

    @property
    def restricted(self) -> bool:
        return bool(self.doc_ids is not None or self.employers or self.family)

    def describe(self) -> str:
        parts = []
        if self.family:
            parts.append(" ".join(w.upper() if len(w) <= 3 else w for w in self.family))
        if self.employers:
            parts.append("at " + " and ".join(self.employers))
        return " ".join(parts)


def blank(question: str, spans: list[tuple[int, int]]) -> str:
    """The question with the given character spans replaced by spaces (condition words name no class)."""
    chars = list(question)
    for start, end in spans:
        for i in range(max(0, start), min(len(chars), end)):
            chars[i] = " "
    return "".join(chars)


_FIELD_BLANK = re.compile(
    r"\b(?:commercial\s+)?driver'?s'?\s+licen[cs]es?|\bdriving\b|\bcdl\b|\blicen[cs]es?\b|\bcertific\w*|\bovertime\b|"
    r"\bexempt\b|\bnon-exempt\b|\bsalar\w*|\bwages?\b|\bpay\b|\bpays\b|\bpaid\b|\bdegrees?\b|\bexperience\b|\blift\w*\b|"
    r"\bpounds\b|\blbs\b|\bgrades?\b|\beducation\b|\bqualifications?\b|\brequirements?\b|\bstatus\b|\bflsa\b|"
    r"\bcompensation\b|\bhourly\b|\bannual\b|\bmonthly\b|\branges?\b",
    re.I,
)


def field_word_spans(question: str) -> list[tuple[int, int]]:
    """Spans of words that name facts ("driver's license", "overtime"), which must not name a class."""
    return [m.span() for m in _FIELD_BLANK.finditer(question)]


# "… does that job …", "… is the position …": the class noun is the subject the question asks about
_ASKED_OF_ONE = re.compile(r"\b(?:does|did|is|was|will|would|can|could|should|must)\s+(?:that|this|the|your|my|their|"
                           r"its|a|an)\s*$", re.I)


def family_words(question: str) -> list[str] | None:
    """Words that qualify the class noun ("IT" in "Which IT classes"); None when there is no class noun."""
    noun = re.search(r"\b(?:which|what|list|name|show|any|all|every|each|how\s+many|are\s+there)\b(?P<mod>[^?.!:;]*?)\b(?:%s)\b" % CLASS_NOUN,
                     question, re.I)
    if not noun:
        if re.match(r"\s*who\s+(?:needs?|requires?|must|has|have|gets?|is|are|can|earns?|makes?)\b", question, re.I):
            return []  # "Who needs a CDL?" asks about every class
        return None
    if _ASKED_OF_ONE.search(noun.group("mod")) and not noun.group(0).lower().endswith("s"):
        return None  # "What certificates does that job require?": the one job described asked, no class listed
    words = raw_tokens(noun.group("mod"))
    after = re.search(r"\b(?:%s)\s+(?:at|in|within|for|from|of)\s+(?:the\s+)?(?P<tail>[A-Za-z][\w\s'’&-]{0,60}?)"
                      r"(?=\s+(?:that|which|who|where|require|requires|need|needs|have|has|pay|pays|are|is|offer|offers|get|"
                      r"gets|do|does|can|must|with|without|earn|earns|make|makes|start|starts)\b|[?.,!]|$)" % CLASS_NOUN,
                      question[noun.start():], re.I)
    if after:
        words += raw_tokens(after.group("tail"))
    return words


def _same_word(a: str, b: str) -> bool:
    """'school' names 'schools' (plurals are not spelled the same in questions and names)."""
    return a == b or (len(a) > 3 and (a + "s" == b or b + "s" == a or a + "es" == b or b + "es" == a))


def _has_word(word: str, tokens: set[str]) -> bool:
    return any(_same_word(word, token) for token in tokens)


_CardWords = tuple[set[str], list[set[str]], set[str]]
# (ids of the cards, the cards themselves so those ids stay theirs, their words); replaced in one assignment
_last_card_words: list[tuple[tuple[int, ...], list[FactCard], _CardWords]] = []


def _card_words(cards: list[FactCard]) -> _CardWords:
    """Title words, each card's employer words, and all employer words: the same cards come with every
    question of one index generation, and reading 10,000 titles again cost ~0.3 s a question."""
    key = tuple(map(id, cards))
    last = _last_card_words[0] if _last_card_words else None
    if last is not None and last[0] == key:
        return last[2]
    title_tokens = {t for title in {card.title for card in cards} for t in normalize_title_tokens(title)}
    employer_words = {employer: set(raw_tokens(employer)) for employer in {card.employer for card in cards}}
    employer_sets = [employer_words[card.employer] for card in cards]  # shared sets: read, never changed
    employer_tokens = set().union(*employer_sets) if employer_sets else set()
    words = (title_tokens, employer_sets, employer_tokens)
    _last_card_words[:] = [(key, list(cards), words)]
    return words


def resolve_family(words: list[str], cards: list[FactCard], used: set[str]) -> tuple[list[str], bool]:
    """(words that narrow the scope, whether every word was understood)."""
    family: list[str] = []
    generic: list[str] = []
    understood = True
    title_tokens, employer_sets, employer_tokens = _card_words(cards)
    for word in words:
        if word in used or word in _IGNORED or word.isdigit():
            continue
        token = (normalize_title_tokens(word) or [word])[0]
        if token in used:
            continue
        if word in _GENERIC:
            named = sum(1 for tokens in employer_sets if _has_word(word, tokens))
            if 0 < named < len(employer_sets):
                generic.append(word)
            continue
        if _has_word(token, title_tokens) or _has_word(word, employer_tokens) or _has_word(token, employer_tokens):
            family.append(token)
        else:
            understood = False
    # "school district jobs": the specific word decides; generic ones narrow only on their own ("city jobs")
    return (family or generic), understood


def in_family(card: FactCard, family: list[str]) -> bool:
    title = set(normalize_title_tokens(card.title))
    employer = set(raw_tokens(card.employer))
    return all(_has_word(word, title) or _has_word(word, employer) for word in family)


def named_classes(catalog: Catalog, question: str, min_score: float = 0.6) -> tuple[list[str], list[str], set[str]]:
    """(doc ids the question names strongly, employers it names, question tokens those names used)."""
    match = catalog.match(question)
    strong = [m.doc_id for m in match.classes if m.title_score >= min_score]
    return strong, match.employers, set(match.title_tokens)


# words that ask for a series as such ("what are the levels of the X series?") or a plain comparison ("how do X and
# Y compare?"), not for one fact of it
_SERIES_TERMS = {stem(w) for w in (
    "level", "levels", "series", "career", "ladder", "class", "classes", "each", "every", "all", "different", "order",
    "rank", "ranks", "step", "steps", "two", "three", "four", "five", "many", "there", "job", "jobs", "position",
    "positions", "title", "titles", "show", "list", "tell", "table", "overview", "compare", "comparison", "compared",
    "versus", "vs", "against", "between", "side", "differ", "difference", "differences", "similar", "similarities",
    "same", "both")}


def asks_another_fact(question: str, plan: QueryPlan) -> bool:
    """True when ``question`` asks about something besides the classes it names: then the default table (grade and
    pay of a series, the usual fields of a comparison) does not answer it."""
    names = {t.lower() for t in plan.name_tokens} | {w.lower() for e in plan.employers for w in raw_tokens(e)}
    names |= {"i", "ii", "iii", "iv", "v", "1", "2", "3", "4", "5"}  # levels name the subjects too
    return any(term not in _SERIES_TERMS for term in content_terms(question, names))


def names_unlevelled_class(question: str, plan: QueryPlan, snap: Snapshot) -> bool:
    """Whether ``question`` names a class that a document it names lists ("Senior Buyer" on the Buyer Series page,
    "Pharmacy Technician" on a bulletin of three classes) and that is none of that document's levels: the
    document's cards do not describe it."""
    if plan.levels:
        return False
    asked = question.lower()
    for doc_id in plan.doc_ids:
        doc = snap.documents.get(doc_id)
        if doc is None or len(doc.classes) < 2:
            continue
        for listed in doc.classes:
            title = str(listed.get("title", ""))
            if title and title.lower() != doc.title.lower() and not question_levels(title) \
                    and re.search(r"\b%s\b" % re.escape(title.lower()), asked):
                return True
    return False


def asks_hiring_pay_of_a_posting_with_one(question: str, plan: QueryPlan, snap: Snapshot) -> bool:
    """Whether ``question`` asks the starting or hiring pay ("compare the starting pay …") of a document that
    prints a hiring range beside its full range: the card holds the full range, the hiring line answers."""
    if not HIRING_LABEL.search(question):
        return False
    return any(states_hiring_range(snap.doc_text(doc_id)) for doc_id in plan.doc_ids if doc_id in snap.documents)
