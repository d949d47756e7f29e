"""The ranked deals' share of a total: "what % of 2025's upfront money did the three largest deals take?"

The share is the ranked deals' sum over the sum of every deal the ranking drew from that
disclosed the figure (a deal that kept it private is in neither sum), said with both sums and the
number of deals each covers.
"""

from __future__ import annotations

from assistant.corpus.tables import Deal
from assistant.tools.dealbook import PLURAL, DealBook, count_deals, count_figure, ids, money, percent_figure, sum_of
from assistant.tools.quantities import render_quantity
from assistant.tools.schema import FigureOut, Metric, ResultLine


def top_share(
    book: DealBook, metric: Metric, ranked: list[Deal], used: list[Deal], where: str
) -> tuple[ResultLine, list[FigureOut]]:
    """One line and its figures: the ranked deals' sum, the whole, and the share."""
    part, part_q = sum_of(ranked, metric)
    whole, whole_q = sum_of(used, metric)
    both = book.prov(used, metric)
    part_figure = FigureOut(
        label=f"sum of {metric}, the {len(ranked)} ranked deals",
        value=part,
        qualifier=part_q,
        expression=f"sum(deals[{ids(ranked)}].{metric})",
        provenance=book.prov(ranked, metric),
    )
    whole_figure = FigureOut(
        label=f"sum of {metric}, every deal {where} with it disclosed",
        value=whole,
        qualifier=whole_q,
        expression=f"sum(deals[{ids(used)}].{metric})",
        provenance=both,
    )
    figures = [part_figure, whole_figure, count_figure("deals ranked", len(ranked), f"count(deals[{ids(ranked)}])")]
    figures += [count_figure(f"deals with the {metric} disclosed, {where}", len(used), f"count(deals[{ids(used)}])")]
    text = (
        f"{'That deal comes' if len(ranked) == 1 else f'Together the {count_deals(len(ranked))} above come'} to "
        f"{money(part, part_q)} of the {money(whole, whole_q)} "
        f"in {PLURAL[metric]} across the {count_deals(len(used))} {where} that disclosed one"
    )
    if whole:
        label = f"the ranked deals' share of the sum of {PLURAL[metric]}, {where}"
        share = percent_figure(label, part_figure, whole_figure, both)
        figures.append(share)
        text += f": {render_quantity(share.value, 'percent', share.qualifier)}"
    return ResultLine(text=text + ".", provenance=both), figures
