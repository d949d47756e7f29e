"""A tracker's own average deal size for part of a year, asked of the year: "what average deal size did PharmCube
record for the opening weeks of 2026, and how did that compare with the 2025 average?".

The plan asks the average of "2026"; the tracker reports no total and count for the whole year to divide, only
its own average for January-February 2026 and that average's change against 2025. Both are given, each cited, the
period said as the tracker's ("January to February 2026"), rather than "no statistic gives both a total and a
count for 2026". A period with a total and a count of its own is the division as before.
"""

from __future__ import annotations

from assistant.tools.market import MarketStats
from assistant.tools.quantities import within_year
from assistant.tools.schema import MarketStatArgs, ToolResult

_AVERAGE = "average_deal_value"


def reported_average(market: MarketStats, args: MarketStatArgs) -> ToolResult | None:
    """The tracker's own average of a part of the year asked, with its reported change; None when not that case."""
    period = args.period
    if args.derive != "average_deal_size" or not period or len(period) != 4 or not period.isdigit():
        return None
    if market.rows(_AVERAGE, args, period) or market.rows("total_value", args, period):
        return None  # the whole year is reported: the tool's own reading stands
    parts = [row for row in market.rows(_AVERAGE, args) if within_year(row.period, period)]
    if not parts:
        return None
    level = args.model_copy(update={"metric": _AVERAGE, "derive": "difference", "compare_period": str(int(period) - 1)})
    answered = market.answer(level)
    if answered.message or not answered.figures:  # no change reported: the level alone, its period named
        answered = market.answer(
            args.model_copy(update={"metric": _AVERAGE, "derive": None, "period": parts[0].period})
        )
    return answered.model_copy(update={"args": args.model_dump(mode="json", exclude_none=True)})
