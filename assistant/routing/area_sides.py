"""Two therapeutic areas (or two modalities) set against each other: one comparison, not the first side alone.

"onc vs immunology deal count 2025", "ADC versus bispecific upfronts in 2024": the slot reader keeps the
first area it meets, so the plan counted (or summed) oncology and the immunology side was dropped without a
word. When a plan is one ``aggregate`` call filtered on an area (or a modality), and the question names a
second, different one joined to the first by "vs", "versus", "against" or "compared with" (or by "or" / "than"
when the question asks which is more or by how much), the call becomes
a ``compare`` of the two filters, the rest of the filter (the period, a company) kept on both sides. The
areas and modalities are the ones ``wording`` reads, whose names are the table's.
"""

from __future__ import annotations

import re

from assistant.routing.wording import AREAS, MODALITIES
from assistant.tools.schema import ToolCall

_AGAINST_RE = re.compile(r"\b(?:vs\.?|versus|against|compared\s+(?:to|with)|relative\s+to)(?=\s|$)", re.IGNORECASE)
# "ADC or bispecific deals in 2024: which had more upfront, and what's the gap?", "how much more upfront did ADC
# deals draw than bispecific deals?": two kinds joined by "or" / "than" are set against each other when the
# question asks which is more or by how much (without it, "ADC or bispecific deals" is one set: both kinds)
_OR_THAN_RE = re.compile(r"\b(?:or|than)\b", re.IGNORECASE)
_GAP_ASKED_RE = re.compile(
    r"\bby\s+how\s+much\b|\bhow\s+much\s+(?:more|less|bigger|higher|lower|smaller)\b|\bdifference\b|\bgap\b|"
    r"\bhow\s+far\s+apart\b|\bwhich\s+(?:\w+\s+){0,3}?(?:more|less|bigger|higher|larger|fewer)\b|"
    r"\b(?:did|do|does|were|was)\b[^?]*\bor\b[^?]*\b(?:more|less|bigger|higher|larger|fewer)\b",  # "did A or B pull in more"
    re.IGNORECASE,
)
_OPERATIONS = {
    "count": ("count", "sum"),
    "sum": (None, "sum"),
    "average": (None, "average"),
    "median": (None, "median"),
}


def areas_set_against(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One aggregate over an area (or modality) asked against a second one, as one ``compare``; otherwise
    ``calls`` unchanged."""
    gap = bool(_GAP_ASKED_RE.search(question))
    if len(calls) != 1 or calls[0].tool != "aggregate" or not (_AGAINST_RE.search(question) or gap):
        return calls
    args = calls[0].args
    if args.get("group_by") or args.get("distinct") or args.get("operation", "sum") not in _OPERATIONS:
        return calls
    left = dict(args.get("filter") or {})
    for field, vocabulary in (("therapeutic_area", AREAS), ("modality", MODALITIES)):
        if not left.get(field):
            continue
        other = _other_side(question, left[field], vocabulary, gap)
        if other is None:
            return calls
        metric, operation = _OPERATIONS[args.get("operation", "sum")]
        compared = {
            "metric": metric or args.get("metric", "total"),
            "operation": operation,
            "left": left,
            "right": {**left, field: other},
        }
        return [ToolCall(tool="compare", args=compared)]
    return calls


def _other_side(
    question: str, first: str, vocabulary: list[tuple[str, re.Pattern[str]]], gap: bool = False
) -> str | None:
    """The other name of ``vocabulary`` the question sets against ``first``: both named, a "vs" between them (or
    "or" / "than" when ``gap``: the question asks which is more or by how much)."""
    places = {}
    for name, pattern in vocabulary:
        if found := pattern.search(question):
            places[name] = found
    if first not in places or len(places) != 2:
        return None
    (other,) = (name for name in places if name != first)
    start, end = sorted((places[first], places[other]), key=lambda found: found.start())
    between = question[start.end() : end.start()]
    return other if _AGAINST_RE.search(between) or (gap and _OR_THAN_RE.search(between)) else None
