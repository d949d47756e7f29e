"""How an Answer reads in the chat: escaped, in human words, with one date format.

Everything a user or an article wrote is escaped before it reaches the page; only http(s)
addresses become links. Field names (``up_to``, ``total_value``) and ISO dates never reach
the reader: ``human_text`` rewrites them as people write them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from assistant.answer import Answer, Citation
from assistant.dates import human_date
from assistant.text import field_words, split_sentences

ROUTE_BADGES = {"table": "table", "text": "text", "table+text": "table + text", "none": "clarify"}
ROUTE_MEANINGS = {
    "table": "figures read or computed from the deal table",
    "text": "sentences quoted from the articles",
    "table + text": "figures from the table, with the articles' explanation",
    "clarify": "the question needs one more detail before it can be answered",
    "not found": "the indexed articles and tables do not answer it; related articles are listed",
}
QUALIFIER_WORDS = {
    "exact": "as stated",
    "up_to": "up to",
    "approx": "about",
    "at_least": "at least",
    "incl_near_term": "including near-term payments",
    "undisclosed": "not disclosed",
}
# "sum of total, Hengrui, ..." in a figure label: the metric as a noun phrase.
_METRIC_NOUNS = {
    "total": "total deal values",
    "upfront": "upfront payments",
    "milestones": "milestone payments",
    "equity": "equity investments",
}
_UNNAMED_SOURCE_RE = re.compile(r"Unnamed public page(?: \([^)]*\))?")
_ISO_DATE_RE = re.compile(r"(?<![\w-])(\d{4}-\d{2}-\d{2})(?![\w-])")
_SAID_TWICE_RE = re.compile(r"(\d{1,2} [A-Z][a-z]+ \d{4}) \((\d{4}-\d{2}-\d{2})\)")
_METRIC_LABEL_RE = re.compile(r"\b(sum|average|min|max) of (total|upfront|milestones|equity)\b")
_ORDINAL_SENTENCE_RE = re.compile(
    r"^(First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|\d{1,2}(?:st|nd|rd|th)), "
)
# "…, in order: First, X …": the list starts after the colon.
_LIST_START_RE = re.compile(r"(?<=:)\s+(?=First, )")
_MARKER_RE = re.compile(r"\[(\d+)\]")  # the composer writes [1][2], never [1, 2]


def human_text(text: str) -> str:
    """ISO dates as "20 May 2025", field names as words, no "Unnamed public page"."""
    text = _UNNAMED_SOURCE_RE.sub("an unnamed public source", text)
    # "closed on 20 December 2024 (2024-12-20)": the ISO form beside the same date in words is dropped, not said twice
    text = _SAID_TWICE_RE.sub(lambda m: m.group(1) if human_date(m.group(2)) == m.group(1) else m.group(0), text)
    text = _ISO_DATE_RE.sub(lambda m: human_date(m.group(1)), text)
    text = _METRIC_LABEL_RE.sub(lambda m: f"{m.group(1)} of {_METRIC_NOUNS[m.group(2)]}", text)
    return field_words(text)


def safe_url(url: str | None) -> str | None:
    """The address when it is an http(s) web address; None for javascript:, data:, file: and the rest."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def _linked(text: str, turn: int) -> str:
    """Escaped text with each [n] a link to its source card."""
    return _MARKER_RE.sub(
        lambda m: f'<a class="cite" href="#cite-{turn}-{m.group(1)}">[{m.group(1)}]</a>', escape(human_text(text))
    )


def answer_body(text: str, turn: int) -> str:
    """The answer text as HTML; a ranking's "First, … Second, …" sentences become a numbered list."""
    blocks: list[str] = []
    prose: list[str] = []
    items: list[str] = []

    def flush_prose() -> None:
        if prose:
            blocks.append(f"<p>{_linked(' '.join(prose), turn)}</p>")
            prose.clear()

    def flush_items() -> None:
        if items:
            blocks.append('<ol class="ranking">' + "".join(f"<li>{item}</li>" for item in items) + "</ol>")
            items.clear()

    sentences = [piece for sentence in split_sentences(text) for piece in _LIST_START_RE.split(sentence) if piece]
    for sentence in sentences:
        match = _ORDINAL_SENTENCE_RE.match(sentence)
        if match:
            flush_prose()
            items.append(_linked(sentence[match.end() :], turn))
        else:
            flush_items()
            prose.append(sentence)
    flush_items()
    flush_prose()
    return "\n".join(blocks)


def _badge(answer: Answer) -> str:
    name = "not found" if answer.abstained else ROUTE_BADGES[answer.route]
    css = "route-badge abstained" if answer.abstained else "route-badge"
    return f'<span class="{css}" title="{escape(ROUTE_MEANINGS[name])}">{name}</span>'


def _markers(numbers: Sequence[int], turn: int) -> str:
    return "".join(f'<a class="cite" href="#cite-{turn}-{n}">[{n}]</a>' for n in numbers)


def _figures_table(answer: Answer, turn: int) -> str:
    rows = "".join(
        f"<tr><td>{escape(human_text(f.label))}</td><td class='num'>{escape(f.display())}</td>"
        f"<td>{escape(QUALIFIER_WORDS.get(f.qualifier, f.qualifier))}</td>"
        f"<td>{_markers(f.citations, turn)}</td></tr>"
        for f in answer.figures
    )
    return (
        '<div class="figures-wrap"><table class="figures"><tr><th>Figure</th><th>Value</th><th>Stated as</th>'
        f"<th>Source</th></tr>{rows}</table></div>"
    )


def _source_line(citation: Citation, publisher: str) -> str:
    parts = [escape(human_date(citation.published))] if citation.published else []
    if publisher:
        parts.append(escape(human_text(publisher)))
    url = safe_url(citation.url)
    if url:
        parts.append(f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer">original source</a>')
    elif citation.url:
        parts.append(f"source given as text: {escape(citation.url)}")
    return " · ".join(parts)


def render_answer(
    answer: Answer, turn: int, paragraphs: dict[tuple[str, int], str], publishers: dict[str, str] | None = None
) -> str:
    """The answer as HTML: badge, resolved question, text, figures, then source cards or related articles."""
    publishers = publishers or {}
    parts = [_badge(answer)]
    if answer.standalone_question != answer.question:
        parts.append(f'<span class="resolved">Understood as: {escape(human_text(answer.standalone_question))}</span>')
    parts.append(answer_body(answer.answer, turn))
    if answer.figures:
        parts.append(_figures_table(answer, turn))
    if answer.abstained and answer.closest:
        # Not evidence: the nearest articles, without numbers or highlighted sentences.
        items = "".join(
            f"<li><b>{escape(c.title)}</b><br><small>{_source_line(c, publishers.get(c.doc_id, ''))}</small></li>"
            for c in answer.closest
        )
        parts.append(f'<div class="related"><div class="related-head">Related articles</div><ul>{items}</ul></div>')
        return "\n".join(parts)
    # One card per paragraph: the sentences its markers cite are each highlighted in it, and every marker
    # that cites it links to it (a deal's terms cite three sentences of one paragraph: one card, not three).
    cards: dict[tuple[str, int], list[Citation]] = {}
    for citation in answer.citations:
        cards.setdefault((citation.doc_id, citation.paragraph), []).append(citation)
    for (doc_id, number), cited in cards.items():
        first = cited[0]
        body = _highlighted(paragraphs.get((doc_id, number), ""), [c.quote for c in cited])
        line = _source_line(first, publishers.get(doc_id, ""))
        anchors = "".join(f'<span id="cite-{turn}-{c.n}"></span>' for c in cited[1:])
        markers = "".join(f"[{c.n}]" for c in cited)
        parts.append(
            f'<div class="source-card" id="cite-{turn}-{first.n}">{anchors}<b>{markers} {escape(first.title)}</b>'
            f"<br><small>{line} · paragraph {number}</small><div>{body}</div></div>"
        )
    return "\n".join(parts)


def _highlighted(paragraph: str, quotes: list[str]) -> str:
    """``paragraph`` escaped, each quote found in it marked (overlapping quotes marked once); a quote
    not found in it is shown marked after it."""
    spans: list[tuple[int, int]] = []
    missing: list[str] = []
    for quote in dict.fromkeys(quotes):
        at = paragraph.find(quote) if quote else -1
        if at < 0:
            missing.append(quote)
        else:
            spans.append((at, at + len(quote)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    out, done = [], 0
    for start, end in merged:
        out.append(f"{escape(paragraph[done:start])}<mark>{escape(paragraph[start:end])}</mark>")
        done = end
    out.append(escape(paragraph[done:]))
    out.extend(f" <mark>{escape(quote)}</mark>" for quote in missing)
    return "".join(out).strip()


def _citation_line(citation: Citation, numbered: bool) -> str:
    date = f" ({human_date(citation.published)})" if citation.published else ""
    url = safe_url(citation.url)
    link = f" <{url}>" if url else ""
    head = f"[{citation.n}] " if numbered else "- "
    return f'{head}{citation.title}{date}, paragraph {citation.paragraph}: "{citation.quote}"{link}'


def answer_markdown(answer: Answer) -> str:
    """Plain Markdown for the /ask API and exports: text with markers, then the numbered sources
    (or, under a refusal, the related articles)."""
    lines = [human_text(answer.answer), ""]
    if answer.abstained and answer.closest:
        lines.append("Related articles:")
        lines += [_citation_line(c, numbered=False) for c in answer.closest]
    else:
        lines += [_citation_line(c, numbered=True) for c in answer.citations]
    return "\n".join(lines).strip()


def conversation_markdown(turns: Sequence[dict[str, Any]]) -> str:
    """A whole conversation as Markdown, each answer with its citations."""
    parts = ["# Deal assistant conversation", ""]
    for number, turn in enumerate(turns, start=1):
        raw = turn.get("answer")
        parts.append(f"## {number}. {turn.get('question', '')}")
        parts.append("")
        if isinstance(raw, dict):
            answer = Answer.model_validate(raw)
            if answer.standalone_question != answer.question:
                parts += [f"_Understood as: {human_text(answer.standalone_question)}_", ""]
            parts.append(answer_markdown(answer))
        else:
            parts.append(str(raw or ""))
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"
