"""Split a class specification into section-bound chunks with exact offsets.

Chunks never cross a section boundary. Long sections split on paragraph and
bullet boundaries (sentences as a last resort) with a small overlap. In series
documents, a paragraph that opens with a level name ("IT Systems Specialist II -
Grade 23 - ...") starts its own chunk tagged with that level.

Example:
    >>> chunks = chunk_text("DEFINITION\\n\\nDoes things.\\n", title="Clerk", employer="", levels=[])
    >>> chunks[0].section_type, chunks[0].text
    ('summary', 'DEFINITION\\n\\nDoes things.')
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.domain.levels import without_level, without_series
from assistant.ingest.sections import SECTION_LABELS, Section, find_sections, markdown_depth
from assistant.ingest.title_text import title_abbreviation
from assistant.sentences import sentence_breaks, trimmed_spans


@dataclass
class Chunk:
    """One chunk: the exact span ``text == doc_text[start:end]`` and where it sits."""

    text: str
    start: int
    end: int
    section: str
    section_type: str
    level: str = ""


_BULLET = re.compile(r"^\s*(?:[-•*▪●◦]|\d{1,2}[.)]|[a-z][.)])\s+")
_INLINE_NUMBERED = re.compile(r"(?<=[.;:])\s+(?=\d{1,2}\.\s+[A-Z])|(?<=[a-z)])\s+(?=\d{1,2}\.\s+[A-Z][a-z])")


def _units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs and bullet lines in text[start:end], as trimmed (start, end) spans."""
    spans: list[tuple[int, int]] = []
    body = text[start:end]
    pos = 0
    for block in re.split(r"(\n\s*\n)", body):
        if not block.strip() or re.fullmatch(r"\n\s*\n", block):
            pos += len(block)
            continue
        lines = block.split("\n")
        line_pos = pos
        current: tuple[int, int] | None = None
        for line in lines:
            line_start = line_pos
            line_end = line_pos + len(line)
            line_pos = line_end + 1
            if not line.strip():
                continue
            if current is None or _BULLET.match(line) or " | " in line:
                if current is not None:
                    spans.append(current)
                current = (line_start, line_end)
            else:
                current = (current[0], line_end)
        if current is not None:
            spans.append(current)
        pos += len(block)
    return trimmed_spans(text, [(start + s, start + e) for s, e in spans])


def _split_long(text: str, span: tuple[int, int], limit: int) -> list[tuple[int, int]]:
    """Split an over-long unit at inline numbered items, then sentences."""
    s, e = span
    if e - s <= limit:
        return [span]
    piece = text[s:e]
    cuts = [m.end() for m in _INLINE_NUMBERED.finditer(piece)]
    if not cuts:
        cuts = [next_start for _, next_start in sentence_breaks(piece)]
    pieces: list[tuple[int, int]] = []
    last = 0
    for cut in cuts + [len(piece)]:
        if cut - last >= 1:
            pieces.append((s + last, s + cut))
            last = cut
    result = trimmed_spans(text, pieces)
    # Still too long (no sentence ends): hard wrap on whitespace
    final: list[tuple[int, int]] = []
    for a, b in result:
        while b - a > limit:
            cut = max(text.rfind(" ", a, a + limit), text.rfind("\n", a, a + limit))
            if cut <= a:
                cut = a + limit
            final.append(_trim(text, a, cut))
            a = cut
            while a < b and text[a].isspace():
                a += 1
        if b > a:
            final.append(_trim(text, a, b))
    return [span for span in final if span[1] > span[0]]


def _trim(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return (a, b)


def _paragraph_type(paragraph: str) -> str:
    """Type of an unlabelled prose paragraph before the first heading."""
    if len(paragraph) < 150 or len(re.findall(r"(?m)(?:^|\s)[A-Z][A-Za-z /&()]{1,30}:\s", paragraph)) >= 2:
        return "header"
    opening = paragraph[:200].lower()
    if re.match(r"(?:receives|under the (?:general |close )?(?:direction|supervision) of|reports to)", opening) or (
        "supervision" in opening and re.search(r"\bexercises\b|\breceives\b", opening)
    ):
        return "supervision"
    if re.match(r"this (?:is|class|classification|position)", opening) and re.search(r"level|series|class", opening):
        return "distinguishing"
    return "summary"


def _split_preamble(text: str, sections: list[Section]) -> list[Section]:
    """Give the unlabelled paragraphs of a header their own section types."""
    result: list[Section] = []
    for section in sections:
        if section.type != "header":
            result.append(section)
            continue
        for unit_start, unit_end in _units(text, section.start, section.end):
            kind = _paragraph_type(text[unit_start:unit_end])
            if result and result[-1].type == kind and result[-1].end <= unit_start and (
                result[-1].start >= section.start
            ):
                result[-1] = Section(kind, result[-1].heading, result[-1].start, unit_end)
            else:
                heading = SECTION_LABELS[kind]
                result.append(Section(kind, heading, unit_start, unit_end))
    return result


def level_patterns(title: str, levels: list[str]) -> list[tuple[str, re.Pattern[str]]]:
    """Regexes that recognise each level's name at the start of a paragraph."""
    if not levels:
        return []
    base = without_level(title).strip()
    abbreviation = title_abbreviation(base)
    names = [re.escape(base)] + ([re.escape(abbreviation)] if len(abbreviation) >= 3 else [])
    classes = without_series(base).strip()  # "Carpenter Series" names its classes "Carpenter II"
    if classes and classes.lower() != base.lower():
        names.append(re.escape(classes))
    head = r"^[\s\-*•>#]*(?:\*\*)?(?:the\s+)?(?:%s)" % "|".join(names)
    patterns = []
    for level in sorted(levels, key=len, reverse=True):
        patterns.append(
            (level, re.compile(head + r"\s+" + re.escape(level) + r"\b(?![/])", re.IGNORECASE))
        )
        patterns.append((level, re.compile(r"^[\s\-*•]*(?:\*\*)?level\s+" + re.escape(level) + r"\b", re.IGNORECASE)))
    return patterns


def unit_level(unit_text: str, patterns: list[tuple[str, re.Pattern[str]]]) -> str:
    for level, pattern in patterns:
        if pattern.search(unit_text[:120]):
            return level
    return ""


def chunk_text(
    text: str,
    title: str,
    employer: str,
    levels: list[str],
    chunk_size: int = 900,
    chunk_overlap: int = 120,
) -> list[Chunk]:
    """Chunks of ``text``: inside one section each, level-tagged in series documents."""
    chunks: list[Chunk] = []
    patterns = level_patterns(title, levels)
    names = {n.lower() for n in (title, employer) if n}
    # A level's block ("## Carpenter II" with its "### Either I", "### Or II", "Education:" parts) runs until
    # a heading as high as its own; only Markdown headings tell the depth, so plain text carries nothing.
    block_level, block_depth = "", 0
    for section in _split_preamble(text, find_sections(text)):
        if section.heading.strip(" #*:").lower() in names:
            section = Section("header", SECTION_LABELS["header"], section.start, section.end)
        heading = section.heading if section.type != "header" else SECTION_LABELS["header"]
        units: list[tuple[int, int]] = []
        for unit in _units(text, section.start, section.end):
            units.extend(_split_long(text, unit, chunk_size))
        current: list[tuple[int, int]] = []
        depth = markdown_depth(text, section.start)
        if block_level and depth and depth <= block_depth:
            block_level, block_depth = "", 0
        current_level = block_level

        def emit() -> None:
            if current:
                s, e = current[0][0], current[-1][1]
                chunks.append(Chunk(text[s:e], s, e, heading, section.type, current_level))

        for unit in units:
            level = unit_level(text[unit[0]:unit[1]], patterns)
            size_if_added = unit[1] - current[0][0] if current else 0
            if current and (size_if_added > chunk_size or (level and level != current_level)):
                emit()
                previous = current[-1]
                carry_overlap = (
                    not level
                    and previous[1] - previous[0] <= chunk_overlap
                    and unit[1] - previous[0] <= chunk_size
                )
                current = [previous] if carry_overlap else []
            if level:
                current_level = level
                unit_depth = markdown_depth(text, unit[0])
                block_level, block_depth = (level, unit_depth) if unit_depth else ("", 0)
            current.append(unit)
        emit()
    return chunks
