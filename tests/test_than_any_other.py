"""One company's figure asked as more than any other's: the ranking of its side over the same deals,
never the company's own count or sum alone, which cannot say whether anyone did more (review round 9)."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import one_call, route


@pytest.mark.parametrize(
    ("question", "dimension", "metric", "year"),
    [
        ("Claim: Hengrui signed more deals than any other licensor in 2025. True?", "licensor", "count", 2025),
        ("did Merck pay more upfront than any other buyer in 2024?", "licensee", "upfront", 2024),
    ],
)
def test_more_than_any_other_ranks_the_side(
    router: Router, tools: DealTools, question: str, dimension: str, metric: str, year: int
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank"
    assert (call.args["dimension"], call.args["metric"], call.args["filter"].get("year")) == (dimension, metric, year)
    assert not {"licensor", "licensee"} & set(call.args["filter"])  # the company is ranked, not the filter
    assert tools.run(call).lines


@pytest.mark.parametrize(
    "question",
    [
        "How many deals did Hengrui sign in 2025?",
        "Did Pfizer pay 3SBio more upfront than any other buyer paid in 2025?",
    ],
)
def test_a_plain_count_or_one_deal_is_left_alone(router: Router, question: str) -> None:
    assert one_call(route(router, question)).tool in ("aggregate", "get_deal")
