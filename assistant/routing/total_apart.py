"""One deal's total value asked as a second question beside another measure: the deal's terms answer both.

``shorthand.TOTAL_BESIDE_RE`` catches the total joined straight to the other measure ("UF + total", "upfront &
total value"). Asked as two clauses, it was missed, and the lookup gave the first measure alone:

* "what did AZ pay CSPC upfront for the once-monthly obesity portfolio and whats the total deal value"
* "信达生物和武田那笔交易,首付款多少?总额多少?" (read as "upfront how much? total value how much?")
* "恒瑞医药和GSK的交易：upfront是多少，total headline value又是多少？"

``total_apart`` sets ``with_total`` (the lookup then states every term) when a plain lookup (no operation, no
count) names the total and exactly one other measure, with a clause break between them: a stop, a comma, a
question word or "and"/"plus". Not taken: "upfront: how big?" (the size of the upfront), a total stated with its
amount ("worth up to $1.71 billion - how much was upfront?"), "the total upfront" or "upfront total" (one measure summed), nor a
sum, comparison or ranking ("upfronts in total ..."), which other rules read.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

# what parts two clauses: "... upfront ... and what's the total", "首付款多少?总额多少?" (read "upfront how much?
# total value how much?"), "upfront是多少，total ..." (the full-width comma kept by the reading)
_BREAK_RE = re.compile(
    r"[?？,，;；:：/&+]|\s-\s|\b(?:and|plus|also|what|what's|whats|how|as well as)\b|又|呢",
    re.IGNORECASE,
)


# the total said as a measure asked: "total value", "headline", "worth", "总额"; "upfront: how big?" asks the upfront's size
_TOTAL_SAID_RE = re.compile(r"total|headline|value|worth|overall|总|交易额", re.IGNORECASE)
# an amount right after the total states it ("worth up to $1.71 billion - how much was upfront?"): it is not asked
_STATED_RE = re.compile(r"\s*(?:(?:of|is|was|at|up to|about|around|roughly|nearly|~)\s*)*\$?\d")


class Readable(Protocol):
    """The slots this rule reads and sets (``intents.Slots``)."""

    op: str | None
    count: bool
    metrics: list[str]
    metric_spans: list[tuple[int, int]]
    with_total: bool
    mentions: list[Any]


def total_apart(slots: Readable, text: str) -> None:
    """Set ``slots.with_total`` when the total is asked in a clause of its own beside one other measure of a
    plain lookup: "X upfront, and what's the total deal value?"."""
    if slots.with_total or slots.op is not None or slots.count or not slots.mentions:
        return
    spans = sorted(zip(slots.metric_spans, slots.metrics, strict=False))
    named = list(dict.fromkeys(metric for _, metric in spans))
    if "total" not in named or len(named) != 2:
        return
    totals = [span for span, metric in spans if metric == "total"]
    others = [span for span, metric in spans if metric != "total"]
    for total in totals:
        if not _TOTAL_SAID_RE.search(text[total[0] : total[1]]) or _STATED_RE.match(text[total[1] :]):
            continue
        for other in others:
            first, second = sorted([total, other])
            if _BREAK_RE.search(text[first[1] : second[0]]):
                slots.with_total = True
                return
