"""The gap between the first two places of a ranking of deals: "how far behind #1 was the second-largest 2025 deal
by total value?", "the gap between the largest and the second-largest 2024 upfronts".

Asked as a ranking of two (``RankArgs.gap``), the answer lists both deals and then says by how much the first
leads the second, in dollars and as a percent of the second, with the rule every difference follows
(``quantities.difference_qualifier``: a gap between two caps or estimates is "about").
"""

from __future__ import annotations

from decimal import Decimal

from assistant.corpus.tables import Deal
from assistant.tools.dealbook import PLURAL, DealBook, money
from assistant.tools.quantities import derived_qualifier, difference_qualifier, render_quantity, rounded
from assistant.tools.schema import FigureOut, Metric, ResultLine

PERCENT_QUANTUM = Decimal("0.1")


def place_gap(book: DealBook, metric: Metric, first: Deal, second: Deal) -> tuple[ResultLine, list[FigureOut]]:
    """One line and its figures: the first place's figure less the second's, and that gap as a percent of the second."""
    top, runner = book.figure(first, metric), book.figure(second, metric)
    assert top.value is not None and runner.value is not None  # ranked deals disclosed the figure
    both = top.provenance + runner.provenance
    gap_q = difference_qualifier(top.qualifier, runner.qualifier)
    near_term = "; the gap counts near-term payments" if gap_q == "incl_near_term" else ""
    gap_q = "exact" if gap_q == "incl_near_term" else gap_q
    gap = abs(top.value - runner.value)
    figures = [
        FigureOut(
            label=f"difference in {metric}, first place minus second",
            value=gap,
            qualifier=gap_q,
            expression=f"|{top.expression} - {runner.expression}|",
            provenance=both,
        )
    ]
    if gap == 0:
        return ResultLine(text=f"The first two are tied on {PLURAL[metric]}.", provenance=both), figures
    above = "above" if top.value > runner.value else "below"
    text = f"The first is {money(gap, gap_q)} {above} the second"
    if runner.value:
        qualifier = derived_qualifier(top.qualifier, [runner.qualifier])
        share, share_q = rounded(gap / runner.value * 100, PERCENT_QUANTUM, qualifier)
        figures.append(
            FigureOut(
                label=f"difference in {metric} as a percent of the second place",
                value=share,
                unit="percent",
                qualifier=share_q,
                expression=f"|{top.expression} - {runner.expression}| / {runner.expression} × 100",
                provenance=both,
            )
        )
        text += f" ({render_quantity(share, 'percent', share_q)} {'more' if above == 'above' else 'less'})"
    return ResultLine(text=text + near_term + ".", provenance=both), figures
