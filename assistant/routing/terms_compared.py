"""Two deals compared with no measure named are compared on their upfront as well as their total value.

"舶望和诺华 2025年9月那笔多少钱" then "跟第一次比呢？2024年那个" ("how does it compare with the first one, the 2024
one?") names no measure: the total value alone ($5.36 billion against $4.165 billion) hid that the first deal paid
more upfront ($185 million against $160 million), which is the half of the story a reader of deal terms asks
first. A comparison of total value between two pairs of companies (each side a licensor and a licensee), whose
question names no measure at all, is asked for the upfront too: two comparisons, the total's first. A question
naming a measure ("总额比呢", "compare the upfronts") or a size ("bigger than", "which brought in more?") is left
as read. Run in ``buckets.reshaped``; the examples
are in ``tests/test_zh.py``.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# any word of a measure or an amount: then the question said what it compares
_MEASURE_RE = re.compile(
    r"up[\s-]?fronts?|milestones?|total|value|worth|biobucks|headline|equity|royalt\w*|cash|money|paid|pay|\$|"
    r"count|首付|里程碑|总额|金额|股权|多少|钱|"
    # a size said ("bigger than", "which brought in more?", "by how much"): the total, as read
    r"\b(?:bigger|biggest|larger|largest|smaller|smallest|more|less|brought\s+in|how\s+much)\b|更大|更多|更高",
    _I,
)


def terms_compared(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """``calls`` with a measureless comparison of two deals' total values asked for their upfronts too (the
    module's docstring); else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "compare" or calls[0].args.get("metric") != "total":
        return calls
    left, right = calls[0].args.get("left") or {}, calls[0].args.get("right") or {}
    if not all(side.get("licensor") and side.get("licensee") for side in (left, right)):
        return calls
    if _MEASURE_RE.search(question):
        return calls
    return [calls[0], ToolCall(tool="compare", args={**calls[0].args, "metric": "upfront"})]
