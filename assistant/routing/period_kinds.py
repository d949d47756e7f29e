"""The fields of periods named by a day or across a year end: "Oct 16 2025", "2025-10-16", "trailing twelve
months to end-Feb 2026" (March 2025 to February 2026), and "Jan" of "Jan vs Feb 2026" (the second's year); and
windows of days: "between October 1 and December 31, 2025", "from 15 March to 30 June 2025", "Oct 1 - Dec 15
2025", "from November 20, 2025 to January 10, 2026" (a window over the deal table, not a tracker's month).

``periods.find_periods`` builds the ``Period`` from these fields; a day that no month holds names no period.
"""

from __future__ import annotations

import re

from assistant.dates import MONTHS, last_day

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:fy\s?)?(20[12]\d)"
_TH = r"(?:st|nd|rd|th)?"
# "and" joins the two days only after "between"/"from" ("deals on Oct 1 and Dec 31, 2025" are two days)
_JOIN = r"(?:\s+(?:to|through|thru|until|till)\s+|\s*[-–—]\s*)"
_JOIN_AND = rf"(?:{_JOIN}|\s+and\s+)"
_OPEN = r"\b(?:between|from)\s+(?:the\s+)?"
_MONTH_DAY = rf"({_MONTH})\.?\s+(\d{{1,2}}){_TH}"
_DAY_MONTH = rf"(\d{{1,2}}){_TH}\s+(?:of\s+)?({_MONTH})\.?"
DAY_RANGE_RES: list[tuple[str, re.Pattern[str]]] = [
    (
        "day_range",
        re.compile(
            rf"(?:{_OPEN}{_MONTH_DAY}(?:,?\s+{_YEAR})?{_JOIN_AND}|\b{_MONTH_DAY}(?:,?\s+{_YEAR})?{_JOIN})"
            rf"(?:the\s+)?{_MONTH_DAY},?\s+{_YEAR}\b"
        ),
    ),
    (
        "day_range_first",
        re.compile(
            rf"(?:{_OPEN}{_DAY_MONTH}(?:,?\s+{_YEAR})?{_JOIN_AND}|\b{_DAY_MONTH}(?:,?\s+{_YEAR})?{_JOIN})"
            rf"(?:the\s+)?{_DAY_MONTH},?\s+{_YEAR}\b"
        ),
    ),
]


def dated_period(kind: str, groups: tuple[str | None, ...]) -> dict[str, int] | None:
    """Period fields for a day, a trailing twelve months or the first of two months sharing a year."""
    if kind == "shared_month":
        return {"year": int(groups[1] or 0), "month": MONTHS[groups[0] or ""]}
    if kind == "trailing":
        year, month = int(groups[1] or 0), MONTHS[groups[0] or ""]
        if month == 12:
            return {"year": year}  # the twelve months to December are that calendar year
        return {"year": year, "month": month + 1, "month_to": month, "year_from": year - 1}
    if kind in ("day_range", "day_range_first"):
        return _day_window(kind, groups)
    if kind == "day":
        month, day, year = MONTHS[groups[0] or ""], int(groups[1] or 0), int(groups[2] or 0)
    elif kind == "day_first":
        day, month, year = int(groups[0] or 0), MONTHS[groups[1] or ""], int(groups[2] or 0)
    else:
        year, month, day = int(groups[0] or 0), int(groups[1] or 0), int(groups[2] or 0)
    if not 1 <= month <= 12 or not 1 <= day <= last_day(year, month):
        return None
    return {"year": year, "month": month, "day": day}


def _day_window(kind: str, groups: tuple[str | None, ...]) -> dict[str, int] | None:
    """Fields of a window of days; the first day takes the last day's year unless it names its own."""
    said = [g for g in groups]
    # the two alternatives of the pattern each hold (first day, its year); the closing day and year follow
    first = said[0:3] if said[0] else said[3:6]
    last = said[6:9]
    if kind == "day_range":
        month, day, month_to, day_to = (
            MONTHS[first[0] or ""],
            int(first[1] or 0),
            MONTHS[last[0] or ""],
            int(last[1] or 0),
        )
    else:
        day, month, day_to, month_to = (
            int(first[0] or 0),
            MONTHS[first[1] or ""],
            int(last[0] or 0),
            MONTHS[last[1] or ""],
        )
    year = int(last[2] or 0)
    year_from = int(first[2] or year)
    if not (1 <= day <= last_day(year_from, month) and 1 <= day_to <= last_day(year, month_to)):
        return None
    if (year_from, month, day) > (year, month_to, day_to) or year - year_from > 1:
        return None
    fields = {"year": year, "month": month, "month_to": month_to, "day": day, "day_to": day_to}
    return fields | ({"year_from": year_from} if year_from != year else {})
