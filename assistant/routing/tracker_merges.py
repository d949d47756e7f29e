"""Two trackers' figures (or one tracker's two series) asked to be made one.

* Added: "Add PharmCube's mainland 2025 total and its Greater China 2025 total so I have one all-in China number",
  "CPHIIC 2024 plus PharmCube 2024 - combined market?". Read word by word it was one series' figure (the Greater
  China one), as if the sum had been given. The plan asks for both figures with ``derive="not_added"``: each is
  said, and the answer says why they are not summed (they overlap).
* Mixed: "PharmCube 2025 = $137.7bn over 157 deals, so ~$877m avg deal?": a stated total and a stated count of an
  average to check. Beside the average of one series the plan asks the tracker's totals for the period, each
  said with its own series' count (``tools.tracker_counts``), so a total set over another series' count shows.
"""

from __future__ import annotations

import re

from assistant.routing.tracker_gaps import named_trackers
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# "add", "sum", "combine", "merge", "together", "all-in", "one number", "+", "plus" (not a bound's "-plus")
_ADD_RE = re.compile(
    r"\b(?:add(?:ed|ing)?|sum(?:med|ming)?|combin(?:e|ed|ing)|merg(?:e|ed|ing)|together|all[- ]in|"
    r"one (?:number|figure|total))\b|\s\+\s|"
    # "CPHIIC 2024 plus PharmCube 2024"; "billion-dollar-plus deals", "$1bn plus deals" are a bound
    r"(?<![-\w])plus\b(?!\s*(?:deals?|partnerships?|transactions?|agreements?)\b)",
    _I,
)
# two series of one tracker named: "mainland ... Greater China", "both series", "its two totals"
_TWO_SERIES_RE = re.compile(
    r"\bmainland\b[^?]*\bgreater china\b|\bgreater china\b[^?]*\bmainland\b|\b(?:both|two)\b", _I
)
_MONEY_RE = re.compile(r"\$\s?\d[\d.,]*\s*(?:bn|billion|b)\b", _I)
_COUNT_RE = re.compile(r"\b\d{2,4}\s+deals\b", _I)
# an average asked or claimed: "avg deal", "each", "per deal", "a deal", "average"
_EACH_RE = re.compile(r"\b(?:avg|average|mean|each|apiece|per deal|a deal)\b", _I)
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")


def merge_refused(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """Two trackers' figures, or one tracker's two series, asked to be added: both, not added; else ``calls``."""
    if not calls or any(call.tool != "market_stat" or call.args.get("derive") for call in calls):
        return calls
    if not _ADD_RE.search(question) or len(set(_YEAR_RE.findall(question))) > 1:
        return calls
    trackers = named_trackers(question)
    if not (len(trackers) == 2 or (len(trackers) == 1 and _TWO_SERIES_RE.search(question))):
        return calls
    period = next((call.args.get("period") for call in calls if call.args.get("period")), None)
    metric = calls[0].args.get("metric", "total_value")
    if not period or metric not in ("total_value", "deal_count"):
        return calls
    args = {"metric": metric, "period": period, "reporter": trackers[0], "compare_reporter": trackers[-1]}
    return [ToolCall(tool="market_stat", args={**args, "derive": "not_added"})]


def mixed_claim_shown(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A tracker's average checked against a stated total and count: its totals, each with its count, beside."""
    if not calls or any(call.tool != "market_stat" for call in calls):
        return calls
    if not (_MONEY_RE.search(question) and _COUNT_RE.search(question) and _EACH_RE.search(question)):
        return calls
    averaged = len(calls) == 1 and calls[0].args.get("derive") == "average_deal_size"
    # "$137.7 billion across 157 deals, that's about $877m each": read as the count and the total, an average asked
    listed = {call.args.get("metric") for call in calls} <= {"deal_count", "total_value"} and not any(
        call.args.get("derive") for call in calls
    )
    series = {(call.args.get("period"), call.args.get("reporter")) for call in calls}
    if not (averaged or listed) or len(series) != 1:
        return calls
    args = {name: calls[0].args[name] for name in ("period", "reporter") if calls[0].args.get(name)}
    average = ToolCall(tool="market_stat", args={**args, "metric": "total_value", "derive": "average_deal_size"})
    return [average, ToolCall(tool="market_stat", args={**args, "metric": "total_value"})]
