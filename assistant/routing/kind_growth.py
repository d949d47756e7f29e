"""Growth within one therapeutic area or modality between two periods: "cardiovascular: growth in headline deal
value from 2024 to 2025, as a %", "How did the number of ADC deals change from 2024 to 2025?".

No tracker reports a year's deals by area or modality, so both periods are sums (or counts) over our rows, each
narrowed to that kind, and the answer says they are our rows, not a market total. It had gone to the articles,
which hold no such figure for both years. A company, a named tracker or a market-wide measure keeps its own rule.
"""

from __future__ import annotations

from typing import Any


def asks_kind_growth(slots: Any) -> bool:
    """A growth (or change) of one area's or modality's deals between periods, over our rows."""
    return bool(
        slots.op == "growth"
        and (slots.therapeutic_area or slots.modality or slots.target)  # "glp-1 deals": a target's deals too
        and slots.periods
        and (slots.metrics or slots.count)
        and not (slots.companies or slots.asset)
        and not slots.reporter
        and not slots.market_metric
    )
