"""Two deals' upfront shares of their totals compared: each deal's own upfront as a % of its total value.

"upfront/total ratio, Curon-Merck vs 3SBio-Pfizer - which is more front-loaded?" was read as one comparison of the
two upfronts ($550 million less, 44% less), not each deal's upfront share of its total (53.8% against 20.7%).
When a question asks the upfront over the total ("upfront/total", "upfront as % of total", "share of the
headline", "front-loaded", "首付占比") and names exactly two deals, it is asked once per deal as "Upfront as % of
total: <licensor>–<licensee> deal announced <date>?", which the router reads as the deal's upfront set against its
own total (the answer states the share). "Upfront as % of total: Hengrui–GSK vs CSPC–AstraZeneca 2026" had split
so already; the "ratio" and "front-loaded" wordings had not.
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


def front_loading_parts(question: str, spans: Any) -> list[str] | None:
    """One "Upfront as % of total" ask per deal when ``question`` sets two named deals' upfront shares against each
    other; else None. "upfront/total ratio, Curon-Merck vs 3SBio-Pfizer - which is more front-loaded?" ->
    ["Upfront as % of total: Curon Biopharmaceutical–Merck & Co. deal announced 2024-08-09?", "… 3SBio–Pfizer …"]."""
    router = getattr(spans, "__self__", None)
    entities, deals = getattr(router, "entities", None), getattr(getattr(router, "coverage", None), "deals", None)
    if entities is None or deals is None or not _SHARE_RE.search(question) or ANOTHER_ASK_RE.search(question):
        return None  # "…more front-loaded than …, and what were their milestones?": split as before
    named = named_deals(question, deals, entities)
    if len(named) != 2:
        return None
    return [
        f"Upfront as % of total: {deal.licensors[0]}–{deal.licensees[0]} deal announced {deal.announced}?"
        for deal in named
    ]
