"""What the first words of a question ask for, when a loose word later on reads otherwise.

- "List all deals with an upfront of at least $500 million": the question opens by asking for a
  list. "all deals" reads as a sum elsewhere ("what did Pfizer pay across all its deals"), but after
  "list" / "name" / "show me" it only says which deals to list. A plain sum word ("total",
  "combined", "add up") still makes it a sum.
- "How much did Chinese drugmakers license out in 2025?": "how much" with a licensing verb and no
  measure asks for the value of the deals; with no company named that is the market's total value, with a
  company named the sum over its deals ("how much did Hengrui license out?" had asked which deal was meant).

Examples are the tests in ``tests/test_lead_words.py``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.wording import SUM_RE

_I = re.IGNORECASE

LEAD_LIST_RE = re.compile(
    r"^\W*(?:(?:ok|okay|so|and|hi|hey)\W+)?(?:please\W+)?(?:(?:can|could|would) you\s+(?:please\s+)?)?"
    r"(?:list|name|enumerate|show(?:\s+me)?|give\s+me\s+(?:a\s+list\s+of|the\s+list\s+of|all|every)|"
    r"what\s+are\s+all\s+(?:the\s+)?deals)\b",
    _I,
)
# The sum cues that only say which deals ("all deals", "overall", "in all"), not that they are added.
WEAK_SUM_RE = re.compile(
    r"\ball (?:of )?(?:its|their|his|her|the)? ?deals\b|\bacross (?:all|its|their)\b|\bin all\b|\boverall\b", _I
)
# "how much did Chinese drugmakers license out", "how much did chinese biotechs out-license in 2025"
LICENSED_OUT_RE = re.compile(
    r"\bhow much\s+(?:did|do|have|has)\s+(?P<who>[^?]{0,50}?)\s*"
    r"\b(?:licen[cs]e[ds]?\s+out|out-?licen[cs]e[ds]?|sold\s+abroad|sell\s+abroad)\b",
    _I,
)
# Who "licensed out": China's drugmakers as a whole (the market), or a company the table knows (blanked
# before this reads the text). "how much did Zai Lab license out": a company the table does not hold.
_MARKET_SUBJECT = frozenset(
    {"the", "china", "china's", "chinas", "chinese", "mainland", "domestic", "drugmakers", "drug", "makers"}
    | {"biotechs", "biotech", "companies", "firms", "pharma", "pharmas", "pharmaceutical", "groups", "developers"}
)


def _market_or_named(subject: str) -> bool:
    return all(word.lower() in _MARKET_SUBJECT for word in re.findall(r"[\w'’]+", subject))


def read_lead_words(slots: Any, text: str) -> None:
    """Correct ``slots`` (``intents.Slots``: op, count, metrics, metric_spans) for a list asked
    first and "how much did … license out"."""
    listed_first = slots.op == "sum" and not slots.count and LEAD_LIST_RE.search(text)
    if listed_first and not SUM_RE.search(WEAK_SUM_RE.sub(" ", text)):
        slots.op = "find"
    licensed_out = LICENSED_OUT_RE.search(text)
    if not slots.metrics and not slots.count and licensed_out and _market_or_named(licensed_out.group("who")):
        slots.metrics.append("total")
        slots.metric_spans.append(licensed_out.span())
        if slots.mentions and slots.op is None and not slots.asset:
            slots.op = "sum"  # "how much did Hengrui license out?": its deals' values added, not one deal asked
