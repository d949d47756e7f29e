"""A tracker question over two or more years that asks no change between them: "How many deals were
signed between 2024 and 2025?", "the total deal value in 2023 and 2024".

The market plan reads one period, the last one said, and a tracker's figure for 2025 alone would
answer a different question. Trackers report a figure per year, so each year named gets its own
``market_stat`` call, in the order said; a growth, difference or comparison (``derive``) already
reads both years and is left alone.
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_YEAR_RE = re.compile(r"(?<![\w-])((?:19|20)\d\d)(?![\w-])")


def each_year(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One ``market_stat`` call per year ``question`` names, when its one call reads one of them; else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "market_stat" or calls[0].args.get("derive"):  # a growth, a gap
        return calls
    if calls[0].args.get("compare_reporter"):  # two trackers' figures for one period
        return calls
    years = list(dict.fromkeys(_YEAR_RE.findall(question)))
    if len(years) < 2 or calls[0].args.get("period") not in years:
        return calls
    return [ToolCall(tool="market_stat", args={**calls[0].args, "period": year}) for year in years]
