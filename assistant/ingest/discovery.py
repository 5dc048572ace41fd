"""Which files a sync reads, and the stable document id each one gets.

Why: the id comes from the path inside the ingested folder, so a folder synced again (or from another
checkout) maps to the same documents; hidden files and data side files (.jsonl, .json, .csv) are skipped.

Example:
    >>> doc_id_for(Path("county/Clerk Typist II.pdf"))
    'county/Clerk-Typist-II'
"""

from __future__ import annotations

import re
from pathlib import Path

from assistant.ingest.loaders import SUPPORTED_SUFFIXES

__all__ = ["discover", "doc_id_for"]


def doc_id_for(relative: Path) -> str:
    """Stable id from the path inside the ingested folder, without its suffix."""
    stem = relative.with_suffix("").as_posix()
    return re.sub(r"[^A-Za-z0-9._/-]+", "-", stem).strip("-") or "document"


def discover(paths: list[Path]) -> tuple[list[tuple[Path, Path]], list[Path]]:
    """(file, root) pairs to ingest, and the folders being mirrored."""
    files: list[tuple[Path, Path]] = []
    mirrored: list[Path] = []
    for given in paths:
        path = given.expanduser().resolve()
        if path.is_dir():
            mirrored.append(path)
            for file in sorted(path.rglob("*")):
                if file.is_file() and not any(part.startswith(".") for part in file.relative_to(path).parts):
                    if file.suffix.lower() in SUPPORTED_SUFFIXES or file.suffix.lower() not in {".jsonl", ".json", ".csv"}:
                        files.append((file, path))
        elif path.is_file():
            files.append((path, path.parent))
        else:
            raise FileNotFoundError(f"{given}: no such file or folder")
    return files, mirrored
