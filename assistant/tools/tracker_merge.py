"""Two market figures asked to be added into one: "Add PharmCube's mainland 2025 total and its Greater China 2025
total so I have one all-in China number", "CPHIIC's 2024 plus PharmCube's 2024 = the whole market?".

Two series of one tracker overlap (the Greater China scope holds every mainland licensor), and two trackers count
the same market each its own way, so a sum counts many deals twice: no such sum is given. Each figure is said,
cited with its scope, and the answer says why they are not added (``derive="not_added"``).
"""

from __future__ import annotations

from assistant.corpus.tables import MarketStat
from assistant.tools.market import MarketStats, metric_words
from assistant.tools.quantities import period_words, render_quantity
from assistant.tools.schema import MarketStatArgs, ResultLine, ToolResult
from assistant.tools.tracker_counts import with_count
from assistant.tools.tracker_order import counted_sentence

_ONE_TRACKER = (
    "They are not added: they are two series of one tracker whose scopes overlap (the wider one holds the "
    "narrower one's licensors), so a sum would count the same deals twice. Use one series, and say which."
)
_TWO_TRACKERS = (
    "They are not added: each tracker counts the same market with its own definition, so a sum would count "
    "many deals twice. Use one tracker's figure, and say which."
)


def not_added(market: MarketStats, args: MarketStatArgs) -> ToolResult:
    """Each of the two figures asked to be summed, and why they are not summed."""
    other = args.model_copy(update={"reporter": args.compare_reporter or args.reporter})
    rows = market.rows(args.metric, args, args.period) + market.rows(args.metric, other, args.period)
    picked: list[MarketStat] = []
    for row in rows:
        if all((row.reporter, row.scope) != (kept.reporter, kept.scope) for kept in picked) and not row.subject:
            picked.append(row)
    words = metric_words(args.metric)
    result = ToolResult(tool="market_stat", args=args.model_dump(mode="json", exclude_none=True))
    if len(picked) < 2:
        said = period_words(args.period or "that period")
        message = f"Only one {words} is reported for {said} under the trackers named, so there is nothing to add."
        return result.model_copy(update={"message": message})
    lines = [
        ResultLine(
            text=counted_sentence(row)
            or (
                f"{row.reporter} reported a {words} of {render_quantity(row.value, row.unit, row.qualifier)} for "
                f"{period_words(row.period)} (scope: {row.scope})."
            ),
            provenance=market.provenance(row),
        )
        for row in picked[:2]
    ]
    one_tracker = picked[0].reporter.split()[0] == picked[1].reporter.split()[0]
    lines.append(ResultLine(text=_ONE_TRACKER if one_tracker else _TWO_TRACKERS))
    given = result.model_copy(update={"lines": lines, "figures": [market.figure(row) for row in picked[:2]]})
    # each total said with its own series' count ("$137.7 billion ... 186 deals"), never the other's
    return with_count(
        market, args.model_copy(update={"derive": None, "reporter": None, "compare_reporter": None}), given
    )
