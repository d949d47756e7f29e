"""A later part that asks nothing of its own, joined back to the question it goes with (outsider85, a BD head who
writes chatty messages).

The question splitter cuts at every "?" and sentence end, and each piece was answered as a question of its own:
"What's Summit's share price right now? our CEO wants to know what the ivonescimab deal did for them" answered the
second piece with the Akeso–Summit licence terms, and "what were the terms on BioNTech's Biotheus deal? it's the
other obvious comp for us" asked BioNTech's terms again. A piece that names no company and no year of its own is

- context (``is_context``) when it speaks of the asker or of the thing just asked instead of asking: "our CEO
  wants to know ...", "it's the other obvious comp for us", "this is for a board deck", "not the ceiling, what's
  actually been paid": the assistant answers the parts before it and not this one;
- a fragment (``context_joined``) when it only finishes the question before: "by whom and for how much", "and for
  how much": it is put back onto that question, which is read whole.

A piece that asks about something it names ("I also want AbbVie's total", "What about 2024?") stays a part.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_I = re.IGNORECASE
# the asker speaking, or "it"/"this" being described: "our CEO wants to know", "it's the other obvious comp for us"
_STATEMENT_RE = re.compile(
    r"^\s*(?:our|my|we(?:'re|’re| are)?|i(?:'m|’m| am)?|it(?:'s|’s| is)|this(?:'s|’s| is)|that(?:'s|’s| is)|"
    r"they(?:'re|’re| are))\s+(?!(?:the )?(?:upfront|milestones?|total|terms?|figure)s?\b)",
    _I,
)
# a restatement that rules a reading out: "not the ceiling, what's actually been paid"
_NOT_THAT_RE = re.compile(r"^\s*(?:so\s+)?not\s+(?:the|a|an|just)\s+\w+[^?]{0,30},", _I)
# a fragment of the question before: "by whom and for how much", "and for how much"
_FRAGMENT_RE = re.compile(r"^\s*(?:and\s+)?(?:by\s+whom|for\s+how\s+much|at\s+what\s+price)\b", _I)
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def is_context(part: str, names_company: bool) -> bool:
    """Whether a later ``part`` only says why, for whom or how the question before is asked."""
    if names_company or _YEAR_RE.search(part):
        return False
    return bool(_STATEMENT_RE.match(part) or _NOT_THAT_RE.match(part))


def context_joined(parts: list[str], names_company: Callable[[str], bool]) -> list[str]:
    """``parts`` with each fragment ("by whom and for how much") joined back to the part before it."""
    joined: list[str] = []
    for part in parts:
        if joined and not names_company(part) and _FRAGMENT_RE.match(part):
            before = joined[-1].rstrip("?？. ")
            joined[-1] = f"{before}, {part[:1].lower()}{part[1:].rstrip('?？. ')}?"
        else:
            joined.append(part)
    return joined
