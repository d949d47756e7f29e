"""Two statistics asked in one breath (outsider18's classes), split into one question each.

- **Two statistics of the same deals**: "the mean and the median upfront across the 2024 deals",
  "the median total …, and the mean?" asks each statistic.
- **Two kinds of deal set side by side**: "did metabolic or immunology deals pull in more upfront
  cash, and what were the two sums?" asks each kind's sum (therapy areas and modalities the table
  reads); "give me both sums" asks nothing more. Asked "by how much" (the gap), it stays one question, which
  ``area_sides`` reads as one comparison of the two kinds.
- **Two trackers**: "How many deals did Goodwin count for 2023, and was that more or fewer than the
  biotochina.org count?" asks the same figure of each tracker; no tool sets trackers of different
  scopes against each other, so each is answered with its own scope.
- **One tracker's two measures**: "what aggregate upfront did Sino Drug Watch tally, versus potential
  milestones?" asks each measure, not a change between two periods.

``research_parts`` runs first in ``decompose.split_parts``; its examples are the tests
(``tests/test_research_wording.py``).
"""

from __future__ import annotations

import re

from assistant.routing.research_wording import plain_question
from assistant.routing.wording import AREAS, MODALITIES, REPORTERS

_I = re.IGNORECASE
_REPORTER = r"(?:" + "|".join(re.escape(r) for r in sorted(REPORTERS, key=len, reverse=True)) + r")(?:\.org|\.com)?"
_REPORTER_RE = re.compile(rf"\b{_REPORTER}\b", _I)
# "Give me both sums", ", and what were the two sums?", "Give both totals."
_BOTH_SUMS_RE = re.compile(
    r"(?:(?<=[?.!])\s+|,?\s+and\s+|\s+[-–—]\s+)(?:please\s+)?(?:(?:give|show|tell)(?:\s+me)?|what\s+(?:were|are)|"
    r"with|list)?\s*(?:both|the\s+two|the\s+both|each(?:\s+of\s+the)?)\s+(?:sums|totals|figures|numbers|amounts|"
    r"values)\b[^?.]*[?.!]?\s*$",
    _I,
)
_MEAN_AND_MEDIAN_RE = re.compile(
    r"\b(?P<a>mean|average|median)\s+(?:and|&|as well as|plus|or)\s+(?:the\s+|its\s+)?(?P<b>mean|average|median)\b",
    _I,
)
_AND_THE_OTHER_RE = re.compile(
    r",?\s+(?:and|plus|as well as)\s+(?:also\s+)?(?:the\s+|its\s+)?(?P<b>mean|average|median)(?:\s+too)?\s*[?.!]*\s*$",
    _I,
)
_STAT_WORD_RE = re.compile(r"\b(?:mean|average|median)\b", _I)
_KIND = r"[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?"
_TWO_KINDS_RE = re.compile(
    rf"\b(?P<a>{_KIND})\s+(?:deals\s+)?(?:or|vs\.?|versus)\s+(?P<b>{_KIND})\s+(?P<deals>deals|agreements|transactions)\b",
    _I,
)
_COMPARED = r"(?:more|fewer|less|higher|lower|bigger|smaller|above|below|greater|larger|exceed\w*|compare\w*|match\w*)"
_VERSUS_TRACKER_RE = re.compile(
    rf",?\s+and\s+(?:was|is|were|are|did|does|how\s+(?:did|does|do))\s+(?:that|this|it|they)\b"
    rf"(?=[^?]{{0,60}}\b{_COMPARED}\b)[^?]{{0,60}}?\b(?P<tracker>{_REPORTER})\b[^?]*[?.!]*\s*$",
    _I,
)
_MEASURE = (
    r"(?:(?:aggregate|total|combined|potential)\s+)?(?:up[\s-]?fronts?(?:\s+(?:total|payments?))?|milestones?|"
    r"total value|deal value|deal count|number of deals|value)"
)
_VERSUS_MEASURE_RE = re.compile(
    rf",?\s+(?:versus|vs\.?|against|compared (?:with|to)|as opposed to)\s+(?:its\s+|the\s+|their\s+)?"
    rf"(?P<m>{_MEASURE})\s*[?.!]*\s*$",
    _I,
)
_MEASURE_RE = re.compile(rf"\b{_MEASURE}\b", _I)
# "sino drug watch: upfront vs milestones thru aug 2025": two measures side by side, the period after them
_MEASURE_VS_MEASURE_RE = re.compile(
    rf"\b(?P<a>{_MEASURE})\s+(?:versus|vs\.?|against)\s+(?:the\s+)?(?P<b>{_MEASURE})\b", _I
)


def research_parts(question: str) -> list[str] | None:
    """The questions ``question`` asks, one statistic each; ``None`` when it is no such pair."""
    text = plain_question(question)
    text = _BOTH_SUMS_RE.sub("", text).strip()
    for split in (_two_statistics, _two_kinds, _two_trackers, _two_measures):
        parts = split(text)
        if parts:
            return [part.strip().rstrip("?.! ") + "?" for part in parts]
    return None


def _two_statistics(text: str) -> list[str] | None:
    pair = _MEAN_AND_MEDIAN_RE.search(text)
    if pair and _family(pair.group("a")) != _family(pair.group("b")):
        return [text[: pair.start()] + pair.group(side) + text[pair.end() :] for side in ("a", "b")]
    tail = _AND_THE_OTHER_RE.search(text)
    head = text[: tail.start()] if tail else ""
    first = _STAT_WORD_RE.search(head)
    if tail and first and _family(first.group()) != _family(tail.group("b")):
        return [head, head[: first.start()] + tail.group("b") + head[first.end() :]]
    return None


def _family(word: str) -> str:
    return "median" if word.lower() == "median" else "mean"


def _kind_of(words: str) -> str | None:
    """The therapy area or modality ``words`` name, if the table reads one."""
    return next((name for name, pattern in (*MODALITIES, *AREAS) if pattern.search(words)), None)


# "which drew more upfront in total and by how much?": the gap between the two sums, one comparison
# (``area_sides.areas_set_against``), not two asks
_GAP_RE = re.compile(
    r"\bby\s+how\s+much\b|\bhow\s+much\s+(?:more|less|bigger|higher|lower|smaller)\b|\bdifference\b|\bgap\b|"
    r"\bhow\s+far\s+apart\b",
    _I,
)


def _two_kinds(text: str) -> list[str] | None:
    pair = _TWO_KINDS_RE.search(text)
    if not pair or _GAP_RE.search(text):
        return None
    # "did metabolic or immunology deals": the kind is the last word(s) before "or", not "did"
    words = pair.group("a").split()
    start, a = pair.start(), None
    for size in range(1, len(words) + 1):
        a = _kind_of(" ".join(words[-size:]))
        if a:
            start = pair.start() + pair.group("a").rindex(words[-size])
            break
    b = _kind_of(pair.group("b"))
    if not a or not b or a == b:
        return None
    sides = (text[start : pair.start("a") + len(pair.group("a"))], pair.group("b"))
    return [text[:start] + side + f" {pair.group('deals')}" + text[pair.end() :] for side in sides]


def _two_trackers(text: str) -> list[str] | None:
    versus = _VERSUS_TRACKER_RE.search(text)
    if not versus:
        return None
    head = text[: versus.start()]
    first = _REPORTER_RE.search(head)
    if not first or first.group().lower() == versus.group("tracker").lower():
        return None
    return [head, head[: first.start()] + versus.group("tracker") + head[first.end() :]]


def _two_measures(text: str) -> list[str] | None:
    versus = _VERSUS_MEASURE_RE.search(text)
    if len(_REPORTER_RE.findall(text)) != 1:
        return None
    side_by_side = _MEASURE_VS_MEASURE_RE.search(text)
    if side_by_side and side_by_side.group("a").lower() != side_by_side.group("b").lower():
        start, end = side_by_side.span()
        return [text[:start] + side_by_side.group(name) + text[end:] for name in ("a", "b")]
    if not versus:
        return None
    head = text[: versus.start()]
    first = _MEASURE_RE.search(head)
    if not first or first.group().lower() == versus.group("m").lower():
        return None
    return [head, head[: first.start()] + versus.group("m") + head[first.end() :]]
