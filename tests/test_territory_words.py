"""A licence's territory ("ex-Greater China", "outside Greater China") names no tracker's scope: the deal asked is
looked up, not PharmCube's Greater China series (outsider122, a transactions lawyer's wording)."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    "question",
    [
        "What headline total value was attributed to the Feb-2026 Innovent Biologics / Eli Lilly discovery-to-PoC "
        "collaboration (ex-Greater China)?",
        "Innovent Biologics / Eli Lilly 2026 licence outside Greater China: total value?",
    ],
)
def test_a_territory_is_no_trackers_scope(router: Router, question: str) -> None:
    call = one_call(route(router, question))
    assert (call.tool, call.args.get("licensee"), call.args.get("metric")) == ("get_deal", "Eli Lilly", "total"), call


def test_the_greater_china_series_is_still_read(router: Router) -> None:
    call = one_call(route(router, "greater china 2025 deal count"))
    assert (call.tool, call.args.get("reporter")) == ("market_stat", "PharmCube (via Reuters)"), call
