"""Whether a buyer came back to the same partner: the pair's deals listed, so a later one shows.

"MediLink/Roche YL211: upfront+near-term, total per Scrip; and did Roche come back later?" asks whether Roche did
another deal with MediLink after YL211; the articles' sentences about YL211 came back, and Roche's January 2026
YL201 licence from MediLink, the answer, was never named. A yes/no ask of a repeat deal ("did X come back", "any
follow-on deal", "did they sign another licence") naming both parties is asked as the list of the pair's deals, each
dated with its drug and terms, with the drug code that pinned one deal left out:

- takes: "did Roche come back later?" (after "MediLink/Roche YL211:"), "Did Roche do another deal with MediLink after
  YL211?", "any follow-on deal between Argo and Novartis?", "has Merck returned to Kelun since?"
- leaves: "what did Merck pay Hengrui again?" ("again" as "remind me"), "was there another deal in 2025 bigger than
  this?" (one party or none named: a ranking or a bound, the router's), "the other deal" (``other_deal``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_REPEAT_RE = re.compile(
    r"\b(?:did|does|has|have|had|was there|were there|is there|are there|any)\b[^?;]{0,40}?"
    r"(?:\b(?:come|came|coming|go|gone|went)\s+back\b|\breturn(?:ed|s)?\s+(?:to|for)\b|"
    r"\b(?:another|second|follow[\s-]?on|repeat|later|further|new|more)\s+(?:deals?|licen[cs]es?|agreements?|pacts?|"
    r"transactions?)\b)",
    re.IGNORECASE,
)


def repeats_listed(question: str, companies: Callable[[str], list[str]]) -> str:
    """``question`` asked as the list of the pair's deals when it asks whether the two dealt again
    (``companies`` gives the canonical names a text mentions, in order)."""
    if not _REPEAT_RE.search(question):
        return question
    names = list(dict.fromkeys(companies(question)))
    if len(names) != 2:
        return question
    return f"List the deals between {names[0]} and {names[1]}"
