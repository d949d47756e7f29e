"""A named tracker's total asked for a period it reports only for its $1 billion-plus deals: "what did Informa
Connect's 2024 billion-dollar partnerships add up to?", "Informa's 2024 total?".

The tracker reports no total of all its deals for that period, only the value of the deals worth $1 billion or
more (Informa Connect's $34.6 billion for 2024). That figure is given, named for what it is, with a line saying the
tracker reports no total of every deal; without a named tracker, or with a total reported, nothing changes.

A scope that states a bound ("Chinese biopharma partnerships worth $1 billion or more") is cited with the tracker's
rows of that period (``scope_cited``): the value's own quote ("Those large 2024 partnerships totalled $34.6
billion") does not state the bound.
"""

from __future__ import annotations

from assistant.tools.market import MarketStats
from assistant.tools.quantities import period_words
from assistant.tools.schema import MarketStatArgs, ResultLine, ToolResult

_BOUNDED = "deals_over_1b_value"


def bounded_value(market: MarketStats, args: MarketStatArgs) -> ToolResult | None:
    """The named tracker's value of its $1 billion-plus deals for the period, said as only that; else None."""
    if args.metric != "total_value" or args.derive or args.compare_reporter or args.subject or not args.reporter:
        return None
    if not args.period or market.rows("total_value", args, args.period) or not market.rows(_BOUNDED, args, args.period):
        return None
    reporter = market.rows(_BOUNDED, args, args.period)[0].reporter
    result = market.answer(args.model_copy(update={"metric": _BOUNDED}))
    if result.message:
        return None
    # the bound the scope names ("worth $1 billion or more") is quoted by the tracker's other figures of the period
    same = [row for row in market.stats if row.reporter == reporter and row.period == args.period]
    sources = market.provenance(*same)
    first = result.lines[0].model_copy(update={"provenance": sources})
    note = ResultLine(
        provenance=sources,
        text=f"{reporter} reports no total of every deal for {period_words(args.period)}: the figure above covers "
        "only its deals worth $1 billion or more.",
    )
    return result.model_copy(
        update={
            "lines": [first, *result.lines[1:-1], note, *result.lines[-1:]],
            "args": args.model_dump(mode="json", exclude_none=True),
        }
    )


def scope_cited(market: MarketStats, result: ToolResult) -> ToolResult:
    """``result`` with each line that says a scope holding a figure ("partnerships worth $1 billion or more") also
    citing the tracker's other rows of that period, whose quotes state that bound."""
    lines = []
    for line in result.lines:
        scoped = [
            row
            for row in market.stats
            if f"(scope: {row.scope})" in line.text
            and any(ch.isdigit() for ch in row.scope)
            and row.reporter in line.text
        ]
        for row in scoped[:1]:
            same = [other for other in market.stats if other.reporter == row.reporter and other.period == row.period]
            extra = [p for p in market.provenance(*same) if p not in line.provenance]
            line = line.model_copy(update={"provenance": [*line.provenance, *extra]})
        lines.append(line)
    return result.model_copy(update={"lines": lines})
