"""Tenth-session market-tracker classes, found from the outsider sets' failures and tested with other wordings:
ratios between one tracker's own figures it never reported (the change in its implied average deal size, its
upfront over its milestones alone, its upfront total's growth, a multiple of a scope it names in words, the gap
between its two series set "vs" each other). Expected figures come from market_stats.csv."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.decompose import split_parts
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from assistant.tools.schema import ToolCall
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


# -- follow-ups on a tracker's answer -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("history", "question"),
    [
        ("PharmCube FY25 total value?", "and '24?"),
        ("PharmCube NextPharma 2025 total deal value?", "what about 2024?"),
        (
            "What was the total value of China's cross-border out-licensing in 2025 according to PharmCube?",
            "And for 2024, how many deals did the same database count?",
        ),
    ],
)
def test_a_trackers_total_comes_with_the_same_series_count(
    router: Router, tools: DealTools, history: str, question: str
) -> None:
    result = tools.run(one_call(route(router, question, [history])))
    values = {f.value for f in result.figures}
    assert _STATS["pharmcube-nextpharma-2024-total-value"] in values
    assert _STATS["pharmcube-nextpharma-2024-deal-count"] in values
    assert any("94 deals" in line.text for line in result.lines)


def test_a_count_never_goes_with_another_series_total(tools: DealTools) -> None:
    """The Greater China total (2025) is said with its own 186, never the mainland 157."""
    call = ToolCall(tool="market_stat", args={"metric": "total_value", "period": "2025", "reporter": "Reuters"})
    counted = [f.value for f in tools.run(call).figures if f.unit == "count"]
    assert counted == [_STATS["pharmcube-greater-china-2025-deal-count"]]


@pytest.mark.parametrize(
    ("history", "question"),
    [
        ("PharmCube 2025 total value of china out-licensing?", "so average each deal is how much?"),
        ("pharmcube's 2025 total value?", "what is that per deal on average?"),
    ],
)
def test_a_per_deal_average_after_a_trackers_total_is_that_trackers(
    router: Router, tools: DealTools, history: str, question: str
) -> None:
    call = one_call(route(router, question, [history]))
    assert (call.args.get("derive"), call.args.get("period")) == ("average_deal_size", "2025")
    expected = _average("pharmcube-nextpharma", "2025")
    value = tools.run(call).figures[-1].value
    assert value is not None and abs(value - expected) / expected < Decimal("0.005")


@pytest.mark.parametrize(
    ("history", "question", "stats"),
    [
        (
            ["what did CPHIIC say 2024 outlicensing was worth?", "and pharmcube's 2024?"],
            "so how far apart are the two 2024 numbers?",
            ("cphiic-2024-total-value", "pharmcube-nextpharma-2024-total-value"),
        ),
        (
            ["IQVIA H1 2025 total?", "and freshfromchina?"],
            "how far apart are they?",
            ("freshfromchina-2025h1-total-value", "iqvia-2025h1-total-value"),
        ),
    ],
)
def test_a_gap_after_two_turns_naming_two_trackers_is_their_gap(
    router: Router, tools: DealTools, history: list[str], question: str, stats: tuple[str, str]
) -> None:
    call = one_call(route(router, question, history))
    assert call.args.get("compare_reporter")
    assert any(f.value == _STATS[stats[0]] - _STATS[stats[1]] for f in tools.run(call).figures)


def test_a_follow_up_after_a_count_in_table_stays_on_our_table(router: Router, tools: DealTools) -> None:
    call = one_call(route(router, "and 2023 year?", ["2024 year how many deals in table?"]))
    assert call.tool == "aggregate"
    ours = [d for d in load_tables(DOCUMENTS).deals if d.announced.startswith("2023")]
    assert tools.run(call).figures[0].value == len(ours)


# -- a tracker's company count and $1bn-plus value; figures asked to be added -------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "informa connect: 2024 how many Chinese biopharma did partnerships of $1bn or more?",
        "Per Informa Connect, how many Chinese biotechs struck $1bn-plus partnerships in 2024?",
    ],
)
def test_how_many_companies_a_tracker_counted_is_its_licensor_count(
    router: Router, tools: DealTools, question: str
) -> None:
    call = one_call(route(router, question))
    assert call.args["metric"] == "licensor_count"
    # the count asked comes first; the same report's other figures follow it (tools.tracker_siblings)
    assert tools.run(call).figures[0].value == _STATS["informa-2024-billion-dollar-licensors"]


def test_biopharma_deals_are_still_deals(router: Router) -> None:
    assert one_call(route(router, "how many chinese biopharma deals in 2025 per pharmcube?")).args["metric"] == (
        "deal_count"
    )


@pytest.mark.parametrize(
    ("question", "history"),
    [
        ("what did Informa Connect's 2024 billion-dollar partnerships add up to?", []),
        ("what did Informa's 2024 billion-dollar deals add up to?", []),
        (
            "what were those worth in total?",
            ["Informa Connect 2024: how many Chinese biotechs had $1bn+ partnerships?"],
        ),
    ],
)
def test_a_trackers_billion_dollar_deals_add_up_to_its_reported_value(
    router: Router, tools: DealTools, question: str, history: list[str]
) -> None:
    result = tools.run(one_call(route(router, question, history)))
    assert result.figures[0].value == _STATS["informa-2024-billion-dollar-deals-value"]


def test_a_tracker_with_no_total_says_its_bounded_figure_is_only_that(tools: DealTools) -> None:
    result = tools.run(
        ToolCall(tool="market_stat", args={"metric": "total_value", "period": "2024", "reporter": "Informa"})
    )
    assert any("only its deals worth $1 billion or more" in line.text for line in result.lines)


@pytest.mark.parametrize(
    ("question", "stats"),
    [
        (
            "Add PharmCube's mainland 2025 total and its Greater China 2025 total so I have one all-in China number",
            ("pharmcube-nextpharma-2025-total-value", "pharmcube-greater-china-2025-total-value"),
        ),
        (
            "Can you sum CPHIIC's 2024 total and PharmCube's 2024 total into one market figure?",
            ("cphiic-2024-total-value", "pharmcube-nextpharma-2024-total-value"),
        ),
        (
            "combine PharmCube's two 2025 deal counts (Greater China and mainland) into one number please",
            ("pharmcube-nextpharma-2025-deal-count", "pharmcube-greater-china-2025-deal-count"),
        ),
    ],
)
def test_figures_asked_to_be_added_are_both_given_and_not_added(
    router: Router, tools: DealTools, question: str, stats: tuple[str, str]
) -> None:
    call = one_call(route(router, question))
    assert call.args.get("derive") == "not_added"
    result = tools.run(call)
    values = {f.value for f in result.figures}
    assert {_STATS[stats[0]], _STATS[stats[1]]} <= values
    assert _STATS[stats[0]] + _STATS[stats[1]] not in values
    assert any("not added" in line.text for line in result.lines)


@pytest.mark.parametrize(
    "question",
    [
        "PharmCube 2025 = $137.7bn over 157 deals, so ~$877m avg deal?",
        "PharmCube: $137.7 billion across 157 deals in 2025, that's about $877m each, right?",
    ],
)
def test_a_claimed_average_over_two_series_shows_each_series_with_its_own_count(
    router: Router, tools: DealTools, question: str
) -> None:
    calls = route(router, question).tool_calls
    assert [c.args.get("derive") for c in calls] == ["average_deal_size", None]
    average = tools.run(calls[0]).figures[-1].value
    expected = _average("pharmcube-nextpharma", "2025")
    assert average is not None and abs(average - expected) / expected < Decimal("0.005")
    text = " ".join(line.text for line in tools.run(calls[1]).lines)
    assert "186 deals" in text and "157 deals" in text


# -- a tracker's short name; a share with the tracker's own baseline ------------------------------------------------


def test_a_trackers_short_name_is_that_tracker(router: Router, tools: DealTools) -> None:
    parts = split_parts("H1'25 count of $1bn+ deals - Vision vs freshfromchina?", router.company_spans)
    calls = [call for part in parts for call in route(router, part).tool_calls]
    assert [c.args.get("reporter") for c in calls] == ["Vision Lifesciences", "freshfromchina"]
    values = [tools.run(call).figures[0].value for call in calls]  # each tracker's own count leads its answer
    assert values == [_STATS["vision-2025h1-deals-over-1b"], _STATS["freshfromchina-2025h1-deals-over-1b"]]


def test_a_share_comes_with_the_same_trackers_baseline(router: Router, tools: DealTools) -> None:
    result = tools.run(one_call(route(router, "China share of global out-licensing value in Q1'25 (Vision tracker)?")))
    values = [f.value for f in result.figures]
    assert values == [_STATS["vision-2025q1-share-global-value"], _STATS["vision-2023-2024-share-global-value"]]
    assert "21%" in " ".join(line.text for line in result.lines)


def test_a_billion_dollar_plus_bound_is_no_sum(router: Router) -> None:
    question = "Vision and freshfromchina both counted H1 2025 billion-dollar-plus deals - what did each get?"
    assert all(call.args.get("derive") != "not_added" for call in route(router, question).tool_calls)
