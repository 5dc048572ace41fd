"""The fact store, the ingest hooks and the table/CSV/JSON rendering."""

from __future__ import annotations

import csv
import io
import json
import threading
from pathlib import Path

import pytest

from assistant.ingest.docinfo import identify
from assistant.facts import FactCard
from assistant.facts.rendering.format import format_cards
from assistant.facts.storage.store import EXTRACTOR_VERSION, FACTS_FILE, FactStore
from assistant.facts.storage.sync_hook import refresh_facts, remove_facts, update_facts
from assistant.ingest.loaders import load_document
from assistant.index.registry import DocumentRecord

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def record_for(name: str, doc_id: str | None = None) -> DocumentRecord:
    document = load_document(CORPUS / name)
    info = identify(document.text, name, document.html_title)
    return DocumentRecord(
        doc_id=doc_id or Path(name).stem, source=name, root=str(CORPUS), title=info.title, employer=info.employer,
        class_code=info.class_code, levels=info.levels, format=document.format, content_hash="x", size=1, mtime=0.0,
        n_chunks=1, indexed_at=0.0, state="ready", text=document.text,
    )


def card(doc_id: str, level: str = "", **facts: object) -> FactCard:
    return FactCard(doc_id=doc_id, level=level, title="Clerk", **facts)  # type: ignore[arg-type]


def test_replace_remove_and_read(tmp_path: Path) -> None:
    store = FactStore(tmp_path / "facts.sqlite")
    store.replace_document("a", [card("a", grade="10", spans={"grade": (3, 9)}), card("a", "I", grade="9")])
    store.replace_document("b", [card("b", overtime="exempt", licenses_required=["valid driver's license"],
                                      spans={"licenses_required[0]": (1, 5)})])
    assert [(c.doc_id, c.level) for c in store.all_cards()] == [("a", ""), ("a", "I"), ("b", "")]
    first = store.cards_for("a")[0]
    assert first.grade == "10" and first.spans == {"grade": (3, 9)}  # spans come back as tuples
    store.replace_document("a", [card("a", grade="11")])  # replace drops the old level card
    assert [(c.level, c.grade) for c in store.cards_for("a")] == [("", "11")]
    store.remove_document("a")
    store.remove_document("missing")  # no error
    assert store.cards_for("a") == [] and store.doc_ids() == {"b"}
    assert store.versions() == {"b": EXTRACTOR_VERSION}
    reopened = FactStore(tmp_path / "facts.sqlite")
    assert reopened.cards_for("b")[0].licenses_required == ["valid driver's license"]


def test_store_is_usable_from_threads(tmp_path: Path) -> None:
    store = FactStore(tmp_path / "facts.sqlite")
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            store.replace_document(f"d{n}", [card(f"d{n}", grade=str(n))])
            assert store.cards_for(f"d{n}")[0].grade == str(n)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and len(store.all_cards()) == 8


def test_hooks_follow_ingest(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    mcps = record_for("mcps-it-systems-specialist.txt")
    butte = record_for("butte-county-information-technology-specialist.txt")
    assert update_facts(data_dir, mcps) == 5
    assert update_facts(data_dir, butte) == 1
    store = FactStore(data_dir / FACTS_FILE)
    assert [c.level for c in store.cards_for(mcps.doc_id)] == ["", "Intern", "I", "II", "III"]
    assert store.cards_for(butte.doc_id)[0].salary_min == 25.34
    remove_facts(data_dir, mcps.doc_id)
    assert store.cards_for(mcps.doc_id) == []
    # refresh: adds what is missing, drops documents no longer indexed, leaves current cards alone
    counts = refresh_facts(data_dir, [mcps])
    assert counts == {"updated": 1, "removed": 1}
    assert store.doc_ids() == {mcps.doc_id}
    assert refresh_facts(data_dir, [mcps]) == {"updated": 0, "removed": 0}
    # records without text (registry.ready_documents()) are fetched only when their cards are missing
    bare = record_for("butte-county-information-technology-specialist.txt")
    bare.text = ""
    fetched: list[str] = []

    def fetch(doc_id: str) -> DocumentRecord:
        fetched.append(doc_id)
        return butte

    assert refresh_facts(data_dir, [mcps, bare], fetch=fetch) == {"updated": 1, "removed": 0}
    assert fetched == [butte.doc_id]
    assert store.doc_ids() == {mcps.doc_id, butte.doc_id}


def test_update_facts_never_raises(tmp_path: Path) -> None:
    broken = record_for("butte-county-information-technology-specialist.txt")
    broken.levels = None  # type: ignore[assignment]
    broken.text = ""
    assert update_facts(tmp_path / "data", broken) == 0
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    assert update_facts(blocked, record_for("butte-county-information-technology-specialist.txt")) == 0
    remove_facts(blocked, "anything")  # logged, not raised


@pytest.fixture
def sample_cards() -> list[FactCard]:
    return [
        FactCard(doc_id="clerk", title="Clerk", employer="City of X", grade="12", salary_min=20.0, salary_max=25.5,
                 salary_unit="hourly", hourly_min=20.0, hourly_max=25.5, annual_min=41600.0, annual_max=53040.0,
                 computed=["annual_min", "annual_max"], education_level="high school", experience_months=18,
                 licenses_required=["valid driver's license", "Class B commercial driver's license"],
                 overtime="non-exempt", max_lift_lbs=25, spans={"grade": (0, 8)}),
        FactCard(doc_id="net", level="II", title="Network Administrator II", employer="Library, District", grade="19",
                 overtime="exempt"),
    ]


def test_table_format(sample_cards: list[FactCard]) -> None:
    table = format_cards(sample_cards, "table")
    lines = table.splitlines()
    assert lines[0].startswith("Class") and "Salary" in lines[0]
    assert "$20.00-$25.50 hourly" in lines[2] and "$41,600-$53,040*" in lines[2] and "1y" not in lines[2]
    assert "18m" in lines[2] and "non-exempt" in lines[2]
    assert "Network Administrator II" in lines[3] and "(II)" not in lines[3]
    assert "2,080 hours" in lines[-1]
    assert "no fact cards" in format_cards([], "table")


def test_csv_and_json_formats(sample_cards: list[FactCard]) -> None:
    rows = list(csv.DictReader(io.StringIO(format_cards(sample_cards, "csv"))))
    assert rows[0]["salary_min"] == "20.0" and rows[0]["grade"] == "12"
    assert rows[0]["licenses_required"] == "valid driver's license; Class B commercial driver's license"
    assert rows[0]["computed"] == "annual_min; annual_max"
    assert rows[1]["employer"] == "Library, District" and rows[1]["salary_min"] == ""
    data = json.loads(format_cards(sample_cards, "json"))
    assert data[0]["spans"] == {"grade": [0, 8]}
    assert [FactCard.from_dict(item) for item in data] == sample_cards
    with pytest.raises(ValueError, match="table, csv, json"):
        format_cards(sample_cards, "xml")
