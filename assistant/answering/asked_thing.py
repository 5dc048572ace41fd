"""The thing a question asks for by name ("how many *paid holidays* …"), and whether an answer's quotes name it.

A passage can share the question's common words ("paid", "day", "pay") and still be about something else:
"How many paid holidays does a clerk get?" is not answered by "six months of full-time paid experience".
The words of the asked noun phrase name what must be in the answer; one that no quote (nor its section)
mentions, not even as a near spelling or an abbreviation's expansion, is evidence that the documents do not
state it.

Example:
    >>> asked_words("How many paid holidays does a clerk get?", set())
    ['paid', 'holidays']
"""

from __future__ import annotations

import re

from assistant.domain.weekdays import ASKS_WEEKDAYS, WEEKDAY
from assistant.answering.answer import Citation
from assistant.answering.extra_pay_asked import EXTRA_PAY_KIND, NAMED_EXTRA_PAY, PAY_ITEMS, unstated_extra_pay
from assistant.answering.question_words import is_generic
from assistant.domain.abbreviations import with_expansions
from assistant.domain.job_nouns import job_noun
from assistant.domain.pay import asks_amount
from assistant.query.intents import Intent
from assistant.query.plan import QueryPlan
from assistant.text import STOPWORDS, near_spelling, raw_tokens, stem, tokens

_ASKED_PHRASE = re.compile(
    r"^\W*(?:how\s+many|how\s+much|what|which)\s+((?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*)\s+"
    r"(?:does|do|is|are|will|would|can|must|should|did|has|have|was|were)\b",
    re.IGNORECASE,
)
# words that say how the thing is asked about rather than what it is
_ASKING_WORDS = {"kind", "kinds", "type", "types", "sort", "sorts", "level", "levels", "exact", "specific",
                 "particular", "other", "additional", "extra", "main", "primary", "typical", "minimum", "maximum",
                 "required", "requirements", "requirement", "job", "jobs", "position", "positions", "class", "classes",
                 # a measure of the thing asked ("what share of the time … outdoors?" is answered by "Outdoor 70%")
                 "share", "portion", "proportion", "fraction", "percentage", "percent",
                 # a comparison asked ("what's the difference in certification requirements between …?")
                 "difference", "differences", "distinction", "comparison"}


# "How long is the probationary period for …?"
_HOW_LONG_PHRASE = re.compile(
    r"^\W*how\s+long\s+(?:is|are|was|were)\s+(?:the|a|an|their|its)\s+((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+"
    r"(?:for|of|at|in|with|when|after)\b",
    re.IGNORECASE,
)
# "What is the staff-to-student ratio in …?": the thing named after "what is the", before whose it is
_WHAT_IS_PHRASE = re.compile(
    r"^\W*what(?:'s|’s|\s+is|\s+are)\s+(?:the|a|an)\s+((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)\s+"
    r"(?:for|of|in|at|with|on)\b",
    re.IGNORECASE,
)
# "Does the State give Automobile Mechanics a tool allowance?", "Is there a uniform allowance?", "Does Saltmarsh
# offer a hiring bonus to new hires?": the object the yes/no question ends on, before any phrase saying for whom
_YES_NO_OBJECT = re.compile(
    r"^\W*(?:does|do|did|will|would|is|are|can|could)\b.*?\b(?:(?:a|an|any)\s+|(?:offers?|gives?|provides?|pays?)\s+"
    r"(?:a\s+|an\s+|any\s+)?)((?:[a-z][\w'’-]*\s+){0,2}?[a-z][\w'’-]*)"
    r"(?:\s+(?:for|to|at|in|with|from|on)\s+[^?]{1,100})?\s*\??\s*$",
    re.IGNORECASE,
)


def asked_phrase(question: str) -> str:
    """The noun phrase a question asks for ("paid holidays", "probationary period", "tool allowance"), or ''
    when it is not asked in one of those forms."""
    for pattern in (_ASKED_PHRASE, _HOW_LONG_PHRASE, _WHAT_IS_PHRASE, _YES_NO_OBJECT):
        match = pattern.search(question)
        if match:
            return match.group(1)
    return ""


def yes_no_object(question: str) -> str:
    """The thing a yes/no question asks whether there is ("a take-home patrol car"), or ''."""
    match = _YES_NO_OBJECT.search(question)
    return match.group(1) if match else ""


def asked_words(question: str, ignore: set[str]) -> list[str]:
    """The content words of the noun phrase a question asks for (empty when it has none in that form)."""
    ignored = {stem(w) for w in ignore}
    words = []
    for word in raw_tokens(asked_phrase(question)):
        if len(word) < 3 or word in STOPWORDS or word in _ASKING_WORDS or stem(word) in ignored or is_generic(word) \
                or (word.lower() in _PEOPLE and _COUNT_ASKED.match(question)):
            # ("how many people does … supervise?" is answered by "a unit of up to 14 Medical Interpreters")
            continue  # ("how much of the time …": "time" names no thing a quote must mention)
        words.append(word)
    return words


# people counted: a passage names them by their job ("14 Medical Interpreters"), not as people
_PEOPLE = {"people", "persons", "person", "staff", "employees", "workers", "subordinates", "positions"}
_COUNT_ASKED = re.compile(r"^\W*how\s+many\b", re.IGNORECASE)


_NAMED_SUBJECTS = {
    "differential": EXTRA_PAY_KIND,
    # "Can they work from home part of the week?" is not answered by "Field work includes home visits"
    "remote": re.compile(r"\b(?:remote(?:ly)?|telework\w*|telecommut\w*|(?:from|at) home|hybrid)\b", re.IGNORECASE),
    # "When is the application deadline?" is not answered by "County offices will be closed Monday, November 10"
    # ("accepted until …" is a filing period; "generally accepted accounting principles" is none)
    "dates": re.compile(r"\b(?:deadline|apply|applications?|filing|file|clos(?:e|es|ing)|postmark\w*|until filled|"
                        r"accepted (?:until|through|thru|from|starting|beginning|on|by|after|before))\b", re.IGNORECASE),
}


# what kind of pay on top a question names: a quote about another kind does not answer it
_PAY_KINDS = {"bilingual", "standby", "shift", "hazard", "longevity", "certification pay"}  # ("nights": a shift)
ARRANGEMENT = re.compile(r"\b\d{1,2}/\d{1,2}\b")  # a named work arrangement written in figures ("9/80", "4/10")
# a guess offered with the question open ("is it 48/96 or what?"): the stated value answers it, whatever it is
_OPEN_ALTERNATIVE = re.compile(r"\bor (?:what|something(?: else)?|anything(?: else)?|whatever|not)\W*$", re.IGNORECASE)
_CODE_ALTERNATIVES = re.compile(r"\b\d{1,2}/\d{1,2}s?\s*,?\s+or\s+(?:an?\s+)?\d{1,2}/\d{1,2}\b", re.IGNORECASE)


def unstated_words(plan: QueryPlan, citations: list[Citation]) -> list[str]:
    """Asked words that none of ``citations`` (quote or section) mentions, nor the asked kind of fact covers."""
    if not citations:
        return []
    text = _with_item_names(" ".join(f"{c.section} {c.quote}" for c in citations))
    primary = plan.intents[0] if plan.intents else None
    if primary is not None and primary.name == "differential":
        unstated = unstated_extra_pay(plan, citations, text)
        if unstated:
            return unstated
    if "dates" in plan.intent_names:
        # "when is the written exam?" is not answered by the closing date beside an oral interview: the event dated
        # must be the one named (an exam is also called a test)
        events = [] if _FILING.search(plan.question) else list(  # ("the filing period for the … exam": the filing)
            dict.fromkeys(m.group(0).lower() for m in _DATED_EVENT.finditer(plan.question)))
        if events and not any(_SAME_EVENT[_event_key(e)].search(f"{c.section} {c.quote}") for e in events
                              for c in citations):
            return events
    for intent in plan.intents[:2]:  # "extra pay for holding a CPA": a certification, and pay on top for it
        if intent.name == "dates" and any(i.name not in {"dates", "overview"} for i in plan.intents):
            continue  # "when does it close and whats the pay": the closing date is added to the pay found, later
        subject = _NAMED_SUBJECTS.get(intent.name)
        named = [m.group(0).lower() for m in subject.finditer(plan.question)] if subject is not None else []
        if named and not subject.search(text):
            return list(dict.fromkeys(named))
        kinds = [w for w in named if w in _PAY_KINDS and w not in {t.lower() for t in plan.name_tokens}]
        if kinds and not any(re.search(r"\b" + re.escape(w.rstrip("s")), text, re.IGNORECASE) for w in kinds):
            return list(dict.fromkeys(kinds))  # "bilingual pay?" is not answered by the shift differential
    # an item of pay asked by its amount ("how much is the annual tool allowance …?"): no quote naming it, no answer
    if asks_amount(plan.question) or re.match(r"^\W*how much\b", plan.question, re.IGNORECASE):
        found_words = {stem(w) for w in tokens(text)}
        words = raw_tokens(plan.question)
        items = [w for i, w in enumerate(words) if w.lower() in PAY_ITEMS and stem(w) not in found_words
                 and not _in_class_name(words, i, plan.name_tokens)]
        if items:
            return list(dict.fromkeys(w.lower() for w in items))
    # a named arrangement written in figures ("a 9/80 schedule", "4/10s"): the quote must write it too
    asked_codes = ARRANGEMENT.findall(plan.question)
    codes = [code for code in asked_codes if code not in text]
    # ("is it 48/96 or what?": whatever it is, say so; "such as a 9/80 or a 4/10": either one is the answer)
    either = len(asked_codes) > 1 and _CODE_ALTERNATIVES.search(plan.question) and len(codes) < len(asked_codes)
    if codes and not _OPEN_ALTERNATIVE.search(plan.question) and not either:
        return codes
    spelled = _unstated_spelled_out(plan, text)
    if spelled:
        return spelled
    words = asked_words(plan.question, {t.lower() for t in plan.name_tokens})
    if not words:
        return []
    found = set(tokens(with_expansions(text)))  # ("FEMA courses" name emergency management courses)
    # (extra pay asked first: "how much on-call pay …?" is not answered by a rotation's "12-hour shifts", the value
    # of the schedule asked beside it)
    valued = plan.intents[:1] if primary is not None and primary.name == "differential" else plan.intents
    if any(intent.value is not None and intent.value.search(text) and intent.evidence.search(text) for intent in valued):
        # "what typing speed …" answered by "… typing speed of 50 words per minute": the asked kind of fact, stated
        # ("… kept on file for two years" is a duration, but no probationary period); an item of pay on top of the
        # salary ("a hiring bonus") is still named or not stated: the salary is no bonus
        # … and a thing asked whether there is ("have to take a polygraph test?", "get a county vehicle?") is named:
        # "advanced … without examination" states an exam, not the polygraph
        thing = _thing_words(plan.question)
        items = [w for w in words if w.lower() in PAY_ITEMS and stem(w) not in found]
        return items + [w for w in _absent([w for w in words if w.lower() in thing], plan, text, found) if w not in items]
    return _absent(words, plan, text, found)


def _in_class_name(words: list[str], at: int, name_tokens: set[str]) -> bool:
    """Whether ``words[at]`` is a word of the class's name, beside another ("How much does a Relocation Assistance
    Specialist make?" asks no relocation pay; "How much relocation pay does the … get?" does)."""
    names = {t.lower() for t in name_tokens}
    beside = [words[i].lower() for i in (at - 1, at + 1) if 0 <= i < len(words)]
    return words[at].lower() in names and any(w in names for w in beside)


def _absent(words: list[str], plan: QueryPlan, text: str, found: set[str]) -> list[str]:
    """Those of ``words`` that ``text`` (its tokens ``found``) says in no form: stem, spelling, expansion, instance, or
    a kind of fact an asked intent covers."""
    surface = [w.lower() for w in raw_tokens(text)]
    missing = []
    for word in words:
        if word.lower() in {"pay", "paid"} and "differential" in plan.intent_names and NAMED_EXTRA_PAY.search(text):
            continue  # "what extra pay … on the fireline?": "Fireline differential: … an additional 15% of …"
        if word.lower() in {"day", "days"} and ASKS_WEEKDAYS.search(plan.question) and WEEKDAY.search(text):
            continue  # "what days do they work?": "Tuesday - Saturday" names them
        if word.lower() not in PAY_ITEMS and any(_covers(intent, word, text) for intent in plan.intents):
            continue  # (an item of pay is named, never covered: "nights" is no night shift differential)
        term = stem(word)
        if term in found or any(t.startswith(term) or term.startswith(t) for t in found if len(t) >= 4 and len(term) >= 4):
            continue
        if any(near_spelling(word, other) for other in surface):
            continue
        expansions = with_expansions(word)
        if expansions != word and set(tokens(expansions)) - {term} <= found:
            continue
        instances = _NAMED_BY_INSTANCE.get(word.lower())
        if instances is not None and instances.search(text):
            continue  # "what training course …": "the state Probation Officer Core Course" is the training
        missing.append(word)
    return missing


_FILING = re.compile(r"\b(?:fil(?:e|ing)|apply|applications?|clos(?:e|es|ing)|deadline|open(?:s|ing)?|postmark\w*)\b",
                     re.IGNORECASE)
_DATED_EVENT = re.compile(r"\b(?:exam(?:ination)?s?|tests?|interviews?)\b", re.IGNORECASE)
_SAME_EVENT = {"exam": re.compile(r"\b(?:exam\w*|tests?|testing)\b", re.IGNORECASE),
               "interview": re.compile(r"\binterview\w*", re.IGNORECASE)}


def _event_key(event: str) -> str:
    return "interview" if event.startswith("interview") else "exam"


# An item of pay a passage states under another name: a hiring bonus is a "lateral hiring incentive"
_ITEM_NAMES = [(re.compile(r"\b(?:hiring|signing|sign-on|recruitment|lateral|retention)\s+(?:incentive|award)s?\b",
                           re.IGNORECASE), "bonus")]


def _with_item_names(text: str) -> str:
    """``text`` with the item of pay a phrase names written after it ("hiring incentive (bonus)")."""
    for phrase, name in _ITEM_NAMES:
        text = phrase.sub(lambda m: f"{m.group(0)} ({name})", text)
    return text


# A general word a passage states by naming one of its kind: training by its course or academy.
_NAMED_BY_INSTANCE = {
    "training": re.compile(r"\b(?:course(?:work|s)?|academy|orientation|instruction|workshops?|seminars?|curriculum|"
                           r"in-?service|(?:classroom|class) hours)\b", re.IGNORECASE),
}


# a thing the question names in full with its initials ("the Certified Treasury Professional (CTP) designation")
_SPELLED_OUT = re.compile(r"((?:[A-Z][\w'’&-]*\s+){1,5})\(([A-Z][A-Za-z&/-]{1,7})\)")


def _unstated_spelled_out(plan: QueryPlan, text: str) -> list[str]:
    """The initials of a thing the question spells out (not its class or employer) that no quote names, by its
    initials or its words: "by when must … obtain the Certified Treasury Professional (CTP) designation?" is not
    answered by the class's definition."""
    names = {t.lower() for t in plan.name_tokens}
    found = set(tokens(text))

    def thing_words(phrase: str) -> list[str]:
        """The phrase's content words, none when they are all the class's or employer's own ("a Licensed Vocational
        Nurse (LVN)": the class asked about, not a thing asked for)."""
        words = [w for w in raw_tokens(phrase) if w.lower() not in STOPWORDS]
        return [] if all(w.lower() in names for w in words) else words

    missing = []
    for match in _SPELLED_OUT.finditer(plan.question):
        words, initials = thing_words(match.group(1)), match.group(2)
        if words and not re.search(r"\b%s\b" % re.escape(initials), text) and not all(stem(w) in found for w in words):
            missing.append(initials)
    for match in _NAMED_CREDENTIAL.finditer(plan.question):
        # "… get the Certified Municipal Clerk certification?" is not answered by the notary commission's deadline
        words = thing_words(match.group(1))
        if len(words) >= 2 and not all(stem(w) in found for w in words):
            missing.append(" ".join(words))
    return missing


# a credential the question calls by its name, without initials ("the Certified Municipal Clerk certification")
_NAMED_CREDENTIAL = re.compile(r"((?:[A-Z][\w'’&-]*\s+){2,5})(?:certification|certificate|designation|credential)s?\b")


# paid leave a document states by its name or not at all ("How many vacation days …?" is not answered by a work year
# of "193 days")
_LEAVE_ITEMS = {"vacation", "vacations", "pto", "holiday", "holidays", "sick"}


def names_a_pay_item(words: list[str]) -> bool:
    """Whether the unstated ``words`` name an item of pay on top of the salary (an allowance, a bonus …) or of paid
    leave (vacation, holidays)."""
    return any(word.lower() in PAY_ITEMS or word.lower() in _LEAVE_ITEMS for word in words)


def names_the_thing_asked(plan: QueryPlan, words: list[str]) -> bool:
    """Whether one of ``words`` names the thing a yes/no question asks whether there is ("a county vehicle", "a food
    handler card"): such a thing is stated in its own words or not at all, never by a passage close in meaning
    ("the ability to travel throughout the County")."""
    thing = _thing_words(plan.question)
    return any(w.lower() in thing for w in words)


_THING_ENDS = re.compile(r"\s(?:to|for|as|at|in|with|from|of|on|when|if|that|who|which|and|or|but)\b.*$", re.IGNORECASE)
_QUALIFIERS = {"special", "other", "additional", "particular", "certain", "extra"}  # "any special credential": a credential
_A_JOB = {"job", "jobs", "position", "positions", "role", "roles", "opening", "openings", "class", "work"}
_GOT_THING = (r"\b(?:get|gets|take|takes|need|needs|require|requires|receive|receives|provide|provides|issue|issues|"
              r"give|gives|offer|offers|carry|carries|hold|holds)\s+(?:an?\s+|any\s+|the\s+|my\s+|your\s+|their\s+)?")


def _thing_words(question: str) -> set[str]:
    """The words of the thing a yes/no question of one sentence asks whether one gets, takes or needs, up to what it
    is for ("a CNA cert" of "need a CNA cert to be a nursing asst"); none when the thing is a job ("an entry-level
    office job …"), which the question describes rather than names, or when no such verb takes it ("… a plus?")."""
    thing = yes_no_object(question)
    if not thing or "?" in question.rstrip().rstrip("?") or not re.search(_GOT_THING + re.escape(thing), question, re.I):
        return set()
    words = [w.lower() for w in raw_tokens(_THING_ENDS.sub("", thing))]
    if not words or words[-1] in _A_JOB or job_noun(words[-1]):
        return set()
    return {w for w in words if w not in STOPWORDS and w not in _ASKING_WORDS and w not in _QUALIFIERS}


def asks_a_known_kind(plan: QueryPlan, words: list[str]) -> bool:
    """Whether the unstated ``words`` ask for a kind of fact the question's intents know ("probationary")."""
    return any(_cues(intent, word) for intent in plan.intents for word in words)


def _cues(intent: Intent, word: str) -> bool:
    return bool(intent.cues.search(word)) or stem(word) in {stem(w) for w in intent.words}


def _covers(intent: Intent, word: str, text: str) -> bool:
    """True when ``word`` asks for ``intent``'s kind of fact and ``text`` states one ("education" is covered by
    "graduation from college")."""
    if not _cues(intent, word):
        return False
    return bool(intent.evidence.search(text))  # a bare figure ("two years") is no probationary period
