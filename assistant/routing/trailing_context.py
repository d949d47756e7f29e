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
  how much", or only says which of the table's sections to count ("Exclude the context and borderline rows.",
  outsider110): it is put back onto that question, which is read whole ("..., excluding the context and
  borderline rows?"), so the sections it names filter the question instead of being searched in the articles.

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
# which of the table's sections to count, said on its own: "Exclude the context and borderline rows", "leave out the
# borderline ones", "main rows only", "include the borderline deals"
_SECTIONS_RE = re.compile(
    r"^\s*(?:(?:please|pls|and)\s+)?(?:(?P<verb>exclude|excluding|leave\s+out|leaving\s+out|omit|drop|ignore|skip|"
    r"without|not\s+counting|don'?t\s+count|do\s+not\s+count|include|including|count(?:ing)?\s+in)\s+(?:the\s+)?"
    r"(?:context|borderline)(?:\s*(?:and|or|&|/|,)\s*(?:the\s+)?(?:context|borderline))?|(?:the\s+)?(?:main|core)\s+"
    r"(?:rows|deals|section|scope)\s+only|only\s+(?:the\s+)?(?:main|core)\s+(?:rows|deals|section|scope))"
    r"(?:\s+(?:rows?|deals?|ones|entries|cases|sections?))?\s*[.?!]*\s*$",
    _I,
)
_VERB_ING = {"exclude": "excluding", "include": "including", "omit": "omitting", "drop": "dropping", "skip": "skipping"}
_YEAR_RE = re.compile(r"\b(?:19|20)\d\d\b")


def is_context(part: str, names_company: bool) -> bool:
    """Whether a later ``part`` only says why, for whom or how the question before is asked."""
    if names_company or _YEAR_RE.search(part):
        return False
    return bool(_STATEMENT_RE.match(part) or _NOT_THAT_RE.match(part))


def context_joined(parts: list[str], names_company: Callable[[str], bool]) -> list[str]:
    """``parts`` with each fragment ("by whom and for how much", "Exclude the borderline rows") joined back to the part
    before it."""
    joined: list[str] = []
    for part in parts:
        sections = _SECTIONS_RE.match(part)
        if joined and not names_company(part) and (_FRAGMENT_RE.match(part) or sections):
            before = joined[-1].rstrip("?？. ")
            said = part.strip().rstrip("?？.! ")
            verb = sections.group("verb") if sections else None
            if (
                verb and verb.lower() in _VERB_ING
            ):  # "Exclude the context rows" read as "..., excluding the context rows"
                said = said.replace(verb, _VERB_ING[verb.lower()], 1)
            joined[-1] = f"{before}, {said[:1].lower()}{said[1:]}?"
        else:
            joined.append(part)
    return joined
