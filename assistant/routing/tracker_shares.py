"""A tracker's upfront as a share of its upfront plus milestones: "Sino Drug Watch, end of Aug 2025: what share
of upfront plus milestones was the upfront part?", "per Sino Drug Watch, upfront was what % of upfront + milestones", "for the $1B+ partnerships Informa Connect
counted in 2024, upfronts were what % of their total value" (its upfront over its value for the same scope).

Both figures are that tracker's for one period (``derive="upfront_share"``); it had gone to the articles ("share,
nothing to take it of"). A company named, or only one of the two measures, is another question.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.tools.schema import ToolCall


def asks_tracker_upfront_share(slots: Any) -> bool:
    """A named tracker's upfront set against its upfront and milestones together."""
    return bool(
        slots.op == "share"
        and slots.reporter
        and not slots.companies
        and not slots.asset
        and "upfront" in slots.measures
        # "% of upfront plus milestones", "% of total value"; "of its $1 billion-plus partnerships' total value" reads
        # as a bound on the total, which names the whole too (a tracker has no rows to bound)
        and bool({"milestones", "total"} & set(slots.measures) or slots.min_total is not None)
    )


def tracker_share_calls(slots: Any, calls_for: Callable[[str, Any], list[ToolCall]]) -> list[ToolCall]:
    """The market_stat call for it, with the period and tracker the question names; empty when not that."""
    if not asks_tracker_upfront_share(slots):
        return []
    calls = calls_for("market_stat", slots.model_copy(update={"op": None}))  # its period and tracker only
    if len(calls) != 1:
        return []
    kept = {name: value for name, value in calls[0].args.items() if name in ("period", "reporter")}
    return [ToolCall(tool="market_stat", args={**kept, "metric": "upfront_total", "derive": "upfront_share"})]
