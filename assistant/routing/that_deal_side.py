"""A comparison that opens from the deal of the turn before: "that" is that one deal, not its pair's every deal.

After "What upfront is AstraZeneca paying CSPC on the weight-management portfolio?" (one deal of three the pair
did), "How does that compare with the upfront on their 2024 Lp(a) deal?" compared the sum over the pair's three
deals ($1.41 billion) with the 2024 deal: the left side was read from the companies, which the follow-up carried,
and not from the deal the turn before had looked up.

Read here: the follow-up's plan is one ``compare`` whose left side names the same licensor and licensee as the one
``get_deal`` of the turn before; the question points back ("that", "this", "it") before the other side; and the
turn before pinned exactly one deal (a pair with one deal needs no pin). The left side becomes that deal. The right side stays as read.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.state import RouteState
from assistant.tools.schema import ToolCall

_BACK_RE = re.compile(
    r"^\W*(?:and\s+)?(?:how\s+(?:does|do|did|would)|is|was|does|did)?\s*(?:that|this|it)\b|"
    r"\b(?:that|this|it)\s+(?:compare|stack|measure|set)\w*\b",
    re.IGNORECASE,
)
_PARTIES = ("licensor", "licensee")


def that_deal_left(question: str, previous: RouteState, calls: list[ToolCall]) -> dict[str, Any] | None:
    """The follow-up's ``compare`` with its left side the one deal of the turn before (the module's docstring), as
    the fields of a ``deal_sets.Rewrite``; None otherwise."""
    if len(calls) != 1 or calls[0].tool != "compare" or not _BACK_RE.search(question):
        return None
    if len(previous.calls) != 1 or previous.calls[0].tool != "get_deal":
        return None
    looked_up = previous.calls[0]
    deal_id = looked_up.args.get("deal_id")  # pinned by the turn's words (kept on replay: ``replay_pins``)
    left = calls[0].args.get("left") or {}
    if not deal_id or left.get("deal_ids") or any(left.get(key) != looked_up.args.get(key) for key in _PARTIES):
        return None
    if set(left) - {*_PARTIES, "exclusive"}:
        return None  # the left side says more of its own ("their 2026 deal"): read as asked
    args = {**calls[0].args, "left": {"deal_ids": [deal_id], "exclusive": []}}
    return {
        "kind": "compare",
        "calls": [ToolCall(tool="compare", args=args)],
        "standalone": f"{question} (that: {deal_id})",
        "rule": "the deal before compared with another",
    }
