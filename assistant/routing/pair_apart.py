"""One pair's two deals compared, told apart by year, drug code or order: the two sides are those two deals.

"By what multiple does the headline value of CSPC's 2026 deal with AstraZeneca exceed that of its 2024 Lp(a) deal
with the same company?", "CSPC and AZ did a deal in 2025 and another in 2026, how many times bigger was the 2026
one?", "CSPC AZ 26 tot vs 24 tot, how many x", "kelun had two merck deals back in 2022 - how much more was the
upfront on the second one?": the slots read one pair and one period for the whole question, so the plan counted
the pair's deals over 2024-2026, asked which period was meant, or asked which of the pair's deals.

Read here: every company the question says is a party of one licensor-licensee pair that did several deals, the
question asks a comparison (a ratio, a gap, "vs", "exceed"), and it tells two of the pair's deals apart by the
years it says ("2026", "'24", "26" beside a measure or "vs"), the drug codes it says, or an order ("the second
one", "the later one") inside the one year the question says, or, when the pair did two deals only and no year
is said, an order set against the other ("how much bigger was the second upfront than the first?", "MediLink's
second Roche deal than its first"). When that names exactly two deals, the plan becomes one ``compare`` of them.
The left side is the deal the question asks about ("how many times bigger was *the 2026 one*", "the upfront on
*the second one*"), otherwise the one named first, so a ratio or gap reads from it. A pair with one deal, a year naming no deal or two deals of the pair, or three deals named is left as it was.
A count ("how many deals did CSPC and AZ sign in 2024 vs 2026") is never read here.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.deal_pairs import PAIR_COMPARED_RE
from assistant.routing.entities import EntityIndex
from assistant.routing.growth_order import later_first
from assistant.routing.intents import read_slots
from assistant.routing.interpretation import interpret
from assistant.routing.pair_named import named_deals
from assistant.routing.plan import Plan
from assistant.routing.wording import BY_HOW_MUCH_RE, COMPARE_RE, DIFFERENCE_RE, RATIO_RE
from assistant.tools.dealfilter import matches
from assistant.tools.schema import DealFilter, ToolCall

RULE = "one pair's two deals told apart by year, drug or order, compared"
COUNTED_RULE = "two named deals' measure asked as a multiple, not a count"
# "is how many time(s) the one from merck": a multiple of a figure, which the slots read as a count of deals
_MULTIPLE_RE = re.compile(
    # "how many times has CSPC licensed to AZ" (a verb follows) counts the pair's deals
    r"\bhow many times?\b(?!\s+(?:has|have|had|did|does|do|was|were|is|are|in|over|since|this|last)\b)|\bhow many x\b",
    re.IGNORECASE,
)
_I = re.IGNORECASE
# a comparison the shared patterns miss: "by what multiple does A exceed B", "how many x", "bigger was the 2026 one"
_COMPARED_RE = re.compile(
    r"\bmultiple\b|\bexceed\w*|\bhow many x\b|\b\d*x\s*\?|\b(?:bigger|larger|smaller|higher|lower|more|less)\b"
    r"[^?]{0,30}\b(?:one|deal|upfront)\b",
    _I,
)
# a year as said: "2026", "'24", and "26" beside a measure, "vs" or "x" ("26 tot vs 24 tot")
_YEAR_RE = re.compile(
    r"(?<![\w$.])(?:(20)(\d\d)|'(\d\d))(?![\w%])|(?<![\w$.'])(\d\d)(?=\s*(?:tot|total|uf|upfront|vs\b))", _I
)
# the deal asked about: "the 2026 one", "the second one", "the later deal", "on the YL201 deal"
_ASKED_RE = re.compile(
    r"\bfrom\s+the\s+[\w'-]+\s+(?:one|deal)\s+to\s+the\s+([\w'-]+)\s+(?:one|deal)\b|"  # "grow from the 2024 deal to the 2025 one"
    r"\b(?:was|is|on|for|of)\s+the\s+([\w'-]+)\s+(?:one|deal|upfront)\b",
    _I,
)
_LATER = frozenset(["second", "later", "latter", "newer", "latest", "last", "recent", "more recent"])
_EARLIER = frozenset(["first", "earlier", "former", "older", "earliest"])
_ORDER_RE = re.compile(r"\b(first|second|earlier|later|former|latter|newer|older)\b(?:\s+(?:one|deal))", _I)
# an order said of a measure when the pair did two deals only: "how much bigger was the second upfront than the first?"
_MEASURE_ORDER_RE = re.compile(
    r"(?:\b(?:the|its|their)|['’]s)\s+(first|second|earlier|later|former|latter|newer|older)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:one|deal|upfront|milestones?|total|licen[cs]e|agreement)\b[^?]*\bthan\s+(?:the|its|their)\s+"
    r"(?:first|second|earlier|later|former|latter|newer|older)\b",
    _I,
)
# a statistic beside a year: "the average 2025 deal", "the median 2024 upfront", "PharmCube's 2025 average deal"
_STATISTIC = r"(?:average|avg|typical|median|mean|overall|market|all|whole)"
_STATISTIC_BEFORE_RE = re.compile(rf"\b{_STATISTIC}\s+(?:(?:of|in|for|the|full|year)\s+)?$", _I)
_STATISTIC_AFTER_RE = re.compile(r"(?:'s)?\s+(?:[\w-]+\s+)?(?:average|avg|typical|median|mean|market)\b", _I)
_COUNT_RE = re.compile(r"\bhow many (?:deals|agreements|transactions|licen[cs]es)\b|\bnumber of deals\b", _I)


def asked_as_comparison(question: str) -> bool:
    """True when ``question`` sets two figures against each other: "A minus B", "A or B bigger?", "how many times"."""
    return any(
        pattern.search(question) for pattern in (RATIO_RE, DIFFERENCE_RE, BY_HOW_MUCH_RE, COMPARE_RE, PAIR_COMPARED_RE)
    )


def _years(question: str) -> list[tuple[str, int]]:
    """The years ``question`` says, each with where it is said ("'24" and "24 tot" are 2024)."""
    found = []
    for match in _YEAR_RE.finditer(question):
        if _STATISTIC_BEFORE_RE.search(question[: match.start()]) or _STATISTIC_AFTER_RE.match(question[match.end() :]):
            continue  # "the average 2025 deal", "the 2024 median upfront": the year's statistic, no deal of the pair
        short = match.group(2) or match.group(3) or match.group(4)
        found.append((f"20{short}", match.start()))
    return found


def _pair_deals(question: str, deals: list[Deal], entities: EntityIndex) -> list[Deal]:
    """The deals of the one licensor-licensee pair every company said belongs to, or none."""
    said = {mention.name for mention in entities.find_companies(question).mentions}
    if len(said) != 2:
        return []
    pairs: dict[tuple[str, str], list[Deal]] = defaultdict(list)
    for deal in deals:
        licensor = next((name for name in deal.licensors if name in said), None)
        licensee = next((name for name in deal.licensees if name in said), None)
        if licensor and licensee and licensor != licensee:
            pairs[(licensor, licensee)].append(deal)
    if len(pairs) != 1:
        return []
    together = next(iter(pairs.values()))
    return sorted(together, key=lambda deal: deal.announced) if len(together) >= 2 else []


def _told_apart(question: str, together: list[Deal], entities: EntityIndex) -> list[tuple[int, Deal]]:
    """The pair's deals the question tells apart, each with where it is said; by code, else by year, else order."""
    coded = {deal_id: start for _, deal_id, start in entities.find_assets(question)}
    by_code = [(coded[deal.deal_id], deal) for deal in together if deal.deal_id in coded]
    if len(by_code) == 2:
        return by_code
    named: dict[str, tuple[int, Deal]] = {}
    years = _years(question)
    for year, start in years:
        held = [deal for deal in together if deal.announced[:4] == year]
        if len(held) == 1:
            named.setdefault(held[0].deal_id, (start, held[0]))
    if len(named) == 2:
        return list(named.values())
    in_year = [deal for deal in together if {year for year, _ in years} == {deal.announced[:4]}]
    if not years and len(together) == 2 and (order := _MEASURE_ORDER_RE.search(question)):
        later = order.group(1).lower() in _LATER  # "MediLink's two Roche deals: the second upfront than the first"
        return [(order.start(), together[1 if later else 0]), (len(question), together[0 if later else 1])]
    if len(in_year) == 2 and (order := _ORDER_RE.search(question)):
        later = order.group(1).lower() in _LATER
        return [(order.start(), in_year[1 if later else 0]), (len(question), in_year[0 if later else 1])]
    return []


def _asked_first(question: str, sides: list[tuple[int, Deal]]) -> list[Deal]:
    """The two deals, the one the question asks about ("was the 2026 one") first, else in the order named."""
    ordered = [deal for _, deal in sorted(sides, key=lambda side: side[0])]
    asked = _ASKED_RE.search(question)
    if not asked:
        return ordered
    word = (asked.group(1) or asked.group(2)).lower().lstrip("'")
    for deal in ordered:
        year = deal.announced[:4]
        if word in (year, year[2:]) or word in deal.asset.lower():
            return [deal, *[other for other in ordered if other is not deal]]
    if word in _LATER | _EARLIER:
        by_date = sorted(ordered, key=lambda deal: deal.announced)
        return by_date[::-1] if word in _LATER else by_date
    return ordered


def _already(plan: Plan, deals: list[Deal], ids: set[str]) -> bool:
    """True when the plan is one comparison whose two sides each match one of the deals ``ids``, one apiece."""
    if len(plan.tool_calls) != 1 or plan.tool_calls[0].tool != "compare":
        return False
    sides = []
    for key in ("left", "right"):
        side = plan.tool_calls[0].args.get(key)
        if not isinstance(side, dict):
            return False
        wanted = DealFilter.model_validate(side)
        sides.append({deal.deal_id for deal in deals if matches(deal, wanted, {})})
    return all(len(side) == 1 for side in sides) and sides[0] | sides[1] == ids


def _side(deal: Deal, question: str) -> dict[str, Any]:
    side: dict[str, Any] = {"deal_ids": [deal.deal_id], "licensor": deal.licensors[0], "licensee": deal.licensees[0]}
    if deal.announced[:4] in {year for year, _ in _years(question)}:
        side["year"] = int(deal.announced[:4])  # the year said is this deal's: the plan applies it
    return side


def pair_told_apart(plan: Plan, deals: list[Deal], entities: EntityIndex, corpus_end: str) -> Plan:
    """``plan`` as one comparison of the two deals of one pair the question tells apart, when it asks one."""
    question = plan.question
    if not (asked_as_comparison(question) or _COMPARED_RE.search(question)) or _COUNT_RE.search(question):
        return plan
    if len(_years(question)) != len(_YEAR_RE.findall(question)):
        return plan  # a year is a statistic's ("than the average 2025 deal"): not the pair's deal, left as it was
    together = _pair_deals(question, deals, entities)
    sides = _told_apart(question, together, entities) if together else []
    if len(sides) != 2 or sides[0][1] is sides[1][1]:
        return plan
    left, right = _asked_first(question, sides)
    if _already(plan, deals, {left.deal_id, right.deal_id}) and not _ORDER_RE.search(question):
        return plan  # already these two deals: kept as planned (an order word, "the second one", is read here)
    slots = read_slots(question, entities, corpus_end)
    if slots.count and not slots.metric_spans:  # "how many times did CSPC license to AZ": a count, no measure said
        return plan
    metric = slots.metric or "total"
    args = {"metric": metric, "left": _side(left, question), "right": _side(right, question)}
    calls = later_first([ToolCall(tool="compare", args=args)], question)  # "2024 vs the 2026 one, growth %": from 2024
    plan = plan.model_copy(update={"tool_calls": calls, "clarification": None})
    plan.route, plan.rule = "table", RULE
    plan.interpretation = interpret(plan.route, plan.tool_calls, plan.text_query, plan.companies)
    return plan


def multiple_not_counted(plan: Plan, deals: list[Deal], entities: EntityIndex, corpus_end: str) -> Plan:
    """``plan`` as one comparison of the two deals the question names when it asks one measure of theirs as a
    multiple and the plan counted deals: "hengrui 2025 upfront from gsk is how many time the one from merck" had
    counted Hengrui's, GSK's and Merck's 2025 deals."""
    calls, question = plan.tool_calls, plan.question
    counted = calls and all(call.tool == "aggregate" and call.args.get("operation") == "count" for call in calls)
    if not counted or not _MULTIPLE_RE.search(question):
        return plan
    slots = read_slots(question, entities, corpus_end)
    named = named_deals(question, deals, entities)
    if not slots.metric_spans or not slots.metric or len(named) != 2:
        return plan
    args = {"metric": slots.metric, "left": _side(named[0], question), "right": _side(named[1], question)}
    plan = plan.model_copy(update={"tool_calls": [ToolCall(tool="compare", args=args)]})
    plan.route, plan.rule = "table", COUNTED_RULE
    plan.interpretation = interpret(plan.route, plan.tool_calls, plan.text_query, plan.companies)
    return plan
