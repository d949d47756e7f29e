"""A measure the question names that a one-deal answer left out, looked up instead of asked back.

"Innovent/Lilly Feb-26: upfront? headline? and which number collab is it" was planned as the upfront
alone; the plan audit would ask the whole question back for the headline it did not compute. When the
answer is one deal's terms, the measure left out is one more column of that deal: it is looked up and
said after the rest (the audit then finds nothing missing). An article's answer that quotes one deal's
article and names no sentence with the measure asked ("CN201: exclusive licence or outright acquisition?
And what was paid upfront?") gets that deal's column the same way.
"""

from __future__ import annotations

import re

from assistant.answer import Answer
from assistant.answering.plan_audit import measures_left_out
from assistant.routing.interpretation import interpret_call
from assistant.routing.plan import Plan
from assistant.tools.schema import ToolCall

_DEAL_RE = re.compile(r"^deals\[(?P<deal>[^\]]+)\]\.\w+$")


def left_out_plan(question: str, answer: Answer) -> Plan | None:
    """The plan for the measures ``answer`` (one deal's terms) left out of ``question``, or None."""
    if answer.abstained or answer.route not in ("table", "text"):
        return None
    missing = measures_left_out(question, answer)
    if (
        answer.route == "text"
    ):  # the one deal whose article was quoted ("exclusive licence or acquisition? and the upfront?")
        deals = {c.doc_id.removeprefix("deal-") for c in answer.citations if c.doc_id.startswith("deal-")}
    else:
        deals = {m["deal"] for f in answer.figures if (m := _DEAL_RE.match(f.expression))}
    if not missing or len(deals) != 1:
        return None
    deal = deals.pop()
    calls = [ToolCall(tool="get_deal", args={"deal_id": deal, "metric": metric}) for metric in missing]
    return Plan(
        question=question,
        standalone_question=question,
        route="table",
        tool_calls=calls,
        interpretation="; ".join(interpret_call(call) for call in calls),
        rule="measure_left_out",
    )
