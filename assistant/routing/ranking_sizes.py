"""A ranking's size said after its question: "what were the smallest upfronts anyone took? bottom 3 deals. I want to
show my CEO what 'bad' looks like" (outsider85, a BD head).

The size ("bottom 3 deals", "top five", "just the top 10 companies") is not a question of its own: split off at
the question mark, the ranking was answered with one deal and the size became a second ranking, by the total
value. A size fragment right after a question that ranks (a superlative, "rank", "top" or "bottom") is joined
to it ("what were the smallest upfronts anyone took, bottom 3 deals?"), and what follows stays as said. Not
joined: a fragment that asks more than a size ("top 3 by total value?" is ``two_rankings``' and the router's
second ranking), or a size after a question that ranks nothing ("How many deals in 2025? top 5").
"""

from __future__ import annotations

import re

_I = re.IGNORECASE
_NUMBER = r"(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twenty)"
# "...smallest upfronts anyone took? bottom 3 deals." / "...? top five" / "...? just the top 10 companies please"
_SIZE_RE = re.compile(
    rf"\?\s+(?P<size>(?:just\s+|only\s+)?(?:the\s+)?(?:top|bottom)\s+{_NUMBER}"
    r"(?:\s+(?:deals?|companies|ones|licensors|licensees|buyers|sellers))?(?:\s+please)?)\s*(?P<end>[.?!]|$)",
    _I,
)
_RANKS_RE = re.compile(
    r"\b(?:biggest|largest|smallest|highest|lowest|richest|cheapest|greatest|most|least|fewest|top|bottom|"
    r"rank(?:ed|ing)?)\b",
    _I,
)


def size_joined(question: str) -> str:
    """``question`` with a bare ranking size after a ranking question joined to it; as asked otherwise."""
    match = _SIZE_RE.search(question)
    if match is None:
        return question
    asked = question[: match.start()]
    sentence = re.split(r"[?.!]\s+", asked)[-1]
    if not _RANKS_RE.search(sentence):
        return question
    rest = question[match.end() :].strip()
    joined = f"{asked}, {match.group('size')}?"
    return f"{joined} {rest}" if rest else joined
