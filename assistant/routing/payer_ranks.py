"""A ranking of who paid, read as the licensees: the payer is the licensee, whoever it paid is named.

"which pharma wrote the biggest upfront cheques to Chinese licensors in 2025 in aggregate?" ranked licensors:
"licensors" is said (as the payee) and "pharma" alone named no side, so Innovent led instead of Pfizer. A
ranking read over licensors becomes one over licensees when the question asks which buyer / licensee /
multinational, or which pharma beside a paying verb ("which pharma paid", "what pharma spent"), or says the ranked
side wrote or cut the cheques ("wrote the biggest cheques", "cut the largest checks"); never when it receives
("What pharma out-licensed the most deals in 2025?", "Which pharma company in China received the biggest
upfront?", "Which pharma licensors got the most upfront?" rank licensors).

The other way: "Which Chinese licensor was paid the most upfront in 2025?" ranked licensees ("paid" names the
payer's side). A ranking over licensees asked of which licensor / Chinese biotech / seller, paid in the passive
("was paid", "got paid", "were paid"), ranks licensors.
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE
# "which pharma", "what big pharma", "which multinational", "which buyer", "what acquirer", "which licensee"
_BUYER_ASKED_RE = re.compile(
    r"\b(?:which|what)\s+(?:big\s+|western\s+|global\s+)?(?:multinational|mnc|buyer|acquirer|licensee)s?\b", _I
)
# "which pharma" names no side by itself: it is the payer only beside a paying verb, never beside a receiving one
# ("What pharma out-licensed the most deals?", "Which pharma company in China received the biggest upfront?")
_PHARMA_ASKED_RE = re.compile(r"\b(?:which|what)\s+(?:big\s+|western\s+|global\s+)?pharmas?\b(?!\s+licensors?)", _I)
_PAYING_RE = re.compile(
    r"\b(?:paid|pays?|paying|spent|spends?|spending|shell(?:ed|s)?|fork(?:ed|s)?|wrote|writes?|written|cut|cuts)\b", _I
)
_RECEIVING_RE = re.compile(
    r"\b(?:received?|receives|receiving|got|gets|earned|earns|collected|pocketed|landed|sold|out-?licens\w*|"
    r"licens\w*\s+out|in china|chinese\s+pharmas?|was paid|were paid|been paid)\b",
    _I,
)
# "wrote the biggest upfront cheques", "cut the largest checks", "writes cheques": the ranked side pays
_CHEQUES_RE = re.compile(
    r"\b(?:wrote|writes?|writing|written|cut|cuts|cutting)\b[^?.]{0,40}?\b(?:cheques?|checks?)\b", _I
)

# "which Chinese licensor", "what biotech", "which seller" asked of, and paid in the passive
_SELLER_ASKED_RE = re.compile(r"\b(?:which|what)\s+(?:chinese\s+)?(?:licensor|biotech|drugmaker|seller)s?\b", _I)
_PAID_PASSIVE_RE = re.compile(r"\b(?:was|were|been|being|got|gets|get|is|are)\s+(?:\w+ly\s+)?paid\b", _I)


def read_payer_rank(slots: Any, text: str) -> None:
    """A ranking over licensors set to licensees when ``text`` asks which buyer paid: "which pharma wrote the
    biggest upfront cheques to Chinese licensors in 2025?" -> licensees ranked by upfront; "which Chinese licensor
    was paid the most?" -> licensors."""
    if slots.op != "rank":
        return
    pharma_pays = bool(_PHARMA_ASKED_RE.search(text) and _PAYING_RE.search(text))
    buyer = _BUYER_ASKED_RE.search(text) or _CHEQUES_RE.search(text) or pharma_pays
    if slots.dimension == "licensor" and buyer and not _RECEIVING_RE.search(text):
        slots.dimension = "licensee"
    elif slots.dimension == "licensee" and _SELLER_ASKED_RE.search(text) and _PAID_PASSIVE_RE.search(text):
        slots.dimension = "licensor"  # "which Chinese licensor was paid the most upfront?": the payees ranked
