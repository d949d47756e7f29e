""" "Total biobucks" read both ways: the milestones alone, and the headline with the upfront.

Writers split on it: "azn total biobucks across its china deals" meant the headline values to one analyst and
the milestone sums to another (outsider19, 20, 31, 34 against outsider100, 32, 140, 144). Neither reading is
wrong, so a question that says "total biobucks" and names no other measure gets both: the milestones it got
before, then the same call over the total deal value. "Biobucks" alone stays the milestones; "total biobucks incl
the upfront" names its measure and is read as said.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_TOTAL_BIOBUCKS_RE = re.compile(
    r"\b(?:total|overall|combined|aggregate)\s+(?:potential\s+)?bio[\s-]?bucks\b|\bbio[\s-]?bucks\s+total\b", _I
)
_OTHER_MEASURE_RE = re.compile(
    r"\bup[\s-]?fronts?\b|\bmilestones?\b|\bheadline\b|\bdeal values?\b|\bequity\b|\bincl(?:uding|udes?)?\b", _I
)
_TOOLS = ("aggregate", "rank", "get_deal")


def both_readings(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """``calls`` with the headline's call added after the milestones' when "total biobucks" is all that is asked."""
    if not _TOTAL_BIOBUCKS_RE.search(question) or _OTHER_MEASURE_RE.search(question) or len(calls) != 1:
        return calls
    call = calls[0]
    if call.tool not in _TOOLS or call.args.get("metric") != "milestones":
        return calls
    if call.tool == "aggregate" and call.args.get("operation") not in (None, "sum"):
        return calls
    return [call, call.model_copy(update={"args": {**call.args, "metric": "total"}})]
