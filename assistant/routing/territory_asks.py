"""One deal's territory asked on its own, and the places its licensor kept.

- "which territories did GSK get in the hengrui deal", "what regions does GSK hold under the Hengrui licence",
  "where can Summit sell ivonescimab": the deal's territory, led by it (``get_deal`` with metric "territory");
  the full terms had put it sixth, after the upfront, milestones, total, equity and royalties.
  ``territory_led`` puts it on the call (in ``buckets.reshaped``).
- "and which markets did Akeso keep?", "what territories did Hengrui retain?": the places the licence leaves
  with the licensor, which the territory column states. The verb "keep" had read as the market statistic
  "money kept after a termination" and was refused; ``places_not_money`` drops that reading (in
  ``analyst.refine``) so the deal is looked up.

A territory asked beside one term ("the upfront and the territory", "royalties + terr?") asks the full terms, which
give both (the one term's lookup had dropped the territory); "why" questions stay with the articles. Examples are the tests in ``tests/test_textfu13b.py``.
"""

from __future__ import annotations

import re
from typing import Any

from assistant.tools.schema import ToolCall

_I = re.IGNORECASE
_PLACES = r"(?:territor(?:y|ies)|markets?|regions?|countries|geograph(?:y|ies)|rights)"
_KEEP = r"(?:keep|keeps|kept|retain|retains|retained|hold\s+on\s+to|held\s+on\s+to|holds\s+on\s+to|reserved?)"
# "which markets did Akeso keep", "what territories did Hengrui retain", "Akeso kept which regions"
KEPT_PLACES_RE = re.compile(
    rf"\b(?:which|what)\s+(?:\w+\s+){{0,2}}?{_PLACES}\b[^?.]{{0,40}}\b{_KEEP}\b|\b{_KEEP}\s+(?:which|what)\s+"
    rf"(?:\w+\s+){{0,2}}?{_PLACES}\b",
    _I,
)
# "which territories", "what territory", "which markets/regions/countries did X get", "where can X sell it"
_TERRITORY_ASK_RE = re.compile(
    r"\bterritor(?:y|ies)\b|\b(?:which|what)\s+(?:markets|regions|countries|geograph(?:y|ies))\b"
    r"(?=[^?]{0,40}\b(?:get|got|gets|hold|holds|held|keep|keeps|kept|sell|sells|licen[cs]ed?|rights?|covers?|took|"
    r"take|takes|retain\w*|market)\b)|"
    r"\bwhere\s+(?:can|could|may|does|did|will)\b[^?.]{0,40}\b(?:sell|market|commerciali[sz]e)\b",
    _I,
)
# Another term asked beside the territory: the full terms answer both.
_OTHER_TERM_RE = re.compile(
    r"\b(?:upfronts?|up[\s-]front|milestones?|biobucks|total|value|worth|royalt(?:y|ies)|equity|status|closed?|"
    r"terminat\w*|paid|pay|payments?|why|how\s+come|largest|biggest|rank\w*|compare\w*|versus|vs)\b",
    _I,
)


# a term and the territory joined in one ask: "royalties + territory", "upfront and territory", "territory & equity"
_TERM = r"(?:upfronts?|up[\s-]front|milestones?|royalt(?:y|ies)|equity|status|total(?:\s+value)?)"
_BESIDE_A_TERM_RE = re.compile(
    rf"\b{_TERM}\s*(?:\+|&|and|,|;|/|plus)\s*(?:the\s+)?territor(?:y|ies)\b|"
    rf"\bterritor(?:y|ies)\s*(?:\+|&|and|,|;|/|plus)\s*(?:the\s+)?{_TERM}",
    _I,
)
_ONE_TERM = ("upfront", "milestones", "total", "equity", "royalties", "status")


def asks_territory(question: str) -> bool:
    """The question asks one deal's territory (or the places kept) and no other term: "which territories did GSK
    get in the hengrui deal" yes; "Hengrui-GSK upfront and territory" no."""
    asked = _TERRITORY_ASK_RE.search(question) or KEPT_PLACES_RE.search(question)
    return bool(asked) and not _OTHER_TERM_RE.search(question)


def territory_led(calls: list[ToolCall], question: str) -> list[ToolCall]:
    """One deal's lookup asked only for its territory asks for the territory: the full terms, or a figure carried
    from the turn before ("and which markets did Akeso keep?" after Summit's upfront), which the question does
    not ask."""
    if len(calls) != 1 or calls[0].tool != "get_deal" or calls[0].args.get("plus"):
        return calls
    if _BESIDE_A_TERM_RE.search(question) and calls[0].args.get("metric") in _ONE_TERM:
        # "royalties + terr?", "upfront and territory": one term's lookup had dropped the territory; the full
        # terms give both (outsider104)
        return [ToolCall(tool="get_deal", args={k: v for k, v in calls[0].args.items() if k != "metric"})]
    if not asks_territory(question):
        return calls
    return [ToolCall(tool="get_deal", args={**calls[0].args, "metric": "territory"})]


def places_not_money(slots: Any, text: str) -> None:
    """ "which markets did Akeso keep?" keeps places, not money: no "retained after termination" statistic."""
    if slots.market_metric == "retained_after_termination" and KEPT_PLACES_RE.search(text):
        slots.market_metric = None
