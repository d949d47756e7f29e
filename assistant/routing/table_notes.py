"""Our table named in a note's shorthand, or a year's deals averaged: questions about our rows, not a tracker's.

outsider98 wrote "yoy growth in total upfronts 2024 -> 2025, table deals", "deal count growth 2024 to 2025 (table,
main only)" and "mean headline total for 2025 deals?"; the first two never said "the table" as ``TABLE_RE`` reads it
and the trackers' growth was answered, the third was given a tracker's average deal size. A tracker reports one
total a year; an average of each deal's headline, upfront or milestones is taken over deals, which are our rows.

- takes: "table deals", "(table, main only)", "..., table", "..., table only", "median upfront across the 2024 deals"
- leaves: "Table w/ figures" (a layout asked for), "the table tennis deal", "average deal size in 2025 per PharmCube"
  (a tracker named), "average deal size in 2025" (no deals of a year named)
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.wording import REPORTER_RE

_I = re.IGNORECASE
# "table deals", "table rows", "(table, main only)", ", table?" closing a clause, "table only"
_TABLE_NOTE_RE = re.compile(
    r"\btable\s+(?:deals|rows|transactions)\b|(?:[(,;]|\s-)\s*table\s*(?:only\b|[,;)?.]|$)|\btable,?\s+main\s+only\b",
    _I,
)
# "for 2025 deals", "across the 2024 deals", "of all 2026 deals": the deals of a year, averaged each
_YEAR_DEALS_RE = re.compile(r"\b(?:for|across|over|of|among)\s+(?:the\s+|all\s+)?(?:19|20)\d\d\s+deals\b", _I)


def table_noted(slots: Any, text: str) -> None:
    """Mark ``slots`` as about our rows when ``text`` names the table in shorthand or averages a year's deals."""
    if REPORTER_RE.search(text):
        return
    averaged = slots.op in ("average", "median") and bool(_YEAR_DEALS_RE.search(text)) and not slots.mentions
    if averaged or _TABLE_NOTE_RE.search(text):
        slots.in_table = True
