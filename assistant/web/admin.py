"""The admin page (``/admin``, login required): manage the corpus, correct documents, read questions.

Handlers only call :class:`~assistant.web.corpus_admin.CorpusManager`,
:class:`~assistant.web.feedback_log.QuestionLog` and
:mod:`assistant.web.unanswered`; each one checks again that the caller is signed
in (the session may have expired since the page was opened). Each document row
shows what was detected in it and what looks wrong; HR can correct title,
employer, class code and levels, and every correction is logged.
"""

import html
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.errors import IngestLockedError
from assistant.index.corrections import CorrectionError
from assistant.ingest.loaders import SUPPORTED_SUFFIXES, DocumentError
from assistant.web.auth import current_admin, logout_form
from assistant.web.context import WebContext
from assistant.web.doc_checks import DocumentCheck
from assistant.web.documents_view import when
from assistant.web.feedback_log import iso_time
from assistant.web.unanswered import unanswered_groups
from assistant.web.render import header_html
from assistant.web.security import SESSION_COOKIE


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


TABLE_WIDTHS = {"Title": 18, "Employer": 14, "Class code": 7, "Levels": 7, "Grade": 6, "Pay (as stated)": 14,
                "File": 14, "Check": 20}


def _levels(levels: list[str]) -> str:
    return ", ".join(levels)


def documents_table(checks: list[DocumentCheck]) -> tuple[list[str], list[list[Any]]]:
    """One row per document: the values in use (✎ marks HR's corrections) and what looks wrong."""
    headers = list(TABLE_WIDTHS)
    data = []
    for c in checks:
        def mark(name: str, value: str) -> str:
            return f"{value} ✎" if name in c.corrected else value
        check = "⚠ " + "; ".join(c.warnings) if c.warnings else "ok"
        data.append([mark("title", c.title), mark("employer", c.employer or "—"), mark("class_code", c.class_code or "—"),
                     mark("levels", _levels(c.levels) or "—"), c.grade or "—", c.pay or "—",
                     f"{c.source} ({c.chunks} chunks, {when(c.indexed_at)})", check])
    return headers, data


def document_choices(checks: list[DocumentCheck]) -> list[tuple[str, str]]:
    return [(f"{c.title} — {c.employer or 'employer not stated'} ({c.source})", c.doc_id) for c in checks]


def check_markdown(c: DocumentCheck, heading: str = "") -> str:
    """What was detected in one document, with its warnings, as Markdown."""
    detected = c.detected or {}

    def value(name: str, current: Any) -> str:
        shown = _levels(current) if isinstance(current, list) else current
        text = _md(shown) if shown else "*(none)*"
        if name in c.corrected:
            before = detected.get(name)
            before = _levels(before) if isinstance(before, list) else before
            text += f" — corrected by HR (detected: {_md(before) if before else '(none)'})"
        return text

    lines = [heading] if heading else []
    lines += [
        f"- Title: {value('title', c.title)}",
        f"- Employer: {value('employer', c.employer)}",
        f"- Class code: {value('class_code', c.class_code)}",
        f"- Classes / levels found: {value('levels', c.levels)}",
        f"- Grade: {_md(c.grade) if c.grade else '*(none)*'} · Pay as stated: {_md(c.pay) if c.pay else '*(none)*'}",
        f"- Sections found: {_md(', '.join(c.sections)) if c.sections else '*(none)*'}",
    ]
    lines += [f"- ⚠ **Check:** {_md(w)}" for w in c.warnings]
    return "\n".join(lines)


def log_rows(ctx: WebContext) -> list[list[str]]:
    return [[iso_time(e.at), e.user, e.doc_id, e.action, e.changes()] for e in ctx.corpus.correction_log(200)]


def build_admin(ctx: WebContext) -> Any:
    suffixes = sorted(SUPPORTED_SUFFIXES)

    def guard(request: gr.Request) -> str:
        user = current_admin(ctx, request)
        if not user:
            raise gr.Error("Your admin session has expired. Reload the page and sign in again.")
        return user

    def listing(fix_value: str | None = None) -> tuple:
        """Status, documents table, the two document pickers and the corrections log, all fresh."""
        checks = ctx.corpus.checks()
        headers, data = documents_table(checks)
        total = sum(TABLE_WIDTHS[h] for h in headers)
        table = gr.update(value={"headers": headers, "data": data or [[""] * len(headers)]}, headers=headers,
                          column_widths=[f"{100 * TABLE_WIDTHS[h] / total:.1f}%" for h in headers])
        choices = document_choices(checks)
        return (status_markdown(ctx), table, gr.update(choices=choices, value=None),
                gr.update(choices=choices, value=fix_value),
                gr.update(value={"headers": LOG_HEADERS, "data": log_rows(ctx) or [[""] * len(LOG_HEADERS)]}))

    def refresh_all(request: gr.Request) -> tuple:
        guard(request)
        return (*listing(), *questions_tables())

    def questions_tables() -> tuple:
        counts = ctx.log.counts()
        summary = (
            f"**{counts['questions']}** questions asked · **{counts['unanswered']}** not answered · "
            f"**{counts['thumbs_up']}** thumbs up · **{counts['thumbs_down']}** thumbs down · **{counts['comments']}** comments"
        )
        groups = unanswered_groups(ctx.log, ctx.index, getattr(ctx.assistant, "snapshots", None))
        unanswered = [[iso_time(g.last_asked), g.question, g.count, g.closest or "—", ", ".join(g.channels)]
                      for g in groups]
        feedback = [
            [iso_time(r.get("feedback_at") or r["asked_at"]), {"up": "up", "down": "down"}.get(r["feedback"], ""),
             r["comment"], r["question"], r["answer"][:300], "yes" if r["answered"] else "no"]
            for r in ctx.log.feedback_entries(200)
        ]
        return (
            summary,
            gr.update(value={"headers": UNANSWERED_HEADERS, "data": unanswered or [[""] * len(UNANSWERED_HEADERS)]}),
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
            counts = f"added {report.added}, updated {report.updated}"
            unchanged = len(report.saved) - report.added - report.updated
            if unchanged > 0:
                counts += f", unchanged {unchanged}"
            lines.append(f"**Done.** Indexed {len(report.saved)} file(s) ({counts}), {report.chunks} chunks.")
            flagged = sum(1 for n in report.saved if n in report.checks and report.checks[n].warnings)
            if flagged:
                lines.append(f"\n⚠ **{flagged} file(s) need a look:** check what was detected below and correct it "
                             "under *Correct a document*.")
            for name in report.saved:
                replaced = " (replaced the previous version)" if name in report.replaced else ""
                check = report.checks.get(name)
                heading = f"\n**{_md(name)}**{replaced} — detected:"
                lines.append(check_markdown(check, heading) if check else heading)
        lines += [f"\nℹ {_md(note)}" for note in report.notes]  # e.g. a file replaced under another letter case
        if report.failed:
            lines.append(f"\n**{len(report.failed)} file(s) not added** (nothing else was changed):")
            lines += [f"- **{_md(name)}**: {_md(reason)}" for name, reason in report.failed]
        return ("\n".join(lines), None, *listing())

    def ask_delete(doc_id: str | None, request: gr.Request) -> tuple:
        guard(request)
        if not doc_id:
            raise gr.Error("Pick a document to delete first.")
        label = next((label for label, value in document_choices(ctx.corpus.checks([doc_id])) if value == doc_id), doc_id)
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
        return (gr.update(visible=False), f"**Deleted** {_md(title)}.", *listing())

    def pick_fix(doc_id: str | None, request: gr.Request) -> tuple:
        guard(request)
        found = ctx.corpus.checks([doc_id]) if doc_id else []
        if not found:
            return "", gr.update(value=""), gr.update(value=""), gr.update(value=""), gr.update(value="")
        c = found[0]
        return (check_markdown(c, "**Now in use:**"), c.title, c.employer, c.class_code, _levels(c.levels))

    def fix_outputs(doc_id: str, message: str) -> tuple:
        checks = ctx.corpus.checks([doc_id])
        return (message, check_markdown(checks[0], "**Now in use:**") if checks else "", *listing(doc_id))

    def save_fix(doc_id: str | None, title: str, employer: str, class_code: str, levels: str,
                 request: gr.Request) -> tuple:
        user = guard(request)
        if not doc_id:
            raise gr.Error("Pick a document to correct first.")
        found = ctx.corpus.checks([doc_id])
        if not found:
            raise gr.Error("That document is no longer in the index.")
        now = found[0]
        typed = {"title": title, "employer": employer, "class_code": class_code, "levels": levels}
        shown = {"title": now.title, "employer": now.employer, "class_code": now.class_code,
                 "levels": _levels(now.levels)}
        changed = {k: v for k, v in typed.items() if " ".join(str(v or "").split()) != " ".join(shown[k].split())}
        if not changed:
            raise gr.Error("Nothing was changed: edit a field first.")
        try:
            record = ctx.corpus.correct(doc_id, user, **changed)
        except KeyError:
            raise gr.Error("That document is no longer in the index.")
        except (CorrectionError, IngestLockedError) as exc:
            raise gr.Error(str(exc))
        except DocumentError as exc:
            raise gr.Error(f"{exc.source}: {exc.reason}")
        return fix_outputs(doc_id, f"**Saved.** {_md(record.title)} is re-indexed with your correction.")

    def clear_fix(doc_id: str | None, request: gr.Request) -> tuple:
        user = guard(request)
        if not doc_id:
            raise gr.Error("Pick a document first.")
        try:
            record = ctx.corpus.clear_correction(doc_id, user)
        except KeyError:
            raise gr.Error("That document has no correction to clear.")
        except IngestLockedError as exc:
            raise gr.Error(str(exc))
        except DocumentError as exc:
            raise gr.Error(f"{exc.source}: {exc.reason}")
        return fix_outputs(doc_id, f"**Cleared.** The detected values are back: {_md(record.title)}.")

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
        return (text, *listing())

    def signed_in(request: gr.Request) -> str:
        user = current_admin(ctx, request) or ""
        token = ctx.sessions.csrf_token(request.cookies.get(SESSION_COOKIE))  # None when signed in by Basic auth
        return (f'<div class="jca-signed-in">Signed in as <strong>{html.escape(user)}</strong>'
                + (f" · {logout_form(ctx, token)}" if token else "") + "</div>")

    with gr.Blocks(title="Admin · Job Classification Assistant", analytics_enabled=False,
                   delete_cache=(3600, 3600)) as demo:  # uploaded temporary files go after an hour
        gr.HTML(header_html(ctx.root, admin_link=True, active="admin"), padding=False)
        gr.HTML('<h1 class="jca-admin-h1">Corpus admin</h1>', padding=False, elem_id="jca-admin-heading")
        who = gr.HTML("", padding=False, elem_id="jca-signed-in")
        status = gr.Markdown("", elem_id="jca-admin-status")
        with gr.Tabs(elem_id="jca-admin-tabs"):
            with gr.Tab("Documents", id="documents"):
                gr.Markdown(
                    "## Upload class specifications\n"
                    f"Drop one or many files ({' '.join(suffixes)}; up to {ctx.settings.max_file_mb:g} MB each). "
                    "Each file is checked, saved into the corpus folder and indexed. "
                    "A file with the same name replaces the old version. "
                    "What was detected in each file is shown, with a warning where it looks wrong."
                )
                files = gr.File(label="Files to upload", file_count="multiple", file_types=suffixes,
                                type="filepath", elem_id="jca-upload", height=140)
                upload_btn = gr.Button("Upload and index", variant="primary", elem_id="jca-upload-btn")
                upload_result = gr.Markdown("", elem_id="jca-upload-result")
                gr.Markdown("## Indexed documents\n✎ marks a value HR corrected; ⚠ what looks wrong.")
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
                gr.Markdown("## Correct a document\nWhen a title, employer, class code or level list was detected "
                            "wrongly, type the right value. The correction is kept with the document (also when "
                            "its file is replaced) until you clear it, and is used in answers, fact cards and "
                            "listings. Leave levels empty for a single class; separate levels with commas.")
                fix_choice = gr.Dropdown(label="Document to correct", choices=[], value=None,
                                         elem_id="jca-fix-choice", filterable=True)
                fix_info = gr.Markdown("", elem_id="jca-fix-info")
                with gr.Row():
                    fix_title = gr.Textbox(label="Title", elem_id="jca-fix-title", max_length=200)
                    fix_employer = gr.Textbox(label="Employer", elem_id="jca-fix-employer", max_length=200)
                with gr.Row():
                    fix_code = gr.Textbox(label="Class code", elem_id="jca-fix-code", max_length=200)
                    fix_levels = gr.Textbox(label="Classes / levels (comma-separated)", elem_id="jca-fix-levels")
                with gr.Row():
                    fix_save = gr.Button("Save correction", variant="primary", elem_id="jca-fix-save")
                    fix_clear = gr.Button("Clear correction (use the detected values)", elem_id="jca-fix-clear")
                fix_result = gr.Markdown("", elem_id="jca-fix-result")
                gr.Markdown("### Corrections log (newest first)")
                fix_log = gr.Dataframe(headers=LOG_HEADERS, interactive=False, wrap=True, elem_id="jca-fix-log",
                                       show_label=False)
                gr.Markdown("## Re-index\nMake the index match the corpus folder exactly "
                            f"(`{_md(ctx.settings.corpus_dir)}`): new and changed files are indexed, "
                            "files no longer there are removed.")
                reindex_btn = gr.Button("Re-index everything", elem_id="jca-reindex-btn")
                reindex_result = gr.Markdown("", elem_id="jca-reindex-result")
            with gr.Tab("Questions & feedback", id="questions"):
                q_summary = gr.Markdown("", elem_id="jca-question-summary")
                gr.HTML(f'<p><a class="jca-export" href="{html.escape(ctx.url("/api/admin/questions.csv"))}" '
                        'download="question-log.csv">Export the question log (CSV)</a> — question, answer, '
                        "answered, sources, feedback, time.</p>", padding=False)
                gr.Markdown("## Questions the assistant could not answer (newest first)\n"
                            "Near-identical questions are counted together. They point at class specifications "
                            "missing from the corpus; the closest document is what a search finds nearest.")
                unanswered = gr.Dataframe(headers=UNANSWERED_HEADERS, interactive=False, wrap=True,
                                          elem_id="jca-unanswered", show_label=False)
                gr.Markdown("## Feedback on answers (newest first)")
                feedback = gr.Dataframe(headers=FEEDBACK_HEADERS, interactive=False, wrap=True,
                                        elem_id="jca-feedback", show_label=False)
                refresh_btn = gr.Button("Refresh", size="sm", elem_id="jca-refresh")

        listed = [status, docs, choice, fix_choice, fix_log]
        questions = [q_summary, unanswered, feedback]
        fix_fields = [fix_title, fix_employer, fix_code, fix_levels]
        demo.load(refresh_all, None, listed + questions, api_visibility="private")
        demo.load(signed_in, None, who, api_visibility="private")
        upload_btn.click(upload, files, [upload_result, files] + listed, api_visibility="private",
                         concurrency_limit=1, concurrency_id="corpus")
        delete_btn.click(ask_delete, choice, [confirm_row, confirm_text], api_visibility="private")
        cancel_btn.click(lambda: (gr.update(visible=False), ""), None, [confirm_row, confirm_text],
                         api_visibility="private")
        confirm_btn.click(do_delete, choice, [confirm_row, delete_result] + listed, api_visibility="private",
                          concurrency_limit=1, concurrency_id="corpus")
        fix_choice.input(pick_fix, fix_choice, [fix_info] + fix_fields, api_visibility="private")
        fix_outs = [fix_result, fix_info] + listed
        fix_save.click(save_fix, [fix_choice] + fix_fields, fix_outs, api_visibility="private",
                       concurrency_limit=1, concurrency_id="corpus")
        fix_clear.click(clear_fix, fix_choice, fix_outs, api_visibility="private",
                        concurrency_limit=1, concurrency_id="corpus").then(
            pick_fix, fix_choice, [fix_info] + fix_fields, api_visibility="private")
        reindex_btn.click(reindex, None, [reindex_result] + listed, api_visibility="private",
                          concurrency_limit=1, concurrency_id="corpus")
        refresh_btn.click(refresh_all, None, listed + questions, api_visibility="private")
    demo.queue(default_concurrency_limit=2)
    return demo


UNANSWERED_HEADERS = ["Last asked (UTC)", "Question", "Times asked", "Closest document", "Asked from"]
FEEDBACK_HEADERS = ["Time (UTC)", "Rating", "Comment", "Question", "Answer", "Answered"]
LOG_HEADERS = ["Time (UTC)", "By", "Document", "Action", "Change (old → new)"]
