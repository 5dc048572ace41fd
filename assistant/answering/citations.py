"""Citations: numbered exact spans of documents, and the ``[n]`` markers that point at them.

All ``[n]`` parsing and renumbering happens here, for every answer mode.

Example:
    >>> builder = CitationBuilder(snapshot)
    >>> n = builder.cite("butte-county-information-technology-specialist", 120, 180, "Salary")
    >>> markers("Pays well [1][2].")
    [1, 2]
"""

from __future__ import annotations

import re

from assistant.answering.answer import Citation
from assistant.search.snapshot import Snapshot

MARKER = re.compile(r"\[(\d{1,3})\]")


def markers(text: str) -> list[int]:
    """Citation numbers used in ``text``, in order of appearance, without repeats."""
    seen: list[int] = []
    for match in MARKER.finditer(text):
        number = int(match.group(1))
        if number not in seen:
            seen.append(number)
    return seen


def strip_markers(text: str) -> str:
    return MARKER.sub("", text)


class CitationBuilder:
    """Hands out citation numbers for document spans (the same span keeps its number)."""

    def __init__(self, snap: Snapshot) -> None:
        self.snap = snap
        self.citations: list[Citation] = []
        self._by_span: dict[tuple[str, int, int], int] = {}

    def cite(self, doc_id: str, start: int, end: int, section: str, level: str = "", page: int | None = None) -> int:
        key = (doc_id, start, end)
        if key in self._by_span:
            return self._by_span[key]
        doc = self.snap.documents[doc_id]
        quote = doc.text[start:end]
        number = len(self.citations) + 1
        self.citations.append(Citation(
            n=number, doc_id=doc_id, source=doc.source, title=doc.title, employer=doc.employer, section=section,
            quote=quote, start=start, end=end, page=page if page is not None else doc.page_at(start), level=level,
        ))
        self._by_span[key] = number
        return number

    def finalize(self, text: str) -> tuple[str, list[Citation]]:
        """Keep only the citations the text uses, renumbered 1..n in order of first use."""
        used = [n for n in markers(text) if 1 <= n <= len(self.citations)]
        mapping = {old: new for new, old in enumerate(used, start=1)}

        def renumber(match: re.Match[str]) -> str:
            old = int(match.group(1))
            return f"[{mapping[old]}]" if old in mapping else ""

        text = MARKER.sub(renumber, text)
        kept = []
        for old in used:
            citation = self.citations[old - 1]
            kept.append(Citation(**{**citation.__dict__, "n": mapping[old]}))
        return text, kept


def _bare(text: str) -> str:
    return " ".join(MARKER.sub(" ", text).split())


def _without_section(line: str, sections: list[str]) -> str:
    """``line`` without the section label an answer puts before a quote ("Distinguishing Characteristics: …")."""
    for section in sections:
        label = section.strip(" #*:")
        if label and line.lower().startswith(label.lower() + ": "):
            return line[len(label) + 2:]
    return line


def join_answers(texts: list[tuple[str, list[Citation]]]) -> tuple[str, list[Citation]]:
    """Several finalized answers as one: markers renumbered after the ones before, a span cited twice keeps
    its first number."""
    joined: list[str] = []
    citations: list[Citation] = []
    by_span: dict[tuple[str, int, int], int] = {}
    for text, own in texts:
        mapping: dict[int, int] = {}
        for citation in own:
            key = (citation.doc_id, citation.start, citation.end)
            if key not in by_span:
                by_span[key] = len(citations) + 1
                citations.append(Citation(**{**citation.__dict__, "n": by_span[key]}))
            mapping[citation.n] = by_span[key]
        renumbered = MARKER.sub(lambda m: f"[{mapping.get(int(m.group(1)), int(m.group(1)))}]", text)
        used = {n for earlier in joined for n in markers(earlier)}
        shown = _bare(" ".join(joined))
        # a line that only repeats what an earlier part already quoted is left out (not one that says another thing
        # of the same passage: "Grade 0312 [1]" above, "$34.62–$44.87 an hour [1]" here)
        sections = {c.n: c.section for c in citations}
        lines = [line for line in renumbered.split("\n")
                 if not (markers(line) and set(markers(line)) <= used
                         and _without_section(_bare(line).lstrip("- "), [sections.get(n, "") for n in markers(line)])
                         in shown)]
        joined.append("\n".join(lines))
    return "\n\n".join(part for part in joined if part.strip()), citations
