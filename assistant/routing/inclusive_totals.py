"""A deal's total said with what it includes: "headline value incl. sales ms" asks the total, not the sales.

"AZN/CSPC obesity deal Jan-26 - headline value incl. sales ms?" names the sales milestones only to say which total
is meant (the one that counts them, not the $4.7 billion some outlets printed); read word by word, "sales" was a
company's sales figure, no table holds it, and the articles' account of the differing totals came back instead of
the $18.5 billion asked. The clause after the total ("incl. sales milestones", "including all milestones",
"inclusive of the sales-based payments") is dropped, and the total is asked:

- takes: "headline value incl. sales ms?", "total deal value including sales milestones", "the total, inclusive of
  commercial milestones", "deal value (incl. all milestones)", "headline value incl. upfront"
- leaves: "how much of the total is sales milestones?" (a kind of milestone, the articles'), "the upfront including
  near-term payments" (no total), "total including equity" (a sum of two figures, the router's)
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_TOTAL = r"\b(?:total|headline|overall|whole|full|potential|aggregate)(?:\s+(?:deal|potential))?\s+(?:value|size|worth)\b|\btotal\b"
_PAID_IN = (
    r"(?:(?:the|all|any)\s+)?(?:(?:sales|commercial|commerciali[sz]ation|dev(?:elopment)?|regulatory|clinical|"
    r"sales[\s-]based|sales[\s-]linked|dev/reg|d&r)[\s/&-]*){0,3}"
    r"(?:milestones?|ms|mss|milestone\s+payments|payments|biobucks)"
)
# "headline value incl. upfront", "total including the upfront and milestones": every total counts the upfront, so
# the clause names the total meant, not a second figure (outsider96 had been answered the upfront alone)
_UPFRONT_IN = (
    r"(?:the\s+)?up[\s-]?fronts?(?:\s+payments?)?(?:\s*(?:and|\+|&|plus)\s*(?:the\s+|all\s+)?(?:milestones?|ms))?"
)
_INCLUDED_RE = re.compile(
    rf"(?P<total>(?:{_TOTAL})(?:\s+(?:of|for|in)\s+[^?;,()]{{3,60}}?)?)(?P<clause>\s*[,(]?\s*(?:incl\.?|including|inc\.|inclusive\s+of|counting|w/|with)\s+"
    rf"(?:{_PAID_IN}|{_UPFRONT_IN})\b\)?)",
    _I,
)


def inclusions_dropped(question: str) -> str:
    """``question`` with the clause saying what a total includes left out ("headline value incl. sales ms")."""
    return _INCLUDED_RE.sub(lambda match: match.group("total"), question)


# "greater china number incl HK / taiwan for 2025?", "2025 value including Hong Kong and Taiwan": the places a
# tracker's scope takes in, not a deal's territory; said as the scope's name ("Greater China"), which the market
# readers take. A licence's territory ("does it include Taiwan?", "rights incl. Taiwan") names no "incl" after a
# figure word and is left.
_PLACE = r"(?:HK|hong\s+kong|taiwan|macau|macao|TW)"
_PLACES_INCLUDED_RE = re.compile(
    rf"\s*[,(]?\s*\b(?:incl\.?|including|inc\.|inclusive\s+of|w/)\s+{_PLACE}(?:\s*(?:/|,|and|&|\+|or)\s*{_PLACE})*\b\)?",
    _I,
)
_FIGURE_WORD_RE = re.compile(r"\b(?:number|figure|total|value|count|tally|deals?|stats?)\b", _I)
# a licence's own terms: "the 3SBio deal value incl. Taiwan rights", "territory incl HK"
_ONE_DEAL_RE = re.compile(r"\b(?:licen[cs]e|territor\w*|rights|option|pact|tie-?up)\b|\bdeal\s+(?!value|count)", _I)
_GREATER_CHINA_RE = re.compile(r"\bgreater\s+china\b", _I)


def places_as_scope(question: str) -> str:
    """``question`` with "incl HK / taiwan" after a market figure said as the Greater China scope."""
    found = _PLACES_INCLUDED_RE.search(question)
    if not found or not _FIGURE_WORD_RE.search(question[: found.start()]) or _ONE_DEAL_RE.search(question):
        return question
    scope = "" if _GREATER_CHINA_RE.search(question) else " Greater China"
    return question[: found.start()] + scope + question[found.end() :]
