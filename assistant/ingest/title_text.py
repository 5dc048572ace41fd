"""How class titles are written: casing, stray punctuation, initials, and the phrases that name a kind of
document rather than a class ("Class Specification").

Why a module of its own: the title reader, the employer reader and the answer's headings all case and clean
titles the same way.

Example:
    >>> smart_case("EQUIPMENT MECHANIC"), clean_title("— Clerk I/ii"), title_abbreviation("IT Systems Specialist")
    ('Equipment Mechanic', 'Clerk I/II', 'ITSS')
"""

from __future__ import annotations

import re

from assistant.domain.job_nouns import ends_with_job_noun

__all__ = ["DOCUMENT_KIND", "clean_title", "smart_case", "title_abbreviation", "with_acronyms"]

DOCUMENT_KIND = re.compile(
    r"(?:class|classification|job|position) (?:series )?specifications?|class specs?\b|job descriptions?|"
    r"class(?:ification)? descriptions?|human resources|office of|"
    r"classification standards?|"
    # an examination's banner ("ANNOUNCEMENT OF OPEN AND PROMOTIONAL EXAMINATION"), not the class examined
    r"(?:(?:announcement|notice) of (?:an? )?)?(?:open|promotional|continuous)(?: (?:and|&) promotional)? exam(?:ination)?s?\b|"
    r"exam(?:ination)? (?:announcement|bulletin)",
    re.IGNORECASE,
)

def smart_case(text: str) -> str:
    """ALL CAPS → Title Case (keeping 'of', 'and' lower); anything else untouched.
    A parenthesised aside does not count ("EQUIPMENT MECHANIC (Automotive Mechanic)" is all caps)."""
    letters = [c for c in re.sub(r"\([^)]*\)", "", text) if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) / len(letters) > 0.9:
        small = {"of", "and", "the", "for", "in", "to", "a"}
        words = []
        for i, word in enumerate(text.lower().split()):
            words.append(word if (i and word in small) else "-".join(  # "TRI-VALLEY" → "Tri-Valley"
                re.sub(r"[a-z]", lambda m: m.group(0).upper(), part, count=1) for part in word.split("-")))
        words = ["/".join(part.upper() if re.fullmatch(r"[ivx]+", part.lower()) else part[:1].upper() + part[1:]
                          for part in w.split("/")) if "/" in w else w
                 for w in words]  # "FIREFIGHTER/PARAMEDIC" → "Firefighter/Paramedic", "CLERK I/II" → "Clerk I/II"
        # a level numeral inside the text ("PLANNER II / SENIOR PLANNER"), not only at its end, stays a numeral
        words = [w.upper() if i and re.fullmatch(r"(?:i{1,3}|iv|v|vi{1,3}|ix|x)[,;]?", w, re.I) else w
                 for i, w in enumerate(words)]
        return " ".join(words)
    return text


# "Fire Engineer Promotional Exam": the kind of announcement after the class's name
_ANNOUNCEMENT_SUFFIX = re.compile(
    r"\s+(?:promotional|open(?:[- ]competitive)?|continuous|internal)?\s*(?:exam(?:ination)?|recruitment|"
    r"announcement|job posting|vacancy)(?:\s+announcement)?$", re.IGNORECASE)
# "(Part-Time, 3.5 hrs/day)": the terms of one opening, not the class
_TERMS_ASIDE = re.compile(
    r"\s*\([^()]*\b(?:part[- ]time|full[- ]time|hrs?|hours|temporary|seasonal|limited[- ]term)\b[^()]*\)", re.IGNORECASE)
# "Assistant Principal - High School (Cedar Bluff High School)": the opening's site in brackets after the name
_SITE_ASIDE = re.compile(r"\s*\([^()]*\b(?:elementary|middle school|high school|campus|branch)\)$", re.IGNORECASE)
# "… – Juniper Hollow Elementary": the site of one opening after the class's name
_SITE_SUFFIX = re.compile(
    r"\s+[-–—|]\s+[^-–—|]*\b(?:elementary|middle|high school|school|campus|center|branch|station|yard|plant|"
    r"facility|location|site)$", re.IGNORECASE)


def clean_title(title: str) -> str:
    """Strip stray punctuation and normalise level numerals ('— Clerk I/ii' -> 'Clerk I/II'); what names one
    opening rather than the class goes: its terms, its site, the kind of announcement
    ('Food Service Worker I (Part-Time, 3.5 hrs/day) – Juniper Hollow Elementary' -> 'Food Service Worker I')."""
    title = title.strip(" \t*_#|:;,-–—·•=")
    title = re.sub(r"\s+", " ", title)
    # "Sec. 2-114. - Code Enforcement Officer.": a code of ordinances' section number and its closing period
    coded = re.sub(r"^(?:sec(?:tion)?\.?|§+)\s*[\d.-]+[a-z]?\.?\s*[-–—:]?\s*", "", title, flags=re.I)
    if coded != title:
        title = coded.rstrip(".").strip()
    title = _SITE_ASIDE.sub("", title) or title
    shorter = title
    for pattern in (_SITE_SUFFIX, _TERMS_ASIDE, _ANNOUNCEMENT_SUFFIX):
        shorter = pattern.sub("", shorter).strip()
    if shorter != title and ends_with_job_noun(shorter):
        title = shorter
    # "Risk Management Analyst (continued)": a later page's running header, the class's name all the same
    title = re.sub(r"\s*[(\[]\s*(?:continued|cont(?:'d|inued)?\.?)\s*[)\]]$", "", title, flags=re.I) or title
    title = re.sub(r"\s*\((?:class(?: code)?\s*:?\s*)?[A-Z]{0,3}\d{3,6}\)$", "", title, flags=re.I)  # "Auditor I (4175)"
    # "Custodian (Job Code 7720, Grade CS04)": the class's code and grade in brackets after its name
    title = re.sub(r"\s*\((?:class|job|position)\s+(?:code|number|no\.?)\b[^()]*\)$", "", title, flags=re.I)
    title = re.sub(r"\s+[-–—]\s*(?:class code\s*:?\s*)?[A-Z]{0,3}\d{3,6}$", "", title, flags=re.I)  # "… Scientist – 7412"
    return re.sub(r"\b([IVXivx]{1,4})((?:/[IVXivx]{1,4})*)$", lambda m: m.group(0).upper(), title)


def with_acronyms(title: str, text: str) -> str:
    """``title`` with each word the text writes only in capitals restored ("GIS TECHNICIAN" title-cased to "Gis
    Technician" by :func:`smart_case`, where the text's own sentences say "GIS"): a word is an acronym when its capitals
    stand in a line mostly in lower case and the text never writes it in lower or title case."""
    def restored(match: re.Match[str]) -> str:
        word = match.group(0)
        if not (2 <= len(word) <= 5 and word[0].isupper() and word[1:].islower()):
            return word
        if re.search(r"\b(?:%s|%s)\b" % (word, word.lower()), text):
            return word
        upper = word.upper()
        for line in text.split("\n"):
            letters = [c for c in line if c.isalpha()]
            if re.search(r"\b%s\b" % upper, line) and sum(c.islower() for c in letters) > len(letters) / 2:
                return upper  # "Maintains the County's GIS layers."
        return word
    return re.sub(r"[A-Za-z]+", restored, title)


def title_abbreviation(title: str) -> str:
    """'IT Systems Specialist' -> 'ITSS', 'Office Assistant' -> 'OA' (acronyms kept whole)."""
    parts = []
    for word in re.findall(r"[A-Za-z][A-Za-z'&]*", title):
        if word.lower() in {"of", "and", "the", "for", "in", "to", "a", "&"}:
            continue
        parts.append(word if word.isupper() and len(word) <= 4 else word[0].upper())
    return "".join(parts)


# a form's row of box labels, a title's first, and the row of their values under it ("Position Title Position
# Number Job Code" / "IT Support Specialist II 00318742 ITS212"; "Classification Title Working Title" /
# "Clinical Social Worker Behavioral Health Case Manager")
RULE_LINE = re.compile(r"[ \t]*[-=_][-=_ \t]{2,}")  # a fixed-width table's rule under its header row
_TITLE_LABEL_ROW = re.compile(
    # ("CLASS   CODE   SALARY RANGE": a fixed-width header's bare "Class" column, its next label after a gap)
    r"^[ \t]*((?:(?i:class|job|position|classification|working)\s+(?i:title)|(?i:class)(?=[ \t]{3,}(?i:code|no\b)))"
    r":?(?:[ \t]+\(?[A-Z][\w/.()#-]*:?){1,8})[ \t]*\n"
    r"(?:%s\n)?" % RULE_LINE.pattern +
    r"[ \t]*([^\n:|]{3,140})$",
    re.MULTILINE,
)
_CODE_WORD = re.compile(r"^(?:[IVX]{1,4}|\d|[A-Z]\d?)$")  # a level numeral ("II", "2") is a title's word; "ITS212" is not


# a row of box labels naming the classification among codes ("POSITION NUMBER CLASSIFICATION CLASS CODE") over its
# values ("MUS-0217 Museum Collections Technician 6604"): the title is the values between the codes
_BOX_LABELS = ("position", "number", "no", "no.", "classification", "class", "code", "job", "title", "pay", "grade",
               "range", "step", "fte", "department", "division", "/", "#")
_CLASSIFICATION_BOX_ROW = re.compile(
    r"^[ \t]*((?:(?:%s)[ \t]+)*classification(?:[ \t]+(?:%s))+)[ \t]*\n[ \t]*([^\n:|]{3,140})$"
    % ("|".join(re.escape(w) for w in _BOX_LABELS), "|".join(re.escape(w) for w in _BOX_LABELS)),
    re.MULTILINE | re.IGNORECASE,
)


def _between_codes(values: list[str]) -> str:
    """The words of a value row between its leading and trailing codes ("MUS-0217 … 6604")."""
    start, end = 0, len(values)
    while start < end and any(ch.isdigit() for ch in values[start]):
        start += 1
    while end > start and any(ch.isdigit() for ch in values[end - 1]) and not _CODE_WORD.match(values[end - 1]):
        end -= 1
    return " ".join(values[start:end]).strip(" -–,") if (start, end) != (0, len(values)) else ""


def label_row_titles(text: str) -> list[str]:
    """The titles a form's label row and value row give, the class title first (see :data:`_TITLE_LABEL_ROW`):
    the values' words before a code, or, under two title labels, the value row cut where both parts end on a job
    noun, or the values between the codes under a "Classification" box; [] when the rows give none."""
    match = _TITLE_LABEL_ROW.search(text)
    if not match:
        boxes = _CLASSIFICATION_BOX_ROW.search(text)
        value = _between_codes(boxes.group(2).split()) if boxes else ""
        return [value] if 2 < len(value) < 80 and len(value.split()) >= 2 and ends_with_job_noun(value) else []
    next_line = text[match.end(2) + 1:].split("\n", 1)[0]
    if re.match(r"[ \t]*[A-Z][^\n:|]*?[ \t](?=[A-Za-z]*\d)[A-Za-z0-9-]{3,8}[ \t]", next_line):
        return []  # a table of several classes, each row with its code: the bulletin's, not one class's title
    labels, values = match.group(1), match.group(2).split()
    if ends_with_job_noun(labels.rstrip(" .;,")):
        # "Working Title General Ledger Accountant", "… working title: Help Desk Technician.": a label and its value
        # on one line, no label row
        return []
    if len(re.findall(r"(?i)\btitle\b", labels)) >= 2:
        for cut in range(1, len(values)):
            first, second = " ".join(values[:cut]), " ".join(values[cut:])
            if ends_with_job_noun(first) and ends_with_job_noun(second):
                working_first = re.match(r"(?i)\s*working\s+title", labels) is not None
                return [second, first] if working_first else [first, second]
        return []
    words: list[str] = []
    for word in values:
        if any(ch.isdigit() for ch in word) and not _CODE_WORD.match(word):
            break
        words.append(word)
    if len(words) == len(values):
        return []  # no code after it: the row is no value row of boxes
    value = " ".join(words).strip(" -–,")
    return [value] if 2 < len(value) < 80 else []
