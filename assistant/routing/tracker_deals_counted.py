"""A tracker's move between two periods asked of its "deals" and of nothing else: the count, with the value beside.

"GC deals 2025 vs 2021 how many x?": a multiple (or gap, or growth) of a tracker's figure where the thing measured
is only "deals" (no value, worth, dollars, size) had been read as the total value's multiple (9.91x), a figure the
question did not name. The deals themselves are counted: the plan asks the tracker's ``deal_count`` move first
(186 vs 65 deals, about 2.86 times) and keeps the value's move after it, each labelled, so a reader who meant the
value still has it. A question naming any money or size word is left as it was read.
"""

from __future__ import annotations

import re

from assistant.routing.plan import Plan
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_DEALS_RE = re.compile(r"\b(?:deals?|transactions?|tie-?ups?)\b", _I)
# any word that names money or size: then the value is asked (or may be), and the plan stands
_VALUE_RE = re.compile(
    r"\$|\b(?:values?|valued|worth|dollars?|usd|bn|billions?|mn|millions?|money|amounts?|sizes?|sized|big\w*|"
    r"large\w*|small\w*|total\w*|headline|upfronts?|milestones?|paid|pay\w*|spent|spend\w*|averages?|avg|mean)\b|"
    r"\d+(?:\.\d+)?\s*(?:b|m)\b|金额|价值|总额",
    _I,
)
_MOVES = ("ratio", "growth", "change", "bigger", "difference")


def deals_counted(plan: Plan) -> Plan:
    """``plan`` with the count's move put first when a tracker's value move was read from a question that measures
    only "deals"; else ``plan``."""
    if plan.route != "table" or len(plan.tool_calls) != 1:
        return plan
    call = plan.tool_calls[0]
    args = call.args
    if call.tool != "market_stat" or args.get("metric") != "total_value" or args.get("derive") not in _MOVES:
        return plan
    question = plan.question
    if not _DEALS_RE.search(question) or _VALUE_RE.search(question) or args.get("subject"):
        return plan
    counted = ToolCall(tool="market_stat", args={**args, "metric": "deal_count"})
    said = f"{plan.interpretation}; the deals counted first (the question measures only 'deals'), the value beside"
    update = {"tool_calls": [counted, call], "interpretation": said, "rule": "a tracker's deals counted"}
    return plan.model_copy(update=update)
