"""One deal as a share of the sum the turn before gave: "what share of that is the GSK programme deal?" after
"What did Hengrui's 2025 deals add up to in headline value?", "and what share of that was the Jan 2026 CSPC cheque?"
after AstraZeneca's upfronts across its Chinese deals (outsider158).

The follow-up names one deal of the summed set by a company, a month or a drug; it is asked as that deal's figure
against the sum of the set (a comparison whose first side is a part of the second, so the answer says the share).
Before, the first read as a tracker's total ("No reported market statistic gives the total deal value"), the second
as CSPC's own upfronts set against AstraZeneca's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# "what share of that is", "what % of that was", "how much of that came from", "as a share of that"
_SHARE_OF_THAT_RE = re.compile(
    r"(?:%|\bpercent(?:age)?|\bshare|\bfraction|\bproportion|\bportion|\bpart|\bhow much)\s+of\s+(?:that|this|it|"
    r"the\s+(?:sum|total|figure|amount))\b(?!\s+(?:deal|one|agreement)\b)",
    _I,
)


def deal_share_of_sum(
    question: str,
    own: Any,
    previous: Any,
    deals_of: Callable[[Any], list[str]],
    rows_of: Callable[[ToolCall], list[str]],
    listing: Callable[[Any], list[ToolCall]],
) -> dict[str, Any] | None:
    """The fields of a ``deal_sets.Rewrite`` comparing the one deal ``own`` names within the set the turn before
    summed against that sum; None when the question is no such share or names no one deal of the set."""
    if not _SHARE_OF_THAT_RE.search(question) or not (own.companies or own.periods or own.asset):
        return None
    if len(previous.calls) != 1 or previous.calls[0].tool != "aggregate":
        return None
    summed = previous.calls[0].args
    if summed.get("operation", "sum") != "sum" or summed.get("group_by") or summed.get("distinct"):
        return None
    named = listing(own)
    if len(named) != 1:
        return None
    ids = set(deals_of(previous))
    picked = [deal_id for deal_id in rows_of(ToolCall(tool="find_deals", args=named[0].args)) if deal_id in ids]
    if len(picked) != 1:
        return None
    metric = summed.get("metric", "total")
    if own.metrics and own.metrics[0] != metric:
        return None  # "what share of that was the GSK deal's upfront?" after a sum of totals: another measure
    left = {**dict(named[0].args.get("filter") or {}), "deal_ids": picked}  # its words kept: "Jan 2026", "CSPC"
    compare = {"metric": metric, "left": left, "right": dict(summed.get("filter") or {})}
    return {
        "kind": "compare",
        "calls": [ToolCall(tool="compare", args=compare)],
        "standalone": f"{question} (the {picked[0]} deal's {metric} as a share of: {previous.standalone})",
        "rule": "one deal as a share of the sum before",
    }


# "what share of the 2026 total does it represent?", "what % of the year's headline value is that deal?"
_WINNER_SHARE_RE = re.compile(
    r"(?:%|\bpercent(?:age)?|\bshare|\bfraction|\bproportion|\bportion|\bhow much)\s+of\s+(?:the\s+)?"
    r"(?:(?:19|20)\d{2}(?:'s)?\s+|year'?s\s+|whole\s+|overall\s+|combined\s+)?(?:total|sum|value|headline)\b"
    r"[^?]*\b(?:it|that(?:\s+deal|\s+one)?|this(?:\s+deal|\s+one)?)\b",
    _I,
)


def winner_share_of_total(question: str, own: Any, previous: Any) -> dict[str, Any] | None:
    """The fields of a ``deal_sets.Rewrite`` giving the top deal of the ranking before as a share of the total it was
    ranked from: "what share of the 2026 total does it represent?" after "Which of those is the biggest by headline
    value?" (outsider158; had gone to the articles, a tracker's 2026 pace). None when not that."""
    if not _WINNER_SHARE_RE.search(question) or own.companies or own.asset or own.metrics[1:]:
        return None
    if own.modality or own.therapeutic_area or own.count:  # "what share of the 2025 total did ADC deals take?"
        return None
    if len(previous.calls) != 1 or previous.calls[0].tool != "rank":
        return None
    ranked = previous.calls[0].args
    if ranked.get("dimension", "deal") != "deal" or (ranked.get("n") or 1) != 1 or ranked.get("position"):
        return None
    if own.metrics and own.metrics[0] != ranked.get("metric"):
        return None  # "what share of the year's upfronts is it?" after a ranking by total value: another measure
    args = {**ranked, "n": 1, "share_of_total": True}
    return {
        "kind": "rank",
        "calls": [ToolCall(tool="rank", args=args)],
        "standalone": f"{question} (the top deal of: {previous.standalone})",
        "rule": "the top deal as a share of the total before",
    }
