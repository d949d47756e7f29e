"""A tracker's level for a period it did not report, implied by its next level and the change it reported.

"globaldata says 41.5bn in 2024, +66% — so what was 2023 on their numbers?": GlobalData reports a 2024 total
and its change against 2023, but no 2023 total. The 2023 level its own figures imply is the later level over
(1 + change / 100): $41.5 billion / 1.66 = about $25.0 billion. Likewise "backing out from PharmCube's 2026 YTD
average and its +76%, the 2025 average?" ($1.3 billion / 1.76). Only one series' own two rows are used (same
reporter and scope, the change reported beside that level); the answer says it is our arithmetic, not a
reported figure. A period the tracker did report is left to the tool's own reading.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.tools.market import MarketStats
from assistant.tools.quantities import (
    derived_qualifier,
    is_year,
    period_words,
    render_quantity,
    round_significant,
    rounded,
    within_year,
)
from assistant.tools.schema import FigureOut, MarketStatArgs, ResultLine, ToolResult

_HUNDRED = Decimal(100)


def implied_level(market: MarketStats, args: MarketStatArgs) -> ToolResult | None:
    """The level a named tracker's next-year figure and its reported change imply for the year asked
    (``metric`` and ``period`` of a plain look-up with ``reporter``), or None when the tracker reported that
    year itself, reported no change, or the question is another kind."""
    if args.derive or args.subject or not args.reporter or not args.period or not is_year(args.period):
        return None
    if market.rows(args.metric, args, args.period):
        return None
    following = str(int(args.period) + 1)
    rows = market.rows(args.metric, args)
    levels = [row for row in rows if row.period == following or within_year(row.period, following)]
    for level in levels:
        change = next(
            (
                row
                for row in market.rows(f"{args.metric}_change", args, level.period)
                if (row.reporter, row.scope) == (level.reporter, level.scope) and row.unit == "percent"
            ),
            None,
        )
        if change is None or change.value <= -_HUNDRED:
            continue
        factor = 1 + change.value / _HUNDRED
        qualifier = derived_qualifier(level.qualifier, [change.qualifier])
        if level.unit == "USD":
            value, qualifier = round_significant(level.value / factor, 3, qualifier)
        else:
            value, qualifier = rounded(level.value / factor, Decimal("0.1"), qualifier)
        said = render_quantity(level.value, level.unit, level.qualifier)
        implied = render_quantity(value, level.unit, qualifier)
        sources = market.provenance(level, change)
        reported = (
            f"{level.reporter} reported {said} for {period_words(level.period)}, {'up' if change.value >= 0 else 'down'} "
            f"{render_quantity(abs(change.value), 'percent', change.qualifier)} on {period_words(args.period)} "
            f"(scope: {level.scope}), and gives no {period_words(args.period)} figure itself."
        )
        # said without the divisor (1.66): a number no quote holds
        text = (
            f"On its own numbers that implies about {implied.removeprefix('about ')} for {period_words(args.period)} "
            f"({said} with its {render_quantity(abs(change.value), 'percent', change.qualifier)} "
            f"{'rise' if change.value >= 0 else 'fall'} taken out; our arithmetic on the tracker's figures, not a "
            "reported figure)."
        )
        derived = FigureOut(
            label=f"implied {args.metric}, {args.period}, {level.reporter}",
            value=value,
            unit=level.unit,
            qualifier=qualifier,
            expression=f"market_stats[{level.stat_id}] / (1 + market_stats[{change.stat_id}] / 100)",
            provenance=sources,
        )
        return ToolResult(
            tool="market_stat",
            args=args.model_dump(mode="json", exclude_none=True),
            lines=[ResultLine(text=reported, provenance=sources), ResultLine(text=text, provenance=sources)],
            figures=[market.figure(level), market.figure(change), derived],
        )
    return None
