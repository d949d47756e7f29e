"""Ratios between a tracker's own figures that it did not report itself.

* The change in a tracker's implied average deal size between two periods: "implied avg deal size FY25 vs FY24
  on PharmCube numbers - % change" (``metric="average_deal_value"`` with ``derive`` growth, difference or
  ratio). The tracker reports a total and a count for each period but no average, so each period's average is
  its total over its count, both of one series (reporter and scope), and the change runs between those two.
  A reported average for both periods, or a change the tracker reported itself, is left to the tool's own reading.
* A tracker's upfront as a percent of its potential milestones alone: "Sino Drug Watch YTD Aug-25: upfront as %
  of potential milestones?" (``derive="upfront_to_milestones"``): upfront / milestones, which is not the share
  of upfront plus milestones (``tracker_share``); its milestones as a multiple of its upfront: "how many times
  larger were potential milestones than upfront payments" (``derive="milestones_multiple"``, 11.92x).

No figure of another tracker or series is mixed in, and the answer says the arithmetic is ours.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.answer import Unit
from assistant.corpus.tables import MarketStat
from assistant.money import Qualifier
from assistant.tools.market import PREFERRED_REPORTER, MarketStats
from assistant.tools.quantities import (
    derived_qualifier,
    difference_qualifier,
    period_start,
    period_words,
    render_quantity,
    round_significant,
    rounded,
)
from assistant.tools.schema import FigureOut, MarketStatArgs, ResultLine, ToolResult

_AVERAGE = "average_deal_value"
_PERCENT = Decimal("0.01")
_RATIO = Decimal("0.01")
_CAVEAT = "These are figures as the named tracker reported them (the division is our arithmetic), not sums over the deals in our table."


def _series(stat: MarketStat) -> tuple[str, str]:
    return stat.reporter, stat.scope


def _result(args: MarketStatArgs, lines: list[ResultLine], figures: list[FigureOut]) -> ToolResult:
    lines.append(ResultLine(text=_CAVEAT))
    return ToolResult(
        tool="market_stat", args=args.model_dump(mode="json", exclude_none=True), lines=lines, figures=figures
    )


def _averages(
    market: MarketStats, args: MarketStatArgs, period: str
) -> dict[tuple[str, str], tuple[MarketStat, MarketStat]]:
    """Each series' (total, count) for ``period``, by (reporter, scope)."""
    counts = {_series(row): row for row in market.rows("deal_count", args, period) if row.value > 0}
    return {
        _series(total): (total, counts[_series(total)])
        for total in market.rows("total_value", args, period)
        if _series(total) in counts and not total.subject
    }


def average_change(market: MarketStats, args: MarketStatArgs) -> ToolResult | None:
    """The change in one series' implied average deal size between two periods; None when not that case."""
    if args.metric != _AVERAGE or args.derive not in ("growth", "difference", "ratio") or not args.period:
        return None
    later_period = args.period
    earlier_period = args.compare_period or (str(int(later_period) - 1) if later_period.isdigit() else None)
    if not earlier_period:
        return None
    if period_start(earlier_period) > period_start(later_period):
        later_period, earlier_period = earlier_period, later_period
    reported = {_series(row) for row in market.rows(_AVERAGE, args, later_period)}
    if reported & {_series(row) for row in market.rows(_AVERAGE, args, earlier_period)}:
        return None  # the tracker's own averages for both periods: the tool's change
    if market.rows(f"{_AVERAGE}_change", args, later_period):
        return None  # the tracker's own reported change
    later, earlier = _averages(market, args, later_period), _averages(market, args, earlier_period)
    shared = sorted(set(later) & set(earlier), key=lambda series: series[0] != PREFERRED_REPORTER)
    if not shared:
        return None
    (total_a, count_a), (total_b, count_b) = later[shared[0]], earlier[shared[0]]
    avg_a, avg_b = total_a.value / count_a.value, total_b.value / count_b.value
    q_a = derived_qualifier(total_a.qualifier, [count_a.qualifier])
    q_b = derived_qualifier(total_b.qualifier, [count_b.qualifier])
    inputs = derived_qualifier(q_a, [q_b])
    kind = args.derive
    unit: Unit
    ids = [f"market_stats[{row.stat_id}]" for row in (total_a, count_a, total_b, count_b)]
    averages = f"{ids[0]} / {ids[1]}", f"{ids[2]} / {ids[3]}"
    if kind == "difference":
        value, qualifier = round_significant(avg_a - avg_b, 3, difference_qualifier(q_a, q_b))
        unit, expression = "USD", f"{averages[0]} - {averages[1]}"
        outcome = f"{'a rise' if value >= 0 else 'a fall'} of {render_quantity(abs(value), 'USD', qualifier)} per deal"
    elif kind == "ratio":
        value, qualifier = rounded(avg_a / avg_b, _PERCENT, inputs)
        unit, expression = "ratio", f"({averages[0]}) / ({averages[1]})"
        outcome = f"{render_quantity(value, 'ratio', qualifier)} the {period_words(earlier_period)} average"
    else:
        value, qualifier = rounded((avg_a - avg_b) / avg_b * 100, _PERCENT, inputs)
        unit, expression = "percent", f"(({averages[0]}) - ({averages[1]})) / ({averages[1]}) × 100"
        outcome = f"{'a rise' if value >= 0 else 'a fall'} of {render_quantity(abs(value), 'percent', qualifier)}"
    shown_a, sq_a = round_significant(avg_a, 3, q_a)
    shown_b, sq_b = round_significant(avg_b, 3, q_b)

    def said(total: MarketStat, count: MarketStat, shown: Decimal, q: Qualifier) -> str:
        return (
            f"{render_quantity(total.value, total.unit, total.qualifier)} across "
            f"{render_quantity(count.value, count.unit, count.qualifier)} deals in {period_words(total.period)} "
            f"({render_quantity(shown, 'USD', q)} a deal)"
        )

    sources = market.provenance(total_a, count_a, total_b, count_b)
    text = (
        f"Per {total_a.reporter} (scope: {total_a.scope}), the implied average deal size went from "
        f"{said(total_b, count_b, shown_b, sq_b)} to {said(total_a, count_a, shown_a, sq_a)}: {outcome}."
    )
    derived = FigureOut(
        label=f"{kind} in implied average deal size, {earlier_period} to {later_period}, {total_a.reporter}",
        value=value,
        unit=unit,
        qualifier=qualifier,
        expression=expression,
        provenance=sources,
    )
    figures = [market.figure(row) for row in (total_a, count_a, total_b, count_b)]
    figures += [
        FigureOut(
            label=f"implied average deal size, {total.period}, {total.reporter}",
            value=shown,
            qualifier=q,
            expression=expression,
            provenance=market.provenance(total, count),
        )
        for total, count, shown, q, expression in (
            (total_a, count_a, shown_a, sq_a, averages[0]),
            (total_b, count_b, shown_b, sq_b, averages[1]),
        )
    ]
    return _result(args, [ResultLine(text=text, provenance=sources)], [*figures, derived])


def upfront_to_milestones(market: MarketStats, args: MarketStatArgs) -> ToolResult:
    """A tracker's upfront total as a percent of its milestone total for one period and scope; with
    ``derive="milestones_multiple"`` ("how many times larger were milestones than upfront payments"), its
    milestone total as a multiple of its upfront total instead (31 / 2.6 = 11.92x)."""
    multiple = args.derive == "milestones_multiple"
    whole = args.model_copy(update={"subject": None})
    upfronts = market.rows("upfront_total", whole, args.period)
    if not upfronts and args.period and args.reporter:  # "YTD Aug-25": the named tracker's own part of that year
        upfronts = [row for row in market.rows("upfront_total", whole) if row.period[:4] == args.period[:4]]
    for upfront in (row for row in upfronts if not row.subject):
        milestones = next(
            (row for row in market.rows("milestones_total", whole, upfront.period) if _series(row) == _series(upfront)),
            None,
        )
        if milestones is None or not milestones.value or not upfront.value:
            continue
        qualifier = derived_qualifier(upfront.qualifier, [milestones.qualifier])
        sources = market.provenance(upfront, milestones)
        ids = f"market_stats[{upfront.stat_id}]", f"market_stats[{milestones.stat_id}]"
        paid = render_quantity(upfront.value, upfront.unit, upfront.qualifier)  # "$2.6 billion"
        potential = render_quantity(milestones.value, milestones.unit, milestones.qualifier)
        scope = f"Per {upfront.reporter}, for {period_words(upfront.period)} (scope: {upfront.scope}), "
        if multiple:
            value, value_q = rounded(milestones.value / upfront.value, _RATIO, qualifier)
            unit: Unit = "ratio"
            expression, label = f"{ids[1]} / {ids[0]}", "milestones as a multiple of upfront"
            text = (
                f"{scope}potential milestones of {potential} were {render_quantity(value, 'ratio', value_q)} "
                f"the {paid} of upfront payments (milestones divided by upfront; our arithmetic on its figures)."
            )
        else:
            value, value_q = rounded(upfront.value / milestones.value * 100, _PERCENT, qualifier)
            unit, expression, label = "percent", f"{ids[0]} / {ids[1]} × 100", "upfront as a percent of milestones"
            text = (
                f"{scope}upfront payments of {paid} were {render_quantity(value, 'percent', value_q)} of the "
                f"{potential} of potential milestones (upfront divided by milestones alone)."
            )
        derived = FigureOut(
            label=f"{label}, {upfront.period}, {upfront.reporter}",
            value=value,
            unit=unit,
            qualifier=value_q,
            expression=expression,
            provenance=sources,
        )
        lines = [ResultLine(text=text, provenance=sources)]
        return _result(args, lines, [market.figure(upfront), market.figure(milestones), derived])
    message = "No tracker reports both an upfront total and a milestone total for the period asked."
    return ToolResult(tool="market_stat", args=args.model_dump(mode="json", exclude_none=True), message=message)
