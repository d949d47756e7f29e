"""Questions that dive into one company's deals in our table (the classes of outsider20.jsonl).

"hengrui first deal in your data - who w/ and when", "what's CSPC's most recent deal": the company's
deals ranked by announcement date, the first (or latest) one named with its terms. Without a company
the table's reading (``table_asks``) asks for a period or our table to bound "first"; a company named
bounds it as well: its own deals.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.tools.schema import CompareArgs, MarketStatArgs, ToolCall

_I = re.IGNORECASE
_OLDEST = ("earliest", "oldest", "first")
# "the first deal of its kind", "first-in-class": no date order; "the first deal's upfront" still is one.
_NO_ORDER_RE = re.compile(r"\bfirst[\s-]+in[\s-]+class\b|\bof its kind\b|\bfirst[\s-]+ever\b", _I)


# a yes/no check, an order relative to another deal, or what someone said: no ranking answers these
_CHECK_OR_AFTER_RE = re.compile(
    r"^\s*(?:is|was|were|are|did|does|do|has|had)\b|\b(?:after|before|since|following|preceding)\b|"
    r"\b(?:say|said|says|describe\w*|call\w*)\b",
    _I,
)


def company_by_date(slots: Any, text: str, dated: re.Match[str] | None) -> None:
    """A company's (or a pair's) first, earliest, latest or most recent deal: its deals ranked by date.

    ``slots`` are ``intents.Slots`` read from ``text`` (the question without its company names);
    ``dated`` is where ``text`` says "first deal" or "latest transaction" (``table_asks``), or None."""
    companies = list(dict.fromkeys(m.name for m in slots.mentions))
    if not companies or len(companies) > 2 or slots.count or slots.reporter or slots.asset:
        return
    if slots.metrics or slots.followup_marker:
        # "milestones in the first argo novartis deal": one term of that deal (``ordinals``), not a ranking; so is
        # "and for medilink's first deal with them?" after an upfront: the measure asked before, of that deal
        return
    if dated is None or slots.op not in (None, "find", "rank") or _NO_ORDER_RE.search(text):
        return
    if _CHECK_OR_AFTER_RE.search(text):
        return  # "Is X its latest deal?", "the first deal after the GSK one", "what did X say about ...": not a ranking
    slots.op, slots.by_date, slots.dimension, slots.n, slots.position = "rank", True, "deal", 1, None
    slots.singular = True
    slots.sort = "ascending" if dated.group(1).lower() in _OLDEST else "descending"


# "what % of gsk's china headline value is the hengrui deal": the company whose money is the whole is the one
# written as an owner of a measure ("GSK's ... value", "AZ's total China spend"); the deal is the pair's.
_WHOLE_AFTER_RE = re.compile(
    r"^\s*(?:'s|’s|s'|’)\s+(?:[\w-]+\s+){0,3}?(?:value|total|spend\w*|money|headline|upfronts?|milestones|dollars|"
    r"biobucks|deals|portfolio|outlay)\b",
    _I,
)


def whole_company(slots: Any, text: str) -> str | None:
    """Of two companies named in a share, the one whose deals are the whole ("GSK's headline value"), or None."""
    owners = {m.name for m in slots.mentions if _WHOLE_AFTER_RE.match(text[m.end :])}
    named = {m.name for m in slots.mentions}
    return owners.pop() if len(named) == 2 and len(owners) == 1 else None


def read_company_share(slots: Any, text: str) -> None:
    """A share within our rows that names a company: "hengrui % of 2025 headline value in ur table" (its
    deals over the period's), "what % of GSK's headline value is the Hengrui deal" (the pair's deal over
    the buyer's deals). No tracker reports a buyer's total, so the second is our rows' even unsaid."""
    if slots.op != "share" or slots.reporter or slots.market_metric or slots.asset or len(slots.measures) > 1:
        return
    if whole_company(slots, text):
        slots.in_table = True


def company_share_calls(slots: Any, question: str, calls_for: Callable[[str, Any], list[ToolCall]]) -> list[ToolCall]:
    """The compare call for a company's (or a deal's) share of our rows: the part against the whole. Empty
    when the question is not that (``slots`` are ``intents.Slots``; ``calls_for`` is ``ToolArgs.tool_calls``)."""
    named = list(dict.fromkeys(m.name for m in slots.mentions))
    if not named or len(named) > 2 or not shares_our_rows(slots):
        return []
    whole_name = whole_company(slots, question)
    if len(named) == 2 and whole_name is None:
        return []
    part = calls_for("find_deals", slots.model_copy(update={"op": "find"}))[0].args["filter"]
    kept = [m for m in slots.mentions if m.name == whole_name]
    whole_slots = slots.model_copy(update={"op": "find", "mentions": kept, "deal_id": None, "asset_deal": None})
    whole = calls_for("find_deals", whole_slots)[0].args["filter"]
    metric = (slots.measures or ["total"])[0]
    if not slots.measures and not _MONEY_WORD_RE.search(question):
        metric = "count"  # "what % of GSK's deals were with Hansoh": a share of the deals counted, not of money
    args = {"metric": metric, "left": part, "right": whole}
    CompareArgs.model_validate(args)  # a bug, not a reply, when the sides do not make a comparison
    return [ToolCall(tool="compare", args=args)]


def shares_our_rows(slots: Any) -> bool:
    """A company's (or a deal's) share of our rows' money: the rule and the calls both ask this."""
    return bool(
        slots.op == "share"
        and slots.in_table
        and slots.mentions
        and not slots.reporter
        and not slots.market_metric
        and not slots.asset
        and len(slots.measures) <= 1
    )


_MONEY_WORD_RE = re.compile(r"\$|\b(?:value|worth|money|dollars?|spend\w*|paid|pay|cash|upfronts?|milestones?)\b", _I)
_TRACKER_MEASURES = {"upfront": "upfront_total", "milestones": "milestones_total", "total": "total_value"}


def deal_share_of_tracker(slots: Any, calls_for: Callable[[str, Any], list[ToolCall]]) -> list[ToolCall]:
    """ "hengrui-gsk deal as % of pharmcube's 2025 china total": one deal's figure from our rows over the
    tracker's total (``derive="deal_share"``), not the licensor's whole value as the tracker credited it."""
    named = list(dict.fromkeys(m.name for m in slots.mentions))
    if slots.op != "share" or not slots.reporter or len(named) != 2 or len(slots.measures) > 1:
        return []
    deal = calls_for("get_deal", slots.model_copy(update={"op": None}))
    market = calls_for("market_stat", slots)
    if len(deal) != 1 or len(market) != 1 or not deal[0].args.get("licensor") or not deal[0].args.get("licensee"):
        return []
    args = {
        **market[0].args,
        "metric": _TRACKER_MEASURES[(slots.measures or ["total"])[0]],
        "subject": deal[0].args["licensor"],
        "licensee": deal[0].args["licensee"],
        "derive": "deal_share",
    }
    return [ToolCall(tool="market_stat", args=MarketStatArgs.model_validate(args).model_dump(exclude_none=True))]
