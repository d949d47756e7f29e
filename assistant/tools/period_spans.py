"""Whether two periods of one tracker's change cover the same length of time.

"IQVIA: H1 2025 partnership $ vs its full-yr 2024 number", "cphiic jan-aug 2025 already beat their whole 2024":
the change is computed as asked, and the answer says that the part-year is a shorter period than the whole
year, so the figures are not like-for-like (said without month counts, which no quote holds). A share or an
average is no sum over time, and is left alone. Periods: "2025" (12 months), "2025-H1" (6), "2025-Q1" (3), "2025-08" (1),
"2025-01/2025-08" (8).
"""

from __future__ import annotations

import re

from assistant.corpus.provenance import Provenance
from assistant.corpus.tables import MarketStat
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


def unlike_spans(earlier: MarketStat, later: MarketStat, sources: list[Provenance]) -> list[ResultLine]:
    """A line saying the two periods of an amount or a count differ in length ("part of a year against the whole
    of 2024"), cited to the two rows; none for equal lengths, or for a share or an average (no sum over time)."""
    first, second = months(earlier.period), months(later.period)
    if first is None or second is None or first == second or later.unit == "percent" or "average" in later.metric:
        return []
    shorter, longer = (later, earlier) if second < first else (earlier, later)
    return [
        ResultLine(
            text=(
                f"The two periods are not like-for-like: {period_words(shorter.period)} is a shorter period than "
                f"{period_words(longer.period)}."
            ),
            provenance=sources,
        )
    ]
