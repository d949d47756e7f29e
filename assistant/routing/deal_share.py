"""A deal's share of its period, the deal called by its kind: "what share of early-2026 deal value is the
CSPC-AstraZeneca obesity deal alone?", "what share of 2025 upfront money did the 3SBio-Pfizer cancer deal take?".

Read word by word, the kind word ("obesity", "cancer") is a filter of the whole question, so both sides are
narrowed to that area and the share is of the period's metabolic deals, not of all its deals. A kind word said
only of the one deal ("the ... obesity deal", singular) describes that deal: the period side keeps every deal.
"What share of 2025 oncology deals' value ..." (the kind said of the period) keeps the filter.
``deal_described`` runs in ``buckets.reshaped``; its examples are the tests (``tests/test_outsider26_classes.py``).
"""

from __future__ import annotations

import re

from assistant.routing.wording import AREAS, MODALITIES
from assistant.tools.schema import ToolCall

# the kind word right before one deal's noun: "obesity deal", "cancer pact", "ADC licence" (never "deals")
_ONE_DEAL_RE = re.compile(
    r"\s+(?:deal|pact|agreement|licen[cs]e|licensing deal|partnership|tie-up|transaction|collaboration)\b(?!s)"
    # "metabolic deal value", "oncology deal money": the kind said of the period's deals
    r"(?!\s+(?:value|values|money|count|counts|flow|total|totals|sizes?|worth|activity|volume|making|spend)\b)",
    re.IGNORECASE,
)
_KINDS = {"therapeutic_area": AREAS, "modality": MODALITIES}
_DEAL_KEYS = ("licensor", "licensee", "company", "deal_ids", "asset")


def _said_of_one_deal(question: str, patterns: list[tuple[str, re.Pattern[str]]], value: str) -> bool:
    """Every kind word for ``value`` in the question sits right before one deal's noun."""
    said = [m for name, pattern in patterns if name == value for m in pattern.finditer(question)]
    return bool(said) and all(_ONE_DEAL_RE.match(question, m.end()) for m in said)


def deal_described(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A comparison of one named deal with its period whose kind word only describes the deal: the period side
    without that kind filter; else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "compare":
        return calls
    left, right = dict(calls[0].args.get("left") or {}), dict(calls[0].args.get("right") or {})
    if not (left.get("licensor") and left.get("licensee")) or any(right.get(key) for key in _DEAL_KEYS):
        return calls
    dropped = [
        field
        for field, patterns in _KINDS.items()
        if right.get(field)
        and right.get(field) == left.get(field)
        and _said_of_one_deal(question, patterns, right[field])
    ]
    if not dropped:
        return calls
    for field in dropped:
        right.pop(field)
    right["exclusive"] = [key for key in right.get("exclusive", []) if key not in dropped]
    return [ToolCall(tool="compare", args={**calls[0].args, "right": right})]
