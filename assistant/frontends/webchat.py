"""The Gradio app: the chat (streamed, cited answers), and tabs for deals, charts, uploads and evals.

A thin front end: answers come from ``Assistant.stream`` and nothing else. Rendering lives in
``chatrender``, each other tab in its own module; ``ChatApp.tabs`` is the one list of tabs.
"""

from __future__ import annotations

import html
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.answer import Answer, Turn
from assistant.answering.assistant import Assistant
from assistant.dates import human_date
from assistant.frontends.chartstab import build_charts
from assistant.frontends.chatrender import (
    ROUTE_MEANINGS,
    answer_markdown,
    conversation_markdown,
    render_answer,
)
from assistant.frontends.chatupload import ACCEPTED, Uploader
from assistant.frontends.dealstab import DealsTab
from assistant.frontends.evalstab import EvalsTab
from assistant.frontends.feedback import append_feedback
from assistant.frontends.review_tab import ReviewTab

EXAMPLES = [
    "How much did Pfizer pay 3SBio upfront?",
    "What did Merck pay Chinese companies upfront in 2024, in total?",
    "What was the total value of Chinese out-licensing deals in 2025?",
    "Why are multinationals shopping for drugs in China?",
    "Which Chinese licensors had the largest deals in 2025?",
    "What happened to the ImmuneOnco–Axion deal?",
]
STORAGE_KEY = "deal-assistant-conversation"
CSS = """
.route-badge {display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;background:#e8eefc;color:#1e3a8a;margin-right:6px;cursor:help}
.route-badge.abstained {background:#fdecec;color:#991b1b}
.resolved {font-size:12px;color:#555}
.source-card {border:1px solid #ddd;border-radius:8px;padding:8px 10px;margin:6px 0;font-size:13px;background:#fafafa}
.source-card mark {background:#fff3a3}
.related {border-left:3px solid #bbb;padding:4px 10px;margin:6px 0;font-size:13px;color:#444}
.related-head {font-weight:600;margin-bottom:2px}
.figures-wrap, .deals-wrap {overflow-x:auto;max-width:100%}
.figures, .deals {border-collapse:collapse;font-size:13px;margin:6px 0}
.figures td, .figures th, .deals td, .deals th {border:1px solid #ddd;padding:3px 6px;vertical-align:top}
.figures th, .deals th {word-break:keep-all;overflow-wrap:normal;hyphens:none;white-space:nowrap;text-align:left}
.figures .num, .deals .num, .deals th.num {text-align:right;white-space:nowrap}
.deals .date {white-space:nowrap}
.deals .asset {max-width:22em}
.deals-count {font-weight:600;margin:4px 0}
ol.ranking {margin:4px 0 8px 1.4em;padding:0}
.example-row button {white-space:normal !important;text-align:left;height:auto !important;line-height:1.3}
#app-title h2 {margin:4px 0}
#upload-status.error {border:2px solid #b91c1c;border-radius:8px;padding:6px 10px;background:#fef2f2;color:#7f1d1d}
@media (max-width: 640px) {
  #app-title h2 {font-size:1.15rem;line-height:1.3}
  .figures, .deals {font-size:12px}
  .intro {font-size:13px}
}
"""
# Keep a long answer's first line in view: scroll to the newest question, not to the last card.
SCROLL_TO_QUESTION_JS = """
() => {
  const rows = document.querySelectorAll('#chat .message-row.user-row, #chat [data-testid="user"]');
  const last = rows[rows.length - 1];
  if (last) { last.scrollIntoView({block: 'start'}); }
}
"""

# A refusal stays on the page in a red box (the toast fades).
MARK_UPLOAD_ERROR_JS = """
() => {
  const box = document.querySelector('#upload-status');
  if (box) { box.classList.toggle('error', / was not added|^A different |Choose a file/.test(box.innerText.trim())); }
}
"""


def intro_markdown(assistant: Assistant) -> str:
    """What the corpus covers, what the badges mean: read from the tables, never hard-coded."""
    tables = assistant.tables
    main = [deal for deal in tables.deals if deal.scope == "main"]
    years = sorted({deal.announced[:4] for deal in main})
    span = f"{years[0]}–{years[-1]}" if len(years) > 1 else (years[0] if years else "")
    latest = max((deal.announced for deal in tables.deals), default="")
    trackers = sorted({stat.reporter.split(" (")[0] for stat in tables.market_stats if stat.reporter})
    trackers = [name for name in trackers if not name.lower().startswith("unnamed")]
    badges = " · ".join(f"**{name}**: {meaning}" for name, meaning in ROUTE_MEANINGS.items())
    return (
        f"Cross-border out-licensing deals by Chinese drugmakers: **{len(main)} deals** from {span} "
        f"(latest {human_date(latest)}) plus {len(tables.deals) - len(main)} earlier or borderline ones, "
        f"**{len(assistant.docs)} articles**, and market totals as the trackers reported them "
        f"({', '.join(trackers[:6])}). Figures are computed from the deal table; everything else is quoted from "
        f"an article and cited.\n\nBadges under each answer: {badges}."
    )


class ChatApp:
    """Holds the assistant and the files the app writes; builds the Blocks."""

    def __init__(
        self,
        assistant: Assistant,
        feedback_path: Path,
        max_upload_bytes: int = 2_000_000,
        evals_dir: Path = Path("evals"),
        runs_dir: Path | None = None,
    ) -> None:
        self.assistant = assistant
        self.feedback_path = feedback_path
        self.max_upload_bytes = max_upload_bytes
        self.uploader = Uploader(assistant, max_upload_bytes)
        self._exports = Path(tempfile.mkdtemp(prefix="chat-exports-"))
        self.deals = DealsTab(lambda: self.assistant.tables)
        self.evals = EvalsTab(assistant, evals_dir, runs_dir or self._exports / "eval-runs")
        # The last verdict written per (session, turn, question, answer): the page can send one click twice.
        self._verdicts: dict[tuple[str, int, str, str], str] = {}
        self._verdicts_lock = threading.Lock()

    @property
    def _publishers(self) -> dict[str, str]:
        return {doc_id: meta.source for doc_id, meta in self.assistant.docs.items() if meta.source}

    # -- chat -----------------------------------------------------------------------
    def _rendered(self, answer: Answer, turn: int) -> str:
        return render_answer(answer, turn, self._paragraphs(answer), self._publishers)

    def respond(
        self, message: str, chat: list[dict[str, Any]], turns: list[dict[str, Any]]
    ) -> Iterator[tuple[Any, ...]]:
        message = (message or "").strip()
        if not message:
            yield chat, turns, "", turns
            return
        history = [Turn.model_validate(turn) for turn in turns]
        # The question is shown as text: whatever HTML it holds is escaped, never run.
        chat = [*chat, {"role": "user", "content": html.escape(message)}, {"role": "assistant", "content": "…"}]
        yield chat, turns, "", turns
        shown = ""
        for piece in self.assistant.stream(message, history):
            if isinstance(piece, Answer):
                chat[-1] = {"role": "assistant", "content": self._rendered(piece, len(turns) + 1)}
                turns = [*turns, {"question": message, "answer": piece.model_dump(mode="json")}]
            else:
                shown += piece
                chat[-1] = {"role": "assistant", "content": html.escape(shown)}
            yield chat, turns, "", turns

    def restore(self, saved: list[dict[str, Any]] | None) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The conversation kept in the browser, rendered again after a reload."""
        chat: list[dict[str, Any]] = []
        turns: list[dict[str, Any]] = []
        for turn in saved or []:
            try:
                answer = Answer.model_validate(turn["answer"])
                question = str(turn["question"])
            except (KeyError, TypeError, ValueError):
                continue  # a turn from an older page version: skip it rather than fail the page
            chat += [
                {"role": "user", "content": html.escape(question)},
                {"role": "assistant", "content": self._rendered(answer, len(turns) + 1)},
            ]
            turns.append({"question": question, "answer": answer.model_dump(mode="json")})
        return chat, turns

    @staticmethod
    def clear() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """The trash button: the conversation is gone for follow-ups, feedback and the browser store."""
        return [], []

    def _paragraphs(self, answer: Answer) -> dict[tuple[str, int], str]:
        found: dict[tuple[str, int], str] = {}
        for citation in answer.citations or answer.closest:
            text = self.assistant.paragraph_text(citation.doc_id, citation.paragraph)
            if text:
                found[(citation.doc_id, citation.paragraph)] = text
        return found

    def feedback(self, data: gr.LikeData, turns: list[dict[str, Any]], request: gr.Request) -> None:
        """Append question, answer and verdict to the feedback file (JSON lines)."""
        liked = data.liked
        # Gradio sends True/False for the thumbs and the option's text for a named option.
        if isinstance(liked, str):
            verdict = liked.strip().lower()
        else:
            verdict = "helpful" if liked is True else "wrong" if liked is False else ""
        if verdict not in ("helpful", "wrong"):
            return  # a verdict taken back: nothing to record
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        number = int(index) // 2
        if not 0 <= number < len(turns):
            return  # a message of a cleared conversation: never attach it to another turn
        turn = turns[number]
        answer = turn.get("answer")
        text = answer.get("answer", "") if isinstance(answer, dict) else str(answer or "")
        key = (str(getattr(request, "session_hash", "") or ""), number, str(turn.get("question", "")), text)
        with self._verdicts_lock:
            if self._verdicts.get(key) == verdict:
                return
            self._verdicts[key] = verdict
        append_feedback(self.feedback_path, verdict, str(turn.get("question", "")), text, via="webchat")  # type: ignore[arg-type]

    def export(self, turns: list[dict[str, Any]]) -> str | None:
        """The conversation as a Markdown file with its citations."""
        if not turns:
            gr.Info("Nothing to export yet: ask a question first.")
            return None
        path = self._exports / "deal-assistant-conversation.md"
        path.write_text(conversation_markdown(turns), encoding="utf-8")
        return str(path)

    def ask_api(self, question: str, earlier_questions: list[str] | None = None) -> str:
        """Question in (with the earlier questions of the conversation, oldest first), answer Markdown with numbered citations out."""
        history = [Turn(question=q) for q in earlier_questions or [] if q and q.strip()]
        return answer_markdown(self.assistant.ask(question, history))

    # -- upload ---------------------------------------------------------------------
    def upload(self, file_path: str | None, replace: bool, progress: gr.Progress = gr.Progress()) -> str:  # noqa: B008
        """Add an article file to the corpus and index it; returns what was done, in words."""

        def report(done: int, total: int) -> None:
            if total:
                progress(done / total, desc=f"embedding {done}/{total} chunks")

        outcome = self.uploader.add(file_path, bool(replace), progress=report)
        if outcome.ok:
            gr.Info(outcome.message)
        else:
            gr.Warning(outcome.message)
        return outcome.message

    # -- layout ---------------------------------------------------------------------
    def build_chat(self) -> None:
        gr.Markdown(intro_markdown(self.assistant), elem_classes=["intro"])
        chatbot = gr.Chatbot(
            height="calc(100vh - 330px)",
            min_height=380,
            sanitize_html=False,
            feedback_options=("helpful", "wrong"),
            autoscroll=False,
            elem_id="chat",
        )
        turns = gr.State([])
        saved = gr.BrowserState([], storage_key=STORAGE_KEY)
        question = gr.Textbox(
            placeholder="Ask about a deal, a company, a year…", show_label=False, elem_id="question", submit_btn=True
        )
        chat_io: tuple[list[Any], list[Any]] = ([question, chatbot, turns], [chatbot, turns, question, saved])
        with gr.Row(elem_classes=["example-row"]):
            for example in EXAMPLES:
                button = gr.Button(example, size="sm", elem_classes=["example"])
                button.click(lambda text=example: text, None, question, api_visibility="private").then(
                    self.respond, *chat_io, api_visibility="private"
                )
        with gr.Row():
            export_button = gr.Button("Export conversation as Markdown", size="sm", elem_id="export")
            exported = gr.File(label="Conversation", visible=True, elem_id="exported", height=60)
        question.submit(self.respond, *chat_io, api_visibility="private")
        chatbot.change(None, None, None, js=SCROLL_TO_QUESTION_JS)
        chatbot.clear(self.clear, None, [turns, saved], api_visibility="private")
        chatbot.like(self.feedback, [turns], None, api_visibility="private")
        export_button.click(self.export, [turns], [exported], api_visibility="private")
        gr.api(self.ask_api, api_name="ask")
        self._restore_on_load = (self.restore, [saved], [chatbot, turns])

    def build_upload(self) -> None:
        gr.Markdown(
            f"Upload an article ({ACCEPTED}; up to {self.max_upload_bytes / 1e6:.0f} MB). It is indexed right away "
            "and answerable in the chat. The same file twice is recognised; a changed file under a name already in "
            "the corpus replaces it only when you tick the box."
        )
        upload_file = gr.File(file_types=[*ACCEPTED.split(", ")], type="filepath", elem_id="upload")
        replace = gr.Checkbox(label="Replace the existing file", value=False, elem_id="upload-replace")
        upload_button = gr.Button("Add to the corpus", variant="primary")
        status = gr.Markdown(elem_id="upload-status")
        upload_button.click(self.upload, [upload_file, replace], [status], api_name="upload").then(
            None, None, None, js=MARK_UPLOAD_ERROR_JS
        )

    def tabs(self) -> list[tuple[str, Callable[[], None]]]:
        """Every tab, in order; a new tab is one more entry here."""
        return [
            ("Chat", self.build_chat),
            ("Deals", self.deals.build),
            ("Charts", lambda: build_charts(self.assistant.tables)),
            ("Add article", self.build_upload),
            ("Evals", self.evals.build),
            ("Review", ReviewTab(self.assistant).build),
        ]

    def build(self) -> gr.Blocks:
        with gr.Blocks(title="Deal assistant", fill_height=True) as app:
            gr.Markdown(
                "## Deal assistant: Chinese out-licensing deals, exact figures with sources", elem_id="app-title"
            )
            for title, build_tab in self.tabs():
                with gr.Tab(title):
                    build_tab()
            restore, inputs, outputs = self._restore_on_load
            app.load(restore, inputs, outputs, api_visibility="private")
        return app

    def launch(self, host: str, port: int, block: bool = True) -> gr.Blocks:
        self.uploader.warm_up()  # the first upload should not wait for the model
        app = self.build()
        app.queue(default_concurrency_limit=4)
        app.launch(
            server_name=host,
            server_port=port,
            prevent_thread_lock=not block,
            css=CSS,
            quiet=True,
            footer_links=["api"],
            max_file_size=self.max_upload_bytes,  # refused at the door, before Gradio stores it
        )
        return app


def launch(assistant: Assistant, host: str, port: int, feedback_path: Path, block: bool = True) -> gr.Blocks:
    chat = ChatApp(assistant, feedback_path, max_upload_bytes=min(assistant.settings.max_file_bytes, 2_000_000))
    return chat.launch(host, port, block)
