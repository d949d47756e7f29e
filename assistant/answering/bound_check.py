"""A yes-or-no over a bound that no deal meets (outsider14).

"Did anyone pay more than $2 billion upfront?" asks whether a deal clears the bound. When none does,
the answer is "No", with the nearest value the table does hold (the largest upfront, cited), not a
refusal: the table answered the question, with no row.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answering.composer import Composition, DocMeta, compose
from assistant.answering.snapshot import Snapshot
from assistant.routing.plan import Plan
from assistant.tools.schema import ToolCall, ToolResult

# "Did anyone pay...", "Has any company received...", "Were there any deals...", "Is there a deal...":
# a question answered yes or no, not a request for the list.
YES_NO_RE = re.compile(
    r"^\s*(?:so |and |ok,? )?(?:did|has|have|was|were|is|are|does|do)\s+"
    r"(?:any(?:one|body| \w+)?|there\b|a (?:single )?(?:deal|company|buyer|licensee|licensor|chinese)|some(?:one|body))",
    re.IGNORECASE,
)
# A lower bound is met by the largest value, an upper bound by the smallest.
_BOUND_RE = re.compile(r"^(min|max)_(total|upfront|milestones)_usd$")


def no_deal_over_bound(
    snap: Snapshot, question: str, plan: Plan, results: Sequence[ToolResult], docs: dict[str, DocMeta]
) -> Composition | None:
    """ "No", then the deal nearest the bound, when a yes-or-no over one bound found no deal."""
    if not YES_NO_RE.search(question) or len(plan.tool_calls) != 1 or plan.tool_calls[0].tool != "find_deals":
        return None
    if any(r.lines or r.candidates for r in results):
        return None
    filters = dict(plan.tool_calls[0].args.get("filter") or {})
    bounds = [(key, match) for key in filters if filters[key] is not None and (match := _BOUND_RE.match(key))]
    if len(bounds) != 1:
        return None
    key, match = bounds[0]
    filters.pop(key)
    filters["exclusive"] = [k for k in filters.get("exclusive") or [] if k != key]
    nearest = ToolCall(
        tool="rank",
        args={
            "dimension": "deal",
            "metric": match.group(2),
            "filter": filters,
            "n": 1,
            "ascending": match.group(1) == "max",
        },
    )
    ranked = snap.tools.run(nearest)
    if not ranked.lines:
        return None
    said = " ".join(r.message for r in results if r.message)
    composed = compose([ranked], [], question, docs)
    plan.tool_calls.append(nearest)
    return composed.model_copy(update={"text": f"No. {said} {composed.text}".replace("  ", " ")})
