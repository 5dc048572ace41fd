"""What was detected in each indexed document, and what looks wrong with it, for HR to check.

Detection reads title, employer, class code and levels from a document's text;
the fact cards add grade and pay as stated. A title such as "Print Friendly",
no employer or no recognised sections usually means the page was saved with its
furniture, or is not a class specification at all: HR is warned on upload and on
the document's admin row, and can correct it (:mod:`assistant.index.corrections`).

Example:
    >>> [c.warnings for c in check_documents(index, data_dir, ["print-page"])]
    [['the title "Print Friendly" looks like page furniture, not a class title']]
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Iterable

from assistant.index.corrections import FIELDS
from assistant.index.registry import DocumentRecord
from assistant.ingest.page_furniture import is_page_furniture
from assistant.web.doc_facts import stated_pay

log = logging.getLogger("assistant.web")
SECTIONLESS = {"header", "other", ""}  # what chunks of a text without recognised headings are typed as


@dataclass
class DocumentCheck:
    """One document as HR sees it: values in use, what detection found, corrections and warnings."""

    doc_id: str
    source: str
    title: str
    employer: str
    class_code: str
    levels: list[str]
    grade: str = ""
    pay: str = ""
    sections: list[str] = field(default_factory=list)
    detected: dict[str, Any] = field(default_factory=dict)
    corrected: list[str] = field(default_factory=list)  # the fields HR corrected
    warnings: list[str] = field(default_factory=list)
    chunks: int = 0
    indexed_at: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def warnings_for(record: DocumentRecord, section_types: Iterable[str], corrected: Iterable[str] = ()) -> list[str]:
    """What looks wrong in what was detected (a field HR corrected is trusted)."""
    fixed = set(corrected)
    out = []
    title = record.title.strip()
    if "title" not in fixed:
        if not title or is_page_furniture(title):
            out.append(f'the title "{title}" looks like page furniture, not a class title')
        elif record.title_from_filename:
            out.append(f'no title was found in the text; "{title}" was made from the file name')
        elif len(title) > 80:
            out.append(f'the title "{title[:80]}…" is unusually long')
    if "employer" not in fixed and not record.employer:
        out.append("no employer was found")
    if not any(t not in SECTIONLESS for t in section_types):
        out.append("no sections (duties, qualifications, salary…) were recognised")
    return out


def _cards(data_dir: Path) -> dict[str, Any]:
    """doc_id → its whole-document fact card ({} when there are none)."""
    try:
        from assistant.facts.storage.store import FACTS_FILE, FactStore

        if not (Path(data_dir) / FACTS_FILE).exists():
            return {}
        store = FactStore(Path(data_dir) / FACTS_FILE)
        try:
            cards: dict[str, Any] = {}
            for card in store.all_cards():
                if not getattr(card, "level", "") or card.doc_id not in cards:
                    cards[card.doc_id] = card
            return cards
        finally:
            store.close()
    except Exception:  # noqa: BLE001 - the checks never fail over the fact cards
        log.exception("could not read the fact cards")
        return {}


def check_documents(index: Any, data_dir: Path, doc_ids: Iterable[str] | None = None) -> list[DocumentCheck]:
    """Checks of the given ready documents (all of them by default), sorted by title."""
    registry = index.registry
    if doc_ids is None:
        records = registry.ready_documents()
        types: dict[str, set[str]] = {}
        for chunk in registry.live_chunks():
            types.setdefault(chunk.doc_id, set()).add(chunk.section_type)
    else:
        records = [r for r in (registry.get_document(d, with_text=False) for d in doc_ids) if r and r.state == "ready"]
        types = {r.doc_id: {c.section_type for c in registry.chunks_of(r.doc_id)} for r in records}
    corrections = registry.all_corrections()
    cards = _cards(data_dir)
    out = []
    for record in records:
        correction = corrections.get(record.doc_id)
        corrected = list(correction.overrides()) if correction else []
        sections = types.get(record.doc_id, set())
        card = cards.get(record.doc_id)
        out.append(DocumentCheck(
            doc_id=record.doc_id, source=record.source, title=record.title, employer=record.employer,
            class_code=record.class_code or (getattr(card, "class_code", None) or "" if card else ""),
            levels=list(record.levels), grade=(getattr(card, "grade", None) or "") if card else "",
            pay=stated_pay(card) if card else "", sections=sorted(t for t in sections if t not in SECTIONLESS),
            detected={k: record.detected.get(k) for k in FIELDS if k in record.detected},
            corrected=[k for k in FIELDS if k in corrected],
            warnings=warnings_for(record, sections, corrected), chunks=record.n_chunks, indexed_at=record.indexed_at,
        ))
    return sorted(out, key=lambda c: (c.title.lower(), c.employer.lower()))
