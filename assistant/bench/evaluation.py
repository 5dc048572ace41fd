"""The eval command: retrieval and answer quality on a question file.

The file has one JSON question per line (``id``, ``type``, ``question``,
``history``, ``must_include`` regexes, ``gold_docs``). Printed overall and per
type: hit@1, hit@5, answer accuracy, citation precision, refusal accuracy
(and false refusals), latency p50/p95; then every failed question.

Example:
    $ python -m assistant eval ../shared/dev/qa.jsonl --corpus ../shared/dev/corpus --data-dir /tmp/dev-eval
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.settings import Settings


@dataclass
class Judged:
    """One question's outcome."""

    qid: str
    qtype: str
    question: str
    gold: list[str]
    must_include: list[str]
    answer: dict[str, Any]
    retrieved: list[str]
    latency_ms: float
    hit1: bool | None = None
    hit5: bool | None = None
    correct: bool = False
    refusal_ok: bool = False
    cited: list[str] = field(default_factory=list)
    missing_patterns: list[str] = field(default_factory=list)


def load_questions(path: Path) -> list[dict[str, Any]]:
    questions = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{number}: not valid JSON ({exc.msg})") from exc
        for key in ("id", "question"):
            if key not in item:
                raise ValueError(f"{path}:{number}: missing field {key!r}")
        questions.append(item)
    return questions


def judge(item: dict[str, Any], answer: dict[str, Any], retrieved: list[str], latency_ms: float) -> Judged:
    gold = list(item.get("gold_docs") or [])
    patterns = list(item.get("must_include") or [])
    result = Judged(
        qid=str(item["id"]), qtype=str(item.get("type", "other")), question=item["question"], gold=gold,
        must_include=patterns, answer=answer, retrieved=retrieved, latency_ms=latency_ms,
    )
    text = answer.get("answer", "")
    answered = bool(answer.get("answered"))
    result.cited = sorted({c["doc_id"] for c in answer.get("citations", [])})
    if gold:
        result.hit1 = bool(retrieved[:1]) and retrieved[0] in gold
        result.hit5 = any(doc in gold for doc in retrieved[:5])
        result.missing_patterns = [p for p in patterns if not re.search(p, text, re.IGNORECASE)]
        result.correct = answered and not result.missing_patterns
        result.refusal_ok = answered
    else:
        result.correct = not answered
        result.refusal_ok = not answered
    return result


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, int(round(q * (len(ordered) - 1)))))
    return ordered[index]


def summarize(results: list[Judged]) -> dict[str, Any]:
    answerable = [r for r in results if r.gold]
    cited_total = sum(len(r.cited) for r in results)
    cited_gold = sum(sum(1 for d in r.cited if d in r.gold) for r in results)
    latencies = [r.latency_ms for r in results]
    return {
        "questions": len(results),
        "hit@1": _share([r.hit1 for r in answerable]),
        "hit@5": _share([r.hit5 for r in answerable]),
        "answer_accuracy": _share([r.correct for r in results]),
        "citation_precision": round(cited_gold / cited_total, 3) if cited_total else None,
        "refusal_accuracy": _share([r.refusal_ok for r in results]),
        "false_refusals": _share([not r.answer.get("answered") for r in answerable]),
        # of the refusals, how many were right (the documents did not answer); of the unanswerable, how many refused
        "refusal_precision": _share([not r.gold for r in results if not r.answer.get("answered")]),
        "refusal_recall": _share([not r.answer.get("answered") for r in results if not r.gold]),
        "latency_p50_ms": round(_percentile(latencies, 0.5), 1),
        "latency_p95_ms": round(_percentile(latencies, 0.95), 1),
    }


def _share(flags: list[bool | None]) -> float | None:
    values = [bool(f) for f in flags if f is not None]
    return round(sum(values) / len(values), 3) if values else None


def run_eval(settings: Settings, qa_file: Path, corpus: Path | None = None, as_json: bool = False) -> int:
    from assistant.engine import Assistant
    from assistant.index.index import Index
    from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync

    if not qa_file.exists():
        print(f"error: {qa_file}: no such file", file=sys.stderr)
        return 2
    try:
        questions = load_questions(qa_file)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    index = Index(settings)
    if corpus is not None:
        summary = sync(index, [corpus])
        print(f"Synced {corpus}: {summary.line()}", file=sys.stderr)
    assistant = Assistant(settings, index=index)
    if index.registry.counts()["documents"] == 0:
        print("error: the index is empty; run `python -m assistant ingest` or pass --corpus", file=sys.stderr)
        return 2
    assistant.warm_up()
    results: list[Judged] = []
    for item in questions:
        answer = assistant.ask(item["question"], item.get("history") or [])
        record = answer.as_dict()
        judged = judge(item, record, answer.retrieved, answer.latency_ms)
        results.append(judged)
        if as_json:
            print(json.dumps({
                "id": judged.qid, "answer": record["answer"], "answered": record["answered"],
                "citations": record["citations"], "retrieved": answer.retrieved, "route": answer.route,
                "support": answer.support, "latency_ms": round(answer.latency_ms, 1),
            }, ensure_ascii=False))
    overall = summarize(results)
    by_type = {t: summarize([r for r in results if r.qtype == t]) for t in sorted({r.qtype for r in results})}
    if as_json:
        print(json.dumps({"summary": overall, "by_type": by_type}))
        return 0
    _print_report(overall, by_type, results)
    return 0


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}" if value <= 1.0 else f"{value:.0f}"
    return str(value)


def _print_report(overall: dict[str, Any], by_type: dict[str, dict[str, Any]], results: list[Judged]) -> None:
    columns = ["questions", "hit@1", "hit@5", "answer_accuracy", "citation_precision", "refusal_accuracy",
               "false_refusals", "refusal_precision", "refusal_recall", "latency_p50_ms", "latency_p95_ms"]
    headers = ["type", "n", "hit@1", "hit@5", "answer", "cite-prec", "refusal", "false-ref", "ref-prec", "ref-rec",
               "p50 ms", "p95 ms"]
    rows = [["overall"] + [_fmt(overall[c]) for c in columns]]
    rows += [[t] + [_fmt(s[c]) for c in columns] for t, s in by_type.items()]
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)))
    failed = [r for r in results if not r.correct]
    if failed:
        print(f"\nFailed questions ({len(failed)}):")
    for r in failed:
        got = " ".join(r.answer.get("answer", "").split())
        expected = "a refusal (answered: false)" if not r.gold else f"answered, matching {r.must_include}"
        print(f"- {r.qid} [{r.qtype}] {r.question}")
        print(f"    expected: {expected}; gold docs: {', '.join(r.gold) or '-'}")
        if r.missing_patterns:
            print(f"    missing: {r.missing_patterns}")
        print(f"    got ({'answered' if r.answer.get('answered') else 'refused'}): {got[:300]}{'…' if len(got) > 300 else ''}")
        print(f"    retrieved: {', '.join(r.retrieved[:5]) or '-'}; cited: {', '.join(r.cited) or '-'}")
    print(f"\nlatency p50 {overall['latency_p50_ms']} ms, p95 {overall['latency_p95_ms']} ms (after warm-up, one process)")


