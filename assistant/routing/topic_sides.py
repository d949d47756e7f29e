"""A topic said once before "who paid more, A or B" holds for both sides.

"TL1A antibodies from China - who paid more upfront, AbbVie or Sanofi?": each side of the comparison is
built from the words around "or", and a target said before both sides was dropped from each, so each
company's every upfront was summed, a confident answer to another question. When neither side names an
asset and the question names one drug target (as the table's assets write it), both sides take it, as
long as each side still matches a deal; otherwise the plan is left as it was.

"GLP-1: did Merck or Novo Nordisk pay more upfront?" names two buyers on either side of "or", which were
read as one pair (a deal of Merck's licensed to Novo, which does not exist). When a one-deal look-up pairs
two licensees that did no deal together, and the question asks which of them paid more, it is a
comparison of the two buyers, each side their own deals of the topic, if one is said (even when a side
holds none: then the answer says so, instead of comparing every deal of each).
"""

from __future__ import annotations

import re
from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.entities import EntityIndex
from assistant.routing.interpretation import interpret
from assistant.routing.plan import Plan
from assistant.tools.dealfilter import matches
from assistant.tools.schema import DealFilter, ToolCall

_TOPIC_KEYS = ("asset", "deal_ids")
# "did Merck or Novo pay more", "who paid more upfront, AZ or Merck", "which of Roche or GSK spent less"
_WHICH_PAID_MORE_RE = re.compile(
    r"\b(?:pa(?:y|id)|spen[dt]|put up|committed)\b[^?]{0,40}?\b(?:more|less|higher|lower|bigger|larger|smaller)\b",
    re.IGNORECASE,
)


def _matches_any(side: dict[str, Any], deals: list[Deal]) -> bool:
    wanted = DealFilter.model_validate(side)
    return any(matches(deal, wanted, {}) for deal in deals)


def _two_buyers(plan: Plan, deals: list[Deal], entities: EntityIndex) -> bool:
    """A one-deal look-up of two licensees with no deal together, asked which paid more: their comparison."""
    if len(plan.tool_calls) != 1 or plan.tool_calls[0].tool != "get_deal":
        return False
    args = plan.tool_calls[0].args
    names = [args.get("licensor"), args.get("licensee")]
    if not all(isinstance(n, str) and n in entities.companies for n in names):
        return False
    if any(entities.role(str(n)) != "licensee" for n in names) or not _WHICH_PAID_MORE_RE.search(plan.question):
        return False
    if not re.search(r"\bor\b", plan.question, re.IGNORECASE):
        return False
    if any({*names} <= {*deal.licensors, *deal.licensees} for deal in deals):
        return False
    metric = args.get("metric") if args.get("metric") in ("upfront", "milestones", "total", "equity") else "total"
    first, second = sorted(names, key=lambda n: plan.question.lower().find(str(n).lower().split()[0]))
    plan.tool_calls = [
        ToolCall(
            tool="compare",
            args={"metric": metric, "left": {"licensee": first}, "right": {"licensee": second}, "operation": "sum"},
        )
    ]
    plan.rule = "two buyers asked which paid more"
    return True


def topic_on_both_sides(plan: Plan, deals: list[Deal], entities: EntityIndex) -> Plan:
    """``plan`` with the question's one target put on both sides of a comparison that names none."""
    converted = changed = _two_buyers(plan, deals, entities)
    target = entities.find_target(plan.question)
    if not target or "|" in target or entities.find_assets(plan.question):
        if changed:
            plan.interpretation = interpret(plan.route, plan.tool_calls, plan.text_query, plan.companies)
        return plan
    for call in plan.tool_calls:
        left, right = call.args.get("left"), call.args.get("right")
        if call.tool != "compare" or not isinstance(left, dict) or not isinstance(right, dict):
            continue
        if any(side.get(key) for side in (left, right) for key in _TOPIC_KEYS):
            continue
        narrowed = [{**side, "asset": target} for side in (left, right)]
        # two buyers read from a look-up that matched nothing: their sides take the topic even when one
        # holds no such deal (an honest "no deal"), never every deal of each
        if converted or all(_matches_any(side, deals) for side in narrowed):
            call.args.update(left=narrowed[0], right=narrowed[1])
            changed = True
    if changed:
        plan.rule = f"{plan.rule}; the target said before both sides holds for each"
        plan.interpretation = interpret(plan.route, plan.tool_calls, plan.text_query, plan.companies)
    return plan
