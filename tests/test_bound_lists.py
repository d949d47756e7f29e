"""Deals filtered on their figures are listed with those figures, however the bound is worded: a bound on
the total beside one on the upfront ("less than $100m upfront but over $1bn headline value") names no
sum, and "beat $500 million" is a bound like "topped" (it had given the market's upfront total)."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("question", "bounds"),
    [
        (
            "2025 deals with less than $100m upfront but over $1bn headline value",
            {"min_total_usd": "1000000000", "max_upfront_usd": "100000000"},
        ),
        ("any 2025 deals where the upfront beat $500 million?", {"min_upfront_usd": "500000000"}),
        ("2025 deals whose upfront broke $1bn", {"min_upfront_usd": "1000000000"}),
    ],
)
def test_bounded_deals_are_listed(router: Router, question: str, bounds: dict[str, str]) -> None:
    call = one_call(route(router, question))
    assert call.tool == "find_deals" and call.args["filter"]["year"] == 2025
    assert {key: call.args["filter"].get(key) for key in bounds} == bounds
