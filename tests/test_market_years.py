"""A tracker's figure asked over two years with no change between them is asked for each year; a
growth or comparison between the years stays one derived figure (``routing/market_years.py``)."""

from __future__ import annotations

import pytest

from assistant.routing.market_years import each_year
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
from tests.conftest import route


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("How many deals were signed between 2024 and 2025?", "deal_count"),
        ("What was the total deal value in 2023 and 2024?", "total_value"),
    ],
)
def test_each_year_named_gets_its_tracker_figure(router: Router, tools: DealTools, question: str, metric: str) -> None:
    plan = route(router, question)
    years = [year for year in ("2023", "2024", "2025") if year in question]
    assert [(call.tool, call.args["metric"], call.args["period"]) for call in plan.tool_calls] == [
        ("market_stat", metric, year) for year in years
    ]
    for call in plan.tool_calls:
        assert tools.run(call).figures  # every year named has a reported figure to cite


def test_a_change_between_years_stays_one_figure(router: Router) -> None:
    calls = route(router, "How many deals in 2025 compared with 2024?").tool_calls
    assert len(calls) == 1 and calls[0].args.get("derive") == "growth"


def test_one_year_or_another_tool_is_left_alone() -> None:
    one = [ToolCall(tool="market_stat", args={"metric": "deal_count", "period": "2025"})]
    assert each_year(one, "How many deals were there in 2025?") == one
    ranking = [ToolCall(tool="rank", args={"metric": "upfront", "filter": {"year": 2025}})]
    assert each_year(ranking, "the top deals of 2024 and 2025") == ranking


def test_a_span_of_years_names_the_years_between(router: Router) -> None:
    calls = route(router, "How many deals per year from 2023 to 2025?").tool_calls
    assert [(c.tool, c.args["period"]) for c in calls] == [("market_stat", str(y)) for y in (2023, 2024, 2025)]
