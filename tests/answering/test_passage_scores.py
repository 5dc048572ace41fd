"""Support of a passage for a question: content words, typo-tolerant coverage, kinds of fact (no model)."""

from __future__ import annotations

import re

from assistant.answering.passage_scores import PassageScorer, content_terms, coverage


def test_question_words_and_names_are_not_content() -> None:
    assert content_terms("What does a Transit Helper need for the union?", {"transit", "helper"}) == ["union"]


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
