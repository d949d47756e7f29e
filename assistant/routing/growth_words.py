"""A growth asked "by how many percent" between two periods is a growth rate, not a share.

"Hengrui upfront money 2024 vs 2025, grow by how many percent?" was read as Hengrui's share of the market
(the "percent" of a share, and the "vs" kept the growth words from counting), and answered with a share of
a tracker's total. A growth verb said with "how many percent" / "what percent" and two periods asks the
change from one to the other ("up how many % from 2024 to 2025", never a count of deals); a share word ("share", "proportion")
or "percentage points" keeps the share. "How much %" asks the same ("恒瑞 upfront 2025 vs 2024 grow how much %?" had
been answered with Hengrui's 2024 share of a tracker's upfront total).
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from assistant.routing.wording import SHARE_WORD_RE

GROWTH_BY_PERCENT_RE = re.compile(
    r"\b(?:gr[eo]w(?:n|s|th)?|increased?|rise|rose|risen|up|jump(?:ed)?|climb(?:ed)?|chang(?:e|ed))\s+"
    r"(?:by\s+)?(?:how\s+(?:many|much)|what)\s*(?:%|percent(?:age)?)(?!\s*points)|"
    r"\b(?:how\s+(?:many|much)|what)\s*(?:%|percent(?:age)?)\s+(?:did|has|have|was|is)\b[^?]{0,60}?"
    r"\b(?:gr[eo]w(?:n)?|increase|rise|risen|jump|climb)\b",
    re.IGNORECASE,
)


# "how many %" counts no deals
_HOW_MANY_PERCENT_RE = re.compile(r"\bhow\s+many\s+(?:%|percent)", re.IGNORECASE)


class _Slots(Protocol):
    op: str | None
    count: bool
    periods: list[Any]


def read_growth_rate(slots: _Slots, text: str) -> None:
    """``slots.op`` set to growth for "… 2024 vs 2025, grow by how many percent?" ("up how many %?" too,
    which the "how many" had made a count of deals)."""
    if len(slots.periods) < 2 or SHARE_WORD_RE.search(text) or not GROWTH_BY_PERCENT_RE.search(text):
        return
    if slots.op in (None, "share", "compare"):
        slots.op = "growth"
        if _HOW_MANY_PERCENT_RE.search(text):
            slots.count = False
