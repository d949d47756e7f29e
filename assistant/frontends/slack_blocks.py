"""An Answer as Slack Block Kit messages, within Slack's limits.

One message holds at most 50 blocks; a section's text at most 3,000 characters and a section
at most 10 fields of 2,000 characters each; a context element at most 2,000 characters and a
button value at most 2,000. A long answer is split across sections, and more blocks than one
message holds go out as several messages in the same thread, the feedback buttons on the last.
"""

from __future__ import annotations

import json
import re
from typing import Any

from assistant.answer import Answer

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_CONTEXT_TEXT = 2000
MAX_FALLBACK_TEXT = 3000
FEEDBACK_ACTIONS = ("feedback_helpful", "feedback_wrong")


def escape(text: str) -> str:
    """Slack's three control characters, escaped as its docs ask."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def plain_question(text: str) -> str:
    """A message's text without mentions, with links as their labels and entities decoded."""
    text = re.sub(r"<@[A-Z0-9]+(?:\|[^>]*)?>", " ", text)
    text = re.sub(r"<(?:https?|mailto):[^|>]*\|([^>]*)>", r"\1", text)
    text = re.sub(r"<((?:https?|mailto):[^>]*)>", r"\1", text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())


def split_text(text: str, limit: int) -> list[str]:
    """Pieces of at most ``limit`` characters, cut at a line break or a space where there is one."""
    pieces: list[str] = []
    while len(text) > limit:
        cut = max(text.rfind("\n", 0, limit), text.rfind(" ", 0, limit))
        if cut <= limit // 2:
            cut = limit
        pieces.append(text[:cut].rstrip())
        text = text[cut:].lstrip()
    if text or not pieces:
        pieces.append(text)
    return pieces


def _section(text: str) -> dict[str, Any]:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _sections(text: str) -> list[dict[str, Any]]:
    return [_section(piece) for piece in split_text(text, MAX_SECTION_TEXT)]


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def answer_blocks(answer: Answer) -> list[dict[str, Any]]:
    """Every block of the answer, before it is cut into messages."""
    blocks: list[dict[str, Any]] = _sections(escape(answer.answer))
    badge = "not found" if answer.abstained else {"none": "clarify"}.get(answer.route, answer.route)
    read_as = answer.interpretation or answer.standalone_question
    blocks.append(
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": _clip(f"_{badge}_ · {escape(read_as)}", MAX_CONTEXT_TEXT)}],
        }
    )
    fields = [
        {
            "type": "mrkdwn",
            "text": _clip(
                f"*{escape(figure.label)}*\n{escape(figure.display())}"
                + (" " + "".join(f"[{n}]" for n in figure.citations) if figure.citations else ""),
                MAX_FIELD_TEXT,
            ),
        }
        for figure in answer.figures
    ]
    for start in range(0, len(fields), MAX_FIELDS):
        blocks.append({"type": "section", "fields": fields[start : start + MAX_FIELDS]})
    sources = answer.citations or answer.closest
    if sources:
        blocks.append({"type": "divider"})
    for citation in sources:
        title = escape(citation.title)
        link = f"<{citation.url}|{title}>" if citation.url else title
        dated = f" ({citation.published})" if citation.published else ""
        quote = "\n".join("> " + line for line in escape(citation.quote).splitlines() or [""])
        blocks += _sections(f"*[{citation.n}]* {link}{dated}, paragraph {citation.paragraph}\n{quote}")
    return blocks


def feedback_block(question: str) -> dict[str, Any]:
    """Helpful / wrong buttons; the question rides in the value, the answer is the message's text."""
    value = json.dumps({"q": question[:1500]}, ensure_ascii=False)
    while len(value) > MAX_FIELD_TEXT:  # escapes can lengthen the JSON
        question = question[: len(question) * 3 // 4]
        value = json.dumps({"q": question}, ensure_ascii=False)
    return {
        "type": "actions",
        "elements": [
            {
                "type": "button",
                "action_id": action,
                "text": {"type": "plain_text", "text": "Helpful" if action == "feedback_helpful" else "Wrong"},
                "value": value,
                **({"style": "primary"} if action == "feedback_helpful" else {}),
            }
            for action in FEEDBACK_ACTIONS
        ],
    }


def answer_messages(answer: Answer) -> list[dict[str, Any]]:
    """The answer as one or more messages (``text`` fallback + ``blocks``), each within 50 blocks."""
    blocks = [*answer_blocks(answer), feedback_block(answer.question)]
    text = _clip(answer.answer, MAX_FALLBACK_TEXT)
    return [{"text": text, "blocks": blocks[start : start + MAX_BLOCKS]} for start in range(0, len(blocks), MAX_BLOCKS)]
