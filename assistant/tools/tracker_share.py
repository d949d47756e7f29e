"""A tracker's upfront as a share of its upfront plus milestones, for one period: "Sino Drug Watch, end of Aug
2025: what share of upfront plus milestones was the upfront part?".

Both figures are the one tracker's, for the same period and scope; the share is derived from them and the
answer says so. A tracker that reports an upfront total and a total value of the same scope but no milestones gives
the upfront as a share of that value (``tracker_value_share``). A tracker that reports only one figure gives no
share (no other tracker's figure is mixed in).
"""

from __future__ import annotations

from decimal import Decimal

from assistant.tools.market import MarketStats
from assistant.tools.quantities import derived_qualifier, period_words, render_quantity, rounded
from assistant.tools.schema import FigureOut, MarketStatArgs, ResultLine, ToolResult
from assistant.tools.tracker_value_share import value_share

_QUANTUM = Decimal("0.01")
_CAVEAT = "These are figures as the named tracker reported them, not sums over the deals in our table."


def upfront_share(market: MarketStats, args: MarketStatArgs) -> ToolResult:
    """The upfront over upfront plus milestones, per tracker and period that reports both."""
    lines: list[ResultLine] = []
    figures: list[FigureOut] = []
    whole_args = args.model_copy(update={"subject": None})
    upfronts = market.rows("upfront_total", whole_args, args.period)
    if not upfronts and args.period and args.reporter:
        # "end of Aug 2025", "2025 through August": the named tracker's own period of that year, which the
        # answer names
        upfronts = [row for row in market.rows("upfront_total", whole_args) if row.period[:4] == args.period[:4]]
    for upfront in upfronts:
        milestones = next(
            (
                row
                for row in market.rows("milestones_total", whole_args, upfront.period)
                if row.reporter == upfront.reporter and row.scope == upfront.scope and not row.subject
            ),
            None,
        )
        if upfront.subject:
            continue
        if milestones is None:  # "upfronts were what % of their total value": the value it reports for that scope
            valued = value_share(market, upfront, whole_args)
            lines, figures = lines + valued[0], figures + valued[1]
            continue
        if not upfront.value + milestones.value:
            continue
        both = upfront.value + milestones.value
        qualifier = derived_qualifier(upfront.qualifier, [milestones.qualifier])
        share, share_q = rounded(upfront.value / both * 100, _QUANTUM, qualifier)
        sources = market.provenance(upfront, milestones)
        lines.append(
            ResultLine(
                text=(
                    f"Per {upfront.reporter}, for {period_words(upfront.period)} (scope: {upfront.scope}), upfront "
                    f"payments of {render_quantity(upfront.value, upfront.unit, upfront.qualifier)} were "
                    f"{render_quantity(share, 'percent', share_q)} of the "
                    f"{render_quantity(both, upfront.unit, qualifier)} of upfront payments plus milestones "
                    f"({render_quantity(milestones.value, milestones.unit, milestones.qualifier)} in milestones; "
                    "our arithmetic on the tracker's figures)."
                ),
                provenance=sources,
            )
        )
        figures += [
            market.figure(upfront),
            market.figure(milestones),
            FigureOut(
                label=f"upfront plus milestones, {upfront.period}, {upfront.reporter}",
                value=both,
                unit=upfront.unit,
                qualifier=qualifier,
                expression=f"market_stats[{upfront.stat_id}] + market_stats[{milestones.stat_id}]",
                provenance=sources,
            ),
            FigureOut(
                label=f"upfront as a share of upfront plus milestones, {upfront.period}, {upfront.reporter}",
                value=share,
                unit="percent",
                qualifier=share_q,
                expression=(
                    f"market_stats[{upfront.stat_id}] / (market_stats[{upfront.stat_id}] + "
                    f"market_stats[{milestones.stat_id}]) × 100"
                ),
                provenance=sources,
            ),
        ]
    if not lines:
        message = (
            "No tracker reports both an upfront total and a milestone total (or a total value) for the period asked."
        )
        return ToolResult(tool="market_stat", args=args.model_dump(mode="json", exclude_none=True), message=message)
    lines.append(ResultLine(text=_CAVEAT))
    return ToolResult(
        tool="market_stat", args=args.model_dump(mode="json", exclude_none=True), lines=lines, figures=figures
    )
