"""A tracker's upfront total asked against something other than its upfront plus milestones.

The "upfront as a share" rule (``tracker_shares``) reads any "%" of a tracker's upfront as the upfront over upfront
plus milestones. Two other questions share its words:

* "upfront as % of (the) potential milestones", "upfronts as a % of milestones", "upfront-to-milestone ratio":
  the upfront over the milestones alone (``derive="upfront_to_milestones"``); "% of upfront plus milestones" or
  "of the total" keeps the share.
* "biotochina tracker: total upfronts 2024 vs 2023, % up", "how much did its upfront total grow from 2023 to
  2024": two years and a word of change ask the growth of the upfront total between them (``derive="growth"``).
"""

from __future__ import annotations

import re

from assistant.routing.growth_order import GROWTH_WORD_RE
from assistant.routing.tracker_shares import UPFRONT_AGAINST_MILESTONES_RE
from assistant.routing.wording import RATIO_WORD_RE
from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
# "% of (the) potential milestones", "as a percent of milestones", "upfront-to-milestones ratio", "vs milestones, %"
_OF_MILESTONES_RE = re.compile(
    r"\b(?:%|percent(?:age)?|share|fraction|proportion|ratio)\s+(?:of|to)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:potential|possible|biobucks|contingent|total)\s+)*milestones?\b|"
    r"%\s*(?:of|to)\s+(?:the\s+|its\s+)?(?:potential\s+)?milestones?\b|"
    r"\bupfronts?[- ]to[- ]milestones?\b",
    _I,
)
# "upfront plus milestones", "upfront + milestones", "upfront and milestones combined": the share of both
_BOTH_RE = re.compile(r"\bupfronts?(?:\s+payments?)?\s*(?:\+|plus|and|&)\s*(?:potential\s+)?milestones?\b", _I)
# "% up", "up how much", "rise", "jump": a change asked beside two years
_UP_RE = re.compile(r"%\s*up\b|\bup\s+by\b|\bhow much (?:higher|more)\b|\b(?:rise|rose|jump(?:ed)?|climb(?:ed)?)\b", _I)
_YEAR_RE = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
# the milestones over the upfront, said in that order: "ratio of milestones to upfront", "milestones/upfront"
_MILESTONES_OVER_RE = re.compile(
    r"\b(?:potential\s+)?milestones?\s*(?:-|\s)?(?:to|over|/|÷|divided by)(?:-|\s)*(?:the\s+)?up-?fronts?\b", _I
)


def upfront_read(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """A tracker's upfront share call re-aimed at its growth between two years or at its ratio to the milestones
    alone, as the question asks; else ``calls``."""
    if len(calls) != 1 or calls[0].tool != "market_stat" or calls[0].args.get("derive") != "upfront_share":
        return calls
    args = calls[0].args
    years = sorted(set(_YEAR_RE.findall(question)))
    if len(years) == 2 and (GROWTH_WORD_RE.search(question) or _UP_RE.search(question)):
        grown = {**args, "metric": "upfront_total", "derive": "growth", "period": years[1], "compare_period": years[0]}
        return [ToolCall(tool="market_stat", args=grown)]
    if _MILESTONES_OVER_RE.search(question):  # "upfront vs milestones - what's the ratio of milestones to upfront?"
        return [
            ToolCall(tool="market_stat", args={**args, "metric": "milestones_total", "derive": "milestones_multiple"})
        ]
    against = UPFRONT_AGAINST_MILESTONES_RE.search(question) and RATIO_WORD_RE.search(question)  # "vs ms, ratio?"
    if (_OF_MILESTONES_RE.search(question) or against) and not _BOTH_RE.search(question):
        return [ToolCall(tool="market_stat", args={**args, "derive": "upfront_to_milestones"})]
    return calls
