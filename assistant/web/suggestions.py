"""Follow-up suggestions after an answer: two or three questions the documents do answer for that class.

Built offline from what the index holds about the class the answer cited (its
levels, the other classes), never from a language model. Each candidate is asked
to the engine once and kept only when it is answered, like the example questions
(:meth:`~assistant.web.context.WebContext.example_questions`); results are cached
per index version and class, so a repeated class costs nothing.

Example:
    >>> FollowUps(ctx).for_answer("What is the salary of the IT Systems Specialist I?", answer)
    ['What education is required for the IT Systems Specialist I?', 'Compare IT Systems Specialist I and IT Systems Specialist II']
"""

from __future__ import annotations

import logging
import re
import threading
import time
from typing import Any

from assistant.answering.answer import Answer

log = logging.getLogger("assistant.web")

_TOPICS = {
    "pay": re.compile(r"\b(salar\w*|pay\w*|wage\w*|grade|compensation|earn\w*)\b", re.I),
    "education": re.compile(r"\b(educat\w*|degree|qualif\w*|experience|require\w*|licen[cs]e\w*)\b", re.I),
    "duties": re.compile(r"\b(dut\w*|do(es)?|responsib\w*|tasks?|work)\b", re.I),
}
_TEMPLATES = {
    "pay": "What is the salary range for the {who}?",
    "education": "What education is required for the {who}?",
    "duties": "What are the duties of the {who}?",
}
_CACHE_SIZE = 256


class FollowUps:
    """Checked follow-up questions for the class an answer is about (thread-safe, cached)."""

    def __init__(self, ctx: Any, limit: int = 3, budget_s: float = 15.0) -> None:
        self.ctx = ctx
        self.limit = limit
        self.budget_s = budget_s
        self._cache: dict[tuple, list[str]] = {}
        self._lock = threading.Lock()

    def for_answer(self, question: str, answer: Answer | None) -> list[str]:
        """Up to ``limit`` answerable follow-ups; empty when the answer cited nothing."""
        if answer is None or not answer.answered or not answer.citations:
            return []
        first = answer.citations[0]
        registry = self.ctx.index.registry
        asked = {t for t, pattern in _TOPICS.items() if pattern.search(question or "")}
        key = (registry.generation(), first.doc_id, first.level, frozenset(asked))
        with self._lock:
            if key in self._cache:
                return self._cache[key]
            docs = {d.doc_id: d for d in registry.ready_documents()}
            found = self._checked(candidates(docs, first.doc_id, first.level, asked, question))
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = found
            return found

    def _checked(self, questions: list[str]) -> list[str]:
        found: list[str] = []
        deadline = time.monotonic() + self.budget_s
        for q in questions:
            if len(found) >= self.limit or time.monotonic() > deadline:
                break
            try:
                if self.ctx.assistant.ask(q, []).answered:
                    found.append(q)
            except Exception:  # noqa: BLE001 - a suggestion that fails is just not offered
                log.debug("follow-up suggestion failed: %s", q, exc_info=True)
        return found


def candidates(docs: dict[str, Any], doc_id: str, level: str, asked: set[str], question: str = "") -> list[str]:
    """Follow-up questions for one class, most useful first: the next level, the other topics, a comparison."""
    doc = docs.get(doc_id)
    if doc is None:
        return []
    title = f"{doc.title} {level}".strip() if level else doc.title
    who = f"{doc.employer} {title}" if doc.employer else title
    out: list[str] = []
    levels = list(getattr(doc, "levels", None) or [])
    if level in levels and levels.index(level) + 1 < len(levels):
        out.append(f"Compare {title} and {doc.title} {levels[levels.index(level) + 1]}")
    elif not level and len(levels) >= 2:
        out.append(f"Compare {doc.title} {levels[-2]} and {doc.title} {levels[-1]}")
    out += [_TEMPLATES[t].format(who=who) for t in ("education", "pay", "duties") if t not in asked]
    others = [d for d in docs.values() if d.doc_id != doc_id]
    if others:
        other = others[0]
        out.insert(min(2, len(out)), f"Compare the salaries of the {doc.title} and the {other.title}.")
    seen = (question or "").strip().lower()
    unique: list[str] = []
    for q in out:
        if q.lower() != seen and q not in unique:
            unique.append(q)
    return unique
