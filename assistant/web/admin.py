"""The admin page (``/admin``, login required): manage the corpus, read questions and feedback.

Handlers only call :class:`~assistant.web.corpus_admin.CorpusManager` and
:class:`~assistant.web.feedback_log.QuestionLog`; each one checks again that the
caller is signed in (the session may have expired since the page was opened).
"""

import html
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.errors import IngestLockedError
from assistant.ingest.loaders import SUPPORTED_SUFFIXES
from assistant.web.auth import current_admin
from assistant.web.context import WebContext
from assistant.web.documents_view import document_rows, when
from assistant.web.feedback_log import iso_time
from assistant.web.render import header_html


def _md(value: object) -> str:
    """Text from files or users, safe inside Markdown."""
    text = html.escape(str(value), quote=False)
    for ch in "\\`*_[]#|":
        text = text.replace(ch, "\\" + ch)
    return text


def status_markdown(ctx: WebContext) -> str:
    s = ctx.corpus.status()
    last = s["last_sync"]
    summary = s["last_summary"] or {}
    parts = [
        f"**{s['documents']}** documents", f"**{s['chunks']}** chunks",
        f"last sync **{when(last)}**" if last else "never synced",
    ]
    if summary:
        parts.append(
            f"(added {summary.get('added', 0)}, updated {summary.get('updated', 0)}, "
            f"removed {summary.get('removed', 0)}, unchanged {summary.get('unchanged', 0)})"
        )
    text = "**Index:** " + " · ".join(parts)
    failures = s["failures"]
    if failures:
        text += "\n\n**Failures in the last sync:**\n" + "\n".join(
            f"- {_md(f.get('source'))}: {_md(f.get('reason'))}" for f in failures
        )
    else:
        text += " · no failures in the last sync"
    return text


def documents_table(ctx: WebContext) -> tuple[list[str], list[list[Any]]]:
    rows, with_facts = document_rows(ctx)
    headers = ["Title", "Employer", "Class code"] + (["Grade", "Salary (as stated)"] if with_facts else []) + [
        "File", "Chunks", "Last indexed"]
    data = []
    for r in rows:
        line = [r["title"], r["employer"], r["class_code"]]
        if with_facts:
            line += [r.get("grade", ""), r.get("salary", "")]
        line += [r["source"], r["chunks"], when(r["indexed_at"])]
        data.append(line)
    return headers, data


def document_choices(ctx: WebContext) -> list[tuple[str, str]]:
    rows, _ = document_rows(ctx)
    return [(f"{r['title']} — {r['employer'] or 'employer not stated'} ({r['source']})", r["doc_id"]) for r in rows]


def build_admin(ctx: WebContext) -> Any:
    suffixes = sorted(SUPPORTED_SUFFIXES)

    def guard(request: gr.Request) -> str:
        user = current_admin(ctx, request)
        if not user:
            raise gr.Error("Your admin session has expired. Reload the page and sign in again.")
        return user

    def table_update() -> Any:
        headers, data = documents_table(ctx)
        widths = {"Title": 22, "Employer": 18, "Class code": 8, "Grade": 7, "Salary (as stated)": 18, "File": 20,
                  "Chunks": 8, "Last indexed": 12}
        total = sum(widths[h] for h in headers)
        return gr.update(value={"headers": headers, "data": data}, headers=headers,
                         column_widths=[f"{100 * widths[h] / total:.1f}%" for h in headers])

    def refresh_all(request: gr.Request) -> tuple:
        guard(request)
        return (status_markdown(ctx), table_update(), gr.update(choices=document_choices(ctx), value=None),
                *questions_tables())

    def questions_tables() -> tuple:
        counts = ctx.log.counts()
        summary = (
            f"**{counts['questions']}** questions asked · **{counts['unanswered']}** not answered · "
            f"**{counts['thumbs_up']}** thumbs up · **{counts['thumbs_down']}** thumbs down · **{counts['comments']}** comments"
        )
        unanswered = [[iso_time(r["asked_at"]), r["question"], r["channel"]] for r in ctx.log.unanswered(200)]
        feedback = [
            [iso_time(r.get("feedback_at") or r["asked_at"]), {"up": "up", "down": "down"}.get(r["feedback"], ""),
             r["comment"], r["question"], r["answer"][:300], "yes" if r["answered"] else "no"]
            for r in ctx.log.feedback_entries(200)
        ]
        return (
            summary,
            gr.update(value={"headers": UNANSWERED_HEADERS, "data": unanswered or [["", "", ""]]}),
            gr.update(value={"headers": FEEDBACK_HEADERS, "data": feedback or [["", "", "", "", "", ""]]}),
        )

    def upload(files: list[str] | None, request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple:
        guard(request)
        if not files:
            raise gr.Error("Choose or drop at least one file first.")
        pairs = [(str(f), Path(str(f)).name) for f in files]
        progress(0, desc="Checking files")
        report = ctx.corpus.upload(pairs, progress=lambda fraction, desc: progress(fraction, desc=desc))
        lines = []
        if report.saved:
            names = ", ".join(
                f"**{_md(n)}**" + (" (replaced the previous version)" if n in report.replaced else "")
                for n in report.saved
            )
            lines.append(f"**Done.** Indexed {len(report.saved)} file(s), {report.chunks} chunks: {names}")
        if report.failed:
            lines.append(f"**{len(report.failed)} file(s) not added** (nothing else was changed):")
            lines += [f"- **{_md(name)}**: {_md(reason)}" for name, reason in report.failed]
        return ("\n".join(lines), None, status_markdown(ctx), table_update(),
                gr.update(choices=document_choices(ctx), value=None))

    def ask_delete(doc_id: str | None, request: gr.Request) -> tuple:
        guard(request)
        if not doc_id:
            raise gr.Error("Pick a document to delete first.")
        label = next((label for label, value in document_choices(ctx) if value == doc_id), doc_id)
        return gr.update(visible=True), f"Delete **{_md(label)}** from the corpus folder and the index?"

    def do_delete(doc_id: str | None, request: gr.Request) -> tuple:
        guard(request)
        if not doc_id:
            raise gr.Error("Pick a document to delete first.")
        try:
            title = ctx.corpus.delete(doc_id)
        except KeyError:
            raise gr.Error("That document is no longer in the index.")
        except IngestLockedError as exc:
            raise gr.Error(str(exc))
        return (gr.update(visible=False), f"**Deleted** {_md(title)}.", status_markdown(ctx), table_update(),
                gr.update(choices=document_choices(ctx), value=None))

    def reindex(request: gr.Request, progress: gr.Progress = gr.Progress()) -> tuple:
        guard(request)
        progress(0, desc="Re-indexing the corpus folder")
        try:
            summary = ctx.corpus.reindex(progress=lambda fraction, desc: progress(fraction, desc=desc))
        except IngestLockedError as exc:
            raise gr.Error(str(exc))
        except FileNotFoundError as exc:
            raise gr.Error(str(exc))
        text = (
            f"Re-indexed in {summary['seconds']} s: added {summary['added']}, updated {summary['updated']}, "
            f"removed {summary['removed']}, unchanged {summary['unchanged']}, {summary['chunks']} chunks written."
        )
        if summary["failed"]:
            text += "\n\n**Failures:**\n" + "\n".join(f"- {_md(f['source'])}: {_md(f['reason'])}"
                                                       for f in summary["failed"])
        return text, status_markdown(ctx), table_update(), gr.update(choices=document_choices(ctx), value=None)

    def signed_in(request: gr.Request) -> str:
        user = current_admin(ctx, request) or ""
        return (f'<p class="jca-signed-in">Signed in as <strong>{html.escape(user)}</strong> · '
                f'<a href="{html.escape(ctx.url("/logout"))}">Sign out</a></p>')

    with gr.Blocks(title="Admin · Job Classification Assistant", analytics_enabled=False,
                   delete_cache=(3600, 3600)) as demo:  # uploaded temporary files go after an hour
        gr.HTML(header_html(ctx.root, admin_link=True, active="admin"), padding=False)
        who = gr.HTML("", padding=False, elem_id="jca-signed-in")
        status = gr.Markdown("", elem_id="jca-admin-status")
        with gr.Tabs():
            with gr.Tab("Documents", id="documents"):
                gr.Markdown(
                    "### Upload class specifications\n"
                    f"Drop one or many files ({' '.join(suffixes)}; up to {ctx.settings.max_file_mb:g} MB each). "
                    "Each file is checked, saved into the corpus folder and indexed. "
                    "A file with the same name replaces the old version."
                )
                files = gr.File(label="Files to upload", file_count="multiple", file_types=suffixes,
                                type="filepath", elem_id="jca-upload", height=140)
                upload_btn = gr.Button("Upload and index", variant="primary", elem_id="jca-upload-btn")
                upload_result = gr.Markdown("", elem_id="jca-upload-result")
                gr.Markdown("### Indexed documents")
                docs = gr.Dataframe(value=None, interactive=False, wrap=True, elem_id="jca-docs-table",
                                    show_label=False)
                with gr.Row(equal_height=False, elem_classes=["jca-delete-row"]):
                    choice = gr.Dropdown(label="Document to delete", choices=[], value=None, scale=4,
                                         elem_id="jca-delete-choice", filterable=True)
                    delete_btn = gr.Button("Delete…", variant="stop", scale=1, min_width=120, elem_id="jca-delete-btn")
                with gr.Row(visible=False, elem_id="jca-delete-confirm-row") as confirm_row:
                    confirm_text = gr.Markdown("")
                    confirm_btn = gr.Button("Yes, delete it", variant="stop", elem_id="jca-delete-confirm")
                    cancel_btn = gr.Button("Cancel", elem_id="jca-delete-cancel")
                delete_result = gr.Markdown("", elem_id="jca-delete-result")
                gr.Markdown("### Re-index\nMake the index match the corpus folder exactly "
                            f"(`{_md(ctx.settings.corpus_dir)}`): new and changed files are indexed, "
                            "files no longer there are removed.")
                reindex_btn = gr.Button("Re-index everything", elem_id="jca-reindex-btn")
                reindex_result = gr.Markdown("", elem_id="jca-reindex-result")
            with gr.Tab("Questions & feedback", id="questions"):
                q_summary = gr.Markdown("", elem_id="jca-question-summary")
                gr.HTML(f'<p><a class="jca-export" href="{html.escape(ctx.url("/api/admin/questions.csv"))}" '
                        'download="question-log.csv">Export the question log (CSV)</a> — question, answer, '
                        "answered, sources, feedback, time.</p>", padding=False)
                gr.Markdown("### Questions the assistant could not answer (newest first)\n"
                            "These point at class specifications that are missing from the corpus.")
                unanswered = gr.Dataframe(headers=UNANSWERED_HEADERS, interactive=False, wrap=True,
                                          elem_id="jca-unanswered", show_label=False)
                gr.Markdown("### Feedback on answers (newest first)")
                feedback = gr.Dataframe(headers=FEEDBACK_HEADERS, interactive=False, wrap=True,
                                        elem_id="jca-feedback", show_label=False)
                refresh_btn = gr.Button("Refresh", size="sm", elem_id="jca-refresh")

        listing = [status, docs, choice]
        questions = [q_summary, unanswered, feedback]
        demo.load(refresh_all, None, listing + questions, api_visibility="private")
        demo.load(signed_in, None, who, api_visibility="private")
        upload_btn.click(upload, files, [upload_result, files] + listing, api_visibility="private",
                         concurrency_limit=1, concurrency_id="corpus")
        delete_btn.click(ask_delete, choice, [confirm_row, confirm_text], api_visibility="private")
        cancel_btn.click(lambda: (gr.update(visible=False), ""), None, [confirm_row, confirm_text],
                         api_visibility="private")
        confirm_btn.click(do_delete, choice, [confirm_row, delete_result] + listing, api_visibility="private",
                          concurrency_limit=1, concurrency_id="corpus")
        reindex_btn.click(reindex, None, [reindex_result] + listing, api_visibility="private",
                          concurrency_limit=1, concurrency_id="corpus")
        refresh_btn.click(refresh_all, None, listing + questions, api_visibility="private")
    demo.queue(default_concurrency_limit=2)
    return demo


UNANSWERED_HEADERS = ["Time (UTC)", "Question", "Asked from"]
FEEDBACK_HEADERS = ["Time (UTC)", "Rating", "Comment", "Question", "Answer", "Answered"]
