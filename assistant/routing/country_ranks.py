"""A ranking of the buyers' countries, not of the buyers: "which buyer country spent the most in 2025?".

"Which country's pharma companies paid the most?", "deal value by licensee country", "what nationality
were the busiest buyers", "哪个国家的买家": the groups ranked are the licensees' countries (companies.csv),
each summing the deals of its companies. A plan that ranked the licensees themselves answered a
different question with a company's figure. Only the buyer side is ranked by country: the licensors
are the Chinese companies, so "which country's drugmakers licensed out the most" keeps its plan.
The examples are the tests (``tests/test_session9_lead.py``).
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_COUNTRY_RE = re.compile(
    r"\b(?:which|what)\s+(?:buyer'?s?\s+|buying\s+|licensee'?s?\s+|acquirer\s+|partner\s+|home\s+)?"
    r"(?:country|countries|nation|nations|nationality)\b|"
    r"\b(?:buyer|licensee|acquirer|partner|pharma|company|companies)(?:'s|s'|s)?\s+(?:home\s+)?(?:country|countries|nationality|nationalities)\b|"
    r"\b(?:by|per|for each|each)\s+(?:buyer\s+|licensee\s+|acquirer\s+|home\s+)?(?:country|nationality)\b|"
    r"\bcountry of (?:the )?(?:buyers?|licensees?|acquirers?)\b|国家|哪国|国别",
    re.IGNORECASE,
)
# The seller's side asked by country: every licensor is Chinese, so no buyer ranking answers it.
_SELLER_RE = re.compile(r"\b(?:licensors?|sellers?|drugmakers?|biotechs?|out-?licens\w*)\b", re.IGNORECASE)
_BUYER_RE = re.compile(
    r"\b(?:buyers?|licensees?|acquirers?|pharmas?|multinationals?|mncs?|paid|spent|spend|pay|bought|buy|in-?licens\w*)\b|买家|买方",
    re.IGNORECASE,
)

# "2025 upfronts by buyer country": a breakdown over the countries
_BY_RE = re.compile(
    r"\b(?:by|per|for each|each|across)\s+(?:buyer'?s?\s+|licensee'?s?\s+|acquirer\s+|home\s+)?(?:country|countries|nationality)\b|按国家|分国家",
    re.IGNORECASE,
)
# "which country had the most buyers": the countries by their number of different buyers
_MOST_BUYERS_RE = re.compile(
    r"\b(?:most|fewest|more)\s+(?:different\s+|distinct\s+)?(?:buyers|licensees|acquirers|pharmas|companies|partners)\b",
    re.IGNORECASE,
)


def countries_ranked(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A ranking (or a breakdown) asked by the buyers' country, by licensee country; otherwise ``calls`` unchanged."""
    if len(calls) != 1 or calls[0].tool not in ("rank", "aggregate") or not _COUNTRY_RE.search(question):
        return calls
    args = calls[0].args
    key = "dimension" if calls[0].tool == "rank" else "group_by"
    if key == "group_by" and args.get(key) is None and args.get("operation") in ("sum", "count"):
        if _BY_RE.search(question):  # "2025 upfronts by buyer country"
            return [calls[0].model_copy(update={"args": {**args, key: "licensee_country"}})]
        return calls
    if calls[0].tool == "rank" and args.get("metric") == "partners":  # "which country had the most buyers"
        if not _MOST_BUYERS_RE.search(question):
            return calls
    elif (
        args.get("metric") == "announced"
        or args.get(key) not in ("licensee", "licensor", "deal")
        or (args.get(key) != "licensee" and (_SELLER_RE.search(question) or not _BUYER_RE.search(question)))
    ):
        return calls
    return [calls[0].model_copy(update={"args": {**args, key: "licensee_country"}})]
