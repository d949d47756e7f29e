"""A count of a kind of deal inside a set the table holds, when none is of that kind: 0, said with the set.

"AZ's 2025 China deals?" then "how many of those were ADCs?" counts AstraZeneca's 2025 deals of modality ADC. There
are none, and the count came back as "Our table holds no deal ...": the answer was refused, though "none" is the
answer, and the table shows it (three 2025 deals, none an ADC). When a count's filter names a kind (modality,
therapeutic area, asset) and the same filter without the kind still holds deals, the count is 0, and the deals
of the wider set are named with their kind, so the reader sees why:

- takes: "how many of AZ's 2025 deals were ADCs?", "how many oncology deals did Novo Nordisk sign?"
- leaves: "how many deals did Pfizer sign in 2019?" (the wider set is empty too: no answer from the table),
  a sum or ranking over nothing, a count of companies.
"""

from __future__ import annotations

from decimal import Decimal

from assistant.tools.dealbook import DealBook, count_deals, newest_first
from assistant.tools.schema import AggregateArgs, FigureOut, ResultLine, ToolResult

_KINDS = {"modality": "modality", "therapeutic_area": "therapeutic area", "asset": "asset"}
_NAMED_LIMIT = 8


def zero_count(book: DealBook, args: AggregateArgs) -> ToolResult | None:
    """A count of 0 over ``args``' filter when its kind empties a set of deals the table holds, or None."""
    if args.operation != "count" or args.distinct or args.group_by:
        return None
    kinds = [field for field in _KINDS if getattr(args.filter, field)]
    if not kinds:
        return None
    wider = args.filter.model_copy(update=dict.fromkeys(kinds))
    if wider == type(wider)():
        return None  # no set named beside the kind: "how many gene-therapy deals?" is a plain count of nothing
    deals = newest_first(book.select(wider))
    if not deals:
        return None
    where, around = book.where(args.filter), book.where(wider)
    field = kinds[0]
    text = f"Our table holds 0 deals {where}: none of the {count_deals(len(deals))} {around} has that {_KINDS[field]}"
    if len(deals) <= _NAMED_LIMIT:
        shown = [f"{book.named([deal], wider)} ({getattr(deal, field)})" for deal in deals]
        text += ": " + "; ".join(shown)
    text += "; that counts the deals in our table, not a tracker's market count."
    provenance = book.cite(deals)
    figure = FigureOut(
        label=f"count of deals, {where}",
        value=Decimal(0),
        unit="count",
        expression="count(deals[])",
        provenance=provenance,
    )
    held = FigureOut(  # the set's own count, said beside the 0
        label=f"count of deals, {around}",
        value=Decimal(len(deals)),
        unit="count",
        expression=f"count(deals[{', '.join(deal.deal_id for deal in deals)}])",
        provenance=provenance,
    )
    lines = [ResultLine(text=text, provenance=provenance)]
    return book.result(
        "aggregate", args, lines=lines, figures=[figure, held], deal_ids=[deal.deal_id for deal in deals]
    )
