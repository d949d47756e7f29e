"""Companies named as candidates for a ranking's first place: the whole ranking, down to the last one named.

"Who paid the most upfront to Chinese biotechs since '24 - AZ or MSD or someone else?" was planned as one ranking
of buyers per company named, each filtered to that company: two one-line "rankings", each with its own company
first, and no answer to "who paid the most". A ranking of buyers (or of licensors) filtered to one buyer ranks
nothing; the names are the asker's guesses at the winner, not a filter. Such calls, alike but for the company,
become one ranking over every buyer, long enough to show where each name stands:

- takes: "who paid the most upfront since 2024, AZ or MSD?", "which buyer has the largest total deal value since
  2024: Novartis, GSK or another company?", "top licensor by milestones in 2025 - Hengrui or Innovent?"
- leaves: "rank Merck's licensors by upfront" (a ranking of the other side, filtered to Merck), "the biggest deal
  of AZ and of Merck" (a ranking of deals, one per company), a single company's own ranking.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.routing.plan import Plan
from assistant.tools.schema import ToolCall

_PARTIES = ("licensee", "licensor")
_WHOLE_RANKING = 50  # the longest ranking the rank tool gives


def candidates_ranked(plan: Plan, ranked_rows: Callable[[ToolCall], list[str]] | None) -> Plan:
    """``plan`` with its rankings of one company each (the candidates) read as one ranking of all companies."""
    calls = plan.tool_calls
    if ranked_rows is None or len(calls) < 2 or any(call.tool != "rank" for call in calls):
        return plan
    dimensions = {call.args.get("dimension") for call in calls}
    dimension = dimensions.pop() if len(dimensions) == 1 else None
    if dimension not in _PARTIES:
        return plan
    named: list[str] = []
    rest: list[dict[str, Any]] = []
    for call in calls:
        terms = dict(call.args.get("filter") or {})
        name = terms.pop(dimension, None)
        if not isinstance(name, str) or not name:
            return plan  # a ranking filtered to a group or not to the ranked side: a filter, kept
        named.append(name)
        rest.append({**call.args, "filter": terms})
    if any(args != rest[0] for args in rest[1:]):
        return plan
    order = ranked_rows(ToolCall(tool="rank", args={**rest[0], "n": _WHOLE_RANKING}))
    places = [order.index(name) + 1 for name in named if name in order]
    depth = max([int(rest[0].get("n") or 1), *places])
    whole = ToolCall(tool="rank", args={**rest[0], "n": depth})
    return plan.model_copy(update={"tool_calls": [whole]})
