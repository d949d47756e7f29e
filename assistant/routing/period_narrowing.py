"""A period said alone to narrow what the conversation is about: "only counting 2024 onward?", "just the
2025 ones?", "from 2024 on only?" after "GSK's China deals? Combined upfront?" is that sum again over the
years said, not a new question for the articles (it was answered with a tracker's half-year figures).
"""

from __future__ import annotations

import re
from typing import Any

# "only", "just", "counting", "restricted to", "limited to": the words that narrow, said beside a period
_NARROWING_RE = re.compile(
    r"^\W*(?:and\s+|but\s+|so\s+|ok\s+)?(?:only|just|counting|restrict(?:ed|ing)?\s+to|limit(?:ed|ing)?\s+to)\b|"
    r"\b(?:only|alone)\W*$",
    re.IGNORECASE,
)


def narrows_by_period(slots: Any, previous: Any, question: str) -> None:
    """Mark ``slots`` (``intents.Slots``) as a follow-up when it says only a period and a narrowing word."""
    if previous is None or not slots.periods or slots.mentions or slots.asset or slots.op or slots.count:
        return
    if slots.metrics or slots.has_filters or slots.reporter or slots.market_metric or slots.content_words > 4:
        return
    if _NARROWING_RE.search(question):
        slots.followup_marker = True
