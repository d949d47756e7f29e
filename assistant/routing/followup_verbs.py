"""The operation a short follow-up says, over the deals or the comparison the turn before set up (outsider28).

A follow-up naming no subject of its own asks its verb of what the conversation is about:
- "total of the upfronts", "upfront total?", "what's the total of their milestones" after a list or a
  ranking of deals sums that measure over those deals. "Total" there is the operation, not the deal's
  total value beside the upfront (it was read as two measures, and the ranking before was repeated).
- "same but upfront sum", "same but average upfront", "and the milestones in total?" after a comparison
  of two periods compares the new measure over the same two sides (the sum of a merged range, or a
  tracker's figure for one of the years, answered another question). The turn before compared our rows,
  so this one stays on them.

``verbs_said`` marks this turn's slots before the router merges them with the turn before's.
"""

from __future__ import annotations

import re
from typing import Any

# "total of the upfronts", "the total for their milestones", "total of all the equity"
_TOTAL_OF_RE = re.compile(
    r"\btotal\s+(?:of|for)\s+(?:(?:the|their|those|these|all|all\s+the|all\s+of\s+the)\s+)?$", re.IGNORECASE
)
# "upfront total", "milestones total?", "upfront payments total" (not "upfront and total value")
_THEN_TOTAL_RE = re.compile(
    r"^\s*(?:payments?\s+)?totals?\b(?!\s+(?:deal\s+)?(?:value|worth|size|headline))", re.IGNORECASE
)
_KINDS_SUMMED = ("rank", "find_deals", "aggregate")
_OWN_SUBJECT = ("mentions", "periods", "asset", "reporter", "market_metric", "modality", "therapeutic_area", "sides")


def _own_subject(slots: Any) -> bool:
    return any(getattr(slots, name) for name in _OWN_SUBJECT)


def _total_is_the_sum(slots: Any, question: str) -> str | None:
    """The measure summed when "total" is said of it ("total of the upfronts"), else None."""
    if "total" not in slots.metrics or len(slots.metrics) != 2:
        return None
    spans = dict(zip(slots.metrics, slots.metric_spans, strict=False))
    other = next(metric for metric in slots.metrics if metric != "total")
    if other not in spans:
        return None
    start, end = spans[other]
    if _TOTAL_OF_RE.search(question[:start]) or _THEN_TOTAL_RE.match(question[end:]):
        return str(other)
    return None


def verbs_said(slots: Any, previous: Any, question: str) -> None:
    """Mark ``slots`` (``intents.Slots``) with the operation a follow-up with no subject of its own says."""
    if previous is None or _own_subject(slots) or slots.count:
        return
    summed = _total_is_the_sum(slots, question)
    if summed and previous.kind in _KINDS_SUMMED and slots.op in (None, "sum"):
        spans = dict(zip(slots.metrics, slots.metric_spans, strict=False))
        slots.metrics, slots.metric_spans = [summed], [spans[summed]]
        slots.op, slots.refers_back = "sum", True  # "sum of the upfronts": the deals before, summed
    if previous.kind == "compare" and slots.metrics and slots.op in (None, "sum", "average", "median"):
        # the same two sides compared again on this measure: a sum, or each side's average or median
        slots.per_deal = slots.op if slots.op in ("average", "median") else None
        slots.op = None
        if summed:
            spans = dict(zip(slots.metrics, slots.metric_spans, strict=False))
            slots.metrics, slots.metric_spans = [summed], [spans[summed]]
