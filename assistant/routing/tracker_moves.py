"""A follow-up asking how a tracker's figure moved, between periods the conversation already named.

* "growth in %?" after "the record figure for 2025?" and "and the year before?": the two turns before asked one
  tracker's figure for 2025 and 2024, so the growth runs 2024 → 2025 (it had run 2023 → 2024, from the last turn's
  year back one, which the tracker never reported, and refused).
* "vs 2021, how many times bigger" after "reuters' greater china number for 2025?": one period of its own set
  against the turn before's, with the move asked ("how many times", "x", "fold": the multiple; "%", "growth": the
  growth; "how much bigger/more/higher": the gap, the rate and the multiple). It had gone to the articles.

Taken only when the turn(s) before asked one market figure each (one metric, no company, no derived figure), and
the follow-up names no company and no other measure. The reporter and metric are the turn before's.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.intents import Slots
from assistant.routing.state import RouteState
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_RATIO_RE = re.compile(r"\bhow many (?:times|x)\b|\b\d*\s*x\b|\bfold\b|\bmultiple\b|\btimes (?:as|bigger|larger)\b", _I)
_GROWTH_RE = re.compile(r"%|\bper ?cent\w*\b|\bgr[eo]w\w*\b|\byo?y\b|\bchange\b", _I)
_BIGGER_RE = re.compile(r"\bhow much (?:bigger|larger|more|higher|up)\b|\bgap\b|\bdifference\b", _I)


def _figure(calls: list[ToolCall]) -> dict[str, Any] | None:
    """The one plain market figure ``calls`` asked (metric, period, reporter), else None."""
    if len(calls) != 1 or calls[0].tool != "market_stat":
        return None
    args = calls[0].args
    if args.get("derive") or args.get("subject") or args.get("compare_reporter") or not args.get("period"):
        return None
    return args


def _derive(question: str) -> str | None:
    if _RATIO_RE.search(question):
        return "ratio"
    if _BIGGER_RE.search(question):
        return "bigger"
    return "growth" if _GROWTH_RE.search(question) else None


def tracker_moved(question: str, own: Slots, previous: RouteState) -> dict[str, Any] | None:
    """The fields of a ``deal_sets.Rewrite`` for a follow-up asking a tracker's move between the periods of the
    conversation, or None."""
    last = _figure(previous.calls)
    derive = _derive(question)
    if last is None or derive is None or own.companies or own.metrics or own.mentions:
        return None
    periods = [p.market_period for p in own.periods]
    if len(periods) == 1 and periods[0] != last["period"]:
        other = periods[0]  # "vs 2021, how many times bigger"
    elif not periods and (before := _figure(previous.before)) is not None:
        same = (before.get("metric"), before.get("reporter")) == (last.get("metric"), last.get("reporter"))
        if not same or before["period"] == last["period"]:
            return None
        other = before["period"]  # "growth in %?" after 2025, then "the year before"
    else:
        return None
    later, earlier = sorted([str(last["period"]), str(other)], reverse=True)
    args = {**last, "period": later, "compare_period": earlier, "derive": derive}
    said = f"{previous.standalone} — {derive} from {earlier} to {later}"
    rule = "a tracker's move between the periods of the conversation"
    return {"kind": "market_stat", "calls": [ToolCall(tool="market_stat", args=args)], "standalone": said, "rule": rule}
