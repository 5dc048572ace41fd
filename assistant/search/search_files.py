"""The BM25 index and word counts of one index generation, saved beside the index.

Building them means tokenizing every chunk and every document: ~9 s at 10,000
documents, paid by every process that starts (the app's cold start) and again
after each sync. Saved under ``<data dir>/search/<generation>/`` once built,
the next process loads them in well under a second. The files are checked
against the chunks they were built from (count and a digest of the chunk
ids), written to a temporary folder and renamed into place, and files of
older generations are removed; a folder that can't be written or read is
only a lost speed-up, never an error.

Example:
    >>> saved = load_search_files(data_dir, generation, chunk_ids)
    >>> saved is None or saved.bm25 is not None
    True
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

# Bump when tokenization or the text given to BM25 changes: older files are then ignored.
FORMAT = "1"


@dataclass
class SearchFiles:
    bm25: Any
    vocabulary: dict[str, int]


def _folder(data_dir: Path, generation: str) -> Path:
    return data_dir / "search" / (FORMAT + "-" + re.sub(r"[^A-Za-z0-9._-]", "_", generation))


def _digest(chunk_ids: list[str]) -> str:
    return hashlib.sha1("\n".join(chunk_ids).encode("utf-8")).hexdigest()


def load_search_files(data_dir: Path, generation: str, chunk_ids: list[str]) -> SearchFiles | None:
    """The saved BM25 index and word counts for exactly these chunks, or None."""
    folder = _folder(data_dir, generation)
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if meta.get("chunks") != len(chunk_ids) or meta.get("digest") != _digest(chunk_ids):
            return None
        vocabulary = json.loads((folder / "vocabulary.json").read_text(encoding="utf-8"))
        bm25 = None
        if (folder / "bm25").is_dir():
            import bm25s

            bm25 = bm25s.BM25.load(str(folder / "bm25"), mmap=False, show_progress=False)
        return SearchFiles(bm25=bm25, vocabulary=vocabulary)
    except (OSError, ValueError, KeyError) as exc:
        if not isinstance(exc, FileNotFoundError):
            log.warning("ignoring unreadable search files in %s: %s", folder, exc)
        return None


def save_search_files(data_dir: Path, generation: str, chunk_ids: list[str], files: SearchFiles) -> None:
    """Save (best effort) and drop the files of other generations."""
    folder = _folder(data_dir, generation)
    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        if not folder.exists():
            work = Path(tempfile.mkdtemp(prefix=".tmp-", dir=parent))
            if files.bm25 is not None:
                files.bm25.save(str(work / "bm25"), show_progress=False)
            (work / "vocabulary.json").write_text(json.dumps(files.vocabulary), encoding="utf-8")
            meta = {"chunks": len(chunk_ids), "digest": _digest(chunk_ids), "generation": generation}
            (work / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
            try:
                work.rename(folder)
            except OSError:  # another process saved the same generation first
                shutil.rmtree(work, ignore_errors=True)
        for other in parent.iterdir():
            if other == folder or not other.is_dir():
                continue
            if other.name.startswith(".tmp-") and time.time() - other.stat().st_mtime < 3600:
                continue  # another process may be writing it
            shutil.rmtree(other, ignore_errors=True)
    except OSError as exc:
        log.warning("could not save search files to %s: %s", folder, exc)
