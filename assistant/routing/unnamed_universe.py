"""A year's deals summed with no tracker and no market named: the trackers' figure and our table's.

"2024 年几笔交易，首付款总共多少?" and "2024 年的 BD 交易，总额 (headline value) sum 是多少 billion?" name no
tracker and no market ("China", "out-licensing", "industry"): a reader may mean the year's market (PharmCube's 94
deals, $51.9 billion) or the deals our table holds (13 deals, $25.66 billion over the twelve with a total). One
figure silently chosen answers half the readers with the wrong universe, so the plan asks the tracker's figure
set against the same measure over our rows (``derive="table_against"``): both said, each labelled, and the gap.

Taken: one market call per ask, each a sum (value, upfront, milestones) of one calendar year, no tracker, no
company, in a question saying "deals" (or "transactions", "BD") and a word of adding ("sum", "in total", "added
up", "combined", "altogether"), or a bare count ("how many deals in 2024", "2024 年几笔交易": PharmCube's 94
first, our table's 13 beside it); a count "in total" or of the deals "there are" is ``tracker_universe.table_counted``'s. A market word keeps the trackers' figure alone ("2025
年中国一共有几笔对外授权交易?" is the market's count), and so does a tracker named ("per PharmCube"); "in your
table" is our table's alone, read before. Run in ``buckets.reshaped`` before ``tracker_universe.table_counted``;
the examples are in ``tests/test_zh.py``.
"""

from __future__ import annotations

import re

from assistant.routing.tracker_gaps import own_trackers
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_SUMS = {"total_value", "upfront_total", "milestones_total"}
_DEALS_RE = re.compile(r"\b(?:deals?|transactions?|BD)\b", _I)
_ADDED_RE = re.compile(r"\bsum(?:med|s)?\b|\bin total\b|\badd(?:ed)? up\b|\bcombined\b|\baltogether\b|\ball told\b", _I)
# the market's universe said: the trackers' figure is the one asked
_MARKET_RE = re.compile(
    r"\b(?:market|industry|sector|out-?licen[cs]\w*|license-?out|licensing|cross-?border|drugmakers?|biotechs?|"
    r"pharmas?|companies|firms|trackers?|reported|according|per|record|whole|entire|all of)\b|\b(?:china|chinese)\b",
    _I,
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")


def table_beside(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """``calls`` with each bare-year market count or sum asked as the trackers' figure against our table's (the
    module's docstring); else ``calls``."""
    if not calls or any(call.tool != "market_stat" for call in calls):
        return calls
    if own_trackers(question) or _MARKET_RE.search(question) or not _DEALS_RE.search(question):
        return calls
    reshaped = []
    for call in calls:
        args = call.args
        metric = args.get("metric")
        if args.get("reporter") or args.get("derive") or args.get("subject"):
            return calls
        if not _YEAR_RE.fullmatch(str(args.get("period") or "")):
            return calls
        if metric != "deal_count" and (metric not in _SUMS or not _ADDED_RE.search(question)):
            return calls  # "… in total" is ``table_counted``
        if metric == "deal_count" and (len(calls) != 1 or len(set(_YEAR_RE.findall(question))) >= 2):
            return calls  # "how many deals between 2024 and 2025?": each year's tracker count, as before
        reshaped.append(ToolCall(tool="market_stat", args={**args, "derive": "table_against"}))
    return reshaped
