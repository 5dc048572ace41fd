"""A class the catalog does not list, found named by a line of a retrieved document.

Why: the catalog knows a document by its title; a series specification ("Police Officer Series") describes its
Police Sergeant under a heading of its own, and a form's title can be misread ("Section A - Position
Identification" for the IT Support Specialist II's position description). A question naming that class must
then be answered from the document that names it, not refused as "no Police Sergeant specification".

Example:
    >>> names_class_in_line("POLICE SERGEANT\\nDefinition ...", "Police Sergeant")
    True
    >>> names_class_in_line("Reports to a Police Sergeant.", "Police Sergeant")
    False
    >>> names_class_in_line("6036   ELECTRICIAN      G31    30.64    39.83", "Electrician")  # a plan's row
    True
    >>> names_class_in_line("Title   Engineer I   Senior Engineer   Principal Engineer", "Principal Engineer")
    True
    >>> names_class_in_line("2332 Court Interpreter (Certified) (2) CT-38 $33.83 $41.12", "Court Interpreter")
    True
"""

from __future__ import annotations

import re

from langchain_core.documents import Document

from assistant.answering.wording import retrieved_ids
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.sentences import WRAP_LENGTH
from assistant.text import STOPWORDS

__all__ = ["document_naming_class", "names_class_in_line"]

MAX_NAMING_LINE = 90  # a heading or a title field is short; a sentence naming the class is no heading
DOCUMENTS_LOOKED_AT = 3


def names_class_in_line(text: str, name: str, schedule_rows: bool = True) -> bool:
    """Whether a short line of ``text`` is ``name`` as a heading or a title field ("## Police Sergeant",
    "POLICE SERGEANT (Class 2130)", "Position Title: IT Support Specialist II"), with at most two words before it
    ("IT") and no sentence around it; or, with ``schedule_rows``, a pay schedule's row ("2332 Court Interpreter
    (Certified) CT-38 $33.83 …"), which tells that class's pay and nothing else of it."""
    words = name.split()
    if not words:
        return False
    phrase = r"\s+".join(re.escape(w) for w in words)
    pattern = re.compile(
        r"^[ \t#*>|-]*(?:(?:position|class|job|working|classification)\s+title\s*[:|]\s*)?((?:[\w&/-]+\s+){0,2}?)"
        + phrase + r"(?:\s+(?:[IVX]{1,3}|[1-5]))?(?:\b[^.\n]{0,40}|(?:[ \t]{2,}|[ \t]*\|)[^\n]{0,100}"
        # a pay schedule's row, its cells one space apart ("2332 Court Interpreter (Certified) (2) CT-38 $33.83 $41.12")
        + (r"|[ \t][^\n$]{0,40}\$\s?\d[^\n]{0,80}" if schedule_rows else "") + r")$",
        re.IGNORECASE | re.MULTILINE,
    )
    cell = re.compile(r"(?:[\w&/-]+\s+){0,2}?" + phrase + r"(?:\s+(?:[IVX]{1,3}|[1-5]))?", re.IGNORECASE)
    header: list[str] = []
    offset = 0
    for line in text.split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        # a cell of a table's row ("Title   Engineer I   Engineer II   Senior Engineer   Principal Engineer", a
        # matrix of a job family's levels): the class is one of the row's columns
        cells = [c.strip() for c in re.split(r"[ \t]{2,}|[ \t]*\|[ \t]*", line) if c.strip()]
        if len(cells) < 3:
            header = []
            continue
        header = header or cells  # the table's first row names its columns
        found = [i for i, c in enumerate(cells) if cell.fullmatch(c)]
        if found and _in_list_of_other_classes(text, line_start):
            continue  # "RELATED CLASSES:" over "4115   SENIOR LIBRARY ASSISTANT   LEAD LEVEL": another class's name
        # (not under a "Reports To" column, nor in a row saying whom it reports to)
        if any(not (i < len(header) and _SUPERVISOR_CUE.search(header[i])) for i in found) \
                and not _SUPERVISOR_CUE.search(line):
            return True
    for match in pattern.finditer(text):
        if _in_menu(text, match.start(), match.end()):
            continue  # "… / Lateral Deputy Sheriff / Correctional Officer / Emergency Communications Dispatcher": a menu
        if _names_the_supervisor(text, match.start(), match.end(), phrase):
            continue  # "IMMEDIATE SUPERVISOR (TITLE) …" / "Museum Curator MUS-0102": whom the class reports to
        if _in_list_of_other_classes(text, match.start()):
            continue  # "## Related classes" / "- Waste Reduction Program Manager (class 2870)": another class's name
        if _continues_prose(text, match.start()):
            continue  # "… DISTINGUISHED FROM LIBRARY PAGE," / "AND FROM SENIOR LIBRARY ASSISTANT, WHICH …": a wrapped sentence
        before = match.group(1).split()
        # "IT Support Specialist II", "Senior Police Sergeant"; not "Reports to Police Sergeant"
        if len(match.group(0).strip()) <= MAX_NAMING_LINE and not any(
                (w.lower() in STOPWORDS and not w.isupper()) or w.lower().endswith("ed") for w in before):
            return True
    return False


_SUPERVISOR_CUE = re.compile(r"\bsupervisor\b|\bsupervised by\b|\breports? to\b|\breporting to\b|\bdirection of\b",
                             re.IGNORECASE)
LABEL_ROW = 80  # a form's row of box labels is short and ends in no full stop


def _names_the_supervisor(text: str, start: int, end: int, phrase: str = "") -> bool:
    """Whether the line at ``start``..``end``, or the row of box labels right above it, says whose supervisor it
    names ("Reports To: IT Infrastructure Manager"; "IMMEDIATE SUPERVISOR (TITLE)" over "Museum Curator MUS-0102").
    The class's own name (``phrase``, a pattern) is no cue: "EXTENDED DAY SITE SUPERVISOR" is a heading."""
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:end]
    if _SUPERVISOR_CUE.search(re.sub(phrase, " ", line, flags=re.I) if phrase else line):
        return True
    above = text[:line_start].rstrip("\n").split("\n")[-1] if start else ""
    return len(above) <= LABEL_ROW and not above.rstrip().endswith(".") and bool(_SUPERVISOR_CUE.search(above))


_OTHER_CLASSES = re.compile(r"\b(?:related|similar|other|see also|promotional|promotion|career (?:ladder|path)|"
                            r"lines? of promotion)\b", re.IGNORECASE)
_LIST_MARKER = re.compile(r"^\s*(?:[-*•▪◦]|\d{1,2}[.)])\s+")


def _in_list_of_other_classes(text: str, start: int) -> bool:
    """Whether the line at ``start`` is an item of a list led by a line that says its items are other classes
    ("## Related classes", "Promotional line:")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    row = _TABLE_ROW.search(text[line_start:line_end if line_end >= 0 else len(text)])
    if not _LIST_MARKER.match(text[line_start:start + 4]) and not row:
        return False
    for line in reversed(text[max(0, line_start - 600):line_start].split("\n")[:-1]):
        if not line.strip() or _LIST_MARKER.match(line) or (row and (_TABLE_ROW.search(line) or _RULE.match(line))):
            continue  # (a table's rows, its column names and rules: "4115   SENIOR LIBRARY ASSISTANT   LEAD LEVEL")
        return bool(_OTHER_CLASSES.search(line))  # the list's heading or lead-in line
    return False


def _continues_prose(text: str, start: int) -> bool:
    """Whether the line holding ``start`` carries on a sentence wrapped from the line above."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)].rstrip()
    return len(above) >= WRAP_LENGTH and (above[-1].isalpha() or above[-1] == ",") and not _COLUMNS.search(above)


_COLUMNS = re.compile(r"\S[ \t]{3,}\S.*\S[ \t]{3,}\S|\|")  # a row of three columns or more ("4101   LIBRARY PAGE   …")


_TABLE_ROW = re.compile(r"\S[ \t]{2,}\S|\|")
_RULE = re.compile(r"^[\s=_~-]+$")


MENU_LINE = 40  # a menu's entries are short lines, one under another


def _in_menu(text: str, start: int, end: int) -> bool:
    """Whether the line at ``start``..``end`` sits in a run of short lines, two above and two below (a site menu or
    a list of links), where a class's heading is followed by its text."""
    before = [line for line in text[max(0, start - 400):start].split("\n")[:-1] if line.strip()]
    after = [line for line in text[end:end + 400].split("\n")[1:] if line.strip()]
    near = before[-2:] + after[:2]
    return len(before) >= 2 and len(after) >= 2 and all(len(line.strip()) <= MENU_LINE for line in near)


def document_naming_class(plan: QueryPlan, docs: list[Document], snap: Snapshot) -> str:
    """The best-retrieved document (of the employer named) that names the class the catalog lacks
    (``plan.unlisted``) in a heading or title line, or ''."""
    if not plan.unlisted:
        return ""
    # a class named only by a row of another class's pay schedule answers what it pays, not what it requires
    asks_pay = bool(plan.intents) and plan.intents[0].name in {"salary", "grade"}
    for doc_id in [d for d in retrieved_ids(docs) if d in snap.documents][:DOCUMENTS_LOOKED_AT]:
        if plan.employers and not snap.employs(doc_id, plan.employers):
            continue
        if names_class_in_line(snap.doc_text(doc_id), plan.unlisted, schedule_rows=asks_pay):
            return doc_id
    return ""
