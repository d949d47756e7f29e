"""Counts, sums and rankings over the whole table, said again over its main rows when the earlier
context rows change them.

deals.csv holds the 2024-2026 deals (scope ``main``) and, as context, a few earlier deals that some
articles recall (``context``). A question with no period counts both ("Merck & Co.: 6 deals", two
of them Kelun-Biotech's 2022 licences), and many readers want exactly that. But those earlier rows
are a handful, not a record of their years: readers who take "the table" to be its 2024-26 rows
(outsider102, 104, 108 and 110) expect AstraZeneca's five. So a count, sum, average or ranking with
no period of its own and no deal named, over deals some of which are context rows, is answered over
all rows and then over the main rows alone; a period ("in 2022"), a named deal or drug, or a filter
no context row matches is answered once, as before.
"""

from __future__ import annotations

from typing import Any

from assistant.answer import Answer
from assistant.routing.interpretation import interpret_call
from assistant.routing.plan import Plan
from assistant.tools.dealbook import DealBook
from assistant.tools.dealfilter import DEFAULT_SCOPES
from assistant.tools.schema import DealFilter, ToolCall

_PERIOD_KEYS = ("year", "date_from", "date_to", "month", "quarter", "half", "exclude_years")
_NAMED_KEYS = ("deal_ids", "deal_id", "asset", "status")
_WHOLE_TABLE_TOOLS = ("aggregate", "rank")


def _main_rows(tool: str, args: dict[str, Any], book: DealBook) -> ToolCall | None:
    raw = args.get("filter")
    if tool not in _WHOLE_TABLE_TOOLS or not isinstance(raw, dict) or args.get("metric") == "announced":
        return None  # "GSK's earliest China deal in your data": the earliest row is the one asked
    if sorted(raw.get("scopes") or DEFAULT_SCOPES) != sorted(DEFAULT_SCOPES):
        return None  # "in the core table", "incl. borderline": the scope was said
    if any(raw.get(key) for key in (*_PERIOD_KEYS, *_NAMED_KEYS)):
        return None
    scopes = {deal.scope for deal in book.select(DealFilter.model_validate(raw))}
    if not {"main", "context"} <= scopes:
        return None  # the context rows change nothing here
    return ToolCall(tool=tool, args={**args, "filter": {**raw, "scopes": ["main"]}})


def main_rows_plan(question: str, answer: Answer, book: DealBook) -> Plan | None:
    """The plan for ``answer``'s whole-table figures over the main rows alone, when context rows are in them."""
    if answer.abstained or answer.route == "none":
        return None
    calls = [call for c in answer.tool_calls if (call := _main_rows(c.tool, c.args, book)) is not None]
    if not calls:
        return None
    return Plan(
        question=question,
        standalone_question=question,
        route="table",
        tool_calls=calls,
        interpretation="; ".join(interpret_call(call) for call in calls),
        rule="main_rows_too",
    )
