"""A document's title read from its file name: the last resort when no line of it names the class, and the
witness that picks out the line that does when the title found names no job.

Why a module of its own: a file name carries the employer's name and initials as often as the job's
("corvane-mud-engineering-job-family-matrix.txt"), and those are no part of the title.

Example:
    >>> filename_title("pells-crossing-public-works-mechanic.txt", "Town of Pell's Crossing")
    'Public Works Mechanic'
    >>> filename_title("corvane-mud-engineering-job-family-matrix.txt", "Corvane Metropolitan Utility District")
    'Engineering Job Family Matrix'
    >>> filename_title("dwyford-county-pharmacist-exam-bulletin.txt", "Dwyford County")
    'Pharmacist'
"""

from __future__ import annotations

import re
from pathlib import PurePath

from assistant.domain.job_nouns import ends_with_job_noun
from assistant.ingest.employers import GOVERNMENT_KINDS, employer_aliases, employer_initials
from assistant.ingest.title_text import smart_case

__all__ = ["file_title_in_text", "filename_title", "line_named_by_file"]


def filename_title(filename: str, employer: str) -> str:
    """The file name as a title ("bus-operator.pdf" -> "Bus Operator"), without the employer's name."""
    # Lines like "IT Systems Specialist, Dept. Infrastructure & Operations" are too unreliable: fall back to the file name
    stem = PurePath(filename).stem
    words = re.split(r"[-_\s]+", stem)
    title = " ".join(w.upper() if len(w) <= 2 and w.lower() in {"it", "hr", "gis"} else w.capitalize() for w in words if w)
    if employer:
        # (its place word alone too: "ryndale-cmc-…" of the Ryndale Valley Community Media Commission)
        place = employer.split()[0]
        for alias in [*employer_aliases(employer), *([place] if place not in (*GOVERNMENT_KINDS, "The") else [])]:
            spelled = alias.lower().replace("'", "").replace("’", "")  # "pells-crossing-…" for "Pell's Crossing"
            if title.lower().startswith(spelled + " "):
                title = title[len(spelled) + 1:]
                # "kelvarra-state-juvenile-probation-officer-…" of the State of Kelvarra: the employer's kind of
                # government after its name ("City", "County", "State") is no part of the job's name either
                first, _, rest = title.partition(" ")
                if rest and first in GOVERNMENT_KINDS and first.lower() in employer.lower().split():
                    title = rest
                break
        # "corvane-mud-engineering-…": the initials of the employer's kind of body ("MUD" for Metropolitan Utility
        # District) after its name
        first, _, rest = title.partition(" ")
        if rest and first.lower() in employer_initials(employer):
            title = rest
    # "…-asbestos-lead-program-technician-exam-bulletin.txt": the kind of document after the job is no part of its name
    named = _DOCUMENT_KIND_TAIL.sub("", title)
    # (a one-word job keeps its name: "pharmacist-exam-bulletin"; "job-posting" is no job)
    return named if len(named.split()) >= 2 or ends_with_job_noun(named) else title


_DOCUMENT_KIND_TAIL = re.compile(r"\s+(?:(?:Exam|Examination|Job|Recruitment) (?:Bulletin|Announcement|Posting|Flyer)|"
                                 r"Class Spec(?:ification)?|Job Description|Posting|Bulletin|Flyer)$")


_JOINING = {"and", "of", "the", "&"}


def line_named_by_file(text: str, filename: str, employer: str) -> str:
    """A line of ``text`` whose words, joining words aside, are those of the file's name read as a title and end on a
    job's noun ("…-license-permit-analyst.txt" / "LICENSE AND PERMIT ANALYST"); '' when there is none."""
    named = filename_title(filename, employer)
    wanted = [w for w in named.lower().split() if w not in _JOINING]
    if len(wanted) < 2 or not ends_with_job_noun(named):
        return ""
    for line in text.split("\n"):
        words = [w for w in re.findall(r"[\w'’-]+", line.lower()) if w not in _JOINING]
        if words == wanted:
            return smart_case(line.strip(" #*"))
    return ""


def file_title_in_text(text: str, filename: str, employer: str) -> str:
    """The file's name read as a title when it ends on a job's noun and the text says it, else ''."""
    named = filename_title(filename, employer)
    words = named.split()
    if len(words) < 2 or not ends_with_job_noun(named):
        return ""
    return named if re.search(r"\b%s\b" % r"\s+".join(map(re.escape, words)), text, re.IGNORECASE) else ""
