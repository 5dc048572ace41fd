"""Answer backends and the one place where they are chosen.

A backend turns (plan, retrieved chunks, snapshot) into an :class:`Answer`,
and can stream it as :class:`AnswerEvent`s. ``extractive`` needs nothing;
``llm`` needs an OpenAI-compatible endpoint and falls back to ``extractive``.

Example:
    >>> answerer = make_answerer(Settings.from_env())
    >>> type(answerer).__name__
    'ExtractiveAnswerer'
"""

from __future__ import annotations

from typing import Callable

from assistant.answering.protocol import Answerer
from assistant.settings import Settings

Encoder = Callable[[list[str]], list[list[float]]]


def make_answerer(settings: Settings, encode: Encoder | None = None) -> Answerer:
    """The backend ``settings.answer_mode`` names. ``encode`` (the retrieval model's ``embed_documents``)
    lets the extractive answerer judge passages by meaning; without it, only its rules answer."""
    from assistant.answering.extractive import ExtractiveAnswerer
    from assistant.answering.passage_scores import PassageScorer

    extractive = ExtractiveAnswerer(PassageScorer(encode) if encode is not None else None)
    if settings.answer_mode == "llm":
        from assistant.answering.llm import LLMAnswerer

        return LLMAnswerer(settings, fallback=extractive)
    return extractive
