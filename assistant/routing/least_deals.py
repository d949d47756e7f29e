"""Companies ranked by their average deal among those with a minimum number of deals.

"Among buyers with 3+ China deals since 2024, who pays the richest upfront on average?", "of licensors with at
least three deals, which has the highest average headline value?", "of the buyers that did four or more deals, who
paid the smallest average upfront?" (outsider41). The first reading ranked single deals by their upfront, or took
the smallest upfront of any deal: a figure for a different question. The plan becomes the ranking of that side by
its average deal (``RankArgs.average``), over the period and filters the first reading kept, counting only the
companies with at least that many deals (``RankArgs.min_deals``; a deal with the figure undisclosed still counts
toward the minimum, and is left out of the mean). The examples are the tests (``tests/test_ranks10.py``).
"""

from __future__ import annotations

import re

from assistant.routing.wording import NUMBER_WORDS
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_N = r"(\d{1,2}|two|three|four|five|six)"
# "with 3+ deals", "at least three deals", "four or more deals", "more than two deals" said of companies
_LEAST_RE = re.compile(
    rf"\b(?:(?P<more>more than)\s+|at least\s+|minimum of\s+)?{_N}(?P<plus>\s*\+|\s+or more)?\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:deals|transactions|agreements|licen[cs]es)\b",
    _I,
)
_AVERAGE_RE = re.compile(r"\b(?:average|avg|mean|typical(?:ly)?)\b|\bper[- ]deal\b", _I)
_BUYER_RE = re.compile(r"\b(?:buyers?|licensees?|pharmas?|acquirers?|multinationals?)\b", _I)
_SELLER_RE = re.compile(r"\b(?:licensors?|sellers?|biotechs?|chinese (?:companies|firms|drugmakers))\b", _I)
_LOW_RE = re.compile(r"\b(?:smallest|lowest|(?<!at )least|cheapest|thinnest|skimpiest|leanest|stingiest)\b", _I)
_MONEY = ("upfront", "milestones", "total", "equity")
_SAID = (("upfront", r"\bup[\s-]?fronts?\b"), ("milestones", r"\bmilestones?\b"), ("equity", r"\bequity\b"))


def _minimum(question: str) -> int | None:
    found = _LEAST_RE.search(question)
    if found is None or not (
        found.group("more") or found.group("plus") or re.search(r"least|minimum", found.group(), _I)
    ):
        return None  # "the three deals" is no minimum
    raw = found.group(2).lower()
    number = NUMBER_WORDS.get(raw) or int(raw)
    return number + 1 if found.group("more") else number


def least_deals_ranked(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A question for a side's average deal among companies with at least N deals, as that ranking; otherwise
    ``calls`` unchanged."""
    least = _minimum(question)
    if (
        least is None
        or len(calls) != 1
        or calls[0].tool not in ("rank", "aggregate")
        or not _AVERAGE_RE.search(question)
    ):
        return calls
    buyer, seller = _BUYER_RE.search(question), _SELLER_RE.search(question)
    if bool(buyer) == bool(seller):
        return calls  # no side, or both: which companies are meant is not said
    args = calls[0].args
    metric = next((name for name, said in _SAID if re.search(said, question, _I)), None)
    metric = metric or (args.get("metric") if args.get("metric") in _MONEY else "total")
    deal_filter = {
        key: value for key, value in dict(args.get("filter") or {}).items() if key not in ("licensor", "licensee")
    }
    singular = re.search(
        r"\bwho\b|\bwhich\s+(?:one|has|had|is|was|pays|paid|buyer|licensee|licensor|seller|company)\b", question, _I
    )
    rank = {
        "dimension": "licensee" if buyer else "licensor",
        "metric": metric,
        "filter": deal_filter,
        "n": 1 if singular else 5,
        "ascending": bool(_LOW_RE.search(question)),
        "average": True,
        "min_deals": least,
    }
    return [ToolCall(tool="rank", args=rank)]
