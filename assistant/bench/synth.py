"""Scaled corpora for the benchmarks, made from the sections of real class specifications.

Each source document is split with :func:`assistant.ingest.sections.find_sections`;
every synthetic document takes one section of each kind (summary, duties,
qualifications ...) from a randomly chosen source, renames the class and the
employer inside it, and gets its own title, employer, class code, salary and
dates, so text statistics stay those of real documents while every document is
distinct. Employers repeat (about 25 classes each, as real collections hold
many classes per employer). The same seed always gives the same corpus.

Example:
    >>> files = make_corpus([Path("corpus")], 100, Path("/tmp/scaled-100"))
    >>> len(files)
    100
"""

from __future__ import annotations

import math
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from assistant.ingest.docinfo import identify
from assistant.ingest.loaders import SUPPORTED_SUFFIXES, DocumentError, load_document
from assistant.ingest.sections import Section, find_sections

# Canonical order of the body sections; a synthetic document has at least the required ones.
BODY_ORDER = ["summary", "distinguishing", "supervision", "duties", "ksa", "qualifications", "licenses",
              "physical", "special", "overtime"]
REQUIRED = {"summary", "duties", "qualifications"}
OPTIONAL_SHARE = 0.8  # chance that an optional section kind is present
DOCS_PER_EMPLOYER = 25  # average classes per employer in a scaled corpus

_PLACE_START = ["Ash", "Birch", "Cedar", "Clear", "Copper", "Deer", "East", "Elm", "Fair", "Fox", "Glen", "Gold",
                "Green", "Hazel", "High", "Iron", "Lake", "Laurel", "Maple", "Mill", "North", "Oak", "Pine", "Red",
                "River", "Rock", "Sage", "Silver", "South", "Spring", "Stone", "Sun", "West", "White", "Willow", "Wolf"]
_PLACE_END = ["bury", "brook", "dale", "field", "ford", "haven", "hill", "land", "mont", "port", "ridge", "ton",
              "vale", "view", "wood", "worth"]
_EMPLOYER_FORMS = ["City of {p}", "{p} County", "Town of {p}", "{p} County Library District", "{p} Unified School District",
                   "{p} Water District", "{p} Transit District", "County of {p}"]
_FIELDS = ["Accounting", "Budget", "Building", "Communications", "Custodial", "Engineering", "Facilities", "Finance",
           "Fleet", "Human Resources", "Information Technology", "Library", "Network", "Parks", "Payroll",
           "Planning", "Procurement", "Records", "Recreation", "Transit", "Utilities", "Water Quality", "Warehouse",
           "Permit", "Code Enforcement", "Purchasing", "Risk Management", "Grants", "Emergency Services", "GIS"]
_ROLES = ["Analyst", "Assistant", "Coordinator", "Specialist", "Technician", "Supervisor", "Administrator",
          "Aide", "Clerk", "Inspector", "Officer", "Manager", "Operator", "Worker", "Planner"]
_LEVELS = ["", "", "", " I", " II", " III"]
_MONTHS = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"]


@dataclass
class SourceDoc:
    """A real document split into its sections."""

    name: str
    title: str
    employer: str
    sections: dict[str, list[str]]  # type -> section texts (heading included)


@dataclass
class SyntheticDoc:
    """What the generator put into one file (to check it came back out)."""

    path: Path
    title: str
    employer: str
    class_code: str


def load_sources(folders: list[Path]) -> list[SourceDoc]:
    """Every readable class specification in ``folders``, split into sections by type."""
    sources: list[SourceDoc] = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if not path.is_file() or path.suffix.lower() not in SUPPORTED_SUFFIXES:
                continue
            try:
                doc = load_document(path)
            except DocumentError:
                continue
            info = identify(doc.text, path.name, doc.html_title)
            by_type: dict[str, list[str]] = {}
            for section in find_sections(doc.text):
                if section.type not in BODY_ORDER:
                    continue
                body = _section_text(doc.text, section)
                if len(body) >= 40:
                    by_type.setdefault(section.type, []).append(body)
            if by_type:
                sources.append(SourceDoc(path.name, info.title, info.employer, by_type))
    if not sources:
        raise ValueError(f"no class specifications with recognisable sections in {', '.join(map(str, folders))}")
    return sources


def _section_text(text: str, section: Section) -> str:
    body = text[section.start:section.end].strip()
    return re.sub(r"\n{3,}", "\n\n", body)


def _names(rng: random.Random, n: int, docs_per_employer: int = DOCS_PER_EMPLOYER) -> list[tuple[str, str]]:
    """n distinct (title, employer) pairs; employers come from a pool of about n / docs_per_employer.

    A real collection of class specifications holds many classes per employer (a city has hundreds), so
    employers repeat; titles repeat across employers, as they do in real life.
    """
    places = [a + b for a in _PLACE_START for b in _PLACE_END]
    employers = [form.format(p=p) for p in places for form in _EMPLOYER_FORMS]
    rng.shuffle(employers)
    employers = employers[:max(3, min(len(employers), math.ceil(n / docs_per_employer)))]
    titles = [f"{f} {r}{lvl}" for f in _FIELDS for r in _ROLES for lvl in sorted(set(_LEVELS))]
    chosen: set[tuple[str, str]] = set()
    pairs: list[tuple[str, str]] = []
    if n > len(employers) * len(titles):
        raise ValueError(f"cannot make {n} distinct documents")
    while len(pairs) < n:
        pair = (rng.choice(titles), rng.choice(employers))
        if pair not in chosen:
            chosen.add(pair)
            pairs.append(pair)
    return pairs


def _rename(body: str, source: SourceDoc, title: str, employer: str) -> str:
    """Put the new class and employer names where the source's appear."""
    replacements = []
    if source.employer:
        replacements.append((source.employer, employer))
    if source.title:
        base = re.sub(r"\s+(?:I{1,3}|IV|V)(?:/I{1,3})?$", "", source.title)
        replacements.append((source.title, title))
        if base != source.title:
            replacements.append((base, re.sub(r"\s+(?:I{1,3}|IV|V)$", "", title)))
    for old, new in sorted(replacements, key=lambda pair: -len(pair[0])):
        if len(old) >= 4:
            body = re.sub(r"(?<![A-Za-z])" + re.escape(old) + r"(?![A-Za-z])", new, body, flags=re.IGNORECASE)
    return body


def _salary(rng: random.Random) -> tuple[float, float]:
    low = round(rng.uniform(17.0, 62.0), 2)
    return low, round(low * rng.uniform(1.25, 1.45), 2)


def _header(rng: random.Random, style: int, title: str, employer: str, code: str, low: float, high: float) -> str:
    monthly = (low * 2080 / 12, high * 2080 / 12)
    annual = (low * 2080, high * 2080)
    adopted = f"{rng.choice(_MONTHS)}/{rng.randint(1998, 2016)}"
    revised = f"{rng.choice(_MONTHS)}/{rng.randint(2017, 2025)}"
    flsa = rng.choice(["Non-Exempt", "Exempt"])
    if style == 0:
        return (
            f"{employer.upper()}\nCLASS SPECIFICATION\n\n"
            f"Title:             {title}\n"
            f"Class Code:        {code}\n"
            f"FLSA Status:       {flsa}\n"
            f"Salary Range:      ${low:,.2f} - ${high:,.2f} hourly\n"
            f"                   ${monthly[0]:,.2f} - ${monthly[1]:,.2f} monthly\n"
            f"                   ${annual[0]:,.2f} - ${annual[1]:,.2f} annually\n"
            f"Adopted: {adopted}   Last Revised: {revised}\n"
        )
    if style == 1:
        return (
            f"{employer.upper()}\nJob Description\n\n"
            f"JOB TITLE: {title}\n"
            f"CLASS CODE: {code}\n\n"
            f"COMPENSATION\n${annual[0]:,.0f} - ${annual[1]:,.0f} per year (${low:,.2f} - ${high:,.2f} per hour)\n\n"
            f"OVERTIME STATUS\n{flsa}\n\n"
            f"DATE APPROVED: {adopted}\n"
        )
    return (
        f"# {title}\n\n{employer} - Class Specification\n\n"
        f"**Class Code:** {code}\n\n"
        f"## Salary\n\n${low:,.2f} - ${high:,.2f} hourly (${annual[0]:,.2f} - ${annual[1]:,.2f} annually)\n\n"
        f"**FLSA:** {flsa}\n"
    )


def _plain_heading(body: str) -> str:
    """A Markdown heading line from a Markdown source becomes an ALL-CAPS line."""
    first, _, rest = body.partition("\n")
    if first.startswith("#"):
        return f"{first.lstrip('#').strip().upper()}\n{rest}"
    return body


def _markdown_heading(body: str) -> str:
    """An ALL-CAPS or title-case heading line becomes a Markdown heading (run-in labels stay)."""
    first, _, rest = body.partition("\n")
    if first and len(first) <= 80 and not first.rstrip().endswith((".", ":")) and not first.startswith("#"):
        return f"## {first.strip()}\n{rest}"
    return body


def make_document(rng: random.Random, sources: list[SourceDoc], title: str, employer: str, code: str) -> tuple[str, str]:
    """(text, suffix) of one synthetic class specification."""
    style = rng.randrange(3)
    low, high = _salary(rng)
    parts = [_header(rng, style, title, employer, code, low, high)]
    for kind in BODY_ORDER:
        if style == 1 and kind == "overtime":
            continue  # stated in the header block already
        candidates = [s for s in sources if kind in s.sections]
        if not candidates or (kind not in REQUIRED and rng.random() > OPTIONAL_SHARE):
            continue
        source = rng.choice(candidates)
        body = _rename(rng.choice(source.sections[kind]), source, title, employer)
        body = _markdown_heading(body) if style == 2 else _plain_heading(body)
        parts.append(body)
    if style != 1:
        parts.append(f"Class Established: {rng.choice(_MONTHS)}/{rng.randint(1995, 2015)}")
    return "\n\n".join(parts).strip() + "\n", ".md" if style == 2 else ".txt"


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def make_corpus(
    source_folders: list[Path], n: int, out_dir: Path, seed: int = 8, include_sources: bool = False
) -> list[SyntheticDoc]:
    """Write ``n`` documents into ``out_dir`` (emptied first).

    With ``include_sources`` the real documents are copied in too and count
    towards ``n`` (so questions about them still have their answers there).
    """
    rng = random.Random(seed)
    sources = load_sources(source_folders)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    written: list[SyntheticDoc] = []
    if include_sources:
        for folder in source_folders:
            for path in sorted(folder.iterdir()):
                if len(written) < n and path.is_file() and path.suffix.lower() in SUPPORTED_SUFFIXES:
                    shutil.copyfile(path, out_dir / path.name)
                    written.append(SyntheticDoc(out_dir / path.name, "", "", ""))
    pairs = _names(rng, n - len(written))
    for number, (title, employer) in enumerate(pairs, start=1):
        code = f"S{number:05d}"
        text, suffix = make_document(rng, sources, title, employer, code)
        path = out_dir / f"synthetic-{number:05d}-{_slug(employer)}-{_slug(title)}{suffix}"
        path.write_text(text, encoding="utf-8")
        written.append(SyntheticDoc(path, title, employer, code))
    return written
