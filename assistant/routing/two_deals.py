"""Two deals a conversation listed, compared on one measure (outsider28): "compare the uf of the two"
after "BMS deals w chinese cos" and then "systimmune terms".

The turn before singled out one of the listed deals, so "the two" / "both" points past it at the list,
and "compare" asks the measure of each side by side, not the one deal again.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.tools.schema import ToolCall

# "the two", "both", "them", "those", "the pair", "the 2 deals"
_PAIR_RE = re.compile(r"\b(?:both|the (?:two|2|pair)|them|those|these)\b", re.IGNORECASE)
_LISTINGS = ("find_deals", "rank")


def asks_the_pair_compared(own: Any, question: str) -> bool:
    """ "compare the uf of the two", "compare upfronts of both": a comparison pointing back at two deals."""
    return own.op == "compare" and not own.mentions and bool(_PAIR_RE.search(question))


def listed_before(previous: Any, picked: list[str], rows: Any, listing: Any) -> list[str]:
    """The deals the conversation listed, when the previous turn picked one of them: the turn before's
    listing, else the deals of the previous turn's companies in any year ("the 2026 one" of a pair's two)."""
    if len(picked) != 1:
        return picked
    before = [call for call in previous.before if call.tool in _LISTINGS]
    if len(before) == 1:
        calls = [ToolCall(tool="find_deals", args={"filter": before[0].args.get("filter", {})})]
    elif previous.slots.companies:
        calls = listing(previous.slots.model_copy(update={"periods": [], "deal_id": None}))
    else:
        return picked
    listed = list(rows(calls[0])) if len(calls) == 1 and calls[0].tool == "find_deals" else []
    return listed if picked[0] in listed else picked


def compared(ids: list[str], metric: str) -> ToolCall:
    """The two deals' ``metric`` side by side."""
    left, right = ids
    return ToolCall(
        tool="compare",
        args={"metric": metric, "operation": "sum", "left": {"deal_ids": [left]}, "right": {"deal_ids": [right]}},
    )
