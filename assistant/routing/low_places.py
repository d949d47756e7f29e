"""One place of a ranking from the bottom: "the 2nd smallest 2024 upfront", "second-lowest total", "3rd least".

``POSITION_RE`` reads places from the top only, so "2024 upfront 最小的是哪笔? 第二名呢?" (read as "… smallest …?
2nd smallest") and "the second smallest 2024 upfront?" had been the smallest deal alone or the 2nd largest. The
ranking is asked smallest first, down to that place, that place shown.
"""

from __future__ import annotations

import re
from typing import Protocol

from assistant.routing.wording import POSITIONS

_LOW_PLACE_RE = re.compile(
    r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[\s-]+"
    r"(?:smallest|lowest|least|cheapest)\b",
    re.IGNORECASE,
)


class _Slots(Protocol):
    op: str | None
    position: int | None
    sort: str | None
    count: bool


def read_low_place(slots: _Slots, text: str) -> None:
    """ "the 2nd smallest 2024 upfront" -> a rank, smallest first, place 2 shown."""
    found = _LOW_PLACE_RE.search(text)
    if not found or slots.count or slots.op not in (None, "rank", "min", "find"):
        return
    slots.op, slots.position, slots.sort = "rank", min(POSITIONS.get(found.group(1).lower(), 2), 50), "ascending"
