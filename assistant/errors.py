"""Turn the assistant's own exceptions into one clear line for users (CLI, API, UI)."""

from __future__ import annotations


def user_message(exc: BaseException) -> str | None:
    """A message for errors users can act on; None for bugs (which should surface)."""
    from .embeddings import ModelNotFoundError
    from .engine import QuestionError
    from .ingest import IngestLockedError
    from .loaders import DocumentError
    from .settings import SettingsError
    from .store import StoreUnavailableError

    if isinstance(exc, (ModelNotFoundError, IngestLockedError, DocumentError, SettingsError, StoreUnavailableError, QuestionError)):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return str(exc)
    return None
