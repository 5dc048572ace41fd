"""Finding passages: the in-memory snapshot of the index, its saved BM25 files, the hybrid retriever."""
