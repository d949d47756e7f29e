"""A future-worded question about an event a source dates: "When will the Pfizer 3SBio deal close?"

``answer_types`` reads "When will X close?" as a forecast, which only a sentence stating a plan or an
expectation answers. But the event may have happened already: "the licence closed on 24 July 2025"
answers it, and a refusal saying no source tells when it will happen would be wrong. A sentence that
reports the asked event's own verb done, with a date, answers the question; any other event's date
("licensed in January 2025" for "When will AbbVie exercise its option?") does not.
"""

from __future__ import annotations

import re

from assistant.dates import MONTH_PATTERN

# the event a future-worded question asks about, and the past form a sentence reporting it done uses
DONE: dict[str, str] = {
    "close": r"closed|closing|completed|completion",
    "complete": r"completed|completion|closed",
    "exercise": r"exercised",
    "opt": r"opted",
    "launch": r"launched",
    "terminate": r"terminated|ended",
    "extend": r"extended",
    "expand": r"expanded",
    "file": r"filed",
    "start": r"started|began",
    "begin": r"began|started",
    "happen": r"happened|took place",
}
_ASKED_RE = re.compile(
    r"^\s*(?:and |so |but )?(?:when (?:will|would|is|are)|will|(?:is|are)\b[^?]{1,40}\bgoing to)\b[^?]{0,80}?\b("
    + "|".join(DONE)
    + r")\w*\b",
    re.IGNORECASE,
)
_DATE = (
    rf"\b{MONTH_PATTERN}\s+\d{{1,2}},?\s+\d{{4}}\b|\b\d{{1,2}}\s+{MONTH_PATTERN}\s+\d{{4}}\b|"
    rf"\b{MONTH_PATTERN}\s+\d{{4}}\b|\b(?:19|20)\d{{2}}-\d{{2}}-\d{{2}}\b"
)


def dated_event(query: str, text: str) -> bool:
    """``text`` reports the event ``query`` asks about in the future tense as done, on a date."""
    asked = _ASKED_RE.search(query)
    if asked is None:
        return False
    done = DONE[asked.group(1).lower()]
    return bool(re.search(rf"\b(?:{done})\b[^.;]{{0,60}}?(?:{_DATE})", text, re.IGNORECASE))
