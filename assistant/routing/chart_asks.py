"""A data journalist's chart asks, read as the plan already built but with the part it dropped put back.

- "deals in your table (2024-26)": a span of years written with a short second year is every year of it,
  not its first year alone (``years_spanned``).
- "which 2025 deals came with exactly $80 million upfront": an amount said to be exact is a bound on both
  sides of that money field, not a list of every deal of the year (``amount_pinned``).
- "in dollar terms, how much bigger was 2025 than 2024" on a tracker's figures: the gap in dollars, not the
  ratio or the growth in percent (``gap_in_dollars``).
- "2025 upfronts - mean vs median?": one year's average and median side by side, not one measure compared
  between that year and another the question never named (``mean_and_median``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from assistant.money import find_money
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# "2024-26", "2024–2026", "(2024-25)": a first year, a dash, a later year; "2025-01" (a month) is no span
_SPAN_RE = re.compile(r"(?<![\d-])(20\d\d)\s*[-–—]\s*(20\d\d|\d\d)(?![\d-])")
_EXACT_RE = re.compile(r"\b(?:exactly|precisely|just|an? exact|the same)\s+$", _I)
_FIELD_RES = (
    ("upfront", re.compile(r"\bup[\s-]?fronts?\b|\bup front\b|\bufs?\b", _I)),
    ("milestones", re.compile(r"\bmilestones?\b|\bbiobucks\b", _I)),
    ("total", re.compile(r"\btotal\b|\bheadline\b|\bvalue\b|\bworth\b", _I)),
)
_DOLLAR_GAP_RE = re.compile(
    r"\bin (?:absolute )?(?:dollar|\$|usd)(?:\s+terms)?\b|\bhow many (?:more )?(?:dollars|billions?|\$)\b|"
    r"\bdollar (?:gap|difference|increase|rise|change)\b|\bin \$ terms\b",
    _I,
)
_MEAN_RE = re.compile(r"\b(?:mean|average|avg)\b", _I)
_MEDIAN_RE = re.compile(r"\bmedian\b", _I)
_YEAR_RE = re.compile(r"(?<!\d)20\d\d(?!\d)")


def _filters(call: ToolCall) -> list[dict[str, Any]]:
    return [where for key in ("filter", "left", "right") if isinstance(where := call.args.get(key), dict)]


def years_spanned(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A year span ("2024-26") read as its first year alone becomes the span's dates; else ``calls``."""
    match = _SPAN_RE.search(question)
    if match is None or len(_YEAR_RE.findall(question)) != 1 + (len(match.group(2)) == 4):
        return calls
    first, last = int(match.group(1)), int(match.group(2)) % 100 + 2000
    if last <= first:
        return calls
    changed = False
    reshaped = []
    for call in calls:
        args = dict(call.args)
        where = args.get("filter")
        if isinstance(where, dict) and where.get("year") == first and not where.get("date_from"):
            where = {key: value for key, value in where.items() if key not in ("year", "quarter", "half")}
            args["filter"] = {**where, "date_from": f"{first}-01-01", "date_to": f"{last}-12-31"}
            changed = True
        reshaped.append(ToolCall(tool=call.tool, args=args))
    return reshaped if changed else calls


def pinned_amount(question: str) -> tuple[str, Decimal] | None:
    """The money field and amount a question says a deal had exactly ("exactly $80 million upfront")."""
    for mention in find_money(question):
        if mention.amount is None or not _EXACT_RE.search(question[: mention.start]):
            continue
        after, before = question[mention.end : mention.end + 30], question[max(0, mention.start - 40) : mention.start]
        for field, pattern in _FIELD_RES:
            if pattern.match(after.strip()) or pattern.search(before):
                return field, mention.amount
        return "total", mention.amount
    return None


def amount_pinned(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A list or count of deals whose question pins one field to an exact amount gets that amount as both
    bounds; else ``calls``."""
    pinned = pinned_amount(question)
    if pinned is None or len(calls) != 1 or calls[0].tool not in ("find_deals", "aggregate"):
        return calls
    field, amount = pinned
    where = dict(calls[0].args.get("filter") or {})
    low, high = f"min_{field}_usd", f"max_{field}_usd"
    if where.get(low) is not None or where.get(high) is not None:
        return calls
    where.update({low: str(amount), high: str(amount)})
    where["exclusive"] = [name for name in where.get("exclusive") or [] if name not in (low, high)]
    return [ToolCall(tool=calls[0].tool, args={**calls[0].args, "filter": where})]


def gap_in_dollars(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A tracker's figure set against another year as a ratio or a growth, asked in dollars: the difference."""
    if not _DOLLAR_GAP_RE.search(question) or re.search(r"%|\bper ?cent|\btimes\b|\bmultiple\b", question, _I):
        return calls
    reshaped = [
        ToolCall(tool="market_stat", args={**call.args, "derive": "difference"})
        if call.tool == "market_stat"
        and call.args.get("derive") in ("ratio", "growth")
        and call.args.get("compare_period")
        else call
        for call in calls
    ]
    return reshaped if any(a is not b for a, b in zip(reshaped, calls, strict=True)) else calls


def mean_and_median(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One year's mean and median, read as one measure compared between two years, become both measures over
    the named year; else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "compare" or calls[0].args.get("operation") not in ("average", "median"):
        return calls
    if not (_MEAN_RE.search(question) and _MEDIAN_RE.search(question)):
        return calls
    years = set(_YEAR_RE.findall(question))
    if len(years) != 1:
        return calls
    year = int(years.pop())
    side = next((where for where in _filters(calls[0]) if where.get("year") == year), None)
    if side is None:
        return calls
    metric = calls[0].args.get("metric", "total")
    return [
        ToolCall(tool="aggregate", args={"metric": metric, "operation": operation, "filter": dict(side)})
        for operation in ("average", "median")
    ]


def chart_reshaped(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """``calls`` with each of this module's readings applied."""
    calls = years_spanned(calls, question)  # "(2024-26)": the three years
    calls = amount_pinned(calls, question)  # "exactly $80 million upfront"
    calls = gap_in_dollars(calls, question)  # "in dollar terms, how much bigger"
    return mean_and_median(calls, question)  # "2025 upfronts - mean vs median?"
