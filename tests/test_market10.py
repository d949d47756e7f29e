"""Tenth-session market-tracker classes, found from the outsider sets' failures and tested with other wordings:
ratios between one tracker's own figures it never reported (the change in its implied average deal size, its
upfront over its milestones alone, its upfront total's growth, a multiple of a scope it names in words, the gap
between its two series set "vs" each other). Expected figures come from market_stats.csv."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, one_call, route

with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as _handle:
    _STATS = {row["stat_id"]: Decimal(row["value"]) for row in csv.DictReader(_handle)}


def _derived(tools: DealTools, router: Router, question: str) -> Decimal:
    """The last figure the plan's one call computed (the derived one)."""
    result = tools.run(one_call(route(router, question)))
    assert result.figures, result.message
    value = result.figures[-1].value
    assert value is not None
    return value


def _average(series: str, year: str) -> Decimal:
    return _STATS[f"{series}-{year}-total-value"] / _STATS[f"{series}-{year}-deal-count"]


@pytest.mark.parametrize(
    "question",
    [
        "implied avg deal size FY25 vs FY24 on PharmCube numbers - % change",
        "On PharmCube's NextPharma figures, by what percent did the average value per deal rise from 2024 to 2025?",
        "pharmcube mainland series - implied per-deal average, 2024 -> 2025 change in %?",
    ],
)
def test_the_change_in_a_trackers_implied_average_divides_each_years_total_by_its_count(
    router: Router, tools: DealTools, question: str
) -> None:
    later, earlier = _average("pharmcube-nextpharma", "2025"), _average("pharmcube-nextpharma", "2024")
    expected = (later - earlier) / earlier * 100
    assert abs(_derived(tools, router, question) - expected) < Decimal("0.01")


def test_a_reported_average_change_is_still_the_trackers_own(router: Router, tools: DealTools) -> None:
    """PharmCube's Greater China series reports its 2026 average's change against 2025 (76%): that, not ours."""
    call = one_call(
        route(router, "PharmCube Greater China: average deal size growth from 2025 to the 2026 year to date")
    )
    result = tools.run(call)
    assert any(f.value == _STATS["pharmcube-greater-china-2026ytd-average-change"] for f in result.figures)


@pytest.mark.parametrize(
    "question",
    [
        "Sino Drug Watch YTD Aug-25: upfront as % of potential milestones?",
        "Sino Drug Watch's Aug-2025 snapshot: upfronts as a % of the potential milestones?",
        "Sino Drug Watch Jan-Aug 2025: upfront money as a percentage of the potential milestone payments?",
    ],
)
def test_upfront_as_a_percent_of_milestones_divides_by_the_milestones_alone(
    router: Router, tools: DealTools, question: str
) -> None:
    expected = _STATS["sinodrugwatch-2025-ytd-upfront"] / _STATS["sinodrugwatch-2025-ytd-milestones"] * 100
    assert abs(_derived(tools, router, question) - expected) < Decimal("0.01")


def test_upfront_share_of_upfront_plus_milestones_keeps_both_in_the_whole(router: Router, tools: DealTools) -> None:
    question = "Sino Drug Watch, end of Aug 2025: what share of upfront plus milestones was the upfront part?"
    upfront = _STATS["sinodrugwatch-2025-ytd-upfront"]
    expected = upfront / (upfront + _STATS["sinodrugwatch-2025-ytd-milestones"]) * 100
    assert abs(_derived(tools, router, question) - expected) < Decimal("0.01")


@pytest.mark.parametrize(
    "question",
    [
        "biotochina tracker: total upfronts 2024 vs 2023, % up",
        "How much did biotochina.org's upfront total grow from 2023 to 2024, in percent?",
    ],
)
def test_a_trackers_upfront_total_over_two_years_is_its_growth(router: Router, tools: DealTools, question: str) -> None:
    later, earlier = _STATS["biotochina-2024-upfront"], _STATS["biotochina-2023-upfront"]
    assert abs(_derived(tools, router, question) - (later - earlier) / earlier * 100) < Decimal("0.1")


@pytest.mark.parametrize(
    "question",
    [
        "On PharmCube's broader Greater China measure (the one that includes Hong Kong, Macau and Taiwan), how many "
        "times larger was the 2025 deal value than the 2021 value?",
        "Using PharmCube's Greater China numbers (Taiwan and Hong Kong included), how many times bigger was the 2025 "
        "total than the 2021 total?",
    ],
)
def test_a_place_a_trackers_scope_names_is_that_scope(router: Router, tools: DealTools, question: str) -> None:
    expected = _STATS["pharmcube-greater-china-2025-total-value"] / _STATS["pharmcube-greater-china-2021-total-value"]
    assert route(router, question).route == "table"
    assert abs(_derived(tools, router, question) - expected) < Decimal("0.01")


@pytest.mark.parametrize(
    ("question", "metric"),
    [
        ("PharmCube's Greater China 2025 deal count vs the mainland NextPharma count - what's the gap?", "deal-count"),
        ("PharmCube 2025: Greater China value versus the mainland value, how far apart?", "total-value"),
    ],
)
def test_one_trackers_two_series_set_vs_each_other_is_their_gap(
    router: Router, tools: DealTools, question: str, metric: str
) -> None:
    call = one_call(route(router, question))
    assert call.args.get("compare_reporter") == call.args.get("reporter") == "PharmCube"
    expected = _STATS[f"pharmcube-greater-china-2025-{metric}"] - _STATS[f"pharmcube-nextpharma-2025-{metric}"]
    assert any(f.value == expected for f in tools.run(call).figures)
