"""A group of our rows asked for the sums of two measures at once: each measure is summed.

The router reads one measure per ask, so "Hengrui 2025: total upfronts and total milestones?" summed the upfronts
and dropped the milestones, and "恒瑞医药2025年几笔对外授权,首付款加起来多少?里程碑合计又是多少?" (read "how many
deals ..., upfront in total how much? milestones in total what is?") counted the deals and summed nothing.

``each_measure_summed`` takes a plan of aggregate calls over one set of deals (a count, a sum, or both) when the
question names two or more of the specific measures (upfront, milestones, equity, the total said as a value: "total
value", "deal value") and a word of summing ("total",
"in total", "combined", "sum", "add up", "altogether"); every named measure not yet summed gets a sum over the
same deals, after the calls already there. Not taken: a measure that bounds the deals ("deals with an upfront
over $100m: total milestones?"), an average or median ("average upfront and milestones"),
a ranking or a comparison, or one measure alone.
"""

from __future__ import annotations

import re

from assistant.routing.wording import METRIC_RES
from assistant.tools.schema import ToolCall

_SPECIFIC = [(name, pattern) for name, pattern in METRIC_RES if name in ("upfront", "milestones", "equity")]
# the deal value said as a value, never the bare "total" that cues a sum: "首付合计、总额合计" is read "upfront in total
# and total value in total" (outsider106), "combined upfront and combined deal value"
_SPECIFIC.append(("total", re.compile(r"\b(?:total|deal|headline)\s+(?:deal\s+)?values?\b", re.IGNORECASE)))
_SUM_CUE_RE = re.compile(
    r"\b(?:in\s+total|totals?|total(?:l)?ed|combined|summed|sums?(?:\s+of)?|altogether|all\s+told|in\s+all|"
    r"add(?:s|ed)?\s+up|aggregate|cumulative)\b",
    re.IGNORECASE,
)


def each_measure_summed(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """``calls`` with a sum over the same deals for each specific measure the question asks summed beside
    another: "Hengrui 2025: total upfronts and total milestones?" sums both; else ``calls``."""
    if not calls or any(call.tool != "aggregate" for call in calls):
        return calls
    if any(call.args.get("operation") not in ("count", "sum") for call in calls):
        return calls
    filters = [call.args.get("filter") for call in calls]
    if any(other != filters[0] for other in filters[1:]) or not _SUM_CUE_RE.search(question):
        return calls
    named = sorted((match.start(), name) for name, pattern in _SPECIFIC if (match := pattern.search(question)))
    if len(named) < 2:
        return calls
    summed = {call.args.get("metric") for call in calls if call.args.get("operation") == "sum"}
    # "deals with an upfront over $100m: total milestones?": a measure that bounds the deals is no sum asked
    bounded = {name for name in ("upfront", "milestones", "equity") if any(name in key for key in filters[0] or {})}
    if named and bounded & {name for _, name in named}:
        return calls
    added = [
        ToolCall(tool="aggregate", args={**calls[0].args, "metric": name, "operation": "sum"})
        for _, name in named
        if name not in summed
    ]
    return [*calls, *added] if added else calls
