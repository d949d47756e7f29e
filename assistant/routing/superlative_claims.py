"""A claim that one named deal holds a place of its year's ranking: "Was the Pfizer-3SBio deal the largest of 2025
by headline value?", "Is it right that LaNova's deal had the second-largest upfront of 2024?".

Read word by word, the deal's parties are filters: the ranking holds that deal alone and calls it "First", which
confirms any claim, or holds too few deals for the second place and refuses. The claim names the place, not the
field: the ranking drops the deal's parties (keeping its period, and a kind or area the superlative itself names,
"the largest ADC deal") and runs from the leader down to the named deal (``RankArgs.through``), so the answer says
who leads and where the named deal stands. ``factcheck.claim_checked`` handles the claim words it knows first; this
takes the yes/no questions and placed superlatives it leaves. Examples in ``tests/test_claims9.py``.
"""

from __future__ import annotations

import re

from assistant.routing.claim_corrections import is_claim
from assistant.routing.deal_place import WHERE_RANK_RE
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# "its largest deal", "Hengrui's biggest deal", "their second-largest": a ranking of that company's own deals; never
# a deal's own ("was the 3SBio-Pfizer deal's upfront the highest of 2025?" puts that deal in its year's ranking)
_OWN_RE = re.compile(
    r"\b(?:its|their|his|her|(?!(?:deal|licen[cs]e|agreement|pact|asset|drug|transaction)'s)[A-Za-z][\w-]*'s)\s+"
    r"(?:[\w-]+\s+)?(?:\w+[- ])?(?:largest|biggest|richest|highest)\b",
    _I,
)
# the superlative and the words after it that may name what is ranked: "largest ADC deal", "biggest upfront of 2025"
_SUPERLATIVE_RE = re.compile(
    r"\b(?:largest|biggest|richest|highest|most valuable|priciest|heftiest)\b(?:\s+[\w$.,'-]+){0,4}", _I
)
_DEAL_KEYS = ("licensor", "licensee", "company", "asset", "deal_ids")
_KIND_KEYS = ("modality", "therapeutic_area")


def placed_claim(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A ranking of one named deal's own rows, asked as a claim of its place, re-aimed at its field down to it."""
    if len(calls) != 1 or calls[0].tool != "rank" or calls[0].args.get("dimension", "deal") != "deal":
        return calls
    args = calls[0].args
    if args.get("ascending") or args.get("after") or args.get("through") or WHERE_RANK_RE.search(question):
        return calls
    where = dict(args.get("filter") or {})
    superlative = _SUPERLATIVE_RE.search(question)
    if not any(where.get(key) for key in _DEAL_KEYS) or superlative is None or not is_claim(question):
        return calls
    if _OWN_RE.search(question):
        return calls  # "was it Hengrui's biggest deal?": that company's deals are the field
    said = superlative.group(0).lower()
    field = {
        key: value
        for key, value in where.items()
        if key not in _DEAL_KEYS and (key not in _KIND_KEYS or str(value).lower() in said)
    }
    if not any(key in field for key in ("year", "quarter", "month", "half", "date_from", "date_to")):
        return calls  # no period: "the largest ever" is not this claim's shape
    field["exclusive"] = [key for key in where.get("exclusive", []) if key in field]
    kept = {key: value for key, value in args.items() if key != "position"}
    return [ToolCall(tool="rank", args={**kept, "filter": field, "through": where, "n": 1})]
