"""Whether a buyer came back to the same partner: the pair's deals listed, so a later one shows.

"MediLink/Roche YL211: upfront+near-term, total per Scrip; and did Roche come back later?" asks whether Roche did
another deal with MediLink after YL211; the articles' sentences about YL211 came back, and Roche's January 2026
YL201 licence from MediLink, the answer, was never named. A yes/no ask of a repeat deal ("did X come back", "any
follow-on deal", "did they sign another licence") naming both parties is asked as the list of the pair's deals, each
dated with its drug and terms, with the drug code that pinned one deal left out:

- takes: "did Roche come back later?" (after "MediLink/Roche YL211:"), "Did Roche do another deal with MediLink after
  YL211?", "any follow-on deal between Argo and Novartis?", "has Merck returned to Kelun since?"
- leaves: "what did Merck pay Hengrui again?" ("again" as "remind me"), "how much did Lilly pay Innovent upfront in
  their new deal?", "which licensor did more deal value, GeneQuantum or Innovent?" (a figure asked), "was there another
  deal in 2025 bigger than this?" (one party or none named), "the other deal" (``other_deal``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_DEAL = r"(?:deals?|licen[cs]es?|agreements?|pacts?|transactions?)\b"
_REPEAT_RE = re.compile(
    r"\b(?:did|does|has|have|had|will|would)\b[^?;]{0,30}?\b(?:come|came|coming|go|gone|went)\s+back\b|"
    r"\b(?:did|does|has|have|had)\b[^?;]{0,30}?\breturn(?:ed|s)?\s+(?:to|for)\b|"
    r"\b(?:any|was there|were there|is there|are there|did\s+\w+(?:\s+\w+)?\s+(?:do|sign|strike|ink|agree|make))\s+"
    rf"(?:an?\s+|any\s+)?(?:another|second|follow[\s-]?on|repeat|further)\s+{_DEAL}",
    re.IGNORECASE,
)
# a figure asked of the deal ("how much did Lilly pay in their new deal", "which did more deal value"): no repeat
# the rights or the money coming back after an ending ("did the rights come back after the ImmuneOnco Axion deal
# ended?", outsider156): the deal's story, no second deal
_THING_BACK_RE = re.compile(
    r"\b(?:rights|money|cash|payments?|assets?|drugs?)\s+(?:come|came|coming|go|gone|went)\s+back\b", re.I
)
_FIGURE_RE = re.compile(r"\bhow much\b|\bup[\s-]?front\b|\bmilestones?\b|\bvalue\b|\bworth\b|\bpa(?:y|id)\b", re.I)


def repeats_listed(question: str, companies: Callable[[str], list[str]]) -> str:
    """``question`` asked as the list of the pair's deals when it asks whether the two dealt again
    (``companies`` gives the canonical names a text mentions, in order)."""
    if not _REPEAT_RE.search(question) or _FIGURE_RE.search(question) or _THING_BACK_RE.search(question):
        return question
    names = list(dict.fromkeys(companies(question)))
    if len(names) != 2:
        return question
    return f"List the deals between {names[0]} and {names[1]}"
