"""A tracker or publisher named with no figure asked (outsider28): "caixin take on best-in-class vs
first-in-class", "caixin view on fast followers vs original drugs".

A named reporter usually means its reported statistics ("what did CPHIIC count for 2025?"), but a
question naming no period, no measure, no count and no company asks for what the reporter wrote, and
"vs" between two ideas compares no figures: the article is quoted, not a tracker's growth made up.
"""

from __future__ import annotations

import re
from typing import Any

# What a reporter wrote or thinks: "caixin take on", "pharmcube's view of", "what does caixin say about"
_OPINION_RE = re.compile(
    r"\b(?:take|takes|view|views|opinion|stance|perspective|thoughts?|think|thinks|says?|said|argues?|argued|"
    r"wrote|writes?|verdict|angle|points?|arguments?|argument|conclusions?|message)\b",  # "the first-in-class point"
    re.IGNORECASE,
)
# ... and no figure: "CPHIIC's number for that year", "how much did it grow (pharmcube)", "pharmcube's figure"
_FIGURE_RE = re.compile(
    r"\b(?:numbers?|figures?|values?|totals?|counts?|grow|grew|growth|how much|how many|deals?|stats?|data)\b|[$%]|\d",
    re.IGNORECASE,
)


def asks_what_reporter_wrote(slots: Any, question: str) -> bool:
    """A reporter named with a word of what it wrote, and nothing a statistic is read from: no period,
    measure, count, company or figure word."""
    figures = slots.periods or slots.metrics or slots.count or slots.market_metric or slots.mentions
    if not slots.reporter or figures or slots.op not in (None, "compare", "growth"):
        return False
    return bool(_OPINION_RE.search(question)) and not _FIGURE_RE.search(question)


def read_opinion_ask(slots: Any, question: str) -> None:
    """Mark ``slots`` (``intents.Slots``) as a text question when it asks what a reporter wrote."""
    if asks_what_reporter_wrote(slots, question):
        slots.op, slots.strong_text, slots.figure_cue = None, True, False
