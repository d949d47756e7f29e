"""Deals like a named deal: "Deals like Summit-Akeso - which other buyers licensed a Chinese PD-1/VEGF
bispecific, and what did each pay upfront?", "comparable deals to Hengrui-Merck: who else bought a Lp(a) asset?".

The pair names the deal the others are like, not the deals asked: those are the deals of its kind (the kind the
question says, a word of it the deal's asset holds, else the deal's modality), its buyer left out ("which other
buyers"). Read word by word the pair was a filter, and the answer was that one deal.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.corpus.tables import Deal

_I = re.IGNORECASE
LIKE_RE = re.compile(
    # plural: "a deal like Curon's" names that deal by way of example ("what did Merck pay?")
    r"\b(?:deals|transactions|agreements|licen[cs]es)\s+(?:like|similar to|comparable to|akin to)\s|"
    r"\bcomparables?\s+(?:deals?\s+)?(?:to|for)\s|\bcomps?\s+(?:to|for)\s|\bsimilar deals?\s+to\s",
    _I,
)
_SENTENCE_END_RE = re.compile(r"[.?!;](?:\s|$)")
# a word that may name a kind of drug: a capital or a digit in it ("Lp(a)", "DLL3", "EGFRxHER3"), no plain word
_KIND_WORD_RE = re.compile(r"(?<![\w(])[A-Za-z0-9][\w().+/-]*[A-Z0-9(][\w().+/-]*")


def _kind_word(question: str, deal: Deal) -> str | None:
    """A word of the question that the deal's asset field holds: the kind asked."""
    for found in _KIND_WORD_RE.finditer(question):
        said = found.group().rstrip(".,;:?")
        # "oral GLP-1s": the plural of a kind the asset names in the singular
        for word in (said, said[:-1]) if said.endswith("s") else (said,):
            end = "" if word[-1].isdigit() else r"(?![\w])"  # "GLP-1" is in "GLP-1RA", "GLP-1/GIP"
            if len(word) >= 3 and re.search(rf"(?<![\w]){re.escape(word)}{end}", deal.asset, _I):
                return word
    return None


def _same_sentence(question: str, start: int, end: int) -> bool:
    """ "Pulling comps for a PD-1xVEGF bispecific. On 3SBio/Pfizer, what was paid?": the comps are of a kind, and
    the pair named in the next sentence is the deal asked about, not the one the others are like."""
    return not _SENTENCE_END_RE.search(question, start, end)


def like_a_deal(slots: Any, deals: list[Deal], question: str) -> Any:
    """``slots`` (``intents.Slots``) asking the deals like the pair's deal, its buyer left out; else unchanged."""
    like = LIKE_RE.search(question)
    if like is None or len(set(slots.companies)) != 2:
        return slots
    named = set(slots.companies)
    held = [deal for deal in deals if named <= {*deal.licensors, *deal.licensees}]
    if len(held) != 1 or not any(
        m.start > like.start() and _same_sentence(question, like.end(), m.start) for m in slots.mentions
    ):
        return slots
    deal = held[0]
    update: dict[str, Any] = {"mentions": [], "deal_id": None, "asset_deal": None, "assets": [], "single_deal": False}
    if not (slots.asset or slots.target or slots.modality or slots.therapeutic_area):
        word = _kind_word(question[like.end() :], deal)
        update |= {"asset": word} if word else {"modality": deal.modality}
    update["excluded"] = list(dict.fromkeys([*slots.excluded, *deal.licensees]))
    if slots.op is None and not slots.count:
        update["op"] = "find"  # "who were the buyers and what were the upfronts": those deals, listed
    return slots.model_copy(update=update)
