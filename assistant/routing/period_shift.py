"""A follow-up that moves the period talked about by one step: "what about the following quarter" after Q3 2025
is Q4 2025, "and the previous half?" after H2 2025 is H1 2025, "the month after" after March 2025 is April 2025.

Only a step of the unit the earlier period was said in moves it (a quarter after a quarter); anything else is
left to the other follow-up readings. Years have their own reading ("the year before", ``intents.year_before``).
"""

from __future__ import annotations

import re

from assistant.routing.periods import Period

_STEP_RE = re.compile(
    r"\b(?:(following|next|subsequent|previous|prior|preceding)\s+(quarter|half|month)|"
    r"(quarter|half|month)\s+(after|before|later|earlier))\b"
)
_FORWARD = {"following", "next", "subsequent", "after", "later"}
_PER_YEAR = {"quarter": 4, "half": 2, "month": 12}


def stepped_periods(words: list[str], periods: list[Period]) -> list[Period]:
    """The earlier turn's one period moved a step forward or back ([] when the follow-up asks no such step)."""
    match = _STEP_RE.search(" ".join(words))
    if not match or len(periods) != 1:
        return []
    period = periods[0]
    unit = match.group(2) or match.group(3)
    step = 1 if (match.group(1) or match.group(4)) in _FORWARD else -1
    value = period.quarter if unit == "quarter" else period.half if unit == "half" else period.month
    if (
        not value
        or period.bound
        or period.month_to
        or period.day
        or (unit == "month" and (period.quarter or period.half))
    ):
        return []
    index = period.year * _PER_YEAR[unit] + value - 1 + step
    year, value = divmod(index, _PER_YEAR[unit])
    return [Period.model_validate({"year": year, unit: value + 1})]
