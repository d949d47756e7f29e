""" "Which Chinese licensor led 2024 by total deal value?" ranks licensors and names the first: it is the
issue's "which licensor came out on top" in other verbs ("led", "topped", "who led … among"), never the
market's total (which answered a different question with a citation). "Which deals topped $10 billion in
total value?" lists the deals over the bound; "in total value" is the measure, not a sum."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("question", "dimension", "metric", "year"),
    [
        ("which Chinese licensor led 2024 by total deal value?", "licensor", "total", 2024),
        ("which licensor led 2024 by deal value", "licensor", "total", 2024),
        ("which chinese biotech topped 2025 by upfront", "licensor", "upfront", 2025),
        ("who led 2025 among Chinese licensors by headline value", "licensor", "total", 2025),
        ("which buyer led 2025 by upfront spend", "licensee", "upfront", 2025),
    ],
)
def test_led_and_topped_rank_companies(router: Router, question: str, dimension: str, metric: str, year: int) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["n"] == 1
    assert (call.args["dimension"], call.args["metric"], call.args["filter"]["year"]) == (dimension, metric, year)


def test_a_period_topped_is_still_compared(router: Router) -> None:
    plan = route(router, "has early-2026 metabolic deal value topped the whole of 2025's?")
    assert plan.tool_calls[0].tool == "compare"


def test_which_deals_topped_a_bound_lists_them(router: Router) -> None:
    call = one_call(route(router, "which deals topped $10 billion in total value?"))
    assert call.tool == "find_deals" and call.args["filter"]["min_total_usd"] == "10000000000"
