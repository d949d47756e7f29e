"""Lists asked in words the first reading takes for one deal, a sum or a question for the articles.

- "Every GSK deal with a Chinese company", "What are all the Roche licensing deals with Chinese
  drugmakers?", "GSK - every china deal in ur table": every / all (up to three words) then deal(s)
  asks for the deals, listed, whatever else the question names.
- "abbvie - all its china licensing deals, upfront on each?", "cardio deals in 2025 - which ones and
  total value on each?", "Hansoh deals since 2024: which partners and what upfronts?": a figure asked
  of each deal (on each, for each, which ones, which partners) lists the deals with their figures.
- "2024 deals worth under $1bn in total?", "which 2025 deals were valued at less than $900 million in
  total?": "in total" right after the bound's amount says the bound is on the total value; the deals
  under it are listed, not added.
- "the total value of each of Argo's Novartis deals?": "total" before "of each" is the measure, listed per
  deal (it had been summed to $9.525 billion); with two companies named, each deal is looked up.

A plain sum word ("add up", "combined", "sum", "how much") keeps the sum: "List the combined upfront
of all Pfizer deals". Two companies or more named ("RemeGen's Vor Bio and AbbVie deals — upfront on
each?") are the named deals, each looked up ("every Hansoh deal incl. the older GSK ones" names one); with no company, period or filter of its own ("what was the
upfront on each?") it is a follow-up on the deals before. Examples are the tests in ``tests/test_lists11.py``.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

from assistant.routing.company_lists import asked_companies
from assistant.routing.lead_words import WEAK_SUM_RE
from assistant.routing.wording import SUM_RE

_I = re.IGNORECASE

# "every GSK deal", "all the Roche licensing deals", "every china deal", "all its deals"
EVERY_DEAL_RE = re.compile(
    r"\b(?:every|all(?:\s+(?:of\s+)?(?:the|its|their|his|her))?)\s+(?:(?!these\b|those\b|such\b)[\w&.-]+\s+){0,3}?"
    r"(?:deals?|transactions?|agreements?|licen[cs]es|licensing deals?)\b",
    _I,
)
# "List all of 翰森's deals you have, ..., with announcement dates" (outsider156): a list with a date column
LIST_DEALS_RE = re.compile(r"^\W*(?:pls\s+|please\s+)?(?:list|show(?:\s+me)?|give\s+me)\b[^?]{0,40}?\bdeals\b", _I)
# "upfront on each", "for each one", "each deal's total", "which ones", "which partners and what upfronts",
# "what upfront did it pay each?"
EACH_RE = re.compile(
    r"\b(?:on|for|of|in)\s+each(?:\s+(?:one|deal|of them|transaction))?\b"
    r"(?!\s+(?:year|side|company|compan|licen|modality|area|quarter|month|buyer|seller|partner))|"
    r"\beach\s+(?:deal|one|transaction)'s\b|\bone by one\b|"
    # "what upfront did it pay each?", "paid to each of them": one payment per partner, not their sum
    r"\b(?:pay|paid|give|gave|hand(?:ed)?)\s+(?:to\s+)?each\b(?!\s+(?:year|quarter|month))|\bdeal by deal\b|\bapiece\b|\bindividually\b|"
    r"\bwhich ones\b|\bwhich (?:partners|counterparties|buyers|licensees|licensors|companies)\b",
    _I,
)
# "every china deal ..., with upfront", "and their totals": the figures shown beside each deal
WITH_FIGURE_RE = re.compile(
    r"\b(?:with|and|plus|giving|incl(?:uding)?)\s+(?:the\s+|their\s+|its\s+|each\s+)?"
    r"(?:upfronts?|up-fronts?|totals?|total values?|headline values?|milestones?|deal values?|values?)\b",
    _I,
)
# "why did all the big pharmas ...", "how are all the Roche deals structured": the articles' account
WHY_HOW_RE = re.compile(r"^\W*(?:and\s+|so\s+)?(?:why|how(?!\s+many\b))\b", _I)
# the amount of a bound is blanked by ``amounts.read_bounds``: "worth            in total"
BOUND_IN_TOTAL_RE = re.compile(r"(?<=\s{3})in total\b", _I)
# asks for one added figure, whatever the list words
# "the total value of each of Argo's Novartis deals": "total" names the measure asked of each deal, not a sum
TOTAL_OF_EACH_RE = re.compile(r"\btotal(?:\s+(?:deal\s+)?values?)?\s+(?=(?:of|for|on|in)\s+each\b)", _I)
HOW_MUCH_RE = re.compile(r"\bhow much\b|\bwhat(?:'s| is| was| were)? the (?:sum|total|combined)\b", _I)


class Readable(Protocol):
    """The slots these wordings correct (``intents.Slots``)."""

    op: str | None
    count: bool
    metrics: list[str]
    mentions: list[Any]
    bounds: dict[str, Any]
    min_total: Any
    max_total: Any
    periods: list[Any]

    @property
    def has_filters(self) -> bool: ...


def _plain_sum(text: str) -> bool:
    """A sum word beyond the ones that only say which deals ("all its deals", "in total" after a bound)."""
    left = BOUND_IN_TOTAL_RE.sub(" ", WEAK_SUM_RE.sub(" ", TOTAL_OF_EACH_RE.sub("value ", text)))
    return bool(SUM_RE.search(left) or HOW_MUCH_RE.search(left))


def read_every_deal(slots: Readable, text: str) -> None:
    """Set ``slots.op`` to "find" for the list wordings above."""
    if slots.count or slots.op not in (None, "sum") or _plain_sum(text) or WHY_HOW_RE.search(text):
        return
    if len(asked_companies(slots, text)) >= 2:
        if slots.op == "sum" and TOTAL_OF_EACH_RE.search(text):
            slots.op = None  # "the total value of each of Argo's Novartis deals": each deal looked up, no sum
        return  # "RemeGen's Vor Bio and AbbVie deals — upfront on each?": each named deal looked up
    if not (slots.mentions or slots.periods or slots.has_filters):
        return  # "what was the upfront on each?" after a list: each of its deals, looked up (``deal_sets``)
    each = EACH_RE.search(text)
    every = EVERY_DEAL_RE.search(text)
    bounded = bool(slots.bounds or slots.min_total or slots.max_total)
    listed = each or (every and (not slots.metrics or WITH_FIGURE_RE.search(text)))
    if listed or (bounded and slots.op == "sum" and BOUND_IN_TOTAL_RE.search(text)):
        slots.op = "find"


# "which one came first?", "which was the earliest one?", "which was the most recent?", "which deal came
# last?": after a list, its deals by announcement date (the merge keeps the list's filters). "which of them
# was the latest?" is left to the list ("the second one" after it is the list's second row, in date order).
ROW_BY_DATE_RE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay)\W+)?(?:which|what)(?:\s+(?:one|deal))?\s+"
    r"(?:(?:was|is|came|comes|come|happened|got\s+signed|was\s+signed|was\s+announced)\s+)?(?:the\s+)?"
    r"(first|earliest|oldest|latest|most\s+recent|newest|last)(?:\s+(?:one|deal))?"
    r"(?:\W+(?:and|with|plus)\s+(?:its|the|their)\s+(?:upfront|total|total value|terms|date))?\W*$",
    _I,
)
_OLDEST = ("first", "earliest", "oldest")


def read_row_by_date(slots: Any, text: str) -> None:
    """Set a ranking by date, one deal, for "which one came first?" (a part or the whole question)."""
    dated = ROW_BY_DATE_RE.match(text)
    if dated is None or slots.count or slots.mentions or slots.periods or slots.op not in (None, "find", "rank"):
        return
    slots.op, slots.by_date, slots.dimension, slots.n, slots.position = "rank", True, "deal", 1, None
    slots.sort = "ascending" if dated.group(1).lower() in _OLDEST else "descending"
