"""A follow-up that only names a place ("and #2?", "and the runner-up?") is a place of the ranking before it,
ranked by the same measure (routing.followups): after "who signed the most deals?" it is still a count."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from tests.conftest import one_call, route


@pytest.mark.parametrize("follow_up", ["and #2?", "and the runner-up?"])
def test_a_place_asked_keeps_the_rankings_measure(router: Router, follow_up: str) -> None:
    call = one_call(route(router, follow_up, ["which licensee signed the most deals?"]))
    assert call.tool == "rank" and call.args["metric"] == "count" and call.args["dimension"] == "licensee"


def test_a_place_with_its_own_measure_ranks_by_that(router: Router) -> None:
    call = one_call(route(router, "and #2 by upfront?", ["which licensee signed the most deals?"]))
    assert call.tool == "rank" and call.args["metric"] == "upfront"


def test_a_superlative_of_its_own_ranks_by_what_it_says(router: Router) -> None:
    # "and which was the largest deal?" after "who signed the most deals?": deals by value, not by count
    call = one_call(
        route(router, "and which was the largest deal?", ["Which Chinese company signed the most deals in 2025?"])
    )
    assert call.tool == "rank" and call.args["metric"] != "count"
