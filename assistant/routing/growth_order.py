"""Growth between two years said with "vs": "total milestones across our deals, 2023 vs 2024 - growth?".

"vs" makes the question a comparison, and a comparison sets its sides in the order they were said, so
the change came out from 2024 back to 2023 (-38%) when the growth from 2023 to 2024 (+62%) was asked.
When a comparison of one measure sets two years against each other (the same filters otherwise) and the question asks how it grew,
the later year goes first: the change is then the growth from the earlier year to the later one.

The same holds when the two sides are one pair's deals read as their dates rather than years: "argo novartis
upfront change 24->25 %" set the 2024 deal (2024-01-07) first and answered "15.6% more" when the upfront fell
13.5% from 2024 to 2025. Sides that differ only in their period (a year, a month, a quarter, a half or a date
range) are ordered by where each period starts.

A pair named with a slash or a dash and two years ("MediLink/Roche upfront, 2024 deal to 2026 deal: growth in %?")
was split into one side per company (Roche's 2026 deals against MediLink's 2024 deals, summing MediLink's BioNTech
deal in too). When growth is asked and one side names only a licensee and the other only a licensor, with nothing
else apart but the period, both sides are that pair's deals in their own period.
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
    left, right = _one_pair(left, right)
    call = call.model_copy(update={"args": {**call.args, "left": left, "right": right}})
    if call.args.get("right_metric") or _pinned_apart(left) != _pinned_apart(right):
        return call  # two measures, or sides that differ by more than their period: not one figure over time
    earlier, later = _start(left), _start(right)
    if earlier is None or later is None or earlier >= later:
        return call
    return call.model_copy(update={"args": {**call.args, "left": right, "right": left}})


_PERIOD_KEYS = ("year", "quarter", "month", "half", "date_from", "date_to")


def _beside_year(side: dict[str, object]) -> dict[str, object]:
    """The side's filters besides its period (a company, an area, a bound), empty ones left out."""
    return {key: value for key, value in side.items() if key not in _PERIOD_KEYS and value}


def _pinned_apart(side: dict[str, object]) -> dict[str, object]:
    """The side's filters besides its period and the one deal it is pinned to: "石药's shoufu from az, first deal
    2024 vs the 2026 obesity one, growth %" pins each side to one of the pair's deals, dated by its year."""
    return {key: value for key, value in _beside_year(side).items() if key != "deal_ids"}


def _start(side: dict[str, object]) -> str | None:
    """Where the side's period starts, as an ISO date ("2024-01-07"; a year alone from "2024-01-01"), else ``None``."""
    if isinstance(side.get("date_from"), str):
        return str(side["date_from"])
    year = side.get("year")
    if not isinstance(year, int):
        return None
    month = side.get("month")
    if not isinstance(month, int):
        quarter, half = side.get("quarter"), side.get("half")
        month = 3 * quarter - 2 if isinstance(quarter, int) else 6 * half - 5 if isinstance(half, int) else 1
    return f"{year}-{month:02d}-01"


def _one_pair(left: dict[str, object], right: dict[str, object]) -> tuple[dict[str, object], dict[str, object]]:
    """Both sides given the pair when one names only its licensee and the other only its licensor ("MediLink/Roche
    … 2024 deal to 2026 deal"), else the sides as they were."""
    rest_left, rest_right = _beside_year(left), _beside_year(right)
    pair: dict[str, object] = {}
    for one, other in ((rest_left, rest_right), (rest_right, rest_left)):
        if set(one) - {"exclusive"} == {"licensee"} and set(other) - {"exclusive"} == {"licensor"}:
            pair = {"licensor": other["licensor"], "licensee": one["licensee"]}
    if not pair or _start(left) is None or _start(right) is None:
        return left, right
    return {**left, **pair}, {**right, **pair}
