"""Single deals (or companies, over their deals) ranked by how their money is spread: "which deal had the highest ratio of milestones to
upfront?", "the most back-loaded deal of 2025", "2024 deals ranked by upfront as a share of the total".

Three ratios of one deal's own figures, each over the deals that disclosed both: ``milestone_multiple``
(milestones ÷ upfront, in times: back-loaded deals first), ``total_multiple`` (total ÷ upfront, in times: an
analyst's "TV/UF multiple") and ``upfront_share`` (upfront ÷ total, in percent: front-loaded deals first). Each line gives the two figures the ratio divides, so it can be
checked; a deal missing either figure is counted and left out, never ranked as zero.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Literal

from assistant.corpus.tables import Deal
from assistant.dates import month_words
from assistant.tools.dealbook import (
    TABLE_CAVEAT,
    DealBook,
    count_deals,
    count_figure,
    ids,
    money,
    names,
    short_asset,
    sum_of,
)
from assistant.tools.places import places_at, tied_ordinal, with_ties
from assistant.tools.quantities import derived_qualifier, render_quantity, rounded
from assistant.tools.schema import FigureOut, Metric, RankArgs, ResultLine, ToolResult

# the ratio: (numerator, denominator, unit, the words of the ranking)
RATIOS: dict[str, tuple[Metric, Metric, Literal["ratio", "percent"], str]] = {
    "milestone_multiple": ("milestones", "upfront", "ratio", "milestones as a multiple of the upfront"),
    "upfront_share": ("upfront", "total", "percent", "upfront as a share of the total deal value"),
    "total_multiple": ("total", "upfront", "ratio", "total deal value as a multiple of the upfront"),
}
_QUANTUM = {"ratio": Decimal("0.1"), "percent": Decimal("0.1")}


def _quantum(value: Decimal, unit: str) -> Decimal:
    """A multiple under 10 to two places ("1.86 times", as a comparison says it), else one place."""
    return Decimal("0.01") if unit == "ratio" and abs(value) < 10 else _QUANTUM[unit]


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
    if args.dimension in ("licensor", "licensee"):
        return _companies_by_ratio(book, args, both, where, left_out)
    by_id = {d.deal_id: d for d in both}
    exact = {d.deal_id: d.figure(top).amount / d.figure(bottom).amount * scale for d in both}  # type: ignore[operator]
    keys, values, places = _ordered(args, exact, lambda deal_id: by_id[deal_id].announced)
    if places is None:
        return book.result("rank", args, message=f"Our table ranks only {count_deals(len(exact))} {where}.")
    unranked = f"; {count_deals(left_out)} without both figures not ranked" if left_out else ""
    header = (
        f"Deals in our table {where} with the {_end(args)} {words}, in order (over {count_deals(len(both))}{unranked}):"
    )
    lines = [ResultLine(text=header)]
    figures = _both_counted(top, bottom, both, where, left_out)
    ranked = [by_id[key] for key in keys]
    for index, deal in enumerate(ranked):
        if index not in places:
            continue
        upper, lower = book.figure(deal, top), book.figure(deal, bottom)
        value, qualifier = rounded(
            exact[deal.deal_id],
            _quantum(exact[deal.deal_id], unit),
            derived_qualifier(upper.qualifier, [lower.qualifier]),
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
            f"{tied_ordinal(values, index)}, {names(deal.licensors)} licensed {short_asset(deal)} to "
            f"{names(deal.licensees)} ({month_words(deal.announced)}): {render_quantity(value, unit, qualifier)} "
            f"({top} {money(upper.value, upper.qualifier)}, {bottom} {money(lower.value, lower.qualifier)})."
        )
        lines.append(ResultLine(text=text, provenance=ratio.provenance))
    lines.append(ResultLine(text=TABLE_CAVEAT))
    rows = [d.deal_id for index, d in enumerate(ranked) if index in places]
    return book.result("rank", args, lines=lines, figures=figures, deal_ids=rows, rows=rows)


def _companies_by_ratio(book: DealBook, args: RankArgs, both: list[Deal], where: str, left_out: int) -> ToolResult:
    """Companies ranked by the ratio of their deals' summed figures ("which Chinese biotech got the largest
    upfront relative to its deal total"), over the deals that disclosed both."""
    top, bottom, unit, words = RATIOS[str(args.metric)]
    scale = Decimal(100) if unit == "percent" else Decimal(1)
    held: dict[str, list[Deal]] = {}
    for deal in both:
        for name in deal.licensors if args.dimension == "licensor" else deal.licensees:
            held.setdefault(name, []).append(deal)
    sums = {name: (sum_of(deals, top), sum_of(deals, bottom)) for name, deals in held.items()}
    exact = {name: upper[0] / lower[0] * scale for name, (upper, lower) in sums.items() if lower[0]}
    ranked, values, places = _ordered(args, exact, lambda name: name)
    if places is None:
        return book.result("rank", args, message=f"Our table ranks only {len(exact)} {args.dimension}s {where}.")
    unranked = f"; {count_deals(left_out)} without both figures left out" if left_out else ""
    header = (
        f"{args.dimension.capitalize()}s in our table {where} with the {_end(args)} {words} across their deals, in order "
        f"(over {count_deals(len(both))}{unranked}):"
    )
    lines = [ResultLine(text=header)]
    figures = _both_counted(top, bottom, both, where, left_out)
    for index, name in enumerate(ranked):
        if index not in places:
            continue
        (upper, upper_q), (lower, lower_q) = sums[name]
        value, qualifier = rounded(exact[name], _quantum(exact[name], unit), derived_qualifier(upper_q, [lower_q]))
        deals = held[name]
        provenance = book.prov(deals, top) + book.prov(deals, bottom)
        figures.append(
            FigureOut(
                label=f"{words}, {name}'s deals {where}",
                value=value,
                unit=unit,
                qualifier=qualifier,
                expression=f"sum(deals[{ids(deals)}].{top}) / sum(deals[{ids(deals)}].{bottom})"
                + (" × 100" if unit == "percent" else ""),
                provenance=provenance,
            )
        )
        text = (
            f"{tied_ordinal(values, index)}, {name}: {render_quantity(value, unit, qualifier)} ({top} "
            f"{money(upper, upper_q)}, {bottom} {money(lower, lower_q)}, across {count_deals(len(deals))})."
        )
        lines.append(ResultLine(text=text, provenance=provenance))
    lines.append(ResultLine(text=TABLE_CAVEAT))
    return book.result("rank", args, lines=lines, figures=figures, deal_ids=[d.deal_id for d in both], rows=ranked)


def _ordered(
    args: RankArgs, exact: dict[str, Decimal], tiebreak: Callable[[str], str]
) -> tuple[list[str], list[Decimal], set[int] | None]:
    """The keys of ``exact`` down to the cut (ties kept), their ratios, and the places shown (None: no such place)."""
    sign = 1 if args.ascending else -1
    ranked = sorted(exact, key=lambda key: (sign * exact[key], tiebreak(key)))
    values = [exact[key] for key in ranked]
    shown = with_ties(values, args.n)
    return ranked[:shown], values[:shown], places_at(values[:shown], args.position)


def _end(args: RankArgs) -> str:
    return "lowest" if args.ascending else "highest"


def _both_counted(top: Metric, bottom: Metric, both: list[Deal], where: str, left_out: int) -> list[FigureOut]:
    """The deals ranked and, when some were, those left out for want of a figure: the header states both counts."""
    counted = [
        count_figure(f"deals with both {top} and {bottom} disclosed, {where}", len(both), f"count(deals[{ids(both)}])")
    ]
    if left_out:
        label = f"deals without both {top} and {bottom} disclosed, {where}"
        counted.append(count_figure(label, left_out, f"count(deals {where}) - count(deals[{ids(both)}])"))
    return counted
