"""What the assistant returns: an answer, its citations, and stream events.

The same objects serve the CLI (``--json``), the web page and the REST API.

Example:
    >>> c = Citation(n=1, doc_id="d", source="d.txt", title="Clerk", employer="City", section="Salary",
    ...              quote="$20 hourly", start=10, end=20, page=None)
    >>> Answer("Pays $20 an hour [1].", True, [c]).as_dict()["citations"][0]["quote"]
    '$20 hourly'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal


@dataclass
class Citation:
    """One numbered source: an exact span ``quote == document_text[start:end]``."""

    n: int
    doc_id: str
    source: str
    title: str
    employer: str
    section: str
    quote: str
    start: int
    end: int
    page: int | None = None
    level: str = ""

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.pop("level", None)
        return data


@dataclass
class Answer:
    """The answer text with ``[n]`` markers, whether the documents answered it, and the sources."""

    text: str
    answered: bool
    citations: list[Citation] = field(default_factory=list)
    notice: str = ""  # e.g. "the language model did not respond; showing the extractive answer"
    retrieved: list[str] = field(default_factory=list)  # doc ids in rank order (for eval)
    standalone_query: str = ""
    route: str = "retrieval"  # "retrieval" (class-spec rules), "evidence" (best-supported passages), "facts"
    latency_ms: float = 0.0
    support: float | None = None  # the best passage's support for the question, when the evidence reader ran
    support_parts: tuple[float, float] | None = None  # its (semantic similarity, word coverage)

    def as_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "answer": self.text,
            "answered": self.answered,
            "citations": [c.as_dict() for c in self.citations],
        }
        if self.notice:
            data["notice"] = self.notice
        return data

    def render_sources(self) -> str:
        lines = []
        for c in self.citations:
            where = " — ".join(x for x in (c.title + (f" ({c.level})" if c.level else ""), c.employer, c.section) if x)
            page = f", page {c.page}" if c.page else ""
            quote = " ".join(c.quote.split())
            lines.append(f"[{c.n}] {where} ({c.source}{page})\n    \"{quote}\"")
        return "\n".join(lines)

    def render_text(self) -> str:
        parts = [self.text]
        if self.notice:
            parts.append(f"(note: {self.notice})")
        sources = self.render_sources()
        if sources:
            parts.append("Sources:\n" + sources)
        return "\n\n".join(parts)


@dataclass
class AnswerEvent:
    """A streaming event: ``token`` (text to append), ``answer`` (the final, verified answer) or, from the web
    layer once it has logged the question, ``done`` (``question_id`` in the question log; 0 when it could not log)."""

    kind: Literal["token", "answer", "done"]
    text: str = ""
    answer: Answer | None = None
    question_id: int = 0
