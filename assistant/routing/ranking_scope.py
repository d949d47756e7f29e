"""A ranking scoped to one company's deals ranks those deals, never that company's side (outsider30).

"GSK deals with chinese biotech ranked by total value, which one biggest" had been planned as licensees
ranked over GSK's deals alone: one row, GSK, with its sum, when the question asks which of GSK's deals is the
biggest. A ranking of a side whose filter already holds that side to one company has nothing to rank but
the company's own deals, so those deals are ranked when the question speaks of deals. ``buckets.reshaped`` calls it; the examples are the
tests (``tests/test_outsider30_words.py``).
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

# the deals are what is ranked: "GSK deals ... which one biggest"; "那 AZ 排第几?" asks a place, not this
_DEALS_RE = re.compile(r"\bdeals?\b|\bwhich one\b|交易", re.IGNORECASE)


def own_deals_ranked(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A ranking of licensees (licensors) filtered to one licensee (licensor), asked of deals, as that company's
    deals ranked; otherwise ``calls`` unchanged."""
    if len(calls) != 1 or calls[0].tool != "rank" or not _DEALS_RE.search(question):
        return calls
    args = calls[0].args
    side = args.get("dimension")
    deal_filter = args.get("filter") or {}
    if side not in ("licensor", "licensee") or not deal_filter.get(side) or args.get("metric") == "count":
        return calls
    return [ToolCall(tool="rank", args={**args, "dimension": "deal"})]
