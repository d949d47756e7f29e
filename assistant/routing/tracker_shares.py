"""A tracker's upfront as a share of its upfront plus milestones: "Sino Drug Watch, end of Aug 2025: what share
of upfront plus milestones was the upfront part?", "per Sino Drug Watch, upfront was what % of upfront + milestones", "for the $1B+ partnerships Informa Connect
counted in 2024, upfronts were what % of their total value" (its upfront over its value for the same scope).

Both figures are that tracker's for one period (``derive="upfront_share"``); it had gone to the articles ("share,
nothing to take it of"). A company named, or only one of the two measures, is another question.

"Sino Drug Watch 2025 year to date: upfront-to-milestone ratio in percent?", "ratio of upfront to milestones for
Sino Drug Watch?", "Sino Drug Watch thru Aug-25: upfront vs milestone pool, ratio?" name a tracker's two measures with "ratio" (read as a lone ratio, sent to the articles): they
are its upfront set against its milestones (``read_tracker_ratio``; ``upfront_reads`` then divides by the
milestones alone). "milestones to upfront" is the other way round and stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.tools.schema import ToolCall

# the upfront named first and set against the milestones: "upfront-to-milestone", "upfront vs milestone pool",
# "upfronts against potential milestones", "upfront / milestones" (a ratio asked of them is upfront over milestones)
UPFRONT_AGAINST_MILESTONES_RE = re.compile(
    r"\bupfronts?(?:\s+(?:payments?|totals?|pool|cash))?(?:[- ]to[- ]|\s*/\s*|\s+(?:vs\.?|versus|against|over|"
    r"compared\s+(?:with|to))\s+)(?:the\s+|its\s+|their\s+)?(?:(?:potential|possible|contingent|total)\s+)?"
    r"milestones?\b",
    re.IGNORECASE,
)


# the milestones named first and set against the upfront: "milestones to upfront", "milestones / upfront"
MILESTONES_AGAINST_UPFRONT_RE = re.compile(
    r"\bmilestones?(?:\s+(?:payments?|totals?|pool))?(?:[- ]to[- ]|\s*/\s*|\s+(?:vs\.?|versus|against|over)\s+)"
    r"(?:the\s+|its\s+|their\s+)?upfronts?\b",
    re.IGNORECASE,
)


def read_tracker_ratio(slots: Any, text: str) -> None:
    """A named tracker's "upfront-to-milestone(s) ratio" is its upfront set against its milestones; its
    "milestones to upfront ratio" is the multiple of its upfront its milestones are."""
    both = {"upfront", "milestones"} <= set(slots.measures)
    if not (slots.lone_ratio and slots.reporter and not slots.companies and both):
        return
    if UPFRONT_AGAINST_MILESTONES_RE.search(text):
        slots.op, slots.lone_ratio = "share", False
    elif MILESTONES_AGAINST_UPFRONT_RE.search(text):
        slots.lone_ratio = False


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
