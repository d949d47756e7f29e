"""A tracker's companies ranked by its company figures for a period: "Which Chinese licensor came out on top in FY25
by deal value per PharmCube/Caixin, and who were #2 and #3?", "Per PharmCube's FY25 licensor league table, how much
more did Hengrui do than GeneQuantum?".

The tracker's ``company_total_value`` rows of the period, largest first, each with its scope, and the gap from each
place to the next (our arithmetic, with the qualifiers of both figures). It is never a ranking of our deal rows. A
tracker with no company figures for the period says so and gives none.
"""

from __future__ import annotations

from itertools import pairwise

from assistant.tools.dealbook import DealBook
from assistant.tools.market import PREFERRED_REPORTER, metric_words
from assistant.tools.quantities import difference_qualifier, period_words, render_quantity
from assistant.tools.schema import FigureOut, MarketStatArgs, ResultLine, ToolResult

_PLACES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
_NOTE = "These are the tracker's company figures as it reported them, not sums over the deals in our table."


def company_ranking(book: DealBook, args: MarketStatArgs) -> ToolResult:
    """The tracker's company figures for ``args.period``, ranked, with the gaps between places."""
    metric = "company_total_value"
    rows = book.market.rows(metric, args.model_copy(update={"subject": None}), args.period)
    rows = [row for row in rows if row.subject and row.value is not None]
    if not rows:
        who = args.reporter or "No tracker"
        when = period_words(args.period) if args.period else "any period"
        text = f"{who} reported no company-by-company {metric_words(metric)} for {when} that I hold."
        return book.result("market_stat", args, lines=[ResultLine(text=text)])
    reporter = sorted({row.reporter for row in rows}, key=lambda name: name != PREFERRED_REPORTER)[0]
    rows = sorted([row for row in rows if row.reporter == reporter], key=lambda row: row.value, reverse=True)
    when = period_words(rows[0].period)
    lines = [ResultLine(text=f"Per {reporter}, the licensors ranked by {metric_words(metric)} for {when}:")]
    figures: list[FigureOut] = []
    for place, row in enumerate(rows):
        said = f"{_PLACES[place].capitalize()}, {row.subject}: {render_quantity(row.value, row.unit, row.qualifier)}"
        lines.append(ResultLine(text=said + ".", provenance=book.market.provenance(row)))
        figures.append(book.market.figure(row))
    for ahead, behind in pairwise(rows):
        qualifier = difference_qualifier(ahead.qualifier, behind.qualifier)
        gap = ahead.value - behind.value
        text = (
            f"{ahead.subject} is {render_quantity(gap, ahead.unit, qualifier)} ahead of {behind.subject} "
            "(our arithmetic)."
        )
        lines.append(ResultLine(text=text))
        figures.append(
            FigureOut(
                label=f"{ahead.subject} minus {behind.subject}, {ahead.period}, {reporter}",
                value=gap,
                unit=ahead.unit,
                qualifier=qualifier,
                expression=f"market_stats[{ahead.stat_id}] - market_stats[{behind.stat_id}]",
            )
        )
    lines.append(ResultLine(text=_NOTE))
    return book.result("market_stat", args, lines=lines, figures=figures)
