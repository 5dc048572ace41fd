"""A class written as a title at a named employer whose documents lack it is said to be missing.

"What does a Park Maintenance Worker make at Tamsin Valley Regional Park District?" shares "Park" with that
employer's Park Ranger; answering with the ranger's pay would pass one class off as another. The catalog names
the class missing when its job noun differs from every class there that shares a word, or when it has none of
that class's distinguishing words ("Bus Operator" against "Light Rail Vehicle Operator"). Everyday names typed in
lower case ("sped aides") and synonyms ("Bus Driver" for "Bus Operator") never count as another class.
"""

from __future__ import annotations

import pytest

from assistant.domain.job_nouns import ends_with_job_noun, job_noun
from assistant.index.registry import DocumentRecord
from assistant.query.catalog import Catalog
from assistant.query.unlisted_class import class_phrase, unlisted_class


def record(doc_id: str, title: str, employer: str) -> DocumentRecord:
    return DocumentRecord(doc_id=doc_id, source=f"{doc_id}.txt", root="/corpus", title=title, employer=employer,
                          class_code="", levels=[], format="txt", content_hash="h", size=1, mtime=0.0, n_chunks=1,
                          indexed_at=0.0, state="ready")


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return Catalog.from_documents([
        record("tamsin-park-ranger", "Park Ranger", "Tamsin Valley Regional Park District"),
        record("silverlode-lrv-operator", "Light Rail Vehicle Operator", "Silverlode Metro Transit"),
        record("marlow-fmw-ii", "Facilities Maintenance Worker II", "Marlow County"),
        record("pinecrest-sped-assistant", "Special Education Instructional Assistant",
               "Pinecrest Valley Unified School District"),
        record("harlow-bus-operator", "Bus Operator", "City of Harlow Springs"),
    ])


def test_another_kind_of_job_at_the_employer_is_missing(catalog: Catalog) -> None:
    match = Catalog.from_documents([record("tamsin-park-ranger", "Park Ranger", "Tamsin Valley Regional Park District")]) \
        .match("What does a Park Maintenance Worker make at Tamsin Valley Regional Park District?")
    assert not match.classes
    assert match.missing == "no Park Maintenance Worker specification for Tamsin Valley Regional Park District is in the documents"
    # with a Facilities Maintenance Worker II elsewhere, the class is still not the ranger
    elsewhere = catalog.match("What does a Park Maintenance Worker make at Tamsin Valley Regional Park District?")
    assert not elsewhere.classes and "Tamsin Valley Regional Park District" in elsewhere.missing


def test_the_same_kind_of_job_without_its_distinguishing_words_is_missing(catalog: Catalog) -> None:
    match = catalog.match("What's the top hourly rate for a Bus Operator at Silverlode Metro Transit?")
    assert not match.classes and "no Bus Operator specification for Silverlode Metro Transit" in match.missing


@pytest.mark.parametrize("question, doc_id", [
    ("What does a Park Ranger at Tamsin Valley make?", "tamsin-park-ranger"),
    ("At Marlow County, what does a maintenance worker II top out at per hour?", "marlow-fmw-ii"),
    ("How much does a Bus Driver make at the City of Harlow Springs?", "harlow-bus-operator"),
])
def test_the_class_there_named_otherwise_is_still_found(catalog: Catalog, question: str, doc_id: str) -> None:
    match = catalog.match(question)
    assert not match.missing, match.missing
    assert [m.doc_id for m in match.classes] == [doc_id]


def test_an_everyday_name_in_lower_case_is_never_called_missing(catalog: Catalog) -> None:
    assert not catalog.match("how many hrs a day do sped aides work at pinecrest valley").missing


def test_the_phrase_is_the_job_noun_and_the_words_before_it() -> None:
    assert class_phrase("What does a Park Maintenance Worker make?") == ["park", "maintenance", "worker"]
    assert class_phrase("who radios the drivers?") == []  # no word before the noun names a class
    assert job_noun("Operators") == "operator" and job_noun("guard") == ""
    assert job_noun("Caseworkers") == "caseworker" and job_noun("network") == ""  # a closed compound on "worker"
    assert ends_with_job_noun("Special Education Instructional Assistant") and not ends_with_job_noun("Working Conditions")


def test_the_employers_name_before_the_class_is_no_part_of_it() -> None:
    catalog = Catalog.from_documents([record("halvering-fleet", "Essential function % of time", "Halvering University")])
    match = catalog.match("What percent of the Halvering University Fleet Mechanic's time goes to preventive maintenance?")
    assert match.unlisted == "Fleet Mechanic", match.missing
    assert "no Fleet Mechanic specification for Halvering University" in match.missing


def test_a_chief_or_a_marshal_named_only_as_a_supervisor_is_missing() -> None:
    catalog = Catalog.from_documents([record("ossory-fpi", "Fire Prevention Inspector", "Ossory County")])
    match = catalog.match("What is the salary for the Fire Marshal at Ossory County?")
    assert not match.classes and match.unlisted == "Fire Marshal", match.missing
    assert catalog.match("How much does a Fire Prevention Inspector make at Ossory County?").classes


def test_a_one_word_title_written_capitalised_is_a_class() -> None:
    catalog = Catalog.from_documents([record("dunmere-plan", "Water Treatment Operator II", "City of Dunmere")])
    match = catalog.match("What is the hourly pay range for an Electrician at the City of Dunmere?")
    assert match.unlisted == "Electrician" and not match.classes
    assert not catalog.match("what does the electrician at dunmere make?").unlisted  # an everyday word, not a title


def test_a_job_pointed_at_by_a_word_of_its_name_is_no_class_of_its_own() -> None:
    catalog = Catalog.from_documents([record("oak-digest", "Job Alert Digest", "Town of Oakhollow")])
    assert not catalog.match("What does the Operator job at the Town of Oakhollow pay?").unlisted


@pytest.mark.parametrize(("question", "phrase"), [
    # a job noun that a longer title goes on past ("Deputy … Officer") names a rank, not the kind of job
    ("What is the salary of Foxmere County's Deputy Health Officer?", ["deputy", "health", "officer"]),
    ("Is the Assistant Engineer exempt?", ["assistant", "engineer"]),
    # what is left of an employer's possessive once its name is taken out names no class
    ("What is the salary of  's Deputy Health Officer?", ["deputy", "health", "officer"]),
])
def test_the_class_phrase_runs_to_the_last_job_noun_of_a_title(question: str, phrase: list[str]) -> None:
    assert class_phrase(question) == phrase


def test_a_compound_title_on_master_named_with_the_is_a_class() -> None:
    """'the Harbormaster at Gorsebrook Port Authority', whose only document is the Berthing Coordinator (who
    reports to the Harbormaster): a class the documents lack, not a question for the coordinator's pay."""
    catalog = Catalog.from_documents([record("gorsebrook-berthing", "Berthing Coordinator", "Gorsebrook Port Authority")])
    match = catalog.match("What's the salary range for the Harbormaster at Gorsebrook Port Authority?")
    assert match.unlisted == "Harbormaster" and not match.classes, match
    assert job_noun("harbormasters") == "harbormaster" and not job_noun("master")


def test_a_capitalised_word_that_goes_on_into_another_name_is_no_one_word_class() -> None:
    catalog = Catalog.from_documents([record("wexbury-appraiser", "Appraiser II", "County of Wexbury"),
                                      record("marcombe-auditor", "Internal Auditor", "Marcombe State University")])
    assert not catalog.match("Wexbury County is hiring for the job in the Assessor-Recorder's office that values "
                             "homes. What experience do I need?").unlisted
    assert not catalog.match("What certifications does Marcombe State University want for the auditor who reports to "
                             "the Chief Audit Executive?").unlisted


def test_a_title_written_in_the_plural_is_a_title() -> None:
    """"pay its Nutrition Site Cooks": the plural of a short job noun is still the class written as a title."""
    assert unlisted_class("How much does the City of Brisendale pay its Nutrition Site Cooks?",
                          ["Senior Nutrition Program Coordinator"]) == "Nutrition Site Cook"
    assert unlisted_class("how much do nutrition site cooks make at Brisendale?", ["Senior Nutrition Program Coordinator"]) == ""



def test_a_hyphenated_word_of_a_title_is_written_as_a_title() -> None:
    """"the In-Home Services Program Supervisor at Torbrecken County", whose page is the Case Manager series: another
    class, named in capitals though its first word is joined by a hyphen."""
    match = Catalog.from_documents([record("torbrecken-ihs", "In-Home Services Case Manager Series", "Torbrecken County")]) \
        .match("What is the salary of the In-Home Services Program Supervisor at Torbrecken County?")
    assert not match.classes
    assert "Program Supervisor" in match.missing
