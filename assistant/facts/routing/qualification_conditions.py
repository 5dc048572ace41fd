"""Conditions on what a class requires of a candidate: licenses, certifications, education, experience.

"Which jobs require a commercial driver's license?", "... a bachelor's degree
in accounting?", "... three or more years of experience?": each reader turns
the words of the question into a :class:`~assistant.facts.routing.criterion.Criterion`
or returns None when the question does not state that kind of condition.

Example:
    >>> credential_criterion("Which jobs need a CDL?").describe
    "require a commercial driver's license"
"""

from __future__ import annotations

import re

from assistant.facts.routing.criterion import CMP_LESS, CMP_MORE, NEGATION, Criterion, Verdict
from assistant.facts.model import EDUCATION_LEVELS, FactCard
from assistant.facts.routing.number_words import count_word, say_number


_DRIVER = re.compile(r"\bdriver'?s'?|\bdriving\b|\bmotor vehicle\b|\bclass\s+c\b|\bauto(?:mobile)? licen", re.I)
_COMMERCIAL = re.compile(r"\bcommercial\b|\bcdl\b|\bclass\s+[ab]\b", re.I)
_DRIVER_ITEM = re.compile(r"driv|motor vehicle|operator'?s licen|\bclass\s*[abc]\b|commercial|\bcdl\b|chauffeur", re.I)
_COMMERCIAL_ITEM = re.compile(r"commercial|\bcdl\b|\bclass\s*['\"]?[ab]['\"]?(?![a-z])", re.I)
_CREDENTIAL = re.compile(r"\b(?:licen[cs]e[sd]?|certificat\w*|certified|credentials?|permits?)\b", re.I)
_CREDENTIAL_STOP = {
    "a", "an", "the", "any", "some", "valid", "current", "require", "requires", "required", "need", "needs", "have",
    "has", "hold", "holding", "possess", "possession", "of", "with", "and", "or", "to", "jobs", "job", "classes", "class",
    "positions", "position", "which", "what", "professional", "special", "state", "obtain", "get", "prefer", "preferred",
    "want", "ask", "for", "specific", "type", "kind", "such", "as", "other", "their", "its", "own", "be", "must",
}


def _items(card: FactCard, lists: tuple[str, ...]) -> list[tuple[str, str]]:
    """(value, span key) for every item of the named list fields."""
    found = []
    for name in lists:
        for index, value in enumerate(getattr(card, name)):
            key = f"{name}[{index}]"
            if key in card.spans:
                found.append((value, key))
    return found


_MENTIONED = re.compile(r"\b(?:mentions?|mentioned|refers? to|references?|says? anything about|names?)\b", re.I)
_REQUIRED = re.compile(r"\b(?:requir\w*|needs?|must|prefer\w*)\b", re.I)
_NAME_WORDS = 4  # a credential's name read back from its kind ("Certified Energy Manager CEM certification")


def credential_criterion(question: str) -> Criterion | None:
    # ("a Certified Energy Manager (CEM) certification": "Certified" opens the credential's name, "certification"
    # is the kind of credential asked)
    if _MENTIONED.search(question) and not _REQUIRED.search(question):
        return None  # "which jobs mention the CIA credential?": any passage naming it, not the requirements the cards hold
    match = next((m for m in _CREDENTIAL.finditer(question)
                  if not (m.group(0)[0].isupper() and re.match(r"\s+[A-Z]", question[m.end():]))), None) \
        or re.search(r"\bcdls?\b", question, re.I)
    if not match:
        return None
    preferred = bool(re.search(r"\bprefer\w*|\bdesir\w*|\bplus\b|nice to have", question, re.I))
    before_start = max(0, match.start() - 60)
    before = question[before_start:match.start()]
    if NEGATION.search(before[-30:]):
        return None  # "no license needed": absence is not a stated fact to cite
    word = match.group(0).lower()
    is_cert = word.startswith(("certif", "credential"))
    kind = "certification" if is_cert else "license"
    required_lists = ("certifications_required",) if is_cert else ("licenses_required",)
    preferred_lists = ("certifications_preferred",) if is_cert else ("licenses_preferred",)
    lists = preferred_lists if preferred else required_lists
    verb = "prefer" if preferred else "require"
    span_start = match.start()
    commercial = _COMMERCIAL.search(before) or (word.startswith("cdl") and match)
    driver = _DRIVER.search(before)
    pattern: re.Pattern[str] | None = None
    named: re.Pattern[str] | None = None
    if not is_cert and commercial:
        letter = re.search(r"\bclass\s+([ab])\b", question, re.I)
        pattern = re.compile(r"\bclass\s*['\"]?%s['\"]?(?![a-z])" % letter.group(1), re.I) if letter else _COMMERCIAL_ITEM
        what = f"a Class {letter.group(1).upper()} license" if letter else "a commercial driver's license"
        named = re.compile(r"\bcommercial\s+driver'?s?'?\s+licen[cs]e|\bCDL\b", re.I) if not letter else None
        if commercial is not match:
            span_start = before_start + commercial.start()
    elif not is_cert and driver:
        pattern = _DRIVER_ITEM
        what = "a driver's license"
        span_start = before_start + driver.start()
        # "a California driver's license": a place name the license must carry
        place = [w for w in re.findall(r"\b([A-Z][a-z]+)\s+(?=(?:[A-Z][a-z]+\s+)*(?i:driver|motor|operator|class\s+c))",
                                      before[:driver.end()])
                 if w[0].isupper() and w.lower() not in _CREDENTIAL_STOP and w.lower() not in ("class", "which", "what", "who")]
        if place:
            names = "|".join(re.escape(p) for p in place)
            pattern = re.compile(r"^(?=.*\b(?:%s)\b)(?=.*(?:%s))" % (names, _DRIVER_ITEM.pattern), re.I)
            what = f"a {' '.join(place)} driver's license"
            span_start = before_start + before.find(place[0])
    else:
        # the words naming the credential, read back from it: "CPR", and "first aid" before an "or" ("first aid or
        # CPR certification": either one)
        groups: list[tuple[list[str], list[str]]] = [([], [])]
        for token in reversed(list(re.finditer(r"[A-Za-z][\w+&'’.-]*", before))[-6:]):
            clean = token.group(0).lower().strip("'’.").replace("’", "'")
            if clean in ("or", "and") and groups[-1][0] and len(groups) < 2:
                groups.append(([], []))
                continue
            if clean in _CREDENTIAL_STOP or NEGATION.fullmatch(clean) or len(groups[-1][0]) >= _NAME_WORDS:
                break
            groups[-1][0].insert(0, clean)
            groups[-1][1].insert(0, token.group(0).strip("'’."))
            span_start = before_start + token.start()
        groups = [group for group in groups if group[0]]
        if groups:
            alternatives = [[re.compile(r"(?<!\w)" + re.escape(w[:-1] if len(w) > 4 and w.endswith("s") else w), re.I)
                             for w in words] for words, _ in groups]
            lists = ("licenses_preferred", "certifications_preferred") if preferred else (
                "licenses_required", "certifications_required")
            named_as = " or ".join(" ".join(shown) for _, shown in reversed(groups))
            what = ("an " if named_as[:1].lower() in "aeiou" else "a ") + named_as + " " + kind
            # (a text names it with its words in any order: "AACE code enforcement certification" is "Certification
            # as a Code Enforcement Officer by the American Association of Code Enforcement (AACE)")
            named = re.compile("|".join("^" + "".join(r"(?=[\s\S]*?(?<!\w)%s)" % re.escape(w[:-1] if len(w) > 4 and w.endswith("s") else w)
                                                      for w in shown) for _, shown in groups), re.I)

            def matches(value: str) -> bool:
                return any(all(check.search(value) for check in checks) for checks in alternatives)
        else:
            if re.search(r"\b(?:licen[cs]es?|certific\w*)\s+(?:and|or)\s+(?:licen[cs]es?|certific\w*)", question, re.I):
                lists = ("licenses_preferred", "certifications_preferred") if preferred else ("licenses_required", "certifications_required")
                what = "a license or certification"
            else:
                what = f"a {kind}"

            def matches(value: str) -> bool:
                return True
    if pattern is not None:
        def matches(value: str, pattern: re.Pattern[str] = pattern) -> bool:  # noqa: F811 - one of three tests
            return bool(pattern.search(value))

    endorsement = _ENDORSEMENT.match(question, match.end())
    if endorsement:
        # "… a commercial driver's license with a passenger endorsement": a license without it is no match
        wanted = [re.compile(r"\b%s" % re.escape(w), re.I) for w in endorsement.group(1).split()]
        plain = matches
        what += f" with a {endorsement.group(1)} endorsement"

        def matches(value: str) -> bool:  # noqa: F811 - the endorsement narrows the test above
            return plain(value) and all(w.search(value) for w in wanted)

    def test(card: FactCard) -> Verdict:
        return True if any(matches(v) for v, _ in _items(card, lists)) else None

    def keys(card: FactCard) -> list[str]:
        return [k for v, k in _items(card, lists) if matches(v)]

    return Criterion(kind, f"{verb} {what}", test, keys, (span_start, endorsement.end() if endorsement else match.end()),
                     named=None if (endorsement or preferred) else named)


_ENDORSEMENT = re.compile(r"\s+with\s+(?:an?\s+)?([a-z]+(?:\s+[a-z]+)?)\s+endorsements?\b", re.I)


_EDUCATION_PATTERNS = [
    ("doctorate", r"\bdoctora\w*|\bph\.?\s?d\b"),
    ("master", r"\bmaster'?s?(?:\s+level)?\s+degrees?|\bmaster'?s\b|\bgraduate\s+degrees?|\bmba\b|\bmlis\b"),
    ("bachelor", r"\bbachelor'?s?|\b(?:4|four)[- ]year\s+(?:college\s+)?degrees?|\bcollege\s+degrees?|\bundergraduate\s+degrees?"),
    ("associate", r"\bassociate'?s?\s+degrees?|\bassociate'?s\b|\b(?:2|two)[- ]year\s+(?:college\s+)?degrees?|\bcommunity\s+college"),
    ("high school", r"\bhigh\s+school|\bdiploma\b|\bged\b"),
]


_DEGREE_WORDS = {
    "a", "an", "any", "the", "college", "university", "undergraduate", "graduate", "four", "two", "year", "4", "2",
    "bachelor", "bachelors", "bachelor's", "associate", "associates", "associate's", "master", "masters", "master's",
    "degree", "degrees", "level", "related", "field", "or", "and", "equivalent", "at", "least", "require", "requires",
    "need", "needs", "with", "of",
}


def _degree_subject(question: str, match: re.Match[str]) -> list[str]:
    """Field-of-study words ("computer science" in "a degree in computer science", "an accounting degree")."""
    after = re.match(r"[^?.,;]*?\bdegrees?\s+in\s+(?:a\s+|the\s+)?([A-Za-z][A-Za-z\s-]{1,40}?)(?=\s+(?:or|and|that|which|to)\b|[?.,;]|$)",
                     question[match.start():], re.I)
    words: list[str] = []
    if after:
        words = [w.lower() for w in re.findall(r"[A-Za-z-]+", after.group(1))]
    else:
        before = re.search(r"((?:[A-Za-z'’-]+\s+){1,3})degrees?\b", question[:match.end() + 12], re.I)
        if before:
            words = [w.lower().replace("’", "'") for w in re.findall(r"[A-Za-z'’-]+", before.group(1))]
            while words and words[0] not in _DEGREE_WORDS:
                words = words[1:]  # keep only what follows the level words ("require an accounting degree")
            words = [w for w in words if w not in _DEGREE_WORDS and not NEGATION.fullmatch(w)]
    return [w for w in words if w not in _DEGREE_WORDS and len(w) > 1]


def education_criterion(question: str) -> Criterion | None:
    found = None
    for level, pattern in _EDUCATION_PATTERNS:
        match = re.search(pattern, question, re.I)
        if match:
            found = (level, match)
            break
    generic = None if found else re.search(r"\b(?:a|any)\s+(?:college\s+)?degrees?\b|\bdegrees?\b", question, re.I)
    if not found and not generic:
        return None
    match = found[1] if found else generic
    if NEGATION.search(question[max(0, match.start() - 30):match.start()]):
        return None
    subject = _degree_subject(question, match)
    at_least = bool(re.search(r"at\s+least|or\s+(?:higher|more|above|better)|minimum|\bany\b", question, re.I)) or generic is not None
    at_most = bool(re.search(r"\bonly\b|\bjust\b|or\s+(?:less|lower)|no more than", question, re.I))
    level = found[0] if found else "associate"
    rank = EDUCATION_LEVELS.index(level)
    names = {"doctorate": "a doctorate", "master": "a master's degree", "bachelor": "a bachelor's degree",
             "associate": "an associate's degree", "high school": "a high school diploma or GED"}
    if subject:
        names = {k: f"{v} in {' '.join(subject)}" if k != "high school" else v for k, v in names.items()}
    if generic is not None:
        describe = "require a college degree" + (f" in {' '.join(subject)}" if subject else "")
    elif at_least:
        describe = f"require at least {names[level]}"
    elif at_most:
        describe = f"require no more than {names[level]}"
    else:
        describe = f"require {names[level]}"

    def test(card: FactCard) -> Verdict:
        if card.education_level not in EDUCATION_LEVELS:
            return None
        if subject:
            studied = (card.education_field or "").lower()
            if not studied:
                return None
            if not all(re.search(r"(?<!\w)%s" % re.escape(word[:5]), studied) for word in subject):
                return False
        own = EDUCATION_LEVELS.index(card.education_level)
        if at_least:
            return own >= rank
        if at_most:
            return own <= rank
        return own == rank

    def keys(card: FactCard) -> list[str]:
        return ["education_level"] if card.education_level and "education_level" in card.spans else []

    return Criterion("education", describe, test, keys, match.span(), explicit_opposite=True)


_EXPERIENCE = re.compile(
    r"(?P<cmp>%s|%s)?\s*(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|an?)\s*"
    r"(?P<plus>\+)?\s*(?P<mid>or\s+(?:more|longer|over|less|fewer)\s+)?(?P<unit>years?|yrs?|months?)\b"
    r"(?P<after>\s+or\s+(?:more|longer|over|less|fewer))?"
    r"(?=(?:\s+\w+){0,4}?\s+experience|\s+(?:or\s+more\s+)?of\b)" % (CMP_MORE, CMP_LESS),
    re.I,
)


_GENERIC_EXPERIENCE = {"of", "professional", "full-time", "full", "time", "paid", "work", "working", "related",
                       "relevant", "qualifying", "increasingly", "responsible", "prior", "previous", "job", "total",
                       "or", "more", "less", "and"}


def experience_criterion(question: str) -> Criterion | None:
    if not re.search(r"\bexperience\b", question, re.I):
        return None
    none = re.search(r"\b(?:no|without|zero|don'?t\s+(?:need|require)|doesn'?t\s+(?:need|require))\s+(?:\w+\s+){0,2}experience|\bentry[- ]level\b",
                     question, re.I)
    if none:
        def test_none(card: FactCard) -> Verdict:
            return None if card.experience_months is None else card.experience_months == 0

        def keys_none(card: FactCard) -> list[str]:
            return ["experience_months"] if card.experience_months is not None and "experience_months" in card.spans else []

        return Criterion("experience", "require no experience", test_none, keys_none, none.span(), explicit_opposite=True)
    match = _EXPERIENCE.search(question)
    if not match:
        return None
    number = count_word(match.group("n"))
    if number is None:
        return None
    between = re.match(r"\s*(?:of\s+)?((?:[\w'’-]+\s+){0,4}?)experience", question[match.end():], re.I)
    qualifiers = [w.lower() for w in re.findall(r"[\w'’-]+", between.group(1))] if between else []
    if any(w not in _GENERIC_EXPERIENCE for w in qualifiers):
        return None  # "two years of accounting experience": the cards do not hold the kind of experience
    months = number * (12 if match.group("unit").lower().startswith("y") else 1)
    comparator = (match.group("cmp") or "").lower()
    after = (match.group("after") or match.group("mid") or "").lower()
    less = bool(re.match(CMP_LESS, comparator) or re.search(r"less|fewer", after))
    strict = bool(re.match(r"over|above|more|greater|higher|exceed|in\s+excess", comparator)) and not after
    words = say_number(number) or "the number asked"
    unit = "years" if match.group("unit").lower().startswith("y") else "months"
    if less:
        describe = f"require less than {words} {unit} of experience"
    elif strict:
        describe = f"require more than {words} {unit} of experience"
    else:
        describe = f"require {words} {unit} or more of experience"

    def test(card: FactCard) -> Verdict:
        value = card.experience_months
        if value is None:
            return None
        if less:
            return value < months if not after else value <= months
        return value > months if strict else value >= months

    def keys(card: FactCard) -> list[str]:
        return ["experience_months"] if card.experience_months is not None and "experience_months" in card.spans else []

    return Criterion("experience", describe, test, keys, match.span(), explicit_opposite=True)
