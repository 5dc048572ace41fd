"""The optional LLM answer mode: any OpenAI-compatible chat endpoint, through LangChain.

Grounding stays with the extractive answerer: when it refuses (the documents do
not state the fact), so does this mode, and the model is never asked. Otherwise
the model sees a few numbered sources (exact spans of the documents) and must
cite every sentence with ``[n]``; afterwards every ``[n]`` must exist and every
sentence must be supported by what it cites (see
:func:`assistant.answering.llm_support.check_generated`). Unsupported sentences are
dropped; if nothing is left, or the endpoint fails or times out, the extractive
answer is returned with a notice. Tokens stream as the model writes them; the
final ``answer`` event carries the checked answer and replaces them.

Works with OpenAI, Azure OpenAI (``…/openai/v1/``), vLLM, llama.cpp's server,
LM Studio and Ollama (``http://127.0.0.1:11434/v1``).

Example:
    >>> settings = Settings(answer_mode="llm", llm_base_url="http://127.0.0.1:8080/v1", llm_model="smollm2")
    >>> answerer = LLMAnswerer(settings, fallback=ExtractiveAnswerer())
    >>> answer = answerer.answer(plan, docs, snapshot)
    >>> answer.citations[0].quote == snapshot.doc_text(answer.citations[0].doc_id)[answer.citations[0].start:answer.citations[0].end]
    True
"""

from __future__ import annotations

import logging
from typing import Any, Iterator

from langchain_core.documents import Document

from assistant.answering.answer import Answer, AnswerEvent
from assistant.answering.protocol import Answerer, stream_finished
from assistant.answering.citations import CitationBuilder
from assistant.answering.llm_support import Source, build_messages, build_sources, check_generated
from assistant.query.plan import QueryPlan
from assistant.settings import ENV_PREFIX, Settings, SettingsError
from assistant.search.snapshot import Snapshot

log = logging.getLogger(__name__)

NOT_SUPPORTED = "the language model's answer was not supported by the sources; showing the extractive answer"
NO_RESPONSE = "the language model did not respond ({reason}); showing the extractive answer"


class EndpointError(RuntimeError):
    """The chat endpoint failed, timed out or answered with nothing; the message is the reason."""


def validate_llm_settings(settings: Settings) -> None:
    """Raise :class:`SettingsError` naming the ``JCA_`` variable to fix."""
    url = settings.llm_base_url.strip()
    if not url:
        raise SettingsError(f"the LLM answer mode needs {ENV_PREFIX}LLM_BASE_URL, an OpenAI-compatible endpoint "
                            "such as http://127.0.0.1:8080/v1")
    if not url.lower().startswith(("http://", "https://")):
        raise SettingsError(f"{ENV_PREFIX}LLM_BASE_URL must start with http:// or https://, got {url!r}")
    if not settings.llm_model.strip():
        raise SettingsError(f"the LLM answer mode needs {ENV_PREFIX}LLM_MODEL, the model name the endpoint serves")
    if not settings.llm_timeout_s > 0:
        raise SettingsError(f"{ENV_PREFIX}LLM_TIMEOUT_S must be a positive number of seconds, "
                            f"got {settings.llm_timeout_s!r}")
    if not 0 <= settings.llm_temperature <= 2:
        raise SettingsError(f"{ENV_PREFIX}LLM_TEMPERATURE must be between 0 and 2, got {settings.llm_temperature!r}")


def endpoint_errors() -> tuple[type[BaseException], ...]:
    """Exceptions that mean 'the endpoint did not answer' (not a bug of ours)."""
    import httpx
    import openai

    return (openai.APIError, httpx.HTTPError, OSError, TimeoutError, EndpointError)


def describe_error(exc: BaseException, settings: Settings, tokens_received: int = 0) -> str:
    """A short reason for the notice: timed out, could not connect, broke off, HTTP status."""
    import httpx
    import openai

    if isinstance(exc, (openai.APITimeoutError, httpx.TimeoutException, TimeoutError)):
        return f"timed out after {settings.llm_timeout_s:g} s"
    if tokens_received and isinstance(exc, (openai.APIConnectionError, httpx.TransportError, ConnectionError)):
        return f"the connection broke off after {tokens_received} token(s)"
    if isinstance(exc, openai.APIConnectionError) or isinstance(exc, (httpx.ConnectError, ConnectionError)):
        return f"could not connect to {settings.llm_base_url}"
    if isinstance(exc, openai.APIStatusError):
        message = str(getattr(exc, "message", "") or exc)
        return f"HTTP {exc.status_code}: {' '.join(message.split())[:160]}"
    return f"{type(exc).__name__}: {' '.join(str(exc).split())[:160]}"


def _token_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content blocks
        return "".join(b.get("text", "") if isinstance(b, dict) else str(b) for b in content)
    return ""


class LLMAnswerer:
    """Answers with a chat model from numbered sources; checks every sentence; falls back to ``fallback``."""

    max_tokens = 384

    def __init__(self, settings: Settings, fallback: Answerer) -> None:
        validate_llm_settings(settings)
        self.settings = settings
        self.fallback = fallback
        self._model: Any = None

    @property
    def model(self) -> Any:
        """The LangChain chat model (built on first use)."""
        if self._model is None:
            from langchain_openai import ChatOpenAI

            s = self.settings
            self._model = ChatOpenAI(
                base_url=s.llm_base_url.strip(), model=s.llm_model.strip(), api_key=s.llm_api_key or "not-needed",
                timeout=s.llm_timeout_s, max_retries=0, temperature=s.llm_temperature, streaming=True,
                max_tokens=self.max_tokens,
            )
        return self._model

    # --- the Answerer protocol
    def answer(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Answer:
        final: Answer | None = None
        for event in self.stream(plan, docs, snap):
            if event.kind == "answer":
                final = event.answer
        assert final is not None
        return final

    def stream(self, plan: QueryPlan, docs: list[Document], snap: Snapshot) -> Iterator[AnswerEvent]:
        extractive = self.fallback.answer(plan, docs, snap)
        if plan.missing or not docs or not extractive.answered:
            # The documents do not state it: the model is not asked.
            yield from stream_finished(extractive)
            return
        sources = build_sources(plan, docs, snap, extractive)
        if not sources:
            yield from stream_finished(extractive)
            return
        pieces: list[str] = []
        try:
            for chunk in self.model.stream(build_messages(plan.standalone or plan.question, sources)):
                text = _token_text(getattr(chunk, "content", ""))
                if text:
                    pieces.append(text)
                    yield AnswerEvent("token", text=text)
            if not "".join(pieces).strip():
                raise EndpointError("the model returned an empty answer")
        except endpoint_errors() as exc:
            reason = describe_error(exc, self.settings, len(pieces))
            log.warning("LLM endpoint %s failed: %s (%r)", self.settings.llm_base_url, reason, exc)
            yield AnswerEvent("answer", answer=_with_notice(extractive, NO_RESPONSE.format(reason=reason)))
            return
        yield AnswerEvent("answer", answer=self.finish("".join(pieces), sources, snap, extractive))

    # --- after generation
    def finish(self, generated: str, sources: list[Source], snap: Snapshot, extractive: Answer) -> Answer:
        """The checked answer: supported, cited sentences only, or the extractive answer with a notice."""
        kept, dropped = check_generated(generated, {s.n: s.checked_text for s in sources})
        builder = CitationBuilder(snap)
        for source in sources:  # the same spans, the same numbers 1..n
            number = builder.cite(source.doc_id, source.start, source.end, source.section, source.level, source.page)
            assert number == source.n
        text, citations = builder.finalize(kept)
        if not text.strip() or not citations:
            return _with_notice(extractive, NOT_SUPPORTED)
        notice = ""
        if dropped:
            notice = f"{len(dropped)} sentence(s) of the language model's answer not supported by the sources removed."
        return Answer(text=text, answered=True, citations=citations, notice=notice, retrieved=extractive.retrieved,
                      standalone_query=extractive.standalone_query, route=extractive.route)


def _with_notice(answer: Answer, notice: str) -> Answer:
    combined = f"{notice}. {answer.notice}" if answer.notice else notice
    return Answer(text=answer.text, answered=answer.answered, citations=list(answer.citations), notice=combined,
                  retrieved=answer.retrieved, standalone_query=answer.standalone_query, route=answer.route)
