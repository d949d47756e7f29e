"""A count of the deals that have the figure the part before summed: "…total of disclosed equity investments, and
how many deals have one?".

The later part names its measure by a pronoun ("one", "it", "such a stake"), so it was read as a count of every
deal (61) where the deals with an equity investment (5) were asked. When a count's question says the deals "have
one" (had, carry, include, disclose one) and the part before names a measure, the count keeps the deals that
disclosed that measure.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_HAVE_ONE_RE = re.compile(
    r"\bhow many\b[^?]{0,40}?\b(?:have|has|had|carry|carries|carried|include[sd]?|disclose[sd]?|report(?:s|ed)?|"
    r"came with|come with|got|get)\s+(?:one|it|such\s+an?(?:\s+\w+)?|them|any)\b(?!\s+(?:of|more|less|deal))",
    re.IGNORECASE,
)
# the measure the part before named, the most specific first
_MEASURES = (
    ("equity", re.compile(r"\bequity\b|\bstakes?\b|\bshare purchases?\b", re.IGNORECASE)),
    ("milestones", re.compile(r"\bmilestones?\b|\bbiobucks\b", re.IGNORECASE)),
    ("upfront", re.compile(r"\bup-?\s?fronts?\b|\buf\b", re.IGNORECASE)),
)


def have_one_counted(calls: list[ToolCall], question: str, before: str) -> list[ToolCall]:
    """``calls`` with a count asked of the deals that "have one" kept to the deals disclosing the measure
    ``before`` (the part before) named."""
    if not _HAVE_ONE_RE.search(question) or not before:
        return calls
    metric = next((name for name, pattern in _MEASURES if pattern.search(before)), None)
    if metric is None:
        return calls
    out = []
    for call in calls:
        deal_filter = call.args.get("filter")
        if call.tool == "aggregate" and call.args.get("operation") == "count" and isinstance(deal_filter, dict):
            disclosed = list(dict.fromkeys([*deal_filter.get("disclosed", []), metric]))
            call = ToolCall(tool=call.tool, args={**call.args, "filter": {**deal_filter, "disclosed": disclosed}})
        out.append(call)
    return out
