"""The change between two averages (or medians) of our rows: one comparison, not two figures side by side.

"Year-over-year change in average deal size, 2024 to 2025" plans the average of each year's deals;
set side by side, the two averages leave the change (the figure asked) uncomputed. When a plan is
exactly two averages (or two medians) of one measure over two sets of deals, and the question asks
how they moved or differ, the two become one ``compare`` call with ``operation`` "average" (or
"median"), which states both averages and the change between them, in percent and in dollars.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

# How two figures moved or differ: "change", "grew", "yoy", "up or down", "versus", "compared with".
CHANGE_RE = re.compile(
    r"\b(?:chang\w*|grow\w*|grew|growth|ris(?:e|en|es|ing)|rose|f[ae]ll(?:en|ing|s)?|drop\w*|declin\w*|"
    r"increas\w*|decreas\w*|jump\w*|climb\w*|shr[aiu]nk\w*|y-?o-?y|y/y|year[\s-]+(?:over|on)[\s-]+year|"
    r"differ\w*|gap|delta|move[ds]?|shift\w*|versus|vs\.?|compar\w*|against|up or down|bigger|larger|smaller|"
    r"higher|lower|more|less)\b",
    re.IGNORECASE,
)


def averages_compared(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """Two averages (or medians) of one measure over two sets of deals, asked how they compare, as one
    ``compare`` call; otherwise ``calls`` unchanged."""
    if len(calls) != 2 or any(call.tool != "aggregate" for call in calls) or not CHANGE_RE.search(question):
        return calls
    first, second = (call.args for call in calls)
    operation = first.get("operation")
    same = first.get("metric") == second.get("metric") and operation == second.get("operation")
    grouped = any(args.get("group_by") or args.get("distinct") for args in (first, second))
    if not same or operation not in ("average", "median") or grouped or first.get("filter") == second.get("filter"):
        return calls
    args = {
        "metric": first.get("metric", "total"),
        "operation": operation,
        "left": first.get("filter", {}),
        "right": second.get("filter", {}),
    }
    return [ToolCall(tool="compare", args=args)]
