"""A statistic no tracker reports, asked of a tracker: "what was the median deal size in PharmCube's 2025
dataset?".

The trackers report totals, counts and a few shares and averages (``documents/market_stats.csv``); a median is
none of them. Sent to the articles as before ("a tracker's median"), the answer quoted the tracker's averages: a
figure for another question. The median is now the measure the question asks (``Slots.unheld_measure``), so the
articles answer only with a sentence that states a median, and otherwise the answer says none reports one. The
same question of our own rows ("the median of the 2025 deals in your table") is the table's, untouched.
"""

from __future__ import annotations

from typing import Any


def unreported_statistic(slots: Any) -> None:
    """Mark a tracker's median as a measure only an article stating one can answer (``slots``: ``intents.Slots``)."""
    if slots.op == "median" and slots.reporter and not slots.in_table and not slots.unheld_measure:
        slots.unheld_measure = "median"
