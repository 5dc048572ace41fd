"""The index: embeddings, the Chroma store, and the registry of documents beside it.

Example:
    >>> from assistant.index import Index
    >>> index = Index(settings)
"""

from assistant.index.index import Index

__all__ = ["Index"]
