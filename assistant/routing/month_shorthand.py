"""A month with a two-digit year ("argo/novartis sept 25", "cspc az jun 25", "kelun merck may 22"), spelt out
as its month and year.

An analyst's "sept 25" is September 2025, not a day: read as nothing, the month was lost and the question
was answered about the pair's other deal. Only when the question names no four-digit year (then "sept 25"
may be a day of it), only 18-29, and not when the number is a day: after "on" ("on May 20", "on Dec 22"),
in a range within one month ("between March 21 and March 25"), or followed by a day suffix, a unit or a
comma and a year. "since Mar 25" and "between Mar 25 and Jun 25" are months of 2025.
"""

from __future__ import annotations

import re

_MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June", "jul": "July",
    "aug": "August", "sep": "September", "sept": "September", "oct": "October", "nov": "November",
    "dec": "December",
}  # fmt: skip
_FULL = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTH = rf"(?:{'|'.join(_MONTHS)}|{_FULL})"
# "on Dec 22", "on the May 20 deal": a day's preposition before the month makes the number a day
MONTH_YEAR_RE = re.compile(
    rf"(?<!\bon )(?<!\bon the )\b({_MONTH})\.?\s*['’]?(1[89]|2\d)\b"
    r"(?!\s*(?:st|nd|rd|th|%|m\b|mn|bn|b\b|million|billion|,\s*\d))",
    re.IGNORECASE,
)
_FOUR_DIGIT_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def with_month_years(question: str) -> str:
    """``question`` with each "sept 25" written "September 2025"; a question naming a full year is unchanged."""
    if _FOUR_DIGIT_YEAR_RE.search(question):
        return question

    found = list(MONTH_YEAR_RE.finditer(question))
    months = [_MONTHS.get(m.group(1).lower(), m.group(1).capitalize()) for m in found]
    if len(months) != len(set(months)):
        return question  # "between March 21 and March 25": days of one month

    def written(match: re.Match[str]) -> str:
        month = match.group(1).lower()
        return f"{_MONTHS.get(month, month.capitalize())} 20{match.group(2)}"

    return MONTH_YEAR_RE.sub(written, question)
