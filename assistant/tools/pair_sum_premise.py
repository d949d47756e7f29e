"""A sum over one pair's deal of a year it does not have: the year is a false premise, and the one deal answers.

"Summit's 2024 ivonescimab deal with Akeso, what was it worth in total?" is read as a sum of total value over the
Akeso–Summit deals of 2024, of which there are none (the deal was announced in 2022): ``aggregate`` had answered
"Our table holds no deal with ..." and the answer was refused. When the sum names a licensor and a licensee and a
year (and perhaps an asset, modality or area), matches nothing, and the pair (with that asset) has exactly one deal in the table,
that deal is looked up by ``get_deal`` with the year kept as a premise, so the year is corrected and the deal's
figure follows. A pair with several deals, or a sum over a company's deals, is left as it was.
"""

from __future__ import annotations

from assistant.tools.dealbook import DealBook
from assistant.tools.lookup import get_deal
from assistant.tools.schema import AggregateArgs, GetDealArgs, ToolResult

_PAIR_ONLY = {"licensor", "licensee", "asset", "year", "modality", "therapeutic_area", "exclusive", "scopes"}


def pair_sum_premise(book: DealBook, args: AggregateArgs) -> ToolResult | None:
    """``get_deal`` of the pair's one deal, its year corrected, or ``None`` when the sum is not that case."""
    wanted = args.filter
    said = {name for name, value in wanted.model_dump().items() if value not in (None, [], {}, "")}
    if args.operation != "sum" or args.group_by or not wanted.year or said - _PAIR_ONLY:
        return None
    if not (wanted.licensor and wanted.licensee):
        return None
    found = book.select(wanted.model_copy(update={"year": None}))  # the pair's deals of any year
    if len(found) != 1 or found[0].year == wanted.year:
        return None
    deal = found[0]
    lookup = GetDealArgs(
        deal_id=deal.deal_id, licensor=wanted.licensor, licensee=wanted.licensee, year=wanted.year, metric=args.metric
    )
    return get_deal(book, lookup)
