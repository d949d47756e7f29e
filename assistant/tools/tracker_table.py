"""A tracker's figure set against the same measure over our deal table, for one period: "PharmCube NextPharma 2024
deal count, and the table's 2024 count?", "ur table has how many 2024 deals vs pharmcube 94? what % is that",
"2024 upfront total: biotochina tracker vs sum of upfronts in the deal table".

Both figures are said, each labelled with its source (the tracker's scope; our table's rows), then the gap and the
table's figure as a percent of the tracker's. The table is a curated subset, so the gap is how much of the tracker's
universe the table leaves out, never a disagreement. A tracker with no figure for the measure and period gives
the table's figure alone and says the tracker reported none.

A company's figure (``company_total_value`` with a subject: "恒瑞医药 2025 deal value per PharmCube vs the sum of
its 2025 deal totals in your table") is set against the total values of that company's deals as licensor in our
table for the period.

With no tracker named ("how many deals are there from 2024 in total"), the gap is the preferred tracker's and each
other tracker's figure for the measure and period is said too (NMPA's 94, biotochina.org's 80): the trackers
disagree, and one of them alone is not "the" count.
"""

from __future__ import annotations

from decimal import Decimal
from typing import cast

from assistant.tools.dealbook import DealBook, money, split_disclosed, sum_of
from assistant.tools.dealshare import MEASURES, PERCENT_QUANTUM, period_filter
from assistant.tools.market import PREFERRED_REPORTER, metric_words
from assistant.tools.quantities import derived_qualifier, difference_qualifier, period_words, render_quantity, rounded
from assistant.tools.schema import DealFilter, FigureOut, MarketStatArgs, Qualifier, ResultLine, ToolResult, Unit

_PAID = {"upfront": "upfront payments", "milestones": "milestone payments", "total": "total deal values"}
_NOTE = (
    "Our table is a curated subset of the deals, not the tracker's universe; the tracker's figure is as it reported "
    "it, not a sum over our rows."
)


def against_table(book: DealBook, args: MarketStatArgs) -> ToolResult:
    """The tracker's ``metric`` for ``period`` and the same measure over our rows of that period, with the gap."""
    if not args.period:
        return book.result("market_stat", args, message="Name the period to set the tracker's figure against.")
    rows = book.market.rows(args.metric, args, args.period)
    reported = [row for row in rows if bool(row.subject) == bool(args.subject) and row.value]
    reported.sort(key=lambda row: row.reporter != PREFERRED_REPORTER)
    whose = {"licensor": args.subject} if args.subject else {}  # a company's figure: its deals as licensor
    wanted = DealFilter.model_validate({**period_filter(args.period), **whose})
    deals, where = book.select(wanted), book.where(wanted)
    lines: list[ResultLine] = []
    figures: list[FigureOut] = []
    if args.metric == "deal_count":
        ours, ours_q = Decimal(len(deals)), cast(Qualifier, "exact")
        ours_text = f"our deal table holds {len(deals)} deals {where}"
        ours_fig = FigureOut(
            label=f"deals in our table {where}",
            value=ours,
            unit="count",
            expression=f"count(deals[{','.join(d.deal_id for d in deals)}])",
        )
    else:
        measure = MEASURES.get(args.metric, "total")  # company_total_value: its deals' total values
        used, missing = split_disclosed(deals, measure)
        ours, ours_q = sum_of(used, measure)
        ours_text = f"the {_PAID[measure]} over the {len(used)} deals in our table {where} sum to {money(ours, ours_q)}"
        if args.subject and used:  # a company's deals, each named: "Merck up to $1.97 billion, GSK …"
            each = [
                f"{' & '.join(d.licensees)} {money(d.figure(measure).amount, d.figure(measure).qualifier)}"
                for d in used
            ]
            ours_text += " (" + ", ".join(each) + ")"
        if missing:
            ours_text += f" ({len(missing)} more had it undisclosed)"
        ours_fig = FigureOut(
            label=f"sum of {measure}, {where}",
            value=ours,
            qualifier=ours_q,
            expression=f"sum(deals[{','.join(d.deal_id for d in used)}].{measure})",
            provenance=book.prov(used, measure),
        )
        counted = [(f"deals in our table {where} with the {measure} disclosed", used)]
        counted += [(f"deals in our table {where} with the {measure} undisclosed", missing)] if missing else []
        figures += [
            FigureOut(label=label, value=Decimal(len(rows)), unit="count", expression=f"count({label})")
            for label, rows in counted
        ]
    if not reported:
        # "No tracker reported no ..." had read as a double negative
        said = f"{args.reporter} reported no" if args.reporter else "No tracker reported"
        text = f"{said} {metric_words(args.metric)} for {period_words(args.period)}; {ours_text}."
        lines.append(ResultLine(text=text[:1].upper() + text[1:], provenance=ours_fig.provenance))
        figures.append(ours_fig)
        return book.result("market_stat", args, lines=lines, figures=figures, deal_ids=[d.deal_id for d in deals])
    stat = reported[0]
    theirs = render_quantity(stat.value, stat.unit, stat.qualifier)
    when = period_words(stat.period)
    if args.metric == "deal_count":
        said = f"{stat.reporter} counted {theirs} deals for {when} (scope: {stat.scope})"
    else:
        whom = (stat.subject + ("'" if stat.subject.endswith("s") else "'s") + " ") if stat.subject else ""
        said = (
            f"{stat.reporter} reported {whom}{metric_words(args.metric)} of {theirs} for {when} (scope: {stat.scope})"
        )
    provenance = book.market.provenance(stat) + list(ours_fig.provenance or [])
    lines.append(ResultLine(text=f"{said}; {ours_text}.", provenance=provenance))
    figures += [book.market.figure(stat), ours_fig]
    others = [row for row in reported[1:] if row.reporter != stat.reporter] if not args.reporter else []
    for row in others:  # no tracker named: each other tracker's figure too ("NMPA 94, biotochina.org 80")
        words = render_quantity(row.value, row.unit, row.qualifier) + (" deals" if args.metric == "deal_count" else "")
        text = f"{row.reporter} reported {words} for {period_words(row.period)} (scope: {row.scope})."
        lines.append(ResultLine(text=text, provenance=book.market.provenance(row)))
        figures.append(book.market.figure(row))
    gap = stat.value - ours
    qualifier = difference_qualifier(ours_q, stat.qualifier)  # a gap from an "up to" sum is "about", not "up to"
    share, share_q = rounded(ours / stat.value * 100, PERCENT_QUANTUM, derived_qualifier(ours_q, [stat.qualifier]))
    unit: Unit = "count" if args.metric == "deal_count" else "USD"
    gap_words = render_quantity(abs(gap), unit, qualifier) + (" deals" if unit == "count" else "")
    side = ("fewer than" if unit == "count" else "below") if gap >= 0 else ("more than" if unit == "count" else "above")
    expression = f"|market_stats[{stat.stat_id}] - {ours_fig.expression}|"  # the gap said, whichever side is larger
    figures.append(
        FigureOut(
            label="gap, tracker and our table", value=abs(gap), unit=unit, qualifier=qualifier, expression=expression
        )
    )
    figures.append(
        FigureOut(
            label="our table as a percent of the tracker",
            value=share,
            unit="percent",
            qualifier=share_q,
            expression=f"{ours_fig.expression} / market_stats[{stat.stat_id}] × 100",
        )
    )
    theirs_said = f"{stat.reporter}'s" if others else "the tracker's"  # the gap's tracker, when several are given
    text = (
        f"The difference is {gap_words}: our table's figure is {gap_words} {side} {theirs_said}, and "
        f"{render_quantity(share, 'percent', share_q)} of it (our arithmetic)."
    )
    lines += [ResultLine(text=text), ResultLine(text=_NOTE)]
    return book.result("market_stat", args, lines=lines, figures=figures, deal_ids=[d.deal_id for d in deals])
