"""Score the fact-card extractor against the hand-checked sheet of the dev corpus.

Precision: the share of filled facts that are correct. Recall: the share of
facts the documents state that the extractor found. A fact the sheet marks
``null`` (not stated) counts against precision when the extractor fills it.

Usage:
    .venv/bin/python scripts/facts_accuracy.py [CORPUS_DIR] [--sheet PATH] [--verbose] [--check]

CORPUS_DIR defaults to ../shared/dev/corpus (relative to the repository root).
``--check`` exits 1 when a target (precision >= 0.95, recall >= 0.90 for salary,
grade, education, experience, license, overtime) is missed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.ingest.docinfo import identify  # noqa: E402
from assistant.facts.extraction.extract import extract_cards  # noqa: E402
from assistant.facts.model import FactCard  # noqa: E402
from assistant.ingest.loaders import load_document  # noqa: E402

TARGETS = ("salary", "grade", "education", "experience", "license", "overtime")
FIELDS = {
    "salary": "salary", "grade": "grade", "education": "education_level", "experience": "experience_months",
    "license": "licenses_required", "license_preferred": "licenses_preferred",
    "cert_required": "certifications_required", "cert_preferred": "certifications_preferred",
    "overtime": "overtime", "lift": "max_lift_lbs",
}


class Tally:
    def __init__(self) -> None:
        self.filled = self.correct_filled = self.stated = self.found = 0

    def precision(self) -> float:
        return self.correct_filled / self.filled if self.filled else 1.0

    def recall(self) -> float:
        return self.found / self.stated if self.stated else 1.0


def _close(a: float | None, b: float | None, tolerance: float = 0.011) -> bool:
    return a is not None and b is not None and abs(a - b) <= tolerance


def _salary_ok(card: FactCard, want: dict[str, Any]) -> bool:
    if not (_close(card.salary_min, want["min"]) and _close(card.salary_max, want["max"]) and card.salary_unit == want["unit"]):
        return False
    for kind in ("hourly", "annual"):
        if kind in want:
            low, high = want[kind]
            if not (_close(getattr(card, f"{kind}_min"), low) and _close(getattr(card, f"{kind}_max"), high)):
                return False
    return True


def _norm(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


def score_scalar(tally: Tally, name: str, card: FactCard, want: Any, problems: list[str], where: str) -> None:
    if name == "salary":
        got: Any = None if card.salary_min is None else (card.salary_min, card.salary_max, card.salary_unit,
                                                          card.hourly_min, card.hourly_max, card.annual_min, card.annual_max)
        ok = want is not None and got is not None and _salary_ok(card, want)
    else:
        got = getattr(card, FIELDS[name])
        ok = want is not None and got is not None and str(got).lower() == str(want).lower()
    if got is not None:
        tally.filled += 1
        tally.correct_filled += ok
    if want is not None:
        tally.stated += 1
        tally.found += ok
    if not ok and (got is not None or want is not None):
        problems.append(f"{where} {name}: got {got!r}, expected {want!r}")


def score_list(tally: Tally, name: str, card: FactCard, want: list[str], problems: list[str], where: str) -> None:
    items = [_norm(item) for item in getattr(card, FIELDS[name])]
    keys = [_norm(key) for key in want]
    for item in items:
        tally.filled += 1
        if any(key in item for key in keys):
            tally.correct_filled += 1
        else:
            problems.append(f"{where} {name}: unexpected {item!r}")
    for key in keys:
        tally.stated += 1
        if any(key in item for item in items):
            tally.found += 1
        else:
            problems.append(f"{where} {name}: missing {key!r}")


def load_cards(corpus: Path, doc_id: str, file_name: str) -> list[FactCard]:
    document = load_document(corpus / file_name)
    info = identify(document.text, file_name, document.html_title)
    return extract_cards(document.text, doc_id, info.title, info.employer, info.class_code, info.levels)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / ".." / "shared" / "dev" / "corpus"))
    parser.add_argument("--sheet", default=str(ROOT / "tests" / "fixtures" / "facts_expected.json"))
    parser.add_argument("--verbose", "-v", action="store_true", help="list every wrong or missing fact")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)
    corpus = Path(args.corpus)
    sheet = json.loads(Path(args.sheet).read_text(encoding="utf-8"))
    tallies = {name: Tally() for name in FIELDS}
    problems: list[str] = []
    n_docs = n_cards = 0
    for doc_id, entry in sheet["documents"].items():
        if not (corpus / entry["file"]).exists():
            problems.append(f"{doc_id}: {entry['file']} not found in {corpus}")
            continue
        cards = {card.level: card for card in load_cards(corpus, doc_id, entry["file"])}
        n_docs += 1
        for level, expected in entry["cards"].items():
            where = f"{doc_id}[{level}]" if level else doc_id
            card = cards.get(level)
            if card is None:
                problems.append(f"{where}: no card for level {level!r}")
                card = FactCard(doc_id=doc_id, level=level)
            n_cards += 1
            for name, field in FIELDS.items():
                key = "salary" if name == "salary" else field
                if key not in expected:
                    continue
                if field.startswith(("licenses", "certifications")):
                    score_list(tallies[name], name, card, expected[key], problems, where)
                else:
                    score_scalar(tallies[name], name, card, expected[key], problems, where)
    print(f"{n_docs} documents, {n_cards} cards scored against {args.sheet}")
    print(f"{'field':<18}{'precision':>10}{'recall':>9}{'filled':>8}{'stated':>8}")
    missed = []
    for name, tally in tallies.items():
        marker = ""
        if name in TARGETS and (tally.precision() < 0.95 or tally.recall() < 0.90):
            marker = "  below target"
            missed.append(name)
        print(f"{name:<18}{tally.precision():>10.3f}{tally.recall():>9.3f}{tally.filled:>8}{tally.stated:>8}{marker}")
    if args.verbose and problems:
        print("\nProblems:")
        for problem in problems:
            print("  " + problem)
    elif problems:
        print(f"\n{len(problems)} wrong or missing facts (use --verbose to list them)")
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
