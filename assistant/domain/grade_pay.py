"""A class's pay read in two steps: its grade from the table of classes, the grade's range from the pay table.

Why: a university or district page lists its classes with a pay grade ("Administrative Assistant II | 10121 |
S07 | Non-exempt", or a matrix row "Salary Grade | 25 | 27 | 29 | 32" under "Accountant 1 | … | Accountant 3")
and gives the money once per grade further down ("S07 | $41,600 | $49,920 | $58,240"). Asked what the class
pays, the answer is that grade's row, with the row that gives the class its grade.

Example:
    >>> text = "Class Title | Pay Grade\\nClerk II | S07\\n\\nGrade | Minimum | Maximum\\nS07 | $41,600 | $58,240"
    >>> class_grade(text, "Clerk II")
    ('S07', 24)
    >>> grade_row(text, "S07")
    (66, 89)
"""

from __future__ import annotations

import re

from assistant.domain.levels import level_name
from assistant.table_rows import table_cells

__all__ = ["asked_class_grade", "class_grade", "grade_row", "level_marked_grade", "named_grade", "same_title", "stated_grade"]

# ("Pay range (Schedule A)": the schedule the grade is of, in brackets)
# ("Hourly pay grade": the period its schedule is paid by, first)
GRADE_LABEL = re.compile(r"^(?:(?:hourly|daily|weekly|biweekly|semi-?monthly|monthly|annual)\s+)?(?:(?:pay|salary|job)\s+)?"
                         r"(?:grade|range|band)(?:\s+(?:no\.?|number))?(?:\s*\([^()]{1,30}\))?$",
                         re.IGNORECASE)
_AMOUNT = re.compile(r"\$\s?\d")
_RATE = re.compile(r"\|\s*\d{1,3}(?:,\d{3})*\.\d{2}\s*(?:\||$)")  # a schedule's cell of dollars and cents ("| 20.09 |")


def _title_key(title: str) -> tuple[str, ...]:
    """A title's words, lower case, a level numeral in one form ("Accountant 3" and "Accountant III" alike)."""
    words = re.findall(r"[A-Za-z0-9']+", title)
    return tuple(level_name(w).lower() if re.fullmatch(r"[1-5]|[IVX]{1,4}", w) else w.lower() for w in words)


def same_title(cell: str, title: str) -> bool:
    return bool(cell) and _title_key(cell) == _title_key(title)


def _table_lines(text: str) -> list[tuple[int, str]]:
    """(offset, line) for every line of the text."""
    out, offset = [], 0
    for line in text.split("\n"):
        out.append((offset, line))
        offset += len(line) + 1
    return out


def class_grade(text: str, title: str) -> tuple[str, int]:
    """The grade a pipe table gives ``title`` and the offset of the row that gives it, or ('', -1): a row naming
    the class under a header with a grade column, or a grade row of a table whose header row names the class as
    a column."""
    lines = _table_lines(text)
    block: list[tuple[int, str]] = []
    for offset, line in lines + [(len(text), "")]:
        if " | " in line or line.strip().startswith("|"):
            block.append((offset, line))
            continue
        found = _grade_in_block(block, title)
        if found[0]:
            return found
        block = []
    return "", -1


def _grade_in_block(block: list[tuple[int, str]], title: str) -> tuple[str, int]:
    if len(block) < 2:
        return "", -1
    header = table_cells(block[0][1])
    grade_column = next((i for i, name in enumerate(header) if GRADE_LABEL.match(name)), -1)
    for offset, line in block[1:]:
        cells = table_cells(line)
        if grade_column >= 0 and any(same_title(c, title) for c in cells) and grade_column < len(cells):
            grade = _without_note(cells[grade_column])
            if grade and not _AMOUNT.search(grade):
                return grade, offset
    # a matrix: the class is a column named in a row near the top, the grade a row of its own
    for _, line in block[:3]:
        cells = table_cells(line)
        column = next((i for i, c in enumerate(cells) if i and same_title(c, title)), -1)
        if column < 0:
            continue
        for offset, row in block:
            row_cells = table_cells(row)
            if row_cells and GRADE_LABEL.match(row_cells[0]) and column < len(row_cells) and row_cells[column] \
                    and not _AMOUNT.search(row_cells[column]):
                return _without_note(row_cells[column]), offset
    return "", -1


def _without_note(cell: str) -> str:
    """A grade cell without the note after it: "G-19 (General Salary Schedule, biweekly; see Attachment 1)"."""
    return cell.split("(")[0].strip() or cell


_GRADE_WORDS = re.compile(r"^(?:(?:pay|salary)\s+)?(?:grade|range)\s*(?:no\.?|#)?\s*(?=\S)", re.I)


def grade_row(text: str, grade: str) -> tuple[int, int]:
    """The span of the pay table row whose first cell is ``grade`` and which states an amount, or (-1, -1)."""
    # ("Range 123" in the table of classes, "123" in the schedule's first column)
    wanted = _GRADE_WORDS.sub("", grade.strip()).lower() or grade.strip().lower()
    spaced = re.compile(r"^\s*(?:grade\s+|range\s+)?%s\s+(?:(?:\$\s?\d{1,3}(?:,\d{3})*(?:\.\d{2})?|\d{1,3}(?:,\d{3})*\.\d{2})\s*(?:[-–]\s*)?){2,}$"
                        % re.escape(wanted), re.I)  # ("22 $3,966 $4,164 …": whole dollars with their sign)
    labelled = re.compile(r"^\s*(?:pay\s+|salary\s+)?(?:grade|range)\s+%s\s*:\s*\$\s?\d" % re.escape(wanted), re.I)
    # (a tag after the grade names the classes on it: "M-45 PIS II | $5,870 | … | $7,135")
    first_cell = re.compile(r"(?:grade |range )?%s(?: [^\s\d$|]+){0,3}" % re.escape(wanted), re.I)
    for offset, line in _table_lines(text):
        cells = table_cells(line)
        if len(cells) >= 2 and first_cell.fullmatch(cells[0]) \
                and (_AMOUNT.search(line) or _RATE.search(line)):
            lead = len(line) - len(line.lstrip(" |"))
            return offset + lead, offset + len(line.rstrip(" |"))
        if spaced.match(line) or labelled.match(line):
            # a PDF's schedule row without separators ("14 $19.86 $20.85 $21.90 $22.99 $24.14"), or a line given
            # to the grade ("Pay Grade 22: $4,962 - $6,948 per month")
            lead = len(line) - len(line.lstrip())
            return offset + lead, offset + len(line.rstrip())
    return -1, -1


MAX_TITLE_WORDS = 6


def asked_class_grade(text: str, question: str, titles: list[str] | None = None) -> tuple[str, int]:
    """The grade of the class the question names (the longest table cell, or of ``titles``, whose words it writes
    out: "Accountant 3" for "… an Accountant 3 at …"), and the offset of the row or line giving it; ('', -1)
    when none."""
    asked = _title_key(question)
    named: list[str] = [t for t in titles or [] if _written_in(asked, _title_key(t))]
    for _, line in _table_lines(text):
        if " | " not in line:
            continue
        for cell in table_cells(line):
            key = _title_key(cell)
            if not 1 <= len(key) <= MAX_TITLE_WORDS or not any(ch.isalpha() for ch in cell) or _AMOUNT.search(cell):
                continue
            if _written_in(asked, key):
                named.append(cell)
    for cell in sorted(set(named), key=lambda c: -len(_title_key(c))):
        grade, offset = class_grade(text, cell)
        if not grade:
            grade, offset = stated_grade(text, cell)
        if grade:
            return grade, offset
    return "", -1


def _written_in(asked: tuple[str, ...], key: tuple[str, ...]) -> bool:
    return bool(key) and any(asked[i:i + len(key)] == key for i in range(len(asked) - len(key) + 1))


# ("Pay Grade: | 26", "Pay Grade | 27 (see …)": a label cell and its value cell)
# ("SALARY GRADE........: 21": an HR system print-out's field, its label's dot leaders before the colon)
_RANGE_WORDS = r"(?:salary\s+|pay\s+)?(?:range|grade)\s*(?:no\.?|number|#)?(?:\s*[:|]|\.{2,}){0,3}\s*([A-Z]{0,2}-?\d{1,3}[A-Z]?)\b"
_CODE_THEN_GRADE = re.compile(r"\b(?:class\s+|job\s+)?(?:code|no\.?|number)\s+(?:(?:pay|salary)\s+)?(?:grade|range)\b", re.I)
# ("Title Examiner I is assigned to Range 18 and Title Examiner II to Range 22": the verb left out the second time)
_PLACED_ON = r"\s+(?:(?:is|are)\s+(?:placed|assigned|allocated|paid)\s+)?(?:on|to|at|in)\s+(?:the\s+)?"
_STATED_NEAR = 600  # a class's heading and the "Salary: Range 31" line under it


def _title_pattern(title: str) -> str:
    return r"\W+".join(re.escape(w) for w in re.findall(r"[A-Za-z0-9']+", title))


def named_grade(text: str, title: str) -> tuple[str, tuple[int, int]] | None:
    """The range or grade a line gives ``title`` by name, and the span saying so; None when none.

    "Instructional Aide II: Range 27"; a code between ("Child Nutrition Cook II 5211 Range 22 10 months …", a table
    row printed in spaces); a sentence ("The Nutrition Education Coordinator is placed on Range 24 of the …",
    "… and Title Examiner II to Range 22"); or the grade first ("Shaded rows: Range 11, Plant Propagator I;
    Range 14, Plant Propagator II")."""
    words = _title_pattern(title)
    if not words:
        return None
    named = re.search(r"\b%s\s*(?:[:\-–(]\s*|\s+\(?[A-Z]{0,3}-?\d{3,6}\)?\s+|%s)(?P<grade>%s)"
                      % (words, _PLACED_ON, _RANGE_WORDS), text, re.IGNORECASE)
    if named:
        return named.group(2), named.span("grade")  # (the span of "Grade 23", which a card cites)
    first = re.search(r"%s\s*[,:–—-]\s*(?:the\s+)?%s\b(?!\s*[IVX\d]\b)" % (_RANGE_WORDS, words), text, re.IGNORECASE)
    if first:
        return first.group(1), (first.start(), first.end(1))
    return None


# "Salary: Biweekly Range 19 (I) and Range 22 (II)": each level's grade, its numeral in brackets after it
_LEVEL_MARKED_GRADE = re.compile(r"\b(?:grade|range|band)\s+(?P<value>[A-Z]{0,3}-?\d{1,3}[A-Z]?)\s*\(\s*(?:level\s+)?"
                                 r"(?P<level>[IVX]{1,4}|[1-5])\s*\)", re.IGNORECASE)


def level_marked_grade(text: str, level: str) -> tuple[str, tuple[int, int]] | None:
    """The grade the text gives ``level`` by its numeral in brackets ("Range 22 (II)"), and its span; None when
    none. The whole text is read: the line naming both levels' grades belongs to neither level's part alone."""
    if not level:
        return None
    for match in _LEVEL_MARKED_GRADE.finditer(text):
        if level_name(match.group("level")) == level:
            return match.group("value"), (match.start(), match.end())
    return None


def stated_grade(text: str, title: str) -> tuple[str, int]:
    """The range or grade a line gives ``title`` in words ("Instructional Aide II: Range 27", or "Salary: Range 31"
    a few lines under the class's heading), and its offset; ('', -1) when none."""
    words = _title_pattern(title)
    if not words:
        return "", -1
    named = named_grade(text, title)
    if named is not None:
        return named[0], text.rfind("\n", 0, named[1][0]) + 1
    # a class table printed without rules: "Weights and Measures Inspector II 7742 22 Non-exempt …" under a header
    # line that names the grade after the code ("Class Title Code Pay Grade FLSA …")
    for row in re.finditer(r"^\s*%s\s+\d{3,6}\s+([A-Z]{0,2}-?\d{1,3}[A-Z]?)\b" % words, text, re.IGNORECASE | re.MULTILINE):
        above = text[:row.start()].rstrip("\n").split("\n")[-3:]
        if any(_CODE_THEN_GRADE.search(line) for line in above):
            return row.group(1), row.start() + (len(row.group(0)) - len(row.group(0).lstrip()))
    # (the heading may carry its label: "CLASS TITLE: UNDERGROUND STORAGE TANK INSPECTOR")
    heading = re.search(r"^[#\s*]*(?:(?:class|job|position)\s+title\W*)?%s\W*$" % words, text,
                        re.IGNORECASE | re.MULTILINE)
    if heading:
        under = re.search(r"\b%s" % _RANGE_WORDS, text[heading.end():heading.end() + _STATED_NEAR], re.IGNORECASE)
        if under:
            at = heading.end() + under.start()
            return under.group(1), text.rfind("\n", 0, at) + 1
    return "", -1
