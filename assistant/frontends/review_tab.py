"""The Review tab: each deal row the extractor proposed, beside the sentences its figures come from.

Approve makes a row answer like a curated one (and teaches the router its company names);
reject keeps it out of every answer; an edited figure must still be stated by its quote.
Every action reloads the assistant, so the next answer sees it.
"""

from __future__ import annotations

import html
from typing import Any

import gradio as gr

from assistant.answering.assistant import Assistant
from assistant.corpus import extracted
from assistant.corpus.provenance import ProvenanceResolver, paragraph_of
from assistant.corpus.tables import MONEY_FIELDS
from assistant.errors import AssistantError

_STATUS_WORDS = {"extracted": "awaiting review", "approved": "approved", "rejected": "rejected"}


def _highlighted(paragraph: str, quote: str) -> str:
    """The paragraph escaped, with the quoted sentence marked."""
    start = paragraph.find(quote)
    if start < 0:
        return html.escape(paragraph)
    end = start + len(quote)
    return html.escape(paragraph[:start]) + f"<mark>{html.escape(quote)}</mark>" + html.escape(paragraph[end:])


def row_html(row: dict[str, str], resolver: ProvenanceResolver) -> str:
    """One proposed row: parties, date, status, and each figure beside its paragraph with the sentence marked."""
    status = _STATUS_WORDS[row["review_status"]]
    if row["conflict"]:
        status += f"; reports curated deal {row['conflict']} (the curated row stands)"
    parts = [
        f'<div class="review-row" id="review-{html.escape(row["deal_id"])}">',
        f"<h4>{html.escape(row['licensor'])} → {html.escape(row['licensee'])}, {html.escape(row['announced'])}</h4>",
        f"<p>{html.escape(row['deal_id'])} · {html.escape(status)} · asset {html.escape(row['asset'] or '—')} · "
        f"from {html.escape(row['doc_id'])} · extractor {html.escape(row['extractor_version'])}</p>",
    ]
    if row["notes"]:
        parts.append(f"<p><em>{html.escape(row['notes'])}</em></p>")
    article = resolver.article(row["doc_id"])
    parts.append('<table class="figures"><tr><th>figure</th><th>value</th><th>where the article says it</th></tr>')
    for name in MONEY_FIELDS:
        quote = row[f"{name}_quote"]
        where = "not stated"
        if quote and article is not None and (number := paragraph_of(article, quote)):
            where = f"paragraph {number}: " + _highlighted(article.paragraphs[number - 1], quote)
        parts.append(f"<tr><td>{name}</td><td>{html.escape(extracted.row_figure(row, name))}</td><td>{where}</td></tr>")
    parts.append("</table></div>")
    return "".join(parts)


class ReviewTab:
    """Lists the extracted rows and acts on one of them."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    @property
    def _folder(self) -> Any:
        return self.assistant.settings.documents_dir

    def view(self, show_all: bool = True) -> tuple[str, Any]:
        rows = extracted.load_rows(self._folder)
        if not show_all:
            rows = [r for r in rows if r["review_status"] == "extracted"]
        resolver = ProvenanceResolver(self._folder, self.assistant.settings.max_file_bytes)
        if not rows:
            body = "<p>No deal rows have been extracted. Add an article about a new deal to see its terms here.</p>"
        else:
            body = "".join(row_html(row, resolver) for row in rows)
        ids = [row["deal_id"] for row in rows]
        return body, gr.update(choices=ids, value=ids[0] if ids else None)

    def act(
        self, deal_id: str | None, action: str, field: str | None, value: str, show_all: bool
    ) -> tuple[str, Any, str]:
        """Approve, reject or edit ``deal_id``; the message says what happened or why not."""
        if not deal_id:
            body, ids = self.view(show_all)
            return body, ids, "Choose a row first."
        try:
            if action == "edit":
                if not field:
                    raise AssistantError("review_field", "choose the field to change")
                extracted.edit(self._folder, deal_id, field, value, self.assistant.settings.max_file_bytes)
                message = f"{deal_id}: {field} set to {value!r}."
            else:
                status = "approved" if action == "approve" else "rejected"
                extracted.review(self._folder, deal_id, status)  # type: ignore[arg-type]
                message = f"{deal_id} {status}."
            self.assistant.reload()
        except AssistantError as error:
            message = f"Nothing was changed: {error.message}."
        body, ids = self.view(show_all)
        return body, ids, message

    def build(self) -> None:
        gr.Markdown(
            "Deal rows proposed from added articles. Until approved, answers that use one say it comes "
            '"from an automatically extracted, unreviewed row". Each figure is shown with its sentence marked.'
        )
        show_all = gr.Checkbox(label="Show reviewed rows too", value=True)
        ids = [row["deal_id"] for row in extracted.load_rows(self._folder)]
        with gr.Row():
            chosen = gr.Dropdown(ids, value=ids[0] if ids else None, label="Row", elem_id="review-row")
            approve = gr.Button("Approve", variant="primary", elem_id="review-approve")
            reject = gr.Button("Reject", elem_id="review-reject")
        with gr.Row():
            field = gr.Dropdown(extracted.EDITABLE, label="Field to edit")
            value = gr.Textbox(label="New value")
            save = gr.Button("Save edit")
        message = gr.Markdown(elem_id="review-message")
        # A callable value is re-read each time the page opens, so rows extracted since the start show up.
        body = gr.HTML(lambda: self.view(True)[0], elem_id="review-rows")
        refresh = gr.Button("Refresh")
        for trigger in (refresh.click, show_all.change):
            trigger(self.view, [show_all], [body, chosen], api_visibility="private")
        approve.click(
            lambda d, f, v, s: self.act(d, "approve", f, v, s),
            [chosen, field, value, show_all],
            [body, chosen, message],
            api_name="review_approve",
        )
        reject.click(
            lambda d, f, v, s: self.act(d, "reject", f, v, s),
            [chosen, field, value, show_all],
            [body, chosen, message],
            api_name="review_reject",
        )
        save.click(
            lambda d, f, v, s: self.act(d, "edit", f, v, s),
            [chosen, field, value, show_all],
            [body, chosen, message],
            api_visibility="private",
        )
