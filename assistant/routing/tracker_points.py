"""How many points a tracker's share moved between the two periods it reported it for.

"China's share of global out-licensing deal value, Q1 2025 vs 2023-24 per Vision Lifesciences - how many points
higher?", "china share of global out-lic value Q1 25 vs 23-24 - chg in pts?": a share (a metric whose rows in
``market_stats.csv`` are in percent) asked as a change between two periods. It had been read as the share for 2023
alone (none reported, so a refusal) or as both shares with no change. When one tracker reports the share for
exactly two periods and the question names a year of each, the plan is that tracker's ``difference`` from the
earlier period to the later one: a share moves in percentage points (32% - 21% = 11 points), never in percent.
A share reported without a period (Vision's "about 90% of ADC licensing") is never one of the two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.corpus.tables import MarketStat
from assistant.routing.plan import Plan
from assistant.routing.tracker_gaps import named_trackers
from assistant.tools.market import metric_words
from assistant.tools.quantities import period_words
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# a change asked: "how many points higher", "chg in pts", "by how much did it rise", "the difference"
_CHANGE_RE = re.compile(
    r"\b(?:points?|pts|pp|chg|chang\w*|differen\w*|gap|how much (?:higher|lower|more|less|bigger|smaller)|"
    r"ris\w*|rose|grew|gain\w*|fell|fall\w*|dropp?\w*|mov\w*|shift\w*|increas\w*|decreas\w*)\b",
    _I,
)
# a change said in points: the one word that makes a text-routed question a share's move
_POINTS_RE = re.compile(r"\b(?:points?|pts|pp|percentage points?)\b", _I)
_TWO_RE = re.compile(r"\b(?:vs\.?|versus|from|against|compared|to|then|and)\b", _I)


def _years(period: str) -> set[str]:
    """The years a period names: "2023-01/2024-12" → {"2023", "2024"}; "2025-Q1" → {"2025"}."""
    return set(re.findall(r"(?:19|20)\d\d", period))


def _said(year: str, question: str) -> bool:
    """``question`` names ``year`` in full or by its last two digits ("Q1 25", "23-24")."""
    return bool(re.search(rf"(?<![\d.$])(?:{year[:2]})?{year[2:]}(?![\d%])", question))


def _metric(plan: Plan, stats: Sequence[MarketStat]) -> str | None:
    """The share the plan asks: its market call's metric; for a plan sent to the articles ("Vision Lifesciences'
    China slice of global value ... the gap in points?"), the one percent metric of the tracker it names."""
    calls = plan.tool_calls
    if calls:
        single = all(call.tool == "market_stat" and not call.args.get("subject") for call in calls)
        return str(calls[0].args.get("metric")) if single and plan.route in ("table", "text") else None
    named = named_trackers(plan.question)
    if plan.route != "text" or len(named) != 1 or not _POINTS_RE.search(plan.question):
        return None
    shares = {s.metric for s in stats if s.unit == "percent" and s.period and named[0].lower() in s.reporter.lower()}
    return next(iter(shares)) if len(shares) == 1 else None


def share_points(plan: Plan, stats: Sequence[MarketStat]) -> Plan:
    """``plan`` as the points a tracker's share moved between its two reported periods, when that is asked."""
    if plan.tool_calls and plan.tool_calls[0].args.get("derive") == "difference":
        return plan  # read so already
    metric = _metric(plan, stats)
    question = plan.question
    if metric is None or not _CHANGE_RE.search(question) or not _TWO_RE.search(question):
        return plan
    rows = [s for s in stats if s.metric == metric and not s.subject and s.period and s.unit == "percent"]
    reporters = {s.reporter for s in rows}
    if len(reporters) != 1 or len(rows) != 2 or len({s.period for s in rows}) != 2:
        return plan
    if not all(any(_said(year, question) for year in _years(row.period)) for row in rows):
        return plan
    earlier, later = sorted(rows, key=lambda s: s.period)
    args = {
        "metric": metric,
        "period": later.period,
        "compare_period": earlier.period,
        "reporter": later.reporter,
        "derive": "difference",
    }
    said = (
        f"the change in points of {later.reporter}'s {metric_words(str(metric))} from "
        f"{period_words(earlier.period)} to {period_words(later.period)}"
    )
    update = {"route": "table", "tool_calls": [ToolCall(tool="market_stat", args=args)], "rule": said}
    return plan.model_copy(update={**update, "interpretation": said, "clarification": None, "unheld_measure": None})
