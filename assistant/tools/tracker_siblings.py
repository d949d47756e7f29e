"""A tracker's figure said with the other figures the same report gave for the same period: "Sino Drug Watch's
upfront tally to August 2025" gives $2.6 billion, and the same report's about 80 deals and $31 billion of
potential milestones; "Informa's 2024 count of Chinese firms with $1bn+ deals" gives 17, and what those
partnerships were worth ($34.6 billion) and paid upfront ($1.5 billion).

A tracker's figures are read together: an upfront tally means little without the milestones it is set against,
and people who quote one of them ask for the others in the same breath ("upf tot and ms tot?"). Only the same
reporter's rows for the same period from the same article are added (one report), never another tracker's,
another period's or a company's own figure (a row with a subject), so nothing from a different count is mixed
in; PharmCube's 2025 total and count (one article) stay apart from its licensor counts (another).
"""

from __future__ import annotations

from assistant.corpus.tables import MarketStat
from assistant.tools.market import MarketStats, metric_words
from assistant.tools.quantities import period_words, render_quantity
from assistant.tools.schema import MarketStatArgs, ResultLine, ToolResult
from assistant.tools.tracker_order import COUNTED

MAX_SIBLINGS = 4
# a count of companies is not set beside a count of deals ("54 licensors" read next to "157 deals" invites
# taking one for the other); what those companies' deals were worth is still said
COMPANY_COUNTS = ("licensor_count", "small_dealmaker_count")
DEAL_COUNTS = ("deal_count", "deals_over_1b_count")
# a total and its deal count go together by their own rules (``tracker_counts``: a total with its count, a part-year
# count with its value, a whole year's count alone, as asked)
SERIES_PAIR = {"total_value", "deal_count"}
# rows whose metric name reads badly as words: what the figure measures, in the report's terms
_WORDS = {
    "small_dealmaker_count": "Chinese companies (licensors) whose deals were each under $1 billion",
}


def with_siblings(market: MarketStats, args: MarketStatArgs, result: ToolResult) -> ToolResult:
    """``result`` with one line giving the other figures of the first quoted figure's report and period."""
    if (
        (args.derive and args.derive != "average_deal_size")
        or args.compare_reporter
        or args.subject
        or not result.figures
    ):
        return result
    quoted = {f.expression for f in result.figures}
    first = next((stat for stat in market.stats if _expression(stat) in quoted), None)
    if first is None or first.subject:
        return result
    if args.derive and first.metric != "average_deal_value":
        return result  # an average of our own arithmetic: its total and count are said with it already
    siblings = [
        stat
        for stat in market.stats
        if (stat.reporter, stat.period, stat.doc_id) == (first.reporter, first.period, first.doc_id)
        and not stat.subject
        and _expression(stat) not in quoted
        and (stat.value, stat.unit) != (first.value, first.unit)  # a figure restated in another scope: said once
        and not (first.metric in COMPANY_COUNTS and stat.metric in DEAL_COUNTS)
        and not {first.metric, stat.metric} <= SERIES_PAIR
    ][:MAX_SIBLINGS]
    if not siblings:
        return result
    said = "; ".join(_said(stat) for stat in siblings)
    line = ResultLine(
        text=f"The same report gave, for {period_words(first.period)}: {said}.",
        provenance=market.provenance(*siblings),
    )
    lines = list(result.lines)
    at = len(lines) - 1 if lines and lines[-1].text.startswith("These are figures as") else len(lines)
    lines.insert(at, line)
    figures = list(result.figures) + [market.figure(stat) for stat in siblings]
    return result.model_copy(update={"lines": lines, "figures": figures})


def said_once(results: list[ToolResult]) -> list[ToolResult]:
    """``results`` without a tracker's answer whose every figure an earlier one already gave: "upfront vs
    milestones to August 2025" asks two of one report's figures, and the first answer says both."""
    kept: list[ToolResult] = []
    given: set[str] = set()
    for result in results:
        quoted = {f.expression for f in result.figures}
        if result.tool == "market_stat" and quoted and quoted <= given:
            continue
        if result.tool == "market_stat":
            given |= quoted
        kept.append(result)
    return kept


def _expression(stat: MarketStat) -> str:
    return f"market_stats[{stat.stat_id}]"


def _said(stat: MarketStat) -> str:
    """ "about 80 deals", "total potential milestone payments of $31 billion": a figure with what it measures (the
    line names the report and period; a sibling's scope is its report's, not repeated)."""
    value = render_quantity(stat.value, stat.unit, stat.qualifier)
    counted = COUNTED.get(stat.metric) or (
        _WORDS[stat.metric] if stat.unit == "count" and stat.metric in _WORDS else None
    )
    if counted:
        return f"{value} {counted}"
    if stat.metric == "average_deal_value_change" and stat.period[:4].isdigit():
        return f"change in the average deal value against the {int(stat.period[:4]) - 1} average of {value}"
    return f"{_WORDS.get(stat.metric) or metric_words(stat.metric)} of {value}"
