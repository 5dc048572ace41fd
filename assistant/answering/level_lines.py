"""The level a passage is written under when a plain line, not a heading, names it.

Why: a PDF or plain-text series specification often gives each level its own block under a line that is only
the level's name ("Deputy Probation Officer II", then "Education: …", "Experience: …"). Those lines are no
Markdown headings, so the chunk carries no level, and a sentence such as "One year of experience equivalent
to a Deputy Probation Officer I" names the *other* level. The line above it says whose requirement it is.

Example:
    >>> text = "Deputy Probation Officer I\\nExperience: None required.\\nDeputy Probation Officer II\\nExperience: One year."
    >>> level_line_before(text, text.index("Experience: One"), "Deputy Probation Officer", ["I", "II"])
    'II'
"""

from __future__ import annotations

import re

from assistant.domain.levels import TITLE_LEVEL_PATTERN, level_name, without_level, without_series
from assistant.text import tokens

__all__ = ["CLASS_NUMBER", "HEADING_LINE", "class_heading_before", "level_line_before", "is_level_name_line", "named_titles",
           "series_class_credit"]

LOOK_BACK_LINES = 12  # a level's block is short: its own line is among the few above
HEADING_LINE = re.compile(r"^\s*(?:#|[A-Z][A-Z &/,()-]{5,}$)")  # a section heading ends a level's block, a paragraph


# a level's block opening with its code and grade ("c. Fleet Mechanic III   Class Code 6613   Pay Grade 18")
_LEVEL_FIELDS = r"(?:\s+(?:class\s+code|job\s+code|code|(?:pay\s+|salary\s+)?grade|range)\s*:?\s*[\w-]{1,8})+"


def _level_of_line(line: str, title: str, levels: list[str], fields: bool = False) -> str:
    """The level a line names and only names; with ``fields``, also a line adding the level's code and grade."""
    base = without_series(without_level(title)).strip()  # "Program Analyst Series" names its levels by "Program Analyst"
    if not base or not levels:
        return ""
    # "Program Analyst II", "PROGRAM ANALYST II (44712)", "Program Analyst II – 44712"
    match = re.fullmatch(r"\s*%s%s\s+(%s|Intern|Trainee)\s*(?:\(\s*[\w-]{2,12}\s*\)|[-–—]\s*[\w-]{2,12})?%s\s*:?\s*"
                         % (r"(?:[a-z0-9][.)]\s+)?" if fields else "", re.escape(base), TITLE_LEVEL_PATTERN,
                            f"(?:{_LEVEL_FIELDS})?" if fields else ""), line, re.IGNORECASE)
    if not match:
        return ""
    level = level_name(match.group(1))
    return level if level in levels else ""


def is_level_name_line(sentence: str, title: str, levels: list[str]) -> bool:
    """Whether ``sentence`` is only a level's name ("Deputy Probation Officer II"): it states nothing."""
    return bool(_level_of_line(sentence, title, levels))


def level_line_before(text: str, start: int, title: str, levels: list[str]) -> str:
    """The level named by a plain line a few lines above ``start`` in the same block, or ''."""
    # the LOOK_BACK_LINES lines before the one ``start`` is on, read from a window ending there (not the whole
    # text before it: this runs for every candidate passage of a question)
    window_start = text.rfind("\n", 0, start)
    for _ in range(LOOK_BACK_LINES):
        if window_start <= 0:
            window_start = 0
            break
        window_start = text.rfind("\n", 0, window_start)
    lines = text[max(window_start, 0):start].split("\n")[:-1]
    if window_start > 0:
        lines = lines[1:]  # the window opens on the newline before the first line wanted
    for line in reversed(lines[-LOOK_BACK_LINES:]):
        level = _level_of_line(line, title, levels, fields=True)
        if level:
            return level
        if HEADING_LINE.match(line):
            return ""
    return ""


# "Senior Librarian: A master's degree …", "Office Assistant II: $19.75 …": the class or level a line is labelled with
SUBJECT_LABEL = re.compile(r"^\W*([A-Z][^:\n]{2,60}):\s*")
SERIES_CLASS_CREDIT = 0.6


# a Markdown heading, or a line in capitals that a page's bold heading became ("PROGRAM ANALYST II (44712)")
# a Markdown heading, or a line in capitals ("BUILDING INSPECTOR II (Class Code 4412)": its bracketed code aside)
# (a bulletin heads each class's part with its exam or class number: "  26-119  SENIOR SCHOOL GROUNDS WORKER")
CLASS_NUMBER = r"\d{2,4}-\d{2,5}|[A-Z]{0,4}\d{3,6}"
_MARKDOWN_HEADING = re.compile(r"^(?:(#{1,6})[ \t]+(.+?)[ \t#]*|[ \t]*(?:(?:%s)[ \t]+)?(?P<caps>[A-Z][A-Z0-9 &/,.()'’-]{5,80}(?:[ \t]*\([^()\n]{1,40}\))?))$" % CLASS_NUMBER,
                               re.MULTILINE)
HEADING_LOOK_BACK_CHARS = 6000


def class_heading_before(text: str, start: int, titles: list[str]) -> str:
    """The class (one of ``titles``) whose heading a passage at ``start`` is written under ("### Principal
    Environmental Scientist – 7413" above "#### Minimum Qualifications"), or '' when a top heading naming no class
    ("## Knowledge and Abilities (All Levels)") comes first."""
    window = text[max(0, start - HEADING_LOOK_BACK_CHARS):start]
    longest_first = sorted((t for t in titles if t), key=len, reverse=True)  # "… Technician III" before "… Technician I"
    limit = 7  # a heading above the passage holds it only when it is higher than every heading passed on the way
    for match in reversed(list(_MARKDOWN_HEADING.finditer(window))):
        depth = len(match.group(1)) if match.group(1) else 2  # a line in capitals stands for a section heading
        if depth >= limit:
            continue  # a sibling's heading ("### Maintenance Worker III" above "### … Pay Ranges"): not a parent
        heading = (match.group(2) or match.group("caps")).strip().lower()
        named = next((t for t in longest_first if re.match(r"%s(?![\w'/]|\s+/)" % re.escape(t.lower()), heading)),
                     "")  # not "… I/II/III" nor "… I / II / III"
        if named:
            return named
        if depth <= 2:
            return ""
        limit = depth
    return ""


def named_titles(question: str, titles: list[str]) -> set[str]:
    """The ``titles`` (lower case) a question writes out, each apart from the longer titles holding it ("Word
    Processing Technician" is named in "… differ from a Word Processing Technician", not in "a Senior Word
    Processing Technician" alone)."""
    rest = " ".join(re.findall(r"[a-z0-9]+", question.lower()))
    named: set[str] = set()
    for title in sorted(titles, key=len, reverse=True):
        key = " ".join(re.findall(r"[a-z0-9]+", title))
        if key and re.search(r"\b%s\b" % re.escape(key), rest):
            named.add(title)
            rest = re.sub(r"\b%s\b" % re.escape(key), " ", rest)
    return named


_SUBJECT_END = re.compile(r"\b(?:work|works|are|is|must|will|may|shall|perform\w*|receive\w*|report\w*|serve\w*|"
                          r"have|has|need|needs|require\w*)\b")


def _subject_words(sentence: str) -> str:
    """The words before a sentence's verb, where several classes may be named as its subject together."""
    end = _SUBJECT_END.search(sentence, 0, 160)
    return sentence[:end.start()] if end else ""


def series_class_credit(sentence: str, classes: list[dict], asked: set[str], relevant: bool, under: str = "",
                        question: str = "") -> float:
    """For a series document whose classes have no level numerals ("Librarian I", "Senior Librarian"): credit for a
    ``relevant`` passage about the class the question names ("Senior Librarian: A master's degree …", "Senior
    Librarian is assigned to Unit 8"), a debit for one about another of its classes ("Librarian I and Librarian
    II are represented by …"), nothing for the rest."""
    titles = sorted({str(info.get("title", "")).lower() for info in classes if info.get("title")}, key=len, reverse=True)
    words = {t: set(tokens(t)) for t in titles}
    shared = set.intersection(*words.values()) if words else set()
    # the question names a class by a word that sets it apart ("senior"), not only the series' own word
    wanted = [t for t in titles if words[t] and words[t] <= asked and words[t] - shared]
    if not wanted and len(titles) >= 2:
        # the plain class of the page asked ("Medicolegal Death Investigator" beside its "Senior …"), no word that
        # sets another apart: its passages are the ones wanted
        # (named in short too: "laundry worker" for the "Laundry and Linen Worker" beside its "Senior …")
        plain = [t for t in titles if words[t] and words[t] == shared and len(words[t] & asked) >= min(2, len(words[t]))
                 and not any((words[o] - shared) & asked for o in titles)]
        # (one such class, with no level numeral: "Carpenter I" and "Carpenter II" are both the series' word alone)
        wanted = plain if len(plain) == 1 and not re.search(r"\b(?:i{1,3}|iv|v|vi|[1-6])$", plain[0]) else []
    if not wanted:
        return 0.0
    if "|" in sentence:
        return 0.0  # a table row naming a class (its code, its history) states nothing about it
    label = SUBJECT_LABEL.match(sentence)
    subject = sentence.lower()
    if label is not None:
        named = label.group(1).strip().lower()
        subject = named if named in words else sentence[label.end():].lower()
    # the class the passage opens on, else the class heading it is written under (``under``), unless the question
    # names two of the classes ("how does a Senior … differ from a …"): then each heading's passages are wanted
    named = named_titles(question, titles) if question else set()
    about = next((t for t in titles if subject.startswith(t)), "")
    if not about and under.lower() in titles and len(named) < 2:
        about = under.lower()
    if not about:
        return 0.0
    # "EMS Paramedics and EMS Field Supervisors work 24-hour shifts": each class of the opening is its subject
    about_all = {about, *(t for t in titles if t in _subject_words(subject))} if subject.startswith(about) else {about}
    if about_all & set(wanted):
        return SERIES_CLASS_CREDIT if relevant else 0.0
    if about in named:
        return 0.0  # a class the question names too ("… differ from a Word Processing Technician"): no other class
    return -SERIES_CLASS_CREDIT
