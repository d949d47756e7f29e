"""Each side of a comparison of one company's deals, named by its asset, target or partner, is one deal.

"Hansoh's oral GLP-1 with MSD vs its B7-H3 ADC with GSK": the GSK side is a company pair that did two
deals together, and the words beside it ("B7-H3") name one of them. Without this step a side that its
pair matches more than once was summed over all the pair's deals: a confident answer to another
question. Here each side that still matches several deals is read against the words said next to its
partner: the asset code, target or modality that only some of the pair's deals hold picks the deal
(the side is changed by its deal id); when nothing picks one, and the question asks about a single deal,
that side becomes a one-deal look-up, which the answer turns into a "which one?" naming and citing
each deal. A plural ("its Merck deals", "both", "combined")
keeps the sum.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import Any

from assistant.corpus.tables import Deal
from assistant.dates import MONTH_NAMES
from assistant.routing.entities import EntityIndex
from assistant.routing.interpretation import interpret
from assistant.routing.plan import Plan
from assistant.text import STOPWORDS
from assistant.tools.dealfilter import matches
from assistant.tools.schema import DealFilter, ToolCall

# Where one side of a comparison ends and the other begins.
_SPLIT_RE = re.compile(
    r"\bvs\.?(?=\s)|\bversus\b|\bor\b|\bthan\b|\bagainst\b|\bcompared (?:with|to)\b|\bhow many (?:times|x)\b|\bwith\b"
    r"(?=\s+(?:its|their|the)\b)",
    re.IGNORECASE,
)
# A side meant as several deals: their sum is asked for.
_PLURAL_RE = re.compile(
    r"\b(?:deals|upfronts|pacts|agreements|licen[cs]es|collaborations|tie-ups|both|all|combined|together|"
    r"each|in total|summed|altogether)\b",
    re.IGNORECASE,
)
_TOKEN_RE = re.compile(r"[a-z0-9]+(?:[-/.][a-z0-9]+)*")
# Words that say nothing about which deal: the question's own and the table's filler.
_FILLER = frozenset(
    [
        "deal", "deals", "upfront", "upfronts", "payment", "paid", "pay", "pays", "its", "their", "which", "bigger",
        "larger", "more", "less", "smaller", "came", "had", "was", "did", "for", "with", "from", "how", "many",
        "times", "x", "much", "incl", "including", "not", "names", "disclosed", "one", "on", "plus", "of",
    ]
)  # fmt: skip


def _tokens(text: str) -> set[str]:
    """Words and codes, hyphens dropped inside a code: "B7-H3" and "b7h3" are one token."""
    found = set()
    for token in _TOKEN_RE.findall(text.lower()):
        found.add(re.sub(r"[-/.]", "", token))
        found.update(part for part in re.split(r"[-/.]", token) if part)
    return {t for t in found if t not in STOPWORDS and t not in _FILLER}


def _deal_tokens(deal: Deal) -> set[str]:
    month = MONTH_NAMES[int(deal.announced[5:7])].lower() if len(deal.announced) >= 7 else ""
    return _tokens(f"{deal.asset} {deal.modality} {deal.therapeutic_area} {month} {month[:3]} {deal.deal_id}")


def _side_deals(side: dict[str, Any], deals: list[Deal]) -> list[Deal]:
    wanted = DealFilter.model_validate(side)
    return [deal for deal in deals if matches(deal, wanted, {})]


def _segments(question: str) -> list[tuple[int, int]]:
    """The question cut where one side ends and the next begins."""
    cuts = [0, *(m.start() for m in _SPLIT_RE.finditer(question)), len(question)]
    return [(a, b) for a, b in pairwise(cuts) if b > a]


def _own_words(question: str, names: set[str], others: set[str], entities: EntityIndex) -> str | None:
    """The words said about the side whose distinguishing companies are ``names``: the segments that
    name one of them and none of the other side's."""
    mentions = entities.find_companies(question).mentions
    texts = []
    for start, end in _segments(question):
        inside = {m.name for m in mentions if start <= m.start < end}
        if inside & names and not inside & others:
            texts.append(question[start:end])
    return " ".join(texts) if texts else None


def _picked(words: str, candidates: list[Deal]) -> list[Deal]:
    """The candidates holding the most of the words that tell the candidates apart."""
    said = _tokens(words)
    held = {deal.deal_id: _deal_tokens(deal) for deal in candidates}
    telling = {t for t in said if any(t in h for h in held.values()) and not all(t in h for h in held.values())}
    if not telling:
        return candidates
    scores = {deal.deal_id: len(telling & held[deal.deal_id]) for deal in candidates}
    best = max(scores.values())
    return [deal for deal in candidates if scores[deal.deal_id] == best]


def _unnarrowed(side: dict[str, Any], words: str, deals: list[Deal]) -> list[Deal]:
    """ "gsk B7-H3 adc upfront how many x the regeneron upfront": an asset or type said of the other side
    only, which left this side empty, is dropped from it."""
    said = _tokens(words)
    foreign = [k for k in ("asset", "modality") if side.get(k) and not _tokens(str(side[k])) <= said]
    wider = {k: v for k, v in side.items() if k not in foreign}
    candidates = _side_deals(wider, deals) if foreign else []
    if candidates:
        side.clear()
        side.update(wider)
    return candidates


def _distinct(side: dict[str, Any], other: dict[str, Any]) -> set[str]:
    return {str(side[k]) for k in ("licensor", "licensee", "company") if side.get(k) and side.get(k) != other.get(k)}


def one_deal_sides(plan: Plan, deals: list[Deal], entities: EntityIndex) -> Plan:
    """``plan`` with each company-pair side of a comparison pinned to the one deal its words name, or a
    look-up per side that still matches several deals, which the answer turns into "which one?"."""
    changed = False
    for call in plan.tool_calls:
        left, right = call.args.get("left"), call.args.get("right")
        if call.tool != "compare" or not isinstance(left, dict) or not isinstance(right, dict):
            continue
        unsure: list[dict[str, Any]] = []
        for side, other in ((left, right), (right, left)):
            if side.get("deal_ids") or not (side.get("licensor") and side.get("licensee")):
                continue
            names = _distinct(side, other)
            words = _own_words(plan.question, names, _distinct(other, side), entities) if names else None
            candidates = _side_deals(side, deals)
            if not candidates and words is not None:
                candidates = _unnarrowed(side, words, deals)
                changed = changed or bool(candidates)
            if len(candidates) < 2 or words is None:
                continue
            picked = _picked(words, candidates)
            if len(picked) == 1:
                side["deal_ids"], changed = [picked[0].deal_id], True
            elif not _PLURAL_RE.search(words):
                unsure.append(side)
        if unsure:
            plan = _which_deal(plan, call.args.get("metric"), unsure)
            changed = True
            break
    if changed:
        plan.interpretation = interpret(plan.route, plan.tool_calls, plan.text_query, plan.companies)
    return plan


def _which_deal(plan: Plan, metric: Any, unsure: list[dict[str, Any]]) -> Plan:
    """One look-up per side that matches several deals: the answer asks which deal is meant, naming and
    citing each (the look-up's own clarification), instead of comparing their sum."""
    wanted = {"metric": metric} if metric in ("upfront", "milestones", "total", "equity") else {}
    plan.tool_calls = [
        ToolCall(
            tool="get_deal",
            args={**{k: side[k] for k in ("licensor", "licensee") if side.get(k)}, **wanted, "ask_which": True},
        )
        for side in unsure
    ]
    plan.route, plan.rule = "table", "a comparison side matching several deals"
    return plan
