"""A question that asks two things at once: "What's the class code of X, and what special personal
characteristic does it list?" is answered part by part, so neither part is lost to the other.

Example:
    >>> question_parts("What is the entry level of the series, and how do you qualify for it?")
    ['What is the entry level of the series?', 'how do you qualify for it?']
"""

from __future__ import annotations

import re

_SECOND_QUESTION = re.compile(
    r"(?:[,;]\s+and|\?)\s+(?=(?:what|whats|wats|how|hows|which|who|whom|when|where|does|do|is|are|can|must)\b)|"
    # "whats the probation period and do i need my own car" (or "… n do i …"): a second question joined by "and" alone
    r"\s+(?:and|(?-i:n))\s+(?=(?:do|does|can|must|will|would)\s+(?:i|they|you|we|it|he|she)\b|(?:is|are)\s+there\b)|"
    # "… how many clubs is it and who's the boss": a second question opening on its own question word
    r"(?<=[a-z] )and\s+(?=(?:who|who's|whos|what|what's|whats|how|when|where|which)\s+(?:is|are|does|do|"
    r"'s|s\b|the|it|they|you|i)\b)",
    re.IGNORECASE,
)
MIN_PART_WORDS = 3
_BETWEEN_TWO = re.compile(r"\b(?:between|differ\w*|compar\w*|versus|vs)\b", re.IGNORECASE)


# A question that asks which class fits a description ("Which City job is office work ...?", "Is there a State
# job where you audit tax returns?"): one word of a title in the description does not name that class.
_ASKS_WHICH_CLASS = re.compile(
    r"\bwhich\s+(?:[\w'’-]+\s+){0,6}?(?:job|jobs|class|classes|classification|position|positions|role|title)\b"
    r"(?!\s+(?:code|title|number|series)\b)|"
    r"\bwhat(?:['’]s| is)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:job|class|classification|position|role|title)\s+"
    r"(?:for|where|that|who|which|whose|in which)\b|"
    r"\bis there an?\s+(?:[\w'’-]+\s+){0,4}?(?:job|class|classification|position|role)\b|"
    # "What job assigns bus drivers to their runs …": the job and what it does
    r"^\W*what\s+(?:[\w'’-]+\s+){0,2}?(?:job|position|role|classification)\s+(?!(?:title|code|number|series|"
    r"description|duties|family|class)\b)[a-z]{3,}s\b"
    r"(?!\s+(?:does|do|did|is|are|was|were|will|would|can|should|must|has|have)\b)",
    re.IGNORECASE,
)


def asks_which_class(question: str) -> bool:
    """Whether the question asks which class fits a description rather than naming one."""
    return bool(_ASKS_WHICH_CLASS.search(question))


# "whats the overtime deal for them, can they make u stay late": a yes/no question after a comma, when what comes
# before it is a question of its own
# "…, can they …?", "…, can experience count instead": a yes/no question after the comma, about its subject or a thing
_COMMA_YES_NO = re.compile(r",\s+(?=(?:can|could|do|does|will|would|must|is|are)\s+(?:they|you|u|i|we|it|he|she|"
                           r"experience|education|college|training|a|an|the|my|your|this|that)\b)", re.IGNORECASE)
_ASKING_START = re.compile(r"^\W*(?:what|whats|what's|wat|wats|wut|how|hows|which|who|when|where|why|is|are|do|does|can)\b",
                           re.I)


def question_parts(question: str) -> list[str]:
    """The two questions of "…, and what/how …?", "…? What …?" or "what …, can they …?" (the first given its own
    question mark), else [question]."""
    matches = list(_SECOND_QUESTION.finditer(question))
    if not matches and _ASKING_START.search(question):
        matches = list(_COMMA_YES_NO.finditer(question))
    if len(matches) != 1:
        return [question]
    first, second = question[:matches[0].start()].strip(), question[matches[0].end():].strip()
    if len(first.split()) < MIN_PART_WORDS or len(second.split()) < MIN_PART_WORDS:
        return [question]
    if matches[0].group(0).lstrip().lower().startswith("and") and _BETWEEN_TWO.search(first):
        return [question]  # "what is the difference between the I and what the II does?": one question of two things
    return [first.rstrip("?") + "?", second]


def description_part(question: str) -> str:
    """The first part of "Which City job is office work such as filing, and what's its class code?": the
    description that finds the class the second part asks about ('' for any other question). Retrieval
    searches with it, so the class is found by what it does rather than by the fact asked of it."""
    parts = question_parts(question)
    return parts[0] if len(parts) == 2 and asks_which_class(parts[0]) else ""


# what opens a clause describing a job after its noun: a relative word ("the job that …") or a participle ("the job
# guarding inmates in the county jail", "the person handing out medications"), not a noun in -ing ("job posting")
_NOUNS_IN_ING = ("posting|postings|listing|listings|opening|openings|training|sharing|hunting|offering|offerings|"
                 "rating|coaching|shadowing|bidding|during|including|regarding|concerning|following|being|having|"
                 "thing|things|nothing|something|anything|everything|morning|evening|spring|string|ceiling|building|"
                 "housing|funding|staffing|meeting|hearing|ranking|setting|grading|playing|starting|ending|pending|"
                 "matching")
CLAUSE_OPENER = rf"(?:(?:that|who|which|where|whose)\b|(?!(?:{_NOUNS_IN_ING})\b)[a-z]{{2,}}ing\b)"

# "… in the state job that assesses risks to power, water and transportation systems …": the clause describing the
# job asked about, up to the end of the question
_DESCRIBED_JOB = re.compile(
    r"\s*\b(?:(?:in|for|of|at|with|on|as)\s+)?(?:the|a|an|that|this)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:job|position|role|class|classification|worker|employee|staffer|person)s?\s+" + CLAUSE_OPENER + r"[^?]*",
    re.IGNORECASE)


# (the clause runs on through a list of what the job does, "… from departments, maps …, and runs … - can it …?", up
# to the question it asks, or to the question's end)
_DESCRIBING_CLAUSE = re.compile(r"\b(?:job|position|role|one|person|worker|employee)s?\s+" + CLAUSE_OPENER + r"[^;?]*?"
                         r"(?=\s*(?:[,;]\s*(?:what|whats|how|can|could|does|do|is|are|will|would|which|who|when|where|"
                         r"and (?:what|how|can|does|do|is|are))\b|\s[-–—]\s|\.\s|\?|$|"
                         # "Who does the job that certifies … enrollment report to, …?": the question's own verb
                         r"\s+(?:report|answer)s?\s+to\s*(?:[,;?]|$|and\b)))", re.I)


def without_description(question: str) -> str:
    """The question with the clause describing its job blanked ("the job that gathers requirements from departments,
    … - can it be done partly from home?" asks of home, not of requirements)."""
    return _DESCRIBING_CLAUSE.sub(" ", question)


def description_words(question: str) -> set[str]:
    """The words only the clause describing the asked job holds ("… the job driving students to and from school"):
    they found the job, and say nothing of which of its passages states what is asked ("what are the hours")."""
    if asks_which_class(question):
        return set()  # "which job drives students …?": the description is what is asked
    # (not a clause whose own subject follows its opener: "the two Environmental Scientist 2 positions that Calverra
    # DEQ is filling" says who fills them, not what they do)
    described = " ".join(m.group(0) for m in _DESCRIBING_CLAUSE.finditer(question) if not _OWN_SUBJECT.search(m.group(0)))
    rest = set(_WORD.findall(without_description(question).lower()))
    return {w for w in _WORD.findall(described.lower()) if w not in rest}


_WORD = re.compile(r"[a-z][a-z'’-]*")
_OWN_SUBJECT = re.compile(r"^\S+\s+(?:that|which|whom)\s+(?:(?-i:[A-Z])|(?:i|you|we|they|he|she|it|the|a|an|my|our|your|their)\b)",
                          re.IGNORECASE)


def asked_after_description(question: str) -> str:
    """What the question goes on to ask after the clause describing its job (", how much travel is involved?"), ''
    when the clause runs to its end ("Who does the employee who keeps the calendar report to?")."""
    clauses = list(_DESCRIBING_CLAUSE.finditer(question))
    return question[clauses[-1].end():].strip(" ,;-–—?") if clauses else ""


def describes_job(question: str) -> bool:
    """Whether the question names the job it asks about by what it does ("the water utility job that looks after
    the databases …")."""
    return _DESCRIBED_JOB.search(question) is not None


def asked_part(question: str) -> str:
    """The question without the clause describing the job it asks about ("How much travel is there in the state job
    that assesses risks …?" → "How much travel is there?"), or '' when it has none or nothing is left."""
    described = _DESCRIBED_JOB.search(question)
    if described is None:
        return ""
    rest = (question[:described.start()] + question[described.end():]).strip(" ,")
    return rest if len(rest.split()) >= MIN_ASKED_WORDS else ""


MIN_ASKED_WORDS = 2  # "Who supervises?"


# "… pay the athletic trainer who covers football, schedules the others' coverage and …?": a clause saying what a
# job does, after whichever noun names the job (a title's own word, not only "job" or "position")
# (after a word, not opening the question or one of its parts: "…, and who supervises the Survey Technicians?" asks)
_DOES_CLAUSE = re.compile(r"(?<=[a-z] )(?<!\band )(?<!\bor )(?<!\bbut )\b(?:who|that)\s+(?:(?:also|mainly|usually|typically|can|may|will|would|must)\s+)?"
                          r"(?!(?:is|has|does|was|says|means|pays|gets|requires|needs|lists|states)\b)[a-z]{3,}s\b[^?]*",
                          re.IGNORECASE)


def does_clause(question: str) -> str:
    """The clause of the question that says what its job does ('who covers football, schedules …'), or ''."""
    found = _DOES_CLAUSE.search(question)
    return found.group(0).strip(" ,;") if found and len(found.group(0).split()) >= MIN_ASKED_WORDS + 1 else ""
