"""The upfront as a share of the deal's own total, as a filter: "which deals had an upfront below 3% of
the headline value?", "deals that paid less than 2% of their total value upfront", "deals where the
upfront was at least 20% of the headline total".

Before, the first went to the articles and quoted two deals' headlines (a different question). Here each
deal's upfront ÷ total is the filter (``DealFilter.max_upfront_share`` / ``min_upfront_share``, a fraction),
kept only where both are disclosed, and the deals are listed with both figures. Read after
``table_asks``; the examples are the tests (``tests/test_filters12.py``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

_I = re.IGNORECASE
_UPPER = r"below|under|less than|lower than|smaller than|no more than|not more than|at most|short of|<=|<"
_LOWER = r"above|over|more than|greater than|higher than|at least|no less than|not less than|exceeding|>=|>"
_SHARE = r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)"
_WHOLE = (
    r"(?:of\s+)?(?:the\s+|their\s+|its\s+|each\s+)?(?:deal'?s?\s+)?(?:(?:headline|total|overall|announced|potential)\s+)*"
    r"(?:value|total|worth|size|deal\s+value|headline)\b"
)
_UPFRONT = r"\b(?:up[\s-]?fronts?|upfront payments?|down[\s-]?payments?)\b"
# "an upfront below 3% of the headline value", "upfront was at least 20% of the headline total"
_SAID_BEFORE_RE = re.compile(
    rf"{_UPFRONT}\s+(?:payments?\s+)?(?:(?:was|were|is|are|came to|amounted to|of)\s+)?(?:(?:just|only)\s+)?"
    rf"({_UPPER}|{_LOWER})\s*{_SHARE}\s+of\s+{_WHOLE}",
    _I,
)
# "paid less than 2% of their total value upfront"
_SAID_AFTER_RE = re.compile(
    rf"\b({_UPPER}|{_LOWER})\s*{_SHARE}\s+of\s+{_WHOLE}\s+(?:(?:was|were|is|are|paid|as|in)\s+){{0,2}}{_UPFRONT}",
    _I,
)
_INCLUSIVE = ("at most", "no more than", "not more than", "at least", "no less than", "not less than", ">=", "<=")


def read_upfront_share(slots: Any, text: str) -> None:
    """A bound on each deal's upfront ÷ total: the deals meeting it, listed (or counted when asked how many)."""
    if slots.mentions:
        return
    found = _SAID_BEFORE_RE.search(text) or _SAID_AFTER_RE.search(text)
    if not found:
        return
    word = re.sub(r"\s+", " ", found.group(1).lower())
    side = "max" if re.fullmatch(_UPPER, word, _I) else "min"
    slots.bounds[f"{side}_upfront_share"] = Decimal(found.group(2)) / 100
    if word not in _INCLUSIVE:
        slots.exclusive = [*slots.exclusive, f"{side}_upfront_share"]
    slots.in_table, slots.market_metric, slots.lone_ratio = True, None, False
    slots.op = None if slots.count else "find"  # "how many deals had ...": a count, not a share of all deals
