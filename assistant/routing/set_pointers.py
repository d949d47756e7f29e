"""Follow-ups that point back at the set of deals the turn before asked about, or at the one deal it named.

The turn before read a set through a filter ("which 2024 deals had an upfront of $100M or more",
"metabolic disease deals in 2025 - how many?", "List AbbVie's Chinese licensing partners"). A follow-up
that points at that set keeps every filter of it:

- "how many of those had an american buyer" counts US licensees among those deals (it counted the
  whole table's US licensees); "只看2026年的呢，几笔？" after "你们表里有几笔siRNA交易？" counts the 2026
  siRNA deals (it counted every 2026 deal). The filters of the turn before are added to the follow-up's
  own, which win where both say one thing.
- "what's the average upfront across those three?" after a top three averages those three deals (it averaged every
  deal of the year the ranking was over).
- "largest of them by potential value?", "ok which of them paid the most upfront?" ranks the deals of
  that set by the measure and names the first (it summed the set, or ranked AbbVie against itself);
  "which of those licensors got the most upfront combined?" ranks that side within the set. A follow-up
  naming its own sides ("which of those was smaller, LaNova or Hengrui?") or a side that is no one party
  ("partners", "companies") is left to the other readers.

A follow-up that sets one deal apart ("how many other ADC deals has roche done apart from this one?"
after "innovent roche upfront") counts the kind without that deal and without its two parties unless
the follow-up names them again (it counted the deal itself, or only the pair's deals).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.routing.intents import Slots
from assistant.routing.state import RouteState
from assistant.tools.schema import ToolCall

# "of those", "among them", "those buyers", "these deals", "其中", "只看2026年的呢" (only the 2026 ones of them)
_OF_THE_SET_RE = re.compile(
    r"\b(?:of|among|from|within|across|over)\s+(?:those|these|them|that\s+(?:set|list|group))\b|"
    r"\b(?:those|these)\s+(?:deals?|ones|buyers|licensees|licensors|partners|companies|rows|transactions|two|three|"
    r"four|five|ten|\d{1,2})\b|"
    r"其中|这些|那些|^\W*(?:那|那么)?只看|"
    # "Which ones were with GSK?" after Hansoh's deals listed (outsider156): the list narrowed, not GSK's deals
    r"^\W*(?:and\s+|ok\s+|so\s+)?which\s+ones\s+(?:were|are|was|is|had|have|involved)\b|"
    # "only upfront >= $100m", "just the 2025 ones" after a list (outsider130): that list narrowed
    r"^\W*(?:and\s+|ok\s+|now\s+)?(?:only|just)\b(?!\s+(?:one|the\s+one)\b)",
    re.IGNORECASE,
)
# "largest of them", "which of those deals was worth the most", "biggest of these by upfront?", "which was bigger of those"
_WAYS = r"largest|biggest|highest|most|top|smallest|lowest|least|larger|bigger|higher|greater|smaller|lower|less"
_TOP_OF_THE_SET_RE = re.compile(
    rf"\b(?P<way>{_WAYS})\b[^?]{{0,40}}?\b(?:of|among)\s+(?:those|these|them)\b|"
    rf"\bwhich\s+(?:one\s+)?(?:of|among)\s+(?:those|these|them)\b(?:\s+deals?)?[^?]{{0,50}}?\b(?P<way2>{_WAYS})\b",
    re.IGNORECASE,
)
# a deal's size said alone ("which was bigger of those"): its value, with no measure named
_SIZE_RE = re.compile(r"\b(?:big|bigg|larg|small)(?:er|est)\b", re.IGNORECASE)
# a measure of money asked ("by potential value", "paid the most upfront", "worth the most")
_MONEY_RE = re.compile(r"\b(?:value|worth|paid|pay|upfronts?|milestones?|headline|biobucks|size|money)\b", re.I)
# a bound, not a ranking: "which of these had less than $100 million upfront?"
_BOUND_RE = re.compile(r"\bthan\b|\$\s?\d|\b\d[\d.,]*\s*(?:m|mn|bn|b|million|billion)\b", re.IGNORECASE)
_SMALL = frozenset(["smallest", "lowest", "least", "smaller", "lower", "less"])
# "apart from this one", "besides that deal", "other than this one", "excluding this deal"
_BESIDES_RE = re.compile(
    r"\b(?:besides|apart\s+from|other\s+than|aside\s+from|excluding|except(?:\s+for)?|not\s+counting)\s+"
    r"(?:this|that|the)\s+(?:one|deal|agreement|licen[cs]e)\b",
    re.IGNORECASE,
)
# the side a follow-up ranks within the set: "which of those licensors got the most upfront combined?"
_SIDE_RE = re.compile(
    r"\b(?P<side>licensors?|licensees?|buyers?|sellers?|partners?|companies|company|pharmas?|biotechs?)\b", re.I
)
_SIDES = {
    "licensor": "licensor",
    "licensors": "licensor",
    "seller": "licensor",
    "sellers": "licensor",
    "licensee": "licensee",
    "licensees": "licensee",
    "buyer": "licensee",
    "buyers": "licensee",
}
_SET_TOOLS = frozenset(["find_deals", "aggregate", "rank"])
_PARTIES = ("licensor", "licensee", "company")


def kept_set(
    question: str, own: Slots, previous: RouteState, calls: list[ToolCall], deals_of: Callable[[RouteState], list[str]]
) -> dict[str, Any] | None:
    """What the follow-up asks of the set (or beside the deal) the turn before named, as the fields of a
    ``deal_sets.Rewrite``; None when it points at neither."""
    if _BESIDES_RE.search(question):
        return _beside_the_deal(question, own, previous, calls, deals_of)
    before = _set_filter(previous)
    if before is None:
        return None
    top = _TOP_OF_THE_SET_RE.search(question)
    sized = own.metrics or _MONEY_RE.search(question) or _SIZE_RE.search(question)
    side = _SIDE_RE.search(question)
    # "which of those was smaller, LaNova or Hengrui?" names its sides; "which of those partners" names no one side
    named = own.companies or (side and side.group("side").lower() not in _SIDES)
    if top and sized and not own.count and not _BOUND_RE.search(question) and not named:
        metric = next((call.args["metric"] for call in calls if call.args.get("metric")), None)
        metric = metric or own.metric or "total"
        dimension = _SIDES[side.group("side").lower()] if side else "deal"  # "which of those licensors got most"
        within = dict(before)
        ranked = previous.calls[0]
        if ranked.tool == "rank" and (ranked.args.get("n") or 1) >= 2 and (listed := deals_of(previous)):
            within["deal_ids"] = listed  # "which of those was biggest by total value" after "top 3 by upfront in 2025"
        # "which of those had the largest upfront, and which was second?" (read "top 2"): that many places
        rank: dict[str, Any] = {"dimension": dimension, "metric": metric, "filter": within, "n": max(own.n or 1, 1)}
        if (top.group("way") or top.group("way2") or "").lower() in _SMALL:
            rank["ascending"] = True
        return {
            "kind": "rank",
            "calls": [ToolCall(tool="rank", args=rank)],
            "standalone": f"{question} (of the deals in: {previous.standalone})",
            "rule": "the top deal of the set before",
        }
    if not _OF_THE_SET_RE.search(question) or not calls or any(call.tool not in _SET_TOOLS for call in calls):
        return None
    if any(call.tool == "rank" and call.args.get("dimension", "deal") != "deal" for call in calls):
        return None  # "which of those buyers paid most": a ranking of companies, read as asked
    ranked, pointed = previous.calls[0], re.search(r"\b(?:those|these|them)\b", question, re.IGNORECASE)
    if pointed and ranked.tool == "rank" and (ranked.args.get("n") or 1) >= 2 and (listed := deals_of(previous)):
        before = {**before, "deal_ids": listed}  # "the average upfront across those three" after a top three
    # ("only the ADC ones" after a top five ranks the year's ADC deals again: the filter narrows, not the five)
    kept = [_narrowed(call, before) for call in calls]
    return {
        "kind": calls[0].tool,
        "calls": kept,
        "standalone": f"{question} (of the deals in: {previous.standalone})",
        "rule": "a follow-up over the set before",
    }


def _set_filter(previous: RouteState) -> dict[str, Any] | None:
    """The filter of the one set the turn before read; None after one deal, a tracker figure or a ranking of companies."""
    if len(previous.calls) != 1 or previous.calls[0].tool not in _SET_TOOLS:
        return None
    call = previous.calls[0]
    if call.tool == "rank" and call.args.get("dimension", "deal") != "deal":
        return None
    if call.args.get("group_by"):
        return None
    wanted = {key: value for key, value in (call.args.get("filter") or {}).items() if value not in (None, [], "")}
    return wanted if set(wanted) - {"exclusive", "scopes"} else None


def _narrowed(call: ToolCall, before: dict[str, Any]) -> ToolCall:
    """``call`` with every filter of the set before that it does not set itself."""
    own = dict(call.args.get("filter") or {})
    for key, value in before.items():
        if own.get(key) in (None, [], ""):
            own[key] = value
    if before.get("exclusive") and own.get("exclusive") != before["exclusive"]:
        own["exclusive"] = list(dict.fromkeys([*(own.get("exclusive") or []), *before["exclusive"]]))
    return ToolCall(tool=call.tool, args={**call.args, "filter": own})


def _beside_the_deal(
    question: str, own: Slots, previous: RouteState, calls: list[ToolCall], deals_of: Callable[[RouteState], list[str]]
) -> dict[str, Any] | None:
    """The follow-up's set without the one deal the turn before named, nor its parties unless named again."""
    if not calls or any(call.tool not in ("find_deals", "aggregate") for call in calls):
        return None
    if not previous.calls or any(call.tool != "get_deal" for call in previous.calls):
        return None
    ids = deals_of(previous)
    if len(ids) != 1:
        return None
    said = set(own.companies)
    kept = []
    for call in calls:
        wanted = {k: v for k, v in (call.args.get("filter") or {}).items() if not (k in _PARTIES and v not in said)}
        wanted["exclude_deal_ids"] = list(dict.fromkeys([*(wanted.get("exclude_deal_ids") or []), ids[0]]))
        kept.append(ToolCall(tool=call.tool, args={**call.args, "filter": wanted}))
    return {
        "kind": calls[0].tool,
        "calls": kept,
        "standalone": f"{question} (leaving out {ids[0]})",
        "rule": "other deals besides the one before",
    }
