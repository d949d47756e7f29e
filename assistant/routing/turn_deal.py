"""The one deal the turn before looked up stays the deal a follow-up about the same parties asks of.

"Kelun Merck seven ADC deal terms" picks one of the pair's two deals by a word of its asset; "did Merck
take a stake too?" names only the pair again, and without the deal the turn before found it asked
"which one?" though the conversation had said. The deal is the one the previous lookup's call named.
"""

from __future__ import annotations

from typing import Any


def the_deal_before(previous: Any, current: Any, merged: Any) -> str | None:
    """The deal id the previous one-deal lookup named, when this turn keeps its parties and says no new
    period, asset or operation. ``previous`` is a ``RouteState``; ``current`` and ``merged`` are ``Slots``."""
    calls = [call for call in previous.calls if call.tool == "get_deal"]
    if len(calls) != 1 or len(previous.calls) != 1 or not calls[0].args.get("deal_id"):
        return None
    if current.periods or current.asset or current.op or current.count or current.has_filters or current.plural:
        return None
    if set(merged.companies) != set(previous.slots.companies):
        return None
    return str(calls[0].args["deal_id"])
