"""Calibrate the evidence reader's refusal threshold (SUPPORT_THRESHOLD) on question sets.

For every question the class-spec rules would refuse, record the support of the best passage the
evidence reader finds and whether its answer would be judged correct; then print, per threshold,
how many of those questions end right (answerable: answered and correct; unanswerable: refused),
plus refusal precision and recall over all questions.

    .venv/bin/python scripts/calibrate_support.py --set ../shared/dev/qa.jsonl:../shared/dev/corpus ...

Each --set is QA.jsonl:CORPUS; its index goes in a temporary folder (or --work DIR, kept).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.settings import Settings, use_offline_environment  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", action="append", required=True, help="QA.jsonl:CORPUS (repeatable)")
    parser.add_argument("--work", type=Path, default=None, help="keep the indexes here")
    parser.add_argument("--dump", type=Path, default=None, help="write one JSON line per question here")
    args = parser.parse_args()
    use_offline_environment()
    from assistant.answering import evidence_answer as evidence_module
    from assistant.bench.evaluation import judge, load_questions
    from assistant.engine import Assistant
    from assistant.facts.storage.sync_hook import sync_with_fact_cards
    from assistant.index.index import Index

    evidence_module.SUPPORT_THRESHOLD = -1.0  # the evidence reader always answers: record what it would say
    work = args.work or Path(tempfile.mkdtemp(prefix="calibrate-"))
    rows = []
    for number, spec in enumerate(args.set):
        qa, corpus = spec.split(":", 1)
        settings = Settings(data_dir=work / f"set{number}", corpus_dir=Path(corpus))
        index = Index(settings)
        sync_with_fact_cards(index, [Path(corpus)])
        assistant = Assistant(settings, index=index)
        for item in load_questions(Path(qa)):
            started = time.perf_counter()
            answer = assistant.ask(item["question"], item.get("history") or [])
            result = judge(item, answer.as_dict(), answer.retrieved, (time.perf_counter() - started) * 1000)
            rows.append({"set": Path(qa).parent.name, "id": item["id"], "type": item.get("type"),
                         "answerable": bool(item.get("gold_docs")), "route": answer.route,
                         "support": answer.support, "parts": answer.support_parts, "correct_if_answered": result.correct if answer.answered else None})
    if args.dump:
        args.dump.write_text("".join(json.dumps(r) + "\n" for r in rows))
    evidence = [r for r in rows if r["route"] == "evidence"]
    print(f"{len(rows)} questions; the rules refused {len(evidence)} of them (the evidence reader decides those)")
    print("threshold  right  answerable-answered  answerable-correct  unanswerable-refused")
    for step in range(25, 66, 2):
        tau = step / 100
        right = ans_answered = ans_correct = unans_refused = 0
        for r in evidence:
            answers = r["support"] is not None and r["support"] >= tau
            if r["answerable"]:
                ans_answered += answers
                ans_correct += bool(answers and r["correct_if_answered"])
                right += bool(answers and r["correct_if_answered"])
            else:
                unans_refused += not answers
                right += not answers
        print(f"{tau:9.2f}  {right:5d}  {ans_answered:19d}  {ans_correct:18d}  {unans_refused:20d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
