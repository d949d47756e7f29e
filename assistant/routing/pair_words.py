"""One deal of a pair that signed several, named by a word of its own row: "Headline value on AZ's
weight-management deal with CSPC?" (outsider110).

CSPC and AstraZeneca signed three deals (2024 YS2302018, 2025 AI discovery, 2026 weight-management
portfolio); the look-up named the pair only, so every deal was given, and a follow-up ("Some outlets are running
$4.7bn for it. Reconcile pls.") asked all three again. A look-up of one pair's deal with no deal, year or drug
named is pinned to the one deal whose row (asset, modality, area) holds a word of the question that no other
deal of the pair holds ("weight", "obesity" no: the row must say it); a follow-up that names no such word takes
the words of the question before it. Nothing is pinned when no word, or words of two deals, are said.

A ranking of one pair that signed one deal is that deal's look-up (``one_pair_ranked``): "wuxi bio got 925mm
upfront from candid - biggest cdmo upfront ever?", "Sciwind's $2.4bn upfront from Verdiva - the largest upfront
for an obesity asset?" ranked the pair's one deal, whose upfront was undisclosed, and said nothing; its look-up
says the upfront was not disclosed, and the claim's figure is named as the deal's total (``claimed_values``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.interpretation import interpret
from assistant.routing.plan import Plan
from assistant.text import STOPWORDS

# words every row shares or any question says: no deal is named by them (a place or a stage in the asset's
# note, "registrational in China", names none either)
_COMMON = STOPWORDS | frozenset(
    [
        "agreement",
        "licence",
        "license",
        "licensing",
        "collaboration",
        "pact",
        "option",
        "options",
        "plus",
        "program",
        "programs",
        "programme",
        "programmes",
        "multi",
        "china",
        "registrational in China",
        "chinese",
        "rights",
        "global",
        "worldwide",
        "phase",
        "registrational",
        "disclosed",
        "details",
        "other",
        "undisclosed",
        "asset",
        "assets",
        "drug",
        "drugs",
        "up",
    ]
)
_NAMED_KEYS = ("deal_id", "deal_ids", "year", "asset", "month", "quarter", "date_from", "date_to")


def _words(text: str) -> set[str]:
    """Lower-case words of four letters or more and their hyphen parts, a plural 's' dropped."""
    found: set[str] = set()
    for word in re.findall(r"[a-z0-9]+(?:-[a-z0-9]+)*", text.lower()):
        for part in [word, *word.split("-")]:
            part = part[:-1] if len(part) > 4 and part.endswith("s") else part
            if len(part) >= 4 and part not in _COMMON:
                found.add(part)
    return found


def _row_words(deal: Deal) -> set[str]:
    return _words(f"{deal.asset} {deal.modality} {deal.therapeutic_area}")


def pinned_by_words(words: set[str], deals: list[Deal]) -> Deal | None:
    """The one deal of ``deals`` whose row holds a word of ``words`` that no other deal of them holds."""
    hits = [
        deal
        for deal in deals
        if words & (_row_words(deal) - set().union(*(_row_words(d) for d in deals if d is not deal)))
    ]
    return hits[0] if len(hits) == 1 else None


def pair_pinned(plan: Plan, deals: list[Deal], names: Callable[[], list[str]], earlier: tuple[str, ...] = ()) -> Plan:
    """``plan`` with a look-up of a pair's several deals pinned to the one its words name (see the module);
    ``names()`` gives the company names said, whose own words name no deal (looked for only when a pair
    with several deals is looked up)."""
    said: set[str] | None = None
    changed = False
    for call in plan.tool_calls:
        args: dict[str, Any] = call.args
        if call.tool != "get_deal" or any(args.get(key) for key in _NAMED_KEYS):
            continue
        licensor, licensee = args.get("licensor"), args.get("licensee")
        if not isinstance(licensor, str) or not isinstance(licensee, str):
            continue
        pair = [deal for deal in deals if licensor in deal.licensors and licensee in deal.licensees]
        if len(pair) < 2:
            continue
        said = _words(" ".join(names())) if said is None else said
        for text in (plan.question, *reversed(earlier[-1:])):
            deal = pinned_by_words(_words(text) - said, pair)
            if deal is not None:
                args["deal_id"], changed = deal.deal_id, True
                break
    if not changed:
        return plan
    said_plan = interpret(plan.route, plan.tool_calls, plan.text_query, plan.companies, plan.clarification)
    return plan.model_copy(update={"interpretation": said_plan})


def one_pair_ranked(plan: Plan, deals: list[Deal]) -> Plan:
    """``plan`` with a top-one ranking of a pair's deals, when the pair signed one deal, asked as its look-up."""
    calls, changed = [], False
    for call in plan.tool_calls:
        raw = call.args.get("filter")
        if call.tool == "rank" and call.args.get("dimension") == "deal" and isinstance(raw, dict):
            licensor, licensee = raw.get("licensor"), raw.get("licensee")
            pair = [deal for deal in deals if licensor in deal.licensors and licensee in deal.licensees]
            metric = call.args.get("metric")
            if len(pair) == 1 and call.args.get("n") in (None, 1) and metric in ("upfront", "milestones", "total"):
                args = {"deal_id": pair[0].deal_id, "licensor": licensor, "licensee": licensee, "metric": metric}
                call, changed = call.model_copy(update={"tool": "get_deal", "args": args}), True
        calls.append(call)
    if not changed:
        return plan
    said = interpret(plan.route, calls, plan.text_query, plan.companies, plan.clarification)
    return plan.model_copy(update={"tool_calls": calls, "interpretation": said})
