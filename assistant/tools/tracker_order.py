"""Trackers set in order: "which tracker reported the largest 2025 total?" is answered by every
tracker's figure for the period, led by a sentence that names the largest (or the smallest).

Trackers count different markets (mainland licensors, Greater China, deals with large pharma), so
the leading sentence names the scope of the figure it picks; figures of one value are named together.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from assistant.corpus.provenance import Provenance
from assistant.corpus.tables import MarketStat
from assistant.tools.quantities import period_words, render_quantity
from assistant.tools.schema import ResultLine

ORDERS = ("largest", "smallest")


# counts said as "157 deals", "54 Chinese companies (licensors)": the number with what it counts; every
# licensor count in market_stats.csv counts Chinese companies (drugmakers, biopharmas), so a reader
# asking "how many Chinese cos" sees the word companies
COUNTED = {
    "deal_count": "deals",
    "licensor_count": "Chinese companies (licensors)",
    "deals_over_1b_count": "deals worth a billion dollars or more",
}


def counted_sentence(stat: MarketStat) -> str | None:
    """ "PharmCube NextPharma (via Caixin) counted 157 deals in 2025 (scope: …)." for a count; else None."""
    noun = COUNTED.get(stat.metric)
    if noun is None or stat.subject:
        return None
    value = render_quantity(stat.value, stat.unit, stat.qualifier)
    return f"{stat.reporter} counted {value} {noun} in {period_words(stat.period)} (scope: {stat.scope})."


def possessive(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def order_lines(
    stats: Sequence[MarketStat], order: str | None, provenance: Callable[..., list[Provenance]]
) -> list[ResultLine]:
    """The sentence that names the tracker (or trackers) at the top or the bottom; none for one tracker."""
    if order not in ORDERS or len({stat.reporter for stat in stats}) < 2:
        return []
    pick = max if order == "largest" else min
    value = pick(stat.value for stat in stats)
    at_end = [stat for stat in stats if stat.value == value]
    periods = {stat.period for stat in stats}
    when = f" for {period_words(next(iter(periods)))}" if len(periods) == 1 else ""
    named = " and ".join(f"{stat.reporter} (scope: {stat.scope})" for stat in at_end)
    verb = "reported" if len(at_end) == 1 else "both reported" if len(at_end) == 2 else "all reported"
    figure = render_quantity(at_end[0].value, at_end[0].unit, at_end[0].qualifier)
    text = f"Of the {len(stats)} figures the trackers reported{when}, the {order} is {figure}: {named} {verb} it."
    return [ResultLine(text=text, provenance=provenance(*at_end))]
