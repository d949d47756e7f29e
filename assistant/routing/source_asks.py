"""Where a tracker's figure comes from, said with a count or a misattribution (outsider102, a fact-checker):

- "Where does the 186-deal count for 2025 come from? The draft quotes 'PharmCube: 186 deals worth $135.7bn'.": the
  count quoted is held by one series only (PharmCube's Greater China one, via Reuters), so that series answers, its
  value beside its count ($137.7bn), and the draft's $135.7bn is seen to be the other series'. ``figure_source``
  reads a quoted money figure only, and a tracker named ("PharmCube") matched both series, the mainland one first.
- "The draft: '$135.7 billion … according to NMPA data.' Whose figure is it, properly attributed?": the tracker the
  draft credits is the claim checked, no filter; every tracker reporting the figure is given (PharmCube's NextPharma
  first), not the credited one alone.
Each only when the question asks a figure's source (``figure_source.SOURCE_RE``) and every call is a tracker's.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.corpus.tables import MarketStat
from assistant.money import find_money
from assistant.routing.figure_source import SOURCE_RE, holds
from assistant.tools.market import PREFERRED_REPORTER
from assistant.tools.schema import ToolCall

# "the 186-deal count", "186 deals", "157 transactions"
_COUNT_RE = re.compile(r"\b(\d{2,4})[\s-]+(?:deals?|transactions?|agreements?)\b", re.IGNORECASE)


def _market_only(calls: list[ToolCall]) -> bool:
    return bool(calls) and all(call.tool == "market_stat" and not call.args.get("compare_reporter") for call in calls)


def count_sourced(calls: list[ToolCall], question: str, stats: list[MarketStat]) -> list[ToolCall]:
    """Every tracker call asks the series whose row holds the count ``question`` quotes and asks the source of."""
    counts = {Decimal(found.group(1)) for found in _COUNT_RE.finditer(question)}
    if len(counts) != 1 or not SOURCE_RE.search(question) or not _market_only(calls):
        return calls
    periods = {str(call.args.get("period") or "") for call in calls}
    rows = [
        stat
        for stat in stats
        if stat.metric == "deal_count" and stat.value in counts and (stat.period in periods or periods == {""})
    ]
    reporters = {row.reporter for row in rows}
    if len(reporters) != 1:
        return calls
    reporter = reporters.pop()
    said = [str(call.args.get("reporter") or "") for call in calls]
    if not all(name.lower() in reporter.lower() for name in said):
        return calls  # a tracker named that is no part of the series holding the count
    return [ToolCall(tool=call.tool, args={**call.args, "reporter": reporter}) for call in calls]


def credit_checked(calls: list[ToolCall], question: str, stats: list[MarketStat]) -> list[ToolCall]:
    """Tracker calls asking the tracker a quoted money figure is credited to ask every tracker, when ``question``
    asks whose figure it is and another tracker's row holds it too."""
    figures = [Decimal(m.amount) for m in find_money(question) if m.amount is not None]
    if len(figures) != 1 or not SOURCE_RE.search(question) or not _market_only(calls):
        return calls
    out = []
    for call in calls:
        reporter = str(call.args.get("reporter") or "")
        metric, period = call.args.get("metric"), str(call.args.get("period") or "")
        holders = {
            stat.reporter
            for stat in stats
            if stat.metric == "total_value" and holds(stat, figures[0]) and (not period or stat.period == period)
        }
        if (
            reporter
            and metric in ("total_value", "deal_count")
            and any(reporter.lower() not in h.lower() for h in holders)
        ):
            call = ToolCall(tool=call.tool, args={k: v for k, v in call.args.items() if k != "reporter"})
        out.append(call)
    return out


# "which trackers are these", "whose figures are they": the sources of several quoted figures
_WHICH_TRACKERS_RE = re.compile(
    r"\b(?:which|what)\s+(?:trackers?|sources?|outlets?|databases?)\s+(?:are|is|were|was)\s+(?:these|those|they|it|that|"
    r"this)\b|\bwhose\s+(?:figures|numbers|totals)\b",
    re.IGNORECASE,
)


def figures_sourced(calls: list[ToolCall], question: str, stats: list[MarketStat]) -> list[ToolCall]:
    """One tracker call naming no tracker, for a question quoting two figures or more and asking whose they are
    ("We quote $55.4bn … another article says $51.9bn. Which trackers are these?"): a call for each figure, asking
    the tracker whose row holds it (the preferred series when several do), so each figure is stated with its source."""
    if len(calls) != 1 or not _market_only(calls) or calls[0].args.get("reporter") or calls[0].args.get("derive"):
        return calls
    if not (SOURCE_RE.search(question) or _WHICH_TRACKERS_RE.search(question)):
        return calls
    figures = list(dict.fromkeys(Decimal(m.amount) for m in find_money(question) if m.amount is not None))
    args = calls[0].args
    period = str(args.get("period") or "")
    if len(figures) < 2 or not period:
        return calls
    reporters = []
    for figure in figures:
        holders = [
            stat.reporter
            for stat in stats
            if stat.metric == args.get("metric") and stat.period == period and holds(stat, figure)
        ]
        if not holders:
            return calls
        reporters.append(PREFERRED_REPORTER if PREFERRED_REPORTER in holders else holders[0])
    return [ToolCall(tool="market_stat", args={**args, "reporter": name}) for name in dict.fromkeys(reporters)]
