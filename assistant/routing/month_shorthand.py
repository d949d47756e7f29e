"""A month with a two-digit year ("argo/novartis sept 25", "cspc az jun 25"), spelt out as its month and year.

An analyst's "sept 25" is September 2025, not a day: read as nothing, the month was lost and the question
was answered about the pair's other deal. Only when the question names no four-digit year (then "sept 25"
may be a day of it), only an abbreviated month or a month with an apostrophe ("March '25": "May 20" and
"July 28" are days), only 18-29, not after a day's preposition ("on Dec 22", "between Mar 21 and ..."), and
not followed by a day suffix, a unit or a comma and a year.
"""

from __future__ import annotations

import re

_MONTHS = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June", "jul": "July",
    "aug": "August", "sep": "September", "sept": "September", "oct": "October", "nov": "November",
    "dec": "December",
}  # fmt: skip
_FULL = "january|february|march|april|may|june|july|august|september|october|november|december"
# A day's preposition before the month ("on Dec 22", "between Mar 21 and ...") makes the number a day.
_DAY_BEFORE = "".join(rf"(?<!\b{word} )" for word in ("on", "between", "and", "from", "to", "until", "by", "since"))
# An abbreviated month, or any month with an apostrophe ("March '25"), then 18-29: "May 20", "July 28" are days
MONTH_YEAR_RE = re.compile(
    rf"{_DAY_BEFORE}\b(?:({'|'.join(_MONTHS)})\.?\s*['’]?|({_FULL})\.?\s*['’])(1[89]|2\d)\b"
    r"(?!\s*(?:st|nd|rd|th|%|m\b|mn|bn|b\b|million|billion|,\s*\d))",
    re.IGNORECASE,
)
_FOUR_DIGIT_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def with_month_years(question: str) -> str:
    """``question`` with each "sept 25" written "September 2025"; a question naming a full year is unchanged."""
    if _FOUR_DIGIT_YEAR_RE.search(question):
        return question

    def written(match: re.Match[str]) -> str:
        month = (match.group(1) or match.group(2)).lower()
        return f"{_MONTHS.get(month, month.capitalize())} 20{match.group(3)}"

    return MONTH_YEAR_RE.sub(written, question)
