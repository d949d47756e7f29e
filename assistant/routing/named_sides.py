"""Two deals compared, each named by its drug and one of its companies: each side is that deal.

"By how much did Pfizer's SSGJ-707 upfront exceed what AbbVie paid for RC148?" is read with one asset
for the whole question, put on both sides, so the AbbVie side matches nothing and the answer refuses
("no deal with licensee AbbVie, asset SSGJ-707"). "3SBio upfront compare with Hengrui GSK upfront"
lends the partner said beside Hengrui to 3SBio as well ("no deal with 3SBio, GSK"). Here a comparison
whose side matches no deal is read again:

- the deals the question names by an asset word only that deal holds (a drug code, a drug's name) are
  each given to the side whose own company (the one the other side does not share) is one of its
  parties;
- a side still empty whose partner is the other side's, said right beside the other side's company
  ("Hengrui GSK"), drops that partner; when its own company then holds one deal, the side is that deal.

A side pinned to a deal keeps only the filters that deal meets. A side that still matches nothing is
left alone, and the answer refuses as before: a pair with no deal together ("Pfizer and Hengrui") is
never turned into another deal.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from itertools import pairwise
from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.entities import EntityIndex
from assistant.routing.intents import Slots
from assistant.routing.interpretation import interpret
from assistant.routing.plan import Plan
from assistant.tools.dealfilter import matches
from assistant.tools.schema import DealFilter

_PARTY_KEYS = ("licensor", "licensee", "company")
_CODE_RE = re.compile(r"[a-z0-9]+(?:[-/.][a-z0-9]+)*")
# What may stand between two company names said as one pair: "Hengrui GSK", "Hengrui-GSK", "Hengrui and GSK".
_PAIR_GAP_RE = re.compile(r"^(?:\s*(?:[-–/]|and|&|'s)?\s*)$", re.IGNORECASE)


def _words(text: str) -> set[str]:
    """Asset words, a code's hyphens dropped too: "SSGJ-707" is "ssgj-707" and "ssgj707"."""
    found = set()
    for token in _CODE_RE.findall(text.lower()):
        found.add(token)
        found.add(re.sub(r"[-/.]", "", token))
    return {word for word in found if len(word) >= 4}


def _naming_words(deals: list[Deal]) -> dict[str, str]:
    """Each asset word that only one deal's asset holds, with that deal's id."""
    return _unique_words(tuple((deal.deal_id, deal.asset) for deal in deals))


@functools.lru_cache(maxsize=8)
def _unique_words(assets: tuple[tuple[str, str], ...]) -> dict[str, str]:
    """``_naming_words`` once per table: the same deals give the same words on every question."""
    held = {deal_id: _words(asset) for deal_id, asset in assets}
    counts = Counter(word for words in held.values() for word in words)
    return {word: deal_id for deal_id, words in held.items() for word in words if counts[word] == 1}


def _side_deals(side: dict[str, Any], deals: list[Deal]) -> list[Deal]:
    wanted = DealFilter.model_validate(side)
    return [deal for deal in deals if matches(deal, wanted, {})]


def _own(side: dict[str, Any], other: dict[str, Any]) -> set[str]:
    return {str(side[k]) for k in _PARTY_KEYS if side.get(k) and side.get(k) != other.get(k)}


def pinned(side: dict[str, Any], deal: Deal) -> dict[str, Any]:
    """``side`` narrowed to ``deal``: its id, and each of its filters the deal meets."""
    kept: dict[str, Any] = {"deal_ids": [deal.deal_id]}
    for key, value in side.items():
        if key != "deal_ids" and matches(deal, DealFilter.model_validate({**kept, key: value}), {}):
            kept[key] = value
    return kept


def _beside(question: str, first: str, second: str, entities: EntityIndex) -> bool:
    """True when ``first`` and ``second`` are said as one pair, next to each other."""
    mentions = sorted(entities.find_companies(question).mentions, key=lambda m: m.start)
    for a, b in pairwise(mentions):
        if {a.name, b.name} == {first, second} and _PAIR_GAP_RE.match(question[a.end : b.start]):
            return True
    return False


def _by_asset(own: set[str], named: list[Deal]) -> Deal | None:
    fits = [deal for deal in named if own & {*deal.licensors, *deal.licensees}]
    return fits[0] if len(fits) == 1 else None


def _lent_partner(
    side: dict[str, Any], other: dict[str, Any], question: str, deals: list[Deal], entities: EntityIndex
) -> Deal | None:
    """The one deal of this side's own company once a partner said beside the other side's company is dropped."""
    shared = [k for k in ("licensor", "licensee") if side.get(k) and side.get(k) == other.get(k)]
    others_own = _own(other, side)
    if len(shared) != 1 or not others_own:
        return None
    partner = str(side[shared[0]])
    if not any(_beside(question, partner, name, entities) for name in others_own):
        return None
    wider = {k: v for k, v in side.items() if k != shared[0] and not (k == "asset" and v == other.get(k))}
    candidates = _side_deals(wider, deals)
    return candidates[0] if len(candidates) == 1 else None


def sides_named(plan: Plan, deals: list[Deal], entities: EntityIndex) -> Plan:
    """``plan`` with each side of a comparison that matches no deal pinned to the deal the question names
    for it (by a drug only that deal holds, or by its own company once a borrowed partner is dropped)."""
    naming = _naming_words(deals)
    said = _words(plan.question)
    by_id = {deal.deal_id: deal for deal in deals}
    named = [by_id[i] for i in dict.fromkeys(naming[w] for w in sorted(said) if w in naming)]
    changed = False
    for call in plan.tool_calls:
        left, right = call.args.get("left"), call.args.get("right")
        if call.tool != "compare" or not isinstance(left, dict) or not isinstance(right, dict):
            continue
        if left.get("deal_ids") or right.get("deal_ids"):
            continue
        if _side_deals(left, deals) and _side_deals(right, deals):
            continue
        new = {}
        for key, side, other in (("left", left, right), ("right", right, left)):
            own = _own(side, other)
            if not own:
                continue
            deal = _by_asset(own, named) if len(named) >= 2 else None
            if deal is None and not _side_deals(side, deals):
                deal = _lent_partner(side, other, plan.question, deals, entities)
            if deal is not None:
                new[key] = pinned(side, deal)
        if not new or any(not _side_deals(new.get(k, s), deals) for k, s in (("left", left), ("right", right))):
            continue
        if new.get("left", left).get("deal_ids") == new.get("right", right).get("deal_ids"):
            continue
        call.args.update(new)
        changed = True
    if changed:
        plan.route = "table"
        plan.rule = "two deals compared, each named by its drug or its own company"
        plan.interpretation = interpret(plan.route, plan.tool_calls, plan.text_query, plan.companies)
    return plan


# the earlier turn's deal pointed at: "how does its upfront compare with …", "compare that with …"
_POINTED_RE = re.compile(r"\b(?:that|this|it|its)\b", re.IGNORECASE)


def pointed_first(own: Slots, question: str) -> bool:
    """Whether a comparison points back at the turn before ("that", "its") ahead of every company it names, and
    names at most one pair: "how does its upfront compare with Innovent-Takeda?" after SSGJ-707's upfront sets
    that deal against Innovent-Takeda (it had looked up Innovent-Takeda alone), as "compare that with Takeda's
    upfront to Innovent" does."""
    pointed = _POINTED_RE.search(question)
    first = min((mention.start for mention in own.mentions), default=None)
    if (than := _THAN_THAT_RE.search(question)) and first is not None and len(own.companies) <= 2:
        # "Was Merck's upfront to Hansoh bigger than that?" after Merck's Hengrui upfront: that deal the other side
        return all(mention.end <= than.start() for mention in own.mentions)
    return bool(pointed and first is not None and pointed.start() < first and len(own.companies) <= 2)


# "... bigger than that?", "smaller than this one?", "more than the one before?": the turn before's deal, said last
_THAN_THAT_RE = re.compile(
    r"\bthan\s+(?:that|this|it)(?:\s+(?:one|deal))?\s*[?？.!]*\s*$|\bthan\s+the\s+one\s+before\b", re.IGNORECASE
)
