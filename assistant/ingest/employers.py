"""Who a document's employer is, and the ways people name one ("City of Los Angeles", "LA City", "LA").

Read from the document's text (kinds of government body, "<name> County", "<name> Unified School District" …),
a page's furniture as a weaker signal, and never a body that classifies, accredits or represents.

Example:
    >>> find_employer("CITY OF HARLOW SPRINGS\\nTitle: Bus Operator\\n")
    'City of Harlow Springs'
"""

from __future__ import annotations

import re
from collections import Counter

from assistant.domain.abbreviations import is_abbreviation
from assistant.domain.job_nouns import JOB_NOUNS
from assistant.domain.levels import RANK_WORDS, ROMAN
from assistant.domain.us_states import postal_code
from assistant.ingest.ocr_repair import ocr_repaired
from assistant.ingest.sections import classify_heading
from assistant.ingest.title_text import DOCUMENT_KIND, smart_case
from assistant.text import raw_tokens

__all__ = ["BODY_WORDS", "EMPLOYER_OF", "GOVERNMENT_KINDS", "employer_aliases", "employer_initials", "employer_in_context", "employer_of_department",
           "employer_phrases", "find_employer"]

_NAME_WORD = r"[A-Z][A-Za-z'.]+(?:-[A-Z][A-Za-z'.]+)?"  # "Tri-Valley", "Winston-Salem"
GOVERNMENT_KINDS = ("City", "County", "Parish", "Town", "Village", "State", "Commonwealth", "Borough", "Township")
_GOVERNMENT_KINDS = "|".join(GOVERNMENT_KINDS)
EMPLOYER_OF = re.compile(
    rf"\b((?:{_GOVERNMENT_KINDS}|Port|(?:Port |Transit |Housing |Airport )?Authority|City and County|Superior Court|"
    rf"(?:Unified|Metropolitan|Consolidated) Government) of "
    rf"(?:{_NAME_WORD})(?: {_NAME_WORD}){{0,3}})"
)
_EMPLOYER_SUFFIX = re.compile(
    rf"\b((?:(?:{_NAME_WORD}|&|and) ){{1,5}}(?:County Public Schools|Public Schools|Unified School District|School District|"
    r"Library District|Water District|Fire District|Transit District|Special District|District|Public Library|County|Parish|"
    r"Township|Consolidated Government|Unified Government|Metropolitan Government|"
    r"Metro Transit|Regional Transit|Transit Agency|Transit|"
    r"Community College District|College|University|Authority|Schools|Agency|Commission|Water Agency|Utilities|"
    r"Water Utility|Health System|Hospital District|Health District|USD|ISD|"
    r"Tribal Nation|Tribe|Tribes|Indian Community|Rancheria|Council of Governments|Association of Governments|"
    # a pension fund's, a workforce board's or a county liquor board's own staff
    r"Retirement Association|Retirement System|Workforce Development Board|Workforce Board|"
    r"Alcoholic Beverage Control Board|ABC Board|Liquor Control Board|"
    r"Extension Partnership|Workforce Partnership|"  # (a joint powers agency named for its partners' work)
    r"Special Education Local Plan Area|SELPA))\b"  # (school districts' joint agency for special education)
    r"(?!\s+(?:Union|Workers|Employees|Association|Local)\b)"  # "Amalgamated Transit Union" represents, never employs
    r"(?![-–][a-z])"  # "Applies District-approved insecticides": a word made with the kind, no name
)
_NOT_EMPLOYER_START = {"Protecting", "Serving", "Proudly", "Building", "Connecting", "Keeping", "Supporting",
                       "Celebrating", "Discover", "Explore", "Visit", "Help", "Helping", "Make", "Making", "Serve",
                       "Protect", "Support", "Keep", "Move", "Moving",  # a slogan's verb ("Protecting Corvane County")
                       "&", "and", "The", "Public", "Mass", "All", "Each", "Any", "This", "Our", "Of", "In", "For", "And", "A", "An", "Per", "Under", "With", "By", "To", "Job", "Description", "Class", "Human", "About", "At", "From", "Join", "Contact", "Welcome",
                       "Bargaining", "Unit"}  # a form's label before the name ("Bargaining Unit Harrowfield County …")
_NOT_THE_EMPLOYER = re.compile(
    r"\b(?:personnel|civil service|merit system|classification)\s+(?:commission|board)\b|accredit|"
    r"\bcommission on\b|(?<!retirement )\bassociation\b|\bunion\b(?!\s+(?:free\s+)?(?:high\s+|elementary\s+)?school\b)|\bboard of (?:registered|nursing|examiners)|"
    r"^(?:American|National)\b|\bregistry\b|\bcollege of\b|"  # professional bodies that certify, not employ
    r"^(?:appointing|hiring|approving|issuing|certifying) authority$|"  # a signature block's role, no one's name
    r"^(?:using|employing|hiring|requesting|appointing|sponsoring|participating|home|primary|lead|parent) agenc(?:y|ies)$",  # a label's name
    re.IGNORECASE,
)

# "Ellisford, City of": a catalog's inverted name (the government's kind last)
_INVERTED = re.compile(rf"\b((?:{_NAME_WORD})(?: {_NAME_WORD}){{0,2}}), ({_GOVERNMENT_KINDS}) of\b")


def uninverted(text: str) -> str:
    """``text`` with each inverted government name written the usual way ("Ellisford, City of" -> "City of
    Ellisford"), so that the name after "of" is never the next word of the page ("City of Code of Ordinances")."""
    def upright(m: re.Match[str]) -> str:
        if set(m.group(1).split()) & (set(GOVERNMENT_KINDS) | _UNIT_ENDS) or m.group(1).lower().split()[-1] in BODY_WORDS:
            return m.group(0)  # "Marion County, State of Oregon": a place, then the state it is in
        return f"{m.group(2)} of {m.group(1)}"
    return _INVERTED.sub(upright, text)


def employer_phrases(text: str) -> list[tuple[str, int]]:
    """Organisation names written in ``text`` ("City of Lakeview", "Lakeview County"), with their offsets."""
    text = uninverted(text)
    found: list[tuple[str, int]] = []
    for pattern in (EMPLOYER_OF, _EMPLOYER_SUFFIX):
        for match in pattern.finditer(text):
            words = match.group(1).strip(" .").split()
            while words and words[0] in _NOT_EMPLOYER_START:
                words = words[1:]
            if pattern is _EMPLOYER_SUFFIX:
                # "Selection Process Radleigh Valley Water District": a brochure's panels read across run together
                heading = next((k for k in (2, 3) if len(words) - k >= 3 and classify_heading(" ".join(words[:k]))), 0)
                words = words[heading:]
            numeral_at = max((i for i, word in enumerate(words[:-1]) if word in _LEVEL_NUMERALS), default=-1)
            if pattern is _EMPLOYER_SUFFIX and numeral_at >= 0:
                # "JOB DESCRIPTION - Water Distribution Operator II Corvell Springs Water District": a class's level
                # ends its title; the employer's name comes after it
                words = words[numeral_at + 1:]
            ended = next((i for i, word in enumerate(words[:-1]) if word.endswith(".") and len(word) > 4), -1)
            if ended >= 0:  # "City of Tarrow Bend. Possession of …": a sentence ended after the name
                words = words[:ended + 1]
                words[-1] = words[-1].rstrip(".")
            unit_at = next((i for i, word in enumerate(words) if i >= 3 and word in _UNIT_ENDS), -1)
            if pattern is EMPLOYER_OF and unit_at >= 0:
                # "City of Vantmoor Finance Department", "City of Yarrowby Fire Department Employees": the government,
                # not its department
                words = words[:unit_at]
                while len(words) > 3 and words[-1] in _UNIT_WORDS:
                    words = words[:-1]
            if pattern is EMPLOYER_OF and len(words) > 3 and words[-1] in {"Personnel", "Human", "Payroll"}:
                words = words[:-1]  # "CITY OF DUNMERE   PERSONNEL/PAYROLL SYSTEM": the office's system after the name
            if pattern is EMPLOYER_OF and len(words) > 4 and words[-1] in _UNIT_WORDS and words[-2] in _UNIT_WORDS:
                # "The City of Port Calloway Public Works Department …" read up to its word limit: a unit's name
                while len(words) > 3 and words[-1] in _UNIT_WORDS:
                    words = words[:-1]
            kind_at = next((i for i, word in enumerate(words) if i >= 3 and word in _POSTING_WORDS), -1)
            if pattern is EMPLOYER_OF and kind_at >= 0:
                words = words[:kind_at]  # "CITY OF PORT CALLOWAY    JOB ANNOUNCEMENT": the page's kind after the name
            if pattern is _EMPLOYER_SUFFIX and len(words) >= 2 and words[-2] in {"and", "&"} \
                    and not (len(words) >= 4 and words[-3:] == ["City", "and", "County"]):
                continue  # "… Vital Records and County Clerk divisions": the kind begins another thing joined on
            if pattern is _EMPLOYER_SUFFIX and len(words) == 2 and words[0].lower() in RANK_WORDS | JOB_NOUNS:
                continue  # "Deputy District [Attorney]": a rank before the kind begins a title, it names no place
            if pattern is _EMPLOYER_SUFFIX and _UNIT_OF.search(text, max(0, match.start() - 40), match.start()):
                continue  # "Department of Water and Sewer Utilities": a department's name, its government employs
            owner_at = next((i for i, word in enumerate(words) if re.search(r"['’]s$", word)), -1)
            owner = " ".join(words[:owner_at + 1])[:-2] if owner_at >= 2 else ""
            if pattern is EMPLOYER_OF and owner and re.search(r"\b%s\b(?!['’])" % re.escape(owner), text):
                # "the City of Brambury's Service Desk", where the page also says "City of Brambury": the name ends
                # at its possessive ("Town of Pell's Crossing", never written without it, keeps it)
                words = owner.split()
            name = " ".join(words)
            if all(word in _UNIT_WORDS or word.lower() in BODY_WORDS or word in {"and", "&"} for word in words) or (
                    words[0] in GOVERNMENT_KINDS and all(w in GOVERNMENT_KINDS or w.lower() in _KIND_OF_SCHOOL for w in words)):
                # "Planning Commission", "Metro Transit": a body's kind with no place's name, no employer; nor is a
                # kind of school a government runs ("the State University System", "a County College")
                continue
            if len(words) >= 2 and not DOCUMENT_KIND.search(name):
                found.append((name, match.start()))
    return found


_POSTING_WORDS = {"Job", "Jobs", "Class", "Classification", "Specification", "Specifications", "Announcement",
                  "Bulletin", "Posting", "Careers", "Career", "Employment", "Examination", "Recruitment", "Opportunity",
                  "Opportunities", "Vacancy",
                  # "Town of Wrenfield Benefits", "City of Wrenford Invites Applications": a heading's or a sentence's
                  # next word after the name
                  "Benefits", "Invites", "Invite", "Seeks", "Announces", "Is", "Salary", "Salaries", "Hiring",
                  # a stamp or a print-out's field beside the letterhead ("STATE OF RENNAFORD RECEIVED", "… RUN DATE")
                  "Received", "Revised", "Approved", "Run"}
_LEVEL_NUMERALS = frozenset(ROMAN[1:4])  # "II", "III", "IV" ("I" is a word, "V" an initial)
_UNIT_ENDS = {"Department", "Division", "Office", "Bureau", "Agency", "Section"}
_NAMING_BODY_WORDS = {"university", "health", "healthcare", "care", "sciences", "science", "medical", "system", "hospital",
                      "center"}
_KIND_OF_SCHOOL = {"university", "college", "system", "schools"}
_UNIT_WORDS = {"Finance", "Personnel", "Human", "Resources", "Public", "Works", "Police", "Fire", "Parks", "Recreation",
               "Utilities", "Water", "Health", "Planning", "Transportation", "Community", "Development", "Library",
               "Services", "Administrative", "Information", "Technology", "Sheriff's", "Budget", "Airport",
               # "General Services Agency", "Social Services Agency": a government's unit, named for its work, no place
               "General", "Social", "Environmental", "Family", "Child", "Support", "Safety", "Emergency", "Central",
               "Care", "Behavioral", "Welfare", "Aging", "Adult", "Probation", "Corrections"}
_PENSION_BODY = re.compile(r"\bRetirement (?:Association|System)$")
_IN_RUNNING_TEXT = re.compile(r"[a-z][,;:]?\s+(?:the\s+)?$")  # a lower-case word just before: within a sentence
_EEO_STATEMENT = r",? (?:is|are) an? (?:equal (?:employment )?opportunity|EEO|affirmative action)"
_ENDS_AS_EMPLOYER = re.compile(r"\b(?:Schools|District|University|College|Authority|Commission|Agency|Transit|"
                               r"Utilities|Library|System)$")
# (a list of places after the label: "Work Locations | Nyrebrook College, Carrow Flats College, District Office")
_PLACE_LABEL = re.compile(r"\b(?:locations?|work sites?|worksites?|duty stations?|located in)\b[\s:|*]*"
                          r"(?:[^|\n:]{0,80},\s*(?:and\s+)?)?$|"
                          # "… meetings are temporarily held in the Halsworthy Public Library Community Room": a venue
                          r"\b(?:held|housed|hosted|meets?|takes? place)\s+(?:in|at)\s+(?:the\s+)?$", re.I)
_CAPITALS_THEN_LABEL = re.compile(r"\b([A-Z][A-Z'.&-]+(?: [A-Z][A-Z'.&-]+)+) ((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+:)")
_CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z'.&-]+(?: [A-Z][A-Z'.&-]+)+\b")


_UNIT_OF = re.compile(r"\b(?:department|dept\.?|division|bureau|office)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_A_KIND_OF = re.compile(r"\b(?:an?)[ \t]+$", re.IGNORECASE)  # (not "… Attachment A" ending the line before)
PAGE_TITLE_CREDIT = 2  # the page's own title ("Parking Enforcement Officer - Careers at Wexmoor State University")


_KINDS_JOINED = re.compile(r"(?:%s)\s+(?:and|&)\s+(?:%s)" % (_GOVERNMENT_KINDS, _GOVERNMENT_KINDS), re.IGNORECASE)


def find_employer(text: str, page_title: str = "") -> str:
    """The organisation the document belongs to, or '' if none is named; a name in ``page_title`` (a web page's
    title) counts more than one in the text."""
    candidates: Counter[str] = Counter()
    first_seen: dict[str, int] = {}
    text = ocr_repaired(text + ("\n" + page_title if page_title else ""))  # a scan's OCR reads O as zero ("CITY 0F …")
    title_at = len(text) - len(page_title) if page_title else len(text) + 1
    # a name in capitals, then a field's label in mixed case ("STATE OF DRAVENMOOR Occupational Group: Regulatory
    # Services"): the label is no part of the name (a newline for the space keeps every offset)
    text = _CAPITALS_THEN_LABEL.sub("\\1\n\\2", text)
    normalized = "\n".join(smart_case(line) if len(line) < 120 else line for line in text.split("\n"))
    # a name in capitals inside a line of mixed case ("MOSSGROVE UNIFIED SCHOOL DISTRICT — Classified Job …")
    normalized = _CAPITALS_RUN.sub(lambda m: smart_case(m.group(0)), normalized)
    for name, offset in employer_phrases(normalized):
        line_start = normalized.rfind("\n", 0, offset) + 1
        if _PLACE_LABEL.search(normalized[line_start:offset]):
            continue  # "Work Location: | Tolland County": where the work is, not who employs
        if _KINDS_JOINED.fullmatch(name):
            continue  # "… enforcement of State and County sanitation laws": two kinds of government, no one's name
        if _A_KIND_OF.search(normalized, max(0, offset - 4), offset):  # ("Technician\n" ends in no article)
            continue  # "… is designated a Campus Security Authority (CSA)": a kind of thing, no organisation's name
        if _PENSION_BODY.search(name) and _IN_RUNNING_TEXT.search(normalized[line_start:offset]):
            continue  # "State health plans; the State Employees' Retirement System; 13 paid holidays": a benefit
        candidates[name] += 1 + (PAGE_TITLE_CREDIT if offset >= title_at else 0)
        first_seen.setdefault(name, offset)
    if not candidates:
        return ""
    # the name an equal-opportunity sentence gives ("The State of Merrivale is an equal opportunity employer") employs,
    # whatever places a posting's table of vacancies names more often
    for name in candidates:
        if re.search(re.escape(name) + _EEO_STATEMENT, normalized):
            candidates[name] += 3
    # a government's name read on into the page's next capitalised word ("City of Bellmora Adopting", "Town of
    # Brennock Falls Home"), seen less often than the name alone, is that name
    for name in sorted(candidates, key=len):
        shorter = [other for other in candidates if name.startswith(other + " ") and EMPLOYER_OF.fullmatch(other)]
        if shorter and not _ENDS_AS_EMPLOYER.search(name):
            other = max(shorter, key=lambda o: candidates[o])
            if candidates[other] > candidates[name]:
                candidates[other] += candidates.pop(name)
                first_seen.pop(name)
    # Prefer longer names that contain shorter ones ("Montgomery County Public Schools" over "Montgomery County").
    # (not a county's retirement association, whose name a county's page gives for its pension plan)
    for name in list(candidates):
        for other in list(candidates):
            if other != name and other in name and not _PENSION_BODY.search(name):
                candidates[name] += candidates[other]
    def score(name: str) -> tuple[float, int]:
        early = 3.0 if first_seen[name] < 600 else 0.0
        return (candidates[name] + early + len(name.split()) * 0.1, -first_seen[name])
    # a personnel commission, an accreditor or a union names who classifies or represents, not who employs
    employers = [name for name in candidates if not _NOT_THE_EMPLOYER.search(name)]
    if not employers:
        # "Mossgrave County Civil Service Commission", the only name: the commission classifies for the county it
        # names, which employs
        for name in list(candidates):
            place = _government_before_body(name)
            if place and place not in candidates:
                employers.append(place)
                candidates[place], first_seen[place] = candidates[name], first_seen[name]
    if not employers:
        return ""
    best = max(employers, key=score)
    return re.sub(r" USD$", " Unified School District", re.sub(r" ISD$", " Independent School District", best))


def _government_before_body(name: str) -> str:
    """The government a classifying or representing body is named after ("Mossgrave County" of "Mossgrave County
    Civil Service Commission", "State of Loughmoor" of "Loughmoor State Civil Service Commission", a college district
    of its "… Community College District Personnel Commission"); '' if none."""
    body = _NOT_THE_EMPLOYER.search(name)
    place = name[:body.start()].strip(" -,") if body is not None else ""
    kind_dropped = place.rsplit(" ", 1)[0]
    if place.split()[-1:] == ["State"] and EMPLOYER_OF.fullmatch(kind_dropped):
        place = kind_dropped  # "State of Hawkesmere State Personnel Board": the State's own board
    elif place.endswith(" State"):
        place = f"State of {place[:-len(' State')]}"
    return place if place and (place.split()[-1] in GOVERNMENT_KINDS or EMPLOYER_OF.fullmatch(place)
                               or _EMPLOYER_SUFFIX.fullmatch(place)) else ""


BODY_WORDS = {
    "regional", "water", "unified", "school", "schools", "district", "public", "municipal", "metropolitan",
    "transit", "transportation", "authority", "utility", "utilities", "community", "college", "colleges", "joint",
    "union", "sanitation", "department", "agency", "commission", "board", "area", "library", "fire", "protection",
    "housing", "parks", "recreation", "power", "irrigation", "flood", "control", "air", "quality", "management",
    "elementary", "high", "independent", "consolidated", "port", "harbor",
}


def employer_initials(employer: str) -> set[str]:
    """What the employer's initials may be written as: 'usd', 'svusd' for 'Sorrel Valley Unified School District'
    (the whole name's, or its last words' after the place: the kind of body)."""
    words = [w for w in raw_tokens(employer) if w not in {"of", "the", "and"}]
    body = _kind_words_start(words, BODY_WORDS)  # 'juhsd' for 'Wrexall Joint Union High School District'
    return {"".join(w[0] for w in words[i:]) for i in range(max(0, len(words) - 3), max(0, len(words) - 1))} | (
        {"".join(w[0] for w in words)} if len(words) >= 2 else set()) | (
        {"".join(w[0] for w in words[body:])} if len(words) - body >= 2 else set())


def _kind_words_start(words: list[str], kinds: set[str]) -> int:
    """Where the words saying what kind of body it is begin, after the place's name ("Ravenmoor | Regional Water
    District"); the first word always stays."""
    start = len(words)
    while start > 1 and words[start - 1].lower() in kinds:
        start -= 1
    return start


def employer_aliases(employer: str) -> list[str]:
    """Ways people name an employer: full name, name without 'City of', initials."""
    if not employer:
        return []
    aliases = {employer}
    core = re.sub(r"^(?:City and County|City|County|Town|Village|State|Borough|Township) of ", "", employer)
    aliases.add(core)
    generic_tail = re.compile(
        r" (?:County Public Schools|Public Schools|School District|Library District|District|City and County|County|Schools)$")
    stem = generic_tail.sub("", core)
    if stem and stem != core:
        aliases.add(stem)
    # "Ravenmoor Regional Water District" → "Ravenmoor": the name without the words that say what kind of body it is
    # ("Ormeley University Health Sciences Authority" → "Ormeley": a university's and a health body's words too)
    named = core.split()
    named = named[:_kind_words_start(named, BODY_WORDS | _NAMING_BODY_WORDS)]
    if named and len(" ".join(named)) >= 4 and named[-1].lower() not in BODY_WORDS:
        aliases.add(" ".join(named))
    # "Tullowgate County Health System", "Quintrell County College": a body the county runs goes by the county's name
    run_by = re.match(r"((?:[A-Z][\w'’-]+ ){1,2}(?:%s)) [A-Z]" % "|".join(GOVERNMENT_KINDS), core)
    if run_by and core.split()[0] not in GOVERNMENT_KINDS:
        aliases.add(run_by.group(1))  # (the county keeps its "County": "Los Angeles" alone is the city's)
    district = re.match(r"(.+) (Unified|Independent) School District$", core)
    if district:  # "Fernhollow Unified School District" → "Fernhollow USD", "Fernhollow Unified"
        aliases.update({f"{district.group(1)} {district.group(2)[0]}SD", f"{district.group(1)} {district.group(2)}"})
    words = [w for w in employer.split() if w[0].isupper()]
    if len(words) >= 3 and not is_abbreviation("".join(w[0] for w in words)):
        aliases.add("".join(w[0] for w in words))  # (not "CPR" for the City of Pellston Ridge: CPR is a certificate)
    core_words = core.split()
    if core != employer and len(core_words) >= 2 and all(w[0].isupper() for w in core_words):
        initials = "".join(w[0] for w in core_words)
        aliases.add(initials)  # "City of Los Angeles" → "LA"
        kind = employer[: -len(core)].split()[0].lower()
        aliases.add(f"{initials} {kind}")  # "LA City", as people type it: "la city carpenter"
    if employer.startswith("State of "):
        aliases.update({"the state", "state's"})
        if postal_code(core):
            aliases.add("state of " + postal_code(core).lower())  # as people type it: 'state of ca'
    return sorted(aliases, key=len, reverse=True)


_NAMED_DEPARTMENT = re.compile(r"^(?:[^\n]*?[|\-–] )?((?:[A-Z][A-Za-z'’-]+ ){1,3})Department of [A-Z]", re.MULTILINE)


def employer_of_department(text: str) -> str:
    """The place a department is named after ("Norhaven Department of Human Resources" → "Norhaven"), when
    nothing else names the employer: its government, whatever its kind."""
    for match in _NAMED_DEPARTMENT.finditer(text[:2000]):
        name = smart_case(match.group(1).strip())
        if name.split()[0] not in _NOT_EMPLOYER_START and not DOCUMENT_KIND.search(name):
            return name
    return ""


def employer_in_context(context: str) -> str:
    """The employer a page's header, navigation or footer names most often ("State of California"); a weaker
    signal than the document's own text, so only "X of Y" names count, in their shortest frequent form."""
    counts: Counter[str] = Counter()
    context = uninverted(context)
    for match in re.finditer(rf"\b({_GOVERNMENT_KINDS}) of ((?:[A-Z][A-Za-z'.]+)(?: [A-Z][A-Za-z'.]+)?)", context):
        words = [word.rstrip(".") for word in match.group(2).split()]  # "© 2025 State of Westmarch. All rights"
        if len(words) > 1 and "." in match.group(2).split()[0]:
            words = words[:1]  # a sentence ended after the name
        counts[f"{match.group(1)} of {words[0]}"] += 1
        if len(words) > 1:
            counts[f"{match.group(1)} of {' '.join(words)}"] += 1
    if not counts:
        return ""
    best = max(counts.values())
    return min((name for name, n in counts.items() if n == best), key=len) if best >= 2 else ""


def letterhead_name(context: str) -> str:
    """The first line of a document's furniture (a Word file's page header) that is an organisation's name and
    nothing else ("WYNDCLIFF PORT AUTHORITY"): a letterhead names who publishes the document. '' if none."""
    for line in context.split("\n")[:6]:
        line = line.strip(" -|*#")
        if not line or len(line) > 80:
            continue
        named = employer_phrases(smart_case(line) if line.isupper() else line)
        if named and named[0][0].lower() == line.lower():
            return line
    return ""
