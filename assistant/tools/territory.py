"""A deal's territory as a reader says it: the table's "Worldwide ex-mainland China, Hong Kong, Macau, Taiwan" is
"the world outside mainland China, Hong Kong, Macau, Taiwan", as the articles put it; the table's words follow.
The table's short forms of places are spelt as the articles spell them: "US, Canada, Europe, Japan" is "United States,
Canada, Europe, Japan" (deal-akeso-summit-2022: "in the United States, Canada, Europe and Japan"), "HK" "Hong Kong".
"""

from __future__ import annotations

import re

# "Worldwide ex-", "Global ex-", "world ex-", or "Ex-" opening the field
_EX_RE = re.compile(r"\b(?:worldwide|global|world)\s+ex-|^ex-", re.IGNORECASE)
# the table's short forms of places (case kept: "us" is no place), as the articles spell them
_SHORT_FORMS = {"HK": "Hong Kong", "US": "United States", "U.S.": "United States", "UK": "United Kingdom"}
_SHORT_RE = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(short) for short in _SHORT_FORMS) + r")(?![\w])")


def in_words(territory: str) -> str:
    """``territory`` with "ex-" said as "outside" and short forms spelt out ("HK" as "Hong Kong", "US" as "United
    States"), the table's words after it; unchanged when it has neither: "Worldwide ex-Greater China" -> "the world
    outside Greater China (our table: Worldwide ex-Greater China)"."""
    said = _EX_RE.sub(lambda m: "the world outside " if m.group(0)[0].lower() != "e" else "outside ", territory)
    said = _SHORT_RE.sub(lambda m: _SHORT_FORMS[m.group(0)], said)
    return territory if said == territory else f"{said} (our table: {territory})"
