"""Months and dates, one home: month names people type, a month's last day, how a date reads.

Every module that names a month or writes a date uses these, so "Sept", the end of
February and "20 May 2025" mean the same thing everywhere.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

MONTH_NAMES = list(calendar.month_name)  # ["", "January", ..., "December"]
# Every spelling of a month a question or an article uses, lower case, to its number.
MONTHS: dict[str, int] = {
    name: number
    for number in range(1, 13)
    for name in {calendar.month_name[number].lower(), calendar.month_abbr[number].lower()}
} | {"sept": 9}
# A month as written in text: "Sep", "Sept.", "September".
MONTH_PATTERN = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_FULL_MONTHS = "|".join(calendar.month_name[1:])
# A day and month standing right before a year: "January 14, " or "14 January ".
_DATE_BEFORE_YEAR_RE = re.compile(rf"(?:(?:{_FULL_MONTHS})\s+\d{{1,2}},?|\d{{1,2}}\s+(?:{_FULL_MONTHS}))\s+$")


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_words(period: str) -> str:
    """ "2025-08" -> "August 2025"; anything else as given."""
    if len(period) == 7 and period[4] == "-" and period[5:].isdigit() and 1 <= int(period[5:]) <= 12:
        return f"{calendar.month_name[int(period[5:])]} {period[:4]}"
    return period


def names_year(sentence: str, year: str) -> bool:
    """The year as a period ("deals in 2026"), not as a date a report was published on
    ("reported on January 14, 2026", "2026-01-14")."""
    for match in re.finditer(rf"(?<![\d\-–—]){year}(?![\d\-–—])", sentence):
        if not _DATE_BEFORE_YEAR_RE.search(sentence[: match.start()]):
            return True
    return False


# "closed on 2024-12-20" in an article's sentence: a day said after "on" in the ISO form only
_ON_ISO_RE = re.compile(r"(?<=\bon )(20\d\d-\d\d-\d\d)(?![\w)-])(?!\s*\()")


def on_dates_worded(sentence: str) -> str:
    """ "closed on 2024-12-20" -> "closed on 20 December 2024 (2024-12-20)": the day as a reader says it, beside
    the source's own form (so the quote still holds it; the chat drops the ISO form when both are shown)."""
    return _ON_ISO_RE.sub(lambda m: f"{human_date(m.group(1))} ({m.group(1)})", sentence)


def human_date(iso: str) -> str:
    """ "2025-05-20" -> "20 May 2025"; "2025-05" -> "May 2025"; anything else as given."""
    try:
        day = dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return month_words(iso)
    return f"{day.day} {calendar.month_name[day.month]} {day.year}"
