"""A figure someone else put forward, said after the question: the question's premise, not an ask of its own.

"What were Hengrui's total revenues in 2025? A draft says 30 billion yuan." had been split in two, and the
second part, a statement naming nothing the table holds, was answered with whatever article its words
found (a 2026 tracker passage). Joined to the question before it, the figure is that question's claim:
checked where the table holds the fact asked, and refused with it where nothing holds it.

Matches a later part that reports a figure a source gave ("a draft says 30 billion yuan", "my note has
$450m", "I read it was 2024", "someone told me $1.2bn"), never one that asks ("what does the draft say?").
"""

from __future__ import annotations

import re

_SOURCE = (
    r"(?:(?:a|an|my|our|the|one|some|his|her|their)\s+(?:[\w-]+\s+)?(?:drafts?|notes?|reports?|sources?|articles?|"
    r"analysts?|colleagues?|editors?|clients?|decks?|memos?|models?|press|stor(?:y|ies)|piece|blog|boss|team)|"
    r"someone|somebody|people|i|we)"
)
_CLAIMED_TAIL_RE = re.compile(
    r"^(?![^?]*\b(?:what|how|which|who|when|why|where|whether)\b)"  # "I read …, what share was it?" asks
    # one declarative sentence: nothing after its end ("… were $600M. Also list Merck's other 2024 deals"), no
    # request inside it ("… and give me the equity")
    r"(?![^?]*[.!;]\s+\S)(?![^?]*\b(?:list|give|show|tell|check|compare|name|find|pull)\b)"
    rf"(?:but|and|also|btw|fwiw|note)?[,:\s]*{_SOURCE}\b[^?]{{0,40}}?\b(?:says?|said|claims?|claimed|reports?|reported|"
    r"quotes?|quoted|has|had|puts?|gives?|gave|read|heard|saw|seen|was told|were told|thinks?|thought|wrote|writes)\b"
    r"[^?]{0,60}?(?:\d|\b(?:billion|million|bn|mn)\b)",
    re.IGNORECASE,
)


def claims_joined(parts: list[str]) -> list[str]:
    """``parts`` with each later part that only reports someone's figure joined to the part before it."""
    joined: list[str] = []
    for part in parts:
        if joined and _CLAIMED_TAIL_RE.match(part.strip()):
            joined[-1] = f"{joined[-1].rstrip('?？. ')}? {part.strip()}"
        else:
            joined.append(part)
    return joined
