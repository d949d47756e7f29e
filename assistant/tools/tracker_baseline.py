"""A tracker's share of the global market said with the same tracker's share for its other periods: "China share of
global out-licensing value in Q1'25 (Vision tracker)?" gives 32% and, beside it, the 21% Vision Lifesciences
reported for 2023-2024.

A share means little without the level it moved from, and the tracker reports that level itself: the same
reporter, scope and metric for another period, never another tracker's share. A figure with no period (a share
of one modality's deals) is no baseline.
"""

from __future__ import annotations

from assistant.tools.market import MarketStats, metric_words
from assistant.tools.quantities import period_words, render_quantity
from assistant.tools.schema import MarketStatArgs, ResultLine, ToolResult


def with_baseline(market: MarketStats, args: MarketStatArgs, result: ToolResult) -> ToolResult:
    """``result`` with the tracker's own share for its other periods, after the share asked."""
    if not args.metric.startswith("share_of_") or args.derive or args.compare_reporter or not args.period:
        return result
    asked = [row for row in market.rows(args.metric, args, args.period) if not row.subject]
    if not asked or not result.figures or result.message:
        return result
    row = asked[0]
    others = [
        other
        for other in market.rows(args.metric, args.model_copy(update={"period": None}))
        if (other.reporter, other.scope) == (row.reporter, row.scope) and other.period and other.period != row.period
    ]
    if not others:
        return result
    lines = [
        ResultLine(
            text=f"For comparison, the same tracker put its {metric_words(args.metric)} at "
            f"{render_quantity(other.value, other.unit, other.qualifier)} for {period_words(other.period)}.",
            provenance=market.provenance(other),
        )
        for other in others
    ]
    figures = [*result.figures, *(market.figure(other) for other in others)]
    return result.model_copy(update={"lines": [*result.lines[:1], *lines, *result.lines[1:]], "figures": figures})
