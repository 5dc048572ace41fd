"""Lists across one employer's classes, a series page's levels, and the small readers they rest on (issue 13).

Two employers' plain-text specs and a Markdown series page, indexed into a real Chroma store with the
real model: "which State of Alder classes require …" lists that employer's classes; a series answer
comes from under the asked level's or class's own headings. Nothing is mocked.
"""

from __future__ import annotations

import re

import pytest

from assistant.answering.answer import Answer
from assistant.engine import Assistant
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.index.index import Index
from assistant.settings import Settings


def quoted(answer: Answer) -> str:
    return " ".join(c.quote for c in answer.citations)



def _alder_spec(employer: str, title: str, code: str, definition: str, licenses: str, special: str = "") -> str:
    special_block = f"\nSpecial Requirements\n{special}\n" if special else ""
    return (f"{employer.upper()}\nClass Specification\n\n{title}\n\nClass Code: {code}\n\nDefinition\n{definition}\n\n"
            f"Licenses and Certificates\n{licenses}\n{special_block}")


CHECK = "Must pass a criminal background check before appointment."
ALDER_DOCS = {
    "alder-school-bus-driver": _alder_spec(
        "State of Alder", "School Bus Driver", "4410", "Under general supervision, drives a school bus on assigned routes.",
        "Possession of a valid driver's license with a school bus endorsement.", CHECK),
    "alder-automobile-mechanic": _alder_spec(
        "State of Alder", "Automobile Mechanic", "5120", "Under general supervision, repairs and maintains state automobiles.",
        "Possession of a valid Class C driver's license.", CHECK),
    "alder-accounting-technician": _alder_spec(
        "State of Alder", "Accounting Technician", "2230", "Under general supervision, reconciles accounting records.",
        "None required."),
    "alder-background-investigator": _alder_spec(
        "State of Alder", "Background Investigator", "6030", "Under general supervision, investigates applicants for state jobs.",
        "None required."),
    "birch-auditor": _alder_spec(
        "City of Birch", "Auditor", "A-220", "Under general direction, audits the financial records of city departments.",
        "Possession of a valid driver's license.", "Must pass a criminal background check."),
}

CARPENTER_SERIES = """# Carpenter Series

State of Alder

## Definition of Levels

## Carpenter I

This is the entry level of the Carpenter series; performs routine carpentry work under close supervision.

## Carpenter Supervisor

This is the first full supervisory level. Plans, assigns and reviews the work of carpenters.

## Minimum Qualifications

## Carpenter I

### Either I

One year of experience as a carpenter's helper.

### Or II

Completion of a carpentry apprenticeship program.

## Carpenter Supervisor

### Either I

Two years as a journey level carpenter.

### Or II

Six years of carpentry experience.
"""


@pytest.fixture(scope="module")
def alder(tmp_path_factory, shared_embeddings) -> Assistant:
    root = tmp_path_factory.mktemp("alder")
    corpus = root / "corpus"
    corpus.mkdir()
    for doc_id, text in ALDER_DOCS.items():
        (corpus / f"{doc_id}.txt").write_text(text)
    (corpus / "alder-carpenter-series.md").write_text(CARPENTER_SERIES)
    settings = Settings(data_dir=root / "data", corpus_dir=corpus)
    index = Index(settings, embeddings=shared_embeddings)
    summary = sync(index, [corpus])
    assert summary.added == 6 and not summary.failed
    employers = {d.doc_id: d.employer for d in index.registry.ready_documents()}
    assert employers["birch-auditor"] == "City of Birch" and employers["alder-school-bus-driver"] == "State of Alder"
    return Assistant(settings, index=index)


def test_which_state_classes_require_a_license_lists_the_state_documents(alder: Assistant) -> None:
    """'Which State of Alder class specifications require a driver's license?' lists every State class that
    requires one, although 'Driver' names one class, and not the City of Birch class that also does."""
    answer = alder.ask("Which State of Alder class specifications require a driver's license?")
    assert answer.answered, answer.text
    assert {c.doc_id for c in answer.citations} == {"alder-school-bus-driver", "alder-automobile-mechanic"}, answer.text
    assert "Class C driver's license" in quoted(answer) and "school bus endorsement" in quoted(answer)
    assert "City of Birch" not in answer.text and "Auditor" not in answer.text


def test_which_state_classes_require_a_fact_outside_the_cards_lists_across_classes(alder: Assistant) -> None:
    """The same list from the passages (a background check is no fact-card field): 'Background' names the
    Background Investigator class, yet the question asks across the State's classes; the City class that
    states it is left out (the employer named keeps the list to its documents)."""
    answer = alder.ask("Which State of Alder class specifications require a background check?")
    assert answer.answered, answer.text
    assert {c.doc_id for c in answer.citations} == {"alder-school-bus-driver", "alder-automobile-mechanic"}, answer.text
    assert all("criminal background check" in c.quote for c in answer.citations)
    assert "City of Birch" not in answer.text


def test_series_answer_gives_the_supervisory_levels_experience(alder: Assistant) -> None:
    """'Which level is the first full supervisory level, and what experience does it require?' on a Markdown
    series page: the supervisor's level line, then its experience, labelled with its class heading
    ('Carpenter Supervisor / Or II'), ahead of anything written under Carpenter I."""
    answer = alder.ask("Which Carpenter level is the first full supervisory level, and what experience does it require?")
    assert answer.answered, answer.text
    assert {c.doc_id for c in answer.citations} == {"alder-carpenter-series"}
    assert "This is the first full supervisory level." in quoted(answer)
    experience = re.search(r"Carpenter Supervisor[^\n]*?:\s*(?:Six years of carpentry|Two years as a journey)", answer.text)
    assert experience, answer.text
    first_line = answer.text.find("first full supervisory level")
    assert 0 <= first_line < experience.start()
    for entry_level in ("carpenter's helper", "apprenticeship"):
        assert entry_level not in answer.text[:experience.end()], answer.text


def test_qualifications_of_one_class_of_a_series_come_from_under_its_headings(alder: Assistant) -> None:
    """An open question about one class of a series page quotes that class's options, not another class's."""
    answer = alder.ask("What do you need to qualify for Carpenter Supervisor in the State of Alder?")
    assert answer.answered, answer.text
    assert "Two years as a journey level carpenter" in answer.text or "Six years of carpentry" in answer.text
    assert "carpenter's helper" not in answer.text and "apprenticeship" not in answer.text, answer.text


def test_the_column_of_the_asked_level_is_found_in_a_header_of_levels() -> None:
    from assistant.answering.evidence import level_column

    header = "Factor | Caseworker I | Caseworker II | Casework Supervisor"
    assert level_column(header, ["II"]) == 2
    assert level_column(header, ["II", "I"]) == -1  # two levels asked: the whole row
    assert level_column("Step | Hourly | Monthly", ["II"]) == -1
    assert level_column(header, ["IV"]) == -1


def test_an_abbreviation_naming_the_class_names_it_in_its_expansion_too() -> None:
    from assistant.answering.evidence import question_terms
    from assistant.index.registry import DocumentRecord
    from assistant.query.catalog import Catalog
    from assistant.query.plan import plan_query

    def record(doc_id: str, title: str, employer: str) -> DocumentRecord:
        return DocumentRecord(doc_id=doc_id, source=f"{doc_id}.txt", root="/c", title=title, employer=employer,
                              class_code="", levels=[], format="txt", content_hash="h", size=1, mtime=0.0, n_chunks=1,
                              indexed_at=0.0, state="ready")

    catalog = Catalog.from_documents([record("quill-ff", "Firefighter/EMT", "City of Quillmore"),
                                      record("dun-bus", "Bus Operator", "Dunmore Regional Transit Authority")])
    plan = plan_query("Which has the longer probation: Firefighter/EMT at Quillmore or Bus Operator at Dunmore "
                      "Regional Transit?", [], catalog)
    assert "emt" in plan.name_tokens and "emergency" in plan.question.lower()
    assert not {"emergency", "medic", "technician"} & set(question_terms(plan))


TREE_TRIMMER = ("# Tree Trimmer II\n\nCity of Cresswell Point\n\n## Definition\n\nPrunes, climbs and removes trees in City "
                "parks and along streets.\n\n## Licenses and Certifications\n\nIncumbents must obtain International Society "
                "of Arboriculture (ISA) Certified Arborist certification within 18 months of appointment and keep it "
                "current.\n")
LINE_CLEARANCE = ("# Line Clearance Tree Trimmer\n\nOkeston Valley Public Utility District\n\n## About the job\n\nClears "
                  "vegetation from energized power lines on utility rights-of-way.\n\n## Certifications\n\n"
                  "- ISA Certified Arborist or ISA Certified Arborist Utility Specialist within 24 months of hire.\n")
EMERGENCY = ("# Emergency Management Coordinator\n\nSallowmere County\n\n## Qualifications\n\nDesirable: Certified "
             "Emergency Manager (CEM) designation from the International Association of Emergency Managers.\n\n"
             "## Duties\n\nMaintains the county emergency operations plan and trains staff.\n")


def test_a_list_takes_in_a_document_stating_the_questions_rare_words_in_fewer_of_its_other_words(
        tmp_path, shared_embeddings) -> None:
    """"Which jobs require an ISA (International Society of Arboriculture) certification, and by when?": the utility's
    "ISA Certified Arborist … within 24 months" states it too, though without the society's name written out; the
    coordinator's "International Association of Emergency Managers" shares a word, not the thing listed."""
    from conftest import corpus_assistant

    assistant = corpus_assistant(tmp_path, {"cresswell-tree-trimmer-2.md": TREE_TRIMMER,
                                            "okeston-line-clearance.md": LINE_CLEARANCE,
                                            "sallowmere-emergency-coordinator.md": EMERGENCY}, shared_embeddings)
    answer = assistant.ask("Which jobs require an ISA (International Society of Arboriculture) certification, and by when?")
    assert answer.answered and "18 months" in answer.text and "24 months" in answer.text, answer.text
    assert "Sallowmere" not in answer.text, answer.text


def test_a_listed_series_passage_says_which_class_it_stands_under(tmp_path, shared_embeddings) -> None:
    """"Which jobs require a CDA credential?": the series page's passage comes from under its Assistant Teacher's
    heading, and the list says so rather than naming the whole series."""
    from conftest import corpus_assistant

    series = ("<html><body><main><h1>Head Start Teacher Series</h1><p>Madrone County Office of Education</p>"
              "<h2>Classes in this Series</h2><table><tr><th>Class</th><th>Class Code</th><th>Monthly Salary</th></tr>"
              "<tr><td>Head Start Assistant Teacher</td><td>6101</td><td>$3,188 - $3,876</td></tr>"
              "<tr><td>Head Start Teacher</td><td>6103</td><td>$4,175 - $5,075</td></tr></table>"
              "<h2>Series Concept</h2><p>Classroom teams include one Head Start Teacher and one or more Assistant "
              "Teachers.</p><h2>Head Start Assistant Teacher (6101)</h2><h3>Definition</h3><p>Under the direct "
              "supervision of the Head Start Teacher, assists in carrying out the daily classroom program.</p>"
              "<h3>Minimum Qualifications</h3><p>High school diploma and six semester units of early childhood "
              "education.</p><p><strong>Credential requirement:</strong> Must hold a Child Development Associate (CDA) "
              "credential, or complete the CDA credential within 18 months of hire.</p><h2>Head Start Teacher (6103)</h2>"
              "<h3>Definition</h3><p>Plans and carries out the classroom program for a group of preschool children.</p>"
              "<h3>Minimum Qualifications</h3><p>An associate degree in early childhood education and one year of "
              "preschool teaching experience.</p></main></body></html>")
    tribal = ("# Early Head Start Teacher (Infant/Toddler)\n\nRedcedar Creek Tribal Nation\n\n## Requirements\n\n"
              "A Child Development Associate (CDA) credential with an Infant/Toddler focus, completed within 12 months of "
              "hire.\n\n## Duties\n\nProvides responsive care for a group of up to eight infants and toddlers.\n")
    assistant = corpus_assistant(tmp_path, {"madrone-head-start-teacher-series.html": series,
                                            "redcedar-early-head-start-teacher.md": tribal}, shared_embeddings)
    answer = assistant.ask("Which jobs require a Child Development Associate (CDA) credential?")
    assert answer.answered and "Head Start Assistant Teacher" in answer.text and "Redcedar" in answer.text, answer.text


def test_which_employers_asks_a_list_across_documents(tmp_path, shared_embeddings) -> None:
    """"Which employers pay an incentive for earning a professional designation?": every employer's document that
    states one, as "which jobs" would."""
    from conftest import corpus_assistant

    loss = ("# Loss Control Specialist\n\nCity of Varrowby\n\n## Pay\n\nCertification incentive: Employees who hold the "
            "Certified Safety Professional (CSP) credential receive a certification incentive of 5% of base pay.\n\n"
            "## Duties\n\nInspects City facilities and trains staff in safe work practices.\n")
    risk = ("# Risk and Insurance Analyst\n\nUllenby Airport Authority\n\n## Pay\n\nA one-time incentive of $1,500 is paid "
            "when the analyst earns a professional risk designation such as the ARM.\n\n## Duties\n\nKeeps the risk "
            "register.\n")
    assistant = corpus_assistant(tmp_path, {"varrowby-loss-control-specialist.md": loss,
                                            "ullenby-risk-and-insurance-analyst.md": risk,
                                            "sallowmere-emergency-coordinator.md": EMERGENCY}, shared_embeddings)
    answer = assistant.ask("Which employers pay an incentive for earning a professional safety or risk designation?")
    assert answer.answered and "5%" in answer.text and "1,500" in answer.text, answer.text


def test_a_listed_document_quotes_its_passage_stating_the_amount(tmp_path, shared_embeddings) -> None:
    """"Which of these jobs pay extra for being bilingual?": the assistant's page says "Bilingual premium is paid in
    addition to these rates" under its pay table and states the amount further down; the amount is quoted."""
    from conftest import corpus_assistant

    assistant_page = ("# Nutrition Education Assistant\n\nPenmorrow Public Health District\n\n## Pay\n\n| Step | Hourly |\n"
                      "|---|---|\n| A | $19.40 |\n| B | $20.37 |\n\nBilingual premium is paid in addition to these rates.\n\n"
                      "## Language skills\n\nIncumbents of positions designated bilingual who pass the District's proficiency "
                      "test are paid a bilingual premium of $0.90 per hour.\n\n## Duties\n\nTeaches nutrition classes to families.\n")
    coordinator = ("# 4-H Youth Development Coordinator\n\nQuernby County\n\n## Pay\n\nBilingual pay: $100.00 per month when "
                   "the position is designated bilingual and the employee passes the County's Spanish proficiency "
                   "test.\n\n## Duties\n\nRuns 4-H clubs and camps.\n")
    assistant = corpus_assistant(tmp_path, {"penmorrow-nutrition-education-assistant.md": assistant_page,
                                            "quernby-4h-youth-development-coordinator.md": coordinator,
                                            "sallowmere-emergency-coordinator.md": EMERGENCY}, shared_embeddings)
    answer = assistant.ask("Which of these jobs pay extra for being bilingual?")
    assert answer.answered and "$0.90" in answer.text and "$100.00" in answer.text, answer.text


def test_a_list_question_naming_a_title_word_asks_across_the_classes(tmp_path, shared_embeddings) -> None:
    """"Which classes require a Licensed Clinical Social Worker (LCSW) license?" names words of a class's title
    ("Clinical Social Worker") and still asks across the classes: the passage list (when no card answers) takes in
    every class that states it. ``list_answer`` is called as the extractive answerer calls it."""
    from conftest import corpus_assistant

    from assistant.answering.evidence_list import list_answer
    from assistant.query.plan import plan_query

    worker = ("# Clinical Social Worker\n\nCounty of Fennick\n\n## Licenses\n\nPossession of a valid Licensed Clinical "
              "Social Worker (LCSW) license issued by the State Board of Behavioral Sciences.\n\n## Duties\n\nProvides "
              "individual and group therapy to adults with serious mental illness.\n")
    supervisor = ("# Behavioral Health Clinical Supervisor\n\nCounty of Fennick\n\n## Licenses\n\nA valid LCSW license "
                  "(Licensed Clinical Social Worker) or a Licensed Marriage and Family Therapist license is required.\n\n"
                  "## Duties\n\nSupervises the clinicians of an outpatient clinic.\n")
    assistant = corpus_assistant(tmp_path, {"fennick-clinical-social-worker.md": worker,
                                            "fennick-behavioral-health-clinical-supervisor.md": supervisor,
                                            "sallowmere-emergency-coordinator.md": EMERGENCY}, shared_embeddings)
    snap = assistant.snapshots.get(assistant.index)
    question = "Which classes require a Licensed Clinical Social Worker (LCSW) license?"
    plan = plan_query(question, [], snap.catalog, snap.dictionary)
    assert plan.doc_ids, plan  # a word of a title names a class
    answer = list_answer(plan, [], snap, assistant.answerer.scorer)
    assert answer is not None and answer.answered
    assert {c.doc_id for c in answer.citations} == {"fennick-clinical-social-worker",
                                                    "fennick-behavioral-health-clinical-supervisor"}, answer.text
