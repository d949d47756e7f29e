"""A sum asked in words ("sum of 2024 upfronts?", "add up the 2024 upfronts"): our rows summed, not a tracker's
total for the year, when the question names no tracker and asks of its own period (outsider150).
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
# "sum of 2024 upfronts?", "add up the 2024 upfronts": a sum the asker wants computed over deals, not a tracker's total
_SUMMED_RE = re.compile(r"\bsum\s+(?:of|up)\b|\badd(?:ed)?\s+up\b|\bsummed\b|\btotal\s+up\b", _I)
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_OTHER_READS_RE = re.compile(
    r"#|\b(?:rank\w*|top|which|who|whose|their|those|these|them|they|each|per|counting|including|as well)\b", _I
)


def read_summed_ours(slots: Any, question: str) -> None:
    """Mark ``slots`` as our rows' sum when the question asks for a sum in English and names no tracker: "sum of 2024
    upfronts? # of deals" had given biotochina's upfront total and PharmCube's count (outsider150)."""
    if not _SUMMED_RE.search(question) or _CJK_RE.search(question) or slots.reporter or slots.mentions:
        return
    if slots.market_words or not slots.metrics or slots.op not in (None, "sum") or not slots.periods:
        return  # "the market's 2024 total, summed": the trackers' words; "add up the upfronts" after a list: its rows
    if _OTHER_READS_RE.search(question):
        return  # "#2 on summed upfront among buyers", "the sum of their upfronts": read as they were
    slots.in_table = True
