"""A yes/no question whose best quote plainly states the asked thing gets "Yes." before the quotes.

Why: "do dispatchers have to work weekends?" answered only by "… rotating 12-hour shifts, including nights,
weekends, and holidays" leaves the reader to infer the answer. The polarity is read, never guessed: any negation,
condition or hedge in the quote ("not required", "preferred", "may be"), a negation or a choice in the question
("… if I'm not a county employee?", "is it exempt or non-exempt?"), or a quote that does not name what is asked,
leaves the answer as it was. A "No" is said only where the best quote states the thing asked as preferred
("Preferred Qualifications: … CPP designation" for "do I need my CPP?") and no other quote requires it; a
missing fact is a refusal, decided elsewhere.

Example:
    >>> states_yes("do u need a cdl to do streets maintenance", [], "Must possess a valid Class B CDL.")
    True
    >>> states_yes("Is a CPA required?", [], "A CPA certificate is preferred but not required.")
    False
"""

from __future__ import annotations

import re
from collections.abc import Collection

from assistant.answering.answer import Answer
from assistant.answering.degree_need import REPLACEABLE, asks_degree, degree_optional
from assistant.answering.question_words import FILLER, is_generic
from assistant.answering.replies import reply_part, reply_polarity
from assistant.domain.abbreviations import with_expansions
from assistant.text import STOPWORDS, cut_short, near_spelling, raw_tokens, stem

__all__ = ["states_yes", "with_yes_lead"]

_YES_NO = re.compile(r"^\W*(?:do|does|did|will|would|can|could|must|should|has|have|is|are|was|were)\b", re.I)
_STATE_CHOICE = re.compile(r"^\W*(?:is|are|was|were)\b.*\bor\b|"  # "is it exempt or non-exempt?"
                           # "can a CO with 18 months apply or do u need more time": a second question offered instead
                           r"\bor\s+(?:do|does|did|is|are|can|could|will|would|must|should|has|have)\s+(?:i|u|you|we|they|it|he|she|one)\b",
                           re.I)
# "do both paraeducator levels need CPR?": one quote answers for one of them
_EVERY_ONE = re.compile(r"\b(?:both|all|every|each|either)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|none|nor|neither|without|except|unless|only if|instead)\b|n['’]t\b|\bw/o\b|"
                       r"\bnon-", re.I)
_HEDGE = re.compile(r"\b(?:prefer\w*|desir\w*|may|might|optional|recommend\w*|encourag\w*|some|certain|if|when|"
                    r"depending|as needed|occasional\w*|rarely|case-by-case)\b", re.I)
_ASKING = {"need", "needs", "have", "has", "got", "gotta", "do", "does", "must", "should", "will", "would", "can",
           "could", "they", "you", "i", "u", "there", "any", "get", "work", "job", "position"}
MIN_COVERAGE = 0.6
# a word a quote says in its parts ("weekends": "rotating Saturdays and Sundays")
# (and "their own car" is a "personal vehicle", not a "District fleet vehicle")
_SAID_AS = {stem("weekend"): {stem("saturday"), stem("sunday")}, "own": {"own", stem("personal"), stem("private")}}
_OWN_THING = re.compile(r"\b(?:their|my|your|his|her|our|its)\s+own\s+\w", re.I)  # "use their own car?"


def _asked_terms(question: str, names: Collection[str]) -> list[str]:
    named = {n.lower() for n in names}
    words = []
    for word in raw_tokens(with_expansions(question)):
        lower = word.lower()
        if len(lower) < 3 or lower in STOPWORDS or lower in FILLER or lower in _ASKING or _is_name_word(lower, named) \
                or is_generic(lower) or lower.isdigit():
            continue
        words.append(lower)
    if _OWN_THING.search(question):
        words.append("own")  # whose the thing is, asked: "their own car?" is not answered by "a District vehicle"
    return words


def _is_name_word(word: str, named: set[str]) -> bool:
    """Whether ``word`` is a word of the class's or employer's name, cut short too ("vet tech": Veterinary
    Technician), so that it names who is asked about, not what."""
    return word in named or cut_short(word, named)


def _yes_no_clause(question: str) -> str:
    """The clause of ``question`` that asks yes or no: the question itself, or the clause after the subject a chat
    question puts first ("electrician job at pellston ridge - do u have to climb ladders?"); '' for none."""
    for clause in [question, *re.split(r"\s+[-–—:]\s+|[,;:]\s+", question)[1:]]:
        if _YES_NO.search(clause):
            return clause
    # "calloway springs school secretary do i need cpr": the subject first, then the asking, with no mark between
    inner = _INNER_YES_NO.search(question)
    # ("If they hire me under a waiver, how long do I have to get licensed?": a question of how long)
    if inner and not _WH_START.match(question) and not _WH_BEFORE.search(question[:inner.start()]):
        return inner.group(0)
    return ""


_INNER_YES_NO = re.compile(r"\b(?:do|does|is|are|can|will|must)\s+(?:i|u|you|we|they|it|he|she)\b[^?]*", re.I)
# (its words up to the verb: "…, how many cases do you carry?", "what kind of license do you need?")
_WH_BEFORE = re.compile(r"\b(?:what|which|how|when|where|who|whom|why)(?:\s+[\w'’-]+){0,3}\s*$", re.I)
_WH_START = re.compile(r"^\W*(?:what|which|how|when|where|who|whom|whose|why)\b", re.I)


NEGATION_REACH = 4  # words after "no" / "not" that it bears on ("no more than two moving violations")


def _negates_asked(quote_words: list[str], asked: list[str]) -> bool:
    """Whether a negation in the quote bears on an asked word (within a few words before it): "No license is
    required" does; "Valid driver's license with no more than two moving violations" does not."""
    asked_stems = {stem(w) for w in asked} | {said for w in asked for said in _SAID_AS.get(stem(w), ())}
    for at, word in enumerate(quote_words):
        if _NEGATION.fullmatch(word) or word.endswith("n't"):
            if any(stem(w) in asked_stems for w in quote_words[at + 1:at + 1 + NEGATION_REACH]):
                return True
            # ("personal vehicles are not used": the asked thing, then its verb denied)
            if at >= 2 and quote_words[at - 1] in _COPULAS and any(
                    stem(w) in asked_stems for w in quote_words[max(0, at - 1 - COPULA_REACH):at - 1]):
                return True
    return False


_COPULAS = {"is", "are", "was", "were", "be"}
COPULA_REACH = 2  # words before "is not" / "are not" that it denies ("personal vehicles are not used")


def states_yes(question: str, names: Collection[str], quote: str) -> bool:
    """Whether ``quote`` plainly affirms the yes/no ``question`` (``names``: the question's class and employer
    words, which name who is asked about rather than what)."""
    quote = reply_part(quote)  # (an FAQ's own question quoted with its reply restates what is asked)
    question, quote = _JOINED.sub(_join, question), _JOINED.sub(_join, quote)  # "on-call" is one thing asked
    clause = _yes_no_clause(question)
    if not clause or _STATE_CHOICE.search(clause) or _NEGATION.search(clause) or _EVERY_ONE.search(clause):
        return False
    asked = _asked_terms(clause, names)
    if not asked:
        return False
    if _HEDGE.search(_through_asked(quote, asked)) or _NOT_REQUIRED.search(quote):
        return False
    quoted = [w.lower() for w in raw_tokens(with_expansions(quote))]
    if _negates_asked(quoted, asked) or (quoted and _NEGATION.fullmatch(quoted[0])):
        return False
    stems = {stem(w) for w in quoted}
    found = sum(1 for w in asked if stem(w) in stems or _SAID_AS.get(stem(w), set()) & stems
                or any(near_spelling(w, q) for q in quoted if len(w) >= 5))
    return found / len(asked) >= MIN_COVERAGE


# words written with a hyphen that name one thing, whose parts alone ask nothing ("on", "call")
_JOINED = re.compile(r"\b(on|after)[- ](call|hours)\b", re.I)


def _join(match: re.Match[str]) -> str:
    return match.group(1) + match.group(2)


HEDGE_REACH = 3  # words after the last asked word that a condition bears on ("a CDL when assigned to snow removal")


def _through_asked(quote: str, asked: list[str]) -> str:
    """The quote up to a few words past the last asked word it holds: a condition after that ("…, and must report
    to a collection site immediately when notified") bears on something else; the whole quote when none is in it."""
    asked_stems = {stem(w) for w in asked}
    words = list(re.finditer(r"[\w'’-]+", quote))
    last = max((i for i, w in enumerate(words) if stem(w.group(0).lower()) in asked_stems), default=None)
    if last is None or last + HEDGE_REACH + 1 >= len(words):
        return quote
    return quote[:words[last + HEDGE_REACH].end()]


# a quote that says a thing is not needed, wherever its negation stands ("none required", "is not necessary")
_NOT_REQUIRED = re.compile(r"\b(?:not|never|none|no)\b[^.;]{0,30}\b(?:required|necessary|needed|mandatory)\b|"
                           r"\b(?:required|necessary|needed)\b[^.;]{0,10}\b(?:not|none)\b", re.I)


def with_yes_lead(answer: Answer, question: str, names: Collection[str]) -> Answer:
    """``answer`` with "Yes." first when its first quote plainly affirms ``question``; otherwise as it was."""
    if not answer.answered or not answer.citations or answer.text.startswith(("Yes", "No")):
        return answer
    if len({c.doc_id for c in answer.citations}) != 1:
        return answer  # several classes: each may answer otherwise
    clause = _yes_no_clause(question)
    without = bool(_ASKS_WITHOUT.search(clause) and _ASKS_CAN.match(clause))  # "can i apply w/o a degree?"
    if clause and asks_degree(clause) and (without or _ASKS_NEED.search(clause)) \
            and (how := degree_optional(_shown_quotes(answer))):
        # "do u need a degree to be a buyer 1?" with "experience may substitute for the required education"
        reason = "a degree is not the only way to qualify. " if how == REPLACEABLE else "no degree is asked for. "
        answer.text = ("Yes: " if without else "No, not necessarily: " if how == REPLACEABLE else "No: ") + reason \
            + answer.text
        return answer
    # (a quoted heading over its list, "LICENSES AND CERTIFICATES", states nothing: the first item under it does)
    first = next((c for c in answer.citations if not _only_heading(c.quote, c.section)), answer.citations[0])
    named = {*names, *(w.lower() for w in raw_tokens(f"{first.title} {first.employer}"))}  # the class quoted names who
    if _HEDGE.search(first.section):
        # a passage of the "Preferred Qualifications": what it states is wanted, not needed; asked whether it is
        # needed, and required by no other quote, the answer is that it is not
        if _PREFERRED_SECTION.search(first.section) and _ASKS_NEED.search(_yes_no_clause(question)) \
                and _names_asked(question, named, first.quote) \
                and not any(states_yes(question, named, c.quote) for c in answer.citations[1:]
                            if not _PREFERRED_SECTION.search(c.section)):
            answer.text = "No: it is listed as preferred, not required. " + answer.text
        return answer
    polarity = reply_polarity(first.quote)
    if polarity and _names_asked(question, named, first.quote[:first.quote.rfind("?")]):
        # an FAQ's question, the one asked, and its reply's own word: "Can this job be done remotely?" "No. …"
        answer.text = f"{polarity}. " + answer.text
        return answer
    affirmed = states_yes(question, named, first.quote)
    if not affirmed and not _names_asked(question, named, first.quote):
        # the first quote says nothing of what is asked ("The Operations Center is staffed 24 hours a day"), a later
        # one does ("Specialists work rotating 12-hour shifts …, including nights, weekends and holidays"; a shift
        # table's "N: Night shift, 7:00 p.m. - 7:00 a.m." under its day row)
        naming = next((c for c in answer.citations[1:3] if _names_asked(question, named, c.quote)), None)
        if naming is not None and not _HEDGE.search(naming.section):
            affirmed = states_yes(question, named, naming.quote)
    if affirmed:
        answer.text = "Yes. " + answer.text
    return answer


_ASKS_WITHOUT = re.compile(r"\b(?:w/o|without|no)\s+(?:a\s+|any\s+)?(?:\w+\s+)?(?:degree|college)\b", re.I)


def _only_heading(quote: str, section: str) -> bool:
    """Whether ``quote`` is its section's heading and nothing more."""
    words = raw_tokens(quote.lower())
    return bool(words) and words == raw_tokens(section.lower())


def _shown_quotes(answer: Answer) -> list[str]:
    """The quotes as the answer shows them, best first: a table row reads as its statement ("Alternative: C;
    Education: High school diploma or GED; …") where its citation holds the raw table."""
    shown = [m.group(1) for m in re.finditer(r"^- (.+?)(?: \[\d+\])+$", answer.text, re.M)]
    return shown or [c.quote for c in answer.citations]


_ASKS_CAN = re.compile(r"^\W*(?:can|could|may|is it possible|am i able|is there a way)\b", re.I)
_PREFERRED_SECTION = re.compile(r"\b(?:preferred|desirable|desired)\b", re.I)
_ASKS_NEED = re.compile(r"\b(?:need|needs|needed|required?|requirement|have to|has to|must|mandatory|necessary)\b", re.I)


def _names_asked(question: str, names: Collection[str], quote: str) -> bool:
    """Whether ``quote`` holds any word the yes/no question asks about (affirmed or not)."""
    question, quote = _JOINED.sub(_join, question), _JOINED.sub(_join, quote)
    stems = {stem(w) for w in raw_tokens(quote)}
    return any(stem(w) in stems for w in _asked_terms(_yes_no_clause(question), names))
