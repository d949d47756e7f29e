"""A deal's terms that are words, not figures: its territory, the rights it grants, its status.

"What territory does that licence cover?" after "the biggest upfront of 2025" asks a term of the deal
the ranking found, as "what was the upfront?" would (``deal_sets.asks_of_the_winner``); the deal's
row states it. The words are deals.csv's own field names and the words a reader uses for them.
"""

from __future__ import annotations

import re

_FIELD_RE = re.compile(
    r"\b(?:territor(?:y|ies)|regions?|geograph\w*|(?:licen[cs]ed|exclusive|global|worldwide)\s+rights|"
    r"rights\s+(?:to|in|outside|cover)|status)\b",
    re.IGNORECASE,
)


def asks_a_field(question: str) -> bool:
    """The question asks a deal's territory, rights or status."""
    return bool(_FIELD_RE.search(question))
