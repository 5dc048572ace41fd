"""Undo uploads that a killed server left half done, before the app's start-up sync.

An upload stages files in a hidden ``.upload-*`` folder inside the corpus folder, lists them in
``.installing`` there, keeps the replaced version as ``.previous-<name>``, moves the new files in,
syncs, and removes the folder. A server killed in between left the folder behind, and its
replacement went live at the next start although the client saw the upload fail. At start every
such folder is undone: replaced files get their previous version back, new files are removed (the
start-up sync then makes the index match), and the folder goes. The admin API's temporary folders
(``<data dir>/uploads``) belong to this app alone (``server.json``) and are emptied too.

Example:
    >>> clean_interrupted_uploads(settings)
    ['.upload-x1y2: restored clerk.txt']
"""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from assistant.settings import Settings

MANIFEST = ".installing"
log = logging.getLogger("assistant.web")


def admin_upload_dir(settings: Settings) -> Path:
    """Where the admin API writes uploaded files before checking them (emptied at every start)."""
    return settings.data_dir / "uploads"


def clean_interrupted_uploads(settings: Settings) -> list[str]:
    """Undo every interrupted upload in the corpus folder; returns what was done, one line each."""
    done: list[str] = []
    corpus = settings.corpus_dir
    if corpus.is_dir():
        for staging in sorted(corpus.glob(".upload-*")):
            if staging.is_dir():
                done.extend(f"{staging.name}: {line}" for line in _undo(corpus, staging))
                shutil.rmtree(staging, ignore_errors=True)
    uploads = admin_upload_dir(settings)
    if uploads.is_dir():
        for leftover in uploads.iterdir():
            shutil.rmtree(leftover, ignore_errors=True) if leftover.is_dir() else leftover.unlink(missing_ok=True)
            done.append(f"removed temporary upload {leftover.name}")
    for line in done:
        log.warning("interrupted upload undone: %s", line)
    return done


def _undo(corpus: Path, staging: Path) -> list[str]:
    try:
        names = [n for n in (staging / MANIFEST).read_text(encoding="utf-8").splitlines() if n.strip()]
    except OSError:
        return ["removed (no file had been moved into the corpus folder)"]
    lines = []
    for name in names:
        if (staging / name).exists():
            continue  # never moved in: the corpus file (if any) is still the old one
        target, backup = corpus / name, staging / f".previous-{name}"
        if backup.is_file():
            os.replace(backup, target)
            lines.append(f"restored the previous {name}")
        elif target.exists():
            target.unlink()
            lines.append(f"removed {name} (its upload had not finished)")
    return lines
