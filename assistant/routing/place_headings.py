"""Two places set against each other in a heading, then two named deals compared: the deals are the sides.

"EU vs US record cheques: AZ-CSPC (Jan 26) upfront vs Pfizer-3SBio upfront" heads the comparison with the places
the two buyers stand for; read as European licensees against American ones, the sides became AstraZeneca's CSPC
deals against one of them, and Pfizer's deal was lost. When a heading before a colon sets two places against each
other ("EU vs US", "Europe v. America") and the words after the colon name companies on both sides of their own
"vs", the places are the asker's labels for those sides: they are left out, and the rest of the heading (its
measure: "record cheques") stays.

- takes: "EU vs US record cheques: AZ-CSPC (Jan 26) upfront vs Pfizer-3SBio upfront", "Swiss vs Japanese
  buyers: Roche-Hansoh vs Takeda-Innovent upfront"
- leaves: "EU vs US buyers: who paid more upfront in 2025?" (no companies after the colon: the places are the
  sides); a heading of nothing but the places ("US vs EU: Pfizer-3SBio vs AZ-CSPC") is dropped whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from assistant.routing.analyst_wording import ADJECTIVES, PLACES

_PLACE = "|".join(re.escape(word) for word in sorted({*ADJECTIVES, *PLACES}, key=len, reverse=True))
_PAIR = rf"(?<![\w.])(?:{_PLACE})\s+(?:vs\.?|versus|v\.?|against)\s+(?:{_PLACE})(?![\w])"
_HEADED_RE = re.compile(rf"^(?P<head>[^:?]{{0,40}}?{_PAIR}[^:?]{{0,40}}):(?P<body>.+)$", re.IGNORECASE)
_PAIR_RE = re.compile(_PAIR, re.IGNORECASE)
_BODY_VS_RE = re.compile(r"\s(?:vs\.?|versus|against|compared (?:to|with))\s", re.IGNORECASE)


def places_unheaded(question: str, companies_in: Callable[[str], int]) -> str:
    """``question`` without the two places its heading sets against each other when the body compares named
    companies (``companies_in`` counts the companies a text names)."""
    match = _HEADED_RE.match(question.strip())
    if match is None:
        return question
    body = match.group("body")
    split = _BODY_VS_RE.search(body)
    if split is None or not companies_in(body[: split.start()]) or not companies_in(body[split.end() :]):
        return question
    head = " ".join(_PAIR_RE.sub(" ", match.group("head")).split())
    return f"{head}:{body}" if head else body.strip()
