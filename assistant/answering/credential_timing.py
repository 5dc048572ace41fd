"""Whether a license or certificate is needed at hire, or may be earned after: answered from the passage saying when.

Why: "pendlow land surveyor - do i need my PLS before i start or can i get it after?" and "do i need a cdl to
apply" ask when a credential must be held, not what it is. The class's page says so in one sentence ("… is
required at the time of appointment", "Must obtain a Class B CDL within 6 months of appointment"); the general
rules, finding no kind of fact asked, refused or answered "Yes" from the sentence naming the license. Here the
class's sentence that names the credential asked and says when it is due is quoted, with a plain "Yes"/"No"
read from the question's form ("do I need X to apply?" against "can I apply without X?") and that timing.

Example:
    >>> asks_when_needed("do i need a cdl to apply")
    True
    >>> timing_lead("do i need a cdl to apply", "Must obtain a Class B CDL within 6 months of appointment.")
    'No: it may be obtained after hire, within 6 months of appointment.'
"""

from __future__ import annotations

import dataclasses
import re

from langchain_core.documents import Document

from assistant.answering.answer import Answer
from assistant.answering.citations import CitationBuilder
from assistant.answering.evidence import Sentence, candidate_sentences
from assistant.answering.wording import clean_quote, doc_label, plain_counts, retrieved_ids
from assistant.domain.abbreviations import spells_initials, with_expansions
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.text import STOPWORDS, raw_tokens, stem

# the question asks when the credential must be held: before applying or starting, or after hire
_ASKS_WHEN = re.compile(
    r"\b(?:already|yet|before (?:i|you|they|we|u) (?:start|apply|begin|get hired|am hired|'?m hired|are hired)|"
    r"to apply|when (?:i|you|they|u) (?:apply|start)|at (?:the time of )?(?:hire|hiring|application|appointment)|"
    r"(?:get|obtain|earn|do|finish|take) (?:it|them|that|one|this) (?:after|later)|after (?:i'?m |i am |being |getting )?hired|"
    r"after (?:hire|i start|starting))\b", re.I)
_ASKS_WITHOUT = re.compile(r"\b(?:can|could|may) (?:i|you|u|they) (?:still )?(?:apply|be hired|start)\b.*\b(?:without|w/o|"
                           r"(?:do not|don'?t|dont) (?:have|hold))\b|\bwithout\b", re.I)
# a yes/no question, from its start or after the job it names ("pendlow land surveyor - do i need …"), never a
# "what …?" or "when …?" one ("When is the deadline to apply …?", "What certificates would I have to get after …?")
_YES_NO = re.compile(r"^(?:(?!\b(?:what|when|which|how|who|where|why)\b)[^?.!]){0,80}?\b(?:(?:do|does|can|could|must|will|would|"
                     r"should)\s+(?:i|u|you|we|they|he|she|it|one|a|an|the|my|workers?|employees?|staff|people|ppl|"
                     r"applicants?|candidates?|new hires?)|(?:is|are|am|have|has)\s+(?:i|u|you|we|they|he|she|it))\b", re.I)
# "… within 6 months of appointment", "within eighteen (18) months of hire", "by the end of probation"
_LATER = re.compile(
    r"\bwithin\s+(?:the\s+first\s+)?(?:[a-z]+(?:[- ][a-z]+)?\s+)?(?:\(\d{1,3}\)\s+)?(?:\d{1,3}\s+)?(?:days?|weeks?|months?|years?)"
    r"\s+(?:of|after|from|following)\s+(?:the\s+)?(?:date\s+of\s+)?(?:appointment|hire|hiring|employment|start|assignment|entry)\b|"
    r"\b(?:before|prior to|by)\s+(?:the\s+)?(?:end|completion)\s+of\s+(?:the\s+)?(?:\w+\s+)?probation(?:ary period)?\b", re.I)
# "… is required at the time of appointment", "… must be completed before appointment"
_AT_HIRE = re.compile(r"\b(?:at|by) (?:the )?time of (?:appointment|application|hire|filing)\b|"
                      r"\b(?:prior to|before|at|upon) (?:appointment|hire|employment)\b|\bat the time of application\b", re.I)
_REQUIRES = re.compile(r"\b(?:required|requires?|must (?:possess|have|hold|be|obtain)|possession of|shall (?:possess|have|hold|be))\b",
                       re.I)
_FILING = re.compile(r"filing|application", re.I)  # a time of filing or application, not of appointment or hire
_ASKS_APPLY = re.compile(r"\b(?:apply|applying|application)\b", re.I)
_ASKS_START = re.compile(r"\b(?:start|starting|begin|hired?|hiring|work|working)\b", re.I)
_NOT_NEEDED_TO_APPLY = re.compile(r"\bnot (?:required|needed|necessary) (?:to apply|at (?:the time of )?(?:application|hire))\b", re.I)
_TIMING_WORDS = {"already", "yet", "apply", "start", "begin", "hire", "hired", "hiring", "after", "before", "later",
                 "need", "needs", "have", "get", "obtain", "earn", "time", "application", "appointment", "job",
                 "position", "can", "still", "without", "dont", "don't", "finish", "take"}
MIN_WORD = 3
_OTHER_REQUIREMENTS = {"experience"}  # (not education: "… at the deaf school" reads as one)
MAX_QUOTED = 2  # the passage saying when, and the next best naming the credential


def asks_when_needed(question: str) -> bool:
    """Whether ``question`` is a yes/no question on when a credential must be held (before applying or starting)."""
    return bool(_ASKS_WHEN.search(question) and _YES_NO.match(question))


def timing_lead(question: str, passage: str) -> str:
    """"Yes: …"/"No: …" for when the credential ``passage`` names is due, in the question's own polarity; '' when
    the passage says no time."""
    without = bool(_ASKS_WITHOUT.search(question))
    passage = " ".join(passage.split())  # (a sentence wrapped over two lines)
    later = _LATER.search(passage)
    if later or _NOT_NEEDED_TO_APPLY.search(passage):
        when = f", {later.group(0).strip()}" if later else ""
        to_apply = "" if without or not _asks_to_apply(question) else " it is not required to apply;"
        return f"{'Yes' if without else 'No'}:{to_apply} it may be obtained after hire{when}."
    at_hire = _AT_HIRE.search(passage)
    # (a filing date is a requirement only beside a requiring verb: not "… must list their EIT number … at the time
    # of filing")
    due = at_hire.group(0).strip() if at_hire else ""
    at_filing = bool(_FILING.search(due))
    if at_hire and (_REQUIRES.search(passage) or not at_filing):
        if _asks_to_apply(question) and not at_filing:
            # "do i need the permit before i apply?" of one due "at the time of appointment": not to apply
            return f"{'Yes: you may apply' if without else 'No: it is not needed to apply'}; it is required {due}."
        return f"{'No' if without else 'Yes'}: it is required {due}."
    return ""


def _asks_to_apply(question: str) -> bool:
    """Whether ``question`` asks about applying ("… b4 i apply?"), not about starting the job."""
    return bool(_ASKS_APPLY.search(question)) and not _ASKS_START.search(question)


def credential_timing_answer(plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Answer | None:
    """The class's passage naming the credential asked and when it is due, quoted under a plain yes or no; None
    when the question asks no such thing, names no one class, or no passage of its document says when."""
    if len(plan.doc_ids) > 1 or not docs or not asks_when_needed(plan.question):
        return None
    if any(intent.name in _OTHER_REQUIREMENTS for intent in plan.intents):
        return None  # "do u need experience or a cert to apply?": the experience asked too, which no timing answers
    # the class named, or else the best-retrieved document ("kelsabrook sud counselor I": initials the catalog misses)
    doc_id = plan.doc_ids[0] if plan.doc_ids else docs[0].metadata["doc_id"]
    asked = _credential_words(plan, snap, doc_id)
    if not asked:
        return None
    # a credential the question names beyond the class's title ("cdl" of a school bus driver) must be the passage's
    beyond = {word: weight for word, weight in asked.items() if weight > 1}
    named_beyond_title = not beyond
    found: list[tuple[int, bool, Sentence]] = []
    for sentence in candidate_sentences(snap, docs, dataclasses.replace(plan, doc_ids=[doc_id])):
        if sentence.doc_id != doc_id or not timing_lead(plan.question, sentence.text):
            continue
        named = _names(asked, sentence.text)
        if named and (named_beyond_title or _names(beyond, sentence.text)):
            # (a passage saying outright that it is not needed to apply says best when)
            found.append((named, bool(_NOT_NEEDED_TO_APPLY.search(sentence.text)), sentence))
    if not found:
        return None
    found.sort(key=lambda f: (-f[0], not f[1], f[2].start))
    sentence = found[0][2]
    others = [f[2] for f in found[1:MAX_QUOTED] if not f[2].overlaps(sentence)]
    builder = CitationBuilder(snap)
    numbers = [builder.cite(s.doc_id, s.cite_start, s.end, s.section, s.chunk_level, s.page) for s in [sentence, *others]]
    lead = plain_counts(timing_lead(plan.question, sentence.text))  # ("within 30 days", as the quote reads)
    quotes = "\n".join(f"- {clean_quote(s.display)} [{n}]" for s, n in zip([sentence, *others], numbers))
    text = f"{lead[:-1]} [{numbers[0]}]. From the {doc_label(snap, sentence.doc_id)} specification:\n{quotes}"
    text, citations = builder.finalize(text)
    return Answer(text=text, answered=True, citations=citations, retrieved=retrieved_ids(docs),
                  standalone_query=plan.standalone)


def _credential_words(plan: QueryPlan, snap: Snapshot, doc_id: str) -> dict[str, int]:
    """The question's words for the credential, each with its weight (its initials spelled out too: "cdl", "PLS"):
    a word of the class's own title counts once ("certified" of a Certified Court Interpreter), any other twice (the
    school bus driver's "cdl" names the license, its title's "bus" does not); the employer's words not at all."""
    doc = snap.documents.get(doc_id)
    employer = {w.lower() for w in raw_tokens(doc.employer)} if doc is not None else set()
    title = {stem(w.lower()) for w in raw_tokens(doc.title)} if doc is not None else set()
    typed = set(re.findall(r"\b[A-Z]{2,}\b", plan.question))  # "PLS" (no "pls" for "please")
    words: dict[str, int] = {}
    for word in raw_tokens(with_expansions(plan.question)):
        lower = word.lower()
        if lower.upper() in typed or not (len(lower) < MIN_WORD or lower in STOPWORDS or lower in employer
                                           or lower in _TIMING_WORDS):
            words[lower] = 1 if stem(lower) in title else 2
    return words


def _names(words: dict[str, int], passage: str) -> int:
    """How much of the credential's ``words`` ``passage`` holds (a word's stem, or initials it spells out), weighted."""
    stems = {stem(w) for w in raw_tokens(passage.lower())}
    return sum(weight for word, weight in words.items()
               if stem(word) in stems or (len(word) <= 5 and spells_initials(word.upper(), passage)))
