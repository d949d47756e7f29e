"""The gap between two trackers' figures for one period: "CPHIIC and PharmCube disagree on 2024, what's the
gap?", "by how much does GlobalData's total trail CPHIIC's?".

Trackers define the market differently, so no series is built from two of them; a stated difference
between two stated figures is fine, and the answer says both figures, each cited, with each scope, and
that the gap is between two trackers' definitions, not a change in the market. One tracker asked against
itself ("PharmCube gives both 186 and 157 deals for 2025") is the gap between its two series of that period
(PharmCube's mainland and Greater China counts), each with its scope.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Protocol

from assistant.corpus.provenance import Provenance
from assistant.corpus.tables import MarketStat
from assistant.tools.quantities import derived_qualifier, difference_qualifier, period_words, render_quantity, rounded
from assistant.tools.schema import FigureOut, MarketStatArgs, ResultLine
from assistant.tools.tracker_order import counted_sentence

_CAVEAT = (
    "They are different trackers with different scopes and definitions, so the gap compares how each counts "
    "the market; it is not a change in one series, and neither figure is a sum over the deals in our table."
)

_ONE_TRACKER = (
    "They are two series of one tracker with different scopes, as each report names them, so the gap is the "
    "difference between those scopes; it is not a change over time, and neither figure is a sum over the deals "
    "in our table."
)


class Stats(Protocol):
    """What the gap needs of the market tool: its rows, figures and provenance."""

    def rows(self, metric: str, args: MarketStatArgs, period: str | None = None) -> list[MarketStat]: ...
    def figure(self, stat: MarketStat) -> FigureOut: ...
    def provenance(self, *stats: MarketStat) -> list[Provenance]: ...


def _said(stat: MarketStat, words: str) -> str:
    counted = counted_sentence(stat)
    if counted:
        return counted.rstrip(".")
    value = render_quantity(stat.value, stat.unit, stat.qualifier)
    return f"{stat.reporter} reported a {words} of {value} for {period_words(stat.period)} (scope: {stat.scope})"


def tracker_gap(stats: Stats, args: MarketStatArgs, words: str) -> dict[str, object]:
    """The result's fields: lines and figures for ``args.reporter`` against ``args.compare_reporter`` over
    ``args.period``, or a message saying which tracker reports no such figure."""
    other = args.model_copy(update={"reporter": args.compare_reporter})
    first, second = stats.rows(args.metric, args, args.period), stats.rows(args.metric, other, args.period)
    if not first or not second:
        return _one_side(stats, args, words, first or second, args.compare_reporter if first else args.reporter)
    one, two = first[0], second[0]
    one_tracker = args.reporter == args.compare_reporter  # "PharmCube gives both 186 and 157": its two series
    if not one_tracker and first[0].stat_id == second[0].stat_id:
        # "PharmCube's Greater China count vs the NextPharma series Caixin reported": the outlet names one of the
        # tracker's series, so the tracker's other series is set against it (29 more deals, not "one series")
        held = {(row.reporter, row.scope) for row in second}
        wider = next((row for row in first if (row.reporter, row.scope) not in held), None)
        if wider is not None:
            one, one_tracker = wider, True
    if one_tracker and args.reporter == args.compare_reporter:
        two = next((row for row in first[1:] if (row.reporter, row.scope) != (one.reporter, one.scope)), one)
        if two is one:
            return {
                "message": f"{args.reporter} reports one {words} for {period_words(args.period or 'that period')}: "
                "there is no second series to set against it."
            }
    if one.stat_id == two.stat_id or (one.value == two.value and one.scope == two.scope):
        return {"message": f"{one.reporter} is one series under both names: there is no gap between two trackers."}
    high, low = (one, two) if one.value >= two.value else (two, one)
    gap = high.value - low.value
    qualifier = difference_qualifier(high.qualifier, low.qualifier)
    both = stats.provenance(high, low)
    gap_text = (
        f"The gap between the two is {render_quantity(gap, high.unit, qualifier)}, {high.reporter} above "
        f"{low.reporter} (our arithmetic)."
    )
    figure = FigureOut(
        label=f"gap in {args.metric}, {args.period}, {high.reporter} minus {low.reporter}",
        value=gap,
        unit=high.unit,
        qualifier=qualifier,
        expression=f"market_stats[{high.stat_id}] - market_stats[{low.stat_id}]",
        provenance=both,
    )
    lines = [ResultLine(text=f"{_said(stat, words)}.", provenance=stats.provenance(stat)) for stat in (one, two)]
    lines.append(ResultLine(text=gap_text, provenance=both))
    figures = [stats.figure(one), stats.figure(two), figure]
    if args.derive == "growth" and low.value:  # "how much higher, in percent": the gap over the lower figure
        value, percent_q = rounded(
            (high.value / low.value - 1) * 100, Decimal("0.01"), derived_qualifier(high.qualifier, [low.qualifier])
        )
        lines.append(
            ResultLine(
                text=f"That is {render_quantity(value, 'percent', percent_q)} above {low.reporter}'s figure (our arithmetic).",
                provenance=both,
            )
        )
        figures.append(
            FigureOut(
                label=f"gap in {args.metric} as a percent of the lower, {args.period}, {high.reporter} over {low.reporter}",
                value=value,
                unit="percent",
                qualifier=percent_q,
                expression=f"(market_stats[{high.stat_id}] / market_stats[{low.stat_id}] - 1) × 100",
                provenance=both,
            )
        )
    lines.append(ResultLine(text=_ONE_TRACKER if one_tracker else _CAVEAT))
    return {"lines": lines, "figures": figures}


def _one_side(
    stats: Stats, args: MarketStatArgs, words: str, found: list[MarketStat], missing: str | None
) -> dict[str, object]:
    """One tracker reports the figure for the period and the other (``missing``) does not: the one figure, and
    the periods the other reports it for (or that it reports no such figure), never another series in its place."""
    asked = period_words(args.period or "that period")
    rows = stats.rows(args.metric, args.model_copy(update={"reporter": missing}))
    held = sorted({row.period for row in rows})
    if held:
        periods = ", ".join(period_words(period) for period in held)
        refusal = (
            f"{missing} reports no {words} for {asked}; it reports one for {periods}, so there is no gap to state."
        )
    else:
        refusal = f"{missing} reports no {words} for any period, so there is no gap to state."
    if not found:
        return {"message": refusal}
    stat = found[0]
    lines = [
        ResultLine(text=f"{_said(stat, words)}.", provenance=stats.provenance(stat)),
        ResultLine(text=refusal, provenance=stats.provenance(*rows)),  # the periods it does report, cited
    ]
    return {"lines": lines, "figures": [stats.figure(stat)]}
