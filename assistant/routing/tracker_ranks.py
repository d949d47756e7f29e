"""Trackers ranked: "which tracker reported the largest 2025 total?", "which source counted the most
deals in 2024?" ask which tracker's figure is largest, not for a ranking of our deals.

``tracker_ranked`` rewrites such a question as the figure the trackers reported ("what 2025 total did
the trackers report?"), which the router sends to ``market_stat``; ``ordered`` then asks the tool to
lead with the largest (or smallest) figure, read from the question as the user wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.corpus.tables import MarketStat
from assistant.routing.plan import Plan
from assistant.routing.reported_changes import reported_change
from assistant.routing.share_pairs import paired_share

_WHO = (
    r"(?:trackers?|sources?|data ?providers?|databases?|reports?|research (?:firms?|houses?)|consultanc(?:y|ies)|"
    r"outlets?|(?:data|research|consulting) firms?|tallies|tally)"
)
_VERB = (
    r"(?:reported|reports|report|gave|gives|give|put|puts|had|has|have|shows?|showed|counted|counts|count|logged|"
    r"tallied|estimated|came up with|published|recorded)"
)
_TOP = {"largest": "largest", "biggest": "largest", "highest": "largest", "most": "largest",
        "lowest": "smallest", "smallest": "smallest", "fewest": "smallest", "least": "smallest"}  # fmt: skip
TRACKER_RANK_RE = re.compile(
    rf"^\s*(?:which|what|whose)\s+(?:one\s+of\s+the\s+)?{_WHO}(?:'s?)?\s+{_VERB}\s+(?:the\s+)?"
    rf"(?P<top>{'|'.join(_TOP)})\s+(?P<rest>[^?]*?)\s*\??\s*$",
    re.IGNORECASE,
)
# "the most deals in 2024": a count; "the highest figure for 2024 value": the figure's own words
_DEALS_RE = re.compile(r"^(?:number of\s+)?(?:deals|transactions|agreements)\b\s*", re.IGNORECASE)
_FIGURE_RE = re.compile(r"^(?:figure|estimate|tally|total)\s+(?:for|of)\s+", re.IGNORECASE)
_BARE_VALUE_RE = re.compile(r"(?<!total )\bvalue\b", re.IGNORECASE)  # "2024 out-licensing value": its total value


def order_asked(question: str) -> str | None:
    """ "largest" or "smallest" when the question ranks trackers, else None."""
    found = TRACKER_RANK_RE.match(question)
    return _TOP[found.group("top").lower()] if found else None


def tracker_ranked(question: str) -> str:
    """``question`` as the figure the trackers reported; any other question unchanged."""
    found = TRACKER_RANK_RE.match(question)
    if not found:
        return question
    rest = found.group("rest")
    if _DEALS_RE.match(rest):
        return f"What deal count did the trackers report {_DEALS_RE.sub('', rest)}?".replace(" ?", "?")
    return f"What {_BARE_VALUE_RE.sub('total value', _FIGURE_RE.sub('', rest))} did the trackers report?"


def last_read(plan: Plan, question: str, role: Callable[[str], str], stats: Sequence[MarketStat]) -> Plan:
    """The router's last reads of a plan: a pair's share of the market (``share_pairs.paired_share``), a market
    average's change a tracker reported (``reported_changes``), then the order of trackers asked (``ordered``)."""
    return ordered(reported_change(paired_share(plan, role, stats), stats, question), question)


def ordered(plan: Plan, question: str) -> Plan:
    """A plan for one tracker figure, told to lead with the largest (or smallest) when the question asks so."""
    order = order_asked(question)
    calls = plan.tool_calls
    if order is None or len(calls) != 1 or calls[0].tool != "market_stat" or calls[0].args.get("derive"):
        return plan
    if calls[0].args.get("reporter"):
        return plan  # one tracker named: nothing to set in order
    call = calls[0].model_copy(update={"args": {**calls[0].args, "order": order}})
    return plan.model_copy(update={"tool_calls": [call]})
