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

from assistant.answering.protocol import Answerer
from assistant.settings import Settings


def make_answerer(settings: Settings) -> Answerer:
    from assistant.answering.extractive import ExtractiveAnswerer

    extractive = ExtractiveAnswerer()
    if settings.answer_mode == "llm":
        from assistant.answering.llm import LLMAnswerer

        return LLMAnswerer(settings, fallback=extractive)
    return extractive
