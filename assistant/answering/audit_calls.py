"""What a plan computed, read from its tool calls (``Answer.tool_calls``): the measures, periods and
deals its figures cover. The plan audit (``plan_audit``) sets this against what the question says
(``audit_words``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from assistant.answer import Answer, ToolCallRecord
from assistant.answering import audit_words as words
from assistant.tools.dealfilter import MONEY_BOUND_METRICS as MEASURES  # the four money columns

TABLE_TOOLS = {"aggregate", "rank", "compare", "find_deals", "get_deal"}
SPAN_KEYS = {"year", "date_from", "date_to", "month", "quarter", "half", "deal_ids", "deal_id", "exclude_years"}
_MARKET_MEASURED = ("upfront_total", "milestones_total", "deal_count", "total_value")
# Names in the tools' arguments that hold one measure in words of another ("upfront_total" is the
# upfronts' sum, "upfront_share" a share of the total, "milestones_multiple" a multiple of the upfront).
_ARG_NAMES = {
    "upfront_total": "upfront",
    "milestones_total": "milestones",
    "total_value": "total value",
    "upfront_share": "upfront total",
    "_multiple": " upfront",
    "deal_count": "",
}


def named_in(args: Any) -> set[str]:
    text = json.dumps(args, default=str).lower()
    for name, measures in _ARG_NAMES.items():
        text = text.replace(name, f" {measures} ")
    return {m for m in MEASURES if m in text}


def measures(call: ToolCallRecord) -> set[str]:
    """The money measures a call's answer states: those its arguments name (a metric, a bound, a filter)."""
    args = call.args
    if call.tool == "aggregate" and args.get("operation") == "count":
        # the deals counted, each listed with the metric's figure when one is set ("1 disclosed the milestones: up
        # to $1.93 billion"); a default total only says which disclosed it
        shown = {str(args.get("metric"))} - {"total"}
        return named_in(args.get("filter") or {}) | (shown & set(MEASURES))
    named = named_in(args)
    if call.tool == "get_deal" and not args.get("metric"):
        return set(MEASURES)  # one deal's terms show them all
    if call.tool == "find_deals":
        bounds = named_in({k: v for f in filters(call) for k, v in f.items() if k.startswith(("min_", "max_"))})
        return bounds or {"upfront", "total"} | named  # a list shows each deal's upfront and total
    # a tracker's own figure (deals over $1bn, money kept after an ending) is in its words, not ours
    if call.tool == "market_stat" and args.get("metric") not in _MARKET_MEASURED:
        return set(MEASURES)
    if call.tool == "market_stat" and args.get("derive"):
        named |= {"upfront", "milestones"} if named & {"upfront", "milestones"} else set()  # a ratio of the two
    return named


def stated(answer: Answer) -> set[str]:
    """Measures the answer states as one deal's figures (the equity part given beside an upfront)."""
    return {m for f in answer.figures for m in re.findall(r"deals\[[^\]]+\]\.(\w+)", f.expression) if m in MEASURES}


def filters(call: ToolCallRecord) -> Iterable[dict[str, Any]]:
    for key in ("filter", "left", "right"):
        if isinstance(call.args.get(key), dict):
            yield call.args[key]


def has_span(call: ToolCallRecord) -> bool:
    if call.tool == "market_stat":
        return bool(call.args.get("period"))
    return any(SPAN_KEYS & {k for k, v in f.items() if v not in (None, [], "")} for f in filters(call))


def years_covered(call: ToolCallRecord) -> tuple[int, int] | None:
    """The first and last year a call's figures are limited to, or None when it has no period."""
    if call.tool == "market_stat":
        said = f"{call.args.get('period') or ''} {call.args.get('compare_period') or ''}"
        years = [int(y) for y in re.findall(r"20\d\d", said)]
        return (min(years), max(years)) if years else None
    spans: list[tuple[int, int]] = []
    for f in filters(call):
        if f.get("year"):
            spans.append((int(f["year"]), int(f["year"])))
        elif f.get("date_from") or f.get("date_to"):
            first = int(str(f["date_from"])[:4]) if f.get("date_from") else 1900
            last = int(str(f["date_to"])[:4]) if f.get("date_to") else 2100
            spans.append((first, last))
    return (min(a for a, _ in spans), max(b for _, b in spans)) if spans else None


def deal_year(call: ToolCallRecord) -> int | None:
    """The year one deal was picked by ("CSPC's 2026 deal with AZ"): its year argument or its id's year."""
    if call.args.get("year"):
        return int(call.args["year"])
    found = re.search(r"-(20\d\d)(?:-\d\d)?$", str(call.args.get("deal_id") or ""))
    return int(found.group(1)) if found else None


def years_said(question: str) -> set[int]:
    said = {
        2000 + int(two) for match in words.YEAR.finditer(question) for two in words.TWO_DIGITS.findall(match.group(0))
    }
    return said - {2000 + int(y[-2:]) for m in words.NOT_YEAR.finditer(question) for y in m.groups() if y}


def counts_only(calls: list[ToolCallRecord]) -> bool:
    table = [c for c in calls if c.tool in TABLE_TOOLS or c.tool == "market_stat"]
    return bool(table) and all(
        (c.tool == "aggregate" and c.args.get("operation") == "count")
        or (c.tool in ("rank", "compare") and c.args.get("metric") == "count")
        or (c.tool == "market_stat" and c.args.get("metric") == "deal_count" and not c.args.get("derive"))
        for c in table
    )
