"""The classes a series document describes, each with its code (issue 13).

``find_classes`` reads a document's code table and the headings that extend its base title;
the registry keeps the classes with the document (SQLite and Chroma metadata, and a registry
written before the column existed gains it); the catalog matches a question naming one class
to the document, carrying that class's code; and "What is the class code of X?" is answered
with X's own code, cited from the row that prints it, through the real assistant.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from assistant.engine import Assistant
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.index.index import Index
from assistant.index.registry import DocumentRecord, Registry
from assistant.index.registry_chroma import _metadata, _record
from assistant.ingest.class_table import ClassInfo, find_classes, series_base
from assistant.ingest.docinfo import identify
from assistant.query.catalog import Catalog
from assistant.settings import Settings

SERIES = """# Widget Inspector Series

## Harlow Valley Personnel Board Specification

## Scope

This series describes widget inspection classes used by the Town of Harlow Valley.

Widget Inspector Series - Class Titles and Codes

| Schem Code | Class Code | Class Title |
|---|---|---|
| WQ4O | 7731 | Widget Inspector I |
| WQ30 | 7732 | Widget Inspector II |
| WQ20 | 7740 | Senior Widget Inspector (Specialist) |
| WQ10 | 7745 | Senior Widget Inspector (Supervisor) (Abolished 03/01/2019 per Notice 19-02) |

## Definition of Levels

## Widget Inspector I

This is the entry level. Incumbents inspect widgets for defects under close supervision.

## Widget Inspector II

This is the journey level. Incumbents inspect complex widget assemblies independently.

## Senior Widget Inspector (Specialist)

This is the advanced technical level. Incumbents resolve the most difficult inspection disputes.

## Senior Widget Inspector (Supervisor)

This is the working supervisor level. Incumbents supervise a small staff of widget inspectors.

## Widget Inspector Duties

Typical duties are listed for each level.

## Minimum Qualifications

Two years of widget inspection experience.

## Class History

| Class | Date Established | Date Revised |
|---|---|---|
| Widget Inspector I | 1987 | 2004 |
| Widget Inspector II | 1987 | 2004 |
"""

SINGLE = """TOWN OF HARLOW VALLEY
Title: Grounds Keeper
Class Code: 4410

| Step | Hourly |
|---|---|
| A1 | $21.10 |
| B2 | $22.40 |

## Grounds Keeper Duties

Mows, trims and waters the town's parks.
"""


def _pairs(classes: list[ClassInfo]) -> list[tuple[str, str]]:
    return [(c.title, c.code) for c in classes]


# --- find_classes ----------------------------------------------------------------------------------------------

def test_code_table_gives_each_class_its_class_code_not_its_schematic_code_nor_a_history_year():
    classes = find_classes(SERIES, "Widget Inspector Series")
    assert _pairs(classes) == [
        ("Widget Inspector I", "7731"), ("Widget Inspector II", "7732"),
        ("Senior Widget Inspector (Specialist)", "7740"), ("Senior Widget Inspector (Supervisor)", "7745"),
    ]
    row = classes[2]
    assert SERIES[row.start:row.end] == "| WQ20 | 7740 | Senior Widget Inspector (Specialist) |"


def test_without_a_table_the_headings_that_extend_the_base_title_are_the_classes():
    text = "\n".join(line for line in SERIES.split("\n") if "|" not in line)
    classes = find_classes(text, "Widget Inspector Series")
    assert _pairs(classes) == [
        ("Widget Inspector I", ""), ("Widget Inspector II", ""),
        ("Senior Widget Inspector (Specialist)", ""), ("Senior Widget Inspector (Supervisor)", ""),
    ]  # "Widget Inspector Duties" is a section about the class, not a class
    assert text[classes[1].start:classes[1].end] == "Widget Inspector II"


def test_a_heading_class_missing_from_the_table_is_kept_without_a_code():
    text = SERIES.replace("| WQ10 | 7745 | Senior Widget Inspector (Supervisor) (Abolished 03/01/2019 per Notice 19-02) |\n", "")
    assert ("Senior Widget Inspector (Supervisor)", "") in _pairs(find_classes(text, "Widget Inspector Series"))


def test_a_document_of_one_class_describes_no_series():
    assert find_classes(SINGLE, "Grounds Keeper") == []  # a pay-step table is no code table


def test_a_headerless_table_counts_when_its_titles_share_the_series_title():
    text = "Widget Inspector Series\n\n4471 | Widget Inspector I\n4472 | Widget Inspector II\n\nOther text.\n"
    assert _pairs(find_classes(text, "Widget Inspector Series")) == [("Widget Inspector I", "4471"),
                                                                      ("Widget Inspector II", "4472")]
    unrelated = "Budget\n\n2019 | Capital Plan\n2020 | Operating Plan\n"
    assert find_classes(unrelated, "Widget Inspector Series") == []


def test_series_base_and_identify_carry_the_classes():
    assert series_base("Widget Inspector Series") == "Widget Inspector"
    info = identify(SERIES, "widget-inspector-series.md")
    assert info.title == "Widget Inspector Series"
    assert ("Senior Widget Inspector (Specialist)", "7740") in _pairs(info.classes)


# --- storage ---------------------------------------------------------------------------------------------------

def _record_with(classes: list[dict]) -> DocumentRecord:
    return DocumentRecord(doc_id="widget", source="widget.md", root="/corpus", title="Widget Inspector Series",
                          employer="Town of Harlow Valley", class_code="", levels=["I", "II"], format="md",
                          content_hash="h", size=1, mtime=0.0, n_chunks=1, indexed_at=0.0, state="ready",
                          text=SERIES, classes=classes)


def test_chroma_metadata_keeps_the_classes_and_old_metadata_reads_as_none():
    classes = [c.to_dict() for c in find_classes(SERIES, "Widget Inspector Series")]
    meta = _metadata(_record_with(classes), "ready", "[]", 1, 0.0)
    assert _record(meta, SERIES).classes == classes
    del meta["classes"]
    assert _record(meta, SERIES).classes == []


def test_a_registry_written_before_classes_existed_gains_the_column(tmp_path: Path):
    path = tmp_path / "registry.sqlite"
    Registry(path)
    with sqlite3.connect(path) as conn:
        conn.execute("ALTER TABLE documents DROP COLUMN classes")
        conn.execute("INSERT INTO documents(doc_id, source, root, title, content_hash, state) "
                     "VALUES('old', 'old.txt', '/c', 'Old Class', 'h', 'ready')")
    registry = Registry(path)
    assert registry.get_document("old").classes == []
    classes = [c.to_dict() for c in find_classes(SERIES, "Widget Inspector Series")]
    registry.commit_document(_record_with(classes), [])
    assert Registry(path).get_document("widget").classes == classes
    assert [d.classes for d in Registry(path).ready_documents() if d.doc_id == "widget"] == [classes]


# --- the real assistant ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def assistant(tmp_path_factory, shared_embeddings) -> Assistant:
    root = tmp_path_factory.mktemp("class-table")
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "widget-inspector-series.md").write_text(SERIES, encoding="utf-8")
    (corpus / "grounds-keeper.txt").write_text(SINGLE, encoding="utf-8")
    settings = Settings(data_dir=root / "data", corpus_dir=corpus)
    index = Index(settings, embeddings=shared_embeddings)
    summary = sync(index, [corpus])
    assert summary.added == 2 and not summary.failed
    return Assistant(settings, index=index)


def test_synced_series_document_stores_its_classes(assistant):
    record = assistant.index.registry.get_document("widget-inspector-series")
    assert ("Senior Widget Inspector (Supervisor)", "7745") in [(c["title"], c["code"]) for c in record.classes]
    assert assistant.index.registry.get_document("grounds-keeper").classes == []


def test_class_code_question_answers_that_class_code_citing_its_row(assistant):
    answer = assistant.ask("What is the class code of Senior Widget Inspector (Specialist)?")
    assert answer.answered, answer.text
    assert "7740" in answer.text and "7731" not in answer.text and "7745" not in answer.text
    assert [c.doc_id for c in answer.citations] == ["widget-inspector-series"]
    doc = assistant.index.registry.get_document("widget-inspector-series")
    quote = answer.citations[0]
    assert doc.text[quote.start:quote.end] == quote.quote and "7740" in quote.quote


def test_class_named_by_a_word_the_series_title_lacks_matches_the_series(assistant):
    catalog = Catalog.from_documents(assistant.index.registry.ready_documents())
    assert [e.doc_id for e in catalog.entries].count("widget-inspector-series") == 1  # lists walk documents
    match = catalog.match("What does a Senior Widget Inspector (Supervisor) do?")
    assert [m.doc_id for m in match.classes] == ["widget-inspector-series"] and not match.missing
    assert match.classes[0].entry.series_class == "Senior Widget Inspector (Supervisor)"
    assert match.classes[0].entry.class_code == "7745"


def test_the_column_headed_as_the_title_wins_and_status_values_are_no_titles():
    text = ("# Custodian Series\n\nClass Title | Class Code | Salary Range | FLSA | Work Year\n"
            "Custodian I | 2210 | Range 22 | Non-Exempt | 12 months\n"
            "Custodian II | 2211 | Range 25 | Non-Exempt | 12 months\n"
            "Lead Custodian | 2215 | Range 29 | Non-Exempt | 12 months\n")
    assert [(c.title, c.code) for c in find_classes(text, "Custodian Series")] == [
        ("Custodian I", "2210"), ("Custodian II", "2211"), ("Lead Custodian", "2215")]


def test_a_code_table_without_cell_separators_as_a_pdf_prints_it():
    text = ("CITY OF GLENHAVEN\nCLASS SPECIFICATION\nClass Code Class Title Salary Range FLSA\n"
            "3310 Librarian I 48 Non-Exempt\n3311 Librarian II 53 Non-Exempt\n3315 Senior Librarian 58 Exempt\n"
            "Established: 06/1998 Revised: 11/2021\n")
    assert [(c.title, c.code) for c in find_classes(text, "Librarian Series")] == [
        ("Librarian I", "3310"), ("Librarian II", "3311"), ("Senior Librarian", "3315")]
    # an address and a phone line are no code table, whatever their digits
    assert find_classes("Marlow County\n2210 Harbor Street\n1200 Main Street\nSuite 4\n", "Clerk") == []


def test_a_bundle_of_specifications_lists_each_class_with_its_code() -> None:
    """A city's supplement holds unrelated classes, each on its own page under its own title and code, with a
    contents list: every class is one the catalog can match."""
    text = ("CITY OF GREYWATER BEND\nClass Specifications - Supplement No. 14\nContents\nFleet Mechanic (4210) 2\n"
            "Purchasing Agent (1535) 3\n\nFLEET MECHANIC\nClass Code: 4210 FLSA: Non-Exempt\nDEFINITION\nRepairs cars.\n"
            "PURCHASING AGENT\nClass Code: 1535 FLSA: Exempt\nDEFINITION\nBuys supplies.\n")
    assert [(c.title, c.code) for c in find_classes(text, "Class Specs Bundle")] == [
        ("Fleet Mechanic", "4210"), ("Purchasing Agent", "1535")]
    without_contents = text.split("Contents\n")[0] + text.split("3\n\n", 1)[1]
    assert [(c.title, c.code) for c in find_classes(without_contents, "Class Specs Bundle")] == [
        ("Fleet Mechanic", "4210"), ("Purchasing Agent", "1535")]
    single = "FLEET MECHANIC\nClass Code: 4210\nDEFINITION\nRepairs cars.\n"
    assert find_classes(single, "Fleet Mechanic") == []


def test_a_title_naming_each_class_gives_a_class_per_name_placed_at_its_heading() -> None:
    """"Recreation Aide / Recreation Leader / Recreation Supervisor" names three classes: a question about the
    third at its employer matches the document, and a heading's "{#anchor}" is no part of a title."""
    title = "Recreation Aide / Recreation Leader / Recreation Supervisor"
    text = ("# Recreation Series\n## Recreation Aide {#aide}\nLeads games.\n## Recreation Leader {#leader}\n"
            "Plans programs.\n## Recreation Supervisor {#supervisor}\nSupervises Leaders.\n")
    classes = find_classes(text, title)
    assert [c.title for c in classes] == ["Recreation Aide", "Recreation Leader", "Recreation Supervisor"]
    supervisor = classes[2]
    assert text[supervisor.start:supervisor.end] == "Recreation Supervisor" and text.rfind("## ", 0, supervisor.start) >= 0
    assert find_classes("Analyzes.", "Specialist I / II") == []  # bare levels name no class of their own
    record = DocumentRecord(doc_id="rec", source="rec.md", root="/corpus", title=title, employer="City of Orrin Bay",
                            class_code="", levels=[], format="md", content_hash="h", size=1, mtime=0.0, n_chunks=1,
                            indexed_at=0.0, state="ready", text=text, classes=[c.to_dict() for c in classes])
    other = DocumentRecord(doc_id="elig", source="elig.md", root="/corpus", title="Eligibility Supervisor",
                           employer="Brackwater County", class_code="", levels=[], format="md", content_hash="h2",
                           size=1, mtime=0.0, n_chunks=1, indexed_at=0.0, state="ready", text="Supervises.", classes=[])
    match = Catalog.from_documents([record, other]).match(
        "Whose pay tops out higher: Brackwater County's Eligibility Supervisor or the City of Orrin Bay's "
        "Recreation Supervisor?")
    assert {m.doc_id for m in match.classes} == {"rec", "elig"} and not match.missing


def test_a_class_heading_with_its_code_after_a_dash_is_the_class_of_the_code_table() -> None:
    text = ("# Environmental Scientist Series\nClass Title | Code | Level\nSenior Environmental Scientist | 7412 | Senior\n"
            "Principal Environmental Scientist | 7413 | Principal\n### Senior Environmental Scientist – 7412\nLeads.\n"
            "### Principal Environmental Scientist – 7413\nManages.\n")
    assert [(c.title, c.code) for c in find_classes(text, "Environmental Scientist Series")] == [
        ("Senior Environmental Scientist", "7412"), ("Principal Environmental Scientist", "7413")]


def test_a_job_family_matrix_names_its_classes_in_its_header_row() -> None:
    text = ("Factor | Social Worker I | Social Worker II | Social Work Supervisor\nJob Code | 4411 | 4412 | 4420\n"
            "License | Driver's license; none required. | Driver's license. | LCSW; driver's license.\n")
    classes = find_classes(text, "Social Worker Job Family")
    assert [(c.title, c.code) for c in classes] == [
        ("Social Worker I", "4411"), ("Social Worker II", "4412"), ("Social Work Supervisor", "4420")]
    # levels named by words that are no job's name are no classes
    assert find_classes("| Associate | Senior | Lead\nEducation | High school. | Bachelor's. | Bachelor's.\n",
                        "IT Support Job Family") == []

    # the levels of one series name classes whatever the series' word ("Caseworker" is on no list of job nouns)
    text = "Factor | Caseworker I | Caseworker II | Casework Supervisor\nJob Code | 5101 | 5102 | 5110\n"
    assert [c.title for c in find_classes(text, "Caseworker Job Family")] == [
        "Caseworker I", "Caseworker II", "Casework Supervisor"]
    # two different words with a level each are no series
    assert find_classes("Factor | Alpha I | Beta II\nJob Code | 1 | 2\n", "Matrix") == []


def test_the_title_column_is_the_one_naming_jobs_not_a_later_value_column() -> None:
    text = ("| Level | Class code | State Certificate | When required |\n|---|---|---|---|\n"
            "| Water Treatment Plant Operator Trainee | 5410 | Operator-in-Training (OIT) | Within six (6) months of appointment |\n"
            "| Water Treatment Plant Operator I | 5411 | Grade T2 | At appointment |\n")
    assert [(c.title, c.code) for c in find_classes(text, "Water Treatment Plant Operator Series")] == [
        ("Water Treatment Plant Operator Trainee", "5410"), ("Water Treatment Plant Operator I", "5411")]


def test_a_pdf_tables_rows_led_by_the_title_then_its_code_are_classes() -> None:
    """A salary resolution's or a series' class table as a PDF prints it: title, code, range and figures, no cell
    separators; a level written as a digit ends the title."""
    text = ("CLASS SERIES\nClass Title Class Code Pay Range Monthly Minimum Monthly Maximum FLSA\n"
            "Park Ranger 1 7421 38 $3,912 $5,241 Non-exempt\nPark Ranger 2 7422 42 $4,318 $5,786 Non-exempt\n"
            "Park Ranger 3 7423 46 $4,766 $6,389 Non-exempt\n")
    assert [(c.title, c.code) for c in find_classes(text, "Park Ranger 2")] == [
        ("Park Ranger 1", "7421"), ("Park Ranger 2", "7422"), ("Park Ranger 3", "7423")]
    schedule = ("Classification Code Range Step A Step B Step C\nAccount Clerk II 1204 28 $4,157 $4,365 $4,583\n"
                "Library Assistant 2405 26 $3,957 $4,155 $4,362\n")
    assert [c.title for c in find_classes(schedule, "Resolution No. 2025-47")] == ["Account Clerk II", "Library Assistant"]
    # prose whose words happen to precede a number is no table
    assert find_classes("Experience requires 2 years.\nSalary Range 2475 $5,123 per month.\n", "Dispatcher") == []


def test_a_bulletins_table_of_positions_and_pay_names_its_classes() -> None:
    text = ("NOW HIRING: 2026 GOLF SEASON STAFF\nPOSITIONS AND PAY\nPosition Hourly Rate Season Minimum Age Usual Hours\n"
            "Golf Course Maintenance Aide $18.75 March 16 - Oct. 31, 2026 18 5:30 a.m. - 2:00 p.m.\n"
            "Pro Shop Attendant $17.50 April 1 - Oct. 31, 2026 16 Shifts between 6:00 a.m. and 7:30 p.m.\n"
            "Cart and Range Attendant $16.25 April 1 - Sept. 30, 2026 16 Weekends\nWHAT THE JOBS DO\n"
            "Pro Shop Attendant: books tee times. The fee is $5 a round.\n")
    assert [c.title for c in find_classes(text, "Golf Seasonal Bulletin")] == [
        "Golf Course Maintenance Aide", "Pro Shop Attendant", "Cart and Range Attendant"]


def test_codes_of_two_classes_of_a_series_are_both_answered_in_the_order_asked(assistant):
    answer = assistant.ask("What are the class codes of Widget Inspector II and Senior Widget Inspector (Specialist)?")
    assert answer.answered, answer.text
    assert answer.text.index("7732") < answer.text.index("7740") and "7745" not in answer.text
    assert len(answer.citations) == 2 and all(c.doc_id == "widget-inspector-series" for c in answer.citations)
    # one class alone is still that class's code only
    single = assistant.ask("What is the class code of Senior Widget Inspector (Specialist)?")
    assert "7740" in single.text and "7732" not in single.text


def test_a_title_written_apart_from_the_longer_title_holding_it_is_named_too(assistant):
    catalog = Catalog.from_documents(assistant.index.registry.ready_documents())
    both = catalog.match("What are the codes of Widget Inspector II and Senior Widget Inspector (Specialist)?")
    assert both.classes[0].entry.series_class == "Senior Widget Inspector (Specialist)"
    assert "Widget Inspector II" in [m.entry.series_class for m in both.also_named]
    inside = catalog.match("What is the code of Senior Widget Inspector (Specialist)?")  # only inside the longer one
    assert not [m for m in inside.also_named if m.entry.series_class.startswith("Widget Inspector")]


def test_a_level_no_class_of_the_series_has_is_refused_though_a_class_title_holds_another(tmp_path, shared_embeddings):
    """A series of "Paraeducator I" and "Paraeducator II - Special Education": level III is in no class's title,
    whose level stands inside it rather than at its end."""
    from conftest import corpus_assistant

    series = ("# Paraeducator Series\n\nBrinton School District\n\n| Class Code | Class Title | Hourly Range |\n"
              "|---|---|---|\n| 4410 | Paraeducator I | $18.02 - $21.90 |\n"
              "| 4420 | Paraeducator II - Special Education | $19.84 - $24.11 |\n\n"
              "## Paraeducator I\n\nAssists teachers with instruction in general education classrooms.\n\n"
              "## Paraeducator II - Special Education\n\nAssists special education teachers with students with "
              "disabilities.\n")
    brinton = corpus_assistant(tmp_path, {"brinton-sd-paraeducator-series.md": series}, shared_embeddings)
    answer = brinton.ask("What does a Paraeducator III earn at Brinton School District?")
    assert not answer.answered and "III" in answer.text, answer.text
    assert brinton.ask("What does a Paraeducator II earn at Brinton School District?").answered


def test_an_exam_bulletins_table_of_exam_numbers_names_its_classes() -> None:
    """"26-118 School Grounds Worker $19.75 - $24.60 per hour* $15": a bulletin numbers its exams with a hyphen."""
    text = ("  EXAM NO.   TITLE                          SALARY (see note)           FEE\n"
            "  --------   ----------------------------   -------------------------   ----\n"
            "  26-118     School Grounds Worker          $19.75 - $24.60 per hour*   $15\n"
            "  26-119     Senior School Grounds Worker   $22.90 - $28.45 per hour*   $20\n\n"
            "  LAST DAY FOR FILING:  Wednesday, April 15, 2026\n")
    found = [(c.title, c.code) for c in find_classes(text, "School Grounds Worker")]
    assert found == [("School Grounds Worker", "26-118"), ("Senior School Grounds Worker", "26-119")], found


def test_a_fixed_width_table_of_titles_and_lettered_codes_names_its_classes() -> None:
    """"Registered Court Interpreter   JC-4410   $5,874 - $7,512": a code with letters, a hyphen and digits after the
    title still makes the line a class's row."""
    text = (" CLASS TITLE                        CLASS CODE    MONTHLY SALARY RANGE\n"
            "------------------------------------------------------------------------------\n"
            " Registered Court Interpreter       JC-4410       $5,874 - $7,512\n"
            " Certified Court Interpreter        JC-4420       $6,988 - $8,940\n"
            "------------------------------------------------------------------------------\n\n"
            "FINAL FILING DATE:  Friday, May 1, 2026, 5:00 p.m.\n")
    found = [(c.title, c.code) for c in find_classes(text, "Registered Court Interpreter")]
    assert found == [("Registered Court Interpreter", "JC-4410"), ("Certified Court Interpreter", "JC-4420")], found
