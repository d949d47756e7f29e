"""A company's money put into a kind of drug, said in the plural: the sum over its deals of that kind.

"how much has Roche put upfront into chinese ADCs", "how much upfront has AbbVie paid for Chinese
bispecifics": the plural kind ("ADCs", "bispecifics", "antibody-drug conjugates") asks for every deal of
that company and modality, summed. Read word by word nothing said "deals" or "total", so it asked for one
Roche deal and dropped the modality ("which one?" over every Roche deal), and a follow-up "what about GSK?"
carried that one-deal ask instead of the ADC sum. One company only: a pair ("Merck pay Kelun ... for new
ADCs in 2024") names its deals. A deal named (its asset, "the ... deal", "the seven preclinical ADCs") or a
count, a ranking or any other operation is left as read. ``table_asks.read_table_asks`` calls ``kind_summed``; the
examples are in ``tests/test_scope10.py``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.wording import MODALITIES

_MONEY = frozenset(["upfront", "milestones", "total", "equity"])
# "for the seven preclinical ADCs", "its two ADCs": the kind names one deal's asset, not a kind of deals
_NAMED_BEFORE_RE = re.compile(r"\b(?:the|its|their|those|these|this|that)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def kind_summed(slots: Any, text: str) -> None:
    """Mark ``slots`` (read from ``text``, company names blanked) as a sum over the company's deals of the
    modality named in the plural."""
    if not slots.modality or not slots.mentions or slots.op is not None or slots.count or slots.single_deal:
        return
    if slots.asset or slots.deal_id or not _MONEY.intersection(slots.metrics) or len(set(slots.companies)) != 1:
        return  # a pair ("Merck pay Kelun ... for new ADCs") names its deals: a deal asked, not a sum
    pattern = next((pattern for name, pattern in MODALITIES if name == slots.modality), None)
    said = pattern.search(text) if pattern else None
    if said and said.group().lower().endswith("s") and not _NAMED_BEFORE_RE.search(text[: said.start()]):
        slots.plural, slots.op = True, "sum"
