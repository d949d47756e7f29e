"""A ranking of companies on the side the question already fixed to one company: its deals, ranked.

"AZ's China in-licensing in your table: ...; biggest?" read "in-licensing ... biggest" as the biggest
licensee, over deals whose licensee is AstraZeneca: a ranking of one. The one company's deals are
what can be ranked there, so the ranking is of deals (with the same measure, filter and length).
"""

from __future__ import annotations

from assistant.routing.interpretation import interpret
from assistant.routing.plan import Plan
from assistant.tools.schema import ToolCall


def _alone(call: ToolCall) -> bool:
    side = call.args.get("dimension")
    if call.tool != "rank" or side not in ("licensor", "licensee"):
        return False
    fixed = (call.args.get("filter") or {}).get(side)
    return isinstance(fixed, str) or (isinstance(fixed, list) and len(fixed) == 1)


def deals_ranked_alone(plan: Plan) -> Plan:
    """``plan`` with each ranking of one fixed company made a ranking of that company's deals."""
    if not any(_alone(call) for call in plan.tool_calls):
        return plan
    calls = [
        ToolCall(tool=call.tool, args={**call.args, "dimension": "deal"}) if _alone(call) else call
        for call in plan.tool_calls
    ]
    said = interpret(plan.route, calls, plan.text_query, plan.companies, plan.clarification)
    return plan.model_copy(update={"tool_calls": calls, "interpretation": said})
