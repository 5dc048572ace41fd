"""Command line: ``python -m assistant ingest|search|docs|ask|chat|eval|facts|serve|bench``.

Settings are built here once (environment + flags) and passed down.

Example:
    $ python -m assistant ingest corpus/
    $ python -m assistant search "salary range Butte County" -k 3
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable

from assistant.settings import ENV_PREFIX, Settings, SettingsError, configure_logging, use_offline_environment


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", type=Path, help=f"where the index lives (env {ENV_PREFIX}DATA_DIR; default: index/)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m assistant",
        description="Job Classification Assistant: answers questions about class specifications, with citations.",
        epilog=f"Every setting can also be given as an environment variable with the {ENV_PREFIX} prefix (see README).",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("ingest", help="sync documents into the index (default: corpus/)")
    p.add_argument("paths", nargs="*", type=Path, help="folders (mirrored) or files (added/updated)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--verify", action="store_true",
                   help="check every vector id against the registry (not only the counts) and repair what differs")
    p.add_argument("--rebuild", action="store_true",
                   help="move the (damaged) data dir aside to <data dir>.damaged-<time> and index the folder afresh")
    _common(p)

    p = sub.add_parser("search", help="show the chunks retrieval finds for a query")
    p.add_argument("query")
    p.add_argument("-k", type=int, default=5, help="how many chunks (default 5)")
    _common(p)

    p = sub.add_parser("docs", help="list the indexed documents")
    p.add_argument("--json", action="store_true")
    _common(p)

    p = sub.add_parser("ask", help="answer one question with citations")
    p.add_argument("question")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.add_argument("--mode", choices=["extractive", "llm"], help=f"answering mode (env {ENV_PREFIX}ANSWER_MODE)")
    _common(p)

    p = sub.add_parser("chat", help="a terminal conversation (follow-up questions work)")
    p.add_argument("--mode", choices=["extractive", "llm"])
    _common(p)

    p = sub.add_parser("eval", help="measure retrieval and answer quality on a question file")
    p.add_argument("qa_file", type=Path)
    p.add_argument("--json", action="store_true", help="one JSON record per question, then the summary")
    p.add_argument("--corpus", type=Path, help="sync this folder into the data dir first")
    p.add_argument("--mode", choices=["extractive", "llm"])
    _common(p)

    p = sub.add_parser("facts", help="print the fact card of every class")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    _common(p)

    p = sub.add_parser("serve", help="start the web app (chat page, admin, REST API)")
    p.add_argument("--host")
    p.add_argument("--port", type=int)
    p.add_argument("--corpus", type=Path, help=f"corpus folder to sync at start and manage (env {ENV_PREFIX}CORPUS_DIR)")
    p.add_argument("--root-path", help="path prefix when served behind a reverse proxy")
    p.add_argument("--no-sync", action="store_true", help="do not sync the corpus at start")
    _common(p)

    p = sub.add_parser("bench", help="run the benchmarks and write docs/benchmarks.md")
    p.add_argument("--sizes", default="1000", help="scaled corpus sizes, comma separated (e.g. 1000,10000)")
    p.add_argument("--dev", type=Path, default=Path("../shared/dev"), help="dev folder (corpus/ and qa.jsonl)")
    p.add_argument("--out", type=Path, default=Path("docs/benchmarks.md"))
    p.add_argument("--skip-server", action="store_true", help="skip the HTTP concurrency and cold start parts")
    _common(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    use_offline_environment()
    configure_logging("WARNING")  # same format as the server; warnings and errors only
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 2
    overrides: dict[str, Any] = {"data_dir": getattr(args, "data_dir", None)}
    if getattr(args, "mode", None):
        overrides["answer_mode"] = args.mode
    if args.command == "serve":
        overrides.update(host=args.host, port=args.port, corpus_dir=args.corpus, root_path=args.root_path)
    try:
        settings = Settings.from_env(**overrides)
    except SettingsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    handler: Callable[[argparse.Namespace, Settings], int] = COMMANDS[args.command]
    try:
        return handler(args, settings)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - one clear line instead of a traceback
        from assistant.errors import user_message

        message = user_message(exc)
        if message is None:
            raise
        print(f"error: {message}", file=sys.stderr)
        return 1


# --- commands -------------------------------------------------------------


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.index.index import Index
    from assistant.facts.storage.sync_hook import sync_with_fact_cards as sync
    from assistant.cli.progress import ProgressBar

    from assistant.cli.ingest_guard import hand_to_app, rebuild

    paths = args.paths or [settings.corpus_dir]
    handed = hand_to_app(settings, args.paths)  # an app serves this data dir: it does the work, or we refuse
    if handed is not None:
        return handed
    if args.rebuild:
        rebuild(settings)
    index = Index(settings)
    bar = None if args.quiet or not sys.stderr.isatty() else ProgressBar()  # a bar only where someone watches
    summary = sync(index, paths, progress=bar.update if bar else None, verify=args.verify)
    if bar:
        bar.close()
    print(f"Synced {', '.join(str(p) for p in paths)} into {settings.data_dir}")
    print(summary.line())
    for source, reason in summary.failed:
        print(f"  FAILED {source}: {reason}")
    return 1 if summary.failed else 0


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.index.index import Index
    from assistant.search.retrieval import HybridRetriever

    index = Index(settings)
    retriever = HybridRetriever(index=index, k=args.k)
    docs = retriever.invoke(args.query)
    if not docs:
        print("No documents are indexed yet: run `python -m assistant ingest` first.")
        return 1
    for rank, doc in enumerate(docs, start=1):
        m = doc.metadata
        level = f" ({m['level']})" if m.get("level") else ""
        print(f"{rank}. score {m.get('score', 0):.3f}  {m['title']}{level} — {m.get('employer') or 'employer not stated'}")
        print(f"   section: {m['section']}   source: {m['source']}" + (f"  page {m['page']}" if m.get("page") else ""))
        snippet = " ".join(doc.page_content.split())
        print(f"   {snippet[:300]}{'…' if len(snippet) > 300 else ''}")
    return 0


def cmd_docs(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.index.index import Index

    docs = Index(settings).registry.ready_documents()
    if args.json:
        print(json.dumps([
            {"doc_id": d.doc_id, "source": d.source, "title": d.title, "employer": d.employer, "class_code": d.class_code,
             "chunks": d.n_chunks, "indexed_at": d.indexed_at} for d in docs
        ], indent=2))
        return 0
    if not docs:
        print(f"No documents indexed in {settings.data_dir}. Run: python -m assistant ingest")
        return 0
    rows = [(d.source, d.title, d.employer or "-", str(d.n_chunks), time.strftime("%Y-%m-%d %H:%M", time.localtime(d.indexed_at))) for d in docs]
    print_table(["source", "title", "employer", "chunks", "indexed"], rows)
    print(f"{len(docs)} documents, {sum(d.n_chunks for d in docs)} chunks")
    return 0


def print_table(headers: list[str], rows: list[tuple[str, ...]]) -> None:
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h) for i, h in enumerate(headers)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths)))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print("  ".join(c.ljust(w) for c, w in zip(row, widths)))


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.engine import Assistant

    assistant = Assistant.from_settings(settings)
    answer = assistant.ask(args.question, [])
    if args.json:
        print(json.dumps(answer.as_dict(), indent=2, ensure_ascii=False))
    else:
        print(answer.render_text())
    return 0


def cmd_chat(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.engine import Assistant, QuestionError

    assistant = Assistant.from_settings(settings)
    history: list[dict[str, str]] = []
    print("Ask about job classifications. Empty line or Ctrl-D to quit; 'new' starts a new conversation.")
    while True:
        try:
            question = input("you> ").strip()
        except EOFError:
            print()
            return 0
        if not question:
            return 0
        if question.lower() == "new":
            history = []
            print("(new conversation)")
            continue
        answer = None
        try:
            events = assistant.stream(question, history)  # checks the question before any event
        except QuestionError as exc:
            print(f"assistant> {exc}")
            continue
        print("assistant> ", end="", flush=True)
        for event in events:
            if event.kind == "token":
                print(event.text, end="", flush=True)
            elif event.kind == "answer":
                answer = event.answer
        print()
        if answer is not None:
            sources = answer.render_sources()
            if sources:
                print(sources)
            history += [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.bench.evaluation import run_eval

    return run_eval(settings, args.qa_file, corpus=args.corpus, as_json=args.json)


def cmd_facts(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.cli.facts_command import print_facts

    return print_facts(settings, args.format)


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.web.server import serve

    return serve(settings, sync_corpus=not args.no_sync)


def cmd_bench(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.bench import run_bench

    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    return run_bench(settings, sizes=sizes, dev_dir=args.dev, out=args.out, skip_server=args.skip_server)


COMMANDS: dict[str, Callable[[argparse.Namespace, Settings], int]] = {
    "ingest": cmd_ingest,
    "search": cmd_search,
    "docs": cmd_docs,
    "ask": cmd_ask,
    "chat": cmd_chat,
    "eval": cmd_eval,
    "facts": cmd_facts,
    "serve": cmd_serve,
    "bench": cmd_bench,
}
