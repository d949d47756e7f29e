"""The gap between two figures one tracker gives for one period: "PharmCube seems to give both 186 and 157
deals for 2025; what is the difference between the two counts?", "how many more 2025 deals does PharmCube's
Greater China series count than its mainland series?", "how much bigger is pharmcube's greater china 2025 figure
than the mainland one - value and # deals" (its two scopes named; both measures asked, both gaps).

One tracker is named, so ``tracker_gaps`` (two trackers) did not take it, and the question was read as that
tracker's figures listed, or as a change over time against a year never asked. The plan asks that tracker
against itself (``compare_reporter`` = ``reporter``), which the tool answers with the gap between its two
series of the period, each cited with its scope, or says it reports one. A second clause asking only that gap
("...; how far apart are they?", "..., and what's the gap in value?") is joined to the clause naming the figures
(``gap_kept``); "how many more deals" asked with a value word gives both gaps, the count's and the value's. A
second period asked ("ytd 26 vs 2025 avg": ``compare_period``) is a change over time and not taken here.
"""

from __future__ import annotations

import re

from assistant.routing.tracker_gaps import GAP_RE, own_trackers, trackers_said
from assistant.routing.wording import REPORTER_RE, TABLE_RE
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
# two figures stated ("186 and 157"), or two of its series named ("both", "its Greater China series than its
# mainland series", "the two counts")
_STATED_RE = re.compile(r"(?<![\w$.,])\d[\d,.]*\s*(?:bn|billion|b|m|million)?\s*(?:and|vs\.?|versus|or)\s+\$?\d", _I)
# "its Greater China 2025 count vs the mainland count": one tracker's figure set against another of the same period
_TWO_SERIES_RE = re.compile(
    r"\b(?:both|two|twin|series|scopes?|versions?|definitions?|vs\.?|versus)(?!\w)|"
    # its two scopes named: "pharmcube's greater china 2025 figure than the mainland one"
    r"\bgreater china\b.*\b(?:mainland|nextpharma)\b|\b(?:mainland|nextpharma)\b.*\bgreater china\b",
    _I,
)
_MORE_RE = re.compile(r"\bhow many (?:more|fewer|less)\b", _I)
_COUNT_RE = re.compile(r"\b(?:deals|counts?|how many)\b", _I)
_MONEY_RE = re.compile(r"\$|\b(?:billion|bn|million|value|worth|totals?|dollars?)\b", _I)
# a later clause asking only the gap of what the clause before named: "how far apart are they?"
_WHY_AFTER_RE = re.compile(r"\s+and\s+(?=(?:what|why|how come|how do you)\b)", _I)
_OF_THE_SAID_RE = re.compile(
    r"\b(?:they|them|the two|these two|those two|both|the two (?:counts|figures|totals))\b|"
    # the same gap in another measure: "..., and what's the gap in value?"
    r"^\W*(?:and\s+)?(?:(?:what(?:'s| is| about)?\s+)?the (?:gap|difference) in|how much (?:more|less)(?: in)?) "
    r"(?:value|dollars|deal value|worth|count)\b",
    _I,
)


def gap_kept(parts: list[str]) -> list[str]:
    """``parts`` with a later part that asks only the gap between the figures the part before it named ("how far
    apart are they?") joined to that part; a "why" asked after the gap ("... and what explains it") stays its own."""
    for at in range(1, len(parts)):
        part = parts[at]
        if (
            not (GAP_RE.search(part) and _OF_THE_SAID_RE.search(part))
            or REPORTER_RE.search(part)
            or _YEAR_RE.search(part)
        ):
            continue
        if not REPORTER_RE.search(parts[at - 1]):
            continue
        gap, *why = _WHY_AFTER_RE.split(part, maxsplit=1)
        joined = f"{parts[at - 1]}: {gap[:1].lower()}{gap[1:]}"
        return [*parts[: at - 1], joined, *[w[:1].upper() + w[1:] for w in why], *parts[at + 1 :]]
    return parts


def series_gapped(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One tracker's market figure asked as the gap between its two series for one period; else ``calls``."""
    if not calls or any(call.tool != "market_stat" for call in calls):
        return calls
    if not (GAP_RE.search(question) or _MORE_RE.search(question)):
        return calls
    trackers = own_trackers(question)  # "... the series Caixin carried"
    if (
        len(trackers) != 1
        or len(trackers_said(question)) > 1
        or TABLE_RE.search(question)
        or len(set(_YEAR_RE.findall(question))) > 1
    ):
        return calls
    if not (_STATED_RE.search(_YEAR_RE.sub(" ", question)) or _TWO_SERIES_RE.search(question)):
        return calls
    period = next((call.args.get("period") for call in calls if call.args.get("period")), None)
    if not period or any(call.args.get("subject") or call.args.get("compare_reporter") for call in calls):
        return calls
    if any((earlier := call.args.get("compare_period")) and str(earlier)[:4] in question for call in calls):
        return calls  # a second period said ("ytd 26 vs 2025 avg"): a change over time, not two series
    metrics = list(dict.fromkeys(call.args.get("metric", "total_value") for call in calls))
    reporter = trackers[0]
    if len(metrics) > 1 and set(metrics) <= {"total_value", "deal_count"}:  # "- value and # deals": both gaps
        return [_gap_call(metric, period, reporter) for metric in metrics]
    if _MORE_RE.search(question) and _MONEY_RE.search(question):  # "how many more deals …, and the gap in value?"
        return [_gap_call(metric, period, reporter) for metric in ("deal_count", "total_value")]
    metric = metrics[0]
    if _COUNT_RE.search(question) and not _MONEY_RE.search(question):
        metric = "deal_count"  # "186 and 157 deals", "how many more deals": the counts, whatever else was listed
    elif _MONEY_RE.search(question) and metric == "deal_count":
        metric = "total_value"
    return [_gap_call(metric, period, reporter)]


def _gap_call(metric: str, period: str, reporter: str) -> ToolCall:
    """``reporter`` asked against itself for ``metric`` in ``period``: the gap between its two series."""
    return ToolCall(
        tool="market_stat",
        args={"metric": metric, "period": period, "reporter": reporter, "compare_reporter": reporter},
    )
