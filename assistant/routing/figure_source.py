"""Where a quoted figure comes from: "Where does the '$2.6 billion in upfronts' figure for 2025 come from?" asks which
tracker reported that figure. Read as the tracker upfront total for 2025 with no tracker named, the full-year row was
looked for and none held $2.6 billion, so it was refused; the figure is Sino Drug Watch's upfront tally for January to
August 2025. ``figure_sourced`` names the tracker whose row (market_stats.csv) holds the quoted figure, for the
measure and within the period asked, so that tracker's figure for that part of the year is given with its source.

Matches a question asking a figure's source ("where does ... come from", "who reported", "whose figure", "what is the
source of", "who came up with", "which tracker said") that quotes one money figure, planned as one ``market_stat``
call naming no tracker; only when exactly one tracker's row holds the figure (within rounding) is it named, else the
plan is left as it was.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.corpus.tables import MarketStat
from assistant.money import find_money
from assistant.tools.quantities import within_year
from assistant.tools.schema import ToolCall

SOURCE_RE = re.compile(
    r"\b(?:where\s+(?:does|did|do|is|was)\b.{0,80}?\b(?:come|came|coming)\s+from|(?:what|which)(?:'s|\s+is|\s+was)?\s+"
    r"(?:the\s+)?(?:source|origin)\b|who\s+(?:reported|published|said|counted|tallied|came\s+up\s+with|put\s+out|"
    r"is\s+behind)|whose\s+(?:figure|number|tally|count|estimate|data)|(?:which|what)\s+(?:tracker|source|outlet|"
    r"report|database)\s+(?:said|says|reported|gave|gives|has|had|put|puts|counted|tallied)|sourced?\s+(?:from|to)|"
    r"attribut\w+\s+to|properly\s+attributed|attribution)",
    re.IGNORECASE | re.DOTALL,
)


def holds(stat: MarketStat, figure: Decimal) -> bool:
    """The row's value said to the quoted figure's last digit, and never more than 5% off: "$2.6 billion" holds
    2,600,000,000 and 2,630,000,000, "$135.7 billion" holds 135,655,000,000; "$2.6 billion" does not hold
    2,220,000,000, and a round "$1 billion" holds 1,020,000,000 but not 1,400,000,000 (its last digit alone would)."""
    last_digit = min(Decimal(10) ** int(figure.normalize().as_tuple().exponent), figure / 10)
    return stat.unit == "USD" and abs(stat.value - figure) * 2 <= last_digit


def figure_sourced(calls: list[ToolCall], question: str, stats: list[MarketStat]) -> list[ToolCall]:
    """``calls`` with the one ``market_stat`` call naming no tracker given the tracker whose row holds the figure
    ``question`` quotes and asks the source of (``stats``: market_stats.csv's rows)."""
    if (
        len(calls) != 1
        or calls[0].tool != "market_stat"
        or calls[0].args.get("reporter")
        or calls[0].args.get("derive")
    ):
        return calls
    figures = [mention.amount for mention in find_money(question) if mention.amount is not None]
    if len(figures) != 1 or not SOURCE_RE.search(question):
        return calls
    args = calls[0].args
    period = str(args.get("period") or "")
    rows = [
        stat
        for stat in stats
        if stat.metric == args.get("metric")
        and holds(stat, Decimal(figures[0]))
        and (not period or stat.period == period or within_year(stat.period, period))
    ]
    if len({row.reporter for row in rows}) != 1:
        return calls
    return [calls[0].model_copy(update={"args": {**args, "reporter": rows[0].reporter}})]
