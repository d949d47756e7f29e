"""One place of a ranking from the bottom: "the 2nd smallest 2024 upfront", "second-lowest total", "3rd least".

``POSITION_RE`` reads places from the top only, so "2024 upfront 最小的是哪笔? 第二名呢?" (read as "… smallest …?
2nd smallest") and "the second smallest 2024 upfront?" had been the smallest deal alone or the 2nd largest. The
ranking is asked smallest first, down to that place, that place shown.

What is ranked is what the question asks for: "Which quarter of 2024 had the second-lowest total upfront?" ranks
quarters and "which licensor had the second-lowest total upfront" licensors (it had ranked deals, Keymed–Belenos's
$15m); a single deal asked of a period or company ("which quarter had the 2nd smallest single deal") stays a deal.
"""

from __future__ import annotations

import re
from typing import Protocol

from assistant.routing.buckets import ranked_unit
from assistant.routing.wording import POSITIONS

_LOW_PLACE_RE = re.compile(
    r"\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))[\s-]+"
    r"(?:smallest|lowest|least|cheapest)\b",
    re.IGNORECASE,
)
# "which licensor", "what Chinese company", "which buyer": a side of the deals ranked, their sums compared
_SIDE_ASKED_RE = re.compile(
    r"\b(?:which|what)\s+(?:chinese\s+|china\s+|western\s+)?(?:(?P<licensor>licensor|seller|company|biotech|drugmaker|"
    r"firm)|(?P<licensee>licensee|buyer|pharma|multinational|partner|acquirer))\b",
    re.IGNORECASE,
)
# a single deal of the period or side ("the second smallest single deal"), which its own row answers
_SINGLE_DEAL_RE = re.compile(r"\b(?:single|one|individual)\s+(?:[\w-]+\s+){0,2}?(?:deal|transaction|upfront)\b", re.I)


class _Slots(Protocol):
    op: str | None
    position: int | None
    sort: str | None
    count: bool
    dimension: str | None


def read_low_place(slots: _Slots, text: str) -> None:
    """ "the 2nd smallest 2024 upfront" -> a rank, smallest first, place 2 shown; "which quarter had the 2nd lowest
    total upfront" -> quarters ranked so."""
    found = _LOW_PLACE_RE.search(text)
    if not found or slots.count or slots.op not in (None, "rank", "min", "find"):
        return
    slots.op, slots.position, slots.sort = "rank", min(POSITIONS.get(found.group(1).lower(), 2), 50), "ascending"
    if _SINGLE_DEAL_RE.search(text):
        return
    side = _SIDE_ASKED_RE.search(text)
    unit = ranked_unit(text)
    if unit:
        slots.dimension = unit
    elif side:
        slots.dimension = "licensor" if side["licensor"] else "licensee"
