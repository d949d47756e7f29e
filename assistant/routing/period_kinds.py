"""The fields of periods named by a day or across a year end: "Oct 16 2025", "2025-10-16", "trailing twelve
months to end-Feb 2026" (March 2025 to February 2026), and "Jan" of "Jan vs Feb 2026" (the second's year).

``periods.find_periods`` builds the ``Period`` from these fields; a day that no month holds names no period.
"""

from __future__ import annotations

from assistant.dates import MONTHS, last_day


def dated_period(kind: str, groups: tuple[str | None, ...]) -> dict[str, int] | None:
    """Period fields for a day, a trailing twelve months or the first of two months sharing a year."""
    if kind == "shared_month":
        return {"year": int(groups[1] or 0), "month": MONTHS[groups[0] or ""]}
    if kind == "trailing":
        year, month = int(groups[1] or 0), MONTHS[groups[0] or ""]
        if month == 12:
            return {"year": year}  # the twelve months to December are that calendar year
        return {"year": year, "month": month + 1, "month_to": month, "year_from": year - 1}
    if kind == "day":
        month, day, year = MONTHS[groups[0] or ""], int(groups[1] or 0), int(groups[2] or 0)
    elif kind == "day_first":
        day, month, year = int(groups[0] or 0), MONTHS[groups[1] or ""], int(groups[2] or 0)
    else:
        year, month, day = int(groups[0] or 0), int(groups[1] or 0), int(groups[2] or 0)
    if not 1 <= month <= 12 or not 1 <= day <= last_day(year, month):
        return None
    return {"year": year, "month": month, "day": day}
