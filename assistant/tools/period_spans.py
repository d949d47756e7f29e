"""Whether two periods of one tracker's change cover the same length of time.

"IQVIA: H1 2025 partnership $ vs its full-yr 2024 number", "cphiic jan-aug 2025 already beat their whole 2024":
the change is computed as asked, and the answer says that six (or eight) months stand against twelve, so the
figures are not like-for-like. Periods: "2025" (12 months), "2025-H1" (6), "2025-Q1" (3), "2025-08" (1),
"2025-01/2025-08" (8).
"""

from __future__ import annotations

import re

from assistant.tools.quantities import period_words
from assistant.tools.schema import ResultLine

_MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")


def months(period: str) -> int | None:
    """How many months ``period`` covers, or None for a form not read here."""
    start, _, end = period.partition("/")
    if end:
        first, last = _MONTH_RE.match(start), _MONTH_RE.match(end)
        if not (first and last):
            return None
        return (int(last.group(1)) - int(first.group(1))) * 12 + int(last.group(2)) - int(first.group(2)) + 1
    if len(period) == 4 and period.isdigit():
        return 12
    if period.endswith(("-H1", "-H2")):
        return 6
    if re.search(r"-Q[1-4]$", period):
        return 3
    return 1 if _MONTH_RE.match(period) else None


def unlike_spans(earlier: str, later: str) -> list[ResultLine]:
    """A line saying the two periods differ in length ("6 months against 12"), or none."""
    first, second = months(earlier), months(later)
    if first is None or second is None or first == second:
        return []
    return [
        ResultLine(
            text=(
                f"The two periods are not like-for-like: {period_words(later)} covers {second} months against "
                f"{first} for {period_words(earlier)}."
            )
        )
    ]
