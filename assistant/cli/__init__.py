"""The command line: ``python -m assistant`` (ingest, search, docs, ask, chat, eval, facts, serve, bench)."""

from assistant.cli.main import main

__all__ = ["main"]
