"""Single deals ranked by how their money is spread: "which deal had the highest ratio of milestones to
upfront?", "the most back-loaded deal of 2025", "2024 deals ranked by upfront as a share of the total".

Two ratios of one deal's own figures, each over the deals that disclosed both: ``milestone_multiple``
(milestones ÷ upfront, in times: back-loaded deals first) and ``upfront_share`` (upfront ÷ total, in
percent: front-loaded deals first). Each line gives the two figures the ratio divides, so it can be
checked; a deal missing either figure is counted and left out, never ranked as zero.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from assistant.corpus.tables import Deal
from assistant.dates import month_words
from assistant.tools.dealbook import TABLE_CAVEAT, DealBook, count_deals, count_figure, ids, money, names, short_asset
from assistant.tools.places import places_at, tied_ordinal, with_ties
from assistant.tools.quantities import derived_qualifier, render_quantity, rounded
from assistant.tools.schema import FigureOut, Metric, RankArgs, ResultLine, ToolResult

# the ratio: (numerator, denominator, unit, the words of the ranking)
RATIOS: dict[str, tuple[Metric, Metric, Literal["ratio", "percent"], str]] = {
    "milestone_multiple": ("milestones", "upfront", "ratio", "milestones as a multiple of the upfront"),
    "upfront_share": ("upfront", "total", "percent", "upfront as a share of the total deal value"),
}
_QUANTUM = {"ratio": Decimal("0.1"), "percent": Decimal("0.1")}


def rank_by_ratio(book: DealBook, args: RankArgs, deals: list[Deal], where: str) -> ToolResult:
    """The deals of ``deals`` that disclosed both figures, ranked by the ratio of ``args.metric``."""
    top, bottom, unit, words = RATIOS[str(args.metric)]
    both = [d for d in deals if d.figure(top).amount is not None and d.figure(bottom).amount]
    left_out = len(deals) - len(both)
    if not both:
        return book.result(
            "rank", args, message=f"No deal in our table {where} disclosed both its {top} and its {bottom}."
        )
    scale = Decimal(100) if unit == "percent" else Decimal(1)
    exact = {d.deal_id: d.figure(top).amount / d.figure(bottom).amount * scale for d in both}  # type: ignore[operator]
    sign = 1 if args.ascending else -1
    ranked = sorted(both, key=lambda d: (sign * exact[d.deal_id], d.announced))
    values = [exact[d.deal_id] for d in ranked]
    shown = with_ties(values, args.n)
    places = places_at(values[:shown], args.position)
    if places is None:
        return book.result("rank", args, message=f"Our table ranks only {count_deals(len(values))} {where}.")
    end = "lowest" if args.ascending else "highest"
    unranked = f"; {count_deals(left_out)} without both figures not ranked" if left_out else ""
    header = f"Deals in our table {where} with the {end} {words}, in order (over {count_deals(len(both))}{unranked}):"
    lines = [ResultLine(text=header)]
    figures = [
        count_figure(f"deals with both {top} and {bottom} disclosed, {where}", len(both), f"count(deals[{ids(both)}])")
    ]
    for index, deal in enumerate(ranked[:shown]):
        if index not in places:
            continue
        upper, lower = book.figure(deal, top), book.figure(deal, bottom)
        value, qualifier = rounded(
            exact[deal.deal_id], _QUANTUM[unit], derived_qualifier(upper.qualifier, [lower.qualifier])
        )
        ratio = FigureOut(
            label=f"{words}, {deal.label}",
            value=value,
            unit=unit,
            qualifier=qualifier,
            expression=f"({upper.expression}) / ({lower.expression})" + (" × 100" if unit == "percent" else ""),
            provenance=upper.provenance + lower.provenance,
        )
        figures += [ratio, upper, lower]
        text = (
            f"{tied_ordinal(values[:shown], index)}, {names(deal.licensors)} licensed {short_asset(deal)} to "
            f"{names(deal.licensees)} ({month_words(deal.announced)}): {render_quantity(value, unit, qualifier)} "
            f"({top} {money(upper.value, upper.qualifier)}, {bottom} {money(lower.value, lower.qualifier)})."
        )
        lines.append(ResultLine(text=text, provenance=ratio.provenance))
    lines.append(ResultLine(text=TABLE_CAVEAT))
    rows = [d.deal_id for index, d in enumerate(ranked[:shown]) if index in places]
    return book.result("rank", args, lines=lines, figures=figures, deal_ids=rows, rows=rows)
