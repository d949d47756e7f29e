"""Two figures of one deal added: "Pfizer's upfront plus its equity investment in 3SBio, combined".

Each part is stated with its own sentence, then their sum. An equity purchase that the sources say
is part of the upfront ("a figure that includes an equity purchase", "the warrant portion of the
upfront") is not added again: the upfront is the day-one figure. A part not disclosed gives no sum.
"""

from __future__ import annotations

from assistant.corpus.tables import Deal
from assistant.money import combine_qualifiers
from assistant.tools.dealbook import SINGULAR, DealBook, money
from assistant.tools.schema import FigureOut, Metric, ResultLine

EQUITY_WORDS = ("equity", "share", "warrant", "stock")


def equity_in_upfront(deal: Deal) -> bool:
    """The sources say the deal's equity is paid as part of its upfront, not beside it."""
    equity_text = f"{deal.equity.quote} {deal.equity_note}".lower()
    included = any(word in deal.upfront.quote.lower() for word in EQUITY_WORDS) or "upfront" in equity_text
    return included and any(word in equity_text for word in EQUITY_WORDS)


def summed(book: DealBook, deal: Deal, metric: Metric, plus: Metric) -> tuple[list[ResultLine], list[FigureOut]]:
    """The sentence (and figure) adding ``plus`` to ``metric`` for one deal."""
    first, second = deal.figure(metric), deal.figure(plus)
    both = book.prov([deal], metric) + book.prov([deal], plus)
    missing = [SINGULAR[name] for name, stated in ((metric, first), (plus, second)) if stated.amount is None]
    if missing:
        verb = "were" if len(missing) > 1 else "was"
        text = f"The {' and the '.join(missing)} {verb} not disclosed ({deal.label}), so there is no sum of the two."
        return [ResultLine(text=text, provenance=both)], []
    assert first.amount is not None and second.amount is not None  # for mypy: checked just above
    if {metric, plus} == {"upfront", "equity"} and equity_in_upfront(deal):
        upfront = deal.upfront
        text = (
            f"The equity is part of the {money(upfront.amount, upfront.qualifier)} upfront, not on top of it, "
            f"so upfront and equity together come to {money(upfront.amount, upfront.qualifier)}."
        )
        figure = FigureOut(
            label=f"upfront including its equity part, {deal.label}",
            value=upfront.amount,
            qualifier=upfront.qualifier,
            expression=f"deals[{deal.deal_id}].upfront (includes deals[{deal.deal_id}].equity)",
            provenance=both,
        )
        return [ResultLine(text=text, provenance=both)], [figure]
    total = first.amount + second.amount
    qualifier = combine_qualifiers([first.qualifier, second.qualifier])
    text = (
        f"{SINGULAR[metric].capitalize()} plus {SINGULAR[plus]}: {money(first.amount, first.qualifier)} + "
        f"{money(second.amount, second.qualifier)} = {money(total, qualifier)} (our arithmetic)."
    )
    figure = FigureOut(
        label=f"{metric} plus {plus}, {deal.label}",
        value=total,
        qualifier=qualifier,
        expression=f"deals[{deal.deal_id}].{metric} + deals[{deal.deal_id}].{plus}",
        provenance=both,
    )
    return [ResultLine(text=text, provenance=both)], [figure]
