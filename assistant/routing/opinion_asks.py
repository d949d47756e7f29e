"""A tracker or publisher named with no figure asked (outsider28): "caixin take on best-in-class vs
first-in-class", "caixin view on fast followers vs original drugs".

A named reporter usually means its reported statistics ("what did CPHIIC count for 2025?"), but a
question naming no period, no measure, no count and no company asks for what the reporter wrote, and
"vs" between two ideas compares no figures: the article is quoted, not a tracker's growth made up.
"""

from __future__ import annotations

from typing import Any


def asks_what_reporter_wrote(slots: Any) -> bool:
    """A reporter named, and nothing a statistic is read from: no period, measure, count or company."""
    figures = slots.periods or slots.metrics or slots.count or slots.market_metric or slots.mentions
    return bool(slots.reporter) and not figures and slots.op in (None, "compare", "growth")


def read_opinion_ask(slots: Any) -> None:
    """Mark ``slots`` (``intents.Slots``) as a text question when it asks what a reporter wrote."""
    if asks_what_reporter_wrote(slots):
        slots.op, slots.strong_text, slots.figure_cue = None, True, False
