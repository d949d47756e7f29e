"""The market's average deal compared between two periods when a tracker reported that change itself: "what's the
average deal size so far this year vs last year" (outsider85, a BD head; the corpus ends in February 2026).

With no tracker named, two averages compared were our table's: seven 2026 deals against thirty-three of 2025,
"up to $6.71 billion" against "$3.16 billion", while PharmCube reported both the 2026 average (about $1.3 billion)
and its change against the 2025 average (+76%). When the comparison names no company and no filter, asks the
average (not the median), and a tracker reported the average's change for the later period, the plan asks that
tracker's figures (``market_stat`` ``average_deal_value``, derive ``growth``), as "… per PharmCube" already did.
Left as planned: our table asked ("Average deal size, 2026 so far vs 2025, in your table"), a median, a company's or a kind's averages ("Hengrui's average upfront, 2025 vs 2024"), a
measure other than the deal value, and periods for which no tracker reported the change (2025 against 2024 stays
our table's, as before).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from assistant.corpus.tables import MarketStat
from assistant.routing.interpretation import interpret
from assistant.routing.plan import Plan
from assistant.routing.wording import TABLE_RE
from assistant.tools.schema import ToolCall

_PERIOD_KEYS = frozenset(["year", "date_from", "date_to", "exclusive"])


def _period(side: dict[str, Any]) -> str | None:
    """A side's period as the trackers write it ("2025", "2026-01/2026-02"); None for a side with a filter."""
    if not set(side) <= _PERIOD_KEYS or side.get("exclusive"):
        return None
    if side.get("year") and not side.get("date_from"):
        return str(side["year"])
    start, end = str(side.get("date_from") or ""), str(side.get("date_to") or "")
    if start[:4] and start[:4] == end[:4] and start[5:7] and end[5:7]:
        return f"{start[:7]}/{end[:7]}" if start[:7] != end[:7] else start[:7]
    return None


def reported_change(plan: Plan, stats: Sequence[MarketStat], question: str = "") -> Plan:
    """``plan`` asking a tracker's reported average and its change, when its one comparison of two market averages
    is one a tracker reported and ``question`` does not ask our table ("in your table"); ``plan`` itself otherwise."""
    if len(plan.tool_calls) != 1 or plan.tool_calls[0].tool != "compare" or TABLE_RE.search(question):
        return plan
    args = plan.tool_calls[0].args
    if args.get("operation") != "average" or args.get("metric") != "total":
        return plan
    left, right = _period(args.get("left") or {}), _period(args.get("right") or {})
    if left is None or right is None:
        return plan
    later, earlier = sorted([left, right], reverse=True)  # "2026-01/2026-02" after "2025"
    changed = {stat.period for stat in stats if stat.metric == "average_deal_value_change"}
    averaged = {stat.period for stat in stats if stat.metric == "average_deal_value"}
    if later not in changed or later not in averaged:
        return plan
    call = ToolCall(
        tool="market_stat",
        args={"metric": "average_deal_value", "period": later, "derive": "growth", "compare_period": earlier},
    )
    interpretation = interpret(plan.route, [call], plan.text_query, plan.companies, None)
    return plan.model_copy(update={"tool_calls": [call], "interpretation": interpretation})
