"""Rankings worded by a newcomer (outsider14's classes).

- **Shows up the most.** "Which Chinese company shows up the most since 2024?", "which buyer appears
  most often": how often a company is a party, a count of its deals, not their value.
- **The most of any single deal.** "Who paid the most upfront of any of these deals?", "the biggest
  milestones in a single deal": one deal's figure ranks, not a company's sum over its deals.
- **The biggest upfront, one payment.** "biggest upfront ever in table, which company?", "which company got
  the largest upfront payment?": a superlative before a singular upfront is one deal's payment, ranked by
  deal (the answer names both companies); "racked up the most upfront", "the biggest upfront total" stay sums.

``read_rank_asks`` runs at the end of ``investor_asks.read_investor_asks``, before
``table_asks.read_table_asks`` picks the side a count ranks; its examples are the tests
(``tests/test_outsider14_classes.py``).
"""

from __future__ import annotations

import re
from typing import Any

_I = re.IGNORECASE

# "shows up the most", "appears most often", "features most": a count whatever the verb; "the most
# money" or "the most upfront" after the verb is a sum.
APPEARS_MOST_RE = re.compile(
    r"\b(?:shows?|showed|turns?|turned|pops?|popped|crops?|cropped|comes?|came) up\b[^?]{0,30}\bmost\b"
    r"(?!\s+(?:money|cash|value|upfront|dollars|milestones?))|"
    r"\b(?:appears?|appeared|features?|featured|recurs?|recurred|is (?:listed|named|mentioned))\b[^?]{0,30}\bmost\b"
    r"(?!\s+(?:money|cash|value|upfront|dollars|milestones?))|\bmost (?:appearances|mentions)\b|"
    # "as licensor the most times", "the greatest number of times": how often, whatever the verb
    r"\b(?:the\s+)?(?:most|greatest number of|largest number of|highest number of)\s+times\b",
    _I,
)
# "the most upfront of any deal", "the biggest upfront in a single deal", "of any of these deals"
ANY_SINGLE_DEAL_RE = re.compile(
    r"\b(?:the )?(?:most|largest|biggest|highest|richest)\b[^?]{0,40}\b(?:of|in|on|for|across) any\s+"
    r"(?:(?:single|one|individual)\s+)?(?:of (?:these|the|our|those|your)\s+)?(?:[\w-]+\s+){0,2}?(?:deals?|transactions?|agreements?)\b|"
    r"\b(?:the )?(?:most|largest|biggest|highest|richest)\b[^?]{0,40}\b(?:in|on|for) (?:a|one) (?:single|individual) "
    r"(?:deal|transaction|agreement)\b",
    _I,
)

# "the biggest upfront", "the single largest upfront payment"; not "upfronts", "upfront total", "the most upfront"
ONE_UPFRONT_RE = re.compile(
    r"\b(?:single\s+)?(?:largest|biggest|highest|richest|fattest)\s+(?:single\s+)?up[\s-]?front"
    r"(?:\s+(?:payment|cheque|check|fee))?\b(?!s\b|\s+(?:totals?|sums?|haul|tally|values?)\b)",
    _I,
)
_SUMMED_RE = re.compile(
    r"\b(?:rack\w*|in total|overall|combined|across|altogether|sum\w*|cumulative\w*|all told)\b", _I
)


# "Which licensee paid the largest upfront", "which buyer …": a side named first ranks that side's sums (earlier
# sessions' reading, tests/test_outsider78_classes.py), unless "single" says one payment
_SIDE_FIRST_RE = re.compile(
    r"\b(?:which|what)\s+(?:chinese\s+|big\s+)?(?:licensees?|licensors?|buyers?|sellers?|pharmas?|biotechs?)\b", _I
)


def _one_upfront(slots: Any, text: str) -> bool:
    """ "which company got the biggest upfront ever?": one payment, not a company's upfronts summed."""
    side_first = bool(_SIDE_FIRST_RE.search(text)) and not re.search(r"\bsingle\b", text, _I)
    one = bool(ONE_UPFRONT_RE.search(text)) and not _SUMMED_RE.search(text) and not side_first
    return one and slots.metrics == ["upfront"]


def read_rank_asks(slots: Any, text: str) -> None:
    """Correct ``slots`` (``intents.Slots``, read from ``text``) for the rankings above."""
    if slots.op != "rank" or slots.count or slots.mentions:
        return
    if APPEARS_MOST_RE.search(text) and not slots.metrics:
        slots.rank_by_count = True
    elif ANY_SINGLE_DEAL_RE.search(text) or _one_upfront(slots, text):
        slots.dimension, slots.singular, slots.rank_by_count = "deal", True, False
