"""A follow-up that leaves a period out of the deals before ("excluding the 2023 ones?", "ex-2022?",
"without the 2026 ones") is the previous sum, count or list without that period's deals, never that
period's deals alone (which answered the opposite of what was asked) and never a clarifying reply."""

from __future__ import annotations

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS, one_call, route


@pytest.fixture(scope="module")
def replaying(tools: DealTools) -> Router:
    """A router that can re-run the earlier turns' tool calls, as the assistant's does."""

    def top_deal(call: ToolCall) -> str | None:
        ids = tools.run(call).deal_ids
        return ids[0] if ids else None

    return Router(load_tables(DOCUMENTS), top_deal=top_deal, ranked_rows=lambda call: tools.run(call).rows)


@pytest.mark.parametrize(
    ("before", "question", "year"),
    [
        ("GSK total upfront to chinese cos", "excluding the 2023 ones?", 2023),
        ("GSK total upfront to chinese cos", "and excluding 2023?", 2023),
        ("how many deals did Merck do", "ex-2022?", 2022),
        ("list AbbVie's deals", "without the 2026 ones", 2026),
    ],
)
def test_a_period_left_out_of_the_deals_before(
    replaying: Router, tools: DealTools, before: str, question: str, year: int
) -> None:
    earlier = one_call(route(replaying, before))
    call = one_call(route(replaying, question, [before]))
    assert call.tool == earlier.tool
    had, kept = tools.run(earlier).deal_ids, tools.run(call).deal_ids
    years = {deal.deal_id: deal.year for deal in tools.book.tables.deals}
    assert kept and set(kept) < set(had)
    assert all(years[deal_id] == year for deal_id in set(had) - set(kept))
    assert all(years[deal_id] != year for deal_id in kept)
