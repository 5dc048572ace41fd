"""The words of job titles as people write them: synonyms and short forms, the base title and its level.

Applied alike to class titles and to questions, so "rec coord" and "Recreation Coordinator" meet.

Example:
    >>> normalize_title_tokens("Sr. Maint Tech")
    ['senior', 'maintenance', 'technician']
    >>> title_parts("Carpenter Series"), title_parts("Technician II")
    (('Carpenter', ''), ('Technician', 'II'))
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.domain.job_nouns import ends_with_job_noun
from assistant.domain.levels import roman
from assistant.text import raw_tokens

# Job-title words people shorten or swap; applied to both titles and questions.
TITLE_SYNONYMS = {
    "admin": "administrator", "administrative": "administrative", "tech": "technician", "techs": "technician",
    "technicians": "technician", "specialists": "specialist", "spec": "specialist", "asst": "assistant",
    "coord": "coordinator", "rec": "recreation", "maint": "maintenance", "mgr": "manager", "sr": "senior", "jr": "junior", "driver": "operator", "drivers": "operator",
    "operators": "operator", "workers": "worker", "analysts": "analyst", "accountants": "accountant",
    "librarians": "librarian", "administrators": "administrator", "assistants": "assistant", "coordinators": "coordinator",
    "supervisors": "supervisor", "officers": "officer", "clerks": "clerk", "engineers": "engineer",
    "cop": "police", "cops": "police", "rep": "representative", "reps": "representative",
    "representatives": "representative", "para": "paraeducator", "paras": "paraeducator",
}
PHRASE_SYNONYMS = [
    (re.compile(r"\binformation technology\b", re.I), "it"),
    (re.compile(r"\bhuman resources\b", re.I), "hr"),
    (re.compile(r"\bgeographic information systems?\b", re.I), "gis"),
]


def normalize_title_tokens(text: str) -> list[str]:
    for pattern, replacement in PHRASE_SYNONYMS:
        text = pattern.sub(replacement, text)
    out = []
    for token in raw_tokens(text):
        token = token.replace("'", "")
        out.append(TITLE_SYNONYMS.get(token, token))
    return out


@lru_cache(maxsize=4096)
def main_name_tokens(title: str) -> tuple[str, ...]:
    """The title's words outside brackets and before a dash that follows a job's name ("Paraeducator (Instructional
    Assistant)" -> paraeducator; "Custodian (Night Shift) - Harmon Elementary School" -> custodian), or () when it
    has no such part."""
    name = re.sub(r"\s*\([^)]*\)", " ", title).strip()
    head = re.split(r"\s+[-–—]\s+", name)[0].strip()
    if head != name and ends_with_job_noun(head):
        name = head  # the posting's unit or place after the class's name
    if name == title.strip():
        return ()
    base, _ = title_parts(name)
    return tuple(normalize_title_tokens(base))


def title_parts(title: str) -> tuple[str, str]:
    """(base title, its level numeral): 'Technician II' -> ('Technician', 'II'); 'Carpenter Series' -> ('Carpenter', '')."""
    title_level = ""
    # "Specialist I/II", "Specialist I / II", "Park Ranger 2"
    match = re.search(r"\s+((?:[IVX]+|[1-5])(?:\s*/\s*(?:[IVX]+|[1-5]))*)$", title)
    base = title
    if match:
        base = title[: match.start()]
        if "/" not in match.group(1):
            title_level = roman(match.group(1)) or match.group(1)
    base = re.sub(r"\s+(?:class\s+)?series$", "", base, flags=re.I)  # "Carpenter Series" names Carpenters
    return base, title_level
