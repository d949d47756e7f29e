"""A plain PharmCube whole-year figure is its mainland series: "pharmcube 2025 total $ + deal count".

PharmCube's figures reach the corpus through two outlets with two scopes: Caixin carries the NextPharma
mainland series (157 deals, $135.7bn for 2025) and Reuters the Greater China one (186 deals, $137.7bn). The
reporter read from "PharmCube" matches both, so every whole-year answer set the Greater China series beside
the mainland one, which three outsider writers forbade: a reader quoting "PharmCube's 2025 figure" means the
one Caixin and the trade press repeat. A product decision (session 23): the ``market_stat`` call of a bare
"PharmCube" for a whole year asks for the mainland series when that series holds the figure, unless the
question says Greater China, Hong Kong, Macau or Taiwan, Reuters, 186 or 137.7, or asks why the figures
differ. A span the mainland series does not cover ("2026 ytd") keeps the Greater China series, the only one.
"""

from __future__ import annotations

import re

from assistant.corpus.tables import MarketStat
from assistant.tools.schema import ToolCall

MAINLAND_SERIES = "PharmCube NextPharma"  # matches "PharmCube NextPharma (via Caixin)" in market_stats.csv
# The words that ask for the other series, or for both: its scope, its outlet, its figures, or why they differ.
_OTHER_SERIES_RE = re.compile(
    r"\bgreater[\s-]+china\b|\bGC\b|\bhong\s*kong\b|\bH\.?K\b|\bmaca[uo]\b|\btaiwan\b|\breuters\b"
    r"|\b186\b|\b137\.7|大中华|大中華|港澳台|香港|澳门|澳門|台湾|台灣|路透"
    r"|\bdiffer|\bdiscrepan|\bdisagree|\bmismatch|\bdon'?t (?:match|agree|line up)|\bwhy\b.*\b(?:two|both)\b"
    r"|\b(?:both|two|each|all|every|other)\s+(?:of\s+(?:its|the|pharmcube'?s)\s+)?(?:series|scopes|figures|versions)\b",
    re.IGNORECASE,
)
_BARE_REPORTER = "pharmcube"


def mainland_default(calls: list[ToolCall], question: str, stats: list[MarketStat], before: str = "") -> list[ToolCall]:
    """Each whole-year ``market_stat`` call of a bare "PharmCube" asks for the mainland series, unless the
    question, or the turn before it (``before``: an earlier part of one question, "…186 for Greater China - how
    far apart, and the total value for each?"), asks for the other series; ``stats`` are market_stats.csv's rows
    (the mainland series must hold the figure)."""
    if _OTHER_SERIES_RE.search(question) or _OTHER_SERIES_RE.search(before):
        return calls
    out = []
    for call in calls:
        args = call.args
        period = str(args.get("period") or "")
        if (
            call.tool == "market_stat"
            and str(args.get("reporter") or "").strip().lower() == _BARE_REPORTER
            and not args.get("compare_reporter")
            and not args.get("subject")
            and len(period) == 4
            and period.isdigit()
            and _mainland_holds(stats, str(args.get("metric") or ""), period)
        ):
            call = ToolCall(tool=call.tool, args={**args, "reporter": MAINLAND_SERIES})
        out.append(call)
    return out


def _mainland_holds(stats: list[MarketStat], metric: str, period: str) -> bool:
    return any(
        stat.metric == metric and stat.period == period and stat.reporter.startswith(MAINLAND_SERIES) for stat in stats
    )
