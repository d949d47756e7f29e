"""Live deals only (``assistant.routing.live_deals``): "ex terminated" leaves the terminated deals out of the plan's
filters, never keeps only them; the figures are checked against documents/deals.csv."""

from __future__ import annotations

from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.analyst_slips import analyst_read
from assistant.routing.live_deals import asks_live_deals
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, one_call, route

DEALS = load_tables(DOCUMENTS).deals
ENDED = {deal.deal_id for deal in DEALS if deal.status == "terminated"}


@pytest.mark.parametrize(
    "question",
    [
        "count of 2024 deals ex terminated",
        "2024 deals excluding terminated ones",
        "live deals only: sum of 2024 upfronts",
        "only the active deals, 2024 upfront total",
        "2024 deals that were not terminated",
        "2024年不含已终止的交易有几笔",
    ],
)
def test_live_wordings(question: str) -> None:
    assert asks_live_deals(question)


@pytest.mark.parametrize("question", ["which deals were terminated?", "is the ImmuneOnco deal live?", "live webcast"])
def test_no_live_only_without_leaving_terminated_out(question: str) -> None:
    assert not asks_live_deals(question)


def test_a_count_ex_terminated_leaves_the_terminated_out(router: Router, tools: DealTools) -> None:
    call = one_call(route(router, "how many 2024 deals are in the table, excluding terminated ones?"))
    assert call.args["filter"].get("status") != "terminated"
    assert call.args["filter"]["exclude_statuses"] == ["terminated"]
    expected = sum(1 for d in DEALS if d.year == 2024 and d.scope == "main" and d.deal_id not in ENDED)
    assert Decimal(expected) in [f.value for f in tools.run(call).figures]


def test_the_lowest_upfront_share_of_live_deals(router: Router, tools: DealTools) -> None:
    question = analyst_read("lowest upfront/headline ratio in the table, live deals only (ex terminated)")
    call = one_call(route(router, question))
    assert (call.tool, call.args["metric"], call.args.get("ascending")) == ("rank", "upfront_share", True)
    shares = {
        d.deal_id: d.figure("upfront").amount / d.figure("total").amount
        for d in DEALS
        if d.scope in ("main", "context")
        and d.deal_id not in ENDED
        and d.figure("upfront").amount
        and d.figure("total").amount
    }
    lowest = min(shares, key=lambda deal_id: shares[deal_id])
    result = tools.run(call)
    assert result.rows and result.rows[0] == lowest
    assert not ENDED & set(result.rows)
