""" "How big was the 2025 China out-licensing market versus 2024, in percent?" asks the market's growth as
a rate; "percent" there is no share (read as one, with nothing to take it of, it went to the articles
and quoted a 2021 multiple). A share asked "in percent" stays a share."""

from __future__ import annotations

from assistant.routing.router import Router
from tests.conftest import one_call, route


def test_big_versus_in_percent_is_growth(router: Router) -> None:
    call = one_call(route(router, "How big was the 2025 China out-licensing market versus 2024, in percent?"))
    assert call.tool == "market_stat" and call.args["derive"] == "growth"
    assert (call.args["period"], call.args["compare_period"]) == ("2025", "2024")


def test_a_share_in_percent_is_a_share(router: Router) -> None:
    call = one_call(route(router, "how big a share of 2025 value, in percent, did oncology take"))
    assert call.tool == "compare" and call.args["left"]["therapeutic_area"] == "Oncology"
