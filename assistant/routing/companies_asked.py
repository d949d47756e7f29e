"""A list asked for companies, not deals: "which Chinese companies did Merck license from?", "name every Chinese
partner AbbVie signed with last year", "who has AstraZeneca done deals with?", "which biotechs licensed ADCs in
2025?". The deals are listed as before, and the answer also counts and names the different companies of the side
asked (``FindDealsArgs.companies``): six Merck deals are five licensors, and "how many partners" is five.

The side is the one across from a company the filter names (Merck is the licensee, so its partners are licensors);
with no company named, the noun says it (buyers, pharmas, licensees: licensees; biotechs, drugmakers, licensors:
licensors).
"""

from __future__ import annotations

import re

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_SELLERS = r"(?:compan(?:y|ies)|firms?|biotechs?|drugmakers?|licensors?|sellers?|developers?|pharma companies)"
_BUYERS = r"(?:buyers?|licensees?|pharmas?|multinationals?|mncs?|acquirers?)"
_ASKED_RE = re.compile(
    rf"\b(?:which|what|name\s+(?:every|all|the|each)|list\s+(?:every|all|the|each)|every|all\s+the)\s+"
    rf"(?:(?:chinese|china|western|global|big|foreign|other)\s+)*(?P<noun>{_SELLERS}|{_BUYERS}|partners?|counterpart(?:ie)?s?)\b|"
    r"\bwho\s+(?:did|has|have|had|does|do)\b[^?]{1,40}?\b(?:sign\w*|deal\w*|partner\w*|licen[cs]\w*|work\w*|"
    r"team\w*|do(?:ne)? deals?)\b[^?]{0,20}?\b(?:with|from|to)\b(?P<who>)",
    _I,
)


def companies_asked(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A lone list asked for companies, told to count and name them; any other plan unchanged."""
    found = _ASKED_RE.search(question)
    if found is None or len(calls) != 1 or calls[0].tool != "find_deals" or calls[0].args.get("companies"):
        return calls
    wanted = dict(calls[0].args.get("filter") or {})
    noun = (found.group("noun") or "").lower()
    if wanted.get("licensee") and not wanted.get("licensor"):
        side = "licensor"
    elif (wanted.get("licensor") and not wanted.get("licensee")) or re.fullmatch(_BUYERS, noun, _I):
        side = "licensee"
    elif re.fullmatch(_SELLERS, noun, _I):
        side = "licensor"
    else:
        return calls  # "which partners" with no company named: which side is not said
    return [calls[0].model_copy(update={"args": {**calls[0].args, "companies": side}})]
