"""Single deals ranked by how their money is spread, not by its size: "which deal had the highest ratio of
milestones to upfront?", "the most back-loaded deal of 2025", "rank 2025 deals by upfront as a percentage
of total value", "which 2024 deal had the lowest upfront as a share of its total?".

Before, the first went to the articles (a ratio with nothing to take it of), the second ranked deals by
total value, and the last two answered the period's summed upfront as a share of its summed total: each
a confident answer to a different question. ``asked_ratio`` reads the ask into a ranking of deals (from
``table_asks``); ``ratios_ranked`` gives that ranking its ratio (``tools/deal_ratios.py``): milestones ÷
upfront ("back-loaded", "milestones to upfront", "multiple"), total ÷ upfront ("TV/UF multiple") or upfront ÷
total ("front-loaded", "upfront as a share of total"), highest first unless the question asks the lowest. The examples are the tests
(``tests/test_session9_lead.py``); "upfront as % of headline" (no "a") is the share too (outsider96).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_LOADED_RE = re.compile(r"\b(?P<end>back|front)[\s-]?(?:end[\s-]?)?loaded\b", _I)
_MULTIPLE_RE = re.compile(
    r"\b(?:milestones?|bio[\s-]?bucks)\b[^?]{0,25}?\b(?:to|over|vs\.?|versus|relative to|as a multiple of|per dollar of|÷|/)\s+"
    r"(?:the\s+|its\s+|their\s+)?up[\s-]?fronts?\b|\b(?:milestone|bio[\s-]?bucks)[\s-]+(?:to[\s-]+up[\s-]?front\s+)?"
    r"(?:multiples?|ratios?)\b",
    _I,
)
# "the highest TV/UF multiple" (TV spelt "total value" by then), "ratio of total value to upfront", "headline-to-upfront"
_TOTAL_MULTIPLE_RE = re.compile(
    r"\b(?:total(?:\s+(?:deal\s+)?value)?|headline(?:\s+value)?|deal\s+value)[\s-]*(?:to|over|÷|/|as a multiple of|relative to)"
    r"[\s-]*(?:the\s+|its\s+|their\s+)?(?:up[\s-]?fronts?|ufs?)\b(?!\s+(?:as|share|%))",
    _I,
)
_TOP_RE = re.compile(r"\b(?:highest|lowest|largest|smallest|biggest|richest|most|least)\b", _I)
_RATIO_WORD_RE = re.compile(r"\b(?:multiples?|ratios?|times)\b|\bx\b", _I)
_SHARE_RE = re.compile(
    r"\bup[\s-]?fronts?\b[^?]{0,25}?\b(?:as\s+an?|as(?=\s*%)|to|over|vs\.?|versus|relative to|compared (?:with|to)|against|in proportion to|÷|/)"
    r"[\s-]*(?:(?:share|percentage|percent|%|"
    r"proportion|fraction|portion)\s+of\s+)?(?:the\s+|its\s+|their\s+)?(?:deal\s+)?(?:total|headline|overall|whole|value)\b",
    _I,
)
# one deal per answer, or a ranking of deals: "which deal", "the most back-loaded deal", "rank ... deals"
_PER_DEAL_RE = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,3}?deals?\b|\brank(?:ed|ing)?\b[^?]{0,30}\bdeals\b|\bdeals?\s+ranked\b|"
    r"\btop\b[^?]{0,15}\bdeals\b|\bdeals\s+(?:by|on)\b|"
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:company|licensor|licensee|buyer|biotech|drugmaker|pharma)s?\b|"
    r"\b(?:most|least|highest|lowest|largest|smallest|biggest)\b[^?]{0,40}\bdeals?\b|"
    r"\bdeals?\b[^?]{0,40}\b(?:most|least|highest|lowest|richest|fattest|thinnest|skimpiest|leanest|slimmest)\b",
    _I,
)
_COMPANY_RE = re.compile(
    r"\b(?:which|what)\s+(?:[\w-]+\s+){0,2}?(?:company|companies|licensors?|licensees?|buyers?|biotechs?|drugmakers?|pharmas?)\b",
    _I,
)
_BUYER_RE = re.compile(r"licensee|buyer|pharma", _I)
_LOW_RE = re.compile(
    r"\b(?:lowest|smallest|least|bottom|fewest|thinnest|skimpiest|leanest|slimmest|meagerest|meagrest)\b", _I
)
# "the thinnest upfront vs. headline value", "the richest upfront relative to headline": a superlative of the upfront
# set against the total is that ratio, with no word "ratio" or "share" (outsider41)
_SUPERLATIVE_UPFRONT_RE = re.compile(r"\b\w+est\s+up[\s-]?fronts?\b", _I)


def _ratio(text: str) -> tuple[str, bool] | None:
    """The ratio a per-deal ranking asks for and whether the lowest comes first; None when it asks none."""
    ranked = _TOTAL_MULTIPLE_RE.search(text) and _TOP_RE.search(text)  # "lowest TV/UF multiple of anything"
    if not _PER_DEAL_RE.search(text) and not ranked:
        return None
    low = bool(_LOW_RE.search(text))
    loaded = _LOADED_RE.search(text)
    if loaded:  # "the most back-loaded": milestones the most times the upfront; front-loaded: upfront's share
        return ("milestone_multiple" if loaded.group("end").lower() == "back" else "upfront_share"), low
    if _MULTIPLE_RE.search(text):
        return "milestone_multiple", low
    if _TOTAL_MULTIPLE_RE.search(text) and _RATIO_WORD_RE.search(text):
        return "total_multiple", low
    if _SHARE_RE.search(text) and (
        re.search(r"\b(?:ratio|share|percent|percentage|%|proportion|fraction|portion|relative)", text, _I)
        or _SUPERLATIVE_UPFRONT_RE.search(text)
    ):
        return "upfront_share", low
    return None


def asked_ratio(slots: Any, text: str) -> None:
    """A per-deal ratio asked: the slots become a ranking of single deals (its ratio is ``ratios_ranked``'s)."""
    if slots.mentions or slots.asset or slots.count or _ratio(text) is None:
        return
    slots.op, slots.position, slots.lone_ratio = "rank", None, False
    company = _COMPANY_RE.search(text)  # "which Chinese biotech got the largest upfront relative to its total"
    slots.dimension = ("licensee" if _BUYER_RE.search(company.group()) else "licensor") if company else "deal"
    slots.singular = bool(re.search(r"\bwhich\s+(?:one|had|has|was|is)\b", text, _I)) or not re.search(
        r"\bdeals\b|\b(?:compan|licensor|licensee|buyer|biotech|drugmaker|pharma)\w*s\b", text, _I
    )  # "of the deals from 2025 onward, which one had ...": one deal


def ratios_ranked(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A ranking of deals asked by a ratio of their figures, ranked by it; otherwise ``calls`` unchanged."""
    asked = _ratio(question)
    if asked is None or len(calls) != 1 or calls[0].tool != "rank":
        return calls
    if calls[0].args.get("dimension") not in ("deal", "licensor", "licensee"):
        return calls
    metric, low = asked
    args = {**calls[0].args, "metric": metric, "ascending": low}
    args.pop("share_of_total", None)
    return [calls[0].model_copy(update={"args": args})]
