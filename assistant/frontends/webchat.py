"""The Gradio chat: streamed, cited answers with source cards; deals, charts and uploads.

A thin front end: answers come from ``Assistant.stream`` and nothing else.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from assistant.answer import Answer, Turn
from assistant.answering.assistant import Assistant
from assistant.corpus.documents import ARTICLE_SUFFIXES, SkippedFile, doc_id_for, load_article
from assistant.frontends.charts import deal_frame, market_frame, modality_frame, top_licensors_frame
from assistant.search.indexer import build_index

EXAMPLES = [
    "How much did Pfizer pay 3SBio upfront?",
    "What did Merck pay Chinese companies upfront in 2024, in total?",
    "What was the total value of Chinese out-licensing deals in 2025?",
    "Why are multinationals shopping for drugs in China?",
    "Which Chinese licensors had the largest deals in 2025?",
    "What happened to the ImmuneOnco–Axion deal?",
]
ROUTE_BADGES = {"table": "table", "text": "text", "table+text": "table + text", "none": "clarify"}
CSS = """
.route-badge {display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;background:#e8eefc;color:#1e3a8a;margin-right:6px}
.route-badge.abstained {background:#fdecec;color:#991b1b}
.resolved {font-size:12px;color:#555}
.source-card {border:1px solid #ddd;border-radius:8px;padding:8px 10px;margin:6px 0;font-size:13px;background:#fafafa}
.source-card mark {background:#fff3a3}
.figures {border-collapse:collapse;font-size:13px;margin:6px 0}
.figures td,.figures th {border:1px solid #ddd;padding:3px 6px}
"""


def _link_markers(text: str, turn: int) -> str:
    return re.sub(r"\[(\d+)\]", lambda m: f'<a href="#cite-{turn}-{m.group(1)}">[{m.group(1)}]</a>', html.escape(text))


def render_answer(
    answer: Answer, turn: int, paragraphs: dict[tuple[str, int], str], publishers: dict[str, str] | None = None
) -> str:
    """The answer as HTML: badge, resolved question, text with linked markers, figures, source cards."""
    badge_class = "route-badge abstained" if answer.abstained else "route-badge"
    badge = "not found" if answer.abstained else ROUTE_BADGES[answer.route]
    parts = [f'<span class="{badge_class}">{badge}</span>']
    if answer.standalone_question != answer.question:
        parts.append(f'<span class="resolved">Resolved: {html.escape(answer.standalone_question)}</span>')
    parts.append(f"<p>{_link_markers(answer.answer, turn)}</p>")
    if answer.figures:
        rows = "".join(
            f"<tr><td>{html.escape(f.label)}</td><td>{html.escape(f.display())}</td><td>{f.qualifier}</td>"
            f"<td>{''.join(f'[{n}]' for n in f.citations)}</td></tr>"
            for f in answer.figures
        )
        parts.append(
            f'<table class="figures"><tr><th>figure</th><th>value</th><th>qualifier</th><th>source</th></tr>{rows}</table>'
        )
    for citation in answer.citations or answer.closest:
        paragraph = paragraphs.get((citation.doc_id, citation.paragraph), citation.quote)
        body = html.escape(paragraph)
        quote = html.escape(citation.quote)
        body = body.replace(quote, f"<mark>{quote}</mark>", 1) if quote in body else f"<mark>{quote}</mark>"
        link = f' · <a href="{html.escape(citation.url)}" target="_blank">original source</a>' if citation.url else ""
        source = (publishers or {}).get(citation.doc_id, "")
        publisher = f" · {html.escape(source)}" if source else ""
        parts.append(
            f'<div class="source-card" id="cite-{turn}-{citation.n}"><b>[{citation.n}] {html.escape(citation.title)}</b>'
            f"<br><small>{html.escape(citation.published)}{publisher} · paragraph {citation.paragraph}{link}</small>"
            f"<div>{body}</div></div>"
        )
    return "\n".join(parts)


def answer_markdown(answer: Answer) -> str:
    """Plain Markdown for the /ask API: text with markers, then the numbered sources."""
    lines = [answer.answer, ""]
    for citation in answer.citations or answer.closest:
        lines.append(
            f'[{citation.n}] {citation.title} ({citation.published}), paragraph {citation.paragraph}: "{citation.quote}" {citation.url}'
        )
    return "\n".join(lines).strip()


class ChatApp:
    """Holds the assistant and the files the app writes; builds the Blocks."""

    def __init__(self, assistant: Assistant, feedback_path: Path, max_upload_bytes: int = 2_000_000) -> None:
        self.assistant = assistant
        self.feedback_path = feedback_path
        self.max_upload_bytes = max_upload_bytes
        self._upload_lock = threading.Lock()
        self._exports = Path(tempfile.mkdtemp(prefix="deal-exports-"))

    @property
    def _publishers(self) -> dict[str, str]:
        return {doc_id: meta.source for doc_id, meta in self.assistant.docs.items() if meta.source}

    # -- chat -----------------------------------------------------------------------
    def respond(
        self, message: str, chat: list[dict[str, Any]], turns: list[dict[str, Any]]
    ) -> Iterator[tuple[Any, ...]]:
        message = (message or "").strip()
        if not message:
            yield chat, turns, ""
            return
        history = [Turn.model_validate(turn) for turn in turns]
        chat = [*chat, {"role": "user", "content": message}, {"role": "assistant", "content": "…"}]
        yield chat, turns, ""
        shown = ""
        for piece in self.assistant.stream(message, history):
            if isinstance(piece, Answer):
                chat[-1] = {
                    "role": "assistant",
                    "content": render_answer(piece, len(turns) + 1, self._paragraphs(piece), self._publishers),
                }
                turns = [*turns, {"question": message, "answer": piece.model_dump(mode="json")}]
            else:
                shown += piece
                chat[-1] = {"role": "assistant", "content": html.escape(shown)}
            yield chat, turns, ""

    def _paragraphs(self, answer: Answer) -> dict[tuple[str, int], str]:
        found: dict[tuple[str, int], str] = {}
        for citation in answer.citations or answer.closest:
            text = self.assistant.paragraph_text(citation.doc_id, citation.paragraph)
            if text:
                found[(citation.doc_id, citation.paragraph)] = text
        return found

    def feedback(self, data: gr.LikeData, turns: list[dict[str, Any]]) -> None:
        """Append question, answer and verdict to the feedback file (JSON lines)."""
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        turn = turns[min(int(index) // 2, len(turns) - 1)] if turns else {}
        record = {
            "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "verdict": "helpful" if data.liked else "wrong",
            "question": turn.get("question", ""),
            "answer": (turn.get("answer") or {}).get("answer", "") if isinstance(turn.get("answer"), dict) else "",
        }
        self.feedback_path.parent.mkdir(parents=True, exist_ok=True)
        with open(self.feedback_path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    def ask_api(self, question: str) -> str:
        """Question in, answer Markdown with numbered citations out."""
        return answer_markdown(self.assistant.ask(question))

    # -- deals ----------------------------------------------------------------------
    def deals_view(self, company: str, year: str, modality: str, area: str) -> tuple[pd.DataFrame, str]:
        frame = deal_frame(self.assistant.tables)
        if company:
            frame = frame[
                frame["licensor"].str.contains(company, regex=False)
                | frame["licensee"].str.contains(company, regex=False)
            ]
        if year:
            frame = frame[frame["announced"].str.startswith(year)]
        if modality:
            frame = frame[frame["modality"] == modality]
        if area:
            frame = frame[frame["therapeutic_area"] == area]
        chosen = "-".join(doc_id_for(Path(value)) for value in (company, year, modality, area) if value)
        path = self._exports / f"deals{'-' + chosen if chosen else ''}.csv"
        frame.to_csv(path, index=False)
        return frame, str(path)

    # -- upload ---------------------------------------------------------------------
    def upload(self, file_path: str | None, progress: gr.Progress = gr.Progress()) -> str:  # noqa: B008
        if not file_path:
            return "Choose a file first."
        source = Path(file_path)
        if source.suffix.lower() not in ARTICLE_SUFFIXES:
            return f"{source.name}: unsupported file type; use {', '.join(ARTICLE_SUFFIXES)}."
        if source.stat().st_size > self.max_upload_bytes:
            return f"{source.name}: too large ({source.stat().st_size:,} bytes; limit {self.max_upload_bytes:,})."
        try:
            article = load_article(source, self.max_upload_bytes)
        except SkippedFile as skipped:
            return f"{source.name}: {skipped.reason}. Nothing was changed."
        documents = self.assistant.settings.documents_dir
        with self._upload_lock:
            target = documents / f"{doc_id_for(source)}{source.suffix.lower()}"
            number = 2
            while target.exists():
                target = documents / f"{doc_id_for(source)}-{number}{source.suffix.lower()}"
                number += 1
            shutil.copyfile(source, target)

            def report(done: int, total: int) -> None:
                if total:
                    progress(done / total, desc=f"embedding {done}/{total} chunks")

            from assistant.search.embeddings import load_embeddings

            settings = self.assistant.settings
            summary = build_index(
                settings, lambda: load_embeddings(settings.resolved_embedding_model_path()), progress=report
            )
            self.assistant.reload()
        return (
            f"Added {target.name} ({len(article.paragraphs)} paragraphs, {summary.chunks_embedded} chunks embedded in "
            f"{summary.seconds:.1f} s). It is answerable now."
        )

    # -- layout ---------------------------------------------------------------------
    def build(self) -> gr.Blocks:
        tables = self.assistant.tables
        companies = sorted({name for deal in tables.deals for name in [*deal.licensors, *deal.licensees]})
        years = sorted({deal.announced[:4] for deal in tables.deals}, reverse=True)
        modalities = sorted({deal.modality for deal in tables.deals if deal.modality})
        areas = sorted({deal.therapeutic_area for deal in tables.deals if deal.therapeutic_area})
        with gr.Blocks(title="Deal assistant") as app:
            gr.Markdown("## Deal assistant — Chinese out-licensing deals, exact figures with sources")
            with gr.Tab("Chat"):
                chatbot = gr.Chatbot(
                    height=520, sanitize_html=False, feedback_options=("helpful", "wrong"), elem_id="chat"
                )
                turns = gr.State([])
                question = gr.Textbox(
                    placeholder="Ask about a deal, a company, a year…",
                    show_label=False,
                    elem_id="question",
                    submit_btn=True,
                )
                gr.Examples(EXAMPLES, inputs=question)
                question.submit(
                    self.respond, [question, chatbot, turns], [chatbot, turns, question], api_visibility="private"
                )
                chatbot.like(self.feedback, [turns], None)
                gr.api(self.ask_api, api_name="ask")
            with gr.Tab("Deals"):
                with gr.Row():
                    company = gr.Dropdown(["", *companies], value="", label="Company")
                    year = gr.Dropdown(["", *years], value="", label="Year")
                    modality = gr.Dropdown(["", *modalities], value="", label="Modality")
                    area = gr.Dropdown(["", *areas], value="", label="Therapeutic area")
                initial, initial_csv = self.deals_view("", "", "", "")
                table = gr.Dataframe(initial, interactive=False, wrap=True)
                download = gr.DownloadButton("Download CSV", value=initial_csv)
                for control in (company, year, modality, area):
                    control.change(
                        self.deals_view, [company, year, modality, area], [table, download], api_visibility="private"
                    )
            with gr.Tab("Charts"):
                gr.Markdown("Reported totals (PharmCube NextPharma via Caixin): not sums of our table.")
                market = market_frame(tables)
                with gr.Row():
                    gr.BarPlot(
                        market, x="year", y="value_usd_billion", title="Reported deal value, $ billion", height=280
                    )
                    gr.BarPlot(market, x="year", y="deal_count", title="Reported number of deals", height=280)
                gr.BarPlot(
                    top_licensors_frame(tables),
                    x="licensor",
                    y="total_usd_billion",
                    title="Top licensors by headline value in our table, $ billion",
                    sort="-y",
                    x_label_angle=-30,
                    height=320,
                )
                gr.BarPlot(
                    modality_frame(tables),
                    x="modality",
                    y="deals",
                    color="year",
                    title="Modality mix by year (deals in our table)",
                    x_label_angle=-30,
                    height=320,
                )
            with gr.Tab("Add article"):
                gr.Markdown(
                    f"Upload .md, .txt, .html or .pdf (up to {self.max_upload_bytes // 1_000_000} MB). It is indexed right away."
                )
                upload_file = gr.File(file_types=list(ARTICLE_SUFFIXES), type="filepath", elem_id="upload")
                upload_button = gr.Button("Add to the corpus")
                upload_status = gr.Markdown(elem_id="upload-status")
                upload_button.click(self.upload, [upload_file], [upload_status], api_name="upload")
        return app


def launch(assistant: Assistant, host: str, port: int, feedback_path: Path, block: bool = True) -> gr.Blocks:
    app = ChatApp(assistant, feedback_path, max_upload_bytes=min(assistant.settings.max_file_bytes, 2_000_000)).build()
    app.queue(default_concurrency_limit=4)
    app.launch(
        server_name=host, server_port=port, prevent_thread_lock=not block, css=CSS, quiet=True, footer_links=["api"]
    )
    return app
