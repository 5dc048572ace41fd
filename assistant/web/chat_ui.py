"""The chat pages: ``/`` for employees and ``/embed`` (compact, no admin links) for iframes.

Handlers are thin: they call :class:`~assistant.web.context.WebContext` (which
calls the :class:`~assistant.engine.Assistant`) and only turn its results into
chat messages and the sources panel. The conversation sent to the engine for
follow-up questions is kept per browser session in a ``gr.State`` as plain
``{"role", "content"}`` turns, separate from the rendered chat.

``gr.api`` exposes ``/ask`` (question, history) -> the same JSON as ``POST /api/ask``,
the stable endpoint ``gradio_client`` calls.
"""

import html
import logging
from typing import Any, Iterator

import gradio as gr

from assistant.engine import QuestionError
from assistant.web.context import RateLimited, WebContext
from assistant.web.render import (
    answer_markdown, citation_links, citation_names, header_html, message_sources_html, sources_html,
)
from assistant.web.suggestions import FollowUps

log = logging.getLogger("assistant.web")

PLACEHOLDER = (
    "**Ask about a job classification.**\n\n"
    "Answers come only from the indexed class specifications, with numbered sources you can open."
)

COMPACT_PLACEHOLDER = "**Ask about a job classification.** Answers quote the class specifications."


def client_of(request: Any) -> str:
    client = getattr(request, "client", None)
    return getattr(client, "host", None) or "unknown"


def _user_error(exc: BaseException) -> str:
    from assistant.errors import user_message

    return user_message(exc) or "Something went wrong while answering. Please try again, or tell the help desk."


EMPTY_STORE: dict[str, Any] = {"chat": [], "raw": [], "ids": {}, "panel": ""}
# BrowserState encrypts in the browser with a key the page itself carries: it keeps the conversation from other
# origins' eyes, not from the person using the browser. A fixed key lets a conversation outlive a server restart.
_STORE_SECRET = "jca-chat-conversation"
MAX_STORED_MESSAGES = 80


def build_chat(ctx: WebContext, compact: bool = False) -> Any:
    """The Gradio Blocks of the chat page (``compact``: the ``/embed`` variant)."""
    channel = "embed" if compact else "web"
    followups = _followups(ctx)

    def doc_url(doc_id: str, start: int | None, end: int | None) -> str:
        return ctx.document_url(doc_id, start, end)

    def answer_content(answer: Any, token: str) -> str:
        """One answer in the chat: its text with named citation links, a note, its sources and share link."""
        content = answer_markdown(answer.text, citation_links(answer, doc_url), citation_names(answer))
        if answer.notice:
            content += f"\n\n*Note: {html.escape(answer.notice, quote=False)}*"
        share = ctx.url(f"/a/{token}") if token else ""
        return content + "\n\n" + message_sources_html(answer, doc_url, share)

    def respond(message: str, chat: list[dict], raw: list[dict], ids: dict, request: gr.Request) -> Iterator[tuple]:
        try:  # the rate limit and the engine's question check apply here, before any event
            events = ctx.stream(message, raw, channel, client_of(request))
        except (RateLimited, QuestionError) as exc:
            raise gr.Error(str(exc), title="Cannot ask that yet" if isinstance(exc, RateLimited) else "Question")
        question = message.strip()
        chat = list(chat or []) + [
            {"role": "user", "content": html.escape(question, quote=False)},
            {"role": "assistant", "content": ""},
        ]
        hidden = gr.update(visible=False)
        skip = gr.skip()
        searching = '<div class="jca-sources"><h2>Sources</h2><p class="jca-muted">Searching the documents…</p></div>'
        yield chat, "", searching, raw, ids, hidden, "", skip, None, hidden
        text, answer, question_id = "", None, 0
        try:
            for event in events:
                if event.kind == "done":
                    question_id = event.question_id
                elif event.kind == "token":
                    text += event.text
                    chat[-1] = {"role": "assistant", "content": html.escape(text, quote=False)}
                    yield chat, "", searching, raw, ids, hidden, "", skip, None, skip
                elif event.answer is not None:
                    answer = event.answer
        except Exception as exc:  # noqa: BLE001 - shown to the user in one line
            if not _is_user_error(exc):
                log.exception("answering failed")
            message = _user_error(exc)
            chat[-1] = {"role": "assistant", "content": f"*Could not answer: {html.escape(message, quote=False)}*"}
            yield chat, "", sources_html(None, doc_url), raw, ids, hidden, "", skip, None, skip
            raise gr.Error(message, title="Could not answer")
        if answer is None:
            raise gr.Error("The assistant returned no answer. Please try again.")
        token = ctx.log.token_of(question_id) if question_id else ""
        if token:
            ids = {**(ids or {}), str(len(chat) - 1): token}
        chat[-1] = {"role": "assistant", "content": answer_content(answer, token)}
        raw = list(raw or []) + [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
        panel = sources_html(answer, doc_url)
        store = {"chat": chat[-MAX_STORED_MESSAGES:], "raw": raw[-MAX_STORED_MESSAGES:], "panel": panel,
                 "ids": _shifted(ids, max(0, len(chat) - MAX_STORED_MESSAGES))}
        yield chat, "", panel, raw, ids, hidden, "", store, (question, answer), skip

    def suggest(last: tuple | None) -> tuple:
        """After the answer is shown: the follow-up buttons (hidden when there are none)."""
        found = followups.for_answer(*last) if last else []
        buttons = [gr.update(value=q, visible=True) if q else gr.update(visible=False)
                   for q in (found + ["", "", ""])[:3]]
        return (gr.update(visible=bool(found)), *buttons)

    def on_like(ids: dict, data: gr.LikeData) -> tuple:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        token = (ids or {}).get(str(index))
        question_id = ctx.log.id_of(token) if token else None
        if not question_id:
            return None, gr.update(visible=False), "Feedback can only be given on answers from this conversation."
        liked = data.liked
        rating = 1 if liked in (True, "Like") else -1 if liked in (False, "Dislike") else None
        ctx.log.set_feedback(question_id, rating=rating)
        thanks = "Thanks for the feedback." + (" You can add a comment." if rating == -1 else "")
        return question_id, gr.update(visible=rating == -1), thanks

    def on_comment(question_id: int | None, comment: str) -> tuple:
        comment = (comment or "").strip()
        if not question_id:
            raise gr.Error("Rate an answer first, then add your comment.")
        if not comment:
            raise gr.Error("Type a comment first (or just keep the thumbs up/down).")
        ctx.log.set_feedback(question_id, comment=comment)
        return "", gr.update(visible=False), "Comment saved. Thank you!"

    def new_chat() -> tuple:
        hidden = gr.update(visible=False)
        return ([], [], {}, None, sources_html(None, doc_url), hidden, "", "", dict(EMPTY_STORE), None, hidden)

    def restore(store: dict | None) -> tuple:
        """The conversation this browser had open (BrowserState: localStorage), before anything else loads."""
        store = store if isinstance(store, dict) else {}
        chat = store.get("chat") if isinstance(store.get("chat"), list) else []
        if not chat:
            return gr.skip(), gr.skip(), gr.skip(), gr.skip()
        raw = store.get("raw") if isinstance(store.get("raw"), list) else []
        ids = store.get("ids") if isinstance(store.get("ids"), dict) else {}
        panel = store.get("panel") if isinstance(store.get("panel"), str) and store.get("panel") else gr.skip()
        return chat, panel, raw, ids

    def on_load() -> tuple:
        try:
            empty = ctx.index.registry.counts()["documents"] == 0
            found = [] if empty else ctx.example_questions(limit=2 if compact else 4)
        except Exception:  # noqa: BLE001 - examples are a nicety; the page must still open
            log.exception("could not build example questions")
            empty, found = False, []
        panel = gr.skip()
        if empty:
            panel = ('<div class="jca-sources"><h2>Sources</h2><p class="jca-muted">No documents are indexed yet, '
                     "so there is nothing to answer from. HR can upload class specifications on the admin page.</p></div>")
        return gr.Chatbot(examples=[{"text": q} for q in found] or None), panel

    def pick_example(data: gr.SelectData) -> str:
        value = data.value
        return value.get("text", "") if isinstance(value, dict) else str(value or "")

    def ask_api(question: str, history: list[dict] | None = None, request: gr.Request = None) -> dict:
        """Answer one question from the indexed class specifications, with citations."""
        try:
            answer, _ = ctx.ask(question, history or [], "gradio-api", client_of(request))
        except (RateLimited, QuestionError) as exc:
            raise gr.Error(str(exc))
        except Exception as exc:  # noqa: BLE001
            raise gr.Error(_user_error(exc))
        data = answer.as_dict()
        data["latency_ms"] = round(answer.latency_ms, 1)
        return data

    with gr.Blocks(title="Job Classification Assistant", analytics_enabled=False) as demo:
        raw = gr.State([])       # plain turns for the engine (follow-up questions)
        ids = gr.State({})       # chat message index (as text) -> share token of its answer in the log
        rated = gr.State(None)   # question id the comment box belongs to
        last = gr.State(None)    # (question, Answer) of the latest answer, for the follow-up suggestions
        store = gr.BrowserState(dict(EMPTY_STORE), storage_key="jca-embed-chat" if compact else "jca-chat",
                                secret=_STORE_SECRET)
        gr.HTML(skip_link_html(), padding=False, elem_classes=["jca-skip-wrap"])
        if compact:
            gr.HTML('<h1 class="jca-sr-only">Job Classification Assistant</h1>', padding=False)
        else:
            gr.HTML(header_html(ctx.root, admin_link=True, active="chat", heading=True), elem_id="jca-header",
                    padding=False)
        with gr.Row(equal_height=False, elem_classes=["jca-main"]):
            with gr.Column(scale=3, min_width=300, elem_classes=["jca-chat-col"]):
                chatbot = gr.Chatbot(
                    label="Conversation", show_label=False, elem_id="jca-chatbot",
                    height=400 if compact else 520, min_height=240,
                    placeholder=COMPACT_PLACEHOLDER if compact else PLACEHOLDER,
                    feedback_options=("Like", "Dislike"), buttons=["copy"], autoscroll=True,
                )
                with gr.Row(visible=False, elem_id="jca-feedback-row") as feedback_row:
                    comment = gr.Textbox(label="What was wrong or missing? (optional)",
                                         placeholder="Your comment helps HR improve the documents",
                                         scale=4, min_width=180, elem_id="jca-comment", max_length=2000)
                    send_comment = gr.Button("Send comment", size="sm", scale=1, min_width=120,
                                             elem_id="jca-send-comment")
                with gr.Row(visible=False, elem_id="jca-suggestions") as suggest_row:
                    suggestion_buttons = [
                        gr.Button("", size="sm", variant="secondary", visible=False, min_width=120,
                                  elem_classes=["jca-suggestion"], elem_id=f"jca-suggestion-{i}")
                        for i in range(3)
                    ]
                with gr.Row(elem_classes=["jca-ask-row"]):
                    question = gr.Textbox(
                        label="Your question", show_label=False, lines=1, max_lines=5,
                        placeholder="Ask a question…" if compact else "Ask about a job classification…",
                        scale=5, min_width=180, elem_id="jca-question", autofocus=not compact,
                        max_length=ctx.settings.max_question_chars,
                    )
                    ask = gr.Button("Ask", variant="primary", scale=1, min_width=70, elem_id="jca-ask")
                with gr.Row(elem_classes=["jca-tools-row"]):
                    new = gr.Button("New chat", size="sm", variant="secondary", elem_id="jca-new-chat", scale=0,
                                    min_width=100)
                    status = gr.Markdown("", elem_id="jca-feedback-status")
            with gr.Column(scale=2, min_width=260, elem_classes=["jca-sources-col"]):
                sources = gr.HTML(sources_html(None, doc_url), elem_id="jca-sources", padding=False)
        if not compact:
            gr.HTML(
                '<p class="jca-footnote">Answers quote the class specifications; always check the cited passage. '
                f'<a href="{html.escape(ctx.url("/documents"))}">Browse all documents</a></p>',
                padding=False,
            )

        outputs = [chatbot, question, sources, raw, ids, feedback_row, status, store, last, suggest_row]
        inputs = [question, chatbot, raw, ids]
        suggest_outputs = [suggest_row, *suggestion_buttons]

        def with_suggestions(answering: Any) -> None:
            answering.success(suggest, [last], suggest_outputs, api_visibility="private", concurrency_id="suggest",
                              show_progress="hidden")

        def answer_after(event: Any) -> None:
            with_suggestions(event.then(respond, inputs, outputs, api_visibility="private", concurrency_id="ask"))

        with_suggestions(question.submit(respond, inputs, outputs, api_visibility="private", concurrency_id="ask"))
        with_suggestions(ask.click(respond, inputs, outputs, api_visibility="private", concurrency_id="ask"))
        answer_after(chatbot.example_select(pick_example, None, question, api_visibility="private"))
        for button in suggestion_buttons:
            answer_after(button.click(lambda text: text, button, question, api_visibility="private", queue=False))
        chatbot.like(on_like, [ids], [rated, feedback_row, status], api_visibility="private")
        send_comment.click(on_comment, [rated, comment], [comment, feedback_row, status], api_visibility="private")
        comment.submit(on_comment, [rated, comment], [comment, feedback_row, status], api_visibility="private")
        reset = [chatbot, raw, ids, rated, sources, feedback_row, status, question, store, last, suggest_row]
        new.click(new_chat, None, reset, api_visibility="private")
        chatbot.clear(new_chat, None, reset, api_visibility="private")
        demo.load(restore, [store], [chatbot, sources, raw, ids], api_visibility="private", queue=False)
        demo.load(on_load, None, [chatbot, sources], api_visibility="private")
        if not compact:
            gr.api(ask_api, api_name="ask")
    demo.queue(default_concurrency_limit=4)
    return demo


def skip_link_html() -> str:
    """The first thing a keyboard reaches: a link to the question box (``chat.js`` moves the focus into it)."""
    return '<a class="jca-skip" href="#jca-question">Skip to the question box</a>'


def _shifted(ids: dict, dropped: int) -> dict:
    """Message indexes after the oldest ``dropped`` messages are left out of the stored conversation."""
    return {str(int(k) - dropped): v for k, v in (ids or {}).items() if str(k).isdigit() and int(k) >= dropped}


def _followups(ctx: WebContext) -> FollowUps:
    """One suggestions cache per server, shared by the chat and embed pages."""
    existing = getattr(ctx, "_jca_followups", None)
    if existing is None:
        existing = FollowUps(ctx)
        setattr(ctx, "_jca_followups", existing)
    return existing


def _is_user_error(exc: BaseException) -> bool:
    from assistant.errors import user_message

    return user_message(exc) is not None
