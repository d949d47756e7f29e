"""A deal named only to say it is counted in: "Including the 2022 Akeso/Summit ivonescimab deal, sum the upfronts
of every PD-1/VEGF or PD-L1/VEGF bispecific deal you hold" (phrasing_legal26), "Counting the 2022 Akeso/Summit deal
as well, how many PD-(L)1 x VEGF bispecific antibody licences are in the table …?" (outsider122).

The clause names the companies of one deal, and the router read them as the question's parties: the answer was
that one deal's upfront ($500 million) where the sum over the kind was asked ($2.998 billion). The clause says the
set asked includes that deal; our table already holds it (a pre-2024 deal is a context row, counted by default).
Read here: an "including / counting / incl." clause that names a company and a deal word ("deal", "licence",
"one", "agreement"), beside an ask over a set ("every", "all", "each", "how many", "sum", "total", a plural of
deals) that names no company outside the clause. The clause is set aside and the rest read as asked.
"""

from __future__ import annotations

import re

from assistant.routing.entities import EntityIndex

_CLAUSE_RE = re.compile(
    r"(?:^|(?<=[,;(—–]))\s*(?:including|counting|incl\.?|if you (?:include|count))\s+(?:the\s+)?"
    r"[^,;()?]{0,60}?\b(?:deal|licen[cs]e|agreement|one|transaction)\b(?:\s+(?:as well|too|also))?\s*(?:[,;)—–]\s*|$)",
    re.IGNORECASE,
)
_SET_RE = re.compile(
    r"\b(?:every|all|each|how many|sum|summ?ed|total|add(?:ed)? up|average|median)\b|\b(?:deals|licen[cs]es|agreements)\b",
    re.IGNORECASE,
)


def without_included_deal(question: str, entities: EntityIndex) -> str:
    """``question`` without a clause that only counts one named deal in (the module's docstring); else as asked."""
    match = _CLAUSE_RE.search(question)
    if match is None:
        return question
    rest = f"{question[: match.start()]} {question[match.end() :]}".strip()
    if not entities.find_companies(match.group()).mentions or entities.find_companies(rest).mentions:
        return question
    if not _SET_RE.search(rest) or len(rest.split()) < 4:
        return question
    return rest[:1].upper() + rest[1:]
