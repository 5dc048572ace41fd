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
from assistant.web.render import answer_markdown, citation_links, header_html, sources_html

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


def build_chat(ctx: WebContext, compact: bool = False) -> Any:
    """The Gradio Blocks of the chat page (``compact``: the ``/embed`` variant)."""
    channel = "embed" if compact else "web"

    def doc_url(doc_id: str, start: int | None, end: int | None) -> str:
        return ctx.document_url(doc_id, start, end)

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
        searching = '<div class="jca-sources"><h2>Sources</h2><p class="jca-muted">Searching the documents…</p></div>'
        yield chat, "", searching, raw, ids, hidden, ""
        text, answer = "", None
        try:
            for event in events:
                if event.kind == "done":
                    ids = {**ids, len(chat) - 1: event.question_id}
                elif event.kind == "token":
                    text += event.text
                    chat[-1] = {"role": "assistant", "content": html.escape(text, quote=False)}
                    yield chat, "", searching, raw, ids, hidden, ""
                elif event.answer is not None:
                    answer = event.answer
        except Exception as exc:  # noqa: BLE001 - shown to the user in one line
            if not _is_user_error(exc):
                log.exception("answering failed")
            message = _user_error(exc)
            chat[-1] = {"role": "assistant", "content": f"*Could not answer: {html.escape(message, quote=False)}*"}
            yield chat, "", sources_html(None, doc_url), raw, ids, hidden, ""
            raise gr.Error(message, title="Could not answer")
        if answer is None:
            raise gr.Error("The assistant returned no answer. Please try again.")
        content = answer_markdown(answer.text, citation_links(answer, doc_url))
        if answer.notice:
            content += f"\n\n*Note: {html.escape(answer.notice, quote=False)}*"
        chat[-1] = {"role": "assistant", "content": content}
        raw = list(raw or []) + [{"role": "user", "content": question}, {"role": "assistant", "content": answer.text}]
        yield chat, "", sources_html(answer, doc_url), raw, ids, hidden, ""

    def on_like(ids: dict, data: gr.LikeData) -> tuple:
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        question_id = ids.get(index)
        if not question_id:
            return None, gr.update(visible=False), "Feedback can only be given on answers from this session."
        liked = data.liked
        rating = 1 if liked in (True, "Like") else -1 if liked in (False, "Dislike") else None
        ctx.log.set_feedback(question_id, rating=rating)
        thanks = "Thanks for the feedback." + (" You can add a comment below." if rating else "")
        return question_id, gr.update(visible=bool(rating)), thanks

    def on_comment(question_id: int | None, comment: str) -> tuple:
        comment = (comment or "").strip()
        if not question_id:
            raise gr.Error("Rate an answer first, then add your comment.")
        if not comment:
            raise gr.Error("Type a comment first (or just keep the thumbs up/down).")
        ctx.log.set_feedback(question_id, comment=comment)
        return "", gr.update(visible=False), "Comment saved. Thank you!"

    def new_chat() -> tuple:
        return [], [], {}, None, sources_html(None, doc_url), gr.update(visible=False), "", ""

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
        ids = gr.State({})       # chat message index -> question id in the log
        rated = gr.State(None)   # question id the comment box belongs to
        if not compact:
            gr.HTML(header_html(ctx.root, admin_link=True, active="chat"), elem_id="jca-header", padding=False)
        with gr.Row(equal_height=False, elem_classes=["jca-main"]):
            with gr.Column(scale=3, min_width=300, elem_classes=["jca-chat-col"]):
                chatbot = gr.Chatbot(
                    label="Conversation", show_label=False, elem_id="jca-chatbot",
                    height=400 if compact else 520, min_height=240,
                    placeholder=COMPACT_PLACEHOLDER if compact else PLACEHOLDER,
                    feedback_options=("Like", "Dislike"), buttons=["copy"], autoscroll=True,
                )
                with gr.Row(elem_classes=["jca-ask-row"]):
                    question = gr.Textbox(
                        show_label=False, lines=1, max_lines=5,
                        placeholder="Ask a question…" if compact else "Ask about a job classification…",
                        scale=5, min_width=180, elem_id="jca-question", autofocus=not compact,
                        max_length=ctx.settings.max_question_chars,
                    )
                    ask = gr.Button("Ask", variant="primary", scale=1, min_width=70, elem_id="jca-ask")
                with gr.Row(elem_classes=["jca-tools-row"]):
                    new = gr.Button("New chat", size="sm", variant="secondary", elem_id="jca-new-chat", scale=0,
                                    min_width=100)
                    status = gr.Markdown("", elem_id="jca-feedback-status")
                with gr.Row(visible=False, elem_id="jca-feedback-row") as feedback_row:
                    comment = gr.Textbox(label="Comment (optional)", placeholder="What was wrong or missing?",
                                         scale=4, min_width=180, elem_id="jca-comment", max_length=2000)
                    send_comment = gr.Button("Send comment", size="sm", scale=1, min_width=120,
                                             elem_id="jca-send-comment")
            with gr.Column(scale=2, min_width=260, elem_classes=["jca-sources-col"]):
                sources = gr.HTML(sources_html(None, doc_url), elem_id="jca-sources", padding=False)
        if not compact:
            gr.HTML(
                '<p class="jca-footnote">Answers quote the class specifications; always check the cited passage. '
                f'<a href="{html.escape(ctx.url("/documents"))}">Browse all documents</a></p>',
                padding=False,
            )

        outputs = [chatbot, question, sources, raw, ids, feedback_row, status]
        inputs = [question, chatbot, raw, ids]
        question.submit(respond, inputs, outputs, api_visibility="private", concurrency_id="ask")
        ask.click(respond, inputs, outputs, api_visibility="private", concurrency_id="ask")
        chatbot.example_select(pick_example, None, question, api_visibility="private").then(
            respond, inputs, outputs, api_visibility="private", concurrency_id="ask"
        )
        chatbot.like(on_like, [ids], [rated, feedback_row, status], api_visibility="private")
        send_comment.click(on_comment, [rated, comment], [comment, feedback_row, status], api_visibility="private")
        comment.submit(on_comment, [rated, comment], [comment, feedback_row, status], api_visibility="private")
        new.click(new_chat, None, [chatbot, raw, ids, rated, sources, feedback_row, status, question],
                  api_visibility="private")
        chatbot.clear(new_chat, None, [chatbot, raw, ids, rated, sources, feedback_row, status, question],
                      api_visibility="private")
        demo.load(on_load, None, [chatbot, sources], api_visibility="private")
        if not compact:
            gr.api(ask_api, api_name="ask")
    demo.queue(default_concurrency_limit=4)
    return demo


def _is_user_error(exc: BaseException) -> bool:
    from assistant.errors import user_message

    return user_message(exc) is not None
