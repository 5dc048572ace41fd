"""Retrieval against the textbook LangChain pipeline on one question set (what `bench` runs on the dev set).

    .venv/bin/python scripts/textbook_compare.py ../shared/dev/real/qa.jsonl ../shared/dev/real/corpus

Prints hit@5 and context recall for the textbook pipeline (1000/200 splitter, Chroma top-4, the same
model and loaders) and for ours at top_k and at 4 chunks.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.settings import Settings, use_offline_environment  # noqa: E402


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    use_offline_environment()
    from assistant.bench.evaluation import load_questions
    from assistant.bench.textbook import compare
    from assistant.engine import Assistant
    from assistant.facts.storage.sync_hook import sync_with_fact_cards
    from assistant.index.index import Index

    qa, corpus = Path(sys.argv[1]), Path(sys.argv[2])
    work = Path(tempfile.mkdtemp(prefix="textbook-"))
    settings = Settings(data_dir=work / "ours", corpus_dir=corpus)
    index = Index(settings)
    sync_with_fact_cards(index, [corpus])
    assistant = Assistant(settings, index=index)
    rows = compare(corpus, load_questions(qa), index.embeddings, assistant, work / "textbook")
    print(f"{'pipeline':45} {'questions':>9} {'hit@5':>6} {'context recall':>15}")
    for row in rows:
        print(f"{row.name:45} {row.questions:9d} {row.hit5:6.3f} {row.context_recall:15.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
