"""Recognise the sections that class specifications use, whatever their wording.

A section heading can be a Markdown heading, an ALL-CAPS line, a short title-case
line, a bold line, or a run-in label ("SUMMARY DESCRIPTION OF CLASSIFICATION: ...").
:func:`find_sections` returns spans of the document text, each with a canonical
type (``salary``, ``qualifications`` ...) and the heading as written.

Example:
    >>> classify_heading("What Sets This Job Apart")
    'distinguishing'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.job_nouns import ends_with_job_noun

# Order matters: the first type whose pattern matches wins.
SECTION_PATTERNS: list[tuple[str, str]] = [
    # a job board's box of other listings ("Similar jobs near Pinecrest Valley"): other employers' jobs and pay
    ("elsewhere", r"^(?:similar|related|more|recommended|suggested|recently viewed|other open|other) (?:jobs|job openings|"
                  r"job postings|openings|listings|opportunities)\b|^jobs you (?:may|might) (?:also )?like|^people (?:also )?viewed"),
    ("header", r"(?:class|job|position) (?:description|specification)s?$|^(?:office of )?human resources|^job description:"),
    ("dates", r"(?:class |date )?(?:established|revised|adopted|approved|last reviewed|effective date)|^date\(?s?\)?\b"),
    ("licenses", r"licen[cs]|certificat|certification"),
    ("overtime", r"overtime|\bflsa\b|exempt"),
    ("salary", r"salary|wage|compensation|\bpay\b|pay range|pay grade|\bgrade\b"),
    ("ksa", r"^(?:required )?(?:knowledge|skills|abilities|ability to)\b"),
    ("physical", r"physical|working condition|work environment|environmental|environment|mental demands|ergonomic"),
    ("supervision", r"supervis|reports? to|reporting relationship"),
    ("distinguishing", r"distinguish|sets this job apart|class characteristics|level distinction|series concept|what sets"),
    ("duties", r"duties|functions|responsibilit|tasks|examples of work|typical work|work performed"),
    ("ksa", r"knowledge|skills|abilities|ability to|competenc"),
    ("qualifications", r"qualification|(?<!special )education|experience|training|requirements? for|employment standards|desirable|^minimum requirements|^requirements$"
                       r"|^(?:either|or)\s+(?:[ivx]{1,4}|\d)\b|^(?:pattern|alternative|option)\s+(?:[ivx]{1,4}|\d|[a-d])\b"
                       # a promotional bulletin's "ELIGIBILITY TO COMPETE", "Who may apply": what a candidate must have
                       r"|^eligibility\b(?! lists?\b)|^who (?:may|can|is eligible to) (?:apply|compete|test)\b"),
    ("special", r"special requirement|special condition|conditions of employment|other requirement|background|selection|probation|introductory period|trial service|working test period|promotion|career|on-call|standby|bilingual|differential|"
                r"work schedule|hours of work|work(?:ing)? hours|^schedule$|^shifts?$|^hours$|"
                r"^(?:work|duty|contract) (?:year|days)$|^(?:school |work )?calendar$"),
    ("summary", r"definition|summary|purpose|nature of (the )?work|general statement|description|overview|scope|position summary|job summary|class concept"),
]

SECTION_LABELS = {
    "header": "Class information",
    "summary": "Summary",
    "distinguishing": "Distinguishing characteristics",
    "supervision": "Supervision",
    "duties": "Duties",
    "ksa": "Knowledge, skills and abilities",
    "qualifications": "Minimum qualifications",
    "licenses": "Licenses and certificates",
    "physical": "Physical demands and working conditions",
    "special": "Special requirements",
    "salary": "Salary",
    "overtime": "Overtime",
    "dates": "Dates",
    "other": "Other",
    "elsewhere": "Other jobs",
}


def classify_heading(heading: str) -> str | None:
    """Canonical section type for a heading, or None if it names no known section (a class's name, "Maintenance
    Labor Supervisor", names no kind of section though a section's word is in it)."""
    if _names_a_class(heading):
        return None
    lowered = heading.lower()
    for section_type, pattern in SECTION_PATTERNS:
        if re.search(pattern, lowered):
            return section_type
    return None


_FUNCTION_WORDS = {"of", "for", "the", "a", "an", "to", "and", "in", "by", "with", "on"}


# a class's code after its name ("Environmental Health Specialist I (47310)", "Account Clerk II - 1420")
_TRAILING_CODE = re.compile(r"\s*(?:\((?:[^()]*\d[^()]*)\)|[-–—]\s*[A-Z]{0,4}\d[\w-]*)\s*$")


def _names_a_class(heading: str) -> bool:
    """A heading of two to six capitalised words ending in a job noun, its code aside, with no function word (but one
    "AND" of a name in capitals): a class's name."""
    name = _TRAILING_CODE.sub("", heading.strip(" :*#"))
    words = name.split()
    # ("LAUNDRY AND LINEN WORKER": a class's name in capitals may join two words by "AND")
    joined = [w for w in words[1:-1] if w in {"AND", "&"}]
    return 2 <= len(words) <= 6 and ends_with_job_noun(name) and len(joined) <= 1 \
        and not any(w.lower() in _FUNCTION_WORDS and w not in joined for w in words) \
        and all(w[:1].isupper() for w in words if w[:1].isalpha())


def _sibling_class(heading: str) -> bool:
    """A class's heading among its siblings' ("RESEARCH ANALYST II:", "STATISTICIAN:"), one word too."""
    words = heading.strip(" :*#").split()
    return _names_a_class(heading) or (len(words) == 1 and ends_with_job_noun(words[0]) and words[0][:1].isupper())


@dataclass
class Section:
    """A span of the document text belonging to one section."""

    type: str
    heading: str
    start: int
    end: int


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_BOLD_LINE = re.compile(r"^\*\*(.+?)\*\*:?\s*$")
_RUN_IN = re.compile(r"^(?:\*\*)?([A-Z][A-Za-z ,&/()\-'’]{2,70}?)(?:\*\*)?\s*:(?:\*\*)?(?=\s|$)")
_COLUMN_NAMES = re.compile(r"\S {3,}\S.*\S {3,}\S")  # three or more names apart by wide gaps
_NUMBERED_HEADING = re.compile(r"^(?:[IVX]+\.|\d{1,2}\.|[A-H]\.)\s+(.{3,70})$")
_TRAILING_NOTE = re.compile(r"\s+\([^()]*\)\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
_FIELD_VALUE = re.compile(r"\s(?:exempt|non-?exempt|yes|no|none|required|full-time|part-time)$", re.I)  # "FLSA Non-exempt"
_SET_APART_WORDS = 5  # a heading's words ("Physical Requirements and Working Conditions"); "Reports to Director of …" is a field
_OPENS_SENTENCE = re.compile(r"\s*(?:[-•*]\s+)?[A-Z][a-z'’]*\s+[a-z]")  # "A bachelor's …", "• Develops project …"
# "AND EITHER", "OR", "- OR -" alone on a line join a requirement's options: they open no section
_CONNECTIVE_LINE = re.compile(r"^[\W_]*(?:and\s+either|or\s+either|either|and/or|and|or|plus)[\W_]*$", re.IGNORECASE)


def _heading_of_line(line: str, prev_line: str, next_line: str) -> tuple[str, str, bool] | None:
    """(type, heading, run_in) if the line opens a section."""
    prev_blank = not prev_line.strip()
    stripped = line.strip()
    if not stripped or _CONNECTIVE_LINE.match(stripped):
        return None
    if len(stripped) > 120:
        run_in = _RUN_IN.match(stripped)
        if run_in and classify_heading(run_in.group(1)):
            label = run_in.group(1)
            letters = [c for c in label if c.isalpha()]
            if sum(c.isupper() for c in letters) / max(1, len(letters)) > 0.9 or label.istitle():
                return (classify_heading(label) or "other", label.strip(), True)
        return None
    md = _MD_HEADING.match(stripped)
    if md:
        heading = md.group(2).strip("*: _")
        if not any(ch.isalnum() for ch in heading):
            return None
        return (classify_heading(heading) or "other", heading, False)
    bold = _BOLD_LINE.match(stripped)
    if bold:
        heading = bold.group(1).strip(": ")
        return (classify_heading(heading) or "other", heading, False)
    numbered = _NUMBERED_HEADING.match(stripped)
    if numbered and numbered.group(1).isupper():
        heading = numbered.group(1).strip(": ")
        return (classify_heading(heading) or "other", heading, False)
    letters = [c for c in stripped if c.isalpha()]
    if not letters:
        return None
    words = stripped.rstrip(":").split()
    # (a note in parentheses after a heading in capitals is no part of its case: "COMPENSATION (effective July 1, 2025)")
    core = [c for c in _TRAILING_NOTE.sub("", stripped) if c.isalpha()] or letters
    is_caps = sum(c.isupper() for c in core) / len(core) > 0.9 and len(core) >= 4
    # ALL CAPS line (possibly ending with ':'), not a sentence.
    # (not a table's column names printed in spaces: "CLASS          CLASS NO.    MONTHLY SALARY")
    if is_caps and len(words) <= 10 and not re.search(r"[.;]$", stripped) and ":" not in stripped.rstrip(":") \
            and not _COLUMN_NAMES.search(stripped):
        heading = stripped.rstrip(":").strip()
        return (classify_heading(heading) or "other", heading, False)
    # Run-in label: "EDUCATION, TRAINING, AND EXPERIENCE: Bachelor's degree ..."
    run_in = _RUN_IN.match(stripped)
    if run_in:
        label = run_in.group(1).strip()
        rest = stripped[run_in.end():].strip(" *")
        section_type = classify_heading(label)
        label_letters = [c for c in label if c.isalpha()]
        label_caps = sum(c.isupper() for c in label_letters) / max(1, len(label_letters)) > 0.9
        if re.search(r"[ \t]{2,}[A-Z][\w ]{1,20}:", rest):
            return None  # "Environment: PROD   Records selected: 1": a line of fields, not a section
        if section_type == "dates" and prev_blank:
            return (section_type, label, bool(rest))
        if section_type and (len(rest) >= 30 or (not rest and label_caps) or (not rest and prev_blank)):
            return (section_type, label, bool(rest))
        return None
    # Short title-case line standing alone: "Essential Job Functions", "Disaster Service Worker"
    if (
        (prev_blank or _set_apart(stripped, words, prev_line, next_line))
        and 1 <= len(words) <= 8
        and not re.search(r"[.,;!?]$", stripped)
        and all(w[0].isupper() or w.lower() in {"and", "of", "or", "the", "to", "for", "in", "a", "&", "/"} for w in words if w[0].isalpha())
        and not stripped.startswith(("-", "•", "*", "|"))
        and "|" not in stripped
        and "," not in stripped
        and not _COLUMN_NAMES.search(stripped)
    ):
        section_type = classify_heading(stripped)
        if section_type or (next_line.strip() == "" or len(next_line) > 60):
            return (section_type or "other", stripped.rstrip(":").strip(), False)
    return None


def _set_apart(stripped: str, words: list[str], prev_line: str, next_line: str) -> bool:
    """Whether a known section's name stands alone though no blank line comes before it. A PDF's text runs its
    headings into the paragraphs: the name is set apart after a sentence's end ("… supervised by the Records
    Specialist." / "Required Qualifications") or before a line that opens one ("A bachelor's degree …"), where a
    sentence's wrapped line ("… a valid" / "Driver License" / "issued by …") goes on in lower case. Not a table's
    column names, three or more nouns with no word joining them ("Event Description Passing Standard"); nor a longer
    line, a field's label and value; nor a short one ending on a value ("FLSA Non-exempt"); nor a name cut short at a
    column's edge ("Licenses and")."""
    if not (_SENTENCE_END.search(prev_line) or _OPENS_SENTENCE.match(next_line)) or classify_heading(stripped) is None:
        return False
    if len(words) > _SET_APART_WORDS or words[-1].lower() in _FUNCTION_WORDS or _FIELD_VALUE.search(stripped):
        return False
    return len(words) < 3 or any(w.lower() in _FUNCTION_WORDS for w in words)


def find_sections(text: str) -> list[Section]:
    """Split ``text`` into consecutive sections covering it from the first heading on.

    Text before the first heading becomes a ``header`` section.
    """
    lines = text.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    starts: list[tuple[int, str, str]] = []
    for i, line in enumerate(lines):
        prev_line = lines[i - 1] if i else ""
        next_line = lines[i + 1] if i + 1 < len(lines) else ""
        found = _heading_of_line(line, prev_line, next_line)
        if found:
            section_type, heading, _ = found
            indent = len(line) - len(line.lstrip())
            starts.append((offsets[i] + indent, section_type, heading))
    sections: list[Section] = []
    first = starts[0][0] if starts else len(text)
    if text[:first].strip():
        sections.append(Section("header", SECTION_LABELS["header"], 0, first))
    for index, (start, section_type, heading) in enumerate(starts):
        end = starts[index + 1][0] if index + 1 < len(starts) else len(text)
        sections.append(Section(section_type, heading, start, end))
    return _inherit_types(text, _name_options(text, _merge_subheadings(text, sections)))


_OPTION_HEADING = re.compile(r"^(?:either|or|pattern|alternative|option)\s+(?:[ivx]{1,4}|\d|[a-d])\b", re.IGNORECASE)
_MD_DEPTH = re.compile(r"[ \t]*(#{1,6})[ \t]")


def markdown_depth(text: str, start: int) -> int:
    """1-6 for a Markdown heading line at ``start`` (web pages and DOCX become Markdown), else 0: unknown."""
    match = _MD_DEPTH.match(text, start)
    return len(match.group(1)) if match else 0


def _name_options(text: str, sections: list[Section]) -> list[Section]:
    """'Or II' alone says nothing: an option heading under a class's Markdown heading ("## Senior Typist",
    "### Either I") is named after it ("Senior Typist / Either I"), so the class it qualifies for is known."""
    parents: dict[int, str] = {}  # Markdown depth -> latest heading at that depth
    for section in sections:
        depth = markdown_depth(text, section.start)
        if not depth:
            continue
        own = section.heading.split(" / ")[-1]
        if _OPTION_HEADING.match(own) and " / " not in section.heading:
            parent = next((parents[d] for d in range(depth - 1, 0, -1) if d in parents), "")
            if parent and not _OPTION_HEADING.match(parent.split(" / ")[-1]):
                section.heading = f"{parent} / {section.heading}"
        else:
            parts = section.heading.split(" / ")
            while len(parts) > 1 and _OPTION_HEADING.match(parts[-1]):
                parts.pop()
            parents[depth] = " / ".join(parts)
            for deeper in [d for d in parents if d > depth]:
                del parents[deeper]
    return sections


def _inherit_types(text: str, sections: list[Section]) -> list[Section]:
    """A Markdown heading that names no kind of section ("### Accountant II" under "## Level Distinctions") is part
    of the section above it: it takes that section's type, as the first such heading does when folded into it."""
    typed: dict[int, str] = {}  # Markdown depth -> type of the latest heading at that depth
    siblings_type = ""  # "MINIMUM QUALIFICATIONS / FISCAL OFFICER I": the type the next class headings share
    for section in sections:
        depth = markdown_depth(text, section.start)
        if not depth:
            # in plain text, class headings one after another under one typed heading ("FISCAL OFFICER I:",
            # "FISCAL OFFICER II:" after "MINIMUM QUALIFICATIONS") are its parts
            parts = section.heading.split(" / ")
            # (the class's name may be followed by an empty option heading: "… / 26-118 SCHOOL GROUNDS WORKER / EITHER")
            if len(parts) > 1 and any(_names_a_class(part) for part in parts[1:]) and section.type != "other":
                siblings_type = section.type
            elif section.type == "other" and siblings_type and _sibling_class(section.heading):
                section.type = siblings_type
            elif section.type != "other" or not _sibling_class(section.heading):
                siblings_type = ""
            continue
        if section.type == "other":
            section.type = next((typed[d] for d in range(depth - 1, 0, -1) if d in typed), "other")
        typed[depth] = section.type
        for deeper in [d for d in typed if d > depth]:
            del typed[deeper]
    return sections


def _merge_subheadings(text: str, sections: list[Section]) -> list[Section]:
    """Fold an empty heading into the next section and sub-labels of a KSA block into it."""
    merged: list[Section] = []
    for section in sections:
        if merged:
            previous = merged[-1]
            prev_content = _content_after_heading(text[previous.start:previous.end], previous.heading)
            # A heading with nothing under it ("QUALIFICATIONS" then "Knowledge of:")
            if not prev_content and previous.type != "header":
                section_type = section.type if section.type not in {"other"} else previous.type
                if previous.type == "qualifications" and section.type == "ksa":
                    section_type = "ksa"
                merged[-1] = Section(section_type, previous.heading, previous.start, section.end)
                named = section.type == "other" and text.startswith("#", section.start)  # "## Carpenter II"
                if named or section.type != previous.type or _OPTION_HEADING.match(section.heading):
                    # "Minimum Qualifications" then "Carpenter II": the second names whose requirements follow
                    merged[-1].heading = f"{previous.heading} / {section.heading}"
                continue
            # "Knowledge of:" followed by "Ability to:" are one KSA section
            if previous.type == "ksa" and section.type == "ksa":
                merged[-1] = Section("ksa", previous.heading, previous.start, section.end)
                continue
        merged.append(Section(section.type, section.heading, section.start, section.end))
    return merged


def _content_after_heading(body: str, heading: str) -> str:
    """The section's text without its heading (run-in labels keep the rest of their line)."""
    stripped = body.lstrip()
    merged = " / " in heading
    heading = heading.split(" / ")[-1]  # a heading merged with an empty one before it: its own line ends it
    position = stripped.find(heading)
    if 0 <= position <= 8 or (merged and position >= 0):
        rest = stripped[position + len(heading):]
    else:
        newline = stripped.find("\n")
        rest = stripped[newline:] if newline >= 0 else ""
    return rest.strip(" \t\n:*#-=_~")  # (a rule under the heading is no content: "MINIMUM QUALIFICATIONS" / "-----")
