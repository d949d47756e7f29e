"""A ranking of companies (or kinds, or periods) by their average deal, not by their sum.

"Which buyer paid the highest average upfront per deal?", "which modality has the biggest average deal
size?", "the licensor with the highest mean headline value": a sum ranks the busiest company first (six
middling deals beat one large one), which answers a different question with a figure. The ranking is
the same one, over each group's mean deal (``RankArgs.average``); a kind asked for ("which modality")
is the group even when the first reading ranked single deals, which have no average.
The examples are the tests (``tests/test_session8_lead.py``).
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_AVERAGE_RE = re.compile(
    r"\b(?:average|avg|mean|typical)\b|\bper[- ](?:deal|transaction|agreement|licen[cs]e)\b", re.IGNORECASE
)
_MONEY = ("upfront", "milestones", "total", "equity")
# "which modality has the biggest average deal size": the kind asked for is ranked, not single deals
_KIND_ASKED_RE = re.compile(
    r"^\W*(?:which|what)\s+(?:(?P<modality>modalit(?:y|ies)|drug types?|types? of drugs?)|"
    r"(?P<therapeutic_area>(?:therapeutic |disease |therapy )?areas?|indications?))\b",
    re.IGNORECASE,
)


def averages_ranked(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A group ranking asked by its average deal, ranked so; otherwise ``calls`` unchanged."""
    if len(calls) != 1 or calls[0].tool != "rank" or not _AVERAGE_RE.search(question):
        return calls
    args = dict(calls[0].args)
    kind = _KIND_ASKED_RE.search(question)
    if args.get("dimension", "deal") == "deal" and kind:
        args["dimension"] = next(name for name, said in kind.groupdict().items() if said)
    if args.get("dimension", "deal") == "deal" or args.get("metric", "total") not in _MONEY or args.get("average"):
        return calls
    return [calls[0].model_copy(update={"args": {**args, "average": True}})]
