"""A bare sum asked after a listing: "In 2024 which Chinese companies did Merck license from, and what did the
upfronts add up to?".

Split in two, the second part ("What did the upfronts add up to in 2024?") names no deals of its own and was
read as a tracker's market upfront total, so the sum the asker wanted (Merck's three 2024 upfronts, $1.4bn)
was dropped. A bare sum of a deal measure ("what did the upfronts add up to", "how much did the upfronts sum
to", "their upfronts in total") right after a part that lists deals or companies ("which Chinese companies
did X license from", "list the ADC deals of 2025", "who did Roche license from in 2025") is asked over the
listing's own deals: "<the listing> - <the sum>". Not changed: a sum that names its own company or period
beyond the year carried onto it, and a sum after a count (``count_and_sum.sum_after_count`` does that).
"""

from __future__ import annotations

import re

from assistant.routing.wording import FIND_RE, WHAT_LICENSED_RE

_I = re.IGNORECASE
_MEASURE = r"(?:up[\s-]?fronts?|ufs?|milestones?|equity(?:\s+investments?)?|(?:deal|headline|total)\s+values?|biobucks)"
_SUM_VERB = r"(?:add(?:s|ed)?\s+up(?:\s+to)?|sum(?:s|med)?\s+to|c[oa]me?s?\s+to(?:\s+in\s+total)?|amount(?:s|ed)?\s+to|total(?:l?ed)?)"
# "what did the upfronts add up to", "how much did the upfronts sum to", "what do their milestones come to"
_BARE_SUM_RE = re.compile(
    rf"^\s*(?:and\s+)?(?:in\s+(?:19|20)\d\d\s*[:,]\s*)?(?:(?:what|how\s+much)\s+(?:(?:do|did|does|would)\s+)?)?"
    rf"(?:the\s+|their\s+)?{_MEASURE}(?:\s+payments?)?\s+{_SUM_VERB}(?:\s+in\s+(?:19|20)\d\d)?\s*[?.!]*\s*$",
    _I,
)
# "which Chinese companies did Merck license from", "who did Roche license from", "list the ADC deals"
_WHO_FROM_RE = re.compile(r"^\s*(?:in\s+(?:19|20)\d\d\s*,?\s*)?who\s+(?:did|has|have)\b[^?]{0,60}\blicen[cs]ed?\b", _I)
_COUNT_RE = re.compile(r"\bhow\s+many\b|\bnumber\s+of\b|\bcount\b", _I)
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _lists(part: str) -> bool:
    if _COUNT_RE.search(part):
        return False
    return bool(FIND_RE.search(part) or WHAT_LICENSED_RE.search(part) or _WHO_FROM_RE.search(part))


def sum_after_list(parts: list[str]) -> list[str]:
    """``parts`` with each bare sum after a listing asked over the listing's deals; else ``parts``."""
    out = list(parts)
    for index in range(1, len(out)):
        found = _BARE_SUM_RE.match(out[index])
        sum_years = set(_YEAR_RE.findall(out[index]))
        if sum_years and not sum_years <= set(_YEAR_RE.findall(out[index - 1])):
            continue  # "List Hengrui's 2024 deals, and what did the upfronts add up to in 2025?": a year of its own
        if found and _lists(out[index - 1]):
            bare = re.sub(
                r"^\s*(?:and\s+)?in\s+(?:19|20)\d\d\s*[:,]\s*|\s+in\s+(?:19|20)\d\d(?=\s*[?.!]*\s*$)",
                "",
                out[index],
                flags=_I,
            )
            listing = out[index - 1].strip().rstrip("?.! ")
            out[index] = f"{listing} - {bare.strip()[:1].lower()}{bare.strip()[1:]}"
    return out
