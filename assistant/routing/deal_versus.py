"""A second deal set against the deal before: "vs the regeneron-hansoh upfront? difference" after "upfront novo paid
united labs for UBT251?".

Alone, "vs <pair> upfront?" names one deal and was read as that deal's terms (Regeneron's $80 million and its
milestones), no comparison made. After a question about one deal's figure (its pair or its drug code), a follow-up
that opens with "vs", "versus", "compared with", "against" or "difference vs" and names another deal (a pair of
companies that did a deal together, or a drug code) is asked as "how does that compare with <that deal>?", which the
comparison rules plan with the deal before as one side (its figure, the gap, the ratio).

Not taken: a follow-up naming one company ("vs AZ?" after a sum, ``carry_over``), the same deal again, or one after
a question about no single deal.
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex
from assistant.routing.intents import Slots, read_slots

_VERSUS_RE = re.compile(
    r"^\s*(?:(?:and|so|ok(?:ay)?|then)\b[,\s]*)*(?:(?:what(?:'s|\s+is)\s+the\s+)?difference\s+)?"
    r"(?:vs\.?|versus|v\.|compared\s+(?:with|to)|against|relative\s+to)\s+(?P<rest>[^?]+?)\s*[?？]*"
    r"(?:\s*(?:difference|gap|delta|diff)\s*[?？.]*)?\s*$",
    re.I,
)


def _one_deal(slots: Slots, entities: EntityIndex) -> frozenset[str] | None:
    """The parties of the one deal ``slots`` name (by drug code or by a pair that did a deal), else None."""
    if slots.asset_deal:
        return frozenset(entities.deal_parties.get(slots.asset_deal, [slots.asset_deal]))
    names = set(slots.companies)
    if len(names) == 2 and any(names <= set(parties) for parties in entities.deal_parties.values()):
        return frozenset(names)
    return None


def versus_deal(question: str, earlier: tuple[str, ...], entities: EntityIndex, corpus_end: str) -> str:
    """``question`` as a comparison with the deal before; itself when it is no such follow-up."""
    said = _VERSUS_RE.match(question) if earlier else None
    if said is None:
        return question
    own = read_slots(said.group("rest"), entities, corpus_end)
    before = read_slots(earlier[-1], entities, corpus_end)
    this, that = _one_deal(own, entities), _one_deal(before, entities)
    if this is None or that is None or this == that or not before.metrics:
        return question
    return f"how does that compare with {said.group('rest')}?"
