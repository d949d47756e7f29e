"""A ranking of who paid, read as the licensees: the payer is the licensee, whoever it paid is named.

"which pharma wrote the biggest upfront cheques to Chinese licensors in 2025 in aggregate?" ranked licensors:
"licensors" is said (as the payee) and "pharma" alone named no side, so Innovent led instead of Pfizer. A
ranking read over licensors becomes one over licensees when the question asks which pharma / buyer / licensee
("which pharma", "what multinational") or says the ranked side wrote or cut the cheques ("wrote the biggest
cheques", "cut the largest checks").

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
    r"\b(?:which|what)\s+(?:big\s+|western\s+|global\s+)?(?:pharma|multinational|mnc|buyer|acquirer|licensee)s?\b", _I
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
    if slots.dimension == "licensor" and (_BUYER_ASKED_RE.search(text) or _CHEQUES_RE.search(text)):
        slots.dimension = "licensee"
    elif slots.dimension == "licensee" and _SELLER_ASKED_RE.search(text) and _PAID_PASSIVE_RE.search(text):
        slots.dimension = "licensor"  # "which Chinese licensor was paid the most upfront?": the payees ranked
