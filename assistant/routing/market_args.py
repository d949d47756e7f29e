"""The arguments of a tracker's figure (``market_stat``): its metric, period, reporter and derivation, read from the
question's slots for ``tool_args.ToolArgs``, and the calls of two figures of one report asked side by side ("As of
late Aug 2025, upfront vs potential milestones?", "2021: value vs number of deals")."""

from __future__ import annotations

from typing import Any

from assistant.routing.intents import Slots
from assistant.routing.market_split import figure_beside
from assistant.routing.periods import Period, year_before
from assistant.tools.schema import ToolCall

# A money measure as a tracker reports it over a period
_MARKET_MEASURE = {"upfront": "upfront_total", "milestones": "milestones_total", "total": "total_value"}


def measures_beside(s: Slots) -> list[dict[str, str]]:
    """The trackers' metrics of "As of late Aug 2025, upfront vs potential milestones?" or "2021: value vs number of
    deals": two figures of one period set side by side, each as reported, not the first one's growth from a year
    nobody asked about."""
    if s.op != "compare" or len(s.periods) > 1 or s.sides or s.derive or s.lone_ratio:
        return []
    said = [{"metric": _MARKET_MEASURE[m]} for m in s.measures if m in _MARKET_MEASURE]
    if s.measures[:1] and not said:
        return []  # a measure no tracker reports (equity, royalties) leads: not a tracker's pair
    words = set(s.words)
    if s.count and not said and words & {"value", "worth", "size"}:
        average = bool(words & {"average", "avg", "mean"})
        said = [{"metric": "total_value", "derive": "average_deal_size"} if average else {"metric": "total_value"}]
    if s.count and said:
        said.append({"metric": "deal_count"})
    return said if len(said) >= 2 else []


def market_calls(s: Slots, corpus_end: str) -> list[ToolCall]:
    """The market_stat calls the slots ask: the figure, the report's other figures set beside it, or the value or
    count asked with it ("how many deals had PharmCube logged, and worth how much?")."""
    calls = [ToolCall(tool="market_stat", args=market_args(s, corpus_end))]
    other = None if s.op else figure_beside(calls[0].args.get("metric"), s.words, s.count)
    shared = {key: value for key, value in calls[0].args.items() if key not in ("metric", "derive")}
    calls += [ToolCall(tool="market_stat", args={**shared, **more}) for more in measures_beside(s)[1:]]
    if other:
        calls.append(ToolCall(tool="market_stat", args={**calls[0].args, "metric": other}))
    return calls


def market_args(s: Slots, corpus_end: str) -> dict[str, Any]:
    """A market_stat call's arguments: the tracker's metric, period, reporter and derivation the slots ask."""
    period = s.periods[-1] if s.periods else None
    args: dict[str, Any] = {"period": period.market_period if period else None, "reporter": s.reporter}
    per_deal = s.per_deal == "average" and s.op in ("growth", "compare")  # "the average deal … vs 2025"
    words = set(s.words)  # the count is the average's divisor: "value divided by / value / number of deals"
    divisor = bool({"divided", "divide"} & words) or ({"value", "number"} <= words and "many" not in words)
    counted = s.count and not (per_deal and divisor)
    metric = "deal_count" if counted else ("average_deal_value" if per_deal else "total_value")
    if s.metric in ("upfront", "milestones") and not s.count:
        metric = f"{s.metric}_total"
    if s.market_metric:
        args["metric"] = s.market_metric
        if s.market_metric == "top10_share" and (s.op != "share" or s.in_dollars):
            args["derive"] = "top10_amount"
    elif s.op == "share":
        args.update(metric="company_total_value", subject=next(iter(s.companies), None), derive="share")
        if s.metric in ("upfront", "milestones"):
            # "3SBio's upfront as % of the upfront Sino Drug Watch tallied": trackers report a company's
            # deal value only, so another measure is our table's against the tracker's total for it
            args.update(metric=f"{s.metric}_total", derive="deal_share")
    elif beside := measures_beside(s):
        args.update(beside[0])
    elif s.op in ("growth", "compare"):
        # The later period is the one measured; the earlier one is the base, whatever the word order.
        ordered = sorted(s.periods, key=lambda p: p.date_from)
        later = ordered[-1] if ordered else Period(year=int(corpus_end[:4]) - 1)
        earlier = ordered[0] if len(ordered) >= 2 else year_before(later)
        args.update(
            metric=metric,
            period=later.market_period,
            compare_period=earlier.market_period,
            derive=s.derive or "growth",
        )
    elif s.op == "average" and not s.count:
        args.update(metric=metric if "_total" in metric else "total_value", derive="average_deal_size")
    elif s.companies:
        # "how many deals did hengrui sign in 2025 per pharmcube?": no tracker counts one company's deals (the answer
        # says so) and its deal value is another question
        args.update(metric="company_deal_count" if s.count else "company_total_value", subject=s.companies[0])
    else:
        args["metric"] = metric
    if s.market_metric == "retained_after_termination" and s.companies:
        args["subject"] = s.companies[0]
    return args
