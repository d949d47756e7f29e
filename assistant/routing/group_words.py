"""A BD executive's words for a figure or a statistic over a group of deals, read in the router's words.

Each is said in our rows' terms before the rules see the question:

- the money paid to get into a deal is its upfront: "the cheapest entry ticket", "the lowest entry
  price", "cost of entry" (said as nothing, the rules ranked the total deal value);
- a range asked "low to high" is the group ranked from the smallest to the largest, both ends named
  ("range of total deal values across the GLP-1 licences, low to high" summed them);
- a company's money summed over its deals: "(company, not single deal)", "by company, not by single
  deal", "at company level", "cumulatively", "in aggregate" are "in total", so "which licensee spent the
  most upfront in aggregate" ranks licensees, not single deals;
- "the mean" said bare ("and the mean?" after a median) is the average; "mean" as a verb is left alone, and
  so is a mean asked beside another statistic ("the median …, and the mean?", asked one by one).
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_ENTRY_RE = re.compile(
    r"\b(?:entry|entrance|admission)\s+(?:tickets?|prices?|fees?|costs?|cheques?|checks?)\b|"
    r"\b(?:price|cost|ticket)\s+of\s+(?:entry|admission)\b",
    _I,
)
_LOW_TO_HIGH_RE = re.compile(
    r"\b(?:from\s+)?(?:low|lowest|min|minimum|bottom|smallest)\s+(?:to|through|-|–)\s+"
    r"(?:high|highest|max|maximum|top|largest|biggest)\b",
    _I,
)
_RANGE_RE = re.compile(r"\b(?:the\s+)?range\s+(?:of|in|across)\s+", _I)
_MEASURE_RE = re.compile(
    r"\bup[\s-]?fronts?\b|\bdeal values?\b|\btotal values?\b|\bheadline\b|\bmilestones?\b|\bdeal sizes?\b", _I
)
_BY_COMPANY_RE = re.compile(
    r"\s*\(\s*(?:by\s+|at\s+)?(?:the\s+)?company(?:\s+level)?\s*,?\s*(?:not|rather than)\s+(?:by\s+)?(?:a\s+|one\s+|"
    r"the\s+)?(?:single|individual|one)\s+deals?\s*\)|"
    r",?\s*\b(?:by|at)\s+(?:the\s+)?company(?:\s+level)?\s*,?\s*(?:not|rather than)\s+(?:by\s+)?(?:a\s+|one\s+|the\s+)?"
    r"(?:single|individual|one)\s+deals?\b|"
    r"\b(?:in\s+aggregate|cumulatively|all\s+told|summed\s+across\s+(?:its|their)\s+deals)\b",
    _I,
)
# "and the mean?", "what about the mean", "mean?": the statistic, not the verb
_BARE_MEAN_RE = re.compile(r"\b(?:the|its|their)\s+mean\b(?!\s+(?:by|that|to|of\s+(?:it|this|that)))|^\s*mean\b", _I)

_OTHER_STAT_RE = re.compile(r"\b(?:median|average|avg)\b", _I)


def in_group_words(question: str) -> str:
    """``question`` with a group statistic's wording said the router's way."""
    text = _ENTRY_RE.sub("upfront", question)
    if _MEASURE_RE.search(text) and (_LOW_TO_HIGH_RE.search(text) or _RANGE_RE.search(text)):
        ordered = bool(_LOW_TO_HIGH_RE.search(text))
        text = _LOW_TO_HIGH_RE.sub("smallest to largest", _RANGE_RE.sub("", text))
        if not ordered:
            text = text.rstrip(" ?.") + ", smallest to largest?"
    text = _BY_COMPANY_RE.sub(" in total", text)
    if not _OTHER_STAT_RE.search(text):  # "the median ..., and the mean?" is split into two asks first
        text = _BARE_MEAN_RE.sub(lambda m: m.group(0)[: -len("mean")] + "average", text)
    return re.sub(r"\s{2,}", " ", text)
