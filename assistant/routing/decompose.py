"""Several questions in one: "What did Pfizer pay 3SBio upfront, and what did Madrigal pay Ribo?"
becomes two questions, each planned and answered, then composed into one answer.

Only clear joins split a question: a second question mark, a semicolon, "and" followed by a
wh-word, or ", and" followed by a question word or an auxiliary; each part needs two words or more. "Compare X and Y" or "deals between X and Y" stay whole; two
companies in one clause are the router's to handle (a compare, a sum per company).
"""

from __future__ import annotations

import re

_WH_WORD = r"(?:what|how|who|which|when|where|why)\b"
# After a comma a new question may also open with an auxiliary or an imperative ("..., and did
# it close?", "..., and list ..."); a bare "and" joins conditions ("over $100 million and were
# ADCs") unless a wh-word follows.
_AFTER_COMMA = r"(?:what|how|who|which|when|where|why|did|does|do|is|was|were|list|name|give)\b"
_SPLIT_RE = re.compile(
    rf"\?\s+(?=\S)|;\s*(?:and\s+)?|,\s*and\s+(?:also\s+)?(?={_AFTER_COMMA})|\s+and\s+(?:also\s+)?(?={_WH_WORD})",
    re.IGNORECASE,
)
MAX_PARTS = 4


def split_parts(question: str) -> list[str]:
    """The questions asked, in order; one element when the question asks one thing."""
    pieces = [piece.strip(" ,;") for piece in _SPLIT_RE.split(question.strip())]
    parts = [piece[:1].upper() + piece[1:] for piece in pieces if len(piece.split()) >= 2]
    if len(parts) < 2 or len(parts) > MAX_PARTS:
        return [question.strip()]
    return [part if part.endswith("?") else part + "?" for part in parts]
