"""Companies ranked by how many different partners they signed with: "which buyer licensed from
the most Chinese companies", "which Chinese biotech has the most Western partners"; and the buyers'
countries by how many different buyers they have ("which country had the most buyers").

A count of counterparties, not of deals and not of money: a buyer's five deals with three
licensors make three partners. Each line names the partners, so the count can be checked.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.corpus.tables import Deal
from assistant.tools.dealbook import (
    TABLE_CAVEAT,
    UNSTATED,
    DealBook,
    count_deals,
    count_figure,
    ids,
    names,
    newest_first,
)
from assistant.tools.places import tied_ordinal, with_ties
from assistant.tools.schema import RankArgs, ResultLine, ToolResult

_ROLE = {
    "licensor": "licensors (Chinese companies)",
    "licensee": "licensees (buyers)",
    "licensee_country": "licensee countries",
}


def rank_by_partners(book: DealBook, args: RankArgs, deals: list[Deal], where: str) -> ToolResult:
    """Licensors (or licensees) of ``deals`` ranked by their number of different counterparties."""
    if args.dimension not in _ROLE:
        return book.result("rank", args, message="Only licensors and licensees have partners to count.")
    own = args.dimension
    by_company: dict[str, list[Deal]] = {}
    for deal in newest_first(deals):
        for name in deal.licensors if own == "licensor" else deal.licensees:
            key = book.countries.get(name) or UNSTATED if own == "licensee_country" else name
            if deal not in by_company.get(key, []):
                by_company.setdefault(key, []).append(deal)
    entries = [(key, _partners(book, held, own, key), held) for key, held in by_company.items()]
    entries.sort(key=lambda entry: (len(entry[1]) if args.ascending else -len(entry[1]), entry[0]))
    values = [Decimal(len(entry[1])) for entry in entries]
    shown = with_ties(values, args.n)
    other = "licensors" if own == "licensee" else "licensees"
    end = "Bottom" if args.ascending else "Top"
    lines = [
        ResultLine(
            text=f"{end} {_ROLE[own]} by number of different {other}, across the {count_deals(len(deals))} "
            f"in our table {where}, in order:"
        )
    ]
    figures = [count_figure(f"deals matched: {where}", len(deals), f"count(deals[{ids(deals)}])")]
    for index, (name, partners, held) in enumerate(entries[:shown]):
        provenance = book.cite(held)
        lines.append(
            ResultLine(
                text=f"{tied_ordinal(values[:shown], index)}, {name}: {len(partners)} different {other} "
                f"({names(partners)}) across {count_deals(len(held))}.",
                provenance=provenance,
            )
        )
        figures.append(
            count_figure(
                f"different {other} of {name}, {where}",
                len(partners),
                f"count(distinct deals[{ids(held)}].{other[:-1]})",
                provenance,
            )
        )
        figures.append(count_figure(f"deals of {name}, {where}", len(held), f"count(deals[{ids(held)}])", provenance))
    lines.append(ResultLine(text=TABLE_CAVEAT))
    rows = [entry[0] for entry in entries[:shown]]
    return book.result("rank", args, lines=lines, figures=figures, deal_ids=[d.deal_id for d in deals], rows=rows)


def _partners(book: DealBook, held: list[Deal], own: str, key: str) -> list[str]:
    """The other side's companies across ``held``, each once, newest deal first; for a licensee country,
    its own licensees ("which country had the most buyers")."""
    if own == "licensee_country":
        found = (name for deal in held for name in deal.licensees if (book.countries.get(name) or UNSTATED) == key)
        return list(dict.fromkeys(found))
    return list(
        dict.fromkeys(name for deal in held for name in (deal.licensees if own == "licensor" else deal.licensors))
    )
