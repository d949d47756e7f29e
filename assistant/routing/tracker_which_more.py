"""Which of two trackers counted (or reported) more in one period, asked as the gap between their two figures.

"going back to 2023 for context, did Goodwin or biotochina.org count more Chinese out-licensing deals, and by how
many?" had been split at "or" into two asks ("did Goodwin.org count more …") each read as its tracker's change
from 2022 to 2023, which no tracker reports, so "2022" was printed beside Goodwin's 70 and biotochina's 80 and 66.
A question that names two trackers joined by "or", "vs" or "versus" (an outlet that carried a figure is no
second tracker), one period (a year, or a half of it: "H1 2025"), one measure (deals counted, or a value) and asks
which is more, fewer, higher or lower is asked whole as their gap: "What was the gap between Goodwin's 2023 deal
count and biotochina's 2023 deal count?", which the tool answers with both figures, each cited, the gap and
which is above (``which_tracker_more`` from ``decompose.split_parts``).

Not taken: one tracker, three, two years ("Goodwin 2023 or biotochina 2024" is no like-for-like pair), a measure
not said or two measures, a question about our table or a company.
"""

from __future__ import annotations

import re

from assistant.routing.tracker_both import measures_asked
from assistant.routing.tracker_gaps import OUTLETS, trackers_said
from assistant.routing.wording import TABLE_RE

_I = re.IGNORECASE
# "did A or B count more", "which of A vs B reported fewer", "who had the higher value, A or B"
_WHICH_MORE_RE = re.compile(
    r"\b(?:did|does|do|which|who|whose)\b.{0,120}?\b(?:more|fewer|less|higher|lower|bigger|larger|smaller)\b", _I
)
_BETWEEN_RE = re.compile(r"\b(?:or|vs\.?|versus)\b", _I)
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
_HALF_RE = re.compile(r"\b(?:(?P<h>h[12])|(?P<word>first|second) half)\b", _I)
# deals counted with no "how many" or "deal count": "reported more deals", "counted more"
_COUNTED_RE = re.compile(r"\b(?:count(?:ed|s)?|tall(?:y|ied)|(?:more|fewer) (?:\w+ ){0,3}deals)\b", _I)
_MEASURE_WORDS = {"count": "deal count", "value": "total value", "upfront": "upfront total"}


def which_tracker_more(question: str) -> str | None:
    """The gap between two trackers' figures of one period when ``question`` asks which counted more; else None.

    "did Goodwin or biotochina.org count more deals in 2023, and by how many?" -> "What was the gap between
    Goodwin's 2023 deal count and biotochina's 2023 deal count?"."""
    if not _WHICH_MORE_RE.search(question) or not _BETWEEN_RE.search(question) or TABLE_RE.search(question):
        return None
    said = trackers_said(question)
    trackers = [name for name in said if name not in OUTLETS]
    years = set(_YEAR_RE.findall(question))
    if len(trackers) != 2 or len(said) != 2 or len(years) != 1:
        return None
    measures = measures_asked(question) or ({"count"} if _COUNTED_RE.search(question) else set())
    if len(measures) != 1 or (measure := next(iter(measures))) not in _MEASURE_WORDS:
        return None
    period = years.pop()
    half = _HALF_RE.search(question)
    if half:
        period = f"{(half.group('h') or ('H1' if half.group('word').lower() == 'first' else 'H2')).upper()} {period}"
    first, second = trackers
    words = _MEASURE_WORDS[measure]
    return f"What was the gap between {first}'s {period} {words} and {second}'s {period} {words}?"
