"""Candidate passages of the retrieved chunks (assistant.answering.evidence.candidate_sentences).

A sentence that a chunk boundary cuts is still read whole: small chunks over a real index force the cut.
"""

from __future__ import annotations

from pathlib import Path

from assistant.answering.evidence import candidate_sentences
from assistant.engine import Assistant
from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
from assistant.index.index import Index
from assistant.query.plan import plan_query
from assistant.settings import Settings

LONG_SENTENCE = (
    "In the interview, emphasis may be placed on the adequacy of the candidate's education and experience, "
    "including the knowledge of civil engineering concepts, structural design principles, hydrology for estimating "
    "water supply, soils mechanics and surveying principles."
)
BULLETIN = f"""CITY OF BIRCH HOLLOW
CIVIL ENGINEER TRAINEE

SELECTION PROCESS
Your examination score will be based entirely on an interview.
{LONG_SENTENCE}
Candidates will be notified by e-mail of the date of the interview.
"""


def test_a_sentence_cut_by_a_chunk_boundary_is_read_whole(tmp_path: Path, shared_embeddings) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "birch-civil-engineer-trainee.txt").write_text(BULLETIN)
    settings = Settings(data_dir=tmp_path / "data", corpus_dir=corpus, chunk_size=160, chunk_overlap=20)
    index = Index(settings, embeddings=shared_embeddings)
    assert sync(index, [corpus]).added == 1
    assistant = Assistant(settings, index=index)
    snap = assistant.snapshots.get(index)
    chunks = snap.chunks_by_doc["birch-civil-engineer-trainee"]
    text = snap.doc_text("birch-civil-engineer-trainee")
    start = text.index(LONG_SENTENCE)
    assert any(c.start > start and c.start < start + len(LONG_SENTENCE) for c in chunks)  # a boundary cuts it
    plan = plan_query("What does the Birch Hollow Civil Engineer Trainee interview cover?", [], snap.catalog)
    texts = [" ".join(s.text.split()) for s in candidate_sentences(snap, [], plan)]
    assert LONG_SENTENCE in texts
    assert not any(t and t != LONG_SENTENCE and t in LONG_SENTENCE and len(t) > 40 for t in texts), texts


BROCHURE = """The Velmont Regional Airport Authority invites applications for
DIRECTOR OF AIRPORT OPERATIONS
Salary: $148,000 - $192,000 annually, DOQ
COMPENSATION AND BENEFITS
Salary
The annual salary range is $148,000 - $192,000. Placement within the range is dependent on qualifications and
experience. This is an exempt, at-will position.
Retirement
The Authority contributes 6% of base salary to a 401(a) defined contribution plan and matches employee
contributions to the 457(b) deferred compensation plan dollar-for-dollar, up to an additional 4% of base salary.
Employer contributions vest 20% per year over five years.
Vehicle Allowance
$650 per month vehicle allowance. The Director must also respond to the Airport within 30 minutes when on call.
"""


def test_a_bare_subheading_lends_its_paragraph_its_words(tmp_path: Path, shared_embeddings) -> None:
    """"Retirement" over its paragraph states nothing itself; the paragraph under it is what it is about."""
    from conftest import corpus_assistant

    velmont = corpus_assistant(tmp_path, {"velmont-director.txt": BROCHURE}, shared_embeddings)
    answer = velmont.ask("What retirement benefit comes with Velmont Regional Airport Authority's Director of Airport "
                         "Operations job?")
    assert answer.answered, answer.text
    first = next(line for line in answer.text.split("\n") if line.startswith("- "))
    assert "401(a) defined contribution plan" in first, answer.text
    assert "Retirement [" not in answer.text and "vehicle allowance" not in answer.text.lower(), answer.text


LABEL_TABLE = """STATE OF VARDENHOLT - STATE PERSONNEL BOARD
CHILD SUPPORT OFFICER
Class Code 6214
Pay Grade 19
FLSA Status Non-Exempt
Bargaining Unit Unit 4 - Professional, Social Services
Probationary Period Six (6) months
CLASS CONCEPT
Under general supervision, Child Support Officers carry a caseload in a regional child support office and establish,
modify and enforce child support orders.
"""


def test_a_field_over_the_next_row_of_a_label_table_is_no_subheading(tmp_path: Path, shared_embeddings) -> None:
    """"FLSA Status Non-Exempt" stands over "Bargaining Unit Unit 4 - Professional, Social Services": the next row of
    a PDF's label table, not a paragraph it heads, so the field states the status asked."""
    from conftest import corpus_assistant

    vardenholt = corpus_assistant(tmp_path, {"vardenholt-child-support-officer.txt": LABEL_TABLE}, shared_embeddings)
    answer = vardenholt.ask("Is the State of Vardenholt's Child Support Officer exempt or non-exempt under the FLSA?")
    assert answer.answered and "FLSA Status Non-Exempt" in " ".join(c.quote for c in answer.citations), answer.text


def test_the_place_named_under_the_title_names_the_posting_not_what_is_asked(tmp_path, shared_embeddings) -> None:
    """"… at Corbin Flats Medical Center?" names the hospital printed under the posting's title: its words are no
    content a passage must carry, and the "About Corbin Flats Medical Center" paragraph is no answer."""
    from conftest import corpus_assistant
    from test_sentence_ranks import NIGHT_POSTING

    assistant = corpus_assistant(tmp_path, {"tillery-clinical-nurse-2.txt": NIGHT_POSTING}, shared_embeddings)
    answer = assistant.ask("How much is the night shift differential for the Clinical Nurse II job at Corbin Flats "
                           "Medical Center?")
    assert answer.answered and "6.50" in answer.text and "212-bed" not in answer.text, answer.text


def test_the_place_a_pages_top_heading_names_is_no_content_a_passage_must_carry(tmp_path, shared_embeddings) -> None:
    """"… at the Greyholt Civic Arts Center?" names what the bulletin's heading names: the pay row answers, not the
    sentence about the center's stages."""
    from conftest import corpus_assistant

    bulletin = ("# Now Hiring: Three Positions at the Greyholt Civic Arts Center\n\nThe Greyholt Civic Arts Center is "
                "owned and operated by the City of Greyholt. Our 1,100-seat Main Stage, 220-seat Studio Theater and "
                "gallery host more than 300 performances, rentals and events a year. The City is recruiting for the "
                "classes below.\n\n## Stage Technician\n\nStatus | Full-time, 40 hours per week\nPay | $23.40 - $28.95 "
                "per hour\nFLSA | Non-exempt\n\nStage Technicians set up, run and strike the stage.\n\n## House Manager "
                "(Part-Time)\n\nPay | $21.00 - $24.60 per hour\n\nHouse Managers supervise ushers during events.\n")
    assistant = corpus_assistant(tmp_path, {"greyholt-arts-center-bulletin.md": bulletin}, shared_embeddings)
    answer = assistant.ask("What is the pay range for the Stage Technician at the Greyholt Civic Arts Center?")
    assert answer.answered and "23.40" in answer.text, answer.text


def test_where_in_the_range_is_asked_is_no_subject_a_pay_passage_must_name() -> None:
    """"Compare the top pay of …": "top" says which end of the range, and no pay line says "top"; as a word the
    passages must carry it left both classes' pay lines unquoted."""
    from assistant.answering.evidence import question_terms
    from assistant.query.catalog import Catalog

    from query.test_catalog import SEEDS

    plan = plan_query("Compare the top pay of the City of Alder Office Assistant II with the top pay of the County of "
                      "Birch Water Treatment Operator.", [], Catalog.from_documents(SEEDS))
    assert plan.intent_names[:1] == ["salary"] and question_terms(plan) == []
    plan = plan_query("What's the starting wage and the maximum for an Office Assistant II?", [], Catalog.from_documents(SEEDS))
    assert question_terms(plan) == []


def test_a_clause_of_when_and_a_stopword_stem_are_no_subject_a_passage_must_name() -> None:
    """"… the schedule once you're working in the jail?": "once" joins a clause and "working" stems to "work", a word
    the documents' own tokens leave out; "jail" is the one word left."""
    from assistant.answering.evidence import question_terms
    from assistant.query.catalog import Catalog

    from query.test_catalog import SEEDS

    plan = plan_query("and what's the schedule once you're working in the jail?", [], Catalog.from_documents(SEEDS))
    assert question_terms(plan) == ["jail"], question_terms(plan)
