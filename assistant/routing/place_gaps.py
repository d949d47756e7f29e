"""The gap between the first two deals of a ranking: "how big was the gap between the largest and second-largest
2025 deals by total value?" (had been PharmCube's growth from 2024 to 2025), "what was the second-largest deal of
2025, and how far behind #1 was it?" (had given the second deal alone).

The question is read as a ranking of the two largest deals (the two smallest when it asks from the bottom), and
the ranking says by how much the first leads the second (``RankArgs.gap``, ``tools.rank_gap``).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# the first place said as such ("#1", "the largest", "the top deal"), not a bare "first" ("first and second half")
_FIRST = (
    r"(?:#\s*1|no\.?\s*1|number\s+one|(?:the\s+)?(?:largest|biggest|richest|highest)(?:\s+(?:one|deal))?|"
    r"(?:the\s+)?top\s+(?:one|deal|spot|place))"
)
_SECOND = (
    r"(?:#\s*2|no\.?\s*2|number\s+two|(?:the\s+)?runner[\s-]?up|"
    r"(?:the\s+)?(?:second|2nd)(?:[\s-]+(?:largest|biggest|place|one|deal))(?![\s-]+(?:half|quarter|tier|quartile)))"
)
_GAP = r"(?:gap|difference|margin|distance|spread|lead)"
PLACE_GAP_RE = re.compile(
    rf"\b{_GAP}\s+(?:between|separating)\s+{_FIRST}\b[^?]{{0,60}}?\band\s+{_SECOND}\b|"
    rf"\bhow\s+(?:far|much)\s+(?:was\s+it\s+|is\s+it\s+|did\s+it\s+\w+\s+)?(?:behind|short\s+of|below|trail\w*)\s+{_FIRST}\b|"
    rf"\b(?:by\s+)?how\s+much\s+(?:bigger|larger|more|higher)\s+(?:was|is)\s+{_FIRST}\b[^?]{{0,60}}?\bthan\s+{_SECOND}\b|"
    rf"\b{_FIRST}'?s?\s+{_GAP}\s+over\s+{_SECOND}\b|\b{_SECOND}\b[^?]{{0,60}}?\bhow\s+far\s+behind\b",
    _I,
)


def read_place_gap(slots: Any, question: str) -> None:
    """Mark ``slots`` (``intents.Slots``) as a ranking of the two top deals when the question asks their gap."""
    if not PLACE_GAP_RE.search(question) or slots.mentions or slots.reporter or slots.position not in (None, 2):
        return  # "the third-largest deal, and how far behind #1": not the first two places
    slots.op, slots.dimension, slots.n, slots.position, slots.singular = "rank", "deal", 2, None, False
    slots.in_table, slots.market_metric = True, None


def with_place_gap(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A ranking of deals asked for the gap between its first two places says that gap."""
    if len(calls) != 1 or calls[0].tool != "rank" or calls[0].args.get("dimension", "deal") != "deal":
        return calls
    if (
        not PLACE_GAP_RE.search(question)
        or calls[0].args.get("through")
        or calls[0].args.get("position") not in (None, 2)
    ):
        return calls  # "where does X rank, and how far behind the top": its own place, not the first two
    args = {key: value for key, value in calls[0].args.items() if key != "position"}
    return [ToolCall(tool="rank", args={**args, "n": max(int(args.get("n", 2)), 2), "gap": True})]
