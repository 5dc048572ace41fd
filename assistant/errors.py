"""The assistant's own errors, at the bottom of the package so every layer can raise them.

Every error a user can act on (a bad file, a busy index, a missing model, a bad setting, an
unreachable store, an unusable question) inherits :class:`AssistantError`; its message says what
to do. Anything else is a bug and should surface.

Example:
    >>> user_message(IngestLockedError("an ingest is already running"))
    'an ingest is already running'
"""

from __future__ import annotations


class AssistantError(Exception):
    """Base of every error whose message is meant for the user (CLI, API, UI)."""


class IngestLockedError(AssistantError, RuntimeError):
    """Another ingest holds the data dir's lock (or the Chroma server's lease)."""


def user_message(exc: BaseException) -> str | None:
    """A message for errors users can act on; None for bugs (which should surface)."""
    if isinstance(exc, (AssistantError, FileNotFoundError)):
        return str(exc)
    return None
