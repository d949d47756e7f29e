"""The market's figure asked for, our rows set aside: "the market number, not your table".

"How many deals did Chinese drugmakers sign in 2025 - the market number, not your table" names our table
only to set it aside, but the words "your table" read as our rows' scope, and the answer counted our rows:
the figure the asker had just said they did not want. When the question asks for the market's (or a
tracker's, or the reported) figure, the clause that sets our rows aside is dropped, and the question is
read as the market question it is. A question that sets the trackers aside instead ("your own dataset,
not the trackers") is ``research_wording``'s.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
# "not your table", "and not your own rows", "rather than our data", "(not your numbers)"
_OURS_SET_ASIDE_RE = re.compile(
    r"\s*[-–—,(]?\s*(?:and\s+|but\s+)?\b(?:not|rather than|instead of|as opposed to)\s+(?:from\s+|in\s+)?"
    r"(?:your|our|ur|the)\s+(?:own\s+)?(?:deal\s+)?(?:table|rows|data(?:\s?(?:set|base))?|list|records|numbers|"
    r"figures|count|tally|sample)\b\s*[)]?",
    _I,
)
# The figure wanted is the market's: "the market number", "the tracker figure", "the reported total", "the tracker's
# totals", "PharmCube's reported totals"
_MARKET_ASKED_RE = re.compile(
    r"\b(?:market|industry|tracker|trackers['’]?|reported|official|pharmcube)(?:['’]s)?\s+(?:number|figure|count|"
    r"total|tally|data|value|estimate|stat(?:istic)?)s?\b|\b(?:per|according to|from)\s+(?:the\s+)?(?:market\s+)?"
    r"trackers?\b",
    _I,
)


def market_asked(question: str) -> str:
    """``question`` without the clause setting our rows aside, when it asks for the market's figure."""
    if not _MARKET_ASKED_RE.search(question):
        return question
    return _OURS_SET_ASIDE_RE.sub("", question)
