"""Deals listed by an asset keyword said with "assets" (or "drugs", "molecules", "programs") instead of "deals":
"glp-1 assets out-licensed since 2024 - who were the buyers?" asks for the deals whose asset text mentions GLP-1 and
their buyers, as "glp-1 deals since 2024 - who were the buyers?" does; with no "deals" to ask for, no operation was
read and the question went to the articles, which named two of the seven deals. ``assets_listed`` reads it as a list.

Matches a question with an asset keyword (``slots.target``), a party asked ("who were the buyers", "which
licensors"), a plural asset noun, and no operation, count, measure or company read; "what is the GLP-1 asset?"
(no party, no plural) is left as it was; "GLP-1 molecules licensed out in 2025 - who bought them?" is a party asked.
"""

from __future__ import annotations

import re
from typing import Any

_ASSETS_RE = re.compile(
    r"\b(?:assets|drugs|molecules|candidates|programs|programmes|compounds|products|therapies|medicines)\b",
    re.IGNORECASE,
)
# "who bought them?", "who licensed those?": the plural assets' parties (``wording.PARTY_ASK_RE`` reads "it"/"that")
_THEIR_PARTY_RE = re.compile(
    r"\bwho (?:bought|paid for|licensed|in-licensed|took|got) (?:them|those|these)\b", re.IGNORECASE
)


def assets_listed(slots: Any, text: str) -> None:
    """Correct ``slots`` (``intents.Slots``) for an asset-keyword list said with "assets": op "find", plural."""
    if slots.op is not None or slots.count or slots.metrics or slots.mentions or slots.companies:
        return
    if not (
        (slots.target or slots.modality)
        and (slots.party_ask or _THEIR_PARTY_RE.search(text))
        and _ASSETS_RE.search(text)
    ):
        return
    slots.op, slots.plural = "find", True
