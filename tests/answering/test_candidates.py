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
