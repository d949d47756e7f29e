""" "Biobucks" of one deal: the milestones, and the total beside them.

Desks use "biobucks" both for the milestone payments and for the whole headline value with the
upfront (outsider100's "azn total biobucks", outsider104's sell-side "biobucks" for the total); most
writers meant the milestones, which the router answers. A one-deal answer that gives the milestones
for "biobucks" also gives the deal's total, so that either reading finds its figure, unless the
question said which it meant ("biobucks ex-uf", "ms only", "on top of the upfront").
"""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.routing.interpretation import interpret_call
from assistant.routing.plan import Plan
from assistant.tools.schema import ToolCall

_BIOBUCKS_RE = re.compile(r"\bbio[\s-]?bucks\b", re.IGNORECASE)
# the milestones said to be meant: "ex-uf", "excluding the upfront", "ms only", "on top (of the upfront)"
_MILESTONES_MEANT_RE = re.compile(
    r"\bex[\s-]?(?:uf|upf(?:ront)?|up-?front)\b|\bexcl(?:uding|\.)?\s+(?:the\s+)?up-?front|\bwithout\s+(?:the\s+)?up-?front|"
    r"\b(?:ms|milestones?)\s+only\b|\bon\s+top\b|\bminus\b|\bmilestones?\b|\btotal\b|\bheadline\b|\bincl(?:uding|\.)?\b",
    re.IGNORECASE,
)
_FIGURE_RE = re.compile(r"^deals\[(?P<deal>[^\]]+)\]\.(?P<metric>\w+)$")


def total_beside(question: str, answer: Answer) -> Plan | None:
    """The plan for the deal's total when ``answer`` gave one deal's milestones for "biobucks", or None."""
    if answer.abstained or not _BIOBUCKS_RE.search(question) or _MILESTONES_MEANT_RE.search(question):
        return None
    if not answer.tool_calls or any(call.tool != "get_deal" for call in answer.tool_calls):
        return None  # a sum or ranking of milestones: the router's reading stands
    given = [(m["deal"], m["metric"]) for f in answer.figures if (m := _FIGURE_RE.match(f.expression))]
    deals = {deal for deal, metric in given if metric == "milestones"}
    if len(deals) != 1 or any(metric == "total" for _, metric in given):
        return None
    call = ToolCall(tool="get_deal", args={"deal_id": deals.pop(), "metric": "total"})
    return Plan(
        question=question,
        standalone_question=question,
        route="table",
        tool_calls=[call],
        interpretation=interpret_call(call),
        rule="biobucks_total",
    )
