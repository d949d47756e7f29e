"""Two phrases with one preposition joined by a slash: "upfront from Roche (IBI3009) / from Lilly (Feb 26)".

An analyst's slash between "from Roche" and "from Lilly" means "and": the same ask of each counterparty. Read as
written, the slash hid the second phrase and only the Roche upfront was answered. The slash is spelt "and" when
the words on each side start with the same preposition, so the split that already reads "upfront from Roche and
from Lilly" takes both:

- takes: "Innovent: upfront from Roche (IBI3009) / from Lilly (Feb 26)?", "Merck's upfront to Kelun / to Hansoh",
  "milestones with GSK/with Merck"
- leaves: "AZN/CSPC", "dev/reg", "upfront/total" (no preposition on both sides), "from Roche / Lilly" (one
  preposition: the slash names a pair the router reads already).
"""

from __future__ import annotations

import re

_PREPOSITIONS = r"from|to|with|by|for|in"
_SLASHED_RE = re.compile(
    rf"\b(?P<prep>{_PREPOSITIONS})\s+(?P<first>[^/?;:]{{2,60}}?)\s*/\s*(?P=prep)\s+(?=\S)", re.IGNORECASE
)


def slashes_spelt(question: str) -> str:
    """``question`` with "<prep> A / <prep> B" written "<prep> A and <prep> B"."""
    return _SLASHED_RE.sub(lambda m: f"{m.group('prep')} {m.group('first')} and {m.group('prep')} ", question)
