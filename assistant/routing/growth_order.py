"""Growth between two years said with "vs": "total milestones across our deals, 2023 vs 2024 - growth?".

"vs" makes the question a comparison, and a comparison sets its sides in the order they were said, so
the change came out from 2024 back to 2023 (-38%) when the growth from 2023 to 2024 (+62%) was asked.
When a comparison of one measure sets two years against each other (the same filters otherwise) and the question asks how it grew,
the later year goes first: the change is then the growth from the earlier year to the later one.
"""

from __future__ import annotations

import re

from assistant.routing.growth_words import GROWTH_BY_PERCENT_RE
from assistant.tools.schema import ToolCall

# A word asking how the figure moved; "difference" and "gap" ask for the gap itself, whichever way round.
GROWTH_WORD_RE = re.compile(
    r"\bgr[eo]w(?:th|n|s)?\b|\bchange[ds]?\b|\bchg\b|\bincreas(?:e|ed|es)\b|\byoy\b|\by/y\b|\byear[- ]over[- ]year\b|增长",
    re.IGNORECASE,
)


def later_first(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """``calls`` with a two-year comparison of one measure ordered later year first when growth is asked."""
    if not GROWTH_WORD_RE.search(question) and not GROWTH_BY_PERCENT_RE.search(question):  # "up how many %"
        return calls
    return [_ordered(call) for call in calls]


def _ordered(call: ToolCall) -> ToolCall:
    left, right = call.args.get("left"), call.args.get("right")
    if call.tool != "compare" or not isinstance(left, dict) or not isinstance(right, dict):
        return call
    if call.args.get("right_metric") or _beside_year(left) != _beside_year(right):
        return call  # two measures, or sides that differ by more than their year: not one figure over time
    earlier, later = left.get("year"), right.get("year")
    if not isinstance(earlier, int) or not isinstance(later, int) or earlier >= later:
        return call
    return call.model_copy(update={"args": {**call.args, "left": right, "right": left}})


def _beside_year(side: dict[str, object]) -> dict[str, object]:
    """The side's filters besides its year (a company, an area, a bound), empty ones left out."""
    return {key: value for key, value in side.items() if key != "year" and value}
