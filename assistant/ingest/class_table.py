"""The classes a series document describes, each with its own class code.

A series page ("Carpenter Series") describes several classes: it lists them in a code
table ("Schem Code | Class Code | Class" rows such as "PN10 | 6470 | Carpenter Supervisor")
and describes each under its own heading ("## Carpenter Supervisor"). Both signals are
read here, never a publisher's layout by name:

- a table row with a code cell (3-6 letters and digits, at least one digit) and a
  title-like cell; the column headed "class code" wins over other code columns, a purely
  numeric code over a mixed one;
- a heading that extends the series' base title ("Carpenter" -> "Carpenter Supervisor").

A document that names fewer than two classes describes only itself: nothing is returned.

Example:
    >>> text = "# Carpenter Series\\nSchem Code | Class Code | Class\\nPN40 | 6476 | Carpenter I\\n" \\
    ...        "PN10 | 6470 | Carpenter Supervisor\\n## Carpenter Supervisor\\nSupervises.\\n"
    >>> [(c.title, c.code) for c in find_classes(text, "Carpenter Series")]
    [('Carpenter I', '6476'), ('Carpenter Supervisor', '6470')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable

from assistant.domain.job_nouns import ends_with_job_noun
from assistant.domain.levels import without_level, without_series
from assistant.ingest.title_text import RULE_LINE, label_row_titles, smart_case

_CODE_CELL = re.compile(r"^(?=[A-Za-z]*\d)[A-Za-z0-9]{3,6}$")
_TITLE_CELL = re.compile(r"^[A-Z][A-Za-z'’&.,/()\- ]*[A-Za-z)]$")
_ASIDE_WITH_FIGURES = re.compile(r"\s*\([^)]*\d[^)]*\)")  # "(Abolished 01/07/2016 per Pay Letter 16-05)"
_CLASS_CODE_HEADER = re.compile(r"\bclass\s*(?:code|no\.?|number|#)", re.I)
_TITLE_HEADER = re.compile(r"\b(?:title|class(?:ification)?|position)\b(?!\s*(?:code|no\b|number|#))", re.I)
# Values of status columns, never a class title ("Non-Exempt", "Full-Time")
_STATUS_VALUE = re.compile(r"^(?:non-?\s?exempt|exempt|full-?\s?time|part-?\s?time|yes|no|n/?a|none|active|abolished)$", re.I)
_CODE_HEADER = re.compile(r"\b(?:code|no\.?|number|#|id)(?:\W|$)", re.I)
# Words that make a heading a section about a class rather than a class ("Carpenter Duties")
_SECTION_WORDS = {
    "duties", "qualifications", "requirements", "knowledge", "abilities", "skills", "examples", "salary", "definition",
    "description", "distinguishing", "characteristics", "responsibilities", "experience", "education", "conditions",
    "environment", "history", "scope", "level", "levels", "series", "license", "licenses", "certificates", "minimum",
    "typical", "essential", "special", "additional", "physical", "working", "pay", "benefits", "notes", "class",
    "classes", "factors", "allocation", "entry", "concept", "specification", "summary", "overview", "purpose",
}
_HEADING = re.compile(r"^#{1,4}\s+(.+?)\s*#*\s*$", re.M)
_SMALL = {"of", "and", "the", "for", "in", "to", "a", "&"}
MAX_TITLE_WORDS = 10
MAX_CLASSES = 40


@dataclass(frozen=True)
class ClassInfo:
    """One class a document describes: its title, its code ('' when none is printed) and where the text names it."""

    title: str
    code: str = ""
    start: int = -1  # offset of its code-table row, else of its first heading
    end: int = -1

    def to_dict(self) -> dict[str, Any]:
        return {"title": self.title, "code": self.code, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "ClassInfo":
        return cls(str(data.get("title", "")), str(data.get("code", "") or ""), int(data.get("start", -1)),
                   int(data.get("end", -1)))


def _words(text: str) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z][A-Za-z'’]*", text) if w.lower() not in _SMALL]


def series_base(title: str) -> str:
    """'Carpenter Series' -> 'Carpenter'; 'Technician II' -> 'Technician'."""
    return without_series(without_level(title).strip()).strip()


_ATTRIBUTE_LIST = re.compile(r"\s*\{[:#.][^{}]*\}\s*$")  # a Markdown heading's "{#anchor}" or "{: .class}"


_DASHED_CODE = re.compile(r"\s+[-–—]\s*(?=[A-Za-z]*\d)[A-Za-z0-9-]{3,8}$")  # "Senior Environmental Scientist – 7412"


def _clean_title(cell: str) -> str:
    title = _DASHED_CODE.sub("", _ASIDE_WITH_FIGURES.sub("", _ATTRIBUTE_LIST.sub("", cell)).strip(" *_`"))
    return re.sub(r"\s+", " ", title)


def _title_like(cell: str) -> bool:
    words = cell.split()
    return bool(cell) and 1 <= len(words) <= MAX_TITLE_WORDS and bool(_TITLE_CELL.match(cell)) and len(_words(cell)) >= 1


def _table_groups(text: str) -> list[list[tuple[int, int, list[str]]]]:
    """Runs of consecutive table lines: (start, end, cells) each."""
    groups: list[list[tuple[int, int, list[str]]]] = []
    current: list[tuple[int, int, list[str]]] = []
    offset = 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if line.count("|") >= 1 and not re.fullmatch(r"[\s|:\-]+", line):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            current.append((start, end, cells))
        elif re.fullmatch(r"[\s|:\-]+", line) and current:
            continue  # a Markdown separator row
        else:
            if current:
                groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups


def _table_classes(text: str, base_words: set[str]) -> list[ClassInfo]:
    found: list[ClassInfo] = []
    for group in _table_groups(text):
        header: list[str] = []
        rows: list[ClassInfo] = []
        for start, end, cells in group:
            codes = [i for i, c in enumerate(cells) if _CODE_CELL.match(c)]
            titles = [i for i, c in enumerate(cells)
                      if i not in codes and _title_like(_clean_title(c)) and not _STATUS_VALUE.match(c.strip())]
            if not codes or not titles:
                if not rows and not codes:
                    header = cells
                continue
            if header:  # a headed table: the code must sit in a column headed as a code, not "Date Established"
                codes = [i for i in codes if i < len(header) and _CODE_HEADER.search(header[i])]
                if not codes:
                    continue
            chosen = [i for i in codes if i < len(header) and _CLASS_CODE_HEADER.search(header[i])]
            numeric = [i for i in codes if cells[i].isdigit()]
            code_at = (chosen or numeric or codes)[0]
            headed_title = [i for i in titles if i < len(header) and _TITLE_HEADER.search(header[i])]
            # the column headed as the title, else the last one naming a job ("Water Treatment Plant Operator II",
            # not its certificate "Grade T3" or "At appointment"), else the last title-like one (after the codes)
            named_job = [i for i in titles if ends_with_job_noun(_clean_title(cells[i]))]
            title = _clean_title(cells[(headed_title or named_job or titles)[-1]])
            rows.append(ClassInfo(title, cells[code_at], start, end))
        if not rows or _lists_other_classes(text, group[0][0], header):
            continue  # "Which classes are related?" over "Senior Permit Center Technician | 2320 | Lead level"
        headed = any(re.search(r"\bcode\b", h, re.I) for h in header) and any(
            re.search(r"\b(?:class|title|classification)\b", h, re.I) for h in header)
        related = sum(1 for r in rows if base_words & set(_words(r.title)))
        if headed or (len(rows) >= 2 and related >= 2):
            found.extend(rows)
    return found


# a lead-in or a column saying a table's rows are other classes ("Related classes", "Class | Code | Relationship")
_OTHER_CLASSES = re.compile(r"\b(?:related|similar)\b[^\n]{0,40}\b(?:class(?:es|ifications?)?|jobs?|positions?|titles?)\b|"
                            r"\b(?:class(?:es|ifications?)?|jobs?|positions?)\b[^\n]{0,30}\brelated\b|\bsee also\b",
                            re.IGNORECASE)
LEAD_IN_CHARS = 200


def _lists_other_classes(text: str, start: int, header: list[str]) -> bool:
    if any(re.fullmatch(r"relationship|relation(?: to (?:this|the) class)?", h.strip(), re.I) for h in header):
        return True
    lead_in = [line for line in text[max(0, start - LEAD_IN_CHARS):start].split("\n") if line.strip()]
    return bool(lead_in) and bool(_OTHER_CLASSES.search(lead_in[-1]))


MATRIX_TOP_ROWS = 3  # a job-family matrix names its classes in one of its first rows


def _matrix_classes(text: str) -> list[ClassInfo]:
    """The classes a job-family matrix names as its columns ("Factor | Social Worker I | Social Worker II | Social
    Work Supervisor"), each with its code from a "Job Code" row under the same column when there is one."""
    found: list[ClassInfo] = []
    for group in _table_groups(text):
        for row_at, (start, end, cells) in enumerate(group[:MATRIX_TOP_ROWS]):
            names = [_clean_title(c) for c in cells[1:]]
            if len(names) < 2 or not all(n and _title_like(n) for n in names):
                continue
            # each a job's name, or the levels of one series ("Caseworker I | Caseworker II")
            series = {without_level(n) for n in names if without_level(n) != n}
            leveled = sum(1 for n in names if without_level(n) != n)
            if not all(ends_with_job_noun(n) or (len(series) == 1 and leveled >= 2 and without_level(n) in series)
                       for n in names):
                continue
            code_row = next((c for _, _, c in group[row_at + 1:] if c and _CODE_HEADER.search(c[0])), [])
            for column, name in enumerate(names, start=1):
                code = code_row[column] if column < len(code_row) and _CODE_CELL.match(code_row[column]) else ""
                found.append(ClassInfo(smart_case(name), code, start, end))
            break
    return found


# A code table printed without cell separators (a PDF's text): "3311 Librarian II 53 Non-Exempt"
_CODE_LED_LINE = re.compile(  # (an exam bulletin's number: "26-118 School Grounds Worker $19.75 - $24.60 …")
    r"^[ \t]*((?=[A-Za-z]*\d)[A-Za-z0-9]{3,6}|\d{2,4}-\d{2,5})[ \t]+([A-Z][A-Za-z'’&.,/()\- ]*?[A-Za-z)])"
    r"(?:[ \t]+(?:\$?\d[\w.,$%/-]*|(?:Non-?\s?)?Exempt|N/?A)\b.*)?[ \t]*$"
)
# ... or led by the title, its code and figures after it: "Park Ranger 3 7423 46 $4,766 $6,389 Non-exempt"
_TITLE_LED_LINE = re.compile(
    r"^[ \t]*(?P<title>[A-Z][A-Za-z'’&.,/()\- ]*?[A-Za-z)](?:[ \t][1-5])?)[ \t]+"
    r"(?P<code>(?=[A-Za-z]*\d)[A-Za-z0-9]{3,6}|[A-Z]{1,4}-\d{2,6})"  # ("Registered Court Interpreter  JC-4410  $5,874")
    r"[ \t]+(?:\$?\d[\w.,$%/-]*|(?:Non-?\s?)?Exempt|N/?A)\b.*$"
)
_CODE_TITLE_HEADER = re.compile(r"\bcode\b.*\b(?:title|class(?:ification)?)\b|\b(?:title|class(?:ification)?)\b.*\bcode\b|"
                                r"\btitle\b.*\bclass\s*(?:no\b|number|#)", re.I)  # "CLASS TITLE   CLASS NO.   SALARY"


def _line_classes(text: str, base_words: set[str]) -> list[ClassInfo]:
    """Runs of two or more code-led (or title-led) lines, under a header naming a code and a title or sharing the
    series' words."""
    found: list[ClassInfo] = []
    run: list[ClassInfo] = []
    header = False
    offset = 0
    for line in text.split("\n") + [""]:
        match = _CODE_LED_LINE.match(line)
        title, code = (_clean_title(match.group(2)), match.group(1)) if match else ("", "")
        if not match and (led := _TITLE_LED_LINE.match(line)):
            match, title, code = led, _clean_title(led.group("title")), led.group("code")
        # ("Park Ranger 3": a level written as a digit ends the title)
        if match and _title_like(re.sub(r" [1-5]$", "", title)) and not _STATUS_VALUE.match(title):
            run.append(ClassInfo(title, code, offset + match.start(), offset + len(line)))
        else:
            related = sum(1 for info in run if base_words & set(_words(info.title)))
            if len(run) >= 2 and (header or related >= 2):
                found.extend(run)
            run = []
            if not (header and RULE_LINE.fullmatch(line)):
                header = bool(_CODE_TITLE_HEADER.search(line)) and len(line) < 120
        offset += len(line) + 1
    return found


# "Golf Course Maintenance Aide $18.75 March 16 - Oct. 31, 2026 …" under "Position Hourly Rate Season …": a bulletin's
# table of the classes it recruits, each row a class's title then its pay
_PAID_LINE = re.compile(r"^[ \t]*([A-Z][A-Za-z'’&/\- ]*?[A-Za-z])[ \t]+\$\s?\d")
_PAY_TABLE_HEADER = re.compile(r"^[ \t]*(?:position|class(?:ification)?|job|title)s?\b.*\b(?:rate|pay|salary|wage|hourly)\b",
                               re.I)


def _paid_line_classes(text: str) -> list[ClassInfo]:
    """Runs of two or more lines under a header naming positions and pay, each a job's title and then its pay."""
    found: list[ClassInfo] = []
    run: list[ClassInfo] = []
    header = False
    offset = 0
    for line in text.split("\n") + [""]:
        match = _PAID_LINE.match(line)
        title = _clean_title(match.group(1)) if match else ""
        if header and match and _title_like(title) and ends_with_job_noun(title):
            run.append(ClassInfo(title, "", offset + match.start(1), offset + match.end(1)))
        else:
            if len(run) >= 2:
                found.extend(run)
            run = []
            header = bool(_PAY_TABLE_HEADER.match(line)) and len(line) < 120
        offset += len(line) + 1
    return found


# "FIREFIGHTER TRAINEE          CLASS CODE 7101": a class's title, a gap, then its code
_CODE_TAILED_LINE = re.compile(
    r"^[ \t]*([A-Z][A-Za-z'’&.,/()\- ]*?[A-Za-z)])[ \t]{2,}(?:(?:class|job)[ \t]+)?(?:code|no\.?|number|#)?[ \t]*:?[ \t]*"
    r"((?=[A-Za-z-]*\d)[A-Za-z0-9-]{3,8})[ \t]*$", re.I)


def _code_tailed_classes(text: str) -> list[ClassInfo]:
    """Runs of two or more consecutive "Title    Class Code 7101" lines: a series page's list of its classes."""
    return _class_line_runs(text, _CODE_TAILED_LINE, smart_case)


def _class_line_runs(text: str, line_pattern: re.Pattern[str], case: Callable[[str], str] = str) -> list[ClassInfo]:
    """The classes of each run of two or more consecutive lines that ``line_pattern`` reads as a title (group 1,
    written by ``case``) and a code (group 2)."""
    found: list[ClassInfo] = []
    run: list[ClassInfo] = []
    offset = 0
    for line in text.split("\n") + [""]:
        match = line_pattern.match(line)
        title = _clean_title(match.group(1)) if match else ""
        if match and _title_like(title) and not _STATUS_VALUE.match(title):
            run.append(ClassInfo(case(title), match.group(2), offset + match.start(1), offset + len(line)))
        else:
            if len(run) >= 2:
                found.extend(run)
            run = []
        offset += len(line) + 1
    return found


# "Fleet Mechanic (4210) 2": a contents line naming a class, its code in brackets and its page
_TITLE_CODE_LINE = re.compile(r"^[ \t]*([A-Z][A-Za-z'’&.,/\- ]*?[A-Za-z])[ \t]*\(((?=[A-Za-z]*\d)[A-Za-z0-9-]{3,8})\)(?:[ \t.]+\d{1,3})?[ \t]*$")
# "Class Code: 4210" on the lines under a class's own title
_CODE_FIELD = re.compile(r"^[ \t]*(?:class|job)\s*(?:code|no\.?|number)\s*[:#]?\s*((?=[A-Za-z]*\d)[A-Za-z0-9-]{3,8})\b", re.I | re.M)


def _contents_classes(text: str) -> list[ClassInfo]:
    """Runs of two or more "Title (code) page" lines: a bundle's list of the classes it holds."""
    return _class_line_runs(text, _TITLE_CODE_LINE)


def _titled_code_classes(text: str) -> list[ClassInfo]:
    """Classes each printed as a title line with a "Class Code:" field right under it (a bundle of specifications,
    one after the other); only when two or more distinct codes are printed so."""
    found: list[ClassInfo] = []
    for match in _CODE_FIELD.finditer(text):
        before = text[:match.start()].rstrip("\n").split("\n")[-2:]
        title_line = next((line.strip(" *#_") for line in reversed(before) if line.strip()), "")
        title = _clean_title(title_line)
        if not title or ":" in title_line or len(title.split()) > MAX_TITLE_WORDS or not _title_like(title):
            continue
        if {w for w in _words(title)} & _SECTION_WORDS:
            continue
        start = match.start() - len(text[:match.start()].rstrip("\n").split("\n")[-1]) - 1
        found.append(ClassInfo(smart_case(title), match.group(1), max(0, start), match.end()))
    return found if len({info.code for info in found}) >= 2 else []


def _heading_classes(text: str, base: str, doc_title: str) -> list[ClassInfo]:
    """Headings that extend the series' base title ("Carpenter" -> "Carpenter Supervisor")."""
    base_words = _words(base)
    if not base_words:
        return []
    found: list[ClassInfo] = []
    for match in _HEADING.finditer(text):
        heading = _clean_title(match.group(1).strip(" *_:"))
        words = _words(heading)
        if not heading or len(heading.split()) > MAX_TITLE_WORDS or heading.lower() in {base.lower(), doc_title.lower()}:
            continue
        if not all(w in words for w in base_words) or not re.match(r"[A-Z]", heading):
            continue
        if {w for w in words if w not in base_words} & _SECTION_WORDS:
            continue  # "Carpenter Duties" is a section, not a class
        found.append(ClassInfo(heading, "", match.start(1), match.start(1) + len(match.group(1))))
    return found


def _title_named_classes(text: str, doc_title: str) -> list[ClassInfo]:
    """The classes a title names one by one ("Recreation Aide / Recreation Leader / Recreation Supervisor"), each
    placed at its own heading when the text has one; bare levels ("Specialist I / II") name no class of their own."""
    parts = [part.strip() for part in doc_title.split(" / ")]
    if len(parts) < 2 or not all(len(part.split()) >= 2 and _title_like(part) for part in parts):
        return []
    found: list[ClassInfo] = []
    for part in parts:
        heading = re.search(r"^#{1,4}[ \t]+(%s)\b" % re.escape(part), text, re.M | re.I)
        start, end = (heading.start(1), heading.end(1)) if heading else (-1, -1)
        found.append(ClassInfo(part, "", start, end))
    return found


# "Working Title: Research Administrator" (or the label alone on its line, its value on the next; or a form row's
# first field: "Working Title: Grants Compliance Analyst | Salary Range: 27"; or a two-cell row: "Working Title |
# Emergency Management Specialist"): a posting's other name for its class
_OTHER_TITLE = re.compile(
    r"^[ \t]*(?:working|classification|class|official|position|job|civil service)\s+title[ \t]*(?::[ \t]*|\|[ \t]*|\n(?:[ \t]*\n)*[ \t]*)"
    r"([A-Z][^\n:|]{2,80}?)[ \t]*(?:$|\|)", re.IGNORECASE | re.MULTILINE)  # (a form's row: "… | Salary Range: 27")


def _other_titles(text: str, doc_title: str) -> list[ClassInfo]:
    """The names a posting gives its one class besides its title ("Working Title" and "Classification Title"):
    the title and each other name, so a question may name either."""
    found = [ClassInfo(doc_title)]
    for name in label_row_titles(text[:4000]):  # a form's "Classification Title  Working Title" boxes
        if _key(name) not in {_key(i.title) for i in found}:
            found.append(ClassInfo(smart_case(name)))
    for match in _OTHER_TITLE.finditer(text[:4000]):
        name = _clean_title(match.group(1))
        if _title_like(name) and ends_with_job_noun(name) and _key(name) not in {_key(i.title) for i in found}:
            found.append(ClassInfo(smart_case(name), "", match.start(1), match.end(1)))
    return found if len(found) >= 2 else []


def _key(title: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", title.lower()))


def find_classes(text: str, title: str) -> list[ClassInfo]:
    """The classes ``text`` (a document titled ``title``) describes, in the order it names them, each once.

    Only a document naming two or more classes is a series; otherwise []."""
    base = series_base(title)
    base_words = set(_words(base))
    table = _table_classes(text, base_words) + _line_classes(text, base_words) + _contents_classes(text) \
        + _titled_code_classes(text) + _matrix_classes(text) + _code_tailed_classes(text) + _paid_line_classes(text)
    headings = _heading_classes(text, base, title) + _title_named_classes(text, title)
    by_key: dict[str, ClassInfo] = {}
    for info in table:
        by_key.setdefault(_key(info.title), info)
    for info in headings:
        by_key.setdefault(_key(info.title), info)
    classes = list(by_key.values())[:MAX_CLASSES]
    if len(classes) < 2:
        return _other_titles(text, title)
    return classes


__all__ = ["ClassInfo", "find_classes", "series_base"]
