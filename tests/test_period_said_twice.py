"""A year said twice in one question ("top 3 2025 deals = what % of 2025 total") is one period, the
year itself, not a date range from the year's first day to its last."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("top 3 2025 deals = what % of 2025 total", 2025),
        ("What share of the 2024 upfront money did the three largest 2024 deals take?", 2024),
    ],
)
def test_a_year_said_twice_is_that_year(router: Router, question: str, year: int) -> None:
    plan = route(router, question)
    deal_filter = one_call(plan).args["filter"]
    assert deal_filter.get("year") == year
    assert "date_from" not in deal_filter and "date_to" not in deal_filter
    assert f"in {year}" in plan.interpretation


def test_two_different_years_stay_a_range(router: Router) -> None:
    deal_filter = one_call(route(router, "How many deals in our table were signed between 2024 and 2025?")).args[
        "filter"
    ]
    assert (deal_filter.get("date_from"), deal_filter.get("date_to")) == ("2024-01-01", "2025-12-31")
