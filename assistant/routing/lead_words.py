"""What the first words of a question ask for, when a loose word later on reads otherwise.

- "List all deals with an upfront of at least $500 million": the question opens by asking for a
  list. "all deals" reads as a sum elsewhere ("what did Pfizer pay across all its deals"), but after
  "list" / "name" / "show me" it only says which deals to list. A plain sum word ("total",
  "combined", "add up") still makes it a sum.
- "Who bought Akeso's ivonescimab rights?", "Who was the licensee of LM-299?": the other party of the
  deal for a drug in our table, which the table's row names; buying a drug's rights is a licence, not
  a company changing hands ("Who bought LaNova?" still is one).
- "How much did Chinese drugmakers license out in 2025?": "how much" with a licensing verb and no
  measure asks for the value of the deals; with no company named that is the market's total value.

Examples are the tests in ``tests/test_lead_words.py``.
"""

from __future__ import annotations

import re
from typing import Any, Protocol

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
    r"\bhow much\b[^?]{0,60}\b(?:licen[cs](?:e|ed|ing)\s+out|out-?licen[cs](?:e|ed|ing)|sold\s+abroad|sell\s+abroad)\b",
    _I,
)

# a capitalised word other than China's names the subject: "how much did Zai Lab make from out-licensing"
_NAME_RE = re.compile(r"\b(?!(?:Chinese|China|PRC|I|US|U\.S\.)\b)[A-Z][\w-]*")

# "who bought the rights to LM-299", "who licensed ivonescimab", "who was the licensee of LM-299"
WHO_TOOK_DRUG_RE = re.compile(
    r"^\W*(?:and\s+|so\s+)?who\s+(?:(?:ended up|actually|eventually|later|first)\s+)?"
    r"(?:bought|buys|licen[cs]ed|in-licen[cs]ed|took(?!\s+over)|acquired|got|picked up|snapped up|holds?|owns?|has)\b"
    # "who took over LaNova" is a company changing hands; "who holds which territory" asks the split of rights
    r"(?![^?]*\b(?:territor(?:y|ies)|regions?|markets?)\b)|"
    r"^\W*(?:and\s+|so\s+)?who\s+(?:was|is|were|are)\s+(?:the\s+)?(?:buyer|licensee|partner|acquirer)s?\b",
    _I,
)


class Readable(Protocol):
    """The slots these wordings correct (``intents.Slots``)."""

    op: str | None
    count: bool
    metrics: list[str]
    metric_spans: list[tuple[int, int]]
    mentions: list[Any]
    unknown: list[str]
    asset: str | None
    acquisition: bool
    party_ask: bool

    @property
    def has_filters(self) -> bool: ...


def read_lead_words(slots: Readable, text: str) -> None:
    """Correct ``slots`` for a list asked first and for "how much did … license out"."""
    listed = LEAD_LIST_RE.search(text) and not SUM_RE.search(WEAK_SUM_RE.sub(" ", text))
    if slots.op == "sum" and not slots.count and listed:
        slots.op = "find"
    if slots.asset and not slots.metrics and not slots.count and slots.op is None and WHO_TOOK_DRUG_RE.search(text):
        slots.acquisition, slots.op = False, "find"  # the deal for the drug, listed with its parties
    licensed_out = LICENSED_OUT_RE.search(text)
    # "How much did Zai Lab make from out-licensing?": a company our table does not know (its name is left in the
    # text, where a known one's is blanked) is neither the market nor a sum of our deals
    named = licensed_out and _NAME_RE.search(licensed_out.group()[len("how much") :])
    if not slots.metrics and not slots.count and licensed_out and not (slots.unknown or named):
        slots.metrics.append("total")
        slots.metric_spans.append(licensed_out.span())
