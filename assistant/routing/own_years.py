"""Two asks, each with a year of its own, that the router had merged into one span of both years.

- **A year added at the end.** "翰森制药 deal count 2024, and 2025?", "sum of upfronts for deals announced in 2024,
  and separately 2025?": one count or sum over 2024-2025 came back. The head is asked once for each year
  ("翰森制药 deal count 2024", "翰森制药 deal count 2025"). A comma or "separately"/"respectively" must mark the
  second year as its own ask ("… 2024 and 2025 separately", session 21): "deals in 2024 and 2025" stays one span, as do "between 2024 and 2025" and
  "from 2024, and 2025".
- **Two asks, two years.** "Merck's 2024 deal count and AstraZeneca's 2025 deal count?": both counts were over
  2024-2025. Split at the "and" when each side names one year, a different one, and a measure of its own
  ("Novartis's upfront total in 2024 and Roche's upfront total in 2025"). Not when the two are weighed or
  filtered: a comparative, ratio or threshold word ("… - which is higher?", "ratio of …", "above $100m",
  "before 2025") or more words after the right side's measure keep the question whole.
"""

from __future__ import annotations

import re

from assistant.routing.period_kinds import DAY_RANGE_RES

_I = re.IGNORECASE
_YEAR = r"(?:19|20)\d{2}"
_YEAR_RE = re.compile(rf"\b{_YEAR}\b")
_TAIL_RE = re.compile(
    rf"^(?P<head>.*?\b(?P<first>{_YEAR})\b[^?]*?)\s*(?P<join>,\s*and|,|\s+and\s+(?=separately|respectively|(?:(?:for|in|of)\s+)?{_YEAR}\s+(?:separately|respectively|individually)\b))\s*"
    rf"(?:(?P<apart>separately|respectively|also)\s+)?(?:(?:for|in|of)\s+)?(?P<second>{_YEAR})"
    r"\s*(?P<after>separately|respectively|individually|too|as well)?\s*[?？.]?\s*$",
    _I,
)
# "between 2024 and 2025", "from 2024, and 2025", "2024 through 2025": one span, not two asks
_SPAN_BEFORE_RE = re.compile(r"\b(?:between|from|since|through|to|until)\s*$", _I)
_MEASURE_RE = re.compile(
    r"\b(?:counts?|deals?|agreements?|number|up[\s-]?fronts?|totals?|values?|sums?|milestones?|average|avg|"
    r"biobucks|headline|worth)\b",
    _I,
)
_AND_RE = re.compile(r"\s+and\s+(?!(?:what|how|who|which|when|where|why|separately|respectively)\b)", _I)
# two years set against each other or spanned ("grew between the 2024 deal and the 2026 deal", "vs", "+76%")
_COMBINED_RE = re.compile(
    r"\b(?:combined|together|altogether|in total|both years|all told|change|growth|grow\w*|grew|ris\w+|rose|factor|"
    r"between|vs|versus|against|compared?|comparison|percent|imply|implied)\b|%",
    _I,
)
# a second side opens with its company or measure ("AstraZeneca's 2025 …"), not "in the 2026 deal", "on its Dec 2022 deal"
_FUNCTION_WORDS = {
    "in",
    "the",
    "for",
    "of",
    "from",
    "on",
    "at",
    "a",
    "an",
    "its",
    "their",
    "and",
    "also",
    "deals",
    "deal",
}


def _own_tail(question: str) -> list[str] | None:
    found = _TAIL_RE.match(question.strip())
    if not found or found.group("first") == found.group("second"):
        return None
    head = found.group("head").strip(" ,")
    if len(_YEAR_RE.findall(head)) != 1 or _SPAN_BEFORE_RE.search(head[: head.rfind(found.group("first"))]):
        return None
    apart_after = (found.group("after") or "").lower() in ("separately", "respectively", "individually")
    if found.group("join").strip() == "and" and not (found.group("apart") or apart_after):
        return None  # "… 2024 and 2025" is one span; "… 2024 and 2025 separately" is two asks
    if not _MEASURE_RE.search(head):
        return None
    start = head.rfind(found.group("first"))
    second = head[:start] + found.group("second") + head[start + 4 :]
    return [head, second]


# the two sides set against each other or filtered ("… - which is higher?", "ratio of …", "above $100m")
_WEIGH_RE = re.compile(
    r"\b(?:which|who|higher|lower|bigger|larger|smaller|greater|more|less|fewer|ratio|times|difference|differ|"
    r"exceeds?|beats?|above|over|below|under|before|after|at least|at most|than)\b|[<>]",
    _I,
)
# what may follow the right side's last measure: its year ("… upfront total in 2025")
_AFTER_MEASURE_RE = re.compile(rf"^(?:(?:in|for|during|of)\s+)?(?:{_YEAR})?$", _I)


def _own_sides(question: str) -> list[str] | None:
    text = question.strip().rstrip("?？. ")
    if _WEIGH_RE.search(text):
        return None  # "Merck's upfront total in 2024 and AstraZeneca's upfront total in 2025 - which is higher?"
    joins = list(_AND_RE.finditer(text))
    if len(joins) != 1:
        return None
    left, right = text[: joins[0].start()].strip(" ,"), text[joins[0].end() :].strip(" ,")
    years_left, years_right = _YEAR_RE.findall(left), _YEAR_RE.findall(right)
    if len(years_left) != 1 or len(years_right) != 1 or years_left == years_right:
        return None
    if len(left.split()) < 3 or len(right.split()) < 3 or _SPAN_BEFORE_RE.search(left[: left.find(years_left[0])]):
        return None
    if not (_MEASURE_RE.search(left) and _MEASURE_RE.search(right)) or re.search(r"[.?!;:]\s", text):
        return None
    if not _AFTER_MEASURE_RE.match(right[list(_MEASURE_RE.finditer(right))[-1].end() :].strip(" ,")):
        return None  # a filter or a question after the right side's measure
    opening = right[: right.find(years_right[0])].lower().split()
    if not opening or opening[0].strip(",-") in _FUNCTION_WORDS:
        return None  # "… for 2024 and 2025, just the two counts", "… and on its Dec 2022 Merck deal"
    return [left, right]


def own_years(question: str) -> list[str] | None:
    """The asks of a question whose parts each name their own year, or None.

    "Merck's 2024 deal count and AstraZeneca's 2025 deal count?" -> ["Merck's 2024 deal count",
    "AstraZeneca's 2025 deal count"]; "Hansoh deal count 2024, and 2025?" -> ["Hansoh deal count 2024",
    "Hansoh deal count 2025"]; "deals in 2024 and 2025" -> None."""
    if _COMBINED_RE.search(question):
        return None
    if any(pattern.search(question.lower()) for _, pattern in DAY_RANGE_RES):
        return None  # "from November 20, 2025 to January 10, 2026": one window of days across a year end
    return _own_tail(question) or _own_sides(question)
