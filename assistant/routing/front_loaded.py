"""Two deals' upfront shares of their totals compared: each deal's own upfront as a % of its total value.

"upfront/total ratio, Curon-Merck vs 3SBio-Pfizer - which is more front-loaded?" was read as one comparison of the
two upfronts ($550 million less, 44% less), not each deal's upfront share of its total (53.8% against 20.7%).
When a question asks the upfront over the total ("upfront/total", "upfront as % of total", "share of the
headline", "front-loaded", "首付占比") and names exactly two deals, it is asked once per deal as "Upfront as % of
total: <licensor>–<licensee> deal announced <date>?", which the router reads as the deal's upfront set against its
own total (the answer states the share). "Upfront as % of total: Hengrui–GSK vs CSPC–AstraZeneca 2026" had split
so already; the "ratio" and "front-loaded" wordings had not.

The two multiples are asked the same way: "compare the TV/UF multiple of the CSPC AstraZeneca obesity deal with the
3SBio Pfizer deal" had compared the two upfronts; it is asked once per deal as "Total value as a multiple of the
upfront: …" (total ÷ upfront), and "milestones-to-upfront ratio" as "Milestones as a multiple of the upfront: …".
"""

from __future__ import annotations

import re
from typing import Any

from assistant.routing.deal_gap import ANOTHER_ASK_RE
from assistant.routing.deal_pairs import named_deals

_I = re.IGNORECASE
_UPFRONT = r"(?:up[\s-]?fronts?|首付款?)"
_TOTAL = r"(?:totals?|headlines?|(?:total\s+|deal\s+)?values?|biobucks|总额|总价值)"
# "upfront/total ratio", "upfront as % of total", "upfront share of the headline", "front-loaded", "首付占比"
_SHARE_RE = re.compile(
    rf"{_UPFRONT}\s*(?:/|-?to-?|:)\s*{_TOTAL}|{_UPFRONT}[^?.]{{0,30}}?(?:%|percent|share|proportion|fraction)\s+of\s+"
    rf"(?:the\s+|its\s+|their\s+)?{_TOTAL}|\bfront-?load(?:ed|ing)\b|{_UPFRONT}\s*(?:占比|占[^?？]{{0,6}}比例)",
    _I,
)


# "TV/UF", "total-to-upfront multiple", "headline over upfront", "multiple on the upfront", "upfront multiple"
_TOTAL_MULTIPLE_RE = re.compile(
    rf"\bTV\s*/\s*UF\b|{_TOTAL}\s*(?:/|÷|-?to-?|:|over)\s*{_UPFRONT}|"
    rf"\bmultiples?\s+(?:of|on|over|to)\s+(?:the\s+|its\s+|their\s+)?{_UPFRONT}|{_UPFRONT}\s+multiples?\b",
    _I,
)
# "milestones-to-upfront ratio", "milestones/upfront", "milestone multiple"
_MILESTONE_MULTIPLE_RE = re.compile(
    rf"\bmilestones?\s*(?:/|÷|-?to-?|:|over)\s*{_UPFRONT}|\bmilestones?\s+multiples?\b|\bMS\s*/\s*UF\b", _I
)


def _asked_as(question: str) -> str | None:
    """How each deal's ratio is asked: milestones over upfront, total over upfront or upfront over total."""
    if _MILESTONE_MULTIPLE_RE.search(question):
        return "Milestones as a multiple of the upfront"
    if _TOTAL_MULTIPLE_RE.search(question):
        return "Total value as a multiple of the upfront"
    if _SHARE_RE.search(question):
        return "Upfront as % of total"
    return None


def front_loading_parts(question: str, spans: Any) -> list[str] | None:
    """One "Upfront as % of total" ask per deal when ``question`` sets two named deals' upfront shares against each
    other; else None. "upfront/total ratio, Curon-Merck vs 3SBio-Pfizer - which is more front-loaded?" ->
    ["Upfront as % of total: Curon Biopharmaceutical–Merck & Co. deal announced 2024-08-09?", "… 3SBio–Pfizer …"]."""
    router = getattr(spans, "__self__", None)
    entities, deals = getattr(router, "entities", None), getattr(getattr(router, "coverage", None), "deals", None)
    asked_as = _asked_as(question)
    if entities is None or deals is None or asked_as is None or ANOTHER_ASK_RE.search(question):
        return None  # "…more front-loaded than …, and what were their milestones?": split as before
    named = named_deals(question, deals, entities)
    if len(named) != 2:
        return None
    return [f"{asked_as}: {deal.licensors[0]}–{deal.licensees[0]} deal announced {deal.announced}?" for deal in named]
