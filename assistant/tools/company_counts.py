"""Companies counted instead of deals: "how many different licensors", "licensors with more than one
deal", and "how many licensors did more deals than Hengrui" (the named company's own count, then the
companies above it, named when few enough).
"""

from __future__ import annotations

from decimal import Decimal

from assistant.corpus.tables import Deal
from assistant.tools.dealbook import NAMED_LIMIT, DealBook, count_deals, count_figure, ids, names, newest_first
from assistant.tools.schema import AggregateArgs, FigureOut, ResultLine

_SMALL = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def _none_with(
    book: DealBook, busiest: list[Deal], where: str, side: str, least: int, most: int
) -> tuple[list[FigureOut], list[ResultLine]]:
    """No company of ``side`` has ``least`` of the deals: said, with the most any one has (``busiest``: its deals)."""
    text = (
        f"No {side} in our table {where} has at least {_SMALL.get(least, str(least))} deals; "
        f"the most any one has is {count_deals(most)}."
    )
    provenance = book.cite(newest_first(list({deal.deal_id: deal for deal in busiest}.values())))
    figures = [
        count_figure(f"different {side}s with at least {least} deals, {where}", 0, f"count(distinct {side})"),
        count_figure(f"deals asked for at least (the question's bound), {where}", least, "bound asked"),
        count_figure(f"most deals of one {side}, {where}", most, f"max(count(deals per {side}))", provenance),
    ]
    return figures, [ResultLine(text=text, provenance=provenance)]


def count_companies(
    book: DealBook, deals: list[Deal], where: str, side: str, least: int
) -> tuple[list[FigureOut], list[ResultLine]]:
    """How many different licensors (or licensees) the deals have (those with at least ``least`` of
    them: "licensors with more than one deal"), named when few enough."""
    by_company: dict[str, list[Deal]] = {}
    for deal in newest_first(deals):
        for name in deal.licensors if side == "licensor" else deal.licensees:
            by_company.setdefault(name, []).append(deal)
    most = max((len(held) for held in by_company.values()), default=0)
    busiest = [deal for held in by_company.values() if len(held) == most for deal in held]
    by_company = {name: held for name, held in by_company.items() if len(held) >= least}
    if not by_company:  # "did any company sign more than 10 deals?": none did; the most any signed
        return _none_with(book, busiest, where, side, least, most)
    role = "licensor" if side == "licensor" else "licensee"
    role += "" if len(by_company) == 1 else "s"
    if least > 1:
        # in words: the bound is the question's ("more than one deal"), not a figure of the answer
        role += f" with at least {_SMALL.get(least, str(least))} deals" + ("" if len(by_company) == 1 else " each")
        deals = [deal for deal in deals if any(deal in held for held in by_company.values())]
    named = list(by_company)
    provenance = book.cite(newest_first(deals))
    text = f"The {count_deals(len(deals))} in our table {where} have {len(by_company)} different {role}"
    per_company: list[FigureOut] = []
    if least > 1:
        text = f"Among the deals in our table {where}, {len(by_company)} {role} (their {count_deals(len(deals))})"
        # "licensors with at least 3 deals": each named with its own count, most first, cited to its deals
        named = [f"{name} ({len(held)})" for name, held in sorted(by_company.items(), key=lambda item: -len(item[1]))]
        per_company = [
            count_figure(f"deals of {name}, {where}", len(held), f"count(deals[{ids(held)}])", book.cite(held))
            for name, held in by_company.items()
        ]
    text += f": {names(named)}".rstrip(".") + "." if len(named) <= NAMED_LIMIT else "."  # "Merck & Co." ends it
    figure = FigureOut(
        label=f"count of different {role}, {where}",
        value=Decimal(len(by_company)),
        unit="count",
        expression=f"count(distinct deals[{ids(deals)}].{side})",
        provenance=provenance,
    )
    deal_count = count_figure(f"deals matched: {where}", len(deals), f"count(deals[{ids(deals)}])", provenance)
    # one sentence, so that the counts named stand with the markers that cite them
    ending = "; that counts" if least > 1 and len(named) <= NAMED_LIMIT else " That counts"
    text = text.removesuffix(".") if ending.startswith(";") else text
    lines = [ResultLine(text=f"{text}{ending} companies in our table's deals, not a tracker's.", provenance=provenance)]
    return [figure, deal_count, *per_company], lines


def companies_above(
    book: DealBook, args: AggregateArgs, deals: list[Deal], where: str, side: str, named: str
) -> tuple[list[FigureOut], list[ResultLine]]:
    """The companies of ``side`` with more of ``deals`` than ``named`` has: its own count said first."""
    own = [deal for deal in deals if named in (deal.licensors if side == "licensor" else deal.licensees)]
    provenance = book.cite(newest_first(own)) if own else []
    said = ResultLine(text=f"{named} has {count_deals(len(own))} in our table {where}.", provenance=provenance)
    figure = count_figure(f"deals of {named}, {where}", len(own), f"count(deals[{ids(own)}])", provenance)
    figures, lines = count_companies(book, deals, where, side, len(own) + 1)
    return [figure, *figures], [said, *lines]
