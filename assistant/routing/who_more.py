"""Two companies set against each other on a count or a sum, answered with both figures and the gap.

- **More deals.** "merck vs astrazeneca: who signed more agreements in 2024?" was compared on headline value
  ("agreements", "pacts" are deals too), and "who signed more deals in 2024?" gave two counts and no winner.
  A question asking who did more (or fewer) deals, or the difference in count, is answered with each side's
  count and their comparison: the shape "…, and by how many?" already had.
- **More money in total.** "Roche vs Novartis — who has paid more in total upfronts across all their deals in the
  table?" gave two sums and no winner or gap. Two sums of one measure over two companies, asked who paid more
  (or less), become one comparison of the two sums, which states both and the gap.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_DEAL_NOUN = r"(?:deals?|agreements?|pacts?|transactions?|licen[cs]es|partnerships?|tie-?ups?|collaborations?)"
# "who signed more agreements", "which did fewer china deals", "the difference in count", "by how many",
# "2024 vs 2025 - how many fewer in '25?" (two counts asked apart: the gap is asked, not only the counts)
_MORE_DEALS_RE = re.compile(
    r"\bhow many (?:more|fewer|less)\b|"
    rf"\b(?:more|fewer|less)\s+(?:(?:china|chinese|licensing|licen[cs]e|out-?licensing|in-?licensing)\s+){{0,2}}"
    rf"{_DEAL_NOUN}\b|\b(?:difference|gap)\s+in\s+(?:the\s+)?(?:count|number|deal count)\b|\bby how many(?:\s+deals)?\W*$",
    _I,
)
# "who has paid more in total upfronts", "which one spent less on upfronts", "whose upfronts add up to more"
_WHO_MORE_RE = re.compile(r"\b(?:who|which|whose)\b[^?]{0,60}?\b(?:more|less|bigger|larger|higher|lower|smaller)\b", _I)
# "upfront money 2024 vs 2025, grow by how many percent?": a money comparison, not a count
_MONEY_RE = re.compile(
    r"\$|\b(?:up[\s-]?fronts?|values?|money|paid|pay|worth|milestones?|biobucks|cash|dollars?|percent)\b|%", _I
)
_SIDES_RE = re.compile(r"\b(?:vs\.?|versus|or|against|compared (?:to|with))\b|—|\s-\s", _I)


def _filters(calls: list[ToolCall], operation: str) -> tuple[dict[str, object], dict[str, object]] | None:
    """The two filters of two aggregates with ``operation`` over one measure, or None."""
    if len(calls) != 2 or any(call.tool != "aggregate" for call in calls):
        return None
    first, second = (call.args for call in calls)
    if first.get("operation") != operation or second.get("operation") != operation:
        return None
    if first.get("metric") != second.get("metric") or first.get("filter") == second.get("filter"):
        return None
    return dict(first.get("filter") or {}), dict(second.get("filter") or {})


def _counts(left: dict[str, object], right: dict[str, object]) -> list[ToolCall]:
    count = {"metric": "total", "operation": "count"}
    return [
        ToolCall(tool="aggregate", args={**count, "filter": left}),
        ToolCall(tool="aggregate", args={**count, "filter": right}),
        ToolCall(tool="compare", args={"metric": "count", "left": left, "right": right, "operation": "sum"}),
    ]


def who_more(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """Two sides' counts (or sums) and their comparison when the question asks who did more; else ``calls``.

    "merck vs astrazeneca: who signed more agreements in 2024?" -> both 2024 counts and the count compared;
    "Roche vs Novartis: who has paid more in total upfronts?" -> the two upfront sums compared."""
    if not _SIDES_RE.search(question):
        return calls
    if _MORE_DEALS_RE.search(question) and not _MONEY_RE.search(question):
        if len(calls) == 1 and calls[0].tool == "compare" and calls[0].args.get("metric") not in ("count", None):
            args = calls[0].args
            if args.get("operation", "sum") == "sum" and isinstance(args.get("left"), dict):
                return _counts(dict(args["left"]), dict(args.get("right") or {}))
        if sides := _filters(calls, "count"):
            return _counts(*sides)
        return calls
    if _WHO_MORE_RE.search(question) and (sides := _filters(calls, "sum")):
        metric = calls[0].args.get("metric")
        return [
            ToolCall(tool="compare", args={"metric": metric, "left": sides[0], "right": sides[1], "operation": "sum"})
        ]
    return calls


# a later part asking only the gap: "what's the difference in count?", "what is the gap?", "how big is the difference"
_GAP_ONLY_RE = re.compile(
    r"^\W*(?:and\s+)?(?:what(?:'s|\s+is|\s+was)|how (?:big|large|wide) (?:is|was))\s+the\s+(?:difference|gap|margin)"
    r"(?:\s+in\s+(?:the\s+)?(?P<count>count|number(?: of deals)?|deal count|deals)|\s+in\s+[\w$ -]{1,20})?"
    r"(?:\s+between\s+them)?\W*$",
    _I,
)


def gap_joined(parts: list[str]) -> list[str]:
    """``parts`` with a part asking only the gap joined to a part before it that asks who did more of two sides.

    ["merck vs astrazeneca: who signed more agreements in 2024", "what's the difference in count"] ->
    ["merck vs astrazeneca: who signed more agreements in 2024 and by how many"]."""
    for at in range(1, len(parts)):
        gap = _GAP_ONLY_RE.match(parts[at])
        before = parts[at - 1]
        if not gap or not _SIDES_RE.search(before) or not _WHO_MORE_RE.search(before):
            continue
        by = "how many" if gap.group("count") or _MORE_DEALS_RE.search(before) else "how much"
        return [*parts[: at - 1], f"{before} and by {by}", *parts[at + 1 :]]
    return parts
