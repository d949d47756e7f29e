"""A ranking's later places asked in the same breath: "which licensee spent the most on upfronts,
and who came second?" is one ranking of the top two, not the leader and then another question.

Split off, "who came second?" had nothing to rank and was asked of something else (a deal ranking
of another measure); kept as a clause, only the leader was given.
"""

from __future__ import annotations

import re

from assistant.routing.behind import without_each_count
from assistant.routing.frequency import counted

_I = re.IGNORECASE
# "most", "biggest", "led", "top": the question ranks something before it asks for the next places
_RANKS_RE = re.compile(
    r"\b(?:most|biggest|largest|highest|greatest|lowest|smallest|fewest|least|top|led|leads?|leader|leading|"
    r"busiest|richest|first place|number one|no\.?\s?1|#1)\b",
    _I,
)
_FEWEST_RE = re.compile(r"\b(?:fewest|least (?:number of )?deals)\b", _I)
_SMALLEST_RE = re.compile(r"\b(?:lowest|smallest|fewest|least|cheapest|tiniest|bottom)\b", _I)
_LARGEST_RE = re.compile(r"\b(?:most|biggest|largest|highest|greatest|top|led|leads?|busiest|richest)\b", _I)
_PLACES = {"second": 2, "2nd": 2, "number two": 2, "runner-up": 2, "runner up": 2, "runnerup": 2, "next": 2}
_PLACES |= {"third": 3, "3rd": 3, "number three": 3}
_PLACE = r"(second|2nd|number (?:two|three)|runner[\s-]?up|third|3rd|next)"
# "..., and who came second?", "and which one was number two", "& the runner-up?", "and who placed third"
_ASKED_RE = re.compile(
    r"(?:[,;]\s*|\s+)(?:(?:and|&|plus|then)\s+)?"
    r"(?:(?:who|which|what)(?:\s+(?:one|company|firm|deal|licensee|licensor|buyer|seller|modality|area))?\s+"
    r"(?:came|comes|was|is|placed|finished|ranked|ended up|sits|followed|came in|took)(?:\s+in)?\s+(?:at\s+)?"
    rf"(?:the\s+)?{_PLACE}(?:\s+(?:place|spot|position))?"
    r"|(?:the\s+)?(runner[\s-]?up|second place|number two))"
    r"\s*[?.!]*\s*$",
    _I,
)


# "..., and which come closest to it?", "and the next few", "and the next two": a few places after the leader
_CLOSEST_RE = re.compile(
    r"(?:[,;]\s*|\s+)(?:(?:and|&|plus|then)\s+)?(?:(?:who|which|what)(?:\s+(?:ones?|deals?|compan(?:y|ies)))?\s+"
    r"(?:comes?|came|is|are|was|were|sits?)\s+(?:the\s+)?(?:closest|nearest|next)(?:\s+to\s+(?:it|that|them|him|her))?"
    r"|(?:the\s+)?next\s+(?P<n>few|two|three|2|3)(?:\s+(?:ones?|deals?|places?))?)\s*[?.!]*\s*$",
    _I,
)
_NEXT = {"two": 2, "2": 2, "three": 3, "3": 3}


def with_runner_up(question: str) -> str:
    """The question with a trailing "and who came second?" read as a top-2 (top-3 for "third") ranking."""
    question = counted(without_each_count(question))  # "and how many deals does each have?"; "most frequent buyer"
    asked = _ASKED_RE.search(question) or _CLOSEST_RE.search(question)
    if asked is None:
        return question
    head = question[: asked.start()].rstrip(" ,;")
    if not _RANKS_RE.search(head) or len(head.split()) < 3 or _FEWEST_RE.search(head):
        return question  # "the fewest deals" is no ranking the router reads (many companies tie on one deal)
    if asked.re is _CLOSEST_RE:  # the leader and the few after it
        places = 1 + _NEXT.get((asked.group("n") or "").lower(), 2)
    else:
        word = re.sub(r"\s+", " ", (asked.group(1) or asked.group(2)).lower()).replace("second place", "second")
        places = _PLACES.get(word, 2)
    # "smallest upfront of 2024, and the runner-up?": the next smallest, so the bottom of the ranking
    end = "bottom" if _SMALLEST_RE.search(head) and not _LARGEST_RE.search(head) else "top"
    return f"{head}, {end} {places}?"
