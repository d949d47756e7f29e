"""Live deals only: "lowest upfront/headline ratio in the table, live deals only (ex terminated)" (outsider104).

"terminated" in the question set the filter to the terminated deals, the opposite of what was asked: the ratio was
ranked over the one ended deal. A question that leaves the ended deals out ("ex terminated", "excluding terminated
deals", "live deals only", "not terminated", "still-live deals") keeps its plan and leaves out every deal the
table records as terminated (``DealFilter.exclude_statuses``), on every filter the plan's calls carry.
Examples in ``tests/test_live_deals.py``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.plan import Plan

_LIVE_RE = re.compile(
    r"\b(?:ex[\s-]?terminated|excl(?:uding|\.|udes?)?\s+(?:the\s+|any\s+)?(?:terminated|dead|ended)|"
    r"(?:live|active|alive)\s+(?:deals?|ones|licen[cs]es)\s+only|only\s+(?:the\s+)?(?:live|active|alive)\s+"
    r"(?:deals?|ones|licen[cs]es)|not\s+terminated|still[\s-](?:live|active)\s+(?:deals?|ones)|"
    r"(?:leav\w+|left|leave)\s+out\s+(?:the\s+)?terminated|without\s+(?:the\s+)?terminated)\b|"
    r"(?:不含|不包括|剔除|排除)(?:已)?终止|未终止",
    re.IGNORECASE,
)
# the places in a call's arguments that hold a deal filter
_FILTER_KEYS = ("filter", "left", "right")


def asks_live_deals(question: str) -> bool:
    """Whether ``question`` leaves the terminated deals out."""
    return bool(_LIVE_RE.search(question))


def live_only(plan: Plan, question: str) -> Plan:
    """``plan`` with the terminated deals left out of every filter when ``question`` asks for live deals only."""
    if not plan.tool_calls or not asks_live_deals(question):
        return plan
    calls = []
    for call in plan.tool_calls:
        args: dict[str, Any] = dict(call.args)
        for key in _FILTER_KEYS:
            if isinstance(args.get(key), dict):
                args[key] = _without_ended(args[key])
        calls.append(call.model_copy(update={"args": args}))
    return plan.model_copy(update={"tool_calls": calls})


def _without_ended(where: dict[str, Any]) -> dict[str, Any]:
    kept = {key: value for key, value in where.items() if not (key == "status" and value == "terminated")}
    kept["exclude_statuses"] = sorted({*kept.get("exclude_statuses", []), "terminated"})
    return kept
