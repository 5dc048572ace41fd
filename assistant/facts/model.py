"""Fact cards: the structured facts of one class specification, each tied to an exact span.

List and comparison questions ("which jobs require a CDL?", "which pays more?")
need the same few facts from every document side by side. A :class:`FactCard`
holds them for one document (``level == ""``) or for one level of a series
document, and ``spans[field]`` gives the ``(start, end)`` offsets in the
document's extracted text that state the fact, so every answer built from a card
can cite an exact quote. A fact the document does not state stays ``None``.

Example:
    >>> card = FactCard(doc_id="clerk", title="Clerk", salary_min=20.0, salary_max=25.0,
    ...                 salary_unit="hourly", spans={"salary_min": (10, 26)})
    >>> card.quote("salary_min", "0123456789$20 - $25 hourly")
    '$20 - $25 hourly'
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

HOURS_PER_YEAR = 2080
SALARY_UNITS = ("hourly", "biweekly", "monthly", "annual")
EDUCATION_LEVELS = ("high school", "associate", "bachelor", "master", "doctorate")
LIST_FIELDS = (
    "licenses_required", "licenses_preferred", "certifications_required", "certifications_preferred",
)
# Fields that describe the card rather than state a fact of the document.
IDENTITY_FIELDS = ("doc_id", "level", "title", "employer")
META_FIELDS = ("spans", "computed", "aggregated", "inherited")


@dataclass
class FactCard:
    """Facts of one document, or of one level of a series document.

    ``computed`` names money fields derived from a stated figure (2,080 hours a
    year, 12 months, 26 pay periods); their span is the stated figure's.
    ``aggregated`` names fields of a series' whole-document card built from its
    level cards (e.g. grade "16-19"); ``inherited`` names fields a level card took
    from the whole-document statements. List fields have one span per item, keyed
    ``"licenses_required[0]"`` and so on.
    """

    doc_id: str
    level: str = ""
    title: str = ""
    employer: str = ""
    class_code: str | None = None
    series: str | None = None
    grade: str | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_unit: str | None = None
    salary_text: str | None = None
    hourly_min: float | None = None
    hourly_max: float | None = None
    annual_min: float | None = None
    annual_max: float | None = None
    education_level: str | None = None
    education_field: str | None = None
    experience_months: int | None = None
    substitutions: str | None = None
    licenses_required: list[str] = field(default_factory=list)
    licenses_preferred: list[str] = field(default_factory=list)
    certifications_required: list[str] = field(default_factory=list)
    certifications_preferred: list[str] = field(default_factory=list)
    overtime: str | None = None
    flsa_text: str | None = None
    max_lift_lbs: int | None = None
    supervision_exercised: str | None = None
    date_established: str | None = None
    date_revised: str | None = None
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    computed: list[str] = field(default_factory=list)
    aggregated: list[str] = field(default_factory=list)
    inherited: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """Title for display, naming the level: 'IT Systems Specialist II'."""
        if not self.level or self.title.split()[-1:] == [self.level]:
            return self.title
        return f"{self.title} ({self.level})"

    def fact_fields(self) -> list[str]:
        """Names of the fact fields (everything but identity and bookkeeping)."""
        return [f.name for f in fields(self) if f.name not in IDENTITY_FIELDS + META_FIELDS]

    def filled(self) -> dict[str, Any]:
        """The fact fields that hold a value."""
        return {name: getattr(self, name) for name in self.fact_fields() if getattr(self, name) not in (None, [], "")}

    def span_keys(self, name: str) -> list[str]:
        """Span keys of a field: ``[name]`` or, for list fields, one per item."""
        if name in LIST_FIELDS:
            return [f"{name}[{i}]" for i in range(len(getattr(self, name)))]
        return [name]

    def quote(self, key: str, text: str) -> str | None:
        """The exact text that states ``key`` (a field name or list item key), or None."""
        span = self.spans.get(key)
        return text[span[0]:span[1]] if span else None

    def is_stated(self, name: str) -> bool:
        """True when the value is written in the document rather than computed or aggregated."""
        return getattr(self, name) not in (None, []) and name not in self.computed and name not in self.aggregated

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["spans"] = {key: [start, end] for key, (start, end) in self.spans.items()}
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "FactCard":
        known = {f.name for f in fields(cls)}
        values = {key: value for key, value in data.items() if key in known}
        values["spans"] = {key: (int(span[0]), int(span[1])) for key, span in (data.get("spans") or {}).items()}
        return cls(**values)
