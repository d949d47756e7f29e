""" "Who leads Verdiva Bio?" asks for its chief executive, a company fact no table holds (it had ranked
Verdiva's one deal by value); "who leads in 2025 by upfront" still ranks. "When did the deal get
announced?" asks a date ("get" there is no payment), so the articles answer, not the deal's terms."""

from __future__ import annotations

import pytest

from assistant.routing.router import Router
from tests.conftest import route


@pytest.mark.parametrize("question", ["Who leads Verdiva Bio?", "who runs Akeso", "who heads Hengrui"])
def test_who_leads_a_company_is_its_chief_executive(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and plan.unheld_measure == "chief executive"


def test_who_leads_a_period_still_ranks(router: Router) -> None:
    (call,) = route(router, "who leads in 2025 by upfront").tool_calls
    assert call.tool == "rank" and call.args["metric"] == "upfront"


@pytest.mark.parametrize(
    ("question", "route_to"),
    [
        ("When did the Innovent Lilly 2026 deal get announced?", "text"),
        ("what did Innovent get from Lilly", "table"),
    ],
)
def test_get_announced_is_no_payment(router: Router, question: str, route_to: str) -> None:
    assert route(router, question).route == route_to
