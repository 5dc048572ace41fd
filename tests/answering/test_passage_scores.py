"""Support of a passage for a question: content words, typo-tolerant coverage, kinds of fact (no model)."""

from __future__ import annotations

import re

import pytest

from assistant.answering.passage_scores import PassageScorer, content_terms, coverage
from assistant.text import stem


def test_question_words_and_names_are_not_content() -> None:
    assert content_terms("What does a Transit Helper need for the union?", {"transit", "helper"}) == ["union"]
    assert content_terms("do they ever help out in surgery or is it all ward stuff", set()) == ["help", "surgery", "ward"]


def test_coverage_tolerates_typos_and_abbreviations() -> None:
    weights = {"educ": 1.0, "cert": 1.0}
    assert coverage(weights, "Education: a certificate in nursing") >= 0.9  # near forms count 0.8
    assert 0.75 <= coverage({"educaton": 1.0}, "Education required") <= 1.0
    assert coverage({"vacat": 1.0}, "Twelve holidays a year") == 0.0


def test_a_kind_of_fact_covers_its_cue_words() -> None:
    """'How much do they pay?' is covered by a dollar figure, whatever its words."""
    vectors = {"q": [1.0, 0.0], "a": [0.6, 0.8], "b": [0.6, 0.8]}

    def encode(texts: list[str]) -> list[list[float]]:
        return [vectors["q"] if t.startswith("How") else vectors["a"] for t in texts]

    scorer = PassageScorer(encode)
    kinds = [(re.compile(r"\bpay\b", re.I), re.compile(r"\$\d"))]
    with_figure, without = scorer.score("How much does it pay?", ["$22.10 hourly", "Hourly work"], kinds=kinds)
    assert with_figure.coverage > without.coverage
    assert abs(with_figure.semantic - 0.6) < 1e-6


def test_vectors_are_cached_by_text() -> None:
    calls: list[int] = []

    def encode(texts: list[str]) -> list[list[float]]:
        calls.append(len(texts))
        return [[1.0, 0.0] for _ in texts]

    scorer = PassageScorer(encode)
    scorer.vectors(["a", "b", "a"])
    scorer.vectors(["a", "b", "c"])
    assert calls == [2, 1]


def test_a_word_no_document_has_is_covered_by_a_word_of_the_same_meaning(shared_embeddings) -> None:
    """The real model: "kids" means "children"; "vacation" is not "holidays" (a different fact)."""
    scorer = PassageScorer(shared_embeddings.embed_documents)
    passages = ["Escorts children across streets", "Twelve holidays a year"]
    found = scorer.neighbours({"kid": "kids", "vacat": "vacation"}, passages)
    assert found == {"kid": {stem("children")}}  # and nothing for "vacation"
    escorts, holidays = scorer.score("Do they escort kids?", passages, neighbours=found)
    assert escorts.coverage == pytest.approx((1.0 + 0.8) / 2)  # "escort" found, "kids" through its neighbour
    assert holidays.coverage == 0.0


def test_a_closed_compound_is_covered_by_its_two_words() -> None:
    assert coverage({"firefight": 1.0}, "Fights structural and forest fires") == 0.8
    assert coverage({"firefight": 1.0}, "Fights for funding") == 0.0


def test_a_correctly_spelled_word_is_covered_by_its_word_forms_not_by_other_words(shared_embeddings) -> None:
    """The real model: 'police' is spelled right, so 'Privacy Policy' (one letter away) does not cover it;
    'decided' is covered by 'decision' (a form of it by meaning); a typo ('certifcate') still finds its word."""
    scorer = PassageScorer(shared_embeddings.embed_documents)
    dictionary = shared_embeddings.dictionary()
    assert stem("police") in dictionary and stem("certifcate") not in dictionary
    policy, = scorer.score("police requirements", ["Privacy Policy requirements"], dictionary=dictionary)
    assert policy.coverage == pytest.approx(0.5)  # "requirements" only
    decision, = scorer.score("who decided", ["Judgment and decision making"], dictionary=dictionary)
    assert decision.coverage == pytest.approx(0.8)
    typo, = scorer.score("certifcate", ["A certificate is required"], dictionary=dictionary)
    assert typo.coverage == pytest.approx(0.8)
    assert scorer.word_forms({stem("police"): "police"}, ["Privacy Policy"], dictionary) == {}


def test_a_real_word_is_covered_by_the_words_it_begins_only_when_they_mean_it(shared_embeddings) -> None:
    """"own car?": "car" begins "careers" and "caregivers", which are no cars; "tech" begins "technician", which it
    shortens (the model's meaning decides, as it does for a word's forms one typo away); "effective" is "effect"
    with a suffix."""
    scorer = PassageScorer(shared_embeddings.embed_documents)
    dictionary = shared_embeddings.dictionary()
    assert stem("car") in dictionary and stem("tech") in dictionary
    careers, = scorer.score("car", ["Questions: careers@lowen.example"], dictionary=dictionary)
    assert careers.coverage == 0.0
    caregivers, = scorer.score("car", ["Teaches patients and caregivers about medications"], dictionary=dictionary)
    assert caregivers.coverage == 0.0
    technician, = scorer.score("tech", ["The technician repairs radios"], dictionary=dictionary)
    assert technician.coverage == pytest.approx(0.8)
    # the word with a suffix after it is a form of it, however far apart the model puts them ("take effect")
    effective, = scorer.score("effect", ["Effective April 1, 2026."], dictionary=dictionary)
    assert effective.coverage == pytest.approx(0.8)


def test_a_percentage_asked_is_covered_by_a_percentage_stated() -> None:
    """"What percentage of time … on compliance monitoring of subrecipients?": the duty row "35%  E  Compliance
    monitoring." states the kind of figure asked and outscores a sentence sharing as many of the other words."""
    from assistant.domain.pay import amount_kinds

    scorer = PassageScorer(lambda texts: [[1.0, 0.0] for _ in texts])
    question = "What percentage of time does the analyst spend on compliance monitoring of subrecipients?"
    row, sentence = scorer.score(question, ["35%\tE\tCompliance monitoring.",
                                            "Conducts risk assessments of subrecipients and plans compliance work."],
                                 kinds=amount_kinds(question))
    assert row.coverage > sentence.coverage
    assert amount_kinds("What are the duties of the analyst?") == []
