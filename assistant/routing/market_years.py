"""A tracker question over two or more years that asks no change between them: "How many deals were
signed between 2024 and 2025?", "the total deal value in 2023 and 2024".

The market plan reads one period, the last one said, and a tracker's figure for 2025 alone would
answer a different question. Trackers report a figure per year, so each year named gets its own
``market_stat`` call, in the order said; a growth, difference or comparison (``derive``) already
reads both years and is left alone. A span ("from 2023 to 2025", "2023-2025") names the years between too.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_YEARS_RE = re.compile(
    r"\b(?P<first>(?:19|20)\d\d)\s*(?:-|–|to|through|thru|until)\s*(?P<last>(?:19|20)\d\d)\b|"
    r"(?<![\w-])(?P<year>(?:19|20)\d\d)(?![\w-])",
    re.IGNORECASE,
)


def each_year(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One ``market_stat`` call per year ``question`` names, when its one call reads one of them; else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "market_stat" or calls[0].args.get("derive"):  # a growth, a gap
        return calls
    if calls[0].args.get("compare_reporter"):  # two trackers' figures for one period
        return calls
    said: list[str] = []
    for found in _YEARS_RE.finditer(question):  # "from 2023 to 2025", "2023-2025": the years between too
        first, last = found.group("first") or found.group("year"), found.group("last") or found.group("year")
        said += [str(year) for year in range(int(first), int(last) + 1)]
    years = list(dict.fromkeys(said))
    if len(years) < 2 or calls[0].args.get("period") not in years:
        return calls
    return [ToolCall(tool="market_stat", args={**calls[0].args, "period": year}) for year in years]
