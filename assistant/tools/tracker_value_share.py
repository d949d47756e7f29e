"""A tracker's upfront total as a share of the total value it reports for the same scope and period: "for the
$1B+ Chinese partnerships Informa Connect counted in 2024, upfronts were what % of their total value?".

Both figures are the one tracker's, for the same scope (the same set of deals) and period; a value of another
scope, or another tracker's, is never the whole. No such value: no share.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.corpus.tables import MarketStat
from assistant.tools.market import MarketStats
from assistant.tools.quantities import derived_qualifier, period_words, render_quantity, rounded
from assistant.tools.schema import FigureOut, MarketStatArgs, ResultLine

_QUANTUM = Decimal("0.01")
_FIGURE_RE = re.compile(r"\d+(?:[.,]\d+)*")


def _value_of(market: MarketStats, upfront: MarketStat) -> MarketStat | None:
    """The tracker's total value of the deals its upfront total covers: same reporter, scope and period."""
    return next(
        (
            row
            for row in market.stats
            if row.reporter == upfront.reporter
            and row.scope == upfront.scope
            and row.period == upfront.period
            and row.unit == upfront.unit
            and not row.subject
            and row.metric.endswith("_value")
            and row.value
        ),
        None,
    )


def value_share(
    market: MarketStats, upfront: MarketStat, args: MarketStatArgs
) -> tuple[list[ResultLine], list[FigureOut]]:
    """The line and figures of ``upfront`` over its tracker's value of the same deals; empty when none is reported."""
    value = _value_of(market, upfront)
    if value is None or args.subject:
        return [], []
    qualifier = derived_qualifier(upfront.qualifier, [value.qualifier])
    share, share_q = rounded(upfront.value / value.value * 100, _QUANTUM, qualifier)
    sources = market.provenance(upfront, value)
    # the scope is said when the quotes cited hold its figures ("worth $1 billion or more" is in neither quote)
    said = set(_FIGURE_RE.findall(upfront.scope)) <= set(_FIGURE_RE.findall(f"{upfront.quote} {value.quote}"))
    scope = f" (scope: {upfront.scope})" if said else ""
    line = ResultLine(
        text=(
            f"Per {upfront.reporter}, for {period_words(upfront.period)}{scope}, upfront payments of "
            f"{render_quantity(upfront.value, upfront.unit, upfront.qualifier)} were "
            f"{render_quantity(share, 'percent', share_q)} of the "
            f"{render_quantity(value.value, value.unit, value.qualifier)} total value of the same deals (our "
            "arithmetic on the tracker's figures)."
        ),
        provenance=sources,
    )
    figure = FigureOut(
        label=f"upfront as a share of total value, {upfront.period}, {upfront.reporter}",
        value=share,
        unit="percent",
        qualifier=share_q,
        expression=f"market_stats[{upfront.stat_id}] / market_stats[{value.stat_id}] × 100",
        provenance=sources,
    )
    return [line], [market.figure(upfront), market.figure(value), figure]
