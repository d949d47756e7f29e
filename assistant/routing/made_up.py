"""Which deals make up a figure: "Caixin credits Hengrui with $16.7bn of cross-border deals in 2025. Which deals make
that up?" (outsider102).

A tracker reports one total, never the deals behind it, so the question was given the tracker's market total again
(and its follow-up, "of those deals, which carried the biggest upfront?", ranked every 2025 deal). Only our rows are
deals: a question asking which deals make up, account for or add up to a figure asks for our rows of the company
and period named, listed, whatever tracker it quotes (``deals_making_up``), after the tracker's own figure for that
company when it quotes one (``tracker_figure_beside``). "How much do the deals add up to?" asks a sum, no such list.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.corpus.tables import MarketStat
from assistant.routing.wording import REPORTER_RE
from assistant.tools.schema import ToolCall

# "which (of Hengrui's) deals", "what 2025 transactions": the deals asked about, before what they do to the figure
_WHICH_DEALS = (
    r"\b(?:which|what)\s+(?:(?!(?:did|do|does|have|has|had|were|was|are|is)\b)\w+\s+){0,2}?"
    r"(?:deals?|transactions?|agreements?)\s+(?:\w+\s+)?"
)
_MADE_UP_RE = re.compile(
    rf"{_WHICH_DEALS}(?:make|made|makes|making|add|adds|added|sum|go|went)\s+(?:(?:that|it|this|those|these|the\s+\w+)\s+)?up\b|"
    rf"{_WHICH_DEALS}(?:account(?:s|ed)? for|(?:are|were|is|was)\s+(?:behind|in|included in)|comprise|constitute|underlie)\b",
    re.IGNORECASE,
)


def deals_making_up(slots: Any, text: str) -> None:
    """Mark ``slots`` (``intents.Slots``) as a list of our rows when ``text`` asks which deals make up a figure."""
    if _MADE_UP_RE.search(text) and not slots.count:
        slots.in_table = True
        if slots.op is None:
            slots.op = "find"


def tracker_figure_beside(calls: list[ToolCall], question: str, stats: list[MarketStat]) -> list[ToolCall]:
    """The tracker's own figure for the company listed, before our rows, when ``question`` quotes the tracker and
    asks which deals make it up (``stats``: market_stats.csv's rows, which must hold that figure)."""
    tracker = REPORTER_RE.search(question)
    if not tracker or not _MADE_UP_RE.search(question) or len(calls) != 1 or calls[0].tool != "find_deals":
        return calls
    deal_filter = calls[0].args.get("filter") or {}
    company, year = deal_filter.get("licensor"), str(deal_filter.get("year") or "")
    held = any(
        stat.metric == "company_total_value" and stat.subject == company and stat.period == year for stat in stats
    )
    if not (company and year and held):
        return calls
    args = {"metric": "company_total_value", "period": year, "subject": company, "reporter": tracker.group(1)}
    return [ToolCall(tool="market_stat", args=args), *calls]
