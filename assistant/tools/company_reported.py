"""A company's summed deal values said beside the figure a tracker reported for the same company and year:
"How much did Innovent license out in 2025?" sums our two Innovent deals (up to $12.48 billion) and adds that
PharmCube NextPharma (via Caixin) put Innovent's 2025 out-licensing at more than $10 billion.

The two are different measures (our rows' headline values against a tracker's own count of the company's deals),
so they are never merged: the tracker's figure follows as its own cited sentence, after the sum.
"""

from __future__ import annotations

from assistant.tools.dealbook import DealBook
from assistant.tools.market import metric_words
from assistant.tools.quantities import period_words, render_quantity
from assistant.tools.schema import AggregateArgs, ResultLine, ToolResult
from assistant.tools.tracker_order import possessive

# the filter fields a company-and-year sum may carry; any other narrows the deals below the company's whole year
_PLAIN = frozenset(["licensor", "year", "exclusive", "scopes"])


def with_company_figure(book: DealBook, args: AggregateArgs, result: ToolResult) -> ToolResult:
    """``result`` with the tracker's figure for the licensor's year, when one is reported and the sum is plain."""
    given = {name for name, value in args.filter if value not in (None, [], "", False)}
    plain = args.operation == "sum" and args.metric == "total" and not args.group_by and given <= _PLAIN
    if not plain or not args.filter.licensor or not args.filter.year or result.message or not result.figures:
        return result
    year, subject = str(args.filter.year), args.filter.licensor.lower()
    stats = [
        stat
        for stat in book.market.stats
        if stat.metric == "company_total_value" and stat.period == year and stat.subject.lower() == subject
    ]
    if not stats:
        return result
    lines = list(result.lines)
    for stat in stats:
        value = render_quantity(stat.value, stat.unit, stat.qualifier)
        lines.append(
            ResultLine(
                text=f"For comparison, {stat.reporter} reported {possessive(stat.subject)} {period_words(stat.period)} "
                f"{metric_words(stat.metric)} as {value}, a tracker's figure not merged with our sum.",
                provenance=book.market.provenance(stat),
            )
        )
    figures = [*result.figures, *(book.market.figure(stat) for stat in stats)]
    return result.model_copy(update={"lines": lines, "figures": figures})
