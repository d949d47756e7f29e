"""A follow-up pointing past the last turn to the deal of the turn before it: "the one before that".

Matches, after two one-deal turns ("What did Merck pay Curon upfront?", "and Merck's LaNova deal?"),
"and the one before that - what was the total value on it?" or "the deal before that: milestones?": the
deal the turn before the last asked about (Curon–Merck), looked up again with this turn's measure (or
that turn's, when none is said).

Not matched: "the previous one" (the last turn's deal to some readers, the one before to others), "the
one before" with a name of its own ("the one before the Pfizer deal"), "the year before" (a period), or
a turn before the last that was no one-deal lookup (a sum, a list, a ranking): then nothing points at
one deal, and the follow-up is read as before.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.tools.schema import ToolCall

_ONE_BEFORE_RE = re.compile(
    r"\b(?:the|that)\s+(?:one|deal|agreement|licen[cs]e|transaction)\s+before\s+(?:that|it|this|the last one)\b|"
    r"\bthe\s+(?:one|deal)\s+(?:two|2)\s+(?:turns|questions)\s+(?:back|ago)\b",
    re.IGNORECASE,
)


def one_before(question: str, own: Any, previous: Any) -> dict[str, Any] | None:
    """The fields of a ``deal_sets.Rewrite`` looking up the deal of the turn before the last, else None.

    ``own`` are this turn's ``intents.Slots``; ``previous`` the ``state.RouteState`` after the last turn,
    whose ``before`` holds the calls of the turn before it."""
    if not _ONE_BEFORE_RE.search(question) or own.mentions or own.asset or own.periods or own.count or own.op:
        return None
    earlier = [call for call in previous.before if call.tool == "get_deal"]
    if len(earlier) != 1 or len(previous.before) != 1:
        return None
    args = dict(earlier[0].args)
    if own.metrics:
        args["metric"] = own.metric
    deal = args.get("deal_id") or "–".join(str(args[k]) for k in ("licensor", "licensee") if args.get(k))
    measure = args.get("metric") or "terms"
    return {
        "kind": "get_deal",
        "calls": [ToolCall(tool="get_deal", args=args)],
        "standalone": f"What was the {measure} of the {deal} deal?",
        "rule": "the deal of the turn before the last",
    }
