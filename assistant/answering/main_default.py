"""Counts, sums and rankings over the whole table keep to its main rows unless a period is asked.

deals.csv holds the 2024-2026 deals (scope ``main``) and, as context, a few earlier deals that some
articles recall (``context``). Those earlier rows are a handful, not a record of their years: counted
into "who's the top buyer in the table, by # deals" they give Merck six deals (two from 2022) where the
2024-26 table gives AstraZeneca five, and writers who read the table (outsider102, 104, 108) count the
main rows. A count, sum, average or ranking with no period of its own and no deal named keeps to the
main rows; a period ("in 2022"), a named deal or drug, a list, or a filter that only context rows match
("Kelun's Merck deals") keeps the context rows as before.
"""

from __future__ import annotations

from typing import Any

from assistant.corpus.tables import Deal
from assistant.routing.interpretation import interpret
from assistant.routing.plan import Plan
from assistant.tools.dealfilter import DEFAULT_SCOPES
from assistant.tools.schema import ToolCall

_PERIOD_KEYS = ("year", "date_from", "date_to", "month", "quarter", "half", "exclude_years")
_NAMED_KEYS = ("deal_ids", "deal_id", "asset", "status")
_WHOLE_TABLE_TOOLS = ("aggregate", "rank")


def _widened(raw: dict[str, Any]) -> bool:
    return sorted(raw.get("scopes") or DEFAULT_SCOPES) == sorted(DEFAULT_SCOPES)


def _kept(raw: dict[str, Any], deals: list[Deal]) -> bool:
    """A filter with no period and no deal named, some of whose main rows match."""
    if any(raw.get(key) for key in (*_PERIOD_KEYS, *_NAMED_KEYS)):
        return False
    names = {str(raw[k]) for k in ("licensor", "licensee") if isinstance(raw.get(k), str)}
    return any(
        deal.scope == "main" and all(name in (*deal.licensors, *deal.licensees) for name in names) for deal in deals
    )


def main_by_default(plan: Plan, deals: list[Deal]) -> Plan:
    """``plan`` with each whole-table count, sum or ranking kept to the main rows (see the module)."""
    calls, changed = [], False
    for call in plan.tool_calls:
        raw = call.args.get("filter")
        if call.tool in _WHOLE_TABLE_TOOLS and isinstance(raw, dict) and _widened(raw) and _kept(raw, deals):
            call = ToolCall(tool=call.tool, args={**call.args, "filter": {**raw, "scopes": ["main"]}})
            changed = True
        calls.append(call)
    if not changed:
        return plan
    said = interpret(plan.route, calls, plan.text_query, plan.companies, plan.clarification)
    return plan.model_copy(update={"tool_calls": calls, "interpretation": said})
