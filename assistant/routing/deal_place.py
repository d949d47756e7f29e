"""Where one deal or company ranks: "where does Innovent's Lilly deal rank among 2026 deals by value?", "how does
RemeGen's AbbVie deal rank by total", "where does Hengrui rank among 2025 licensors".

Read word by word, the deal's parties are filters, so the ranking holds that deal alone and says "First".
The deal is the place asked about, not the field ranked: the ranking drops its parties from the filter
(keeping the period, modality or area it is ranked among) and runs from the leader down to the deal's
place (``RankArgs.through``); a company named on the side ranked is ranked among every company of that side,
down to the place after it (``RankArgs.after``). ``deal_placed`` runs in ``buckets.reshaped``; its examples are the tests
(``tests/test_outsider26_classes.py``).
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# "where does X rank", "how does X's deal rank", "how high does it rank", "what place / position does X take",
# "where does X sit / stand / come among"
WHERE_RANK_RE = re.compile(
    r"\b(?:where|how(?:\s+high|\s+far\s+up)?)\s+(?:does|did|do|would|will|is|was)\b[^?]{0,80}?\b"
    r"(?:rank(?:s|ed)?|place[sd]?|sits?|stands?|comes?\s+in|falls?|lands?)\b|"
    r"\bwhat\s+(?:place|position|rank|spot)\s+(?:does|did|is|was)\b",
    _I,
)
# the filter keys that name the deal itself, not the field it is ranked among
_DEAL_KEYS = ("licensor", "licensee", "company", "asset", "deal_ids")


def deal_placed(calls: list[ToolCall], question: str, before: str = "") -> list[ToolCall]:
    """A ranking of deals asked where a named deal stands, re-aimed at every deal of its field with ``through``
    set to that deal; else ``calls``. "and by headline value?" after "where does X rank by upfront" (``before``,
    the turn before as a whole question) asks the same place by another measure."""
    again = bool(before) and WHERE_RANK_RE.search(before) is not None and len(question.split()) <= 6
    if len(calls) != 1 or calls[0].tool != "rank" or not (WHERE_RANK_RE.search(question) or again):
        return calls
    args = calls[0].args
    if args.get("position") or args.get("after"):
        return calls
    where = dict(args.get("filter") or {})
    side = args.get("dimension", "deal")
    if side in ("licensor", "licensee") and where.get(side):
        # "where does Hengrui rank among 2025 licensors": every licensor, down to the place after it
        named = where.pop(side)
        where["exclusive"] = [key for key in where.get("exclusive", []) if key != side]
        return [ToolCall(tool="rank", args={**args, "filter": where, "after": named})]
    if side != "deal":
        return calls
    if not any(where.get(key) for key in _DEAL_KEYS):
        return calls
    field = {key: value for key, value in where.items() if key not in _DEAL_KEYS}
    field["exclusive"] = [key for key in where.get("exclusive", []) if key not in _DEAL_KEYS]
    return [ToolCall(tool="rank", args={**args, "filter": field, "through": where})]
