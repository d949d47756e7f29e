"""Issue 11's classes, in other words than the outsider files': several questions in one sentence, a count
over a bound said with "top" ("how many deals top $10 billion": a count, not a ranking), and two limits on
two fields ("less than $50M upfront yet more than $1B in total value": the second limit is on the total)."""

from __future__ import annotations

import pytest

from assistant.routing.amounts import read_bounds
from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("How many deals in the table top $10 billion in headline value?", "10000000000"),
        ("how many 2026 deals top $4bn in total value", "4000000000"),
        ("How many deals top 8bn in total?", "8000000000"),
    ],
)
def test_a_count_over_a_bound_said_with_top_is_a_count(router: Router, question: str, amount: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args["operation"]) == ("aggregate", "count")
    assert call.args["filter"]["min_total_usd"] == amount


@pytest.mark.parametrize(
    "question",
    ["What are the top 5 deals by total value?", "top 10 billion-dollar deals", "Top 3 deals over $1B in 2025?"],
)
def test_top_before_a_place_count_stays_a_ranking_word(question: str) -> None:
    bounds, _ = read_bounds(question)
    assert set(bounds.amounts) <= {"min_total_usd"}
    assert bounds.amounts.get("min_total_usd") in (None, 1_000_000_000)


@pytest.mark.parametrize(
    ("question", "upfront", "total"),
    [
        ("Which 2025 deals paid less than $50M upfront yet carried more than $1B in total value?", 50, 1000),
        ("Which 2024 deals paid under $100M upfront yet were worth over $1B in headline value?", 100, 1000),
        ("deals with below $30 million upfront whereas more than $2 billion in total deal value", 30, 2000),
    ],
)
def test_a_second_limit_said_after_its_amount_is_on_that_field(question: str, upfront: int, total: int) -> None:
    bounds, _ = read_bounds(question)
    assert bounds.amounts == {"max_upfront_usd": upfront * 1_000_000, "min_total_usd": total * 1_000_000}


def test_the_two_limits_list_the_deals_meeting_both(router: Router) -> None:
    call = one_call(
        route(router, "Which 2024 deals paid less than $100M upfront yet carried more than $1B in total value?")
    )
    assert call.tool == "find_deals"
    where = call.args["filter"]
    assert (where["max_upfront_usd"], where["min_total_usd"]) == ("100000000", "1000000000")
