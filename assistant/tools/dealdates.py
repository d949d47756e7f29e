"""Deals ranked by announcement date: "the latest deal in your data", "the earliest 2024 deal".

The ``rank`` tool with ``metric="announced"`` orders single deals by the date they were
announced, newest first (``ascending`` for the earliest), and states each deal's headline terms,
so that "the earliest 2024 deal, and what did it carry upfront?" is answered in one line.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.corpus.tables import Deal
from assistant.dates import month_words
from assistant.tools.dealbook import DealBook, count_deals, money, short_asset
from assistant.tools.schema import FigureOut, RankArgs, ResultLine, ToolResult


def rank_by_date(book: DealBook, args: RankArgs, deals: list[Deal], where: str) -> ToolResult:
    """The ``n`` newest (or, ascending, oldest) deals of ``deals``, each with its headline terms."""
    # A date known only to the month or year ("2025-01") is never taken for the earliest or latest of it.
    pad = "-99-99" if args.ascending else "-00-00"
    ordered = sorted(
        deals, key=lambda deal: deal.announced + pad[len(deal.announced) - 4 :], reverse=not args.ascending
    )
    if args.position:
        if args.position > len(ordered):
            return book.result("rank", args, message=f"Our table holds only {count_deals(len(ordered))} {where}.")
        shown = [ordered[args.position - 1]]
    else:
        # deals announced on the same day as the last one shown are shown too: none is "later"
        cut = ordered[min(args.n, len(ordered)) - 1].announced
        shown = ordered[: args.n] + [deal for deal in ordered[args.n :] if deal.announced == cut]
    end = "earliest" if args.ascending else "latest"
    header = f"The {end} {'deal' if len(shown) == 1 else 'deals'} by announcement date in our table {where}"
    header += f" (of {count_deals(len(deals))})"
    lines = [ResultLine(text=f"{header}:")]
    figures: list[FigureOut] = []
    for deal in shown:
        kind = ", ".join(part for part in (deal.modality, deal.therapeutic_area) if part)
        text = (
            f"{' & '.join(deal.licensors)} licensed {short_asset(deal)}{f' ({kind})' if kind else ''} to "
            f"{' & '.join(deal.licensees)}, announced {month_words(deal.announced)}: upfront "
            f"{money(deal.upfront.amount, deal.upfront.qualifier)}; total {money(deal.total.amount, deal.total.qualifier)}."
        )
        lines.append(ResultLine(text=text, provenance=book.prov([deal], "upfront") + book.prov([deal], "total")))
        figures += [book.figure(deal, "upfront"), book.figure(deal, "total")]
    figures.append(
        FigureOut(
            label=f"deals ranked by date: {where}",
            value=Decimal(len(deals)),
            unit="count",
            expression="count(rank by announced)",
            provenance=book.cite(deals),
        )
    )
    rows = [deal.deal_id for deal in shown]
    return book.result("rank", args, lines=lines, figures=figures, deal_ids=rows, rows=rows)
