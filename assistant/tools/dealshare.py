"""One company's figure in our deal table as a percentage of a tracker's reported total.

"3SBio's upfront as a % of the $2.6 billion upfront Sino Drug Watch tallied for January–August
2025": the numerator is the sum over our rows (the company's deals announced in that period),
the denominator the tracker's figure as reported. The answer says which is which: it is a ratio
of two sources, never a share the tracker reported.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from assistant.tools.dealbook import DealBook, money, names, split_disclosed, sum_of
from assistant.tools.market import metric_words
from assistant.tools.quantities import derived_qualifier, period_words, render_quantity, rounded
from assistant.tools.schema import DealFilter, FigureOut, MarketStatArgs, Metric, ResultLine, ToolResult

PERCENT_QUANTUM = Decimal("0.1")
MEASURES: dict[str, Metric] = {"upfront_total": "upfront", "milestones_total": "milestones", "total_value": "total"}


def period_filter(period: str) -> dict[str, Any]:
    """A market period as deal-filter fields: "2025-01/2025-08", "2025-H1", "2025-Q1", "2026-01", "2025"."""
    if "/" in period:
        start, end = period.split("/", 1)
        return {"date_from": start, "date_to": end}
    year = int(period[:4])
    if period[4:6] == "-H":
        return {"year": year, "half": int(period[6:])}
    if period[4:6] == "-Q":
        return {"year": year, "quarter": int(period[6:])}
    if len(period) == 7:
        return {"year": year, "month": int(period[5:7])}
    return {"year": year}


def deal_share(book: DealBook, args: MarketStatArgs) -> ToolResult:
    measure = MEASURES.get(args.metric)
    reported = book.market.rows(args.metric, args.model_copy(update={"subject": None}), args.period)
    totals = [row for row in reported if not row.subject and row.value]
    if args.period is None and len({row.period for row in totals}) > 1:
        totals = []  # several periods reported and none asked: no one total to set against
    if measure is None or not args.subject or not totals:
        message = f"No reported market statistic gives the {metric_words(args.metric)} for the period asked."
        return book.result("market_stat", args, message=message)
    role = next((c.role for c in book.tables.companies if c.name == args.subject), "both")
    side = "licensor" if role == "licensor" else "licensee" if role == "licensee" else "company"
    pair = {"licensee": args.licensee} if args.licensee else {}  # one deal: "the Hengrui-GSK deal as % of ..."
    wanted = DealFilter.model_validate({side: args.subject, **pair, **period_filter(totals[0].period)})
    deals = book.select(wanted)
    used, missing = split_disclosed(deals, measure)
    where = book.where(wanted)
    if not used:
        message = f"Our table holds no deal {where} with a disclosed {measure}."
        return book.result("market_stat", args, message=message)
    value, qualifier = sum_of(used, measure)
    part = FigureOut(
        label=f"sum of {measure}, {where}",
        value=value,
        qualifier=qualifier,
        expression=f"sum(deals[{','.join(d.deal_id for d in used)}].{measure})",
        provenance=book.prov(used, measure),
    )
    # Each tracker's total has its own scope (all deals, or only billion-dollar ones): the first one
    # reported is used, and the others are named so that one can be asked for.
    total = totals[0]
    share, share_q = rounded(
        value / total.value * 100, PERCENT_QUANTUM, derived_qualifier(qualifier, [total.qualifier])
    )
    ratio = FigureOut(
        label=f"{measure} in our table {where} as a percentage of {total.reporter}'s {args.metric}, {total.period}",
        value=share,
        unit="percent",
        qualifier=share_q,
        expression=f"{part.expression} / market_stats[{total.stat_id}] × 100",
        provenance=part.provenance + book.market.provenance(total),
    )
    text = (
        f"The {measure} in our table {where} ({names([deal.label for deal in used])}) comes to "
        f"{money(value, qualifier)}, which is {render_quantity(share, 'percent', share_q)} of the "
        f"{render_quantity(total.value, total.unit, total.qualifier)} {total.reporter} reported for "
        f"{period_words(total.period)} {_scope(total.scope)}"
    )
    lines = [ResultLine(text=text + ".", provenance=ratio.provenance)]
    figures = [part, book.market.figure(total), ratio]
    others = list(dict.fromkeys(row.reporter for row in totals[1:] if row.reporter != totals[0].reporter))
    if others:
        lines.append(
            ResultLine(
                text=f"{names(others)} also reported a total for this period, with its own scope; name it to use it."
            )
        )
    if missing:
        lines.append(ResultLine(text=f"The {measure} was not disclosed for {names([d.label for d in missing])}."))
    note = "This sets a figure from our deal table against a tracker's total; the tracker reported no such share."
    lines.append(ResultLine(text=note))
    return book.result("market_stat", args, lines=lines, figures=figures, deal_ids=[d.deal_id for d in deals])


def _scope(scope: str) -> str:
    """The tracker's scope in words; one stating amounts ("deals worth $1 billion or more") is left to the
    cited passage, which states them, so that no amount appears uncited."""
    return f"(scope: {scope})" if not any(ch.isdigit() for ch in scope) else "(for the scope its cited passage states)"
