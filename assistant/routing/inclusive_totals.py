"""A deal's total said with what it includes: "headline value incl. sales ms" asks the total, not the sales.

"AZN/CSPC obesity deal Jan-26 - headline value incl. sales ms?" names the sales milestones only to say which total
is meant (the one that counts them, not the $4.7 billion some outlets printed); read word by word, "sales" was a
company's sales figure, no table holds it, and the articles' account of the differing totals came back instead of
the $18.5 billion asked. The clause after the total ("incl. sales milestones", "including all milestones",
"inclusive of the sales-based payments") is dropped, and the total is asked:

- takes: "headline value incl. sales ms?", "total deal value including sales milestones", "the total, inclusive of
  commercial milestones", "deal value (incl. all milestones)"
- leaves: "how much of the total is sales milestones?" (a kind of milestone, the articles'), "the upfront including
  near-term payments" (no total), "total including equity" (a sum of two figures, the router's)
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_TOTAL = r"\b(?:total|headline|overall|whole|full|potential|aggregate)(?:\s+(?:deal|potential))?\s+(?:value|size|worth)\b|\btotal\b"
_PAID_IN = (
    r"(?:(?:the|all|any)\s+)?(?:(?:sales|commercial|commerciali[sz]ation|dev(?:elopment)?|regulatory|clinical|"
    r"sales[\s-]based|sales[\s-]linked|dev/reg|d&r)[\s/&-]*){0,3}"
    r"(?:milestones?|ms|mss|milestone\s+payments|payments|biobucks)"
)
_INCLUDED_RE = re.compile(
    rf"(?P<total>(?:{_TOTAL})(?:\s+(?:of|for|in)\s+[^?;,()]{{3,60}}?)?)(?P<clause>\s*[,(]?\s*(?:incl\.?|including|inc\.|inclusive\s+of|counting|w/|with)\s+"
    rf"{_PAID_IN}\b\)?)",
    _I,
)


def inclusions_dropped(question: str) -> str:
    """``question`` with the clause saying what a total includes left out ("headline value incl. sales ms")."""
    return _INCLUDED_RE.sub(lambda match: match.group("total"), question)
