"""A ranking of companies on the side the question already fixed to one company: its deals, ranked.

"AZ's China in-licensing in your table: ...; biggest?" read "in-licensing ... biggest" as the biggest
licensee, over deals whose licensee is AstraZeneca: a ranking of one. The one company's deals are
what can be ranked there, so the ranking is of deals (with the same measure, filter and length).
A question about the company's place ("那 AZ 排第几?", "where does AZ rank") is the tool's own reading of
such a call (the company's place among all of that side) and is left alone; so is one with no superlative.
"""

from __future__ import annotations

import re

from assistant.answering.main_default import main_by_default
from assistant.corpus.tables import Deal
from assistant.routing.interpretation import interpret
from assistant.routing.plan import Plan
from assistant.tools.schema import ToolCall

_SUPERLATIVE_RE = re.compile(
    r"\b(?:biggest|largest|smallest|highest|lowest|top|most|least)\b|最大|最高|最多|最小|最低", re.IGNORECASE
)
_PLACE_RE = re.compile(
    r"\brank\w*|\bplaces?\b|\bplaced\b|\bposition\b|\bstand\b|\bwhere (?:does|did|do)\b|排第|第几|第幾|排名|名次|几名",
    re.IGNORECASE,
)


def _alone(call: ToolCall) -> bool:
    side = call.args.get("dimension")
    if call.tool != "rank" or side not in ("licensor", "licensee"):
        return False
    fixed = (call.args.get("filter") or {}).get(side)
    return isinstance(fixed, str) or (isinstance(fixed, list) and len(fixed) == 1)


def deals_ranked_alone(plan: Plan, question: str) -> Plan:
    """``plan`` with each ranking of one fixed company made a ranking of that company's deals."""
    if not _SUPERLATIVE_RE.search(question) or _PLACE_RE.search(question):
        return plan
    if not any(_alone(call) for call in plan.tool_calls):
        return plan
    calls = [
        ToolCall(tool=call.tool, args={**call.args, "dimension": "deal"}) if _alone(call) else call
        for call in plan.tool_calls
    ]
    said = interpret(plan.route, calls, plan.text_query, plan.companies, plan.clarification)
    return plan.model_copy(update={"tool_calls": calls, "interpretation": said})


def whole_table_read(plan: Plan, question: str, deals: list[Deal]) -> Plan:
    """The router's plan as a reader of the whole table means it: a company ranked alone becomes its deals
    ranked, and a count, sum or ranking with no period keeps to the main rows (``main_default``)."""
    return main_by_default(deals_ranked_alone(plan, question), deals)
