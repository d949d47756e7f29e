"""A deal's territory as a reader says it: the table's "Worldwide ex-mainland China, Hong Kong, Macau, Taiwan" is
"the world outside mainland China, Hong Kong, Macau, Taiwan", as the articles put it; the table's words follow.
"""

from __future__ import annotations

import re

# "Worldwide ex-", "Global ex-", "world ex-", or "Ex-" opening the field
_EX_RE = re.compile(r"\b(?:worldwide|global|world)\s+ex-|^ex-", re.IGNORECASE)
_HK_RE = re.compile(r"\bHK\b")


def in_words(territory: str) -> str:
    """``territory`` with "ex-" said as "outside" (and "HK" as "Hong Kong"), the table's words after it; unchanged
    when it has no "ex-": "Worldwide ex-Greater China" -> "the world outside Greater China (our table: Worldwide
    ex-Greater China)"."""
    said = _EX_RE.sub(lambda m: "the world outside " if m.group(0)[0].lower() != "e" else "outside ", territory)
    said = _HK_RE.sub("Hong Kong", said)
    return territory if said == territory else f"{said} (our table: {territory})"
