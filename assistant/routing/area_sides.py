"""Two therapeutic areas (or two modalities) set against each other: one comparison, not the first side alone.

"onc vs immunology deal count 2025", "ADC versus bispecific upfronts in 2024": the slot reader keeps the
first area it meets, so the plan counted (or summed) oncology and the immunology side was dropped without a
word. When a plan is one ``aggregate`` call filtered on an area (or a modality), and the question names a
second, different one joined to the first by "vs", "versus", "against" or "compared with", the call becomes
a ``compare`` of the two filters, the rest of the filter (the period, a company) kept on both sides. The
areas and modalities are the ones ``wording`` reads, whose names are the table's.
"""

from __future__ import annotations

import re

from assistant.routing.wording import AREAS, MODALITIES
from assistant.tools.schema import ToolCall

_AGAINST_RE = re.compile(r"\b(?:vs\.?|versus|against|compared\s+(?:to|with)|relative\s+to)(?=\s|$)", re.IGNORECASE)
_OPERATIONS = {
    "count": ("count", "sum"),
    "sum": (None, "sum"),
    "average": (None, "average"),
    "median": (None, "median"),
}


def areas_set_against(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One aggregate over an area (or modality) asked against a second one, as one ``compare``; otherwise
    ``calls`` unchanged."""
    if len(calls) != 1 or calls[0].tool != "aggregate" or not _AGAINST_RE.search(question):
        return calls
    args = calls[0].args
    if args.get("group_by") or args.get("distinct") or args.get("operation", "sum") not in _OPERATIONS:
        return calls
    left = dict(args.get("filter") or {})
    for field, vocabulary in (("therapeutic_area", AREAS), ("modality", MODALITIES)):
        if not left.get(field):
            continue
        other = _other_side(question, left[field], vocabulary)
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


def _other_side(question: str, first: str, vocabulary: list[tuple[str, re.Pattern[str]]]) -> str | None:
    """The other name of ``vocabulary`` the question sets against ``first``: both named, a "vs" between them."""
    places = {}
    for name, pattern in vocabulary:
        if found := pattern.search(question):
            places[name] = found
    if first not in places or len(places) != 2:
        return None
    (other,) = (name for name in places if name != first)
    start, end = sorted((places[first], places[other]), key=lambda found: found.start())
    between = question[start.end() : end.start()]
    return other if _AGAINST_RE.search(between) else None
