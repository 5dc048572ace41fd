"""Find a class specification's title in its text: labels, headings, the page title, standalone lines.

The readers run from the most explicit signal to the least ("Class Title:" label, then headings and the page's
<title>, then a short standalone line near the top); the file name is the last resort.

Example:
    >>> find_title("CITY OF HARLOW SPRINGS\\nTitle: Bus Operator\\n", "City of Harlow Springs", "bus.txt")
    ('Bus Operator', False)
"""

from __future__ import annotations

import re

from assistant.domain.job_nouns import ends_with_job_noun, names_a_job
from assistant.domain.levels import ROMAN_PATTERN, without_level, without_series
from assistant.ingest.filename_title import file_title_in_text, filename_title, line_named_by_file
from assistant.ingest.page_title import html_title_parts
from assistant.ingest.page_furniture import NOT_A_TITLE, WEB_OR_MAIL
from assistant.ingest.sections import classify_heading
from assistant.ingest.title_text import DOCUMENT_KIND, clean_title, label_row_titles, smart_case


_TITLE_LABEL = re.compile(
    # (an agenda packet's exhibit mark may open the line: "EXHIBIT A - CLASS SPECIFICATION: MARKET STANDARDS INSPECTOR")
    r"^[\s\-*|#~>•·]*(?:(?:exhibit|attachment|appendix)\s+[A-Z0-9]{1,3}\s*[-–—:]\s*)?(?:\d{1,2}[.)]\s*)?(?:\*\*)?"
    r"(?:(?:official\s+|job\s+|class(?:ification)?\s+|position\s+)?title|job description|"
    r"(?:(?:proposed|revised|amended|new)\s+)?class specification|position description|classification)(?:\*\*)?\s*[:|]\s*(?:\*\*)?\s*(.+?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_TITLE_LABEL_LINE = re.compile(
    r"^[ \t]*(?:class|job|position|classification)\s+title[ \t]*:?[ \t]*\n(?:[ \t]*\n)*[ \t]*([^\n:|]{3,99})$",
    re.IGNORECASE | re.MULTILINE,
)
_POSITION_LABEL = re.compile(r"^[ \t*]*position[ \t]*:[ \t]*([^\n]{3,100})$", re.IGNORECASE | re.MULTILINE)
# "Position Title (Classification) Accountant": a form's label and its value on one line, no colon between
_TITLE_LABEL_NO_COLON = re.compile(
    r"^[ \t]*(?:position|class(?:ification)?|job|official)[ \t]+title(?:[ \t]*\([^)\n]{1,30}\))?[ \t]+([A-Z][^\n|:]{2,80}?)[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
_NEXT_LABEL = re.compile(r"\s+(?:(?:working|position|class(?:ification)?|job|official)\s+title|(?:job|class)\s+code|"
                         r"pay\s+grade|position\s+(?:number|no\.?))\b", re.I)
# (a table's column names: "CLASS TITLE   CLASS NO.   HOURLY RATE   MONTHLY EQUIV.")
_LABEL_WORDS = re.compile(r"\b(?:code|number|no\.|range|salary|grade|flsa|title|step|status|rate|pay|wage|hourly|"
                          r"biweekly|monthly|annual|equiv\.?)(?!\w)", re.I)
# "Classification: Classified, Full-Time, 12-month": an employment status under a label that may also name the class
_STATUS_WORDS = re.compile(r"^(?:(?:un)?classified|full[- ]?time|part[- ]?time|regular|permanent|temporary|seasonal|"
                           r"at[- ]will|(?:non[- ]?)?exempt|represented|\d{1,2}[- ]months?|\d{2,3}[- ]days?|[\s,;/()-])+$", re.I)
# "Subject: [Careers Weekly] Now Hiring: Customer Service Representative II - Utility Billing": a newsletter's or a
# board's announcement of the job, anywhere on its line
_HIRING_LABEL = re.compile(r"\b(?:(?:now hiring|now recruiting|featured job|job opening|position opening|job alert|"
                           r"job at a glance|job snapshot|position at a glance)[ \t]*:|"
                           r"(?:internal |external )?(?:job|position|vacancy|employment) (?:announcement|posting|notice)"
                           r"[ \t]+[-–—])"
                           r"[ \t]*([^\n]{3,100})$", re.IGNORECASE | re.MULTILINE)
_POSTING_DETAIL = re.compile(r"[$\d]|\b(?:apply|closes?|closing|deadline|posted|open until|hiring)\b", re.I)
# "The Velmont Regional Airport Authority invites applications for" / "DIRECTOR OF AIRPORT OPERATIONS": a brochure's
# cover names the job on the line after its invitation
_INVITES_FOR = re.compile(r"\binvites? (?:applications|applicants|qualified candidates)[ \w]{0,30}? for(?: the position of)?"
                          r"[ \t]*:?[ \t]*\n?[ \t]*([^\n]{3,80})$", re.IGNORECASE | re.MULTILINE)
# "SUBJECT: APPROVE NEW CLASSIFICATION OF RENTAL HOUSING INSPECTOR, ESTABLISH …": a council report's or a memo's
# subject names the class it is about
_SUBJECT_NAMES_CLASS = re.compile(
    r"^[ \t]*(?:subject|re)[ \t]*:[^\n]*?\b(?:(?:re)?classifications? of|class(?:ification)? specifications? (?:for|of)|"
    r"new classification[ \t]*[-–—:]|"
    r"job descriptions? (?:for|of))[ \t]+(?:the[ \t]+)?([A-Z][^\n,;(]{2,60}?)[ \t]*(?:[,;(]|$)",
    re.IGNORECASE | re.MULTILINE)
# a field label that can follow a title on the same line when a form's columns are read across
_NEXT_FIELD = re.compile(
    r"\s+(?:Department|Division|Location|Reports To|Salary(?: Range| Schedule)?|Pay (?:Range|Grade|Rate)|FLSA(?: Status)?|"
    r"Bargaining Unit|Work Year|Job Code|Class Code|Position (?:Number|No\.?)|Schedule|Union|Closing Date|Status)\s*:")


OPENING_CHARS = 3000  # a title stands in a page's opening


def _opening(text: str) -> str:
    """The page's first ``OPENING_CHARS`` carried on to the end of the line they cut: a label or heading is read
    whole ("## Working C", cut from "## Working Conditions", names nothing)."""
    end = text.find("\n", OPENING_CHARS)
    return text if end < 0 else text[:end]


def find_title(text: str, employer: str, filename: str, html_title: str = "") -> tuple[str, bool]:
    """(title, came_from_filename)."""
    title = (_labelled_title(text) or _heading_title(text, employer, html_title)
             or _standalone_title_line(text, employer) or _family_title(text))
    if title and not ends_with_job_noun(title):
        # "ALCOHOLIC BEVERAGES", another notice's subject on a newspaper's page: a line of the page that the file's
        # name spells ("…-license-permit-analyst.txt" / "LICENSE AND PERMIT ANALYST") names the job
        # (or, a line holding it among other words, "[MSG 111]  TOLL COLLECTOR, PART-TIME {press 1, 1}", the file's
        # name read as a title: "24-HOUR JOB INFORMATION LINE" names the recording, not the job)
        title = line_named_by_file(text, filename, employer) or (
            "" if names_a_job(title) else file_title_in_text(text, filename, employer)) or title
    from_filename = not title
    if from_filename:
        title = filename_title(filename, employer)
    title = clean_title(title) or title
    if employer:
        # "School Bus Driver - Quarrington Unified School District": the employer after the job's name is no part of it
        named = re.sub(r"\s+(?:[-–—|·]|at)\s+%s$" % re.escape(employer), "", title, flags=re.I)
        title = named if named.strip() else title
    return title, from_filename


def _labelled_title(text: str) -> str:
    """The value of a title label ("Class Title: Bus Operator", a form's label box, "Now Hiring: …"); '' when none."""
    for match in _TITLE_LABEL.finditer(_opening(text)):
        value = match.group(1)
        # the next field on the same line ends the value ("… CLASS CODE: 1234", "… 4. Pay Grade: T04")
        value = re.split(r"\s{2,}|\s+(?:CODE|GRADE|SQ/OQ|CLASS CODE)\s*:|\s+\d{1,2}[.)]\s+[A-Z][\w /]{1,30}:", value)[0]
        value = _NEXT_FIELD.split(value)[0]  # a form's two columns on one line ("School Bus Driver Department: …")
        value = value.strip(" *|\"'“”")  # YAML front matter quotes its values ('title: "Park Ranger"')
        if " | " in value:
            cells = [cell.strip(" *") for cell in value.split(" | ")]
            if _LABEL_WORDS.search(cells[0]) or not _NEXT_LABEL.match(" " + cells[1]):
                continue  # the label is a table's header cell ("Class Title | Class Code | Salary Range")
            value = cells[0]  # a row of label-value pairs ("Job Title | Central Kitchen Production Lead | Job Code | …")
        if re.match(r"[^:|]*?\b(?:classification|class specification|job description|position description)\b(?:\*\*)?"
                    r"\s*[:|]", match.group(0).strip(" -*|#~>•·"), re.I) \
                and not ends_with_job_noun(re.sub(r"\s+\d{1,2}$", "", job_core(value))):
            # "Classification: Classified, Student Services Family", "Class Specification | Official copy on file
            # with the Civil Service Commission": a bare label holding a group or a note, not a job
            continue
        if 2 < len(value) < 100 and not NOT_A_TITLE.search(value) and not _STATUS_WORDS.match(value):
            return smart_case(value)
    for match in _TITLE_LABEL_NO_COLON.finditer(_opening(text)):
        # "Classification Title Fleet Mechanic Working Title Fleet Mechanic – …": the next box's label ends it
        value = _NEXT_LABEL.split(match.group(1))[0].strip(" *")
        words = value.lower().split()
        if len(words) >= 4 and " ".join(words[:2]) in " ".join(words[2:]):
            continue  # "Class Title Sheriff's Records Specialist I Sheriff's Records Specialist II": a row of titles
        if not _LABEL_WORDS.search(value) and not NOT_A_TITLE.search(value) and value[0].isupper():
            return smart_case(value)  # not "Class Title Class Code Salary Range", a table's header row
    # "POSITION:   ROAD MAINTENANCE WORKER (FULL-TIME)": a bare "Position" label names the job when its value is a
    # job's name (not "Full-time" or a number)
    for match in _POSITION_LABEL.finditer(_opening(text)):
        value = clean_title(smart_case(match.group(1).strip(" *|")))
        if 2 < len(value) < 80 and ends_with_job_noun(value) and not NOT_A_TITLE.search(value):
            return value
    for match in _HIRING_LABEL.finditer(_opening(text)):
        value = clean_title(smart_case(match.group(1).strip(" *|")))
        named = re.sub(r"\s*\([^)]*\)$", "", value.split(" - ")[0])  # "… II - Utility Billing", "… (Trainee)"
        # "… Operator II - $38.12-$46.35/hr - Apply by Oct 24": the pay and the deadline after the name are no part of it
        value = " - ".join(part for i, part in enumerate(value.split(" - ")) if not i or not _POSTING_DETAIL.search(part))
        sited = re.sub(r"\s*\([^)]*\)$", "", named.split(", ")[0])
        if ", " in named and not ends_with_job_noun(named) and ends_with_job_noun(sited):
            named, value = sited, value.split(", ")[0]  # "Lead Custodian (Night Shift), Harlan Ridge High School": a site
        if 2 < len(value) < 80 and ends_with_job_noun(named) and not NOT_A_TITLE.search(value):
            return value
    for match in _SUBJECT_NAMES_CLASS.finditer(_opening(text)):
        named = re.sub(r"\s+(?:position|class(?:ification)?|series)$", "", match.group(1).strip(" *|:"), flags=re.I)
        value = clean_title(smart_case(named))
        if 2 < len(value) < 80 and ends_with_job_noun(value) and not NOT_A_TITLE.search(value):
            return value
    for match in _INVITES_FOR.finditer(_opening(text)):
        value = clean_title(smart_case(match.group(1).strip(" *|:")))
        named = value.split(", ")[0]
        if ends_with_job_noun(named):
            value = named  # "… for County Fair Manager, the District's chief executive": an apposition
        if 2 < len(value) < 80 and not NOT_A_TITLE.search(value) and not re.search(r"[.!?]$", value):
            return value
    # a label alone on its line, its value on the next ("CLASS TITLE" / "Sheriff's Dispatcher II")
    label_line = _TITLE_LABEL_LINE.search(_opening(text))
    if label_line and 2 < len(label_line.group(1).strip()) < 100 and not NOT_A_TITLE.search(label_line.group(1)):
        return smart_case(label_line.group(1).strip())
    boxed = label_row_titles(_opening(text))
    if boxed and not NOT_A_TITLE.search(boxed[0]):
        return smart_case(boxed[0])
    return ""


_FAMILY_LABEL = re.compile(r"^[ \t*]*(?:job|occupational|class)[ \t]+(?:family|series)[ \t]*:[ \t]*([^\n|]{3,80}?)[ \t]*$",
                           re.IGNORECASE | re.MULTILINE)


def _family_title(text: str) -> str:
    """"Job Family: Information Technology Client Support (ITS)": a standard for a family of levels, none of them
    the title, is known by the family's name."""
    match = _FAMILY_LABEL.search(_opening(text))
    if not match:
        return ""
    value = _NEXT_FIELD.split(re.split(r"\s+(?:class|job)\s+code\s*:", match.group(1), flags=re.I)[0])[0]
    value = clean_title(smart_case(re.sub(r"\s*\([A-Z0-9-]{1,8}\)$", "", value.strip(" *"))))
    return value if 2 < len(value) < 80 and not NOT_A_TITLE.search(value) else ""


def _heading_title(text: str, employer: str, html_title: str) -> str:
    """The first heading that names the job, else the page title's part that does, else the breadcrumb."""
    # Markdown/HTML headings: the first that is neither the employer nor boilerplate
    weak_heading = ""
    for match in re.finditer(r"^(#{1,3})\s+(.+)$", _opening(text), re.MULTILINE):
        heading = match.group(2).strip(" #*")
        top_level = len(match.group(1)) == 1
        heading = re.sub(r"^(?:classified |official )?(?:job description|class specification|class description)\s*[:\-–—]\s*",
                         "", heading, flags=re.I)
        # "Transit Fare Inspector — Class Spec (Q&A format)": the kind of document after the title
        heading = re.sub(r"\s+[|\-–—]\s+(?:class spec\w*|job description|class description|position description)\b.*$",
                         "", heading, flags=re.I)
        if heading and NOT_A_TITLE.search(heading):
            continue
        names_employer = bool(employer) and heading.lower().startswith(employer.lower())
        # "Environmental Scientist Series" names the job of its classes
        if ends_with_job_noun(without_series(heading)) and len(heading.split()) <= 6 and not names_employer:
            if classify_heading(heading) in (None, "header") or top_level:
                # "Human Resources Analyst" is a title, not a department; a page's one top heading ending in a job
                # noun is its title though a section word is in it ("Special Education Instructional Assistant")
                return smart_case(heading)
        if not heading or DOCUMENT_KIND.search(heading) or (employer and heading.lower().startswith(employer.lower())):
            if employer and heading.lower().startswith(employer.lower()):
                rest = heading[len(employer):].strip(" -–:|")
                if rest and not DOCUMENT_KIND.search(rest):
                    return smart_case(rest)
            continue
        if classify_heading(heading) or _SENTENCE_HEADING.search(heading):
            continue  # (nor a notice's sentence in a box of "#" marks: "The written test date has been changed …")
        weak_heading = smart_case(heading)  # the first heading that names no job: the title unless the page's does
        break
    candidates = html_title_parts(html_title, employer)
    job_like = [part for part in candidates if ends_with_job_noun(part)]
    opening = _opening(text)
    crumbs = {m.group(1).lower() for m in _TRAIL_END.finditer(opening)}  # "Jobs » Parks » Greenhouse Grower"
    headed = [part for part in candidates if re.search(r"^#{1,3}\s+%s\s*$" % re.escape(part), opening, re.M | re.I)
              or part.lower() in crumbs]
    if weak_heading and headed:
        # a sidebar's "## Series at a glance" above the page's "# Cable Splicer I / II": the heading (or the last
        # step of the breadcrumb trail) that the page's title repeats is the job's name, whatever noun ends it
        return smart_case(headed[0])
    if weak_heading and not job_like:
        # "JOB POSTING" / "Maintenance Electrician" / … / "## The Position": a job's name above the first heading
        return _job_line_before(text, text.find(weak_heading), employer) or weak_heading
    if candidates:
        # a heading that names no job ("Benefits") yields to the page title's part that does ("Bus Operator Trainee")
        return (job_like or candidates)[0]
    placed = _breadcrumb_title(text)
    if placed:
        return placed
    return ""


# a clause with its verb, long enough to be a sentence rather than a name ("… Office of Emergency Services" has none)
_SENTENCE_HEADING = re.compile(r"^(?=(?:\S+\s+){7}).*\b(?:has|have|had|will|was|were|is|are)\s+(?:been|be|not|now|\w+ed)\b", re.I)


def _standalone_title_line(text: str, employer: str) -> str:
    """A short standalone line near the top that reads as a job's name, before the first section heading."""
    # A standalone short line near the top ("BUS OPERATOR" under "CLASS SPECIFICATION")
    seen = 0
    past_heading = False
    raw_lines = [raw.strip(" #*") for raw in text[:1500].split("\n")]
    lines = [_CODE_TAIL.sub("", line) for line in raw_lines]  # "FIREFIGHTER TRAINEE      CLASS CODE 7101"
    for index, line in enumerate(lines):
        if not line or _CONTACT_LINE.match(line):
            continue  # (the publisher's web, mail or phone line, counted as no line of the page's own)
        if line.endswith(" /") and index + 1 < len(lines) and lines[index + 1]:
            line = f"{line} {lines[index + 1]}"  # "EMS TECHNICIAN / EMS PARAMEDIC /" goes on "EMS FIELD SUPERVISOR"
        seen += 1
        # "Permit Technician" under a job board's menus; "INSTRUCTIONAL ASSISTANT, SPECIAL EDUCATION": its field after it
        job_like = ends_with_job_noun(line) or (line.count(",") == 1 and ends_with_job_noun(line.split(",")[0])) or (
            ends_with_job_noun(job_core(line)))  # "Clinical Nurse II - Medical/Surgical (Nights)": its unit after it
        if seen > 16:
            break
        if employer and employer.lower() in line.lower():
            continue  # "Halloway State University Careers": the site's name, neither a title nor a section
        if DOCUMENT_KIND.fullmatch(line.strip(" :")) or (DOCUMENT_KIND.search(line) and not job_like):
            # "CLASS SPECIFICATION", "CLASSIFIED JOB DESCRIPTIONS MANUAL": a banner naming the kind of document
            # (no section heading), the title may follow it
            continue
        if classify_heading(line.rstrip(":")) not in (None, "header") and len(line.split()) <= 6 and not (
                job_like and seen <= 8):  # "DEPUTY PROBATION OFFICER I/II" names a class, not its probation
            past_heading = True  # the title comes before the first section heading ...
            continue
        if (past_heading or seen > 8) and not (job_like and lines.count(line) >= 2):
            continue  # ... unless a job board's menus come first: then it is printed twice, as a job title
        # a series line ("PLANNER I / PLANNER II / SENIOR PLANNER") counts its words, not its slashes and numerals
        # ("PARKS AND TRAILS RANGER I / PARKS AND TRAILS RANGER II": each class's name counts, not their sum)
        parts = line.split(" / ")
        series_line = len(parts) > 1 and all(ends_with_job_noun(without_level(part)) for part in parts)
        words = [w for w in (max(parts, key=len) if series_line else line).split()
                 if w not in {"/", "|", "-", "–"} and not re.fullmatch(ROMAN_PATTERN, w)]
        letters = [c for c in line if c.isalpha()]
        if not (1 <= len(words) <= 6) or not letters or ":" in line or "|" in line or _CONTENTS_ENTRY.search(line):
            continue  # (a bundle's contents line, "Recreation Leader - Part-Time (7702) 4", names one of its classes)
        all_caps = sum(c.isupper() for c in letters) / len(letters) >= 0.9
        # a comma is a clause's, unless a capitals title names its field after it ("INSTRUCTIONAL ASSISTANT, SPECIAL
        # EDUCATION"); "IT Systems Specialist, Dept. Infrastructure & Operations" is too unreliable
        if "," in line and not (all_caps and job_like):
            continue
        title_case = all(w[0].isupper() for w in words if w[0].isalpha() and w.lower() not in {"of", "and", "the", "for", "in"})
        if not all_caps and not ((seen <= 3 or job_like) and title_case and not re.search(r"[.!?]$", line)):
            continue
        if DOCUMENT_KIND.search(line) or NOT_A_TITLE.search(line) or (classify_heading(line) and not job_like) or (
            employer and line.lower() == employer.lower()
        ):
            continue
        if employer and smart_case(line).lower() in employer.lower():
            continue
        # ("CLERK OF THE BOARD OF SUPERVISORS", "DIRECTOR OF PUBLIC WORKS": a job's name before its "of" is a title)
        job_of = ends_with_job_noun(re.split(r"(?i)\s+of\s+", line)[0]) and not re.search(r"(?i)\bdistrict\b", line)
        if re.search(r"\b(?:city|county|district|state|town|schools?|of)\b", line, re.I) and not job_of and not (
                job_like and not re.search(r"\b(?:of|district)\b", line, re.I)):
            continue  # a place's name, but "SCHOOL RECEPTIONIST" and "COUNTY SURVEYOR" name jobs
        over_employer = "" if job_like else _title_over_employer(text, employer)
        if over_employer:
            return over_employer  # "JobNest", a job board's name, above its listing's "Library Page"
        if lines[index] != raw_lines[index]:  # a class line with its code: the series' other class lines follow
            return smart_case(_with_sibling_classes(index, lines, raw_lines))
        return smart_case(_with_sibling_levels(line, lines[index + 1:]))
    return ""


_CONTACT_LINE = re.compile(WEB_OR_MAIL)
_CONTENTS_ENTRY = re.compile(r"\(\s*[A-Z]{0,4}-?\d{3,6}\s*\)[\s.]*\d{1,3}$")
_CODE_TAIL = re.compile(r"[ \t]{2,}(?:(?:class|job)[ \t]+)?(?:code|no\.?|number|#)?[ \t]*:?[ \t]*[A-Z]{0,4}-?\d{3,6}[A-Z]?$|"
                       # "UTILITY BILLING CUSTOMER SERVICE REPRESENTATIVE  (Class 3315)": the code in brackets
                       r"[ \t]+\((?:class|job)(?:[ \t]+(?:code|no\.?|number|#))?[ \t]*:?[ \t]*[A-Z]{0,4}-?\d{3,6}[A-Z]?\)$", re.I)


def _with_sibling_classes(index: int, lines: list[str], raw_lines: list[str]) -> str:
    """A series' class lines, each with its code ("FIREFIGHTER TRAINEE   CLASS CODE 7101" / "FIREFIGHTER   CLASS CODE
    7102" / …): the classes' names joined ("Firefighter Trainee / Firefighter / Fire Engineer")."""
    names = [lines[index]]
    for line, raw in zip(lines[index + 1:], raw_lines[index + 1:]):
        if not raw:
            continue
        if line == raw or len(names) >= 5:
            break
        names.append(line)
    return " / ".join(names)


def _job_line_before(text: str, end: int, employer: str) -> str:
    """The first short line naming a job before ``end`` (a heading that names none), as a posting prints its title
    under a banner; '' when none does."""
    for line in (raw.strip(" #*") for raw in text[:max(0, end)].split("\n")[:20]):
        words = line.split()
        if not 1 <= len(words) <= 6 or re.search(r"[:|.!?]$|[:|]", line) or not ends_with_job_noun(without_series(line)):
            continue  # ("WATER TREATMENT PLANT OPERATOR SERIES" names its classes' job)
        if DOCUMENT_KIND.search(line) or NOT_A_TITLE.search(line) or (employer and employer.lower() in line.lower()):
            continue
        if all(w[0].isupper() for w in words if w[0].isalpha() and w.lower() not in {"of", "and", "the", "for", "in"}):
            return smart_case(line)
    return ""


def job_core(line: str) -> str:
    """A job line without the unit or the terms after its name ("Clinical Nurse II - Medical/Surgical (Nights)" ->
    "Clinical Nurse II")."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", re.split(r"\s+[-–—]\s+", line)[0]).strip()


def _with_sibling_levels(line: str, following: list[str]) -> str:
    """A level's title line followed by the series' other levels ("ELIGIBILITY WORKER I" / "ELIGIBILITY WORKER II"):
    the series they make ("ELIGIBILITY WORKER I/II")."""
    base = without_level(line).strip()
    level = line[len(base):].strip()
    if not level or not base:
        return line
    levels = [level]
    for other in (o for o in following if o):
        if without_level(other).strip().lower() != base.lower() or other == line:
            break
        levels.append(other[len(without_level(other).strip()):].strip())
        if len(levels) >= 5:
            break
    return f"{base} {'/'.join(levels)}" if len(levels) >= 2 else line


_TRAIL_END = re.compile(r"^[^\n»›>]{1,60}(?:[»›>][^\n»›>]{1,60}){1,5}[»›>][ \t]*([^\n»›>]{1,80}?)[ \t]*$", re.MULTILINE)
_BREADCRUMB = re.compile(r"^[ \t]*(?:home|careers?|jobs?)[ \t]*(?:[>»›][^\n]*?)?[>»›][ \t]*([^>»›\n]+?)[ \t]*$",
                         re.IGNORECASE | re.MULTILINE)


def _breadcrumb_title(text: str) -> str:
    """The last step of a page's breadcrumb ("Home > Careers > Custody Careers > Correctional Officer Cadet"), when
    it names a job: where the page itself sits."""
    for match in _BREADCRUMB.finditer(_opening(text)):
        last = match.group(1).strip()
        if (ends_with_job_noun(last) or ends_with_job_noun(job_core(last))) and len(last.split()) <= 8:
            return smart_case(last)
    return ""


def _title_over_employer(text: str, employer: str) -> str:
    """A job board's heading: a short name on the line right above the employer's ("Library Page" over "Fenner
    County Library"), the way listings print a job and who offers it."""
    if not employer:
        return ""
    lines = [line.strip() for line in _opening(text).split("\n") if line.strip()]
    for line, below in zip(lines, lines[1:]):
        if not below.lower().startswith(employer.lower()) or len(below) > len(employer) + 40:
            continue
        words = line.split()
        if not 1 <= len(words) <= 6 or re.search(r"[:|,.!?\d]", line) or employer.lower() in line.lower():
            continue
        if not all(w[0].isupper() for w in words if w.lower() not in {"of", "and", "the", "for", "in"}):
            continue
        if DOCUMENT_KIND.search(line) or NOT_A_TITLE.search(line) or (classify_heading(line) and not ends_with_job_noun(line)):
            continue
        return smart_case(line)
    return ""
