"""Cut a class specification into small citable pieces that know their topic and level.

Fact extraction works on *pieces*: sentences (or ``;`` clauses naming a level)
of prose, and cells of tables. Each piece carries the labels above it, nearest
first (a run-in label such as "Substitution:", the "Licenses and Certificates:"
line, the section heading, or a table's column header), its topic (a section
type from :mod:`assistant.ingest.sections`), and, in series documents, the levels it
speaks about ("Network Administrator II is exempt ..." -> ``{"II"}``). A table
cell cites its whole row.

Example:
    >>> ps = pieces("OVERTIME\\n\\nThis class is exempt.\\n", "Clerk", [])
    >>> ps[0].topic, "This class is exempt." == "OVERTIME\\n\\nThis class is exempt.\\n"[ps[0].start:ps[0].end]
    ('overtime', True)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from assistant.domain.levels import RANK_WORDS, is_roman, without_level, without_series
from assistant.ingest.sections import classify_heading, find_sections, markdown_depth
from assistant.ingest.title_text import title_abbreviation
from assistant.sentences import sentences


@dataclass
class Piece:
    """A sentence, clause or table cell: ``text[start:end]``; ``cite`` is the span to quote."""

    start: int
    end: int
    topic: str
    labels: tuple[str, ...]
    levels: frozenset[str] = field(default_factory=frozenset)
    cite: tuple[int, int] = (0, 0)
    in_table: bool = False

    def text(self, doc: str) -> str:
        return doc[self.start:self.end]

    def has_label(self, pattern: str) -> bool:
        return any(re.search(pattern, label) for label in self.labels)


class LevelMatcher:
    """Finds mentions of a series' levels: 'ITSS II and III', 'Level I', 'Intern & ITSS I'."""

    def __init__(self, title: str, levels: list[str]) -> None:
        self.levels = list(levels)
        self.series_name = ""
        if not levels:
            self.mention = None
            return
        base = without_level(title).strip(" \t-–—:|#*")
        # "Building Inspector Series": its rows and headings say "Building Inspector I", "Senior Building Inspector"
        self.series_name = without_series(base).strip(" \t-–—:|#*")
        names = [base] + ([self.series_name] if self.series_name != base else [])
        abbreviation = title_abbreviation(base)
        if len(abbreviation) >= 3:
            names.append(abbreviation)
        # ("Structural Welders II and III must obtain …", "Levels II and III": the plural names the levels too)
        prefix = r"(?:(?i:(?:%s)(?:e?s)?|levels?)\s+)" % "|".join(re.escape(n) for n in names if n)
        alternatives = []
        for level in sorted(levels, key=len, reverse=True):
            alternatives.append(re.escape(level) if is_roman(level) else "(?i:%s)" % re.escape(level))
        self.level_re = re.compile(r"\b(?:%s)(?![\w/+'’])" % "|".join(alternatives))
        one = r"%s?\b(?:%s)(?![\w/+'’])" % (prefix, "|".join(alternatives))
        self.mention = re.compile(r"%s(?:\s*(?:,|&|\band\b|\bor\b)\s*%s)*" % (one, one))
        self.prefix = re.compile(prefix)

    def _levels_in(self, mention: str) -> frozenset[str]:
        found = {m.group(0) for m in self.level_re.finditer(mention)}
        by_lower = {lv.lower(): lv for lv in self.levels}
        named = frozenset(by_lower.get(x.lower(), x) if not is_roman(x) else x for x in found)
        # A bare Roman numeral ("I") is too ambiguous without the title or "Level" before it.
        if not self.prefix.search(mention) and all(is_roman(x) for x in named):
            return frozenset()
        return named

    def subject(self, text: str) -> frozenset[str]:
        """Levels named at the start of ``text`` (after bullets and at most two run-in labels)."""
        if self.mention is None:
            return frozenset()
        body = re.sub(r"^[\s\-*•>#|]*(?:\*\*)?", "", text)
        for _ in range(3):
            body = re.sub(r"^(?:the|both|an?)\s+", "", body, flags=re.I)
            match = self.mention.match(body)
            if match:
                return self._levels_in(match.group(0))
            label = re.match(r"^[A-Z][\w ()/,&'’-]{0,50}?:\s*(?:\*\*)?\s*", body)
            if not label:
                break
            body = body[label.end():]
        return frozenset()

    def trailing(self, clause: str) -> frozenset[str]:
        """Levels of a clause that ends 'for Level I' / 'for Network Administrator II'."""
        if self.mention is None:
            return frozenset()
        match = re.search(r"\bfor\s+(?:the\s+)?(%s)\s*[.;:)]*\s*$" % self.mention.pattern, clause)
        if not match or len(self.mention.findall(clause)) > 1:
            return frozenset()  # "six months for Level I and twelve for Level II" names two
        return self._levels_in(match.group(1))


_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$|.+\s\|\s.+")
_SEPARATOR = re.compile(r"^[\s|:\-+]+$")
_BULLET = re.compile(r"^\s*(?:[-•*▪●◦]|\d{1,2}[.)])\s+")
_RUN_IN = re.compile(r"^[\s\-*•#]*(?:\*\*)?([A-Z][A-Za-z0-9 ,&/()'’\-]{1,60}?)(?:\*\*)?\s*:(?:\*\*)?(?=\s|$)")


OTHER_CLASS = "(another class)"  # the pieces under a sibling class's heading ("## Senior Buyer"): no level's, no doc's


class HeadingScope:
    """The level a Markdown heading names ("## Buyer II") holds for what follows, down to the next heading of the
    same depth or higher; a sibling heading naming another class of the kind ("## Senior Buyer", no level of the
    series) holds its own part apart, so its figures are read as no level's and not as the whole series'."""

    def __init__(self, matcher: LevelMatcher) -> None:
        self.matcher = matcher
        self.open: list[tuple[int, frozenset[str]]] = []

    @property
    def levels(self) -> frozenset[str]:
        return self.open[-1][1] if self.open else frozenset()

    def enter(self, line: str, heading: str) -> None:
        size = markdown_depth(line, 0)
        if not size or self.matcher.mention is None:
            return
        while self.open and self.open[-1][0] >= size:
            self.open.pop()
        named = self.matcher.subject(heading)
        if named:
            self.open.append((size, named))
        elif self._other_class(heading):
            self.open.append((size, frozenset({OTHER_CLASS})))

    def _other_class(self, heading: str) -> bool:
        words = heading.lower().split()
        series = self.matcher.series_name.lower()
        return bool(series) and len(words) >= 2 and words[0] in RANK_WORDS and " ".join(words[1:]) == series


def _heading_only(line: str) -> str | None:
    """The heading text if ``line`` is a heading or a bare label, else None."""
    stripped = line.strip()
    md = re.match(r"^#{1,6}\s+(.+?)\s*#*$", stripped)
    if md:
        inner = md.group(1).strip("* ")
        run_in = _RUN_IN.match(inner)
        if run_in and inner[run_in.end():].strip(" *"):
            return None  # "## PAY GRADE: 18" carries a value
        return inner.rstrip(":").strip()
    bold = re.match(r"^\*\*(.+?)\*\*:?\s*$", stripped)
    if bold:
        return bold.group(1).strip(": ")
    if re.match(r"^[^:|]{2,60}:\s*$", stripped) and len(stripped.split()) <= 8 and not _BULLET.match(stripped):
        return stripped.rstrip(": ").strip("* ")
    letters = [c for c in stripped if c.isalpha()]
    if (
        len(letters) >= 4 and sum(c.isupper() for c in letters) / len(letters) > 0.9
        and len(stripped.split()) <= 10 and ":" not in stripped and "$" not in stripped
        and not re.search(r"[.;]$", stripped)
    ):
        return stripped
    return None


def _cells(line: str, offset: int) -> list[tuple[str, int, int]]:
    """Cells of a table row as (text, start, end), trimmed of spaces and bold marks."""
    cells = []
    pos = 0
    for part in line.split("|"):
        start, end = pos, pos + len(part)
        pos = end + 1
        lead = len(part) - len(part.lstrip(" *\t"))
        tail = len(part) - len(part.rstrip(" *\t"))
        if end - tail > start + lead:
            cells.append((part.strip(" *\t"), offset + start + lead, offset + end - tail))
        elif 0 < start < len(line) - 1 or (start == 0 and not line.lstrip().startswith("|")):
            cells.append(("", offset + start, offset + start))
    return cells


def _topic(labels: tuple[str, ...], fallback: str) -> str:
    for label in labels:
        kind = classify_heading(label) if label else None
        if kind and kind != "header":
            return kind
    return fallback


def pieces(text: str, title: str, levels: list[str]) -> list[Piece]:
    """All pieces of ``text`` in document order."""
    matcher = LevelMatcher(title, levels)
    result: list[Piece] = []
    scope = HeadingScope(matcher)
    for section in find_sections(text):
        heading = section.heading.lower()
        block_label = ""
        unit: list[int] = []  # [start, end]
        table: list[tuple[int, str]] = []
        lines = text[section.start:section.end].split("\n")
        offset = section.start

        def flush_unit() -> None:
            if unit:
                _emit_unit(text, unit[0], unit[1], block_label, heading, section.type, matcher, result, scope.levels)
                unit.clear()

        def flush_table() -> None:
            if table:
                _emit_table(table, block_label, heading, section.type, matcher, result, scope.levels)
                table.clear()

        previous = ""
        for line in lines:
            line_start, line_end = offset, offset + len(line)
            offset = line_end + 1
            stripped = line.strip()
            if not stripped:
                flush_unit()
                flush_table()
                previous = ""
                continue
            if _TABLE_ROW.match(line) and not _BULLET.match(line):
                flush_unit()
                table.append((line_start, line))
                previous = line
                continue
            flush_table()
            heading_text = _heading_only(line)
            if heading_text is not None:
                flush_unit()
                scope.enter(line, heading_text)
                block_label = heading_text.lower()
                previous = ""
                continue
            lead = len(line) - len(line.lstrip())
            starts_new = (
                not unit or _BULLET.match(line) or _RUN_IN.match(line)
                or re.search(r"[.:!?]\s*$", previous) or matcher.subject(line)
            )
            if starts_new:
                flush_unit()
                unit.extend([line_start + lead, line_end])
            else:
                unit[1] = line_end
            previous = line
        flush_unit()
        flush_table()
    return result


def _emit_unit(
    text: str, start: int, end: int, block_label: str, heading: str, section_type: str,
    matcher: LevelMatcher, out: list[Piece], under: frozenset[str] = frozenset(),
) -> None:
    body = text[start:end].rstrip()
    end = start + len(body)
    bullet = re.match(r"[-•*▪●◦]\s+", body)
    if bullet:  # cite "OVERTIME STATUS: ..." rather than "- OVERTIME STATUS: ..."
        start += bullet.end()
        body = body[bullet.end():]
    run_in = _RUN_IN.match(body)
    unit_label = run_in.group(1).lower() if run_in and len(run_in.group(1).split()) <= 8 else ""
    current: frozenset[str] = matcher.subject(body) or under
    for s_start, s_end in sentences(text, start, end):
        sentence = text[s_start:s_end]
        own = _RUN_IN.match(sentence)
        sentence_label = own.group(1).lower() if own and (s_start != start) and len(own.group(1).split()) <= 6 else ""
        labels = tuple(x for x in (sentence_label, unit_label, block_label, heading) if x)
        topic = _topic(labels, section_type)
        subject = matcher.subject(sentence)
        if subject:
            current = subject
        clauses = _clauses(sentence, s_start)
        tagged = [(a, b, matcher.subject(text[a:b]) or matcher.trailing(text[a:b])) for a, b in clauses]
        if len(clauses) > 1 and any(levels for _, _, levels in tagged[1:]):
            for a, b, levels in tagged:
                out.append(Piece(a, b, topic, labels, levels or current, (a, b)))
        else:
            levels = subject or matcher.trailing(sentence) or current
            out.append(Piece(s_start, s_end, topic, labels, levels, (s_start, s_end)))


def _clauses(sentence: str, offset: int) -> list[tuple[int, int]]:
    spans = []
    cursor = 0
    for match in re.finditer(r";\s+", sentence):
        spans.append((offset + cursor, offset + match.start() + 1))
        cursor = match.end()
    spans.append((offset + cursor, offset + len(sentence)))
    return spans


def _emit_table(
    rows: list[tuple[int, str]], block_label: str, heading: str, section_type: str,
    matcher: LevelMatcher, out: list[Piece], under: frozenset[str] = frozenset(),
) -> None:
    parsed = []
    for line_start, line in rows:
        if _SEPARATOR.match(line):
            continue
        cells = _cells(line, line_start)
        if cells:
            lead = len(line) - len(line.lstrip(" |"))
            tail = len(line) - len(line.rstrip(" |"))
            parsed.append((cells, (line_start + lead, line_start + len(line) - tail)))
    if not parsed:
        return
    width = max(len(cells) for cells, _ in parsed)
    header: list[str] = []
    first_cells = parsed[0][0]
    if width >= 3 and len(parsed) > 1 and not any(re.search(r"\d", c[0]) for c in first_cells):
        header = [c[0].lower() for c in first_cells]
        parsed = parsed[1:]
    pairs = not header and _label_value_pairs([cells for cells, _ in parsed], width)
    by_name = {level: level for level in matcher.levels} | {level.lower(): level for level in matcher.levels}
    for cells, row_span in parsed:
        row_levels = matcher.subject(cells[0][0]) if cells else frozenset()
        if not row_levels and header:
            row_levels = _title_column_levels(cells, header, matcher)
        if not row_levels and header and cells and re.search(r"level|class|title|position", header[0]):
            # a "Level" column holding just "I", "II", "Intern"
            name = re.sub(r"^level\s+", "", cells[0][0].strip(), flags=re.I)
            exact = by_name.get(name) or by_name.get(name.lower()) if not is_roman(name) else by_name.get(name)
            row_levels = frozenset({exact}) if exact else frozenset()
        row_levels = row_levels or under
        for index, (cell, c_start, c_end) in enumerate(cells):
            if not cell:
                continue
            if pairs:
                column = cells[index - 1][0].lower() if index % 2 else ""
            elif width == 2 or (not header and index > 0):
                column = cells[0][0].lower() if index > 0 else ""
            else:
                column = header[index] if index < len(header) else ""
            labels = tuple(x for x in (column, block_label, heading) if x)
            out.append(Piece(c_start, c_end, _topic(labels, section_type), labels, row_levels, row_span, True))


_TITLE_COLUMN = re.compile(r"\btitle\b|^(?:class|classification|level|position)(?:\s+name)?$")
_PAIR_LABEL = re.compile(r"[A-Z][A-Za-z /&'’()-]{1,40}:?")


def _title_column_levels(cells: list[tuple[str, int, int]], header: list[str], matcher: LevelMatcher) -> frozenset[str]:
    """The levels a row names in a title column after its first cell ("2241 | Reprographics Operator I | G-07 | …":
    the class's name after its code)."""
    for index, (cell, _, _) in enumerate(cells[1:len(header)], 1):
        if _TITLE_COLUMN.search(header[index]):
            found = matcher.subject(cell)
            if found:
                return found
    return frozenset()


def _label_value_pairs(rows: list[list[tuple[str, int, int]]], width: int) -> bool:
    """Whether every row reads label, value, label, value ("Job Code | 3460 | Pay Grade | 27" over "Department |
    Public Library | FLSA Status | Exempt"): a header block laid out in two pairs a row, where each value's label
    is the cell before it and not the row's first cell."""
    if width < 4 or width % 2 or len(rows) < 2:
        return False
    return all(len(cells) == width and all(_PAIR_LABEL.fullmatch(cells[i][0]) for i in range(0, width, 2))
               for cells in rows)
