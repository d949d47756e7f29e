"""A range that runs on from a year ("since 2024", "before 2025") is counted over our deals: no tracker reported a
figure for it, and the tracker's figure for the year alone ("94 deals in 2024") answered a different question."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("question", "bounds"),
    [
        ("how many deals since 2024", {"date_from": "2024-01-01"}),
        ("total deal value since 2025", {"date_from": "2025-01-01"}),
        ("how many deals before 2025", {"date_to": "2024-12-31"}),
    ],
)
def test_a_range_from_a_year_is_our_tables(router: Router, question: str, bounds: dict[str, str]) -> None:
    call = one_call(route(router, question))
    assert call.tool == "aggregate", call
    assert {key: call.args["filter"].get(key) for key in bounds} == bounds, call.args


def test_a_trackers_year_is_still_the_trackers(router: Router) -> None:
    call = one_call(route(router, "how many deals in 2024"))
    assert (call.tool, call.args.get("period")) == ("market_stat", "2024"), call
