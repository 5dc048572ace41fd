"""Identify a class specification: its title, employer, class code and levels.

Read from the text; the title falls back to the file name only when the text
names none.

Example:
    >>> info = identify("CITY OF HARLOW SPRINGS\\nTitle: Bus Operator\\n", "bus.txt")
    >>> info.title, info.employer
    ('Bus Operator', 'City of Harlow Springs')
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from assistant.domain.levels import TITLE_LEVEL_PATTERN, level_name, series_rank, without_level
from assistant.ingest.class_table import ClassInfo, find_classes
from assistant.ingest.employers import (
    employer_aliases,
    employer_in_context,
    employer_of_department,
    find_employer,
    letterhead_name,
)
from assistant.ingest.title_finder import find_title
from assistant.ingest.title_text import title_abbreviation, with_acronyms

_CODE_LABEL = re.compile(
    r"(?:class|job|position)?\s*(?:code|number|no\.)s?(?:\*\*)?\s*[:|]\s*(?:\*\*)?\s*([A-Z]{0,4}-?\d{2,6}[A-Z]?)",
    re.IGNORECASE,
)


@dataclass
class DocInfo:
    """What a document is about, as stated in its text."""

    title: str
    employer: str = ""
    class_code: str = ""
    levels: list[str] = field(default_factory=list)
    title_from_filename: bool = False
    classes: list[ClassInfo] = field(default_factory=list)  # the classes a series document describes, with codes

    @property
    def employer_aliases(self) -> list[str]:
        return employer_aliases(self.employer)


# an opening's or a paper's number ("Recruitment No.: 25-0417-PHN", "Position Number: 00417-2298") is no class code
_OTHER_NUMBER = re.compile(r"\b(?:recruitment|posting|position|exam(?:ination)?|announcement|requisition|bulletin|"
                           r"resolution|ordinance|vacancy|job\s+id)\s*$", re.IGNORECASE)


def find_class_code(text: str) -> str:
    for match in _CODE_LABEL.finditer(text[:4000]):
        label_start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        label = match.group(0).lstrip().lower()
        if label.startswith("position") or (not label.startswith(("class", "job"))
                                            and _OTHER_NUMBER.search(text, 0, label_start)):
            continue
        return match.group(1)
    return ""


def find_levels(text: str, title: str) -> list[str]:
    """Levels of a series named in the text (e.g. ['Intern', 'I', 'II', 'III']).

    A title that itself ends in one level ("Technician II") is one level of a
    series filed separately: it has no levels of its own.
    """
    bases = {without_level(part).strip().lower() for part in title.split(" / ")}
    joined = " / " in title and len(bases) == 1  # "Parks and Trails Ranger I / Parks and Trails Ranger II"
    if not joined and re.search(r"(?<!/)\s(?:%s)$" % TITLE_LEVEL_PATTERN, title):
        return []
    base = without_level(title.split(" / ")[0] if joined else title).strip()
    base = re.sub(r"\s+(?:class\s+)?series$", "", base, flags=re.I)  # a series page names its levels by the base title
    found: list[str] = []
    if not base:
        return found
    abbreviation = title_abbreviation(base)
    names = [re.escape(base)]
    if len(abbreviation) >= 3:
        names.append(re.escape(abbreviation))
    pattern = re.compile(r"\b(?:%s)\s+(Intern|Trainee|%s)\b" % ("|".join(names), TITLE_LEVEL_PATTERN), re.IGNORECASE)
    for match in pattern.finditer(text):
        level = match.group(1)
        level = level_name(level)
        if level not in found:
            found.append(level)
    # A title like "Network Administrator I/II"
    slash = re.search(r"\b((?:[IVX]+\s*/\s*)+[IVX]+)$", title)
    if slash:
        for level in (part.strip() for part in slash.group(1).split("/")):
            if level not in found:
                found.append(level)
    found.sort(key=series_rank)
    return found if len(found) >= 2 else []


def identify(text: str, filename: str, html_title: str = "", context: str = "") -> DocInfo:
    """Title, employer, class code and levels; ``context`` (a web page's furniture) may name the employer."""
    # the document's own text first; then its furniture, repeated names before any name (a Word file's page header
    # may be the only place that names the district)
    # (a letterhead line of the furniture, "WYNDCLIFF PORT AUTHORITY" over a Word file's pages, counts as a web page's
    # title does: more than a name that a sentence's capitalised verb makes up, "Trains Authority staff on …")
    employer = find_employer(text, html_title or letterhead_name(context)) or employer_in_context(context) \
        or employer_of_department(html_title + "\n" + text) or find_employer(context)
    titled_code = re.search(r"\((\d{3,6})\)\s*(?:[-|–].*)?$", html_title)  # "Auditor I (4175) - CalHR"
    title, from_filename = find_title(text, employer, filename, html_title)
    title = with_acronyms(title, text)
    classes = find_classes(text, title)
    title = bulletin_title(series_title(title, classes), classes, text)
    if from_filename and len(classes) >= 2:
        # a bulletin for several classes whose heading the title finder could not read: its classes' table names it
        # ("Emergency Medical Technician (Ambulance) / EMS Paramedic / EMS Field Supervisor"), not its file's name
        title, from_filename = " / ".join(c.title for c in classes[:4]), False
    return DocInfo(
        title=title,
        employer=employer,
        class_code=titled_code.group(1) if titled_code else find_class_code(text),
        levels=find_levels(text, title),
        title_from_filename=from_filename,
        classes=classes,
    )


def series_title(title: str, classes: list[ClassInfo]) -> str:
    """A series printed one class per page opens with its first class's heading ("MAINTENANCE WORKER I"), which
    the title finder takes: the document is the series, titled by its classes ("Maintenance Worker I / Maintenance
    Worker II / Senior Maintenance Worker") so that none of them reads as the whole document."""
    if len(classes) < 2 or title.lower() != classes[0].title.lower():
        return title
    base = without_level(title).lower()
    if not base or not all(base in c.title.lower() for c in classes[1:]):
        return title
    return " / ".join(c.title for c in classes[:4])


MIN_BULLETIN_CLASSES = 3


def bulletin_title(title: str, classes: list[ClassInfo], text: str) -> str:
    """A bulletin announcing several different classes, each under its own heading ("## Detention Nurse (RN)",
    "## Pharmacy Technician", "## Detention Medical Technician"), whose first heading the title finder took: the
    document is titled by all its classes, so that none of them reads as the whole bulletin."""
    if len(classes) < MIN_BULLETIN_CLASSES or title.lower() != classes[0].title.lower():
        return title
    headed = [c for c in classes
              if re.search(r"^#{1,3}[ \t]+%s[ \t]*$" % re.escape(c.title), text, re.MULTILINE | re.IGNORECASE)]
    if len(headed) < len(classes):
        return title
    return " / ".join(c.title for c in classes[:4])


def apply_correction(info: DocInfo, correction: Any, text: str) -> DocInfo:
    """``info`` with HR's correction (``assistant.index.corrections.Correction``) laid over it.

    A corrected title without corrected levels has its levels found again under the new title.
    """
    overrides = correction.overrides() if correction is not None else {}
    if not overrides:
        return info
    fixed = replace(info, **overrides)
    if "title" in overrides:
        fixed.title_from_filename = False
        if "levels" not in overrides:
            fixed.levels = find_levels(text, fixed.title)
        fixed.classes = find_classes(text, fixed.title)
    return fixed
