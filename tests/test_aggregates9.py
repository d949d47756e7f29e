"""Issue 11 (outsider36, a policy researcher): aggregates of a year, shares of it and trackers' derived figures.

Each class is tested with wordings other than the outsider's: a modality's share of a year's value when a narrower
modality is said to be counted in it, ...
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from assistant.corpus.tables import load_tables
from assistant.routing.router import Router
from assistant.tools.registry import DealTools
from tests.conftest import DOCUMENTS, one_call, route

_DEALS = [deal for deal in load_tables(DOCUMENTS).deals if deal.scope in ("main", "context")]


# --- a modality's share of a year: "if bispecific ADCs are counted as ADCs" widens the part to every ADC
@pytest.mark.parametrize(
    "question",
    [
        "What fraction of the 2025 upfront money in your table went to ADCs, if bispecific ADCs are treated as ADCs?",
        "Share of your 2025 deal value from ADCs, with bispecific ADCs counted as ADCs?",
        "What % of 2025 total value in your table was ADCs, treating bispecific ADCs as ADCs?",
    ],
)
def test_a_modality_counted_in_a_wider_one_widens_the_part(router: Router, tools: DealTools, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "compare", call
    assert call.args["left"]["modality"] == "ADC", call.args
    assert "modality" not in call.args["right"], call.args
    measure = call.args["metric"]
    year = [d for d in _DEALS if d.year == 2025 and getattr(d, measure).amount is not None]
    part = sum(getattr(d, measure).amount for d in year if "ADC" in d.modality)
    whole = sum(getattr(d, measure).amount for d in year)
    shares = [f.value for f in tools.run(call).figures if f.unit == "percent" and "as a percent of" in f.label]
    assert shares == [round(Decimal(100) * part / whole, 1)], shares


# --- the top deals' share of a year, the whole said as "the combined value of your 2025 deals ... comes from"
@pytest.mark.parametrize(
    ("question", "n", "year", "measure"),
    [
        (
            "What share of the combined headline value of your 2024 deals comes from the two largest licences?",
            2,
            2024,
            "total",
        ),
        ("How much of our 2025 aggregate upfront came from the top five deals?", 5, 2025, "upfront"),
        (
            "What proportion of the overall value of your 2025 rows was contributed by the biggest three transactions?",
            3,
            2025,
            "total",
        ),
    ],
)
def test_the_top_deals_share_of_a_whole_said_another_way(
    router: Router, tools: DealTools, question: str, n: int, year: int, measure: str
) -> None:
    call = one_call(route(router, question))
    assert call.tool == "rank" and call.args["share_of_total"] and call.args["n"] == n, call
    assert call.args["metric"] == measure and call.args["filter"]["year"] == year, call.args
    amounts = sorted(
        (getattr(d, measure).amount for d in _DEALS if d.year == year and getattr(d, measure).amount), reverse=True
    )
    share = round(Decimal(100) * sum(amounts[:n]) / sum(amounts), 1)
    assert share in [f.value for f in tools.run(call).figures if f.unit == "percent"], tools.run(call).figures


def test_a_part_of_the_top_deals_is_no_share_of_the_year(router: Router) -> None:
    plan = route(router, "What share of the top 5 deals were ADCs?")
    assert not any(call.args.get("share_of_total") for call in plan.tool_calls), plan


# --- a tracker's average asked with our rows set aside: "the tracker's totals rather than your own deal rows"
def _reported(stat_id: str) -> Decimal:
    with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as handle:
        return next(Decimal(row["value"]) for row in csv.DictReader(handle) if row["stat_id"] == stat_id)


@pytest.mark.parametrize(
    ("question", "year"),
    [
        ("Using the tracker's totals rather than your own rows, what was the mean deal value in 2024?", 2024),
        ("Going by PharmCube's reported totals, not your table, what was the average value per deal in 2025?", 2025),
        ("Based on the trackers' figures instead of our data, how big was the average 2024 deal?", 2024),
    ],
)
def test_a_trackers_average_with_our_rows_set_aside(router: Router, tools: DealTools, question: str, year: int) -> None:
    call = one_call(route(router, question))
    assert call.tool == "market_stat" and call.args["derive"] == "average_deal_size", call
    average = _reported(f"pharmcube-nextpharma-{year}-total-value") / _reported(
        f"pharmcube-nextpharma-{year}-deal-count"
    )
    values = [f.value for f in tools.run(call).figures if f.unit == "USD"]
    assert any(abs(value - average) / average < Decimal("0.005") for value in values), values


def test_the_same_calculation_for_another_year_stays_the_trackers(replaying: Router) -> None:
    first = "Using the tracker's totals rather than your own deal rows, what was the average deal size in 2025?"
    call = one_call(route(replaying, "and the same calculation for 2024?", [first]))
    assert call.tool == "market_stat" and call.args["period"] == "2024", call
    assert call.args["derive"] == "average_deal_size", call


# --- one tracker's two series of one period, and the gap between them
@pytest.mark.parametrize(
    "question",
    [
        "How many more 2025 deals does PharmCube's Greater China series count than its mainland series?",
        "PharmCube reports 186 and also 157 deals for 2025; what's the gap between the two counts?",
        "By how much do PharmCube's two 2025 deal counts differ?",
    ],
)
def test_one_trackers_two_series_are_gapped(router: Router, tools: DealTools, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "market_stat" and call.args["reporter"] == call.args["compare_reporter"] == "PharmCube", call
    assert call.args["metric"] == "deal_count" and call.args["period"] == "2025", call.args
    gap = _reported("pharmcube-greater-china-2025-deal-count") - _reported("pharmcube-nextpharma-2025-deal-count")
    result = tools.run(call)
    assert gap in [f.value for f in result.figures], result.figures
    assert "two series of one tracker" in " ".join(line.text for line in result.lines)


def test_one_series_has_no_gap_to_itself(tools: DealTools) -> None:
    from assistant.tools.schema import ToolCall

    args = {"metric": "deal_count", "period": "2024", "reporter": "biotochina", "compare_reporter": "biotochina"}
    result = tools.run(ToolCall(tool="market_stat", args=args))
    assert result.message and "no second series" in result.message and not result.figures


def test_a_gap_asked_of_the_figures_just_named_is_one_ask() -> None:
    from assistant.routing.decompose import split_parts

    assert len(split_parts("CPHIIC and PharmCube both give a 2024 total; how far apart are they?")) == 1
    parts = split_parts(
        "PharmCube gives both 186 and 157 deals for 2025; what's the gap between the two and why is that?"
    )
    # (since the eleventh session the "why" part carries the figures it asks about: tracker_figures.tracker_parts)
    assert len(parts) == 2 and "gap between the two" in parts[0] and parts[1].lower().endswith("why is that?"), parts
    # a later part naming its own tracker is its own ask
    assert len(split_parts("What did CPHIIC report for 2024; and how far apart are IQVIA and GlobalData?")) == 2


# --- a tracker's upfront as a share of the total value it reports for the same deals
@pytest.mark.parametrize(
    "question",
    [
        "What share of the value of Informa Connect's 2024 $1 billion-plus Chinese partnerships was paid upfront?",
        "informa connect's big 2024 partnerships: upfront as a percentage of their total value?",
    ],
)
def test_a_trackers_upfront_over_its_value(router: Router, tools: DealTools, question: str) -> None:
    call = one_call(route(router, question))
    assert call.tool == "market_stat" and call.args["derive"] == "upfront_share", call
    share = _reported("informa-2024-billion-dollar-deals-upfront") / _reported(
        "informa-2024-billion-dollar-deals-value"
    )
    assert round(share * 100, 2) in [f.value for f in tools.run(call).figures if f.unit == "percent"]


def test_no_value_of_the_same_scope_no_share(tools: DealTools) -> None:
    from assistant.tools.schema import ToolCall

    args = {"metric": "upfront_total", "period": "2024", "reporter": "biotochina", "derive": "upfront_share"}
    result = tools.run(ToolCall(tool="market_stat", args=args))
    assert result.message and not result.figures


# --- a tracker's own average of part of a year, asked of the year
@pytest.mark.parametrize(
    "question",
    [
        "What average deal size did PharmCube log for the first weeks of 2026?",
        "PharmCube's average deal in 2026 - how big, and how does it stack up against 2025?",
    ],
)
def test_a_trackers_own_average_of_part_of_the_year(router: Router, tools: DealTools, question: str) -> None:
    calls = [call for call in route(router, question).tool_calls if call.tool == "market_stat"]
    assert calls, question
    result = tools.run(calls[0])
    values = [f.value for f in result.figures]
    assert _reported("pharmcube-greater-china-2026ytd-average") in values, result
    assert _reported("pharmcube-greater-china-2026ytd-average-change") in values, result
    assert "January to February 2026" in " ".join(line.text for line in result.lines)


def test_a_whole_year_with_a_total_and_count_is_still_divided(tools: DealTools) -> None:
    from assistant.tools.schema import ToolCall

    args = {"metric": "total_value", "period": "2025", "reporter": "PharmCube", "derive": "average_deal_size"}
    result = tools.run(ToolCall(tool="market_stat", args=args))
    average = _reported("pharmcube-nextpharma-2025-total-value") / _reported("pharmcube-nextpharma-2025-deal-count")
    assert any(abs(f.value - average) / average < Decimal("0.005") for f in result.figures if f.unit == "USD")


# --- a statistic no tracker reports, asked of a tracker: only an article stating one answers
@pytest.mark.parametrize(
    "question",
    [
        "What was the median deal value in PharmCube's 2024 figures?",
        "Per PharmCube, what was the median upfront payment on Chinese out-licensing deals in 2025?",
    ],
)
def test_a_trackers_median_is_asked_of_the_articles_only(router: Router, question: str) -> None:
    plan = route(router, question)
    assert plan.route == "text" and plan.unheld_measure == "median" and not plan.tool_calls, plan
    with open(DOCUMENTS / "market_stats.csv", encoding="utf-8") as handle:
        assert not any("median" in row["metric"] for row in csv.DictReader(handle))  # no tracker reports one


def test_a_median_is_named_by_median_not_by_media() -> None:
    from assistant.answering.abstention import naming_the_measure

    assert naming_the_measure("figures reported by state media", "median").endswith("median")
    assert naming_the_measure("the median upfront was $50 million", "median") == "the median upfront was $50 million"


def test_our_rows_median_stays_the_tables(router: Router) -> None:
    call = one_call(route(router, "What was the median upfront in your 2025 rows?"))
    assert call.tool == "aggregate" and call.args["operation"] == "median", call
