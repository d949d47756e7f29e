"""A later part that asks a bare measure of the one deal an earlier part picks, asked of that deal.

"Biggest upfront paid to a Chinese licensor in 2024 — who paid it to whom, and what milestones came on top?"
splits into the ranking and "What milestones came on top", which alone read as a second ranking (the top five
milestone packages, "top" read as a rank). The first part picks one deal (a singular superlative: "biggest
upfront", "largest headline value of 2024", "top upfront of 2025"; or "who bought X's <drug> rights"), and the
later part names a deal's measure with no period, company, ranking, sum or count of its own, so it asks that
deal's measure: "What were its milestones", which the router reads against the earlier part (the ranked winner).
A later part that already points back ("what upfront came with it") is left as it is; a first part that ranks
several deals ("top 5", "largest deals") or companies ("which licensee paid the most") picks no one deal.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Spans = Callable[[str], list[tuple[int, int]]]

_I = re.IGNORECASE
# "biggest upfront", "largest headline value", "top upfront of 2025": one deal at the top, not "top 5", "the
# largest deals", "the biggest licensees"
_ONE_TOP_RE = re.compile(
    r"\b(?:biggest|largest|highest|top|richest|priciest|most\s+expensive|"
    # "record upfront", "record deal"; not "a record year" (no one deal)
    r"record(?=[\s-]+(?:up[\s-]?fronts?|milestones?|headline|deal\b|(?:total\s+)?value|payment|package)))\b"
    r"(?![\s-]*(?:\d|two|three|four|"
    r"five|ten|\w+\s+deals\b|deals\b|compan|licensees?\b|licensors?\b|buyers?\b|sellers?\b|payers?\b|firms?\b|"
    r"drugmakers?\b|pharmas?\b|biotechs?\b))",
    _I,
)
# "which company paid the most", "who spent the most": a company ranked, not a deal
_RANKS_COMPANY_RE = re.compile(r"\b(?:which|what)\s+(?:\w+\s+)?(?:compan|licensee|licensor|buyer|pharma)", _I)
# "who bought Hengrui's trastuzumab rezetecan rights in 2025": one deal, named by its seller and its drug
_WHO_BOUGHT_RE = re.compile(r"^who\s+(?:bought|licensed|took|acquired|got|picked\s+up|snapped\s+up)\b", _I)
_MEASURES = (
    (re.compile(r"\bup[\s-]?fronts?\b|\bupf\b|\buf\b|\bpaid\s+up[\s-]?front\b", _I), "What was its upfront"),
    (re.compile(r"\bmilestones?\b|\bbio[\s-]?bucks\b", _I), "What were its milestones"),
    (re.compile(r"\bheadline\b|\b(?:total|deal|potential)\s+value\b", _I), "What was its total value"),
    (re.compile(r"\bequity\b", _I), "What was its equity investment"),
)
# "came on top", "on top of it": in addition to, not a rank
_ON_TOP_RE = re.compile(r"\bon\s+top(?:\s+of\s+(?:it|that|this|the\s+upfront))?\b", _I)
# words that give the later part its own reach: a period, a rank, a sum, a count, several deals
_OWN_REACH_RE = re.compile(
    r"\b(?:19|20)\d{2}\b|\b(?:q[1-4]|h[12])\b|\b(?:biggest|largest|highest|smallest|lowest|top|most|least|average|"
    r"avg|mean|median|sum|combined|in\s+total|altogether|all\s+told|add\s+up|across|each|every|all|both|how\s+many|"
    r"number|count|deals|share|percent|%|ratio|compare|versus|vs|"
    # "what upfront is typical", "what milestones does a typical ADC deal carry": the usual figure, not the winner's
    r"typical(?:ly)?|usual(?:ly)?|normal(?:ly)?|general(?:ly)?|standard|ordinary|on\s+average)\b|"
    r"\b(?:an?|per)\s+(?:[\w-]+\s+){0,3}?deal\b",
    _I,
)
# already a follow-up of the first part: "what upfront came with it", "its milestones", "that deal"
_POINTS_BACK_RE = re.compile(r"\b(?:it|its|that|this|the\s+deal|the\s+same)\b", _I)
# the lead shared onto the later part: "Top upfront of 2025: how big were the milestones"
_LEAD_RE = re.compile(r"^(?P<lead>[^:—–]{3,80}?)\s*(?::|\s[-—–]\s|—|–)\s*")


def _picks_one(first: str) -> bool:
    """``first`` asks about one deal: a singular superlative of deals, or who bought a named drug."""
    if _WHO_BOUGHT_RE.match(first):
        return True
    return bool(_ONE_TOP_RE.search(first)) and not _RANKS_COMPANY_RE.search(first)


def _asked_of_winner(part: str, first: str, spans: Spans | None) -> str:
    """``part`` as "What were its milestones" when it asks a bare measure of the deal ``first`` picks."""
    lead = _LEAD_RE.match(first)
    own = part[lead.end() :] if lead and part.lower().startswith(lead.group().lower()) else part
    bare = _ON_TOP_RE.sub(" ", own)
    if _OWN_REACH_RE.search(bare) or _POINTS_BACK_RE.search(bare):
        return part
    if spans is not None:
        named = {first[start:end].lower() for start, end in spans(first)}
        if any(own[start:end].lower() not in named for start, end in spans(own)):
            return part  # "and what did Madrigal pay": another deal
    asked = [ask for measure, ask in _MEASURES if measure.search(bare)]
    return asked[0] if len(asked) == 1 else part


def winner_parts(parts: list[str], spans: Spans | None = None) -> list[str]:
    """``parts`` with each later bare-measure part asked of the one deal the first part picks.

    ["Biggest upfront paid to a Chinese licensor in 2024 — who paid it to whom", "What milestones came on top"]
    becomes [..., "What were its milestones"]; parts after a first part that picks no one deal are unchanged."""
    if len(parts) < 2 or not _picks_one(parts[0]):
        return parts
    return parts[:1] + [_asked_of_winner(part, parts[0], spans) for part in parts[1:]]
