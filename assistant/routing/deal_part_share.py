"""One term as a share of the deal it belongs to: "what share of the 3sbio pfizer deal is upfront?", "what % of
hengrui's gsk deal is upfront", "how much of the Akeso–Summit deal, as a percentage, was milestones?".

The whole is the deal itself, so its total value: the deal's part over its total, as "what % of the Hengrui–GSK
headline value is upfront" already asked. Before, only one measure was named, so the share went to PharmCube's
upfront total ("no reported market statistic gives ...") or to Hengrui's six deals summed against the GSK one.
A tracker named, a period's money ("of 2025 deal value") or a second measure is another reader's question.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.wording import METRIC_RES

_I = re.IGNORECASE
# "share of the 3sbio pfizer deal", "% of hengrui's gsk deal", "how much of the Akeso–Summit agreement":
# a share word, "of", then a few words ending on the deal itself
_SHARE_OF = r"(?:%|\bpercent(?:age)?|\bshare|\bfraction|\bproportion|\bportion|\bpart|\bhow much)\s+of\s+"
_DEAL_WHOLE_RE = re.compile(
    _SHARE_OF
    + r"(?:[\w'’&./–—-]+\s+){0,5}?(?:deal|agreement|pact|licen[cs]e|transaction|tie-up)\b(?!\s*(?:values?|sizes?|totals?)\b)",
    _I,
)
# "what share of that is upfront?", "% of it was milestones" after a turn naming one deal: the whole is that deal
_POINTED_WHOLE_RE = re.compile(
    _SHARE_OF + r"(?:it|that|this|(?:the|that|this)\s+(?:deal|one|agreement))\b(?!\s*(?:\d|total|value|headline))",
    _I,
)
_PARTS = ("upfront", "milestones", "equity")


def deal_is_whole(text: str) -> bool:
    """Whether ``text`` takes a share "of the deal" itself, no measure named between the share word and the deal."""
    whole = _DEAL_WHOLE_RE.search(text)
    named = whole is not None and not any(pattern.search(whole.group()) for _, pattern in METRIC_RES)
    return named or bool(_POINTED_WHOLE_RE.search(text))


def read_deal_part_share(slots: Any, text: str) -> None:
    """Add the deal's total as the whole when one part of one named deal is asked as a share of "the deal"."""
    if not asks_a_part(slots) or slots.reporter:
        return
    if not (len(set(slots.companies)) == 2 or slots.asset or slots.deal_id) or len(slots.periods) > 1:
        return
    if not deal_is_whole(text):
        return  # "% of the 2025 upfront total the deal made up": a measure's whole, not the deal's
    of_the_deal(slots)


def asks_a_part(slots: Any) -> bool:
    """A share asked of one part of a deal, no whole named."""
    return bool(slots.op == "share" and len(slots.measures) == 1 and slots.measures[0] in _PARTS)


def part_of_that(own: Any, text: str) -> bool:
    """ "what share of that is upfront?" after one deal's turn: the part of that deal, no period's money asked."""
    return asks_a_part(own) and not own.periods and bool(_POINTED_WHOLE_RE.search(text))


def of_the_deal(slots: Any) -> None:
    """The deal's total as the whole of the one part asked."""
    slots.metrics = [*slots.metrics, "total"]
    slots.metric_spans = [*slots.metric_spans, (10**6, 10**6)]  # said after the part: the whole
    slots.market_metric, slots.lone_ratio = None, False


# "what share of AZ's China deals came with an equity investment?", "what % of Merck's deals included equity":
# a share of deals that disclose one term, counted (the count says how many of them did, and what share)
_DEALS_WITH_RE = re.compile(
    r"(?:%|\bpercent(?:age)?|\bshare|\bfraction|\bproportion|\bhow many)\s+of\s+(?:[\w'’&.-]+\s+){0,5}?"
    r"(?:deals|transactions|agreements|licen[cs]es)\s+(?:came\s+with|come\s+with|had|have|included?|includes|"
    r"carried|involved|with|featured|disclosed)\s+(?:an?\s+|any\s+)?(?:[\w-]+\s+)?"
    r"(?:equity|stake|upfront|milestones?|royalt)",
    _I,
)


_MONEY_TERMS = ("upfront", "milestones", "equity")


def read_deals_with_a_term(slots: Any, text: str) -> None:
    """A share of a group's deals that came with one term: those deals counted (``tools.aggregates`` says the share)."""
    if (
        slots.op not in (None, "share", "find")
        or slots.reporter
        or len(slots.measures) != 1
        or not _DEALS_WITH_RE.search(text)
    ):
        return
    if slots.op == "find" and slots.measures[0] not in _MONEY_TERMS:
        return  # "what proportion of 2024 deals had royalties disclosed": no count says which deals disclosed them
    slots.op, slots.count, slots.in_table, slots.market_metric = None, True, True, None
    # "what % of 2025 deals had an equity component": all the year's deals counted, those with equity said apart
    slots.disclosed = [term for term in slots.disclosed if term != slots.measures[0]]
