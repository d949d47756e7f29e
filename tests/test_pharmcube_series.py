"""A plain PharmCube whole-year figure is its mainland series (``routing.pharmcube_series``, session 23).

The Greater China series (Reuters) joins it only when the question, or the part before it, says Greater China,
Hong Kong, Macau or Taiwan, Reuters, 186 or 137.7, or asks why the figures differ.
"""

from __future__ import annotations

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.pharmcube_series import MAINLAND_SERIES, mainland_default
from assistant.routing.router import Router
from assistant.tools.schema import ToolCall
from tests.conftest import DOCUMENTS, route

_STATS = load_tables(DOCUMENTS).market_stats


def _call(period: str = "2025", metric: str = "deal_count", **more: str) -> ToolCall:
    return ToolCall(tool="market_stat", args={"metric": metric, "period": period, "reporter": "PharmCube", **more})


@pytest.mark.parametrize(
    "question",
    [
        "pharmcube 2025 china outlicensing - total $ + deal count",
        "how many china out-licensing deals in 2025 per pharmcube",
        "What's the PharmCube figure for total 2025 China cross-border out-licensing value?",
        "pharmcube 2024 deal count?",
    ],
)
def test_a_plain_pharmcube_year_is_the_mainland_series(question: str) -> None:
    (call,) = mainland_default([_call()], question, _STATS)
    assert call.args["reporter"] == MAINLAND_SERIES


@pytest.mark.parametrize(
    "question",
    [
        "pharmcube greater china 2025 deal count",
        "pharmcube 2025 count incl HK and Taiwan",
        "pharmcube 2025 per Reuters",
        "is it 186 or 157 deals per pharmcube in 2025?",
        "pharmcube 2025: 135.7 or 137.7?",
        "why do PharmCube's 2025 figures differ?",
        "pharmcube 2025 count mainland; GC count?",
        "both of pharmcube's series for 2025",
        "医药魔方 2025年 大中华 交易数量",
    ],
)
def test_the_other_series_asked_keeps_both(question: str) -> None:
    (call,) = mainland_default([_call()], question, _STATS)
    assert call.args["reporter"] == "PharmCube"


def test_an_earlier_part_naming_the_other_series_keeps_both() -> None:
    before = "Caixin cites 157 deals for mainland licensors while Reuters has 186 for Greater China - how far apart?"
    (call,) = mainland_default([_call(metric="total_value")], "what was the total value for each?", _STATS, before)
    assert call.args["reporter"] == "PharmCube"


@pytest.mark.parametrize(
    "call",
    [
        _call(period="2026-01/2026-02"),  # a span only the Greater China series covers
        _call(period="2021"),  # a year only the Greater China series holds
        _call(subject="Jiangsu Hengrui Pharmaceuticals"),  # a company's figure
        _call(compare_reporter="CPHIIC"),  # two trackers set side by side
        ToolCall(
            tool="market_stat", args={"metric": "deal_count", "period": "2025", "reporter": "PharmCube (via Reuters)"}
        ),
    ],
)
def test_other_calls_are_left_alone(call: ToolCall) -> None:
    assert mainland_default([call], "pharmcube figures?", _STATS) == [call]


def test_the_router_asks_the_mainland_series(router: Router) -> None:
    plan = route(router, "pharmcube 2025 china outlicensing - total $ + deal count")
    assert plan.tool_calls and {call.args["reporter"] for call in plan.tool_calls} == {MAINLAND_SERIES}
    after_gc = route(router, "and the deal count?", ["greater china out-licensing total for 2025 per PharmCube?"])
    assert all("Reuters" in str(call.args.get("reporter")) for call in after_gc.tool_calls)
