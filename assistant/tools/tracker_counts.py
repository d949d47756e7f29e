"""A tracker's total deal value said with the deal count of the same series and period: "and '24?" after
"PharmCube FY25 total value?" gives "$51.9 billion ... The same series counted 94 deals for 2024".

A total means little without the number of deals it covers, and a follow-up asking "and how many deals did the
same database count?" reads the count from the same series, and so do the two series of one tracker set side by
side ("mainland vs greater china 2025 value gap": $135.7 billion over 157 deals, $137.7 billion over 186); one
series' count never goes with another series' total ("$137.7 billion over 157 deals" mixes PharmCube's Greater
China value with its mainland count).
"""

from __future__ import annotations

from typing import Any

from assistant.tools.market import MarketStats
from assistant.tools.quantities import period_words, render_quantity
from assistant.tools.schema import MarketStatArgs, ResultLine, ToolResult


def with_count(market: MarketStats, args: MarketStatArgs, result: ToolResult) -> ToolResult:
    """``result`` with a line giving the deal count of each total it quotes first (same reporter, scope and period)."""
    # one tracker's two series set side by side ("mainland vs greater china 2025 value gap") each keep their count
    other_tracker = args.compare_reporter and args.compare_reporter != args.reporter
    if args.metric != "total_value" or args.derive or other_tracker or args.subject or not result.figures:
        return result
    lines, figures = list(result.lines), list(result.figures)
    # every total the answer says, the ones "also reported" too: each with its own series' count
    said = " ".join(line.text for line in lines)
    totals = [stat for stat in market.rows("total_value", args, args.period) if stat.reporter in said]
    totals = totals or [
        stat for stat in market.stats if any(f.expression == f"market_stats[{stat.stat_id}]" for f in figures)
    ]
    for total in totals:
        count = _same_series(market, "deal_count", args, total)
        if count is None:
            continue
        said = render_quantity(count.value, count.unit, count.qualifier)
        line = ResultLine(
            text=f"The same series counted {said} deals for {period_words(count.period)}.",
            provenance=market.provenance(count),
        )
        value = render_quantity(total.value, total.unit, total.qualifier)
        at = next(
            (n + 1 for n, old in enumerate(lines) if total.reporter in old.text and value in old.text), len(lines)
        )
        lines.insert(at, line)
        figures.append(market.figure(count))
    return result.model_copy(update={"lines": lines, "figures": figures})


def with_running_value(market: MarketStats, args: MarketStatArgs, result: ToolResult) -> ToolResult:
    """``result`` with the value of each part-year count it quotes ("2026 ytd pace per pharmcube GC - # deals": 38
    deals, and the same series' nearly $49 billion): a year's pace is its deals and what they are worth. A whole
    year's count ("PharmCube's 2025 deal count") is answered alone, as asked."""
    if (
        args.metric != "deal_count"
        or args.derive
        or args.subject
        or not result.figures
        or "/" not in (args.period or "")
    ):
        return result
    lines, figures = list(result.lines), list(result.figures)
    counts = [stat for stat in market.stats if any(f.expression == f"market_stats[{stat.stat_id}]" for f in figures)]
    for count in counts:
        value = _same_series(market, "total_value", args, count)
        if value is None:
            continue
        said = render_quantity(value.value, value.unit, value.qualifier)
        line = ResultLine(
            text=f"The same series put their value at {said} for {period_words(value.period)}.",
            provenance=market.provenance(value),
        )
        at = next((n + 1 for n, old in enumerate(lines) if count.reporter in old.text), len(lines))
        lines.insert(at, line)
        figures.append(market.figure(value))
    return result.model_copy(update={"lines": lines, "figures": figures})


def _same_series(market: MarketStats, metric: str, args: MarketStatArgs, stat: Any) -> Any:
    """The ``metric`` row of ``stat``'s own series (reporter and scope) and period, or None."""
    rows = market.rows(metric, args.model_copy(update={"reporter": None}), stat.period)
    return next(
        (row for row in rows if (row.reporter, row.scope) == (stat.reporter, stat.scope) and not row.subject), None
    )
