"""A follow-up ranking that names only a new measure keeps the companies the ranking before it ranked.

"2024年首付款最高的中国licensor是谁?" then "total value 最高的呢?" ranked deals by total value: the follow-up names
no side, so its ranking fell back to deals, and the top deal (Hengrui–Kailera, up to $6.035 billion) stood in for
the top licensor (Hengrui, up to $7.08 billion over two deals). A follow-up asking a ranking after a ranking of
licensors or licensees, naming no side or deal of its own ("licensor", "buyer", "deal", "transaction"), keeps the
side ranked before and changes only the measure.
"""

from __future__ import annotations

from typing import Any

from assistant.routing.wording import DIMENSION_RES

_COMPANY_SIDES = ("licensor", "licensee")


def kept_side(current: Any, old: Any) -> str | None:
    """``old``'s ranked company side when ``current`` re-ranks by a measure and names no side; else None.

    "total value 最高的呢?" after "2024年首付款最高的中国licensor是谁?" -> "licensor"."""
    if current.op != "rank" or old.op != "rank" or old.dimension not in _COMPANY_SIDES:
        return None
    if current.dimension != "deal" or current.by_date or old.by_date:
        return None
    said = " ".join(current.words)
    if any(pattern.search(said) for _, pattern in DIMENSION_RES):
        return None  # "and the biggest deal by total?": a side or the deals named anew
    return str(old.dimension)
