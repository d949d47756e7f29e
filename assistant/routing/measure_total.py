""" "total" said right before another measure's words is that measure summed (outsider30).

"total upfront Novartis paid" was a sum, but "total cash at signing Novartis pay to chinese biotech, all year"
read two measures, the total value and the upfront (cash at signing), and no operation: each of Novartis's
deals was looked up, a list with no total. Every renamed measure ("cash at signing", "money up front",
"biobucks") is read as its measure with a span; "total" whose span ends where another money measure's span
starts adds that measure up, as "total upfront" does. One deal's pair ("total cash at signing Pfizer paid
3SBio") is one deal's figure and stays so. ``table_asks.read_table_asks`` calls it; the examples are the
tests (``tests/test_outsider30_words.py``).
"""

from __future__ import annotations

from typing import Any

_ADDED_UP = ("upfront", "milestones", "equity")


def total_of_measure(slots: Any, text: str) -> None:
    """Set ``slots`` to the sum of the measure that "total" is said of, when nothing else was read for it."""
    if slots.op is not None or slots.count or slots.asset or slots.single_deal or "total" not in slots.metrics:
        return
    if len({mention.name for mention in slots.mentions}) > 1:
        return  # a pair: one deal's figure
    spans = dict(zip(slots.metrics, slots.metric_spans, strict=False))
    total_start, total_end = spans["total"]
    if text[total_start:total_end].strip().lower() != "total":
        return  # "total value", "headline value": the deal value itself
    for metric in _ADDED_UP:
        if metric in spans and spans[metric][0] >= total_end and not text[total_end : spans[metric][0]].strip():
            slots.metrics = [metric]
            slots.metric_spans = [spans[metric]]
            slots.op = "sum"
            return
