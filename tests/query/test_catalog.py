"""The catalog of class titles and employers (assistant/catalog.py).

Pure Python over registry records: no model, no store. The scale test checks
the postings index behind ``Catalog.match`` against scoring every entry (what
the catalog did before it had an index), so a candidate the index misses
fails here rather than as a silent wrong answer at 10,000 documents.
"""

from __future__ import annotations

import random

import pytest

from assistant.query.catalog import Catalog
from assistant.index.registry import DocumentRecord

WORDS = ["Account", "Clerk", "Bus", "Operator", "Park", "Ranger", "Library", "Assistant", "Water", "Treatment",
         "Planner", "Building", "Inspector", "Payroll", "Technician", "Custodian", "Electrician", "Fleet", "Mechanic",
         "Social", "Worker", "Emergency", "Dispatcher", "Engineering", "Records", "Specialist", "Recreation", "Leader",
         "Purchasing", "Agent", "Crime", "Analyst", "Grounds", "Budget", "Senior", "Office", "Information",
         "Technology", "Systems", "Maintenance", "Equipment", "Transit", "Laboratory", "Chemist", "Nurse"]
PLACES = ["Alder", "Birch", "Cedar Falls", "Dogwood", "Elm Valley", "Fir Grove", "Glenwood", "Hawthorn", "Ironwood",
          "Juniper", "Kingsley", "Lakeport", "Maplewood", "Northfield", "Oakridge", "Pinecrest"]
KINDS = ["City of {}", "County of {}", "{} Unified School District", "{} Water Agency", "{} County Public Schools"]


def record(doc_id: str, title: str, employer: str, class_code: str = "", levels: list[str] | None = None) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, source=f"{doc_id}.txt", root="/corpus", title=title, employer=employer,
                          class_code=class_code, levels=levels or [], format="txt", content_hash="h", size=1,
                          mtime=0.0, n_chunks=1, indexed_at=0.0, state="ready")


SEEDS = [
    record("butte-county-information-technology-specialist", "Information Technology Specialist", "Butte County"),
    record("mcps-it-systems-specialist", "IT Systems Specialist", "Montgomery County Public Schools", "5160",
           ["Intern", "I", "II", "III"]),
    record("alder-office-assistant-ii", "Office Assistant II", "City of Alder"),
    record("alder-office-assistant-i", "Office Assistant I", "City of Alder"),
    record("birch-water-treatment-operator", "Water Treatment Operator", "County of Birch", "W-210"),
]


@pytest.fixture
def catalog() -> Catalog:
    return Catalog.from_documents(SEEDS)


def ids(match) -> list[str]:
    return [m.doc_id for m in match.classes]


def test_abbreviation_level_and_initials_name_the_series(catalog):
    match = catalog.match("What grade is an ITSS II at MCPS?")
    assert ids(match) == ["mcps-it-systems-specialist"]
    assert match.employers == ["Montgomery County Public Schools"] and match.levels == ["II"]


def test_short_forms_and_a_typo_in_the_employer(catalog):
    match = catalog.match("salary of the IT specialist at Buttte County")
    assert ids(match) == ["butte-county-information-technology-specialist"]
    assert match.employers == ["Butte County"]


def test_two_letter_abbreviation_only_in_capitals(catalog):
    assert ids(catalog.match("duties of an OA II in Alder")) == ["alder-office-assistant-ii"]
    assert ids(catalog.match("what is an oa?")) == []


def test_initials_in_capitals_name_the_leading_words_of_a_title() -> None:
    """"APS Specialist III": the initials of "Adult Protective Services", typed in capitals, then the title's last word."""
    catalog = Catalog.from_documents([
        record("tarrowby-aps", "Adult Protective Services Specialist I / II / III", "Tarrowby County", "", ["I", "II", "III"]),
        record("tarrowby-eligibility", "Eligibility Specialist", "Tarrowby County"),
    ])
    match = catalog.match("What does the APS Specialist III at Tarrowby County pay?")
    assert ids(match) == ["tarrowby-aps"] and match.levels == ["III"] and not match.missing
    # in lower case, before the title's next word ("jarrowby abc agent"): initials too; alone, an everyday word
    assert ids(catalog.match("what does an aps specialist do?")) == ["tarrowby-aps"]
    assert ids(catalog.match("what are aps?")) == []


def test_informal_words_name_a_class() -> None:
    police = Catalog.from_documents([record("cedar-police-officer", "Police Officer", "City of Cedar Falls"),
                                     record("cedar-park-ranger", "Park Ranger", "City of Cedar Falls")])
    assert ids(police.match("do cops in cedar falls need a college degree?")) == ["cedar-police-officer"]


def test_class_code_names_the_class(catalog):
    assert ids(catalog.match("Tell me about class W-210")) == ["birch-water-treatment-operator"]
    assert ids(catalog.match("Tell me about class W-2100")) == []
    coded = Catalog.from_documents([record("corwith-phn", "Public Health Nurse", "County of Corwith", "25")])
    assert ids(coded.match("hiring at Cedar Bluff High School (Job ID 1187-25) on Range M-7")) == []  # part of a number
    assert ids(coded.match("what is class 25?")) == ["corwith-phn"]


def test_missing_level_and_missing_employer_are_explained(catalog):
    assert "no level IV" in catalog.match("grade of ITSS IV").missing
    assert "Birch" in catalog.match("Office Assistant duties at the County of Birch").missing


def test_unrelated_question_names_nothing(catalog):
    match = catalog.match("When is the holiday party?")
    assert ids(match) == [] and match.employers == [] and match.missing == ""


def _scaled(n: int, seed: int) -> list[DocumentRecord]:
    rng = random.Random(seed)
    records, seen = [], set()
    while len(records) < n:
        title = " ".join(rng.sample(WORDS, rng.choice([1, 2, 2, 3, 3, 4])))
        if rng.random() < 0.2:
            title += " " + rng.choice(["I", "II", "III"])
        employer = rng.choice(KINDS).format(rng.choice(PLACES))
        doc_id = f"d{len(records)}"
        if (title, employer) in seen:
            continue
        seen.add((title, employer))
        code = f"{rng.randint(1000, 9999)}" if rng.random() < 0.5 else ""
        records.append(record(doc_id, title, employer, code))
    return records


def _questions(records: list[DocumentRecord], seed: int) -> list[str]:
    rng = random.Random(seed)
    questions = []
    for rec in rng.sample(records, 60):
        words = rec.title.split()
        typo = words[0][:-1] + words[0][-1] * 2  # "Clerkk"
        questions += [
            f"What is the salary of the {rec.title} at the {rec.employer}?",
            f"duties of a {typo} {' '.join(words[1:])} in {rec.employer.split()[-1]}",
            f"Is the {rec.title.lower()} exempt from overtime?",
            f"class {rec.class_code or '0000'} minimum qualifications",
            f"{rng.choice(WORDS).lower()}s {rng.choice(WORDS).lower()} pay",
        ]
    return questions


def test_index_finds_every_entry_that_scoring_all_entries_would(monkeypatch):
    """Candidates from the postings index are a superset of the entries with a positive title score."""
    records = _scaled(3000, seed=4)
    catalog = Catalog.from_documents(records)
    from assistant.query import catalog as catalog_module

    missed = []
    for question in _questions(records, seed=5):
        q_norm = catalog_module.normalize_title_tokens(question)
        q_set = set(q_norm)
        everyone = {i for i, entry in enumerate(catalog.entries)
                    if catalog._title_score(entry, q_norm, q_set, question)[0] > 0}
        candidates = set(catalog._index.candidates(q_norm, q_set, question))
        if everyone - candidates:
            missed.append((question, sorted(everyone - candidates)[:3]))
        assert len(candidates) < len(catalog.entries), "the index let every entry through"
    assert not missed, missed[:5]


def test_named_class_found_among_thousands():
    records = _scaled(5000, seed=11)
    target = record("zz-target", "Harbor Patrol Pilot", "City of Quillfield", "7777")
    catalog = Catalog.from_documents(records + [target])
    assert ids(catalog.match("What is the salary of a harbor patrol pilot in Quillfield?")) == ["zz-target"]
    assert ids(catalog.match("minimum qualifications for class 7777")) == ["zz-target"]
    assert catalog.match("harbor patrol pilot at Quilfield").employers == ["City of Quillfield"]


def test_an_employer_no_document_belongs_to_is_explained(catalog):
    missing = catalog.match("How much does a Water Treatment Operator make at Lakeview County?").missing
    assert "Water Treatment Operator" in missing and "Lakeview County" in missing
    assert "City of Oakdale" in catalog.match("Office Assistant II duties at the City of Oakdale").missing
    # a known employer's words inside a longer capitalised phrase, or no capitals at all: nothing is missing
    assert ids(catalog.match("Is the City of Alder Office Assistant II exam online?")) == ["alder-office-assistant-ii"]
    assert not catalog.match("water treatment operator pay at lakeview county").missing
    assert not catalog.match("How much does a Water Treatment Operator make at Birch County?").missing


def test_a_bare_follow_up_asks_the_earlier_question_about_the_next_level(catalog):
    from assistant.query.plan import plan_query

    history = [{"role": "user", "content": "What does Montgomery County Public Schools require for IT Systems Specialist I?"},
               {"role": "assistant", "content": "A high school diploma [1]"}]
    plan = plan_query("and the next level up?", history, catalog)
    assert plan.doc_ids == ["mcps-it-systems-specialist"] and plan.levels == ["II"]
    assert [i.name for i in plan.intents] == ["qualifications"]
    # what was asked comes along, the earlier class and level do not (they would pull retrieval back to level I)
    assert "require" in plan.standalone and "Specialist I?" not in plan.standalone


def test_two_classes_named_in_full_both_stay_in_focus(catalog):
    from assistant.query.plan import plan_query

    # "the City" hints at one employer, but two classes named in full are both asked about
    plan = plan_query("Which needs more experience: the County Water Treatment Operator or the City Office Assistant II?",
                      [], catalog)
    assert set(plan.doc_ids) >= {"birch-water-treatment-operator", "alder-office-assistant-ii"}


# --- classes of a series document (issue 13) -----------------------------------------------------------------------

def _series_catalog() -> Catalog:
    from dataclasses import replace

    classes = [{"title": "Glazier I", "code": "6611", "start": 10, "end": 30},
               {"title": "Glazier II", "code": "6612", "start": 31, "end": 50},
               {"title": "Glazier Supervisor", "code": "6615", "start": 51, "end": 70},
               {"title": "Senior Glazier (Specialist)", "code": "", "start": 90, "end": 117}]
    series = replace(record("state-glazier-series", "Glazier Series", "State of Elmira", levels=["I", "II"]),
                     classes=classes)
    return Catalog.from_documents([series, record("oakport-glazier", "Glazier", "City of Oakport", "G-100"),
                                   record("oakport-clerk", "Clerk", "City of Oakport")])


def test_a_series_class_named_in_full_matches_its_document_with_its_code():
    catalog = _series_catalog()
    assert [e.doc_id for e in catalog.entries] == ["state-glazier-series", "oakport-glazier", "oakport-clerk"]
    match = catalog.match("What is the class code of the Glazier Supervisor?")
    # the city's Glazier is a word of the class named, not the class: only the series document is in focus
    assert ids(match) == ["state-glazier-series"] and not match.missing
    assert (match.classes[0].entry.series_class, match.classes[0].entry.class_code) == ("Glazier Supervisor", "6615")
    assert match.classes[0].entry.span == (51, 70)
    senior = catalog.match("What does a Senior Glazier (Specialist) do for the State?")
    assert ids(senior) == ["state-glazier-series"] and not senior.modifiers and not senior.missing
    assert senior.classes[0].entry.series_class == "Senior Glazier (Specialist)"


def test_a_series_class_no_more_named_than_the_document_leaves_the_document_entry():
    catalog = _series_catalog()
    match = catalog.match("What does a State of Elmira Glazier II do?")
    assert ids(match) == ["state-glazier-series"] and match.levels == ["II"]
    assert match.classes[0].entry.series_class == "" and match.classes[0].entry.levels == ["I", "II"]
    # a class's own code names it too
    assert catalog.match("Which class is 6615?").classes[0].entry.series_class == "Glazier Supervisor"


def test_a_missing_level_names_the_document_not_each_of_its_classes():
    missing = _series_catalog().match("What does a State of Elmira Glazier IV do?").missing
    assert missing == "no level IV of Glazier Series is in the documents"



KINDS_CATALOG = [
    record("state-carpenter", "Carpenter", "State of Cedar"),
    record("city-carpenter", "Carpenter", "City of Birch"),
    record("city-police-clerk", "Police Service Representative", "City of Birch"),
    record("state-word-processing", "Word Processing Technician", "State of Cedar"),
    record("birch-county-its", "Information Technology Specialist", "Birch County"),
]


def test_a_kind_of_body_names_the_one_employer_of_that_kind() -> None:
    kinds = Catalog.from_documents(KINDS_CATALOG)
    match = kinds.match("What does a State Carpenter do?")
    assert match.employers == ["State of Cedar"] and ids(match) == ["state-carpenter"]
    assert kinds.match("do carpenters with the state need a license?").employers == ["State of Cedar"]
    both = kinds.match("What does a State Carpenter do that the city one doesn't?")
    assert both.employers == ["City of Birch", "State of Cedar"]
    # not a name it is part of, not another body "of" somewhere, not the verb
    assert kinds.match("Is the State of Oregon hiring carpenters?").employers == []
    assert kinds.match("State the pay of a carpenter").employers == []
    assert kinds.match("does the carpenter spec state the pay?").employers == []
    two_states = Catalog.from_documents(KINDS_CATALOG + [record("elm-clerk", "Clerk", "State of Elm")])
    assert two_states.match("What does a State Carpenter do?").employers == []


def test_a_class_named_in_full_at_another_employer_stays_a_subject() -> None:
    kinds = Catalog.from_documents(KINDS_CATALOG)
    match = kinds.match("Which needs the faster typing: a State Word Processing Technician or a Police Service Representative?")
    assert ids(match) == ["state-word-processing", "city-police-clerk"]
    # a class sharing a title word with the named employer's class is that class elsewhere: left out
    assert ids(kinds.match("What does a State Carpenter earn?")) == ["state-carpenter"]


def test_an_abbreviation_that_is_an_everyday_word_counts_only_in_capitals() -> None:
    kinds = Catalog.from_documents(KINDS_CATALOG)
    assert ids(kinds.match("Which pays more at the top of its range?")) == []
    assert ids(kinds.match("What does an ITS earn at Birch County?")) == ["birch-county-its"]


def test_a_word_form_names_a_class_and_a_different_ending_does_not() -> None:
    """"audit" is a form of "Auditor"; "electrician" is not a typo of "electrical"."""
    catalog = Catalog.from_documents([record("state-auditor-i", "Auditor I", "State of California"),
                                      record("state-electrical-inspector", "Electrical Inspector", "State of California")])
    assert ids(catalog.match("Is there a State job where you audit tax returns?")) == ["state-auditor-i"]
    assert "state-electrical-inspector" not in ids(catalog.match("What does a State Electrician earn?"))


def test_one_title_word_in_a_description_names_no_class() -> None:
    """"customer service" in "which City job is ..." does not name the Police Service Representative; at a
    named employer one title word still names a class when the question does not ask which class it is."""
    catalog = Catalog.from_documents([record("cedar-psr", "Police Service Representative", "City of Cedar Falls"),
                                      record("cedar-clerk", "Administrative Clerk", "City of Cedar Falls")])
    assert ids(catalog.match("Which City of Cedar Falls job does filing and customer service?")) == []
    assert ids(catalog.match("What does the Cedar Falls service rep earn?")) == ["cedar-psr"]


def test_initials_and_kind_name_the_employer_as_people_type_them() -> None:
    catalog = Catalog.from_documents([record("la-carpenter", "Carpenter", "City of Los Angeles"),
                                      record("state-carpenter", "Carpenter", "State of California")])
    assert ids(catalog.match("la city carpenter - do they get tested every year?")) == ["la-carpenter"]


def test_another_body_of_a_known_place_is_no_document_of_the_known_employer() -> None:
    """"County of Los Angeles" is not the City of Los Angeles: its class is missing, not the City's answered."""
    catalog = Catalog.from_documents([record("la-x-ray", "X-Ray and Laboratory Technician", "City of Los Angeles")])
    county = catalog.match("How much does the County of Los Angeles pay an X-ray technician?")
    assert ids(county) == [] and "County of Los Angeles" in county.missing
    assert ids(catalog.match("How much does the City of Los Angeles pay an X-ray technician?")) == ["la-x-ray"]
    assert ids(catalog.match("How much does LA pay an X-Ray and Laboratory Technician?")) == ["la-x-ray"]


def test_a_description_at_a_named_employer_names_no_other_employers_class() -> None:
    """"Which City job … information systems …?" describes a class: the State's Information Systems Analyst is not
    reported missing for the City."""
    catalog = Catalog.from_documents([record("state-isa", "Information Systems Analyst", "State of California"),
                                      record("la-systems-analyst", "Systems Analyst", "City of Los Angeles")])
    match = catalog.match("Which City of Los Angeles job does feasibility studies on information systems?")
    assert match.missing == ""


def test_the_plural_of_an_abbreviation_names_the_class() -> None:
    catalog = Catalog.from_documents([record("state-cna", "Certified Nursing Assistant", "State of California")])
    assert ids(catalog.match("do state CNAs ever help out in surgery?")) == ["state-cna"]


def test_a_title_named_at_an_employer_is_the_longer_title_there_that_holds_its_words() -> None:
    """'a maintenance worker II at Marlow County': Marlow's 'Facilities Maintenance Worker II' is that class,
    though another employer's 'Maintenance Worker II' matches the words better."""
    catalog = Catalog.from_documents([
        record("marlow-fmw", "Facilities Maintenance Worker II", "Marlow County"),
        record("bayshore-mw", "Maintenance Worker II", "Bayshore Municipal Utility District"),
    ])
    match = catalog.match("At Marlow County, what does a maintenance worker II top out at per hour?")
    assert [m.doc_id for m in match.classes] == ["marlow-fmw"] and not match.missing
    # a class the employer has no title for is still reported missing there
    assert catalog.match("What does a Police Officer at Marlow County earn?").classes == []


def test_a_title_ending_in_a_digit_level_is_that_level_of_its_series():
    catalog = Catalog.from_documents([record("oa2", "Office Assistant 2", "State of Wrenfield"),
                                      record("oa3", "Office Assistant 3", "State of Wrenfield")])
    assert [e.title_level for e in catalog.entries] == ["II", "III"]
    assert ids(catalog.match("What does an Office Assistant 3 at the State of Wrenfield earn?")) == ["oa3"]
    assert ids(catalog.match("office assistant II duties in Wrenfield")) == ["oa2"]


def test_a_title_word_naming_an_office_names_no_class_there() -> None:
    """"At Ebbingford University's medical investigator office, the person who …": the office is named, not the
    Medical Examiner Investigator of another employer, so nothing is "not in the documents"."""
    catalog = Catalog.from_documents([
        record("amberlow-mei", "Medical Examiner Investigator I/II/III", "Amberlow County", "", ["I", "II", "III"]),
        record("ebbingford-frs", "Forensic Records Specialist", "Ebbingford University"),
        record("bowder-aa", "Autopsy Assistant I / Autopsy Assistant II", "State of Bowder", "", ["I", "II"]),
        record("calder-dc", "Deputy Coroner", "Calder County"), record("drum-ma", "Morgue Attendant", "Drum County"),
        record("elder-ma", "Morgue Attendant", "City of Elder"), record("fen-dtt", "Decedent Transport Technician",
                                                                         "Fen Parish"),
        record("cress-dp", "Decedent Property and Records Clerk", "Cress Authority"),
    ])
    match = catalog.match("At Ebbingford University's medical investigator office, the person who releases autopsy "
                          "reports: how long do they have to answer a public records request?")
    assert not match.missing, match.missing
    assert match.employers == ["Ebbingford University"]
    named = catalog.match("Does Ebbingford University have a medical investigator?")
    assert named.missing, named  # the job itself asked at an employer without it
