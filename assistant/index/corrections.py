"""HR's corrections of what was detected in a document: title, employer, class code, levels.

Detection (``assistant.ingest.docinfo``) reads these from the text and can be
wrong ("Print Friendly" as a title, no employer). A :class:`Correction` is
kept by the registry per document id, so it outlives re-indexing and the
replacement of the file by one of the same name until HR clears it; ingest
applies it on top of the detected values wherever it builds a document's
metadata, so chunks, answers, fact cards and listings all see the corrected
values. Every change is logged as a :class:`CorrectionEntry` (who, when, old → new).

Example:
    >>> fix = Correction(title="Harbor Pilot Dispatcher")
    >>> fix.overrides()
    {'title': 'Harbor Pilot Dispatcher'}
    >>> fix.tag() != Correction().tag()
    True
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import asdict, dataclass, field
from typing import Any

FIELDS = ("title", "employer", "class_code", "levels")
MAX_FIELD_CHARS = 200
MAX_LEVELS = 12


class CorrectionError(ValueError):
    """A correction HR asked for that cannot be stored (empty title, too long...)."""


@dataclass(frozen=True)
class Correction:
    """Values HR set for a document; ``None`` means "keep what was detected"."""

    title: str | None = None
    employer: str | None = None
    class_code: str | None = None
    levels: tuple[str, ...] | None = None

    def overrides(self) -> dict[str, Any]:
        """The corrected fields only (levels as a list), to lay over the detected ones."""
        out: dict[str, Any] = {}
        for name in FIELDS:
            value = getattr(self, name)
            if value is not None:
                out[name] = list(value) if name == "levels" else value
        return out

    def is_empty(self) -> bool:
        return not self.overrides()

    def tag(self) -> str:
        """A short hash that changes whenever the correction does ('' when there is none)."""
        if self.is_empty():
            return ""
        return hashlib.sha256(self.to_json().encode()).hexdigest()[:8]

    def to_json(self) -> str:
        return json.dumps(self.overrides(), sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> "Correction":
        data = json.loads(text or "{}")
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Correction":
        levels = data.get("levels")
        return cls(
            title=data.get("title"), employer=data.get("employer"), class_code=data.get("class_code"),
            levels=tuple(levels) if levels is not None else None,
        )


def make_correction(
    title: str | None = None, employer: str | None = None, class_code: str | None = None,
    levels: list[str] | str | None = None,
) -> Correction:
    """A checked correction from what HR typed: whitespace trimmed, levels split on commas.

    ``None`` leaves a field as detected; an empty employer, class code or level list is a real
    correction ("this document names no employer"), but a document always needs a title.
    """
    def clean(value: str | None, name: str) -> str | None:
        if value is None:
            return None
        text = re.sub(r"\s+", " ", str(value)).strip()
        if len(text) > MAX_FIELD_CHARS:
            raise CorrectionError(f"the {name} is longer than {MAX_FIELD_CHARS} characters")
        return text

    fixed_title = clean(title, "title")
    if fixed_title is not None and not fixed_title:
        raise CorrectionError("a document needs a title; leave the title as detected or type one")
    fixed_levels: tuple[str, ...] | None = None
    if levels is not None:
        items = levels.split(",") if isinstance(levels, str) else list(levels)
        cleaned = [c for c in (clean(i, "level") for i in items) if c]
        if len(cleaned) > MAX_LEVELS:
            raise CorrectionError(f"at most {MAX_LEVELS} levels")
        fixed_levels = tuple(dict.fromkeys(cleaned))
    return Correction(fixed_title, clean(employer, "employer"), clean(class_code, "class code"), fixed_levels)


def tag_of_hash(content_hash: str) -> str:
    """The correction tag a registry content hash was built with (see ``assistant.ingest.sync``)."""
    head = content_hash.rsplit(":", 1)[0]
    return head.split("+", 1)[1] if "+" in head else ""


@dataclass
class CorrectionEntry:
    """One logged change: who set or cleared which document's correction, and the values before and after."""

    doc_id: str
    action: str  # "set" or "cleared"
    user: str
    at: float
    old: dict[str, Any] = field(default_factory=dict)  # the document's values before (title, employer, ...)
    new: dict[str, Any] = field(default_factory=dict)  # its values after (the detected ones when cleared)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    def changes(self) -> str:
        """'title: Print Friendly → Harbor Pilot Dispatcher; employer: (none) → City of Bayport'."""
        parts = []
        for key in FIELDS:
            if key not in self.old and key not in self.new:
                continue
            before, after = _show(self.old.get(key)), _show(self.new.get(key))
            if before != after:
                parts.append(f"{key.replace('_', ' ')}: {before} → {after}")
        return "; ".join(parts) or "no change"


def _show(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return ", ".join(value) or "(none)"
    return str(value) if value else "(none)"
