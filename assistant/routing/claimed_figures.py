"""A figure a claim states of a sum or an average is the thing to check, not a bound on the deals summed.

- "Caixin says Innovent's 2025 deals were worth more than $10bn. What do they add up to?": "more than $10bn" is
  said of the deals together; read as a bound it keeps only the deals over $10bn each and sums those, which
  confirms the claim whatever the other deals hold.
- "sum the headline values of the 2026 deals - we want to say 'over $40 billion'": a figure in quotes is the
  wording to check, and "over $40 billion" no single deal reaches, so the bound refused the sum.
- "Someone says the average 2025 deal was under $1 billion": the claim is about the average.

A bound stays a bound when it describes the deals ("the sum of deals worth over $1bn", "how much did deals
above $500 million add up to"): only a figure said in a claim's words (someone says, our piece says, we want to
say, true?) and stated of the whole (in quotes, or after "was", "were", "came to") is dropped. An average of a
whole year claimed "on the 135.7bn/157 numbers" names a tracker's value and count as its inputs: the tracker's
average is derived (``market_stat``), not our rows'. Each wording comes with its examples in
``tests/test_claims9.py``.
"""

from __future__ import annotations

import re
from decimal import Decimal

from assistant.money import find_money
from assistant.routing.factcheck import CLAIM_WORDS_RE
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# Someone's statement put to us: "Caixin says", "our piece says", "we want to say", "a newsletter reported"
_SAID_RE = re.compile(
    r"\b(?:says?|said|claims?|claimed|reports?|reported|puts?\s+(?:it|them)\s+at|writes?|wrote|states?|stated)\b", _I
)
# The figure is stated of the whole: "were worth more than", "was under", "came to over", "totalled above"
_PREDICATE_RE = re.compile(
    r"\b(?:was|were|is|are|be|came\s+to|come\s+to|totall?ed|amounted\s+to|added\s+up\s+to|add\s+up\s+to|reached)\s+"
    r"(?:worth\s+|valued\s+at\s+|roughly\s+|about\s+|just\s+|well\s+)?(?:[\w-]+\s+){0,2}$",
    _I,
)
# An opening quote not closed before the figure: "'over $40 billion'"
_QUOTED_RE = re.compile(r"(?:^|\s)['\"‘“][^'\"’”]*$")
# A tracker's figures named as the claim's inputs: "on the 135.7bn/157 numbers", "$51.9bn across 94 deals"
_INPUTS_RE = re.compile(
    r"(?:US)?\$?\s?\d[\d.,]*\s*(?:bn|b|billion)\s*(?:/|across|over|from|in|for)\s*\d{2,4}\b(?!\s*(?:bn|b|billion|m|mn|million))",
    _I,
)
_BOUND_KEY_RE = re.compile(r"^(?:min|max)_\w+_usd$")
_OPERATIONS = {"sum", "average", "median"}


def claimed_figures(question: str) -> set[Decimal]:
    """The amounts ``question`` states as a claim about a sum or an average, not as a bound on deals."""
    found = set()
    for mention in find_money(question):
        if mention.amount is None:
            continue
        start = max(question.rfind(stop, 0, mention.start) for stop in (". ", "? ", "! ", "; "))
        sentence_before = question[start + 1 : mention.start]
        sentence = question[start + 1 : mention.end + 40]
        claimed = _SAID_RE.search(sentence) or CLAIM_WORDS_RE.search(sentence)
        if claimed and (_PREDICATE_RE.search(sentence_before) or _QUOTED_RE.search(sentence_before)):
            found.add(mention.amount)
    return found


def claimed_bound_dropped(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A sum or average whose money bound is the figure a claim states of it: the bound dropped."""
    if len(calls) != 1 or calls[0].tool != "aggregate" or calls[0].args.get("operation") not in _OPERATIONS:
        return calls
    wanted = dict(calls[0].args.get("filter") or {})
    bounds = [key for key in wanted if _BOUND_KEY_RE.match(key)]
    if not bounds:
        return calls
    claimed = claimed_figures(question)
    dropped = [key for key in bounds if Decimal(str(wanted[key])) in claimed]
    if not dropped:
        return calls
    for key in dropped:
        del wanted[key]
    if "exclusive" in wanted:
        wanted["exclusive"] = [key for key in wanted["exclusive"] if key not in dropped]
        if not wanted["exclusive"]:
            del wanted["exclusive"]
    year = wanted.get("year")
    others = {key for key, value in wanted.items() if value and key not in ("year", "exclusive")}
    if calls[0].args["operation"] == "average" and year and not others and _INPUTS_RE.search(question):
        # "the average 2025 deal was under $1bn on the 135.7bn/157 numbers": the tracker's value over its count
        return [
            ToolCall(
                tool="market_stat",
                args={"metric": "total_value", "period": str(year), "derive": "average_deal_size"},
            )
        ]
    return [ToolCall(tool="aggregate", args={**calls[0].args, "filter": wanted})]
