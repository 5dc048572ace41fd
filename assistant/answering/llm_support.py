"""Pure helpers of the LLM answer mode: numbered sources, the prompt, and the check of what came back.

Every source is an exact span of a document's text, so a citation built from it
quotes the document verbatim. :func:`check_generated` keeps only the generated
sentences that cite an existing source and that their sources support.

Example:
    >>> sources = {1: "Wage Range: $25.34-33.96 hourly ($52707.20-$70636.80/yr)"}
    >>> check_generated("The wage range is $25.34-33.96 hourly [1]. It pays $999,999 [1]. Nice [7].", sources)
    ('The wage range is $25.34-33.96 hourly [1].', ['It pays $999,999 [1].', 'Nice [7].'])
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping

from langchain_core.documents import Document
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from assistant.answering.answer import Answer
from assistant.answering.citations import MARKER, markers
from assistant.answering.evidence import candidate_sentences
from assistant.answering.sentence_ranks import rank_sentences
from assistant.query.plan import QueryPlan
from assistant.search.snapshot import Snapshot
from assistant.text import stem, tokens
from assistant.answering.verify import split_sentences, unsupported_numbers

MAX_SOURCES = 6
MAX_SOURCE_CHARS = 600  # one source is at most this long (cut at a word boundary)
MAX_PROMPT_SOURCE_CHARS = 2400  # all sources together
MIN_SUPPORT = 0.5  # share of a sentence's content words that its cited sources must contain

SYSTEM_PROMPT = (
    "You answer employees' questions about job classification documents (class specifications).\n"
    "Rules:\n"
    "1. Use ONLY the numbered sources given by the user. Do not use anything else you know.\n"
    "2. End every sentence with the number of the source it comes from in square brackets, like [1] or [2].\n"
    "3. Copy figures (pay, grades, years, codes) exactly as the source writes them.\n"
    "4. If the sources do not say, answer: I don't know; the documents don't say.\n"
    "5. Answer in one to three short sentences."
)

# Words that talk about the sources rather than make a claim; never count as content.
_META = {stem(w) for w in (
    "source", "sources", "according", "document", "documents", "specification", "specifications", "states",
    "stated", "says", "said", "listed", "mentions", "mentioned", "answer", "question", "information", "based",
    "provided", "given", "following", "note", "also", "yes", "include", "includes", "including",
)}
_NEGATION = re.compile(r"\b(?:not|no|never|none|neither|nor|without|cannot|ineligible)\b|n't\b", re.IGNORECASE)
_MARKER_GROUP = re.compile(r"\[\s*(?:sources?\s*)?(\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*)\s*\]", re.IGNORECASE)


@dataclass(frozen=True)
class Source:
    """One numbered source shown to the model: ``text == document_text[start:end]``."""

    n: int
    doc_id: str
    start: int
    end: int
    text: str
    title: str
    employer: str
    section: str
    level: str = ""
    page: int | None = None

    @property
    def header(self) -> str:
        title = self.title + (f" {self.level}" if self.level and self.level not in self.title else "")
        return " — ".join(x for x in (title, self.employer, self.section) if x)

    @property
    def checked_text(self) -> str:
        """What the model saw for this source: what a sentence citing it may rest on."""
        return f"{self.header}\n{self.text}"


# --- sources -------------------------------------------------------------------------------


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    if end - start <= MAX_SOURCE_CHARS:
        return start, end
    cut = text.rfind(" ", start, start + MAX_SOURCE_CHARS)
    end = cut if cut > start + MAX_SOURCE_CHARS // 2 else start + MAX_SOURCE_CHARS
    while end > start and text[end - 1] in " ,;:":
        end -= 1
    return start, end


def build_sources(plan: QueryPlan, docs: list[Document], snap: Snapshot, extractive: Answer | None = None) -> list[Source]:
    """The best few passages, numbered 1..n: the extractive answer's quotes, then the best-ranked sentences."""
    spans: list[tuple[str, int, int, str, str, int | None]] = []
    if extractive is not None:
        for c in extractive.citations:
            spans.append((c.doc_id, c.start, c.end, c.section, c.level, c.page))
    ranked = rank_sentences(candidate_sentences(snap, docs, plan), plan, snap)
    cited_docs = {s[0] for s in spans}
    # sentences of the documents the extractive answer chose first, then the rest
    ranked.sort(key=lambda s: 0 if (not cited_docs or s.doc_id in cited_docs) else 1)
    for s in ranked:
        spans.append((s.doc_id, s.start, s.end, s.section, s.chunk_level, s.page))
    sources: list[Source] = []
    seen: set[tuple[str, int, int]] = set()
    budget = MAX_PROMPT_SOURCE_CHARS
    for doc_id, start, end, section, level, page in spans:
        doc = snap.documents.get(doc_id)
        if doc is None:
            continue
        start, end = _trimmed(doc.text, start, end)
        key = (doc_id, start, end)
        if key in seen or any(k[0] == doc_id and k[1] <= start and end <= k[2] for k in seen):
            continue
        text = doc.text[start:end]
        if not text.strip() or (sources and len(text) > budget):
            continue
        seen.add(key)
        budget -= len(text)
        sources.append(Source(len(sources) + 1, doc_id, start, end, text, doc.title, doc.employer, section, level,
                              page))
        if len(sources) >= MAX_SOURCES:
            break
    return sources


def build_messages(question: str, sources: list[Source]) -> list[BaseMessage]:
    blocks = [f"[{s.n}] {s.header}\n{' '.join(s.text.split())}" for s in sources]
    user = ("Sources:\n\n" + "\n\n".join(blocks) + f"\n\nQuestion: {question}\n"
            "Answer from the sources above only, and end each sentence with its source number, like [1].")
    return [SystemMessage(SYSTEM_PROMPT), HumanMessage(user)]


# --- checking what the model wrote -------------------------------------------------------


def normalize_markers(text: str) -> str:
    """``[1, 2]``, ``[Source 1]``, ``[1 and 2]`` → ``[1][2]``."""

    def expand(match: re.Match[str]) -> str:
        return "".join(f"[{int(n)}]" for n in re.findall(r"\d{1,3}", match.group(1)))

    return _MARKER_GROUP.sub(expand, text)


def _canonical_number(token: str) -> str:
    token = token.replace(",", "")
    if "." in token:
        token = token.rstrip("0").rstrip(".")
    return token


def content_terms(text: str) -> set[str]:
    """Stemmed content words and canonical numbers of ``text`` (citation markers excluded)."""
    out = set()
    for term in tokens(MARKER.sub(" ", text)):
        if term[0].isdigit():
            out.add(_canonical_number(term))
        elif term not in _META and len(term) > 1:
            out.add(term)
    return out


def support(sentence: str, source_text: str) -> float:
    """Share of the sentence's content words (and numbers) that the source contains."""
    terms = content_terms(sentence)
    if not terms:
        return 0.0
    return len(terms & content_terms(source_text)) / len(terms)


def same_polarity(sentence: str, sources: list[str]) -> bool:
    """A negated sentence needs a negated source, and a sentence citing only negated sources must be negated."""
    negated = bool(_NEGATION.search(MARKER.sub(" ", sentence)))
    source_negated = [bool(_NEGATION.search(text)) for text in sources]
    return any(source_negated) if negated else not all(source_negated)


def _drop_unknown_markers(piece: str, sources: Mapping[int, str]) -> str:
    def keep(match: re.Match[str]) -> str:
        return match.group(0) if int(match.group(1)) in sources else ""

    return MARKER.sub(keep, piece)


def check_generated(text: str, sources: Mapping[int, str], min_support: float = MIN_SUPPORT) -> tuple[str, list[str]]:
    """Keep the generated sentences that cite existing sources which support them.

    ``sources`` maps each source number to the text the model was shown for it.
    A sentence is dropped when it cites nothing (after unknown ``[n]`` are
    removed), when its figures are not in its cited sources, when fewer than
    ``min_support`` of its content words are, or when it negates what its sources
    affirm (or affirms what they negate). Returns (kept text, dropped sentences).
    """
    kept_lines: list[str] = []
    dropped: list[str] = []
    seen: set[str] = set()
    for line in normalize_markers(text).replace("\r", "").split("\n"):
        if not line.strip():
            if kept_lines and kept_lines[-1] != "":
                kept_lines.append("")
            continue
        survivors = []
        for piece in split_sentences(line):
            original = piece.strip()
            if not original:
                continue
            cleaned = re.sub(r"\s+([.,;:!?])", r"\1", _drop_unknown_markers(original, sources)).strip()
            cited = [n for n in markers(cleaned) if n in sources]
            quotes = {n: sources[n] for n in cited}
            joined = "\n".join(quotes.values())
            if (not cited or unsupported_numbers(cleaned, quotes) or support(cleaned, joined) < min_support
                    or not same_polarity(cleaned, list(quotes.values()))):
                dropped.append(original)
                continue
            key = " ".join(MARKER.sub(" ", cleaned).lower().split())
            if key in seen:  # small models repeat themselves
                continue
            seen.add(key)
            survivors.append(cleaned)
        if survivors:
            kept_lines.append(" ".join(survivors))
    return "\n".join(kept_lines).strip(), dropped
