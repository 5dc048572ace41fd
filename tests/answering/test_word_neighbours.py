"""An everyday word for a document's formal one is read as that word; a different thing stays unknown."""

from __future__ import annotations

from assistant.answering.passage_scores import PassageScorer
from assistant.answering.word_neighbours import reworded, said_otherwise

from conftest import corpus_assistant


def test_a_plain_word_is_matched_to_the_passages_word_for_it(shared_embeddings) -> None:
    vectors = PassageScorer(shared_embeddings.embed_documents).vectors
    passages = ["Vision correctable to 20/30 in each eye; normal color vision.",
                "Graduation from high school; continuing education courses are offered in service."]
    assert said_otherwise(["eyesight", "tuition"], passages, vectors) == {"eyesight": "vision"}
    assert said_otherwise(["eyesight"], [], vectors) == {}
    assert reworded("What Eyesight do you need?", {"eyesight": "vision"}) == "What vision do you need?"


def test_a_question_in_everyday_words_is_asked_in_the_passages_words(tmp_path, shared_embeddings) -> None:
    """"kids" is in no document, the passage's "children" is the same thing: the question is asked with it, so no
    word of it is unknown; "shot" has no such word there and stays unknown."""
    from langchain_core.documents import Document

    from assistant.answering.evidence import unknown_terms
    from assistant.answering.word_neighbours import in_passage_words
    from assistant.query.plan import plan_query

    spec = ("# School Bus Driver\n\nCity of Alder\n\n## Duties\n\n- Drives a school bus on assigned routes.\n"
            "- Escorts children across the street when the bus's red warning lights are flashing.\n")
    alder = corpus_assistant(tmp_path, {"alder-school-bus-driver.md": spec}, shared_embeddings)
    snap = alder.snapshots.get(alder.index)
    vectors = PassageScorer(shared_embeddings.embed_documents).vectors
    plan = plan_query("Does the Alder school bus driver escort the kids across the street?", [], snap.catalog)
    assert unknown_terms(plan, snap) == ["kids"]
    asked = in_passage_words(plan, unknown_terms(plan, snap), [Document(page_content=spec)], vectors)
    assert "children" in asked.question and unknown_terms(asked, snap) == [], asked.question
    shot = plan_query("Does the Alder school bus driver need a flu shot?", [], snap.catalog)
    assert in_passage_words(shot, unknown_terms(shot, snap), [Document(page_content=spec)], vectors) is shot
    # the thing a yes/no question asks whether there is must be there in its own words
    thing = plan_query("Does the Alder school bus driver escort any kids?", [], snap.catalog)
    assert unknown_terms(thing, snap) == ["kids"]
    assert in_passage_words(thing, unknown_terms(thing, snap), [Document(page_content=spec)], vectors) is thing
    # two words no document has are a thing of its own, though each is near a passage's word
    two = plan_query("Do the Alder school bus drivers take the kids' bikes?", [], snap.catalog)
    assert len(unknown_terms(two, snap)) == 2, unknown_terms(two, snap)
    assert in_passage_words(two, unknown_terms(two, snap), [Document(page_content=spec)], vectors) is two


def test_a_shot_is_the_vaccination_a_specification_requires(tmp_path, shared_embeddings) -> None:
    """"do they make u get a rabies shot??": the page says "rabies vaccination"; "shot" is the everyday word for it,
    not a subject no document covers."""
    spec = ("# Animal Care Technician\n\nCity of Alder Animal Services\n\n## Duties\n\n"
            "- Cleans and disinfects kennels, cages and exercise yards.\n"
            "- Administers intake vaccines and dewormers under the direction of a veterinarian.\n\n"
            "## Special Requirements\n\n- Must begin the rabies pre-exposure vaccination series within 30 days of hire "
            "and complete it within 90 days of hire. The City pays for the series.\n- A valid driver's license.\n")
    alder = corpus_assistant(tmp_path, {"alder-animal-care-technician.md": spec}, shared_embeddings)
    answer = alder.ask("alder animal care tech do they make u get a rabies shot??")
    assert answer.answered and "90 days" in answer.text, answer.text
